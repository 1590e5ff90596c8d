"""A candidate event: a matched trigger with the tokens its arguments were read from."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..model import EventType
from .lexicon import CONDITION_KEYS

TYPES = {t.value: t for t in EventType}


@dataclass(frozen=True)
class Trigger:
    """A matched trigger and the arguments read off the parse (tokens, resolved later)."""

    token: Token
    entry: dict
    source: Token | None = None
    target: Token | None = None

    @property
    def event_type(self) -> EventType:
        return TYPES[self.entry["type"]]  # (a dict lookup: calling the Enum is ten times slower, and often asked)

    @property
    def rule(self) -> str:
        keys = ",".join(f"{k}" for k in CONDITION_KEYS if k in self.entry)
        pos = "noun" if self.token.pos_ in ("NOUN", "PROPN") else "verb"
        return f"{pos}:{self.entry['lemma']}" + (f"[{keys}]" if keys else "")
