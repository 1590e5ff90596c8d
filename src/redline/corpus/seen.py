"""The stored events a writer's linking has read, kept from one batch to the next.

Linking a batch reads the stored events of its documents' windows. An ingest's writer writes batch after
batch, and between two of its batches no other process wrote unless the store's write stamp changed
(`Store.write` replaces it in each batch's transaction; migrations/0003_write_stamp.sql). So the events
of the days already read stay indexed, the batch's own events join them once the batch is committed (as
the store gives them back), and only the days no batch read yet are read. Before each batch the index
drops the events of the documents written again and is put in the order a fresh read gives (document id,
event id), so linking sees exactly what it would see reading every window afresh. Dropped, to be read
again, when another process wrote, when a batch fails, or when the index grows past `MAX_EVENTS`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

from .index import Entry, Index, group_key

MAX_EVENTS = 100_000  # past this many indexed events the index is dropped and the windows read again

Reader = Callable[[list[tuple[date, date]], list[str]], list[tuple[date, dict]]]  # Store.stored_events


def stored_order(ev: dict) -> tuple[str, int]:
    """Where a stored event comes in the store's reading order: document id, then event id."""
    return ev["doc_id"], int(ev["key"].rsplit("#", 1)[1])


def day_runs(days: Sequence[int]) -> list[tuple[date, date]]:
    """Sorted day ordinals as runs of consecutive days (first, last)."""
    runs: list[list[int]] = []
    for day in days:
        if runs and day == runs[-1][1] + 1:
            runs[-1][1] = day
        else:
            runs.append([day, day])
    return [(date.fromordinal(a), date.fromordinal(b)) for a, b in runs]


class Seen:
    """The indexed stored events of the days read so far, as of the write stamp `stamp`."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        """Forget everything: the next batch reads its windows afresh."""
        self.index = Index()
        self.days: set[int] = set()
        self.keys: set[str] = set()
        self.batch: list[Entry] = []
        self.stamp: str | None = None

    def since(self, stamp: str) -> None:
        """The store's write stamp as a batch begins: another one than the last batch wrote, forget all."""
        if stamp != self.stamp:
            self.reset()

    def prepare(self, windows: list[tuple[date, date]], doc_ids: list[str], read: Reader) -> Index:
        """The index a batch links against: without the events of the documents `doc_ids` (the batch's,
        written again), with every stored event of the days of `windows`, in the store's order."""
        again = set(doc_ids)
        self.index.drop(again)
        self.keys.difference_update([key for key in self.keys if key.rsplit("#", 1)[0] in again])
        wanted = {d for first, last in windows for d in range(first.toordinal(), last.toordinal() + 1)}
        missing = sorted(wanted - self.days)
        if missing:
            found = [(day, ev) for day, ev in read(day_runs(missing), doc_ids) if ev["key"] not in self.keys]
            self.index.add([ev for _, ev in found], [(day.toordinal(), day.toordinal()) for day, _ in found])
            self.keys.update(ev["key"] for _, ev in found)
            self.days.update(missing)
        self.index.reorder(stored_order)
        self.batch = []
        return self.index

    def linked(self, entries: list[Entry]) -> None:
        """Note the entries of a batch's events, as linking added them."""
        self.batch += entries
        self.keys.update(entry.ev["key"] for entry in entries)

    def committed(self, stored: Mapping[str, dict], stamp: str) -> None:
        """The batch is stored with the write stamp `stamp`: its events become the records the store gives
        back (`stored`, by key). Forget all when that changes what linking compares, or past MAX_EVENTS."""
        for entry in self.batch:
            entry.ev = stored[entry.ev["key"]]
            if group_key(entry.ev) != entry.key:
                self.reset()
                return
        self.batch = []
        self.stamp = stamp
        if len(self.index.entries) > MAX_EVENTS:
            self.reset()
