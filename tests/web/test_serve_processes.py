"""`redline serve` and `redline ingest` as two real processes on one store: the server answers every
request while the ingest writes (503 only before the store exists), each answer holds whole documents
only, the totals never go back, and the ingest finishes."""

from __future__ import annotations

import json
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from helpers import numbered_corpus, start

N_DOCS = 400


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def answer(url: str) -> tuple[int, dict]:
    """The status and JSON body of a GET (an error status too)."""
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())


def serving(db: Path, log: Path) -> tuple[subprocess.Popen, str]:
    """A server on a free port, once it answers."""
    port = free_port()
    server = start("serve", "--db", str(db), "--port", str(port), output=log.open("w"))
    base, deadline = f"http://127.0.0.1:{port}", time.monotonic() + 60
    while True:
        assert server.poll() is None, log.read_text()
        try:
            answer(f"{base}/openapi.json")
            return server, base
        except OSError:
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)


def whole(base: str) -> int:
    """The number of documents stored, asserting that each answer holds whole documents only."""
    status, page = answer(f"{base}/api/documents?limit=500")
    if status == 503 and page["error"]["code"] == "E042":  # the ingest has not made the store yet
        return 0
    assert status == 200, page
    assert {item["events"] for item in page["items"]} <= {2} and len(page["items"]) == page["total"]
    status, events = answer(f"{base}/api/events?limit=1&type=ASSAULT")
    assert status == 200 and events["total"] >= page["total"]  # (more may have been written in between)
    return page["total"]


def test_the_server_keeps_answering_while_an_ingest_writes(tmp_path) -> None:
    source, db = numbered_corpus(tmp_path / "docs", N_DOCS), tmp_path / "c.duckdb"
    server, base = serving(db, tmp_path / "serve.log")
    try:
        ingest = start("ingest", str(source), "--db", str(db))
        seen = []
        while ingest.poll() is None:
            seen.append(whole(base))
            time.sleep(0.05)
        out, err = ingest.communicate(timeout=60)
        assert ingest.returncode == 0, err
        assert seen == sorted(seen), seen  # never back
        assert any(0 < n < N_DOCS for n in seen), seen  # answered between two batches of the ingest
        assert whole(base) == N_DOCS
        status, doc = answer(f"{base}/api/documents/d007")
        assert status == 200 and len(doc["events"]) == 2 and "garrison number 7" in doc["text"]
    finally:
        server.terminate()
        server.wait(timeout=30)
