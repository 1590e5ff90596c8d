"""The library facade: `Redline(config)` is the one object the CLI (and later the API and parallel workers)
use. Documents in, results out; nothing here prints or exits.

Importing this module loads neither spaCy nor DuckDB: the extractor is built by the constructor and the
store is opened by `Redline.open_store`, each importing what it needs then.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from functools import partial
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from .browse import Browsing
from .config import Config
from .model import Document, DocumentResult
from .output import event_record, post_record, quote_record

if TYPE_CHECKING:
    from .corpus.store import Extracted
    from .corpus.writer import Step
    from .explain import Explanation
    from .parse import Parser


class Redline(Browsing):
    """Owns the parser and the knowledge (loaded once, on construction; with `lazy`, when the first
    document is to be extracted, so an ingest of unchanged documents loads nothing). Reads the store with
    `open_store`, `chain`, `timeline` and the methods of `Browsing` (events, incidents, actors, documents).

    Raises DataError (E010) when a knowledge file is malformed, RedlineError (E011) when the spaCy model
    is not installed: on construction, or with `lazy` from the first `extract` or `ingest` that parses."""

    def __init__(self, config: Config | None = None, parser: Parser | None = None, lazy: bool = False) -> None:
        self.config = config or Config()
        self.given_parser = parser
        self.readers = {}
        self.loaded = False
        if not lazy:
            self.load()

    def load(self) -> None:
        """Read the knowledge and load the model, once."""
        if self.loaded:
            return
        from .extract.document import DocumentExtractor
        from .knowledge import load
        from .parse import Parser

        self.knowledge = load(self.config)
        self.parser = self.given_parser or Parser(self.config.model, self.config.batch_size)
        self.extractor = DocumentExtractor(self.knowledge)
        self.loaded = True

    def extract(self, documents: Iterable[Document]) -> Iterator[DocumentResult]:
        """Results in input order, streamed; a document that fails carries its error instead of stopping
        the run. The model is loaded (once) when the first document arrives."""
        documents = iter(documents)
        first = next(documents, None)
        if first is None:
            return
        self.load()
        pairs = ((d.text, d) for d in chain([first], documents))
        for parsed, document in self.parser.pipe_with(pairs):
            try:
                yield self.extractor.extract(document, parsed)
            except Exception as err:  # one bad document must not kill the batch
                yield DocumentResult(document=document, error=f"{type(err).__name__}: {err}")

    def explain(self, document: Document) -> Explanation:
        """One document's result with the trace of why each event was coded and each other candidate was not
        (what is coded is the same as `extract` codes)."""
        from .explain import Explanation, tracer  # (spaCy's side of the package: imported when used)

        self.load()
        trace = tracer(self.config)
        ((parsed, _),) = self.parser.pipe_with([(document.text, None)])  # parsed as extract parses (long texts too)
        return Explanation(self.extractor.extract(document, parsed, trace), trace)

    def chain(self, db: str | Path, incident: str) -> dict:
        """The response chain of an incident in the store at `db`: what it answered and what answered it,
        recursively (`corpus.chain.chain`). Raises StoreError (E040-E043), RedlineError E046 (no such
        incident)."""
        from .corpus.chain import chain
        from .errors import Code, RedlineError

        with self.reading(db) as store:
            found = chain(incident, store.incident_events, store.incident_links)
        if found is None:
            raise RedlineError(Code.E046, str(db), detail=incident)
        return found

    def timeline(self, db: str | Path, a: str, b: str, limit: int = 100_000, since: date | None = None,
                 until: date | None = None) -> dict:
        """The dated events between actors `a` and `b` (each an id, a name or an ISO3 country) in the store at
        `db`, both ways, on days `since`..`until` (inclusive; None: open), with their direction and intensity
        weight, and one row per day (`corpus.timeline`): `{"a", "b", "events", "days"}`. Raises StoreError
        (E040-E043), RedlineError E047 (no such events)."""
        from .corpus.timeline import between, daily
        from .errors import Code, RedlineError
        from .knowledge import read_intensity

        with self.reading(db) as store:
            found = store.dyad_events(a, b, since, until, limit=limit)
        rows = between(found, country(a), country(b), read_intensity(self.config.intensity))
        if not rows:
            raise RedlineError(Code.E047, str(db), detail=f"{a!r} and {b!r}")
        return {"a": a, "b": b, "events": rows, "days": daily(rows)}

    def places(self, db: str | Path, *, type: str | None = None, actor: str | None = None,
               country: str | None = None, since: date | None = None, until: date | None = None,
               q: str | None = None) -> dict:
        """Where the events the filters select (as for `events`) happened, for a map (`corpus.places`):
        `{"total", "countries": [{"country", "events"}], "places": [{"lat", "lon", "place", "country",
        "events"}]}`, busiest first. Raises StoreError (E040-E043)."""
        from .corpus.places import places
        from .corpus.queries import EventFilter

        where = EventFilter(type=type, actor=actor, country=country, since=since, until=until, q=q)
        with self.reading(db) as store:
            return places(store, where)

    @staticmethod
    def plot(timeline: dict, path: str | Path) -> Path:
        """Draw a timeline's days (`Redline.timeline`) into a PNG, SVG or PDF chart at `path`. Raises
        RedlineError E048 for another suffix or a file that cannot be written."""
        from .corpus.plot import plot_days
        from .errors import Code, RedlineError

        try:
            return plot_days(timeline["days"], Path(path), timeline["a"], timeline["b"])
        except (ValueError, OSError) as err:
            raise RedlineError(Code.E048, str(path), detail=str(err).splitlines()[0]) from None

    def ingest(self, documents: Iterable[Document], db: str | Path, workers: int = 1,
               dask: str | None = None) -> Iterator[Step]:
        """Extract the new and changed documents and store them (with their incidents and response links)
        in the store at `db`, creating it when needed; unchanged documents are skipped unparsed. Extraction
        runs here, in `workers` processes, or on the Dask cluster at `dask`; this process writes. Yields a
        Step per document (stored, replaced, skipped or failed) once it is done.

        Raises StoreError (E040-E043) when the store cannot be used, RedlineError E045 for Dask."""
        from .corpus import scale, writer

        with self.open_store(db, read_only=False) as store:
            known = store.hashes()
        stored, skipped = set(known), []
        todo = writer.fresh(documents, known, skipped)
        if dask is None:  # the model is loaded here (and inherited by forked workers) once a document needs it
            todo = self.loading(todo)
        work = partial(extract_chunk, self.config)
        if dask is not None:
            extracted = scale.on_dask(todo, work, dask)
        elif workers > 1:
            extracted = scale.in_processes(todo, work, workers, initializer=adopt, initargs=(self,))
        else:
            extracted = (as_extracted(result) for result in self.extract(todo))
        yield from writer.ingest(extracted, Path(db), stored, skipped)


    def loading(self, documents: Iterable[Document]) -> Iterator[Document]:
        """The documents, the model loaded before the first is handed on."""
        for document in documents:
            self.load()
            yield document


def country(who: str) -> str:
    """An actor as the timeline matches it: three letters as an ISO3 code in capitals ("usa": USA; names
    match in any case anyway)."""
    return who.upper() if len(who) == 3 and who.isalpha() else who


def as_extracted(result: DocumentResult) -> Extracted:
    """One document's result as the plain records the store keeps (events with their key)."""
    from .corpus.store import Extracted

    doc_id = result.document.id
    events = [{**event_record(doc_id, ev), "key": f"{doc_id}#{ev.id}"} for ev in result.events]
    return Extracted(result.document, events, [quote_record(doc_id, q) for q in result.quotes],
                     [post_record(doc_id, p) for p in result.posts], result.error)


def extract_chunk(config: Config, documents: list[Document]) -> list[Extracted]:
    """The work of a parallel worker (a process or a Dask worker): documents to stored records."""
    return [as_extracted(result) for result in worker(config).extract(documents)]


WORKERS: dict[Config, Redline] = {}  # a worker process's Redline per Config (a process-wide cache, on purpose)


def worker(config: Config) -> Redline:
    """The Redline of a worker process: adopted from its parent, or built on its first chunk and kept."""
    if config not in WORKERS:
        WORKERS[config] = Redline(config)
    return WORKERS[config]


def adopt(redline: Redline) -> None:
    """A forked worker process starts with its parent's Redline, model and knowledge already loaded."""
    WORKERS[redline.config] = redline
