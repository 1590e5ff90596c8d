"""Link the events of a `redline extract` JSON Lines output without the store: incidents and response links
document by document in file order, each against the events of earlier documents within the window
(indexed as they are linked: `redline.corpus.index`).

Run: .venv/bin/python scripts/link_jsonl.py dev.jsonl --docs DOCS > linked.jsonl
(`--docs`: the documents extracted, whose texts the response links read for cues in sentences that tell
no act, as `redline ingest` does; without it those cues are not seen.)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from datetime import timedelta
from pathlib import Path

from redline.corpus.compare import span
from redline.corpus.index import NEVER, Index
from redline.corpus.link import WINDOW_DAYS, assign_incidents, response_links
from redline.model import Document
from redline.read import read_paths


def documents(records: Iterable[dict]) -> list[tuple[str, list[dict]]]:
    """Records grouped by document, in the order the documents first appear."""
    docs: dict[str, list[dict]] = {}
    for rec in records:
        docs.setdefault(rec.get("doc_id"), []).append(rec)
    return list(docs.items())


def window(events: Sequence[dict], days: int = WINDOW_DAYS) -> tuple[int, int]:
    """The days (ordinals) a prior event's span must meet to be seen: `days` around the document's dated
    events (none when it has none)."""
    spans = [s for s in map(span, events) if s is not None]
    if not spans:
        return NEVER
    low, high = min(s[0] for s in spans) - timedelta(days), max(s[1] for s in spans) + timedelta(days)
    return low.toordinal(), high.toordinal()


def reach(ev: dict) -> tuple[int, int] | None:
    """An event's span as ordinals (None: undated, seen by no document)."""
    days = span(ev)
    return (days[0].toordinal(), days[1].toordinal()) if days else None


def link(records: Iterable[dict], texts: Mapping[str, str] | None = None) -> list[dict]:
    """Every record, events keyed `{doc_id}#{n}` with their `incident` and `responds_to` (`texts`: the
    documents' texts by id, for the response cues of sentences that tell no act)."""
    out, stored, texts = [], Index(), texts or {}
    for doc_id, recs in documents(records):
        events = [dict(r, key=f"{doc_id}#{n}") for n, r in enumerate(r for r in recs if r.get("kind") == "event")]
        prior = stored.prior({doc_id}, window(events))
        incidents = assign_incidents(events, prior)
        responses = response_links(events, prior, incidents, text=texts.get(doc_id))
        for ev, incident, responds in zip(events, incidents, responses, strict=True):
            ev["incident"], ev["responds_to"] = incident, responds
        stored.add(events, [reach(ev) for ev in events])
        out += events + [r for r in recs if r.get("kind") != "event"]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("jsonl", type=Path)
    parser.add_argument("--docs", nargs="*", default=[], help="the documents (files or folders) extracted")
    args = parser.parse_args(argv)
    lines = args.jsonl.read_text(encoding="utf-8").splitlines()
    texts = {doc.id: doc.text for doc in read_paths(args.docs) if isinstance(doc, Document)}
    for rec in link((json.loads(line) for line in lines if line.strip()), texts):
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
