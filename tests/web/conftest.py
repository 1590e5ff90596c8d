"""The API tests' store (tests/web_store.py: records written for the tests, no parsing), built once, and a
TestClient over it."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_store import build

from redline.app import Redline
from redline.web.app import create_app


@pytest.fixture(scope="session")
def db(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("web") / "api.duckdb")


@pytest.fixture(scope="session")
def client(db: Path) -> TestClient:
    return TestClient(create_app(Redline(lazy=True), db))
