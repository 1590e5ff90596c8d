"""PLACEHOLDER for the link helper's module (issue 12): replaced by the real linker at merge.

It only keeps the contract the store calls, so ingest runs end to end: every event is its own incident
(`inc-{key}`) and nothing answers anything. Do not build on its behaviour.

Event records are `output.event_record(doc_id, ev)` plus `key` ("{doc_id}#{id}"), `incident` (str or
None) and `responds_to` (a list of {"incident", "link", "confidence"}).
"""

from __future__ import annotations

from collections.abc import Sequence

WINDOW_DAYS: int = 14


def assign_incidents(doc_events: Sequence[dict], prior: Sequence[dict]) -> list[str]:
    """An incident id per event of the new document (placeholder: each event founds its own)."""
    return [f"inc-{ev['key']}" for ev in doc_events]


def response_links(doc_events: Sequence[dict], prior: Sequence[dict], incidents: Sequence[str]) -> list[list[dict]]:
    """The `responds_to` list per new event (placeholder: none)."""
    return [[] for _ in doc_events]
