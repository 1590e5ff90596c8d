"""Ingest against extract on the same documents, measured in one run.

    python bench/ingest_speed.py [--docs 300] [--worker-docs 600]

Prints, each as a ratio:
- ingest throughput ÷ extract throughput (extract: results to JSON Lines, as `redline extract` writes
  them; ingest: into a new store, linking included; target: at least 0.9), over two alternating rounds,
  then the same with a linker that links nothing (the store's own cost, apart from `corpus/link.py`'s);
- first ingest ÷ re-ingest of the unchanged corpus (target: at least 50);
- `--workers 2` ÷ one process, on a larger corpus: whole runs (worker start-up included) and the rate
  once the workers run (from the first stored document to the last).
Documents are generated from the bundled `examples/` (each with its own id and a publication date that
moves a day every ten documents, so the linking window holds a realistic share of the corpus).
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import time
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from redline.app import Redline  # noqa: E402
from redline.corpus import link  # noqa: E402
from redline.model import Document  # noqa: E402
from redline.output import records, to_jsonl  # noqa: E402
from redline.read import read_paths  # noqa: E402


def corpus(n: int) -> list[Document]:
    base = [d for d in read_paths([ROOT / "examples"]) if isinstance(d, Document)]
    return [Document(f"{doc.id}-{i}", doc.published + timedelta(days=i // 10), doc.text, "bench")
            for i, doc in zip(range(n), itertools.cycle(base), strict=False)]


def extract_seconds(redline: Redline, docs: list[Document]) -> float:
    start = time.perf_counter()
    for result in redline.extract(docs):
        "".join(to_jsonl(rec) + "\n" for rec in records(result))
    return time.perf_counter() - start


def ingest_seconds(redline: Redline, docs: list[Document], db: Path, workers: int = 1) -> tuple[float, float]:
    """Whole run, and from the first stored document to the last (documents per second once running)."""
    start = time.perf_counter()
    stamps = [time.perf_counter() for step in redline.ingest(docs, db, workers=workers) if step.outcome != "failed"]
    whole = time.perf_counter() - start
    firsts = sorted(set(stamps))
    stored_between = sum(1 for s in stamps if s > firsts[0])
    running = stored_between / (firsts[-1] - firsts[0]) if len(firsts) > 1 else float("nan")
    return whole, running


@contextmanager
def no_linking():
    """Every event its own incident, no links: the ingest without the linker's work."""
    with mock.patch.object(link, "assign_incidents", lambda doc, prior: [f"inc-{e['key']}" for e in doc]), \
         mock.patch.object(link, "response_links", lambda doc, prior, incidents, text=None: [[] for _ in doc]):
        yield


def ratio(redline: Redline, docs: list[Document], folder: Path, label: str) -> float:
    """ingest ÷ extract throughput over two alternating rounds; the first ingest's mean seconds."""
    extract_total = ingest_total = 0.0
    for round_ in range(2):
        extract_total += extract_seconds(redline, docs)
        ingest_total += ingest_seconds(redline, docs, folder / f"{label}{round_}.duckdb")[0]
    print(f"{label}: extract {len(docs) * 2 / extract_total:.1f} docs/s, ingest {len(docs) * 2 / ingest_total:.1f} "
          f"docs/s: ingest/extract throughput ratio {extract_total / ingest_total:.2f} (target: at least 0.9)")
    return ingest_total / 2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--worker-docs", type=int, default=600)
    args = parser.parse_args()
    redline = Redline()
    docs = corpus(args.docs)
    extract_seconds(redline, docs[:20])  # warm up the pipeline
    with tempfile.TemporaryDirectory() as tmp:
        first = ratio(redline, docs, Path(tmp), "linked")
        with no_linking():
            ratio(redline, docs, Path(tmp), "store only")
        start = time.perf_counter()
        steps = list(redline.ingest(docs, Path(tmp) / "linked1.duckdb"))
        again = time.perf_counter() - start
        assert all(step.outcome == "skipped" for step in steps)
        print(f"re-ingest of {len(docs)} unchanged documents: {again * 1000:.0f} ms; first ingest ÷ re-ingest: "
              f"{first / again:.0f}x (target: at least 50x)")
        many = corpus(args.worker_docs)
        speedup(redline, many, Path(tmp), "linked")
        with no_linking():
            speedup(redline, many, Path(tmp), "store only")


def speedup(redline: Redline, docs: list[Document], folder: Path, label: str) -> None:
    """--workers 2 against one process (the writer, linking included, stays one thread of this process)."""
    one, one_rate = ingest_seconds(redline, docs, folder / f"{label}-one.duckdb")
    two, two_rate = ingest_seconds(redline, docs, folder / f"{label}-two.duckdb", workers=2)
    print(f"{label}, {len(docs)} documents: one process {one:.1f} s, --workers 2 {two:.1f} s: "
          f"speed-up {one / two:.2f}x whole run, {two_rate / one_rate:.2f}x once running "
          f"({one_rate:.1f} -> {two_rate:.1f} docs/s)")


if __name__ == "__main__":
    main()
