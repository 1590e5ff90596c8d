"""Driving Debian's chromium with Playwright (never `playwright install`) against a real `redline serve`:
shared by the browser tests (tests/web/test_browser_pages.py) and the page-load benchmark (bench/).

`make test` installs chromium when it is missing (the Makefile's `browser` step)."""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
REDLINE = Path(sys.executable).with_name("redline")  # the console script of this environment


def free_port() -> int:
    """A TCP port nobody listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, seconds: float = 60.0) -> None:
    """Return once `url` answers 200. Raises RuntimeError (with the server's output) when the server exits
    or does not answer in time."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"redline serve exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                if answer.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    raise RuntimeError(f"redline serve did not answer {url} within {seconds:g} s")


@contextmanager
def serving(db: Path) -> Iterator[str]:
    """`redline serve --db DB --port FREE` as a subprocess, ready; yields its base URL; stops it after."""
    port = free_port()
    log = tempfile.TemporaryFile()  # the server's output (a file: a pipe nobody reads would fill up)
    process = subprocess.Popen([str(REDLINE), "serve", "--db", str(db), "--port", str(port)],
                               stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        try:
            wait_for(f"{base}/incidents", process)
        except RuntimeError as err:
            log.seek(0)
            raise RuntimeError(f"{err}: {log.read().decode(errors='replace')[-2000:]}") from None
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@contextmanager
def chromium() -> Iterator[object]:
    """A headless Debian chromium under Playwright (a `Browser`). Raises FileNotFoundError without it."""
    if not CHROMIUM.exists():
        raise FileNotFoundError(f"{CHROMIUM} is missing: run `make test` (it installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield browser
        finally:
            browser.close()
