"""The shared read-only open of a server (corpus/readers.py): calls in many threads share it, it is closed
when idle, and under constant reading it is closed every `hold` seconds long enough for a writer in
another process to write."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date

from redline.corpus.readers import SharedReader
from redline.corpus.store import Extracted, Store, waiting_mark
from redline.model import Document

WRITE = """
import sys
from datetime import date
from redline.corpus.store import Extracted, Store, waiting_mark
from redline.model import Document
with Store.open(sys.argv[1], wait=20) as store:
    store.write([Extracted(Document("written", date(2021, 3, 5), "text"))])
"""


def empty_store(path) -> None:
    with Store.open(path) as store:
        store.write([Extracted(Document("first", date(2021, 3, 4), "text"))])


def test_calls_in_many_threads_share_one_open(tmp_path) -> None:
    path = tmp_path / "c.duckdb"
    empty_store(path)
    reader = SharedReader(path, idle=5)
    opened = []

    def call(_: int) -> int:
        with reader.lease() as store:
            opened.append(id(reader.store))
            return store.counts()["documents"]

    with ThreadPoolExecutor(8) as pool:
        assert list(pool.map(call, range(64))) == [1] * 64
    assert len(set(opened)) == 1 and reader.users == 0


def test_an_idle_shared_open_is_closed(tmp_path) -> None:
    path = tmp_path / "c.duckdb"
    empty_store(path)
    reader = SharedReader(path, idle=0.05)
    with reader.lease() as store:
        assert store.counts()["documents"] == 1 and reader.store is not None
    deadline = time.monotonic() + 5
    while reader.store is not None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert reader.store is None
    with Store.open(path) as writer:  # the file is free (this process holds no read-only open of it)
        writer.write([Extracted(Document("more", date(2021, 3, 5), "text"))])
    with reader.lease() as store:
        assert store.counts()["documents"] == 2


def past_its_hold(tmp_path) -> tuple[SharedReader, object]:
    """A shared reader whose open (returned too) has passed its hold, used once and not yet idle."""
    path = tmp_path / "c.duckdb"
    empty_store(path)
    reader = SharedReader(path, hold=0.1, idle=30, gap=0.05)
    with reader.lease():
        first = reader.store
    time.sleep(0.15)
    return reader, first


def test_an_open_past_its_hold_is_kept_while_no_writer_waits(tmp_path) -> None:
    reader, first = past_its_hold(tmp_path)
    with reader.lease():
        assert reader.store is first  # no ingest wants the file: no reopening


def test_a_waiting_writer_makes_the_next_call_close_an_open_past_its_hold_even_before_it_is_idle(tmp_path) -> None:
    reader, first = past_its_hold(tmp_path)
    waiting_mark(reader.path).touch()  # as a writer waiting for the file does
    start = time.monotonic()
    with reader.lease() as store:
        assert store.counts()["documents"] == 1 and reader.store is not first
    assert time.monotonic() - start < 5  # not kept waiting for the idle timer


def test_constant_reading_lets_a_writer_in_another_process_write(tmp_path) -> None:
    path = tmp_path / "c.duckdb"
    empty_store(path)
    reader = SharedReader(path, hold=0.3, idle=10, gap=0.3)
    stop, seen = threading.Event(), []

    def read() -> None:
        while not stop.is_set():
            with reader.lease() as store:
                seen.append(store.counts()["documents"])

    threads = [threading.Thread(target=read) for _ in range(3)]
    for thread in threads:
        thread.start()
    try:
        time.sleep(0.2)
        writer = subprocess.run([sys.executable, "-c", WRITE, str(path)], capture_output=True, text=True, timeout=60)
        time.sleep(0.8)  # the readers open the store again and see the document
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
    assert writer.returncode == 0, writer.stderr
    assert seen[0] == 1 and seen[-1] == 2 and set(seen) == {1, 2}
    assert seen == sorted(seen)  # never back
