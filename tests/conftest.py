"""Shared fixtures: one Redline (and so one spaCy pipeline) for the whole test session.

`run` extracts a whole document; the unit tests of one stage use `parse` (a sentence parsed once, no
extraction), `lexicon` (the shipped trigger lexicon, compiled once) and `candidates` (its matches)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache

import pytest
from spacy.tokens import Doc

import redline.knowledge
from redline.app import Redline
from redline.config import Config
from redline.extract.candidate import Trigger
from redline.extract.lexicon import Lexicon
from redline.extract.triggers import TriggerMatcher
from redline.knowledge import Knowledge
from redline.model import Document, DocumentResult
from redline.parse import Parser

pytest_plugins = ["pages_fixtures"]  # the page tests' store and app (tests/web/test_pages_*.py)


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


@pytest.fixture(scope="session")
def nlp(extractor: Redline) -> Parser:
    """The session's spaCy pipeline (with redline's paragraph breaks), shared with `extractor`."""
    return extractor.parser


@pytest.fixture(scope="session")
def parse(nlp: Parser) -> Callable[[str], Doc]:
    """parse(text) -> Doc, each text parsed once per session (treat the Doc as read-only)."""

    @cache
    def _parse(text: str) -> Doc:
        return nlp(text)

    return _parse


@pytest.fixture(scope="session")
def knowledge() -> Knowledge:
    """The shipped knowledge files (`load` caches by Config, so this is the extractor's own copy)."""
    return redline.knowledge.load(Config())


@pytest.fixture(scope="session")
def lexicon(knowledge: Knowledge) -> Lexicon:
    return Lexicon(knowledge.lexicon, knowledge.words, knowledge.semantics)


@pytest.fixture(scope="session")
def candidates(parse: Callable[[str], Doc], lexicon: Lexicon) -> Callable[[str], dict[str, Trigger]]:
    """candidates(text) -> {trigger word: Trigger}: what the lexicon matches in each sentence of the parsed
    text, before any reality check or argument reading."""
    matcher = TriggerMatcher(lexicon)

    def _candidates(text: str) -> dict[str, Trigger]:
        return {trig.token.text: trig for sent in parse(text).sents for trig in matcher.match(sent)}

    return _candidates
