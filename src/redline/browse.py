"""Browsing the corpus store: the read methods `Redline` has (and `redline serve` answers with).

Each method opens the store read-only for the one call and closes it before returning (or, in a server,
borrows the shared open of `share`, which is given back often), so an ingest in another process writes
between two calls (an open waits while the ingest holds the file for a batch: `corpus.store.connect`),
and what one call returns is one consistent state: whole documents only. Pages are `{"total", "limit",
"offset", "items"}` (`corpus.queries`). Every method raises StoreError E040-E043 when the store cannot
be read; the methods of one item raise RedlineError when there is none. Importing this module loads no
DuckDB: the corpus is imported by the call that reads it.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import Code, RedlineError

if TYPE_CHECKING:
    from .corpus.readers import SharedReader
    from .corpus.store import Store


class Browsing:
    """The read methods of `Redline` over the store at `db` (a path). `share(db)` lets the calls of a
    long-lived process (a server) share one read-only open of that store instead (`corpus.readers`)."""

    readers: dict[Path, SharedReader]  # the stores shared, by path (set by Redline's constructor)

    @staticmethod
    def open_store(db: str | Path, read_only: bool = True) -> Store:
        """The corpus store at `db` (a context manager). A reader waits while an ingest holds the file
        between its batches. Raises StoreError (E040-E043)."""
        from .corpus.store import Store

        return Store.open(db, read_only=read_only)

    def share(self, db: str | Path) -> None:
        """From now on the read calls on `db` borrow one shared read-only open of it, closed whenever it
        is idle and at least every `corpus.readers.HOLD_SECONDS`, so an ingest still writes in between."""
        from .corpus.readers import SharedReader

        self.readers.setdefault(Path(db), SharedReader(db))

    def reading(self, db: str | Path) -> AbstractContextManager[Store]:
        """The store at `db`, read-only, for one call: a lease of the shared open when `db` is shared,
        else an open of its own. Raises StoreError (E040-E043)."""
        shared = self.readers.get(Path(db))
        return shared.lease() if shared is not None else self.open_store(db)

    def events(self, db: str | Path, *, type: str | None = None, mode: str | None = None, actor: str | None = None,
               country: str | None = None, since: date | None = None, until: date | None = None,
               via: str | None = None, q: str | None = None, limit: int = 50, offset: int = 0) -> dict:
        """A page of event records (each with its `day`), by day: those of PLOVER `type` (any case) and
        `mode`, with `actor` as source or target (id, name or ISO3 country), in `country` (ISO3), on days
        `since`..`until`, told by `via` (author, quote, post), whose evidence holds every word of `q` (whole
        words, any case)."""
        from .corpus import queries

        where = queries.EventFilter(type, mode, actor, country, since, until, via, q)
        with self.reading(db) as store:
            return queries.events(store, where, limit, offset)

    def event(self, db: str | Path, key: str) -> dict:
        """One event record (with its `day`) by its key `{doc_id}#{n}`. Raises RedlineError E049."""
        from .corpus import queries

        with self.reading(db) as store:
            return found(queries.event(store, key), Code.E049, db, key)

    def incidents(self, db: str | Path, *, type: str | None = None, actor: str | None = None,
                  country: str | None = None, since: date | None = None, until: date | None = None,
                  q: str | None = None, limit: int = 50, offset: int = 0) -> dict:
        """A page of incident summaries (canonical values, disagreements, documents, confidence, the number
        of `reports`, their `first` and `last` day), earliest first: those with a report the filters
        select (as for `events`)."""
        from .corpus import queries

        where = queries.EventFilter(type=type, actor=actor, country=country, since=since, until=until, q=q)
        with self.reading(db) as store:
            return queries.incidents(store, where, limit, offset)

    def incident(self, db: str | Path, incident: str) -> dict:
        """One incident's summary with its reports (event records), disagreements and response links
        (`answers`, `answered_by`). Raises RedlineError E046."""
        from .corpus import queries

        with self.reading(db) as store:
            return found(queries.incident(store, incident), Code.E046, db, incident)

    def actors(self, db: str | Path, *, q: str | None = None, limit: int = 50, offset: int = 0) -> dict:
        """A page of actors (key, id, name, country, kind) by name: whose name contains `q`, or whose id or
        ISO3 country is `q`."""
        from .corpus import queries

        with self.reading(db) as store:
            return queries.actors(store, q, limit, offset)

    def actor(self, db: str | Path, key: str) -> dict:
        """One actor by its key (canonical id, else `name|country`) with its `aliases`, `roles` (numbers of
        events as source and target, quotes as speaker) and `affiliations`. Raises RedlineError E050."""
        from .corpus import queries

        with self.reading(db) as store:
            return found(queries.actor(store, key), Code.E050, db, key)

    def documents(self, db: str | Path, *, since: date | None = None, until: date | None = None, limit: int = 50,
                  offset: int = 0) -> dict:
        """A page of documents (id, published, source, ingested_at, length, numbers of events, quotes and
        posts), published `since`..`until`, oldest first."""
        from .corpus import queries

        with self.reading(db) as store:
            return queries.documents(store, since, until, limit, offset)

    def document(self, db: str | Path, doc_id: str) -> dict:
        """One document with its `text`, `quotes`, `posts` and the evidence spans of its `events`. Raises
        RedlineError E051."""
        from .corpus import queries

        with self.reading(db) as store:
            return found(queries.document(store, doc_id), Code.E051, db, doc_id)


def found(item: dict | None, code: Code, db: str | Path, key: str) -> dict:
    """The item, or RedlineError `code` naming the key that found none."""
    if item is None:
        raise RedlineError(code, str(db), detail=key)
    return item
