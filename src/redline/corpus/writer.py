"""Ingest's one writer: which documents need extracting, and writing the results in short sessions.

A document already stored with the same id and content hash is skipped before it is parsed. The others
are buffered as they come back from extraction and written in batches: open the store (attached to an
in-memory DuckDB the writer keeps, cheaper than starting one), one transaction for the batch, close. The
file is free between batches (at least once every `flush_seconds` of extraction), so a reader (`redline
export`, a server) waiting on it gets its turn, and an ingest killed at any moment leaves whole documents
only; running it again writes the rest. What linking read of the stored events is kept from one batch to
the next while no other process writes the store (`corpus/seen.py`).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from ..model import Document
from . import link
from .seen import Seen
from .store import WAIT_SECONDS, DuckDB, Extracted, Store, content_hash, instance

FLUSH_SECONDS = 2.0  # the longest a finished document waits in memory, and so the rhythm of the lock
BATCH_DOCUMENTS = 64  # and the most documents written in one session


@dataclass(frozen=True)
class Step:
    """What happened to one document: `stored` (new), `replaced` (its text or date changed), `skipped`
    (unchanged), or `failed` (extraction raised; `error` says what, nothing was stored)."""

    document: Document
    outcome: str
    events: int = 0
    error: str | None = None


def fresh(documents: Iterable[Document], known: dict[str, str], skipped: list[Step]) -> Iterator[Document]:
    """The documents whose id is new or whose content changed; each unchanged one is appended to `skipped`
    (as a Step) instead. `known` ({id: hash}) is updated, so a document given twice is read once."""
    for doc in documents:
        digest = content_hash(doc)
        if known.get(doc.id) == digest:
            skipped.append(Step(doc, "skipped"))
            continue
        known[doc.id] = digest
        yield doc


class Writer:
    """Buffers extracted documents and writes them to the store at `path` in short sessions, on a thread of
    its own, so extraction goes on while a batch is written (one batch written at a time, in order).

    `add` returns the Steps of the batches written since the last call (often none); `close` writes the
    rest and returns theirs. Raises StoreError when the store cannot be opened (E040, E041), from the call
    after the failed write."""

    def __init__(self, path: Path, stored: set[str], flush_seconds: float = FLUSH_SECONDS,
                 batch: int = BATCH_DOCUMENTS, wait: float = WAIT_SECONDS, linker: ModuleType = link) -> None:
        self.path, self.stored = path, stored
        self.flush_seconds, self.batch, self.wait, self.linker = flush_seconds, batch, wait, linker
        self.buffer: list[Extracted] = []
        self.since = 0.0
        self.thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="redline-writer")
        self.pending: Future[list[Step]] | None = None
        self.seen = Seen()  # what linking read of the store, kept while no other process writes it
        self.duckdb: DuckDB | None = None  # where the writing thread attaches the store, batch after batch

    def add(self, item: Extracted) -> list[Step]:
        """Buffer one document; hand the buffer over when it is full or old enough."""
        if not self.buffer:
            self.since = time.monotonic()
        self.buffer.append(item)
        if len(self.buffer) >= self.batch or time.monotonic() - self.since >= self.flush_seconds:
            return self.flush()
        return self.written(block=False)

    def flush(self) -> list[Step]:
        """Hand the buffer to the writing thread (after the batch before it is written)."""
        steps = self.written(block=True)
        if self.buffer:
            batch, self.buffer = self.buffer, []
            self.pending = self.thread.submit(self.write, batch)
        return steps

    def written(self, block: bool) -> list[Step]:
        if self.pending is None or not (block or self.pending.done()):
            return []
        pending, self.pending = self.pending, None
        return pending.result()

    def write(self, batch: list[Extracted]) -> list[Step]:
        """One batch in one transaction, the file released after."""
        if self.duckdb is None:
            self.duckdb = instance()
        with Store.open(self.path, wait=self.wait, into=self.duckdb) as store:
            counts = store.write(batch, self.linker, self.seen)
        steps = [Step(item.document, "replaced" if item.document.id in self.stored else "stored", events)
                 for item, events in zip(batch, counts, strict=True)]
        self.stored.update(item.document.id for item in batch)
        return steps

    def close(self) -> list[Step]:
        """Write what is left and wait for it."""
        try:
            return self.flush() + self.written(block=True)
        finally:
            self.thread.shutdown()
            if self.duckdb is not None:
                self.duckdb.close()


def ingest(extracted: Iterable[Extracted], path: Path, stored: set[str], skipped: list[Step],
           **writer: object) -> Iterator[Step]:
    """Write what extraction returns, yielding a Step per document once it is stored (or failed, or found
    unchanged). The buffer is written when the stream ends or is interrupted (KeyboardInterrupt included):
    what was extracted is kept."""
    out = Writer(path, stored, **writer)
    try:
        for item in extracted:
            yield from drain(skipped)
            if item.error is not None:
                yield Step(item.document, "failed", error=item.error)
                continue
            yield from out.add(item)
        yield from drain(skipped)
    finally:
        written = out.close()
    yield from written


def drain(skipped: list[Step]) -> Iterator[Step]:
    """The skipped documents noted so far, emptying the list."""
    while skipped:
        yield skipped.pop(0)
