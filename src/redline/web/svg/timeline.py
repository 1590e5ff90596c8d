"""The escalation timeline of a dyad as an SVG layout: one lane of events each way (a dot per event,
coloured by PLOVER type, linked to its incident) above a panel of daily intensity (a bar per day, up when
the day was cooperative, down when hostile: the sum of both directions' weights, `Redline.timeline`'s
`days`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from . import legend, type_colour

WIDTH, LEFT, RIGHT = 960, 24, 24
LANE, STEP, DOT = 84, 11, 6.0  # lane height, the rise between dots of one day, dot radius
PANEL = 120  # the intensity panel's height
CROWD = 200  # more events than this: smaller dots
MAX_DOTS = 2000  # more events than this: the lanes are left out (the daily bars still show them)
HOSTILE, FRIENDLY = "#b2182b", "#2166ac"
Scale = Callable[[date], float]  # a day's x


def scale(first: date, last: date, left: float, width: float) -> Scale:
    """x of a day: `first` at `left`, `last` at `left + width` (a single day in the middle)."""
    span = (last - first).days
    if span == 0:
        return lambda day: left + width / 2
    return lambda day: left + (day - first).days / span * width


def ticks(first: date, last: date, x: Scale, count: int = 6) -> list[dict]:
    """About `count` evenly spread dates between `first` and `last` with their x: `[{"x", "label"}]`."""
    span = (last - first).days
    if span == 0:
        return [{"x": round(x(first), 1), "label": first.isoformat(), "anchor": "middle"}]
    days = sorted({round(span * i / (count - 1)) for i in range(count)})
    long = span > 3 * 365
    out = []
    for d in days:
        day = first + timedelta(days=d)
        anchor = "start" if d == 0 else "end" if d == span else "middle"  # the edges' labels stay inside
        out.append({"x": round(x(day), 1), "label": day.isoformat()[:7] if long else day.isoformat(),
                    "anchor": anchor})
    return out


def dots(events: list[dict], x: Scale, lanes: dict[str, float]) -> list[dict]:
    """A dot per event in its direction's lane, the events of one day stacked upwards."""
    stacked: dict[tuple[str, str], int] = {}
    out = []
    radius = DOT if len(events) <= CROWD else DOT * 0.6  # many events: smaller dots overlap less
    for ev in events:
        place = (ev["date"], ev["direction"])
        n = stacked[place] = stacked.get(place, -1) + 1
        y = lanes[ev["direction"]] - radius - 2 - min(n, (LANE - 26 - 2 * DOT) // STEP) * STEP
        title = f"{ev['date']} {ev.get('event_type')}: {ev.get('source') or '?'} → {ev.get('target') or '?'}"
        if ev.get("evidence"):
            title += f" — {ev['evidence']}"
        out.append({"x": round(x(date.fromisoformat(ev["date"])), 1), "y": y, "r": radius,
                    "fill": type_colour(ev.get("event_type")), "title": title, "incident": ev.get("incident")})
    return out


def bars(days: list[dict], x: Scale, top: float, first: date, last: date) -> tuple[list[dict], float]:
    """A bar per day from the zero line (returned too) of the panel starting at `top`, its height the day's
    intensity over the largest one."""
    zero = top + 10 + PANEL / 2
    biggest = max((abs(d["intensity"]) for d in days), default=0) or 1.0
    width = max(1.0, min(10.0, (WIDTH - LEFT - RIGHT) / ((last - first).days + 1) * 0.8))
    out = []
    for day in days:
        height = abs(day["intensity"]) / biggest * (PANEL / 2 - 4)
        y = zero - height if day["intensity"] > 0 else zero
        title = (f"{day['date']}: intensity {day['intensity']:+g} ({day['a_to_b']:+g} one way, {day['b_to_a']:+g} "
                 f"the other), {day['events']} events, {day['incidents']} incidents")
        out.append({"x": round(x(date.fromisoformat(day["date"])) - width / 2, 1), "y": round(y, 1),
                    "w": round(width, 1), "h": round(max(height, 0.5), 1), "title": title,
                    "fill": FRIENDLY if day["intensity"] > 0 else HOSTILE})
    return out, zero


def timeline_chart(timeline: dict) -> dict:
    """The layout of a timeline (`Redline.timeline`: `{"a", "b", "events", "days"}`, events with `date`,
    `direction` "a->b"/"b->a", `event_type`, `source`, `target`, `incident`, `evidence`): `{"width",
    "height", "lanes", "dots", "bars", "zero", "ticks", "legend", "left", "right", "drawn"}`. `drawn` is
    False when there were more than MAX_DOTS events (then `dots` is empty). Raises nothing; an empty
    timeline gives an empty chart."""
    events, days = timeline.get("events") or [], timeline.get("days") or []
    when = [date.fromisoformat(d["date"]) for d in days] or [date.fromisoformat(e["date"]) for e in events]
    first, last = (min(when), max(when)) if when else (date.today(), date.today())
    x = scale(first, last, LEFT, WIDTH - LEFT - RIGHT)
    lanes = {"a->b": 20 + LANE, "b->a": 20 + 2 * LANE}
    drawn = len(events) <= MAX_DOTS
    top = 20 + 2 * LANE + 30
    day_bars, zero = bars(days, x, top, first, last)
    return {"width": WIDTH, "height": top + PANEL + 40, "left": LEFT, "right": WIDTH - RIGHT,
            "lanes": [{"y": lanes["a->b"], "label_y": lanes["a->b"] - LANE + 16,
                       "label": f"{timeline.get('a')} → {timeline.get('b')}"},
                      {"y": lanes["b->a"], "label_y": lanes["b->a"] - LANE + 16,
                       "label": f"{timeline.get('b')} → {timeline.get('a')}"}],
            "dots": dots(events, x, lanes) if drawn else [], "drawn": drawn, "bars": day_bars, "zero": zero,
            "panel_top": top, "ticks": ticks(first, last, x),
            "legend": legend([e.get("event_type") for e in events])}
