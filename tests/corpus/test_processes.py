"""The store across real processes: an ingest killed with SIGKILL half way, an export while an ingest
writes, extraction in worker processes and on a Dask LocalCluster."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from helpers import write

from redline.corpus.store import Store
from redline.model import Document

REDLINE = Path(sys.executable).parent / "redline"
N_DOCS = 160


def corpus(folder: Path, n: int = N_DOCS) -> Path:
    """n documents of two events each (an attack and arrests), all told apart by a number."""
    for i in range(n):
        write(folder, f"d{i:03}.txt", f"date 2021-03-05 Rebels attacked garrison number {i} on Tuesday, the army "
                                      f"said. Police arrested {i + 2} protesters in the capital on Monday.")
    return folder


def start(*args: str) -> subprocess.Popen:
    # (a child of a shell's background job inherits SIGINT ignored: restore the default)
    return subprocess.Popen([str(REDLINE), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def stored_documents(db: Path) -> int:
    if not db.exists():
        return 0
    with Store.open(db, read_only=True) as store:
        return store.counts()["documents"]


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


def test_an_ingest_killed_half_way_leaves_whole_documents_and_a_rerun_completes_it(tmp_path) -> None:
    folder, db = corpus(tmp_path / "docs"), tmp_path / "c.duckdb"
    proc = start("ingest", str(folder), "--db", str(db))
    deadline = time.monotonic() + 120
    while stored_documents(db) < 10:
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        time.sleep(0.1)
    proc.kill()  # SIGKILL: no cleanup, no flush
    proc.communicate(timeout=30)
    killed_at = len(assert_whole(db))
    assert 10 <= killed_at < N_DOCS
    rerun = subprocess.run([str(REDLINE), "ingest", str(folder), "--db", str(db)], capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{N_DOCS - killed_at} stored, 0 replaced, {killed_at} unchanged, 0 failed" in rerun.stderr
    assert len(assert_whole(db)) == N_DOCS


def test_an_export_while_an_ingest_writes_gets_whole_documents(tmp_path) -> None:
    folder, db = corpus(tmp_path / "docs"), tmp_path / "c.duckdb"
    ingest = start("ingest", str(folder), "--db", str(db))
    deadline = time.monotonic() + 120
    while not db.exists():
        assert ingest.poll() is None and time.monotonic() < deadline, ingest.communicate()
        time.sleep(0.05)
    exports = []
    while ingest.poll() is None or not exports:
        out = tmp_path / f"export{len(exports)}.jsonl"
        done = subprocess.run([str(REDLINE), "export", "--db", str(db), "-o", str(out)], capture_output=True,
                              text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        exports.append(Counter(e["doc_id"] for e in events if e["kind"] == "event"))
    _, stderr = ingest.communicate(timeout=120)
    assert ingest.returncode == 0, stderr
    assert all(set(counts.values()) <= {2} for counts in exports)
    assert any(0 < len(counts) < N_DOCS for counts in exports), [len(c) for c in exports]  # read mid-ingest
    assert len(assert_whole(db)) == N_DOCS


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


def test_worker_processes_store_what_one_process_stores(extractor, tmp_path, one_process) -> None:
    db = tmp_path / "c.duckdb"
    steps = list(extractor.ingest(small_corpus(), db, workers=2))
    assert [s.outcome for s in steps] == ["stored"] * 6
    assert export_of(db) == one_process and len(one_process) >= 6


def test_dask_on_a_local_cluster_stores_what_one_process_stores(extractor, tmp_path, one_process) -> None:
    distributed = pytest.importorskip("distributed")
    db = tmp_path / "c.duckdb"
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster:
        steps = list(extractor.ingest(small_corpus(), db, dask=cluster.scheduler_address))
    assert [s.outcome for s in steps] == ["stored"] * 6
    assert export_of(db) == one_process
