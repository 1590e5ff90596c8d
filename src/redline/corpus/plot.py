"""A timeline's daily intensity as a chart (PNG or SVG, by the file's suffix), drawn with matplotlib.

The one function of the corpus that writes a file; it draws the rows `timeline.daily` returns: one bar
per day and direction (below zero: hostile, above: cooperative) and the day's sum as a line.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

FORMATS = (".png", ".svg", ".pdf")


def plot_days(days: Sequence[dict], path: Path, a: str, b: str) -> Path:
    """Draw `days` (rows of `timeline.daily`) between actors `a` and `b` into `path` (.png, .svg or .pdf)."""
    path = Path(path)
    if path.suffix.lower() not in FORMATS:
        raise ValueError(f"a chart is written as {', '.join(FORMATS)}, not {path.suffix or 'no suffix'!r}")
    import matplotlib

    matplotlib.use("Agg")  # no display needed
    from matplotlib import dates as mdates
    from matplotlib import pyplot as plt

    when = [date.fromisoformat(d["date"]) for d in days]
    fig, ax = plt.subplots(figsize=(10, 4), layout="constrained")
    try:
        width = 0.4
        x = mdates.date2num(when)
        ax.bar(x - width / 2, [d["a_to_b"] for d in days], width, label=f"{a} → {b}")
        ax.bar(x + width / 2, [d["b_to_a"] for d in days], width, label=f"{b} → {a}")
        ax.plot(x, [d["intensity"] for d in days], color="black", marker="o", linewidth=1, label="both")
        ax.axhline(0, color="grey", linewidth=0.5)
        locator = mdates.AutoDateLocator()
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.set_ylabel("intensity (Goldstein: < 0 hostile)")
        ax.set_title(f"{a} and {b}: daily intensity")
        ax.legend()
        fig.savefig(path)
    finally:
        plt.close(fig)
    return path
