"""The store across real processes: an ingest killed with SIGKILL half way, an export while an ingest
writes, extraction in worker processes and on a Dask LocalCluster."""

from __future__ import annotations

import json
import os
import subprocess
import time
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from helpers import REDLINE, in_worker, numbered_corpus, start

from redline.corpus import scale
from redline.corpus.store import Store
from redline.model import Document
from redline.read import read_paths

N_DOCS = 600
N_REST = 4  # documents the killed ingest never read (they were to come on its stdin)


def export_counts(db: Path, out: Path) -> Counter:
    """Events per document in what `redline export` (another process) writes."""
    done = subprocess.run([str(REDLINE), "export", "--db", str(db), "-o", str(out)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return Counter(e["doc_id"] for e in events if e["kind"] == "event")


def assert_whole(db: Path) -> Counter:
    """Every stored document has its two events, each once, and nothing belongs to no document."""
    with Store.open(db, read_only=True) as store:
        per_doc = Counter(dict(store.db.execute(
            "SELECT d.id, count(e.key) FROM documents d LEFT JOIN events e ON e.doc_id = d.id GROUP BY d.id")
            .fetchall()))
        orphans = store.db.execute("SELECT count(*) FROM events WHERE doc_id NOT IN (SELECT id FROM documents)")
        assert orphans.fetchone()[0] == 0
        keys = store.db.execute("SELECT count(*), count(DISTINCT key) FROM events").fetchone()
    assert keys[0] == keys[1]
    assert set(per_doc.values()) <= {2}, per_doc
    return per_doc


def test_exports_during_an_ingest_then_sigkill_then_a_rerun(extractor, tmp_path) -> None:
    # the ingest reads a file, then stdin, which stays open: it cannot finish before it is killed, however
    # slow the exports are beside it (it may be killed while it writes, or waiting for the rest)
    source, db = numbered_corpus(tmp_path / "docs", N_DOCS), tmp_path / "c.duckdb"
    rest = numbered_corpus(tmp_path / "rest", N_DOCS + N_REST)
    rest.write_text("".join(rest.read_text(encoding="utf-8").splitlines(keepends=True)[N_DOCS:]), encoding="utf-8")
    ingest = start("ingest", str(source), "-", "--db", str(db), stdin=subprocess.PIPE)
    deadline = time.monotonic() + 180
    while not db.exists():
        assert ingest.poll() is None and time.monotonic() < deadline, ingest.communicate()
        time.sleep(0.05)
    exports = []  # another process reads while the ingest writes: whole documents only, more each time
    while len([c for c in exports if c]) < 2:
        assert ingest.poll() is None and time.monotonic() < deadline, [len(c) for c in exports]
        exports.append(export_counts(db, tmp_path / f"export{len(exports)}.jsonl"))
        assert set(exports[-1].values()) <= {2}
    ingest.kill()  # SIGKILL half way: no cleanup, no flush
    ingest.communicate(timeout=30)
    sizes = [len(c) for c in exports]
    assert sizes == sorted(sizes), sizes
    killed_at = len(assert_whole(db))
    assert 0 < killed_at <= N_DOCS and killed_at >= sizes[-1]
    steps = Counter(step.outcome for step in extractor.ingest(read_paths([source, rest]), db))
    assert steps == {"stored": N_DOCS + N_REST - killed_at, "skipped": killed_at}
    assert len(assert_whole(db)) == N_DOCS + N_REST


def small_corpus() -> list[Document]:
    texts = ["Rebels attacked the northern garrison on Tuesday.", "Police arrested twelve protesters on Friday.",
             "Soldiers shelled the village of Dorn on Thursday.", "The ministers met in Geneva on Monday.",
             "Protesters marched on the parliament on Sunday.", "Rebels kidnapped two engineers on Wednesday."]
    return [Document(f"s{i}", date(2021, 3, 6), text) for i, text in enumerate(texts)]


def export_of(db: Path) -> list[dict]:
    with Store.open(db, read_only=True) as store:
        return list(store.records())


@pytest.fixture(scope="module")
def one_process(extractor, tmp_path_factory) -> list[dict]:
    db = tmp_path_factory.mktemp("one") / "c.duckdb"
    list(extractor.ingest(small_corpus(), db))
    return export_of(db)


def test_worker_processes_return_every_document_in_order() -> None:
    # (the real extraction in workers is measured by bench/ingest_speed.py: each worker loads the model)
    docs = [Document(f"w{i}", date(2021, 3, 6), f"text {i}") for i in range(23)]
    back = list(scale.in_processes(iter(docs), in_worker, workers=2))
    assert [item.document.id for item in back] == [doc.id for doc in docs]
    assert str(os.getpid()) not in {item.document.source for item in back}


def test_dask_on_a_local_cluster_stores_what_one_process_stores(extractor, tmp_path, one_process) -> None:
    distributed = pytest.importorskip("distributed")
    db = tmp_path / "c.duckdb"
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster:
        steps = list(extractor.ingest(small_corpus(), db, dask=cluster.scheduler_address))
    assert [s.outcome for s in steps] == ["stored"] * 6
    assert export_of(db) == one_process
