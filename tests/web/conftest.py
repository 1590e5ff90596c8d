"""Fixtures of the page tests: a store built from documents written for them (`pages_fixtures`), the app
over it (FastAPI's TestClient), and what it holds (its incident ids)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pages_fixtures import BLOG, WIRE, build_store

from redline.app import Redline
from redline.web.app import create_app


@pytest.fixture(scope="session")
def pages_db(extractor: Redline, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(extractor, tmp_path_factory.mktemp("pages"))


@pytest.fixture(scope="session")
def client(pages_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(Redline(lazy=True), pages_db)) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def store_ids(pages_db: Path) -> dict[str, str]:
    """The incidents of the wire's checkpoint attack (`answered`) and of the reprisal (`answering`), and the
    blog's tear gas (`blog`), read through `Redline.events`."""
    events = Redline(lazy=True).events(pages_db, limit=100)["items"]
    by_evidence = {ev["evidence"].split()[0] + "|" + ev["doc_id"]: ev["incident"] for ev in events}
    return {"answered": by_evidence[f"Gunmen|{WIRE}"], "answering": by_evidence[f"Iraqi|{WIRE}"],
            "blog": next(ev["incident"] for ev in events if ev["doc_id"] == BLOG)}
