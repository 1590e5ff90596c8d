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
import uuid
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
from .index import Index
from .seen import Seen

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
EVENT_COLUMNS = ("key", "doc_id", "event_id", "event_type", "mode", "source", "target", "source_key", "target_key",
                 "date", "date_end", "day", "country", "place", "lat", "lon", "killed", "wounded", "approx",
                 "evidence", "via", "speaker", "ev_start", "ev_end", "mentions", "trigger", "rule", "incident",
                 "responds_to")
QUOTE_COLUMNS = ("doc_id", "n", "speaker", "speaker_key", "text", "via", "q_start", "q_end", "sentence")
POST_COLUMNS = ("doc_id", "n", "author", "handle", "date", "text", "links", "p_start", "p_end")
LINK_COLUMNS = ("event_key", "doc_id", "incident", "link", "confidence")
COLUMN_TYPES: dict[str, dict[str, str]] = {}  # table → {column: type}, for inserts (Store.column_types)
# the words of an event's evidence, as event_words holds them (migrations/0002_event_words.sql)
WORDS = r"regexp_split_to_array(lower({}), '[^\p{{L}}\p{{N}}]+')"


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


def connect(path: Path, read_only: bool, wait: float,
            into: duckdb.DuckDBPyConnection | None = None) -> duckdb.DuckDBPyConnection:
    """A connection, retrying while another process holds the file; a writer keeps `waiting_mark(path)`
    while it waits (a server's shared reader gives the file up for it). With `into` (an `instance()`), the
    file is attached to it as its catalog `store`, made the default. Raises StoreError E040-E042."""
    if read_only and not path.is_file():
        raise StoreError(Code.E042, str(path))
    deadline, mark = time.monotonic() + wait, None if read_only else waiting_mark(path)
    try:
        while True:
            try:
                if into is None:
                    return duckdb.connect(str(path), read_only=read_only)
                mode = " (READ_ONLY)" if read_only else ""
                into.execute(f"ATTACH '{quoted(str(path))}' AS store{mode}")
                into.execute("USE store")
                return into
            except duckdb.IOException as err:
                if "lock" not in str(err).lower():
                    raise StoreError(Code.E040, str(path), detail=first_line(err)) from None
                if time.monotonic() >= deadline:
                    raise StoreError(Code.E041, str(path), detail=f"waited {wait:g} s for another process") from None
                if mark is not None:
                    mark.touch()
                time.sleep(RETRY_SECONDS)
            except duckdb.Error as err:
                raise StoreError(Code.E040, str(path), detail=first_line(err)) from None
    finally:
        if mark is not None:
            mark.unlink(missing_ok=True)


DuckDB = duckdb.DuckDBPyConnection


def instance() -> DuckDB:
    """An empty in-memory DuckDB to attach stores to, one session after another (`Store.open(into=...)`):
    attaching a file and detaching it costs a few milliseconds of CPU, starting and closing a DuckDB for it
    some 25 (the ingest's writer opens the store for every batch)."""
    return duckdb.connect()


def quoted(text: str) -> str:
    """Text for a single-quoted SQL string."""
    return text.replace("'", "''")


def waiting_mark(path: Path) -> Path:
    """The empty file beside the store that says a writer is waiting for it."""
    return path.with_name(f"{path.name}.waiting")


ACTOR_MATCH = "id = ? OR lower(name) = lower(?) OR country = upper(?)"
# the rowids of the events between two sets of actors (a join, then the rows fetched by rowid: DuckDB then
# reads the wide columns of the matching rows only)
DYAD = (f"SELECT e.rowid FROM events e JOIN (SELECT key, 1 AS side FROM actors WHERE {ACTOR_MATCH} UNION ALL "
        f"SELECT key, 2 FROM actors WHERE {ACTOR_MATCH}) s ON s.key = e.source_key JOIN (SELECT key, 1 AS side "
        f"FROM actors WHERE {ACTOR_MATCH} UNION ALL SELECT key, 2 FROM actors WHERE {ACTOR_MATCH}) t "
        "ON t.key = e.target_key WHERE s.side <> t.side AND e.day BETWEEN ? AND ?")


def dyad(a: str, b: str, since: date | None, until: date | None) -> tuple[str, list]:
    """The WHERE clause (and its parameters) of the events between actors `a` and `b`, either way round."""
    return f"rowid IN ({DYAD})", [a, a, a, b, b, b] * 2 + [since or date.min, until or date.max]


def days_of(item: Extracted) -> list[date]:
    """The day of each event: its date, or its document's publication date."""
    return [date.fromisoformat(ev["date"]) if ev.get("date") else item.document.published for ev in item.events]


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
    """The SELECT list giving each field's SQL expression the record field's name."""
    return ", ".join(f'{expr} AS "{name}"' for name, expr in fields)


def dumps(value: object) -> str | None:
    """JSON text for a JSON column (None stays NULL)."""
    return None if value is None else json.dumps(value, ensure_ascii=False)


class Store:
    """One open connection to a corpus file. Open with `Store.open(path)` (as a context manager); a writer
    applies pending migrations, a reader (`read_only=True`) needs a store at the current version.

    Raises StoreError: E040 not a store / cannot open, E041 busy past `wait`, E042 no file for a reader,
    E043 a schema this redline does not know."""

    def __init__(self, connection: duckdb.DuckDBPyConnection, path: Path, read_only: bool,
                 attached: bool = False) -> None:
        self.db = connection
        self.path = path
        self.read_only = read_only
        self.attached = attached  # to an `instance()`, which outlives this session

    @classmethod
    def open(cls, path: str | Path, read_only: bool = False, wait: float = WAIT_SECONDS,
             into: duckdb.DuckDBPyConnection | None = None) -> Store:
        """The store at `path` (a writer creates the file), waiting up to `wait` s for another process;
        attached to `into` (an `instance()`) when given, else in a DuckDB of its own."""
        path = Path(path)
        store = cls(connect(path, read_only, wait, into), path, read_only, attached=into is not None)
        try:
            store.migrate()
        except BaseException:
            store.close()
            raise
        return store

    def close(self) -> None:
        """Release the file (for the other processes waiting on it), checkpointed."""
        if self.attached:
            self.db.execute("USE memory")
            self.db.execute("DETACH store")
        else:
            self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def version(self) -> int:
        """The schema version (0: an empty file)."""
        try:
            return self.db.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]
        except duckdb.CatalogException:  # no schema_version table
            return 0

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

    def write(self, items: Sequence[Extracted], linker: ModuleType = link, seen: Seen | None = None) -> list[int]:
        """Store documents in one transaction, each replacing what was stored under its id (the last of
        several with one id wins), and link each one's events (`linker.assign_incidents`,
        `linker.response_links`) to those of other documents within `linker.WINDOW_DAYS` days, earlier
        ones of the batch included; `seen`, what an earlier write of the same writer read of them (kept up
        to date). The number of events stored per item; nothing is stored if anything raises."""
        last = {item.document.id: n for n, item in enumerate(items)}
        batch = [item for n, item in enumerate(items) if last[item.document.id] == n]
        self.db.execute("BEGIN TRANSACTION")
        try:
            if seen is not None:
                seen.since(self.db.execute("SELECT stamp FROM write_stamp").fetchone()[0])
            stale = self.forget([item.document.id for item in batch])
            self.insert("documents", ("id", "published", "text", "content_hash", "source"), [
                [i.document.id, i.document.published, i.document.text, content_hash(i.document), i.document.source]
                for i in batch])
            events = self.link(batch, linker, seen)
            self.insert_actors([a for _, ev in events for a in (ev["source"], ev["target"]) if a],
                               [q["speaker"] for item in batch for q in item.quotes if q["speaker"]])
            self.insert_events(events)
            self.insert_voices(batch)
            self.prune(*stale)
            stamp = uuid.uuid4().hex
            self.db.execute("UPDATE write_stamp SET stamp = ?", [stamp])
            back = self.batch_events([i.document.id for i in batch]) if seen is not None else []
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            if seen is not None:
                seen.reset()
            raise
        if seen is not None:
            seen.committed({ev["key"]: ev for _, ev in back}, stamp)
        stored = {item.document.id: len(item.events) for item in batch}
        return [stored[item.document.id] if last[item.document.id] == n else 0 for n, item in enumerate(items)]

    def insert(self, table: str, columns: Sequence[str], rows: Sequence[Sequence], conflict: str = "") -> None:
        """Rows into `table`, one statement for all: each column is passed as one list and unnested (DuckDB
        runs one statement much faster than many, and binds lists faster than rows of values)."""
        if not rows:
            return
        types = self.column_types(table)
        unnest = ", ".join(f"unnest(?::{types[c]}[])" for c in columns)
        names = ", ".join(f'"{c}"' for c in columns)
        columns_of_rows = [list(c) for c in zip(*rows, strict=True)]
        self.db.execute(f"INSERT INTO {table} ({names}) SELECT {unnest} {conflict}", columns_of_rows)

    def column_types(self, table: str) -> dict[str, str]:
        """{column: DuckDB type} of a table, read once per process (a writer's store is at the schema of the
        migrations this redline ships, the same for every store it writes)."""
        if table not in COLUMN_TYPES:
            COLUMN_TYPES[table] = dict(self.db.execute(
                "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ?", [table]).fetchall())
        return COLUMN_TYPES[table]

    def forget(self, doc_ids: list[str]) -> tuple[list[str], list[str]]:
        """Delete the documents' rows; the incidents and actor keys they referred to (to prune after)."""
        doc_ids = self.db.execute("SELECT list(id) FROM documents WHERE list_contains(?, id)", [doc_ids]).fetchone()[0]
        if not doc_ids:  # new documents (a document's rows are written with it, so none of theirs is stored)
            return [], []
        incidents = [r[0] for r in self.db.execute(
            "SELECT DISTINCT incident FROM events WHERE list_contains(?, doc_id) AND incident IS NOT NULL",
            [doc_ids]).fetchall()]
        actors = [r[0] for r in self.db.execute(
            "SELECT k FROM (SELECT unnest([source_key, target_key]) AS k FROM events WHERE list_contains(?, doc_id) "
            "UNION SELECT speaker_key FROM quotes WHERE list_contains(?, doc_id)) WHERE k IS NOT NULL",
            [doc_ids, doc_ids]).fetchall()]
        for table, column in (("links", "doc_id"), ("events", "doc_id"), ("event_words", "doc_id"),
                              ("quotes", "doc_id"), ("posts", "doc_id"), ("documents", "id")):
            self.db.execute(f"DELETE FROM {table} WHERE list_contains(?, {column})", [doc_ids])
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

    def link(self, batch: list[Extracted], linker: ModuleType, seen: Seen | None = None) -> list[tuple[date, dict]]:
        """(day, record) of every new event, its `incident` and `responds_to` set by the linker against the
        events of other documents within the window: stored ones (those `seen` holds, and the rest read)
        and those earlier in the batch. The incidents and links are stored."""
        width = timedelta(days=linker.WINDOW_DAYS)
        docs = [(item, [dict(ev) for ev in item.events], days_of(item)) for item in batch]
        windows = [(min(days) - width, max(days) + width) for _, _, days in docs if days]
        if seen is not None:
            earlier = seen.prepare(windows, [item.document.id for item in batch], self.stored_events)
        else:
            earlier = Index()
            for day, ev in self.stored_events(windows, [item.document.id for item in batch]):
                earlier.add([ev], [(day.toordinal(), day.toordinal())])
        for item, events, days in docs:
            if not events:
                continue
            window = (min(days) - width).toordinal(), (max(days) + width).toordinal()
            prior = earlier.prior({item.document.id}, window)
            incidents = linker.assign_incidents(events, prior)
            answers = linker.response_links(events, prior, incidents, text=item.document.text)
            for ev, incident, links in zip(events, incidents, answers, strict=True):
                ev.update(incident=incident, responds_to=list(links))
            added = earlier.add(events, [(day.toordinal(), day.toordinal()) for day in days])
            if seen is not None:
                seen.linked(added)
        new = [(day, ev) for _, events, days in docs for day, ev in zip(days, events, strict=True)]
        self.insert("incidents", ("id",), [[i] for i in dict.fromkeys(ev["incident"] for _, ev in new) if i],
                    "ON CONFLICT DO NOTHING")
        self.insert("links", LINK_COLUMNS, [[ev["key"], ev["doc_id"], a["incident"], a["link"], a["confidence"]]
                              for _, ev in new for a in ev["responds_to"]])
        return new

    def stored_events(self, windows: list[tuple[date, date]], exclude: list[str]) -> list[tuple[date, dict]]:
        """(day, record) of the stored events, outside the documents `exclude`, whose day lies in a window."""
        if not windows:
            return []
        where = " OR ".join(["day BETWEEN ? AND ?"] * len(windows))
        fields = (*EVENT_FIELDS, ("day", "day"))
        found = self.iter_records(fields, "events", f"WHERE NOT list_contains(?, doc_id) AND ({where}) "
                                  "ORDER BY doc_id, event_id", [exclude, *(d for w in windows for d in w)])
        return [(date.fromisoformat(rec.pop("day")), rec) for rec in found]

    def batch_events(self, doc_ids: list[str]) -> list[tuple[date, dict]]:
        """(day, record) of the stored events of the documents `doc_ids`, in the store's order."""
        found = self.iter_records((*EVENT_FIELDS, ("day", "day")), "events",
                                  "WHERE list_contains(?, doc_id) ORDER BY doc_id, event_id", [doc_ids])
        return [(date.fromisoformat(rec.pop("day")), rec) for rec in found]

    def insert_events(self, events: list[tuple[date, dict]]) -> None:
        """(day, record) pairs into events, with the words of their evidence (their actors are written apart,
        `insert_actors`)."""
        self.insert("events", EVENT_COLUMNS, [
            [ev["key"], ev["doc_id"], int(ev["key"].rsplit("#", 1)[1]), ev["event_type"], ev["mode"],
             dumps(ev["source"]), dumps(ev["target"]), actor_key(ev["source"]), actor_key(ev["target"]),
             ev["date"], ev["date_end"], day, ev["country"], ev["place"], ev["lat"], ev["lon"], ev["killed"],
             ev["wounded"], bool(ev["approx"]), ev["evidence"], ev["via"], dumps(ev["speaker"]), ev["start"],
             ev["end"], dumps(ev["mentions"]), ev["trigger"], ev["rule"], ev["incident"], dumps(ev["responds_to"])]
            for day, ev in events])
        self.insert_words([ev for _, ev in events])

    def index_words(self, doc_ids: list[str] | None = None) -> None:
        """Write the evidence words (event_words) of the events of the documents given, or of every event."""
        where, params = ("WHERE list_contains(?, doc_id)", [doc_ids]) if doc_ids is not None else ("", [])
        self.db.execute(f"INSERT INTO event_words SELECT DISTINCT word, key, doc_id FROM (SELECT unnest("
                        f"{WORDS.format('evidence')}) AS word, key, doc_id FROM events {where}) WHERE word <> ''",
                        params)

    def insert_words(self, events: list[dict]) -> None:
        """The evidence words (event_words) of new event records, by the expression `index_words` reads the
        events table with (from the records: no scan of the table)."""
        if not events:
            return
        self.db.execute(f"INSERT INTO event_words SELECT DISTINCT word, key, doc_id FROM (SELECT unnest("
                        f"{WORDS.format('evidence')}) AS word, key, doc_id FROM (SELECT unnest(?::VARCHAR[]) AS key, "
                        "unnest(?::VARCHAR[]) AS doc_id, unnest(?::VARCHAR[]) AS evidence)) WHERE word <> ''",
                        [[ev[name] for ev in events] for name in ("key", "doc_id", "evidence")])

    def insert_voices(self, batch: list[Extracted]) -> None:
        """The quotes and posts of a batch (their speakers are written apart, `insert_actors`)."""
        self.insert("quotes", QUOTE_COLUMNS, [
            [item.document.id, n, dumps(q["speaker"]), actor_key(q["speaker"]), q["text"], q["via"], q["start"],
             q["end"], q.get("sentence") or ""] for item in batch for n, q in enumerate(item.quotes, 1)])
        self.insert("posts", POST_COLUMNS, [
            [item.document.id, n, p["author"], p["handle"], p["date"], p["text"], dumps(p["links"]), p["start"],
             p["end"]] for item in batch for n, p in enumerate(item.posts, 1)])

    def insert_actors(self, *groups: list[dict]) -> None:
        """Actor records not stored yet, in one statement: a stored record wins, then one of an earlier group
        (the events' actors before the quotes' speakers), then the last of its group."""
        rows: dict[str | None, list] = {}
        for actors in groups:
            found = {actor_key(a): [actor_key(a), a.get("id"), a["name"], a.get("country"), a.get("kind")]
                     for a in actors}
            rows |= {key: row for key, row in found.items() if key not in rows}
        self.insert("actors", ("key", "id", "name", "country", "kind"), list(rows.values()), "ON CONFLICT DO NOTHING")

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

    def dyad_events(self, a: str, b: str, since: date | None = None, until: date | None = None,
                    limit: int = 1000) -> list[dict]:
        """Event records between two actors, either way round, oldest first (at most `limit`). An actor is
        given by id, name (any case) or ISO3 country, matched against the actors table."""
        where, params = dyad(a, b, since, until)
        return self.event_records(f"WHERE {where}", params, order=f"ORDER BY day, doc_id, event_id LIMIT {int(limit)}")

    def daily(self, a: str, b: str, since: date | None = None, until: date | None = None) -> list[tuple]:
        """(day, source is `a`, event type, events, incidents, killed) per day between two actors (see
        `dyad_events`), oldest first: what an escalation timeline plots."""
        where, params = dyad(a, b, since, until)
        return self.db.execute(
            f"SELECT day, source_key IN (SELECT key FROM actors WHERE {ACTOR_MATCH}) AS forward, event_type, "
            f"count(*), count(DISTINCT incident), sum(killed) FROM events WHERE {where} GROUP BY ALL ORDER BY ALL",
            [a, a, a, *params]).fetchall()

    def incident_events(self, incidents: Sequence[str]) -> list[dict]:
        """The event records (reports) of the incidents given, in document order."""
        return self.event_records("WHERE list_contains(?, incident)", [list(incidents)])

    def incident_links(self, incidents: Sequence[str], answered: bool) -> list[tuple[str, str, str, float]]:
        """(answering incident, answered incident, link, confidence) of the response links from the incidents
        given (`answered`: the acts they answered) or to them (the acts that answered them), stated links first."""
        end = "e.incident" if answered else "l.incident"
        return [tuple(row) for row in self.db.execute(
            "SELECT e.incident, l.incident, l.link, max(l.confidence) FROM links l JOIN events e "
            f"ON e.key = l.event_key WHERE list_contains(?, {end}) AND e.incident IS NOT NULL GROUP BY ALL "
            "ORDER BY e.incident, l.incident, l.link DESC", [list(incidents)]).fetchall()]

    def copy_events(self, path: Path, fmt: str) -> None:
        """Write every event record to `path` as Parquet or CSV (nested fields as JSON text), by DuckDB."""
        options = "FORMAT parquet" if fmt == "parquet" else "FORMAT csv, HEADER true"
        sql = f"SELECT {select(EVENT_FIELDS)} FROM events ORDER BY doc_id, event_id"
        self.db.execute(f"COPY ({sql}) TO '{quoted(str(path))}' ({options})")
