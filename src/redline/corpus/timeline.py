"""Escalation timelines: the events between two actors over time, both directions, with a daily intensity
score. Weights per PLOVER type and mode come from `data/intensity.yaml` (built from the CAMEO Goldstein
scale: -10 most hostile, +10 most cooperative), so a day's score is negative when it was hostile.

Pure functions returning rows (plain dicts); the CLI and plots read them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from ..config import Config
from ..knowledge import read_intensity
from ..knowledge.corpus_schemas import Intensity
from .compare import names, norm


def is_actor(actor: dict | None, who: str) -> bool:
    """Whether an event's actor is `who`: its id, its name or an alias, or (an ISO3 code) its country."""
    if not actor or not who:
        return False
    if who == actor.get("id") or (who.isupper() and len(who) == 3 and who == actor.get("country")):
        return True
    return norm(who) in names(actor)


def weight(ev: dict, intensity: Intensity) -> float:
    """An event's intensity weight: its mode's when the data gives one, else its type's (0 when unknown)."""
    kind, mode = ev.get("event_type"), ev.get("mode")
    by_mode = intensity.modes.get(kind, {})
    if mode and mode in by_mode:
        return by_mode[mode]
    return intensity.types.get(kind, 0.0)


def between(events: Iterable[dict], a: str, b: str, intensity: Intensity | None = None) -> list[dict]:
    """The dated events from `a` to `b` and from `b` to `a`, in order of day, each a row with its direction
    ("a->b" or "b->a"), actors, type, mode, incident, weight and evidence."""
    intensity = intensity or read_intensity(Config().intensity)
    rows = []
    for ev in events:
        src, tgt = ev.get("source"), ev.get("target")
        if is_actor(src, a) and is_actor(tgt, b):
            direction = "a->b"
        elif is_actor(src, b) and is_actor(tgt, a):
            direction = "b->a"
        else:
            continue
        if not ev.get("date"):
            continue
        rows.append({"date": ev["date"], "direction": direction, "event_type": ev.get("event_type"),
                     "mode": ev.get("mode"), "source": (src or {}).get("name"), "target": (tgt or {}).get("name"),
                     "incident": ev.get("incident"), "weight": weight(ev, intensity), "doc_id": ev.get("doc_id"),
                     "key": ev.get("key"), "evidence": ev.get("evidence")})
    return sorted(rows, key=lambda r: (r["date"], r["direction"], str(r["key"])))


def daily(rows: Sequence[dict]) -> list[dict]:
    """One row per day of `between` rows: the intensity each way (an incident reported many times counts
    once), their sum, and how many events and incidents there were."""
    days: dict[str, dict] = defaultdict(lambda: {"a->b": {}, "b->a": {}, "events": 0})
    for row in rows:
        day = days[row["date"]]
        day["events"] += 1
        incident = row["incident"] or row["key"]
        day[row["direction"]].setdefault(incident, row["weight"])
    out = []
    for date in sorted(days):
        day = days[date]
        a_to_b, b_to_a = sum(day["a->b"].values()), sum(day["b->a"].values())
        out.append({"date": date, "a_to_b": round(a_to_b, 2), "b_to_a": round(b_to_a, 2),
                    "intensity": round(a_to_b + b_to_a, 2), "events": day["events"],
                    "incidents": len(set(day["a->b"]) | set(day["b->a"]))})
    return out
