"""Linking many documents that all tell of one day, measured at growing sizes.

    python bench/link_one_day.py [--sizes 500 1000 2000 4000]

The bundled `examples/` are extracted once, then copied N times as documents of their own (each copy
its own id) with every event moved to one day, and linked by `scripts/link_jsonl.py` (incidents and
response links, each document against every earlier one). Prints seconds and documents per second per
size, and the time ratio of each size to the one before (about 2 for linear growth, 4 for quadratic);
`--distinct` gives every copy its own actors and place, so the copies are different happenings.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from link_jsonl import documents, link  # noqa: E402

from redline.app import Redline  # noqa: E402
from redline.model import Document  # noqa: E402
from redline.output import records  # noqa: E402
from redline.read import read_paths  # noqa: E402

DAY = "2021-03-07"


def copies(base: list[tuple[str, list[dict]]], n: int, distinct: bool) -> list[dict]:
    """`n` documents cycled from `base`, every event on DAY; with `distinct`, each copy's own actors and place."""
    out = []
    for i in range(n):
        doc_id, recs = base[i % len(base)]
        for rec in recs:
            rec = dict(rec, doc_id=f"{doc_id}-{i}", date=DAY, date_end=None)
            if distinct:
                for role in ("source", "target"):
                    if rec.get(role):
                        rec[role] = dict(rec[role], name=f"{rec[role]['name']} {i}", aliases=[], id=None, country=None)
                rec["place"] = f"Place {i}"
            out.append(rec)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 1000, 2000, 4000])
    parser.add_argument("--distinct", action="store_true")
    args = parser.parse_args()
    docs = [d for d in read_paths([ROOT / "examples"]) if isinstance(d, Document)]
    extracted = [rec for result in Redline().extract(docs) for rec in records(result) if rec["kind"] == "event"]
    base = documents(extracted)
    before = None
    for n in args.sizes:
        recs = copies(base, n, args.distinct)
        start = time.perf_counter()
        linked = link(recs)
        seconds = time.perf_counter() - start
        incidents = len({r["incident"] for r in linked if r["kind"] == "event"})
        growth = f", x{seconds / before:.2f} the time of the size before" if before else ""
        print(f"{n} documents ({len(recs)} events, {incidents} incidents) on one day: {seconds:.2f} s, "
              f"{n / seconds:.0f} docs/s{growth}")
        before = seconds


if __name__ == "__main__":
    main()
