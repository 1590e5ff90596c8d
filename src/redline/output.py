"""Turn results into the JSON Lines records of eval/FORMAT.md, or a readable rich table."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

from rich.table import Table

from .model import Actor, DocumentResult, Event, Post, Quote


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


def table(results: list[DocumentResult]) -> Table:
    """One row per event, quote and post, grouped by document."""
    out = Table(title="redline extract", show_lines=False, expand=True)
    for name, style in (("document", "dim"), ("kind", "bold"), ("what", "cyan"), ("who", ""), ("whom", ""),
                        ("date", "green"), ("evidence / text", "")):
        out.add_column(name, style=style, overflow="fold")
    for result in results:
        for rec in records(result):
            if rec["kind"] == "event":
                what = rec["event_type"] + (f"/{rec['mode']}" if rec["mode"] else "")
                row = (what, actor_label(rec["source"]), actor_label(rec["target"]), rec["date"] or "",
                       rec["evidence"][:160])
            elif rec["kind"] == "quote":
                row = (f"quote/{rec['via']}", actor_label(rec["speaker"]), "", "", rec["text"][:160])
            else:
                row = ("post", f"{rec['author']} (@{rec['handle']})", "", rec["date"] or "", rec["text"][:160])
            out.add_row(result.document.id, rec["kind"], *row)
    return out
