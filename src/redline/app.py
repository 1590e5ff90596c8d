"""The library facade: `Redline(config)` is the one object the CLI (and later the API and parallel workers)
use. Documents in, results out; nothing here prints or exits."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .config import Config
from .explain import Explanation, tracer
from .extract.document import DocumentExtractor
from .knowledge import load
from .model import Document, DocumentResult
from .parse import Parser


class Redline:
    """Owns the parser and the knowledge (loaded once, on construction).

    Raises DataError (E010) when a knowledge file is malformed, RedlineError (E011) when the spaCy model
    is not installed."""

    def __init__(self, config: Config | None = None, parser: Parser | None = None) -> None:
        self.config = config or Config()
        self.knowledge = load(self.config)
        self.parser = parser or Parser(self.config.model, self.config.batch_size)
        self.extractor = DocumentExtractor(self.knowledge)

    def extract(self, documents: Iterable[Document]) -> Iterator[DocumentResult]:
        """Results in input order, streamed; a document that fails carries its error instead of stopping
        the run."""
        pairs = ((d.text, d) for d in documents)
        for parsed, document in self.parser.pipe_with(pairs):
            try:
                yield self.extractor.extract(document, parsed)
            except Exception as err:  # one bad document must not kill the batch
                yield DocumentResult(document=document, error=f"{type(err).__name__}: {err}")

    def explain(self, document: Document) -> Explanation:
        """One document's result with the trace of why each event was coded and each other candidate was not
        (what is coded is the same as `extract` codes)."""
        trace = tracer(self.config)
        ((parsed, _),) = self.parser.pipe_with([(document.text, None)])  # parsed as extract parses (long texts too)
        return Explanation(self.extractor.extract(document, parsed, trace), trace)
