"""Throughput of `redline extract` against bare spaCy on the same texts, measured in one run.

    python bench/extract_speed.py [--docs 200] [--rounds 3] [--stream 10000]

Prints words per second for bare `nlp.pipe` and for the whole extraction (the fastest of `--rounds`
alternated rounds of each, so that a moment of load on a shared machine does not decide the ratio), then `ratio: 0.NN`
(target: at least 0.75), then the resident memory after 1,000 and after all streamed documents
(memory should stay flat while streaming). Texts are generated from the bundled `examples/`:
whole documents for the throughput, single paragraphs for the 10,000-document stream.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from redline.app import Redline  # noqa: E402
from redline.model import Document  # noqa: E402
from redline.parse import Parser  # noqa: E402
from redline.read import read_paths  # noqa: E402


def example_documents(folder: Path) -> list[Document]:
    docs = [d for d in read_paths([folder]) if isinstance(d, Document)]
    if not docs:
        sys.exit(f"no documents under {folder}")
    return docs


def generated(base: list[Document], n: int) -> Iterator[Document]:
    """n documents cycling over the examples, each with its own id."""
    for i, doc in zip(range(n), itertools.cycle(base), strict=False):
        yield Document(id=f"{doc.id}-{i}", published=doc.published, text=doc.text, source="bench")


def paragraphs(base: list[Document]) -> list[Document]:
    """Each paragraph of the examples as a short document, so 10,000 of them stream in minutes."""
    out = []
    for doc in base:
        for i, para in enumerate(p for p in doc.text.split("\n\n") if p.strip()):
            out.append(Document(id=f"{doc.id}-p{i}", published=doc.published, text=para.strip()))
    return out


def words(docs: list[Document]) -> int:
    return sum(len(d.text.split()) for d in docs)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=200, help="documents for the throughput comparison")
    ap.add_argument("--rounds", type=int, default=3, help="timed rounds of each; the fastest counts")
    ap.add_argument("--stream", type=int, default=10000, help="documents streamed for the memory check (0: skip)")
    ap.add_argument("--texts", type=Path, default=ROOT / "examples", help="folder of documents to cycle over")
    args = ap.parse_args()

    base = example_documents(args.texts)
    docs = list(generated(base, args.docs))
    n_words = words(docs)
    extractor = Redline()
    bare = Parser()  # a second, identical pipeline: bare spaCy with nothing of redline's on top
    bare.nlp.remove_pipe("redline_paragraphs")
    # warm both up so neither pays for first-call costs
    list(bare.pipe(d.text for d in docs[:5]))
    list(extractor.extract(docs[:5]))

    bare_s, full_s, events = float("inf"), float("inf"), 0
    for _ in range(args.rounds):  # alternated, fastest of each kept: a busy moment slows one round, not the ratio
        t0 = time.perf_counter()
        for _ in bare.pipe(d.text for d in docs):
            pass
        bare_s = min(bare_s, time.perf_counter() - t0)
        t0 = time.perf_counter()
        events = sum(len(r.events) for r in extractor.extract(docs))
        full_s = min(full_s, time.perf_counter() - t0)

    bare_wps, full_wps = n_words / bare_s, n_words / full_s
    print(f"documents: {len(docs)}  words: {n_words}  events: {events}")
    print(f"bare spaCy nlp.pipe: {bare_wps:,.0f} words/s")
    print(f"redline extract:     {full_wps:,.0f} words/s")
    print(f"ratio: {full_wps / bare_wps:.2f}")

    if args.stream:
        gc.collect()
        seen, at_1000 = 0, None
        for _ in extractor.extract(generated(paragraphs(base), args.stream)):
            seen += 1
            if seen == 1000:
                at_1000 = rss_mb()
        end = rss_mb()
        print(f"streamed: {seen} documents  max RSS after 1,000: {at_1000 or end:.0f} MB  after all: {end:.0f} MB"
              f"  growth: {end - (at_1000 or end):.0f} MB")


if __name__ == "__main__":
    main()
