"""Event records written for the corpus tests, shaped as `redline.output.event_record` plus `key`."""

from __future__ import annotations


def actor(name: str, country: str | None = None, kind: str | None = None, id: str | None = None) -> dict:
    return {"name": name, "aliases": [], "country": country, "kind": kind, "id": id}


def event(doc_id: str, n: int, event_type: str, source: dict | None, target: dict | None, date: str | None,
          evidence: str, trigger: str, *, start: int | None = None, **fields: object) -> dict:
    """An event record; `start` defaults to a distinct offset per event number."""
    record = {
        "kind": "event", "doc_id": doc_id, "key": f"{doc_id}#{n}", "event_type": event_type, "mode": None,
        "source": source, "target": target, "date": date, "date_end": None, "country": None, "place": None,
        "lat": None, "lon": None, "killed": None, "wounded": None, "approx": False, "evidence": evidence,
        "via": "author", "speaker": None, "start": 100 * n if start is None else start,
        "end": (100 * n if start is None else start) + len(evidence), "mentions": [], "trigger": trigger,
        "rule": "test", "incident": None, "responds_to": [],
    }
    record.update(fields)
    return record
