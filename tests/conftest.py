"""Shared fixtures: one Redline (and so one spaCy pipeline) for the whole test session."""

from __future__ import annotations

from datetime import date

import pytest

from redline.app import Redline
from redline.model import Document, DocumentResult


@pytest.fixture(scope="session")
def extractor() -> Redline:
    return Redline()


@pytest.fixture(scope="session")
def run(extractor: Redline):
    """Extract one document written in the test: run(text, published="2021-03-05")."""

    def _run(text: str, published: str = "2021-03-05", doc_id: str = "t") -> DocumentResult:
        doc = Document(id=doc_id, published=date.fromisoformat(published), text=text)
        (result,) = list(extractor.extract([doc]))
        assert result.error is None, result.error
        return result

    return _run
