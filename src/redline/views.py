"""What `redline chain` and `redline timeline` print: a response chain as a rich tree, a timeline as rich
tables or CSV. Plain dicts in (`Redline.chain`, `Redline.timeline`), renderables or text out."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from rich.console import Group
from rich.markup import escape
from rich.table import Table
from rich.tree import Tree

EVIDENCE_CHARS = 160
TIMELINE_FIELDS = ("date", "direction", "event_type", "mode", "source", "target", "incident", "weight",
                   "day_intensity", "doc_id", "key", "evidence")


def cut(text: str | None, width: int = EVIDENCE_CHARS) -> str:
    """Text cut at a word before `width` characters, with "…"."""
    text = " ".join((text or "").split())
    if len(text) <= width:
        return text
    return text[:width].rsplit(" ", 1)[0] + "…"


def actor_name(actor: dict | None) -> str:
    return (actor or {}).get("name") or "?"


def label(item: dict) -> str:
    """One incident of a chain as a line of rich markup: day, type, who to whom, id, reports, link."""
    day = item.get("date") or "undated"
    if item.get("date_end") and item["date_end"] != item.get("date"):
        day += f"..{item['date_end']}"
    link = ""
    if item.get("link"):
        confidence = f", {item['confidence']:.2f}" if item["link"] != "stated" else ""
        link = f" [dim]({item['link']}{confidence})[/dim]"
    killed = f", {item['killed']} killed" if item.get("killed") else ""
    reports = f"{item.get('reports', 0)} report{'s' * (item.get('reports') != 1)}"
    return (f"[bold]{escape(day)}[/bold] {escape(str(item.get('event_type')))} "
            f"{escape(actor_name(item.get('source')))} → {escape(actor_name(item.get('target')))}{escape(killed)}"
            f" [cyan]{escape(str(item.get('incident')))}[/cyan] [dim]{reports}[/dim]{link}\n"
            f"[italic]{escape(cut(item.get('evidence')))}[/italic] [dim]({escape(str(item.get('doc_id')))})[/dim]")


def _grow(tree: Tree, items: Iterable[dict], key: str) -> None:
    for item in items:
        _grow(tree.add(label(item)), item.get(key, []), key)


def chain_tree(chain: dict) -> Tree:
    """The incident at the root; under it what it answered (back in time) and what answered it (forward)."""
    tree = Tree(label(chain))
    back = tree.add("[bold]answered[/bold] (what it answers, and what those answer)")
    _grow(back, chain["answers"], "answers")
    if not chain["answers"]:
        back.add("[dim]nothing stored[/dim]")
    forward = tree.add("[bold]answered by[/bold] (what answers it, and what answers those)")
    _grow(forward, chain["answered_by"], "answered_by")
    if not chain["answered_by"]:
        forward.add("[dim]nothing stored[/dim]")
    return tree


def timeline_tables(timeline: dict) -> Group:
    """The days (intensity each way, events, incidents), then the events with their evidence."""
    a, b = timeline["a"], timeline["b"]
    days = Table(title=f"{a} and {b}: daily intensity (Goldstein weights: < 0 hostile)", title_justify="left")
    for name in ("day", f"{a} → {b}", f"{b} → {a}", "intensity", "events", "incidents"):
        days.add_column(name, justify="left" if name == "day" else "right")
    for d in timeline["days"]:
        days.add_row(d["date"], f"{d['a_to_b']:g}", f"{d['b_to_a']:g}", f"{d['intensity']:g}", str(d["events"]),
                     str(d["incidents"]))
    events = Table(title="events", title_justify="left")
    for name in ("date", "who → whom", "what", "weight", "incident"):
        events.add_column(name, overflow="fold", no_wrap=name == "date")
    events.add_column("evidence", overflow="fold", min_width=30, ratio=1)
    for row in timeline["events"]:
        what = row["event_type"] + (f" ({row['mode']})" if row.get("mode") else "")
        events.add_row(row["date"], escape(f"{row['source']} → {row['target']}"), what, f"{row['weight']:g}",
                       escape(str(row["incident"])), escape(cut(row["evidence"], 100)))
    return Group(days, events)


def timeline_csv(timeline: dict, stream: TextIO) -> None:
    """One CSV row per event, with its day's intensity (both ways): what a plot or a spreadsheet reads."""
    intensity = {d["date"]: d["intensity"] for d in timeline["days"]}
    writer = csv.DictWriter(stream, fieldnames=list(TIMELINE_FIELDS), lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for row in timeline["events"]:
        writer.writerow(dict(row, day_intensity=intensity[row["date"]]))
