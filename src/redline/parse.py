"""The one place that loads spaCy and streams texts through it.

redline reads POS tags, lemmas, the dependency parse and named entities, so every component of
the small English pipeline is used; nothing is loaded twice because callers share one `Parser`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .config import MODEL
from .errors import Code, RedlineError

# a wire's dateline: "BAGHDAD — ", "KYIV, Ukraine (AP) — ", "GAZA CITY (Reuters) - "
DATELINE = re.compile(r"\A\s*([A-Z][A-Z .'-]{2,40}?)(?:,\s*[A-Za-z .]+)?(?:\s*\([A-Za-z .]+\))?\s+[—–-]{1,2}\s")
PARAGRAPHS = "redline_paragraphs"


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break always ends a sentence: paragraphs, posts and their signatures never run together.

    Runs before the parser, which keeps boundaries that are already set.
    """
    match = DATELINE.match(doc.text)
    first = next((t for t in doc if match is not None and t.idx >= match.end()), None)
    if first is not None:
        first.is_sent_start = True  # "GENEVA — Valdoria and ...", "KYIV, Ukraine (AP) — ...": no subject
    starts = {0}
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_ or (tok.text in ("—", "–") and prev.text in ("|",)):
            tok.is_sent_start = True
            starts.add(tok.i)
        elif tok.i - 1 in starts and not prev.is_punct and not prev.is_space and not tok.is_space:
            tok.is_sent_start = False  # a paragraph does not open with a one-word sentence ("Kata'ib | Hezbollah")
    return doc


class Parser:
    """Owns the spaCy pipeline; `pipe` parses texts in batches, in order."""

    def __init__(self, model: str = MODEL, batch_size: int = 32) -> None:
        try:
            self.nlp: Language = spacy.load(model)
        except OSError:
            raise RedlineError(Code.E011, detail=model) from None
        if PARAGRAPHS not in self.nlp.pipe_names:
            self.nlp.add_pipe(PARAGRAPHS, before="parser")
        self.batch_size = batch_size

    def pipe(self, texts: Iterable[str]) -> Iterator[Doc]:
        yield from self.nlp.pipe(texts, batch_size=self.batch_size)

    def __call__(self, text: str) -> Doc:
        return self.nlp(text)
