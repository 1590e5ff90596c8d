"""The corpus store: one embedded DuckDB file holding documents, their events, quotes and posts, the actors
they name, incidents and response links.

The schema lives only in `migrations/NNNN_*.sql`, applied in order and recorded in `schema_version`.
DuckDB lets one process open a file for writing and then no other process may open it at all, so
connections are short: `Store.open` retries while another process holds the file (up to `wait` seconds)
and the writer closes the store between batches (see `corpus/writer.py`). Each document is written in
one transaction, so a store is never left with half a document.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib import resources
from pathlib import Path
from types import ModuleType

import duckdb

from ..errors import Code, StoreError
from ..model import Document
from . import link

WAIT_SECONDS = 120.0  # how long an open waits for another process to release the file
RETRY_SECONDS = 0.05

# (record field, SQL expression) of an event record, in output.event_record's order, then the corpus fields
EVENT_FIELDS: tuple[tuple[str, str], ...] = (
    ("kind", "'event'"), ("doc_id", "doc_id"), ("event_type", "event_type"), ("mode", "mode"),
    ("source", "source"), ("target", "target"), ("date", "date"), ("date_end", "date_end"),
    ("country", "country"), ("place", "place"), ("lat", "lat"), ("lon", "lon"), ("killed", "killed"),
    ("wounded", "wounded"), ("approx", "approx"), ("evidence", "evidence"), ("via", "via"),
    ("speaker", "speaker"), ("start", "ev_start"), ("end", "ev_end"), ("mentions", "mentions"),
    ("trigger", '"trigger"'), ("rule", "rule"), ("incident", "incident"), ("responds_to", "responds_to"),
    ("key", "key"),
)
QUOTE_FIELDS = (("kind", "'quote'"), ("doc_id", "doc_id"), ("speaker", "speaker"), ("text", "text"),
                ("via", "via"), ("start", "q_start"), ("end", "q_end"), ("sentence", "sentence"))
POST_FIELDS = (("kind", "'post'"), ("doc_id", "doc_id"), ("author", "author"), ("handle", "handle"),
               ("date", "date"), ("text", "text"), ("links", "links"), ("start", "p_start"), ("end", "p_end"))
JSON_FIELDS = frozenset({"source", "target", "speaker", "mentions", "responds_to", "links"})
EVENT_COLUMNS = ("key, doc_id, event_id, event_type, mode, source, target, source_key, target_key, date, "
                 "date_end, day, country, place, lat, lon, killed, wounded, approx, evidence, via, speaker, "
                 'ev_start, ev_end, mentions, "trigger", rule, incident, responds_to')


@dataclass(frozen=True)
class Extracted:
    """What extraction made of one document, as plain records (output.event_record plus its `key`,
    "{doc_id}#{event id}"; quote_record; post_record), or the error that stopped it."""

    document: Document
    events: list[dict] = field(default_factory=list)
    quotes: list[dict] = field(default_factory=list)
    posts: list[dict] = field(default_factory=list)
    error: str | None = None


def content_hash(document: Document) -> str:
    """sha256 of what extraction reads: the publication date and the text."""
    return hashlib.sha256(f"{document.published.isoformat()}\n{document.text}".encode()).hexdigest()


def actor_key(actor: dict | None) -> str | None:
    """An actor's key in the actors table: its canonical id, else `name|country`."""
    if not actor:
        return None
    return actor.get("id") or f"{actor['name']}|{actor.get('country') or ''}"


def migrations() -> list[tuple[int, str]]:
    """(version, SQL) of every shipped migration file, in order."""
    folder = resources.files("redline.corpus") / "migrations"
    files = sorted(f.name for f in folder.iterdir() if f.name.endswith(".sql"))
    return [(int(name.split("_", 1)[0]), (folder / name).read_text(encoding="utf-8")) for name in files]


def connect(path: Path, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    """A connection, retrying while another process holds the file. Raises StoreError E040, E041, E042."""
    if read_only and not path.is_file():
        raise StoreError(Code.E042, str(path))
    deadline = time.monotonic() + wait
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as err:
            if "lock" not in str(err).lower():
                raise StoreError(Code.E040, str(path), detail=first_line(err)) from None
            if time.monotonic() >= deadline:
                raise StoreError(Code.E041, str(path), detail=f"waited {wait:g} s for another process") from None
            time.sleep(RETRY_SECONDS)
        except duckdb.Error as err:
            raise StoreError(Code.E040, str(path), detail=first_line(err)) from None


def first_line(err: Exception) -> str:
    return str(err).splitlines()[0] if str(err) else type(err).__name__


def record(fields: Sequence[tuple[str, str]], row: Sequence) -> dict:
    """A row selected by `fields` as the record it was written from (JSON parsed, days as ISO text)."""
    out = {}
    for (name, _), value in zip(fields, row, strict=True):
        if name in JSON_FIELDS and value is not None:
            value = json.loads(value)
        elif isinstance(value, date):
            value = value.isoformat()
        out[name] = value
    return out


def select(fields: Sequence[tuple[str, str]]) -> str:
    return ", ".join(f'{expr} AS "{name}"' for name, expr in fields)


def dumps(value: object) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


class Store:
    """One open connection to a corpus file. Open with `Store.open(path)` (as a context manager); a writer
    applies pending migrations, a reader (`read_only=True`) needs a store at the current version.

    Raises StoreError: E040 not a store / cannot open, E041 busy past `wait`, E042 no file for a reader,
    E043 a schema this redline does not know."""

    def __init__(self, connection: duckdb.DuckDBPyConnection, path: Path, read_only: bool) -> None:
        self.db = connection
        self.path = path
        self.read_only = read_only

    @classmethod
    def open(cls, path: str | Path, read_only: bool = False, wait: float = WAIT_SECONDS) -> Store:
        path = Path(path)
        store = cls(connect(path, read_only, wait), path, read_only)
        try:
            store.migrate()
        except BaseException:
            store.close()
            raise
        return store

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def version(self) -> int:
        """The schema version (0: an empty file)."""
        known = self.db.execute("SELECT count(*) FROM information_schema.tables "
                                "WHERE table_name = 'schema_version'").fetchone()[0]
        if not known:
            return 0
        return self.db.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]

    def migrate(self) -> None:
        """Apply the migrations newer than the store's version, each in one transaction."""
        current, pending = self.version(), migrations()
        latest = pending[-1][0] if pending else 0
        if current > latest or (self.read_only and current != latest):
            raise StoreError(Code.E043, str(self.path), detail=f"{current}; this redline reads version {latest}")
        for version, sql in pending:
            if version <= current:
                continue
            self.db.execute("BEGIN TRANSACTION")
            self.db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                            "applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)")
            self.db.execute(sql)
            self.db.execute("INSERT INTO schema_version (version) VALUES (?)", [version])
            self.db.execute("COMMIT")

    def hashes(self) -> dict[str, str]:
        """{document id: content hash} of every stored document."""
        return dict(self.db.execute("SELECT id, content_hash FROM documents").fetchall())

    def counts(self) -> dict[str, int]:
        """Rows per table: documents, events, quotes, posts, actors, incidents, links."""
        tables = ("documents", "events", "quotes", "posts", "actors", "incidents", "links")
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    # -- writing -------------------------------------------------------------------------------------------

    def write(self, item: Extracted, linker: ModuleType = link) -> int:
        """Store one document in one transaction, replacing what was stored under its id, and link its
        events (`linker.assign_incidents`, `linker.response_links`) to those of other documents within
        `linker.WINDOW_DAYS` days. The number of events stored."""
        doc = item.document
        self.db.execute("BEGIN TRANSACTION")
        try:
            stale = self.forget(doc.id)
            self.db.execute("INSERT INTO documents (id, published, text, content_hash, source) VALUES (?, ?, ?, ?, ?)",
                            [doc.id, doc.published, doc.text, content_hash(doc), doc.source])
            events = [dict(ev) for ev in item.events]
            self.link(doc, events, linker)
            self.insert_events(doc, events)
            self.insert_voices(doc.id, item.quotes, item.posts)
            self.prune(*stale)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return len(events)

    def forget(self, doc_id: str) -> tuple[list[str], list[str]]:
        """Delete a document's rows; the incidents and actor keys they referred to (to prune after)."""
        incidents = [r[0] for r in self.db.execute(
            "SELECT DISTINCT incident FROM events WHERE doc_id = ? AND incident IS NOT NULL", [doc_id]).fetchall()]
        actors = [r[0] for r in self.db.execute(
            "SELECT k FROM (SELECT unnest([source_key, target_key]) AS k FROM events WHERE doc_id = ? "
            "UNION SELECT speaker_key FROM quotes WHERE doc_id = ?) WHERE k IS NOT NULL", [doc_id, doc_id]).fetchall()]
        for table, column in (("links", "doc_id"), ("events", "doc_id"), ("quotes", "doc_id"),
                              ("posts", "doc_id"), ("documents", "id")):
            self.db.execute(f"DELETE FROM {table} WHERE {column} = ?", [doc_id])
        return incidents, actors

    def prune(self, incidents: list[str], actors: list[str]) -> None:
        """Drop the incidents and actors (among those given) that no stored row refers to any more."""
        if incidents:
            self.db.execute("DELETE FROM incidents WHERE list_contains(?, id) AND id NOT IN "
                            "(SELECT incident FROM events WHERE incident IS NOT NULL)", [incidents])
        if actors:
            self.db.execute("DELETE FROM actors WHERE list_contains(?, key) AND key NOT IN "
                            "(SELECT source_key FROM events WHERE source_key IS NOT NULL UNION "
                            "SELECT target_key FROM events WHERE target_key IS NOT NULL UNION "
                            "SELECT speaker_key FROM quotes WHERE speaker_key IS NOT NULL)", [actors])

    def link(self, doc: Document, events: list[dict], linker: ModuleType) -> None:
        """Set `incident` and `responds_to` on the new events, against the stored events of other documents
        within the linker's window; store the incidents and the links."""
        if not events:
            return
        days = [date.fromisoformat(ev["date"]) if ev.get("date") else doc.published for ev in events]
        window = timedelta(days=linker.WINDOW_DAYS)
        prior = self.event_records("WHERE doc_id <> ? AND day BETWEEN ? AND ?",
                                   [doc.id, min(days) - window, max(days) + window])
        incidents = linker.assign_incidents(events, prior)
        responses = linker.response_links(events, prior, incidents)
        for ev, incident, answers, day in zip(events, incidents, responses, days, strict=True):
            ev.update(incident=incident, responds_to=list(answers), day=day)
        self.db.executemany("INSERT INTO incidents (id) VALUES (?) ON CONFLICT DO NOTHING",
                            [[i] for i in dict.fromkeys(incidents) if i])
        rows = [[ev["key"], doc.id, a["incident"], a["link"], a["confidence"]]
                for ev in events for a in ev["responds_to"]]
        if rows:
            self.db.executemany("INSERT INTO links VALUES (?, ?, ?, ?, ?)", rows)

    def insert_events(self, doc: Document, events: list[dict]) -> None:
        actors = [a for ev in events for a in (ev["source"], ev["target"]) if a]
        self.insert_actors(actors)
        rows = [[ev["key"], doc.id, int(ev["key"].rsplit("#", 1)[1]), ev["event_type"], ev["mode"],
                 dumps(ev["source"]), dumps(ev["target"]), actor_key(ev["source"]), actor_key(ev["target"]),
                 ev["date"], ev["date_end"], ev["day"], ev["country"], ev["place"], ev["lat"], ev["lon"],
                 ev["killed"], ev["wounded"], bool(ev["approx"]), ev["evidence"], ev["via"], dumps(ev["speaker"]),
                 ev["start"], ev["end"], dumps(ev["mentions"]), ev["trigger"], ev["rule"], ev["incident"],
                 dumps(ev["responds_to"])] for ev in events]
        if rows:
            marks = ", ".join("?" * len(rows[0]))
            self.db.executemany(f"INSERT INTO events ({EVENT_COLUMNS}) VALUES ({marks})", rows)

    def insert_voices(self, doc_id: str, quotes: list[dict], posts: list[dict]) -> None:
        self.insert_actors([q["speaker"] for q in quotes if q["speaker"]])
        if quotes:
            self.db.executemany("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
                [doc_id, n, dumps(q["speaker"]), actor_key(q["speaker"]), q["text"], q["via"], q["start"],
                 q["end"], q.get("sentence") or ""] for n, q in enumerate(quotes, 1)])
        if posts:
            self.db.executemany("INSERT INTO posts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
                [doc_id, n, p["author"], p["handle"], p["date"], p["text"], dumps(p["links"]), p["start"],
                 p["end"]] for n, p in enumerate(posts, 1)])

    def insert_actors(self, actors: list[dict]) -> None:
        rows = {actor_key(a): [actor_key(a), a.get("id"), a["name"], a.get("country"), a.get("kind")] for a in actors}
        if rows:
            self.db.executemany("INSERT INTO actors VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", list(rows.values()))

    # -- reading -------------------------------------------------------------------------------------------

    def event_records(self, where: str = "", params: Sequence = (), order: str = "ORDER BY doc_id, event_id",
                      batch: int = 2048) -> list[dict]:
        """Event records (the contract shape: event_record plus key, incident, responds_to) of the rows that
        `where` (SQL with ? marks) selects."""
        return list(self.iter_records(EVENT_FIELDS, "events", f"{where} {order}", params, batch))

    def iter_records(self, fields: Sequence[tuple[str, str]], table: str, tail: str = "", params: Sequence = (),
                     batch: int = 2048) -> Iterator[dict]:
        """Records of one table, streamed in batches."""
        cursor = self.db.execute(f"SELECT {select(fields)} FROM {table} {tail}", list(params))
        while rows := cursor.fetchmany(batch):
            yield from (record(fields, row) for row in rows)

    def records(self) -> Iterator[dict]:
        """Every event, then every quote, then every post, each in document order (the export's jsonl)."""
        yield from self.iter_records(EVENT_FIELDS, "events", "ORDER BY doc_id, event_id")
        yield from self.iter_records(QUOTE_FIELDS, "quotes", "ORDER BY doc_id, n")
        yield from self.iter_records(POST_FIELDS, "posts", "ORDER BY doc_id, n")

    def copy_events(self, path: Path, fmt: str) -> None:
        """Write every event record to `path` as Parquet or CSV (nested fields as JSON text), by DuckDB."""
        options = "FORMAT parquet" if fmt == "parquet" else "FORMAT csv, HEADER true"
        sql = f"SELECT {select(EVENT_FIELDS)} FROM events ORDER BY doc_id, event_id"
        self.db.execute(f"COPY ({sql}) TO '{str(path).replace(chr(39), chr(39) * 2)}' ({options})")
