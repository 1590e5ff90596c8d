"""Documents written for the page tests, the store built from them through the real pipeline, and the
fixtures over it (a pytest plugin, registered in tests/conftest.py): `pages_db`, `site` (a TestClient of
the app over that store) and `store_ids` (its incident ids).

One is a wire report whose second attack is stated to answer the first (a response link) with places
that have coordinates (the map); the other is untrusted text: a blog whose text holds a <script> element
and markup inside a quote, which every page must show as text."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from redline.app import Redline
from redline.model import Document
from redline.web.app import create_app

WIRE = "2021-04-02-mosul-strikes-wire"
BLOG = "2021-04-03-script-blog"
TEXTS = {
    WIRE: (date(2021, 4, 2),
           "MOSUL — Gunmen of the Black Banner group attacked a police checkpoint in Mosul on Wednesday, killing "
           "two officers, the provincial police said.\n\nIraqi jets bombed Black Banner hideouts near Tal Afar on "
           "Thursday in retaliation for the attack on the checkpoint, the Iraqi defence ministry said.\n\n"
           '"We will hunt them down," said Salim Darwish, a ministry spokesman.'),
    BLOG: (date(2021, 4, 3),
           '<script>alert("owned")</script> Protesters marched in Basra on Friday to demand clean water, and police '
           'fired tear gas at the crowd. "<b>We are thirsty</b>," said Huda Karim, an organiser.\n\n'
           "Water or nothing. <img src=x onerror=alert(1)> https://t.co/Zx81Qw — Huda Karim (@hudakarim) "
           "April 2, 2021"),
}


def build_store(redline: Redline, folder: Path) -> Path:
    """The store of TEXTS at `folder`/pages.duckdb, ingested by `redline` (whose model is loaded)."""
    db = folder / "pages.duckdb"
    documents = [Document(id=doc_id, published=day, text=text, source=f"{doc_id}.txt")
                 for doc_id, (day, text) in TEXTS.items()]
    steps = list(redline.ingest(documents, db))
    assert len(steps) == len(TEXTS)
    return db


@pytest.fixture(scope="session")
def pages_db(extractor: Redline, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(extractor, tmp_path_factory.mktemp("pages"))


@pytest.fixture(scope="session")
def site(pages_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(Redline(lazy=True), pages_db)) as client:
        yield client


@pytest.fixture(scope="session")
def store_ids(pages_db: Path) -> dict[str, str]:
    """The incidents of the wire's checkpoint attack (`answered`) and of the reprisal (`answering`), and the
    blog's tear gas (`blog`), read through `Redline.events`."""
    events = Redline(lazy=True).events(pages_db, limit=100)["items"]
    by_evidence = {ev["evidence"].split()[0] + "|" + ev["doc_id"]: ev["incident"] for ev in events}
    return {"answered": by_evidence[f"Gunmen|{WIRE}"], "answering": by_evidence[f"Iraqi|{WIRE}"],
            "blog": next(ev["incident"] for ev in events if ev["doc_id"] == BLOG)}
