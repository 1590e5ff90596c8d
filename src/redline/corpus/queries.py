"""The read queries that browsing the store asks (`Redline.events`, `.incident`, `.actor`, ... and through
them `redline serve`): pages of events, incidents, actors and documents under filters, and one of each
by its id with what belongs to it.

Functions of an open `Store`. Every value a user gives is a bound parameter (`?`), never text formatted
into the SQL; only fixed clauses chosen here are joined. A page is `{"total", "limit", "offset",
"items"}`: `total` counts every match, `items` holds at most `limit` of them after `offset`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from .link import summarise
from .store import ACTOR_MATCH, EVENT_FIELDS, POST_FIELDS, QUOTE_FIELDS, WORDS, Store

EVENT_ORDER = "ORDER BY day, doc_id, event_id"
DAY_FIELDS = (*EVENT_FIELDS, ("day", "day"))  # an event record and the day it is sorted by
ACTOR_COLUMNS = ("key", "id", "name", "country", "kind")
DOCUMENT_COLUMNS = ("id", "published", "source", "ingested_at", "length")
FEW_PAGE = 1000  # the deepest page (offset + limit) picked in the counting scan
RARE = 10_000  # a word of at most this many events narrows the search to them (their evidence read for the rest)


@dataclass(frozen=True)
class EventFilter:
    """What events to list; each given field narrows the list (None: any). `type` a PLOVER type (any case),
    `mode` a mode, `actor` the source or target by id, name (any case) or ISO3 country, `country` the
    ISO3 country where it happened, `since`/`until` its day (inclusive), `via` its voice (author, quote,
    post), `q` words that its evidence contains, each of them (whole words, any case)."""

    type: str | None = None
    mode: str | None = None
    actor: str | None = None
    country: str | None = None
    since: date | None = None
    until: date | None = None
    via: str | None = None
    q: str | None = None


def event_where(store: Store, f: EventFilter) -> tuple[str, list]:
    """The WHERE clause (or '') of a filter over the events table, and its parameters in order (the actor
    is looked up first: comparing with its few keys is faster than a join)."""
    keys = actor_keys(store, f.actor) if f.actor else []
    clauses: list[tuple[str, list] | None] = [
        ("event_type = upper(?)", [f.type]) if f.type else None,
        ("mode = ?", [f.mode]) if f.mode else None,
        actor_clause(keys) if f.actor else None,
        ("country = upper(?)", [f.country]) if f.country else None,
        ("day >= ?", [f.since]) if f.since else None,
        ("day <= ?", [f.until]) if f.until else None,
        ("via = ?", [f.via]) if f.via else None,
        words_clause(store, f.q) if f.q else None,
    ]
    given = [c for c in clauses if c is not None]
    if not given:
        return "", []
    return "WHERE " + " AND ".join(sql for sql, _ in given), [p for _, params in given for p in params]


def words_clause(store: Store, q: str) -> tuple[str, list]:
    """The events whose evidence has every word of `q` (words as event_words holds them: runs of letters and
    digits, any case). Each word is looked up in event_words; the events of every rare word (at most
    `RARE` events) are taken, and their evidence read for the common words. Only when every word is
    common are they all matched in event_words."""
    split = store.db.execute(f"SELECT {WORDS.format('?')}", [q]).fetchone()[0]
    words = sorted({w for w in split if w})
    if not words:
        return "true", []
    found = {w: store.db.execute("SELECT key FROM event_words WHERE word = ? LIMIT ?", [w, RARE + 1]).fetchall()
             for w in words}
    rare = [{key for (key,) in found[w]} for w in words if len(found[w]) <= RARE]
    if not rare:
        return " AND ".join(["key IN (SELECT key FROM event_words WHERE word = ?)"] * len(words)), words
    keys = sorted(set.intersection(*rare))
    common = [w for w in words if len(found[w]) > RARE]
    if not keys:
        return "false", []
    return f"key = ANY(?) AND list_has_all({WORDS.format('evidence')}, ?)", [keys, common]


def actor_clause(keys: list[str]) -> tuple[str, list]:
    """The events with one of the actors `keys` as source or target (one key compares faster than a list)."""
    if len(keys) == 1:
        return "(source_key = ? OR target_key = ?)", keys * 2
    return ("(source_key = ANY(?) OR target_key = ANY(?))", [keys, keys]) if keys else ("false", [])


def actor_keys(store: Store, who: str) -> list[str]:
    """The keys of the actors `who` names: by id, name (any case) or ISO3 country."""
    return store.db.execute(f"SELECT coalesce(list(key), []) FROM actors WHERE {ACTOR_MATCH}", [who] * 3).fetchone()[0]


def page(total: int, limit: int, offset: int, items: list[dict]) -> dict:
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def events(store: Store, f: EventFilter, limit: int, offset: int) -> dict:
    """A page of event records (with their `day`), oldest day first, then by document and number."""
    where, params = event_where(store, f)
    total, rowids, first, last = page_rows(store, where, params, limit, offset, few=bool(f.actor or f.q))
    items = list(store.iter_records(DAY_FIELDS, "events", f"WHERE day BETWEEN ? AND ? AND rowid = ANY(?) "
                                    f"{EVENT_ORDER}", [first, last, rowids])) if rowids else []
    return page(total, limit, offset, items)


def page_rows(store: Store, where: str, params: list, limit: int, offset: int, few: bool) -> tuple:
    """(total, rowids, first day, last day) of a page of the events `where` selects: the rowids and days
    first, then the rows, so DuckDB reads the wide columns of those days only. When the filter keeps few
    events (an actor, words), one scan counts them and keeps the page's; else a count, then a sort."""
    if few and offset + limit <= FEW_PAGE:
        total, top = store.db.execute(f"SELECT count(*), min_by({{'r': rowid, 'd': day}}, (day, doc_id, event_id), "
                                      f"?) FROM events {where}", [offset + limit, *params]).fetchone()
        top = (top or [])[offset:]
        days = [row["d"] for row in top]
        return total, [row["r"] for row in top], min(days, default=None), max(days, default=None)
    total = store.db.execute(f"SELECT count(*) FROM events {where}", params).fetchone()[0]
    rowids, first, last = store.db.execute(
        f"SELECT list(rowid), min(day), max(day) FROM (SELECT rowid, day FROM events {where} {EVENT_ORDER} "
        "LIMIT ? OFFSET ?)", [*params, limit, offset]).fetchone()
    return total, rowids, first, last


def event(store: Store, key: str) -> dict | None:
    """One event record (with its `day`) by its key, `{doc_id}#{n}`; None when there is none."""
    return next(store.iter_records(DAY_FIELDS, "events", "WHERE key = ?", [key]), None)


def incidents(store: Store, f: EventFilter, limit: int, offset: int) -> dict:
    """A page of incidents, each one that has a report the filter selects, by the first day of such a
    report (then by id). Each item is the incident's summary over all its reports (`link.summarise`)
    without the reports themselves: their number (`reports`) and the first and last day they give
    (`first`, `last`)."""
    where, params = event_where(store, f)
    reported = f"{where} {'AND' if where else 'WHERE'} incident IS NOT NULL"
    total = store.db.execute(f"SELECT count(DISTINCT incident) FROM events {reported}" if where else
                             "SELECT count(*) FROM incidents", params).fetchone()[0]
    ids = first_incidents(store, reported, params, offset + limit, total)[offset:]
    reports: dict[str, list[dict]] = {incident: [] for incident in ids}
    for ev in reports_of(store, ids):
        reports[ev["incident"]].append(ev)
    items = []
    for incident in ids:
        days = [ev.pop("day") for ev in reports[incident]]
        summary = summarise(reports[incident])
        summary.update(reports=len(summary["reports"]), first=min(days), last=max(days))
        items.append(summary)
    return page(total, limit, offset, items)


def first_incidents(store: Store, reported: str, params: list, wanted: int, total: int) -> list[str]:
    """The first `wanted` incidents (of `total`) by the first day of their reports that `reported` selects,
    then by id: the distinct incidents of the first reports in order of day and incident, as many reports
    as it takes (without grouping every report of the store)."""
    reports = max(256, 4 * wanted)
    while True:
        found = [i for (i,) in store.db.execute(
            f"SELECT incident FROM (SELECT incident, day FROM events {reported} ORDER BY day, incident LIMIT ?) "
            "GROUP BY incident ORDER BY min(day), incident LIMIT ?", [*params, reports, wanted]).fetchall()]
        if len(found) >= min(wanted, total):
            return found
        reports *= 4


def reports_of(store: Store, incidents: list[str]) -> list[dict]:
    """The event records (with their `day`) of the incidents given, in document order: their rowids and
    days first, then the rows, so DuckDB reads the wide columns of those days only."""
    rowids, first, last = store.db.execute("SELECT list(rowid), min(day), max(day) FROM events WHERE incident = "
                                           "ANY(?)", [incidents]).fetchone()
    if not rowids:
        return []
    return list(store.iter_records(DAY_FIELDS, "events", "WHERE day BETWEEN ? AND ? AND rowid = ANY(?) ORDER BY "
                                   "doc_id, event_id", [first, last, rowids]))


def incident(store: Store, incident_id: str) -> dict | None:
    """One incident: its summary (`link.summarise`: canonical values, disagreements, documents,
    confidence) with its whole reports (event records) and the response links from it (`answers`) and to
    it (`answered_by`), each `{"incident", "link", "confidence"}`; None when it has no reports."""
    reports = reports_of(store, [incident_id])
    if not reports:
        return None
    summary = summarise(reports)
    summary["reports"] = sorted(reports, key=lambda ev: (ev["date"] or "", ev["key"]))
    answers = store.incident_links([incident_id], answered=True)
    answered_by = store.incident_links([incident_id], answered=False)
    summary["answers"] = [{"incident": b, "link": link, "confidence": c} for _, b, link, c in answers]
    summary["answered_by"] = [{"incident": a, "link": link, "confidence": c} for a, _, link, c in answered_by]
    return summary


def actors(store: Store, q: str | None, limit: int, offset: int) -> dict:
    """A page of actors (key, id, name, country, kind) by name: those whose name contains `q` (any case),
    or whose id or ISO3 country is `q`; every actor without `q`."""
    where, params = "", []
    if q:
        where, params = "WHERE contains(lower(name), lower(?)) OR id = ? OR country = upper(?)", [q, q, q]
    total = store.db.execute(f"SELECT count(*) FROM actors {where}", params).fetchone()[0]
    rows = store.db.execute(f"SELECT {', '.join(ACTOR_COLUMNS)} FROM actors {where} ORDER BY lower(name), key "
                            "LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
    return page(total, limit, offset, [dict(zip(ACTOR_COLUMNS, row, strict=True)) for row in rows])


NAMES = "unnest(list_concat([{0}->>'name'], from_json({0}->'aliases', '[\"VARCHAR\"]')))"
ALIASES = (f"SELECT DISTINCT n FROM (SELECT {NAMES.format('source')} AS n FROM events WHERE source_key = ? "
           f"UNION ALL SELECT {NAMES.format('target')} FROM events WHERE target_key = ? "
           f"UNION ALL SELECT {NAMES.format('speaker')} FROM quotes WHERE speaker_key = ?) WHERE n IS NOT NULL "
           "ORDER BY n")
ROLES = """SELECT (SELECT count(*) FROM events WHERE source_key = ?), (SELECT count(*) FROM events WHERE
    target_key = ?), (SELECT count(*) FROM quotes WHERE speaker_key = ?)"""


def actor(store: Store, key: str) -> dict | None:
    """One actor by its key (its canonical id, else `name|country`): key, id, name, `aliases` (every name
    and alias it was mentioned by), `roles` ({"source", "target", "speaker"}: events it did, events done to
    it, quotes it said) and `affiliations` ({"country", "kind"}); None when there is none."""
    row = store.db.execute(f"SELECT {', '.join(ACTOR_COLUMNS)} FROM actors WHERE key = ?", [key]).fetchone()
    if row is None:
        return None
    found = dict(zip(ACTOR_COLUMNS, row, strict=True))
    found["aliases"] = [n for (n,) in store.db.execute(ALIASES, [key] * 3).fetchall()]
    found["roles"] = dict(zip(("source", "target", "speaker"), store.db.execute(ROLES, [key] * 3).fetchone(),
                              strict=True))
    found["affiliations"] = {"country": found["country"], "kind": found["kind"]}
    return found


def documents(store: Store, since: date | None, until: date | None, limit: int, offset: int) -> dict:
    """A page of documents (id, published, source, ingested_at, length of the text, and the numbers of its
    `events`, `quotes` and `posts`), published between `since` and `until` (inclusive), oldest first."""
    where, params = "WHERE published BETWEEN ? AND ?", [since or date.min, until or date.max]
    total = store.db.execute(f"SELECT count(*) FROM documents {where}", params).fetchone()[0]
    rows = store.db.execute(f"SELECT id, published, source, ingested_at, length(text) FROM documents {where} "
                            "ORDER BY published, id LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
    items = [document_row(row) for row in rows]
    counts = voice_counts(store, [item["id"] for item in items])
    for item in items:
        item.update(counts.get(item["id"], {"events": 0, "quotes": 0, "posts": 0}))
    return page(total, limit, offset, items)


def document_row(row: Sequence) -> dict:
    out = dict(zip(DOCUMENT_COLUMNS, row, strict=True))
    out["published"] = out["published"].isoformat()
    out["ingested_at"] = out["ingested_at"].isoformat(timespec="seconds")
    return out


def voice_counts(store: Store, doc_ids: list[str]) -> dict[str, dict[str, int]]:
    """{document id: {"events", "quotes", "posts"}} of the documents given."""
    counts: dict[str, dict[str, int]] = {d: {"events": 0, "quotes": 0, "posts": 0} for d in doc_ids}
    for table in ("events", "quotes", "posts"):
        for doc_id, n in store.db.execute(f"SELECT doc_id, count(*) FROM {table} WHERE list_contains(?, doc_id) "
                                          "GROUP BY doc_id", [doc_ids]).fetchall():
            counts[doc_id][table] = n
    return counts


SPAN_FIELDS = (("key", "key"), ("event_type", "event_type"), ("mode", "mode"), ("start", "ev_start"),
               ("end", "ev_end"), ("via", "via"), ("incident", "incident"))


def document(store: Store, doc_id: str) -> dict | None:
    """One document: id, published, source, ingested_at, length, `text`, its `quotes` and `posts` (the
    records `redline export` writes) and the `events`' evidence spans ({"key", "event_type", "mode",
    "start", "end", "via", "incident"}, offsets into `text`), each in document order; None when there is
    none."""
    row = store.db.execute("SELECT id, published, source, ingested_at, length(text), text FROM documents "
                           "WHERE id = ?", [doc_id]).fetchone()
    if row is None:
        return None
    found = document_row(row[:-1])
    found["text"] = row[-1]
    found["events"] = list(store.iter_records(SPAN_FIELDS, "events", "WHERE doc_id = ? ORDER BY event_id", [doc_id]))
    found["quotes"] = list(store.iter_records(QUOTE_FIELDS, "quotes", "WHERE doc_id = ? ORDER BY n", [doc_id]))
    found["posts"] = list(store.iter_records(POST_FIELDS, "posts", "WHERE doc_id = ? ORDER BY n", [doc_id]))
    return found
