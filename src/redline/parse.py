"""The one place that loads spaCy and streams texts through it.

redline reads POS tags, lemmas, the dependency parse and named entities, so every component of
the small English pipeline is used; nothing is loaded twice because callers share one `Parser`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .config import MODEL
from .errors import Code, RedlineError

# a wire's dateline: "BAGHDAD — ", "KYIV, Ukraine (AP) — ", "GAZA CITY (Reuters) - "
DATELINE = re.compile(r"\A\s*([A-Z][A-Z .'-]{2,40}?)(?:,\s*[A-Za-z .]+)?(?:\s*\([A-Za-z .]+\))?\s+[—–-]{1,2}\s")
PARAGRAPHS = "redline_paragraphs"
T = TypeVar("T")


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


PIECE_CHARS = 100_000  # a longer text is parsed in pieces of at most this many characters


def pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    """The text cut into consecutive pieces of at most `size` characters that join back to it exactly: at a
    paragraph's end (a line break), else after a sentence's full stop, else at a space, else anywhere."""
    out, start = [], 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = next((i + len(mark) for mark in ("\n", ". ", " ") if (i := window.rfind(mark)) > 0), size)
        out.append(window[:cut])
        start += cut
    out.append(text[start:])
    return out


class Parser:
    """Owns the spaCy pipeline; `pipe` parses texts in batches, in order."""

    def __init__(self, model: str = MODEL, batch_size: int = 32, piece_chars: int = PIECE_CHARS) -> None:
        try:
            self.nlp: Language = spacy.load(model)
        except OSError:
            raise RedlineError(Code.E011, detail=model) from None
        if PARAGRAPHS not in self.nlp.pipe_names:
            self.nlp.add_pipe(PARAGRAPHS, before="parser")
        self.batch_size = batch_size
        self.piece_chars = piece_chars

    def pipe(self, texts: Iterable[str]) -> Iterator[Doc]:
        yield from self.nlp.pipe(texts, batch_size=self.batch_size)

    def __call__(self, text: str) -> Doc:
        return self.nlp(text)

    def pipe_with(self, items: Iterable[tuple[str, T]]) -> Iterator[tuple[Doc, T]]:
        """(text, context) pairs parsed in order, as (Doc, context). A text longer than `piece_chars` is parsed
        in pieces cut at paragraph ends and joined back into one Doc whose offsets are the whole text's, so no
        text is refused for its length (spaCy's own limit is 1,000,000 characters) and memory stays bounded
        by the piece."""
        def split() -> Iterator[tuple[str, tuple[T, int, int]]]:
            for text, context in items:
                parts = pieces(text, self.piece_chars)
                for i, part in enumerate(parts):
                    yield part, (context, i, len(parts))

        held: list[Doc] = []
        for doc, (context, i, count) in self.nlp.pipe(split(), as_tuples=True, batch_size=self.batch_size):
            held.append(doc)
            if i == count - 1:
                yield (held[0] if count == 1 else Doc.from_docs(held, ensure_whitespace=False)), context
                held = []
