"""Prior events indexed for linking, so a new document is compared with the few prior events that can
be the same happening or the act it answers, not with every event of the window.

An `Index` holds events in the order they were added, bucketed by type, day and place (an event with a
short span under each of its days, and its place under every run of its words, so the places that may
be one are found without scanning; undated and long ones apart), and groups the reports that are alike in
everything linking reads (same incident, type, days, place, tolls, actors, evidence, trigger, offset):
one of a group is scored for all (a story syndicated to fifty sites is one comparison, not fifty). A
`Prior` is what one document may see of it: the events of other documents whose reach (a day interval
given when they were added) meets the document's window. A `Prior` is also a plain sequence of those
events, in order, for linkers that want a list. An Index kept from one batch to the next (`corpus/seen.py`)
drops the events of documents written again and puts its events back in the order their store gives them.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from .compare import norm, span

SHORT_DAYS = 7  # an event spanning more days than this sits in its type's wide bucket
Window = tuple[int, int]  # first and last day (proleptic ordinals) of what a document may see
NEVER: Window = (1, 0)  # the reach no window meets


@dataclass(slots=True)
class Entry:
    """One indexed event: its order of addition (see `Index.reorder`), its record, its span (ordinals), its
    reach, its group key."""

    seq: int
    ev: dict
    first: int | None
    last: int | None
    reach: Window | None
    key: str = ""


def group_key(ev: dict) -> str:
    """What linking reads of a prior event: two events with the same key score and answer alike."""
    fields = ("incident", "event_type", "mode", "date", "date_end", "country", "place", "killed", "wounded", "approx",
              "evidence", "trigger", "start", "source", "target")
    return json.dumps([ev.get(name) for name in fields], sort_keys=True, ensure_ascii=False, default=str)


Groups = dict[str, list[Entry]]  # group key → its entries, in order of addition


def place_key(place: str | None) -> str:
    """A place as `link.same_place` compares it ("" when there is none)."""
    return norm(place) if place else ""


def sub_phrases(place: str) -> set[str]:
    """Every run of whole words of a place key: the places it lies inside or that lie inside it share one."""
    words = place.split()
    return {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}


@dataclass
class Index:
    """Events added document by document; `prior` gives what one document may see of them."""

    entries: list[Entry] = field(default_factory=list)
    by_day: dict[tuple[str, int], dict[str, Groups]] = field(default_factory=lambda: defaultdict(dict))
    phrases: dict[tuple[str, int, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    wide: dict[str, Groups] = field(default_factory=lambda: defaultdict(dict))
    by_type: dict[str, Groups] = field(default_factory=lambda: defaultdict(dict))
    by_start: dict[int, Groups] = field(default_factory=lambda: defaultdict(dict))

    def add(self, events: Iterable[dict], reach: Iterable[Window | None] | None = None) -> list[Entry]:
        """Index events, each with its reach (the days a document's window must meet for it to be seen; a
        None in `reach`: never seen). Without `reach`, every window sees them. Their entries."""
        events = list(events)
        reaches = [None] * len(events) if reach is None else [where or NEVER for where in reach]
        added = []
        for ev, where in zip(events, reaches, strict=True):
            days = span(ev)
            first, last = (days[0].toordinal(), days[1].toordinal()) if days else (None, None)
            key, kind = group_key(ev), ev.get("event_type")
            entry = Entry(len(self.entries), ev, first, last, where, key)
            self.entries.append(entry)
            added.append(entry)
            self.by_type[kind].setdefault(key, []).append(entry)
            if first is None or last - first > SHORT_DAYS:
                self.wide[kind].setdefault(key, []).append(entry)
            else:
                place = place_key(ev.get("place"))
                for d in range(first, last + 1):
                    self.by_day[(kind, d)].setdefault(place, {}).setdefault(key, []).append(entry)
                    for phrase in sub_phrases(place):
                        self.phrases[(kind, d, phrase)].add(place)
            if first is not None:
                self.by_start[first].setdefault(key, []).append(entry)
        return added

    def groups(self) -> Iterator[list[Entry]]:
        """The member lists of every group of every bucket."""
        for buckets in (self.by_type, self.wide, self.by_start):
            for groups in buckets.values():
                yield from groups.values()
        for by_place in self.by_day.values():
            for groups in by_place.values():
                yield from groups.values()

    def reorder(self, order: Callable[[dict], object]) -> None:
        """Number the entries as if they had been added in the order `order` gives their records."""
        self.entries.sort(key=lambda entry: order(entry.ev))
        for n, entry in enumerate(self.entries):
            entry.seq = n
        for members in self.groups():
            members.sort(key=lambda entry: entry.seq)

    def drop(self, doc_ids: Collection[str]) -> None:
        """Forget the events of the documents `doc_ids` (written again)."""
        if not any(entry.ev.get("doc_id") in doc_ids for entry in self.entries):
            return
        self.entries = [entry for entry in self.entries if entry.ev.get("doc_id") not in doc_ids]
        for members in self.groups():
            members[:] = [entry for entry in members if entry.ev.get("doc_id") not in doc_ids]
        self.reorder(lambda ev: 0)  # numbered again in the same order

    def prior(self, own: Collection[str], window: Window | None = None) -> Prior:
        """What a document of the ids `own` sees: events of other documents with an incident whose reach
        meets `window` (all of them when None)."""
        return Prior(self, frozenset(own), window)


class Prior(Sequence):
    """The prior events one document sees; a sequence of their records in order of addition."""

    def __init__(self, events: Index, own: frozenset[str], window: Window | None) -> None:
        self.events, self.own, self.window = events, own, window
        self.listed: list[dict] | None = None

    def visible(self, entry: Entry) -> bool:
        ev = entry.ev
        if not ev.get("incident") or ev.get("doc_id") in self.own:
            return False
        if self.window is None or entry.reach is None:
            return True
        return entry.reach[0] <= self.window[1] and entry.reach[1] >= self.window[0]

    def firsts(self, buckets: Iterable[Groups]) -> list[dict]:
        """The first visible event of each group of the buckets, in order of addition."""
        found: dict[str, Entry] = {}
        for groups in buckets:
            for key, members in groups.items():
                if key in found:
                    continue
                for member in members:
                    if self.visible(member):
                        found[key] = member
                        break
        return [entry.ev for entry in sorted(found.values(), key=lambda e: e.seq)]

    def near(self, kinds: Iterable[str | None], ev: dict, slack: int, places: bool = False) -> list[dict]:
        """One of each group of the types `kinds` that may lie within `slack` days of `ev`'s span (undated
        ones and ones of long spans included; every one of the types when `ev` is undated). With `places`,
        only those whose place may be `ev`'s (one inside the other, or either unknown)."""
        days, found = span(ev), self.events
        if days is None or (days[1] - days[0]).days > SHORT_DAYS * 4:
            return self.firsts([found.by_type[kind] for kind in kinds if kind in found.by_type])
        first, last = days[0].toordinal() - slack, days[1].toordinal() + slack
        place = place_key(ev.get("place")) if places else ""
        buckets = [found.wide[kind] for kind in kinds if kind in found.wide]
        for kind in kinds:
            for d in range(first, last + 1):
                by_place = found.by_day.get((kind, d), {})
                keys = {"", *sub_phrases(place), *found.phrases.get((kind, d, place), ())} if place else by_place
                buckets += [by_place[k] for k in keys if k in by_place]
        return self.firsts(buckets)

    def started(self, first: int, last: int) -> list[dict]:
        """One of each group that began on a day from `first` to `last` (ordinals)."""
        return self.firsts([self.events.by_start[d] for d in range(first, last + 1) if d in self.events.by_start])

    def _list(self) -> list[dict]:
        if self.listed is None:
            self.listed = [e.ev for e in self.events.entries if self.visible(e)]
        return self.listed

    def __iter__(self) -> Iterator[dict]:
        return iter(self._list())

    def __len__(self) -> int:
        return len(self._list())

    def __getitem__(self, n):  # noqa: ANN001, ANN204 (Sequence's int or slice)
        return self._list()[n]


def as_prior(prior: Sequence[dict] | Prior, own: Collection[str]) -> Prior:
    """What a document of the ids `own` sees of `prior`: a plain list of prior events, or a `Prior`."""
    if isinstance(prior, Prior):
        return Prior(prior.events, prior.own | frozenset(own), prior.window)
    index = Index()
    index.add(prior)
    return index.prior(own)
