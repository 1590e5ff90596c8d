"""One read-only open of a store shared by the many short reads of one process (`redline serve`), given
back often enough that an ingest in another process still gets the file.

Opening a DuckDB file costs tens of milliseconds (the database instance starts its threads and reads its
catalogue), more than most queries of the API. So a server does not open the store per request: its
calls borrow a cursor of one shared read-only connection. While the connection is open no other process
can write, so it is closed as soon as no call has used it for `idle` seconds, and, under constant load,
once `hold` seconds have passed since it was opened if a writer is waiting for the file (it says so
with `store.waiting_mark`; new calls wait while the running ones finish); then it stays closed for `gap`
seconds, longer than a waiting writer's retry (`store.RETRY_SECONDS`), so the ingest writes its batch,
and the next call opens the store again (waiting for that batch, as any reader does). Each call still
sees one consistent state: nothing is written while it reads.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .store import RETRY_SECONDS, WAIT_SECONDS, Store, waiting_mark

HOLD_SECONDS = 2.0  # the longest a writer waits for a busy server (about the ingest's own flush rhythm)
IDLE_SECONDS = 0.1
GAP_SECONDS = max(0.2, 4 * RETRY_SECONDS)


class SharedReader:
    """The shared read-only open of the store at `path` (thread-safe). `lease()` gives a Store for one
    call. Raises StoreError (E040-E043) as `Store.open` does."""

    def __init__(self, path: str | Path, hold: float = HOLD_SECONDS, idle: float = IDLE_SECONDS,
                 gap: float = GAP_SECONDS, wait: float = WAIT_SECONDS) -> None:
        self.path, self.hold, self.idle, self.gap, self.wait = Path(path), hold, idle, gap, wait
        self.lock = threading.Condition()
        self.store: Store | None = None
        self.users = 0
        self.opened = self.used = 0.0
        self.closed = -gap
        self.timer: threading.Timer | None = None

    @contextmanager
    def lease(self) -> Iterator[Store]:
        """A Store over a cursor of the shared connection, for the calling thread, until the block ends."""
        shared = self.acquire()
        cursor = shared.db.cursor()
        try:
            yield Store(cursor, self.path, read_only=True)
        finally:
            cursor.close()
            self.release()

    def acquire(self) -> Store:
        with self.lock:
            while self.store is not None and self.expired():  # the writer's turn comes first
                if self.users:
                    self.lock.wait()  # the calls on it finish, the last closes it
                else:
                    self.close()
            if self.store is None:
                self.open()
            self.users += 1
            return self.store

    def open(self) -> None:
        """Open the store (the lock held), after the gap since it was last closed."""
        pause = self.closed + self.gap - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        self.store = Store.open(self.path, read_only=True, wait=self.wait)
        self.opened = time.monotonic()

    def release(self) -> None:
        with self.lock:
            self.users -= 1
            self.used = time.monotonic()
            if self.users:
                return
            if self.expired():
                self.close()
            else:
                self.later()

    def expired(self) -> bool:
        """Held for `hold` seconds while a writer waits (`store.waiting_mark`)."""
        return time.monotonic() - self.opened >= self.hold and waiting_mark(self.path).exists()

    def later(self) -> None:
        """Close the store once it has been idle for `idle` seconds."""
        if self.timer is not None:
            self.timer.cancel()
        self.timer = threading.Timer(self.idle, self.close_if_idle)
        self.timer.daemon = True
        self.timer.start()

    def close_if_idle(self) -> None:
        with self.lock:
            if self.store is not None and not self.users and time.monotonic() - self.used >= self.idle * 0.9:
                self.close()

    def close(self) -> None:
        """Release the file (the lock held) and wake the calls waiting for the next open."""
        if self.store is not None:
            self.store.close()
            self.store = None
            self.closed = time.monotonic()
        self.lock.notify_all()
