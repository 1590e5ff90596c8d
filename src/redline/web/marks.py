"""A document's text cut into segments for marking up: each segment is plain text (escaped later by the
template, like any text) with the marks that cover it, so evidence spans and voices are highlighted
without ever inserting markup into the text itself.

A mark is `{"start", "end", "kind", "label", "id"}` with character offsets into the text: kind "evidence"
(an event's evidence), "quote" (quoted speech, label the speaker) or "post" (an embedded post, label its
author). Marks may overlap or nest; offsets outside the text are clipped, empty marks dropped.
"""

from __future__ import annotations

from collections.abc import Sequence

KINDS = ("post", "quote", "evidence")  # outermost first: the order of the classes a segment gets


def clip(marks: Sequence[dict], length: int) -> list[dict]:
    """The marks with their offsets inside 0..length, the empty ones left out."""
    out = []
    for mark in marks:
        start, end = max(0, int(mark["start"])), min(length, int(mark["end"]))
        if start < end:
            out.append({**mark, "start": start, "end": end})
    return out


def segments(text: str, marks: Sequence[dict]) -> list[dict]:
    """The text cut at every mark's start and end: `[{"text", "kinds", "labels", "ids", "starts"}]` in
    order, where `kinds` are the kinds of the marks covering the segment (in KINDS order), `labels` their
    labels, and `ids`/`starts` the ids and labels of the marks that begin at this segment (for anchors
    and the voice badges shown before a quote or post). Joining the segments' text gives `text` back."""
    marks = clip(marks, len(text))
    cuts = sorted({0, len(text), *(m["start"] for m in marks), *(m["end"] for m in marks)})
    out = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [m for m in marks if m["start"] <= start and end <= m["end"]]
        covering.sort(key=lambda m: KINDS.index(m["kind"]) if m["kind"] in KINDS else len(KINDS))
        beginning = [m for m in covering if m["start"] == start]
        out.append({"text": text[start:end], "kinds": list(dict.fromkeys(m["kind"] for m in covering)),
                    "labels": [m.get("label") or m["kind"] for m in covering],
                    "ids": [m["id"] for m in beginning if m.get("id")],
                    "starts": [{"kind": m["kind"], "label": m.get("label") or ""} for m in beginning
                               if m["kind"] != "evidence"]})
    return out


def actor_name(actor: dict | str | None) -> str:
    """A speaker's or author's name from an actor record or a plain string ('' for none)."""
    if isinstance(actor, dict):
        return actor.get("name") or ""
    return actor or ""


def document_marks(events: Sequence[dict], quotes: Sequence[dict], posts: Sequence[dict]) -> list[dict]:
    """The marks of a document's records: each event's evidence (`start`/`end`, anchor `ev-N` after the
    number in its key `doc#N`), each quote (`start`/`end`, its speaker) and each post (`start`/`end`, its
    author and handle)."""
    marks = []
    for ev in events:
        number = str(ev.get("key") or "").rpartition("#")[2]
        mode = f" ({ev['mode']})" if ev.get("mode") else ""
        label = f"{ev.get('event_type')}{mode}"
        if ev.get("source") or ev.get("target"):
            label += f": {actor_name(ev.get('source')) or '?'} → {actor_name(ev.get('target')) or '?'}"
        marks.append({"start": ev["start"], "end": ev["end"], "kind": "evidence", "id": f"ev-{number}",
                      "label": label})
    for quote in quotes:
        marks.append({"start": quote["start"], "end": quote["end"], "kind": "quote",
                      "label": f"quote: {actor_name(quote.get('speaker')) or 'unknown speaker'}"})
    for post in posts:
        who = " ".join(x for x in (post.get("author"), f"@{post['handle']}" if post.get("handle") else "") if x)
        marks.append({"start": post["start"], "end": post["end"], "kind": "post", "label": f"post: {who}"})
    return marks
