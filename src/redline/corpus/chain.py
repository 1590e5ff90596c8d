"""Response chains: from one incident, what it answered and what answered it, recursively.

`chain` walks the response links both ways from an incident; each incident is given by `summarise`
(canonical date, type, actors, the first report's evidence). The walk reads the store through two
callables, so it stays a pure function of what they return.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .link import summarise

Events = Callable[[Sequence[str]], list[dict]]  # incident ids → their reports
Links = Callable[[Sequence[str], bool], list[tuple]]  # ids, answered? → (answering, answered, link, confidence)
DEPTH = 12  # the longest chain followed either way


def node(reports: Sequence[dict]) -> dict:
    """One incident of a chain: its canonical values and the evidence of its first report."""
    summary = summarise(reports)
    first = summary["reports"][0] if summary["reports"] else {}
    return {"incident": summary["incident"], "event_type": summary["event_type"], "date": summary["date"],
            "date_end": summary["date_end"], "source": summary["source"], "target": summary["target"],
            "place": summary["place"], "killed": summary["killed"], "documents": summary["documents"],
            "reports": len(summary["reports"]), "evidence": first.get("evidence"), "doc_id": first.get("doc_id")}


def _walk(start: str, answered: bool, events: Events, links: Links, depth: int) -> list[dict]:
    """The incidents `start` answered (or that answered it), each with its own further ones, at most
    `depth` steps away; each incident appears once (where the walk first meets it), so a cycle ends."""
    seen, frontier = {start}, [start]
    found: list[tuple[str, str, str, float]] = []  # (parent, incident, link, confidence)
    for _ in range(depth):
        step = []
        for answering, answered_, link, confidence in links(frontier, answered):
            parent, other = (answering, answered_) if answered else (answered_, answering)
            if parent in frontier and other not in seen:
                seen.add(other)
                step.append(other)
                found.append((parent, other, link, confidence))
        if not step:
            break
        frontier = step
    reports: dict[str, list[dict]] = {}
    for ev in events(sorted(seen - {start})) if len(seen) > 1 else []:
        reports.setdefault(ev["incident"], []).append(ev)
    children: dict[str, list[dict]] = {start: []}
    for parent, other, link, confidence in found:
        children.setdefault(parent, []).append(
            dict(node(reports.get(other) or [{"incident": other}]), link=link, confidence=confidence))
    return _tree(start, children, "answers" if answered else "answered_by")


def _tree(start: str, children: dict[str, list[dict]], key: str) -> list[dict]:
    """The children of `start`, each with its own under `key`, oldest first."""
    out = []
    for child in sorted(children.get(start, []), key=lambda c: (c["date"] or "", c["incident"])):
        out.append({**child, key: _tree(child["incident"], children, key)})
    return out


def chain(incident: str, events: Events, links: Links, depth: int = DEPTH) -> dict | None:
    """The incident with `answers` (what it answered, recursively) and `answered_by` (what answered it,
    recursively), each a list of incidents with their `link` and `confidence`; None when it has no
    reports."""
    reports = events([incident])
    if not reports:
        return None
    return {**node(reports), "answers": _walk(incident, True, events, links, depth),
            "answered_by": _walk(incident, False, events, links, depth)}
