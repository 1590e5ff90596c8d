"""Readings of event records that linking shares: actors compared, days, words of evidence, the spot of
a trigger in its sentence. Records are the dicts of `redline.output.event_record` (plus `key`)."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from datetime import date
from functools import cache, lru_cache

from ..config import Config
from ..knowledge import ActorEntry, read_actors

STRICT, LOOSE, UNKNOWN, CONFLICT = 2, 1, 0, -1
Allies = Mapping[str, frozenset[str]]  # actor id → ids it is affiliated with (either way)
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
UNSPOKEN = re.compile(r"[.'’`\-]")  # marks a name may be written with or without


@lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """Lower case without accents, apostrophes, dots and hyphens: how names are compared."""
    text = text.casefold()
    if not text.isascii():  # (ASCII has no accents to strip: the fast path for most names)
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(UNSPOKEN.sub("", text).split())


def names(actor: dict | None) -> set[str]:
    """An actor's name and aliases, normalised."""
    if not actor:
        return set()
    return {norm(n) for n in [actor.get("name") or "", *(actor.get("aliases") or ())] if n}


def allies_of(actors: Iterable[ActorEntry]) -> dict[str, frozenset[str]]:
    """Actor id → the ids it is affiliated with in the actor base, either way (a proxy and its sponsor,
    a group and its leader), so two reports that name one or the other may tell one act."""
    out: dict[str, set[str]] = defaultdict(set)
    for actor in actors:
        for affiliation in actor.affiliations:
            other = affiliation.get("actor")
            if other and other != actor.id:
                out[actor.id].add(other)
                out[other].add(actor.id)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def actor_base(config: Config = Config()) -> tuple[ActorEntry, ...]:
    """The actors of the base `config` names (read once per config)."""
    return read_actors(config.actor_files())


@cache
def default_allies(config: Config = Config()) -> Allies:
    """The affiliations of the actor base `config` names (read once per config)."""
    return allies_of(actor_base(config))


@cache
def known_names(config: Config = Config()) -> Mapping[str, dict]:
    """Normalised name, alias or metonym ("Tehran", "Washington") → the actor record it names, for the names
    that name one actor of the base only."""
    found: dict[str, set[str]] = defaultdict(set)
    entries = {entry.id: entry for entry in actor_base(config)}
    for entry in entries.values():
        for name in (entry.name, *entry.aliases, *entry.metonyms):
            found[norm(name)].add(entry.id)
    return RecordsByName({name: entries[next(iter(ids))] for name, ids in found.items() if len(ids) == 1 and name})


class RecordsByName(Mapping[str, dict]):
    """Name → actor record, the record made when a name is looked up (most of the base's ~30,000 names never
    are, and making them all took most of a short ingest's linking time)."""

    def __init__(self, entries: dict[str, ActorEntry]) -> None:
        self.entries = entries

    def __getitem__(self, name: str) -> dict:
        return _record(self.entries[name])

    def __contains__(self, name: object) -> bool:
        return name in self.entries

    def __iter__(self):
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)


def _record(entry: ActorEntry) -> dict:
    return {"name": entry.name, "aliases": [], "country": entry.country, "kind": entry.kind, "id": entry.id}


def relation(a: dict | None, b: dict | None, allies: Allies | None = None) -> int:
    """How two actors compare: STRICT (same id or a shared name), LOOSE (same country, or affiliated in
    `allies`), UNKNOWN (one is missing or nothing tells), CONFLICT (different known actors of different or
    unknown countries)."""
    if not a or not b:
        return UNKNOWN
    id_a, id_b = a.get("id"), b.get("id")
    if id_a and id_a == id_b:
        return STRICT
    if names(a) & names(b):
        return STRICT if id_a or id_b else LOOSE
    country_a, country_b = a.get("country"), b.get("country")
    if (country_a and country_a == country_b) or (allies and id_a and id_b in allies.get(id_a, ())):
        return LOOSE
    if id_a and id_b:
        return CONFLICT
    if country_a and country_b:
        return CONFLICT
    return UNKNOWN


def organ_of(a: dict | None, b: dict | None, organs: Collection[str]) -> bool:
    """Whether one actor is a state and the other an organ of it (its army, a ministry, of its country): the
    state acts through it, so the two name one doer."""
    for state, organ in ((a or {}, b or {}), (b or {}, a or {})):
        if (state.get("kind") == "state" and state.get("country") and organ.get("kind") in organs
                and organ.get("country") == state.get("country")):
            return True
    return False


def day(value: str | None) -> date | None:
    """An ISO day, or None."""
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def span(ev: dict) -> tuple[date, date] | None:
    """(first, last) day of an event, None when undated."""
    first = day(ev.get("date"))
    if first is None:
        return None
    last = day(ev.get("date_end")) or first
    return first, max(first, last)


def gap_days(a: dict, b: dict) -> int | None:
    """Days between two events' spans (0 when they overlap), None when either is undated."""
    sa, sb = span(a), span(b)
    if sa is None or sb is None:
        return None
    if sa[1] < sb[0]:
        return (sb[0] - sa[1]).days
    if sb[1] < sa[0]:
        return (sa[0] - sb[1]).days
    return 0


def stem(word: str) -> str:
    """A word without its inflection, crudely ("fired", "fires", "firing" → "fir"), to compare triggers."""
    word = word.casefold().strip()
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[:-len(suffix)]
    return word


def words(text: str, stop: Iterable[str]) -> frozenset[str]:
    """The content words of a text, lower case, a plural's -s dropped, stop words left out."""
    return _words(text, stop if isinstance(stop, frozenset) else frozenset(stop))


@lru_cache(maxsize=1 << 16)
def _words(text: str, stop: frozenset[str]) -> frozenset[str]:
    """`words`, each text tokenised once (linking compares one evidence text with many)."""
    return frozenset(w[:-1] if w.endswith("s") and len(w) > 4 else w
                     for w in WORD.findall(text.casefold()) if len(w) > 2 and w not in stop)


def trigger_at(ev: dict) -> int:
    """Where the event's trigger lies in its evidence (its first whole-word occurrence), else 0."""
    trigger, evidence = ev.get("trigger") or "", ev.get("evidence") or ""
    if not trigger:
        return 0
    found = re.search(rf"(?<!\w){re.escape(trigger)}(?!\w)", evidence, flags=re.IGNORECASE)
    return found.start() if found else 0


def position(ev: dict) -> tuple[int, int]:
    """An event's place in its document: its evidence start, then its trigger within it."""
    return (ev.get("start") or 0, trigger_at(ev))
