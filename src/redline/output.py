"""Turn results into the JSON Lines records of eval/FORMAT.md, or a readable rich table."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

from rich import box
from rich.console import Group
from rich.table import Table
from rich.text import Text

from .model import Actor, DocumentResult, Event, Post, Quote

EVIDENCE_LIMIT = 160


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def actor_record(actor: Actor | None) -> dict | None:
    return actor.to_record() if actor is not None else None


def event_record(doc_id: str, ev: Event) -> dict:
    return {
        "kind": "event", "doc_id": doc_id, "event_type": ev.event_type, "mode": ev.mode,
        "source": actor_record(ev.source), "target": actor_record(ev.target),
        "date": iso(ev.date), "date_end": iso(ev.date_end), "country": ev.country, "place": ev.place,
        "lat": ev.lat, "lon": ev.lon,
        "killed": ev.killed, "wounded": ev.wounded, "approx": ev.approx, "evidence": ev.evidence,
        "via": ev.via, "speaker": actor_record(ev.speaker),
        "start": ev.start, "end": ev.end, "mentions": [list(m) for m in ev.mentions],
        "trigger": ev.trigger, "rule": ev.rule,
    }


def quote_record(doc_id: str, q: Quote) -> dict:
    return {"kind": "quote", "doc_id": doc_id, "speaker": actor_record(q.speaker), "text": q.text, "via": q.via,
            "start": q.start, "end": q.end, "sentence": q.sentence}


def post_record(doc_id: str, p: Post) -> dict:
    return {"kind": "post", "doc_id": doc_id, "author": p.author, "handle": p.handle, "date": iso(p.date),
            "text": p.text, "links": list(p.links), "start": p.start, "end": p.end}


def records(result: DocumentResult) -> Iterator[dict]:
    """Every record of one document: events, then quotes, then posts."""
    doc_id = result.document.id
    for ev in result.events:
        yield event_record(doc_id, ev)
    for q in result.quotes:
        yield quote_record(doc_id, q)
    for p in result.posts:
        yield post_record(doc_id, p)


def to_jsonl(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False)


def actor_label(actor: dict | None) -> str:
    if not actor:
        return "—"
    country = f" ({actor['country']})" if actor.get("country") else ""
    return f"{actor['name']}{country}"


def clip(text: str, limit: int = EVIDENCE_LIMIT) -> str:
    """`text` cut to at most `limit` characters at a word boundary, with "…" when anything was cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    if " " in cut and not text[limit - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:—-") + "…"


def count(value: int | None, approx: bool) -> str:
    if value is None:
        return ""
    return f"≥{value}" if approx else str(value)


def table_row(rec: dict) -> tuple[str, ...] | None:
    """The cells after the document for one record (what: the event type, "quote" or "post"); None for a
    post's own text as a quote (the post row shows it)."""
    if rec["kind"] == "event":
        what = rec["event_type"] + (f"\n{rec['mode']}" if rec["mode"] else "")
        return (what, actor_label(rec["source"]), actor_label(rec["target"]), rec["date"] or "",
                rec["place"] or "", count(rec["killed"], rec["approx"]), count(rec["wounded"], rec["approx"]),
                clip(rec["evidence"]))
    if rec["kind"] == "quote":
        if rec["via"] == "post":
            return None
        return ("quote", actor_label(rec["speaker"]), "", "", "", "", "", clip(rec["text"]))
    return ("post", f"{rec['author']} (@{rec['handle']})", "", rec["date"] or "", "", "", "", clip(rec["text"]))


def table(results: list[DocumentResult]) -> Group:
    """One table per document (titled with its id), a row per event, quote and post; the tables wrap to the
    width they are printed at. A post appears once, as a post (not again as the quote it also is)."""
    tables = []
    for result in results:
        rows = [row for row in map(table_row, records(result)) if row is not None]
        if rows:
            tables.append(document_table(result.document.id, rows))
    return Group(*tables)


def document_table(doc_id: str, rows: list[tuple[str, ...]]) -> Table:
    out = Table(title=Text(doc_id, style="bold"), title_justify="left", box=box.SIMPLE_HEAD, expand=True,
                show_edge=False, collapse_padding=True)
    out.add_column("what", style="cyan", overflow="fold")
    for name in ("who", "whom"):
        out.add_column(name, ratio=3)
    out.add_column("date", style="green", no_wrap=True, min_width=10)
    out.add_column("place", ratio=3)
    out.add_column("killed", justify="right", no_wrap=True)
    out.add_column("wounded", justify="right", no_wrap=True)
    out.add_column("evidence / text", ratio=7)
    for row in rows:
        out.add_row(*(Text(cell) for cell in row))  # Text: brackets in the data are not markup
    return out
