"""Documents written for the page tests, and the store built from them through the real pipeline.

One is a wire report whose second attack is stated to answer the first (a response link) with places
that have coordinates (the map); the other is untrusted text: a blog whose text holds a <script> element
and markup inside a quote, which every page must show as text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from redline.app import Redline
from redline.model import Document

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
           'fired tear gas at the crowd. "<b>We are thirsty</b>," said Huda Karim, an organiser.'),
}


def build_store(redline: Redline, folder: Path) -> Path:
    """The store of TEXTS at `folder`/pages.duckdb, ingested by `redline` (whose model is loaded)."""
    db = folder / "pages.duckdb"
    documents = [Document(id=doc_id, published=day, text=text, source=f"{doc_id}.txt")
                 for doc_id, (day, text) in TEXTS.items()]
    steps = list(redline.ingest(documents, db))
    assert len(steps) == len(TEXTS)
    return db
