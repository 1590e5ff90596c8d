"""Throughput on one long document against the same text as 100 short ones, measured in one run.

    python bench/long_document.py [--words 50000] [--parts 100]

The text is the bundled examples/ repeated to about `--words` words. It is extracted once as 100 short
documents (cut at paragraph ends) and once as one long document, and the script prints words per second for
each, `long/short throughput ratio: 0.NN` (target: at least 0.7, so time stays linear in a document's
length), and the peak resident memory after each run.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from redline.app import Redline  # noqa: E402
from redline.model import Document  # noqa: E402
from redline.read import read_paths  # noqa: E402


def long_text(words: int) -> str:
    """The examples' paragraphs repeated to about `words` words."""
    paragraphs = [p.strip() for d in read_paths([ROOT / "examples"]) if isinstance(d, Document)
                  for p in d.text.split("\n\n") if p.strip()]
    out, count = [], 0
    while count < words:
        for para in paragraphs:
            out.append(para)
            count += len(para.split())
    return "\n\n".join(out)


def short_documents(text: str, parts: int) -> list[Document]:
    """The same text cut at paragraph ends into `parts` documents."""
    paragraphs = text.split("\n\n")
    size = -(-len(paragraphs) // parts)
    return [Document(f"part-{i}", date(2021, 3, 10), "\n\n".join(paragraphs[i:i + size]))
            for i in range(0, len(paragraphs), size)]


def throughput(redline: Redline, docs: list[Document]) -> float:
    """Words per second of extraction over these documents."""
    words = sum(len(d.text.split()) for d in docs)
    start = time.perf_counter()
    for _ in redline.extract(docs):
        pass
    return words / (time.perf_counter() - start)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--parts", type=int, default=100)
    args = parser.parse_args()
    redline = Redline()
    text = long_text(args.words)
    shorts = short_documents(text, args.parts)
    list(redline.extract(shorts[:3]))  # warm up: models and knowledge loaded, caches filled
    short = throughput(redline, shorts)
    print(f"{len(shorts)} short documents: {short:,.0f} words/s, peak memory {rss_mb():,.0f} MB")
    long = throughput(redline, [Document("long", date(2021, 3, 10), text)])
    print(f"one document of {len(text.split()):,} words ({len(text):,} characters): {long:,.0f} words/s, "
          f"peak memory {rss_mb():,.0f} MB")
    print(f"long/short throughput ratio: {long / short:.2f}")


if __name__ == "__main__":
    main()
