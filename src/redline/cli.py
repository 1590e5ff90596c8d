"""The `redline` command line. Commands only parse options, build the library objects and print.

Every run ends in records or coded lines on stderr (`error PATH[:LINE]: [Ennn] what is wrong`), never
a Python traceback. Exit codes: 0 all documents processed; 1 some could not be (each named on stderr);
2 nothing was run (bad option, output path, actor file or model); 70 internal error; 130 interrupted.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import typer
from rich.console import Console

from .config import Config
from .errors import Code, InputError, OutputError, RedlineError
from .model import Document, DocumentResult
from .output import records, table, to_jsonl
from .read import parse_corpus_text, parse_date, read_paths
from .report import Reporter
from .sink import Sink, check_output

if TYPE_CHECKING:
    from .app import Redline

EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_PIPE = 2, 70, 130, 141

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="redline: sourced, dated political events, quotes and posts from crisis text.")


class Format(str, Enum):
    jsonl = "jsonl"
    table = "table"


def build(config: Config, lazy: bool = False) -> Redline:
    """The library facade the commands wrap (its `extract(documents)` yields one DocumentResult each).
    Imported here, not at the top: `redline --help` loads no model and no knowledge file."""
    from .app import Redline

    return Redline(config, lazy=lazy)


@app.callback()
def main() -> None:
    """redline turns crisis text into a dated, sourced record of political events."""


PATHS = typer.Argument(..., help="Files, folders (read recursively) or - for stdin: .txt (`date YYYY-MM-DD text`), "
                                  '.md, .html/.htm, .jsonl ({"id","date","text"} per line).')
ACTORS = typer.Option(None, "--actors", help="Extra actor file (YAML or JSON Lines) that adds to or overrides the "
                                             "shipped actors.")
LEXICON = typer.Option(None, "--lexicon", help="A trigger lexicon (YAML, the keys of the shipped data/triggers.yaml) "
                                               "used instead of it.")
DATE = typer.Option(None, "--date", metavar="YYYY-MM-DD",
                    help="Publication date of documents that do not state one (.txt without a date line, .md, web "
                         "pages, JSON Lines records without date).")
DB = typer.Option(Path("redline.duckdb"), "--db", envvar="REDLINE_DB", help="The corpus store (a DuckDB file).")


def configured(actors: Path | None, lexicon: Path | None) -> Config:
    """The Config of the --actors and --lexicon options."""
    return Config(actors_user=actors, **({"lexicon": lexicon} if lexicon is not None else {}))


@app.command()
def extract(
    paths: list[str] = PATHS,
    out: Path | None = typer.Option(None, "--out", "-o", help="Write the output (any format) to this file; "
                                                              "it is replaced only when the run finishes."),
    fmt: Format = typer.Option(Format.jsonl, "--format", "-f", help="jsonl (for score.py) or table."),
    actors: Path | None = ACTORS,
    lexicon: Path | None = LEXICON,
    day: str | None = DATE,
    explain_: bool = typer.Option(False, "--explain", help="Also print on stderr why each event was coded and "
                                                           "each other candidate was not (meant for one document)."),
) -> None:
    """Extract events, quotes and embedded posts as JSON Lines (or a readable table)."""
    report = Reporter()

    def run() -> int:
        return run_extract(paths, out, fmt, configured(actors, lexicon), day, report, explain_)

    raise typer.Exit(guarded(run, report, f"{out} is left as it was" if out else "the output is incomplete"))


def guarded(run: Callable[[], int], report: Reporter, interrupted: str) -> int:
    """The exit code of a command's body: its own, or 130 after Ctrl-C (E029, saying `interrupted`), 141 when
    stdout's reader has gone, 70 after a bug (E031, one line, never a traceback)."""
    try:
        return run()
    except KeyboardInterrupt:
        report.error(RedlineError(Code.E029, detail=interrupted), counts=False)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `redline extract ... | head`: the reader has gone, so stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_PIPE
    except Exception as err:  # a bug: say so in one coded line, never a traceback
        report.error(RedlineError(Code.E031, detail=type(err).__name__), counts=False)
        return EXIT_INTERNAL


def run_extract(paths: list[str], out: Path | None, fmt: Format, config: Config, day: str | None,
                report: Reporter, explain_: bool = False) -> int:
    """Check the options, then read, extract and write; the exit code."""
    try:
        default_date = parse_date(day, "--date") if day is not None else None
        if out is not None:
            check_output(out, paths)
        extractor = build(config)
        sink = Sink(out)
    except RedlineError as error:
        report.error(error, counts=False)
        return EXIT_USAGE
    try:
        docs = documents(paths, default_date, report)
        write(extractor.extract(explained(docs, extractor, report) if explain_ else docs), fmt, sink, report)
        sink.commit()
    except OutputError as error:
        report.error(error, counts=False)
        return EXIT_USAGE
    finally:
        sink.abort()  # nothing left to do after a commit; after an interruption, the old file stays
    report.summary()
    return 1 if report.failures else 0


def documents(paths: list[str], default_date: date | None, report: Reporter) -> Iterator[Document]:
    """The documents to extract; errors and warnings go to the report as they are read."""
    for item in read_paths(paths, default_date=default_date, warn=report.warning):
        if isinstance(item, InputError):
            report.error(item)
        else:
            yield item


def write(results: Iterable[DocumentResult], fmt: Format, sink: Sink, report: Reporter) -> None:
    """JSON Lines as each document is done, or one table at the end."""
    collected = []
    with report.progress() as progress:
        task = progress.add_task("extract", total=None)
        for result in results:
            progress.advance(task)
            if result.error:
                detail = result.error.split(":", 1)[0]  # the exception's name only, no Python text
                report.error(RedlineError(Code.E030, result.document.source or result.document.id, detail=detail))
            elif fmt is Format.table:
                collected.append(result)
            else:
                lines = [to_jsonl(rec) + "\n" for rec in records(result)]
                emit(sink, lambda: sink.stream.writelines(lines))  # noqa: B023 (called at once)
    if fmt is Format.table:
        emit(sink, lambda: Console(file=sink.stream, width=Console().width).print(table(collected)))


def emit(sink: Sink, writing: Callable[[], object]) -> None:
    """Run one write; a full disk or a closed file is a coded output error (a closed pipe is not)."""
    try:
        writing()
    except BrokenPipeError:
        raise
    except OSError as err:
        raise OutputError(Code.E023, str(sink.out or "stdout"), detail=(err.strerror or "").lower()) from None


# -- the corpus ----------------------------------------------------------------------------------------------

class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


@app.command()
def ingest(
    paths: list[str] = PATHS,
    db: Path = DB,
    workers: int = typer.Option(1, "--workers", min=1, help="Extract in this many processes on this machine."),
    dask: str | None = typer.Option(None, "--dask", metavar="ADDRESS",
                                    help="Extract on the Dask cluster whose scheduler is at ADDRESS "
                                         "(tcp://HOST:8786); this process writes the store."),
    actors: Path | None = ACTORS,
    lexicon: Path | None = LEXICON,
    day: str | None = DATE,
) -> None:
    """Read documents into the corpus store: new and changed ones are extracted and linked, unchanged ones
    skipped."""
    report = Reporter()

    def run() -> int:
        return run_ingest(paths, db, workers, dask, configured(actors, lexicon), day, report)

    raise typer.Exit(guarded(run, report, f"{db} keeps every document stored so far; run the same ingest again "
                                          "to finish"))


def run_ingest(paths: list[str], db: Path, workers: int, dask: str | None, config: Config, day: str | None,
               report: Reporter) -> int:
    """Read, extract and store, with a progress bar and a summary line on stderr; the exit code."""
    tally: Counter[str] = Counter()
    try:
        default_date = parse_date(day, "--date") if day is not None else None
        steps = build(config, lazy=True).ingest(documents(paths, default_date, report), db, workers=workers, dask=dask)
        with report.progress("ingest", rate=True) as progress:
            task = progress.add_task("ingest", total=None)
            for step in steps:
                tally[step.outcome] += 1
                tally["events"] += step.events
                progress.advance(task)
                if step.error:
                    detail = step.error.split(":", 1)[0]
                    report.error(RedlineError(Code.E030, step.document.source or step.document.id, detail=detail))
    except RedlineError as error:
        report.error(error, counts=False)
        return EXIT_USAGE
    report.console.print(f"{db}: {tally['stored']} stored, {tally['replaced']} replaced, {tally['skipped']} "
                         f"unchanged, {tally['failed']} failed; {tally['events']} events written",
                         highlight=False, markup=False, soft_wrap=True)
    report.summary()
    return 1 if report.failures else 0


@app.command()
def export(
    db: Path = DB,
    fmt: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f",
                                     help="jsonl (events, quotes and posts, for score.py), or csv or parquet "
                                          "(events; nested fields as JSON text)."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write to this file (replaced only when the export "
                                                              "finishes) instead of stdout."),
) -> None:
    """Write the stored events (with their incident and responds_to), quotes and posts."""
    report = Reporter()

    def run() -> int:
        try:
            run_export(db, fmt, out)
        except RedlineError as error:
            report.error(error, counts=False)
            return EXIT_USAGE
        return 0

    raise typer.Exit(guarded(run, report, f"{out} is left as it was" if out else "the output is incomplete"))


def run_export(db: Path, fmt: ExportFormat, out: Path | None) -> None:
    """Raises RedlineError: E044 parquet without --out, E022/E023 a bad --out, E040-E043 the store."""
    from .app import Redline

    if fmt is ExportFormat.parquet and out is None:
        raise OutputError(Code.E044)
    if out is not None:
        check_output(out, [db])
    sink = Sink(out)
    try:
        with Redline.open_store(db) as store:
            if fmt is ExportFormat.parquet:
                store.copy_events(sink.temp or out, "parquet")
            elif fmt is ExportFormat.csv:
                emit(sink, lambda: write_csv(store.event_records(), sink.stream))
            else:
                emit(sink, lambda: sink.stream.writelines(to_jsonl(rec) + "\n" for rec in store.records()))
        sink.commit()
    finally:
        sink.abort()


def write_csv(events: Iterable[dict], stream: TextIO) -> None:
    """Event records as CSV with a header; nested values (actors, mentions, responds_to) as JSON text."""
    writer: csv.DictWriter | None = None
    for rec in events:
        if writer is None:
            writer = csv.DictWriter(stream, fieldnames=list(rec), lineterminator="\n")
            writer.writeheader()
        writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v
                         for k, v in rec.items()})


class ExplainFormat(str, Enum):
    text = "text"
    json = "json"


def answer(report: Reporter, compute: Callable[[], dict], show: Callable[[dict], None]) -> None:
    """Run a query of the store and print its answer; a coded error (no store, no such incident) exits 2."""

    def run() -> int:
        try:
            found = compute()
        except RedlineError as error:
            report.error(error, counts=False)
            return EXIT_USAGE
        show(found)
        return 0

    raise typer.Exit(guarded(run, report, "the output is incomplete"))


def print_json(found: dict) -> None:
    print(json.dumps(found, ensure_ascii=False, indent=1))


@app.command()
def chain(
    incident: str = typer.Argument(..., help="An incident id, as `redline export` writes it."),
    db: Path = DB,
    fmt: ExplainFormat = typer.Option(ExplainFormat.text, "--format", "-f", help="text (a tree) or json."),
) -> None:
    """Print what an incident answered and what answered it, recursively, with dates, actors and evidence."""
    from .views import chain_tree

    answer(Reporter(), lambda: build(Config(), lazy=True).chain(db, incident),
           print_json if fmt is ExplainFormat.json else lambda found: Console(highlight=False).print(chain_tree(found)))


class TimelineFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


@app.command()
def timeline(
    between: tuple[str, str] = typer.Option(..., "--between", metavar="A B",
                                            help="The two actors, each by id, name or ISO3 country."),
    db: Path = DB,
    fmt: TimelineFormat = typer.Option(TimelineFormat.table, "--format", "-f",
                                       help="table (the days, then the events), csv (one row per event with its "
                                            "day's intensity) or json (events and days)."),
    plot: Path | None = typer.Option(None, "--plot", metavar="FILE",
                                     help="Also draw the daily intensity into FILE (.png, .svg or .pdf)."),
) -> None:
    """Print the events between two actors, both ways, with the daily intensity; optionally draw it."""
    from .views import timeline_csv, timeline_tables

    def compute() -> dict:
        redline = build(Config(), lazy=True)
        found = redline.timeline(db, *between)
        if plot is not None:
            redline.plot(found, plot)
        return found

    shows = {TimelineFormat.json: print_json, TimelineFormat.csv: lambda found: timeline_csv(found, sys.stdout),
             TimelineFormat.table: lambda found: Console(highlight=False).print(timeline_tables(found))}
    answer(Reporter(), compute, shows[fmt])


@app.command()
def serve(
    db: Path = DB,
    host: str = typer.Option("127.0.0.1", "--host", help="The address to listen on (the default answers this "
                                                           "machine only)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="The port to listen on."),
) -> None:
    """Serve the store read-only over HTTP: the JSON API under /api/ (documented at /docs) and its pages. It
    keeps answering while an ingest writes to the store."""
    import uvicorn

    from .web.app import create_app

    uvicorn.run(create_app(build(Config(), lazy=True), db), host=host, port=port)


@app.command()
def explain(
    text: str = typer.Argument(..., help="The text to explain, or - for stdin; a first line `date YYYY-MM-DD` "
                                         "dates it."),
    day: str | None = typer.Option(None, "--date", metavar="YYYY-MM-DD",
                                   help="Publication date, when the text has no date line (default: today)."),
    fmt: ExplainFormat = typer.Option(ExplainFormat.text, "--format", "-f",
                                      help="text (a tree per sentence; plain when not a terminal) or json."),
    actors: Path | None = typer.Option(None, "--actors", help="Extra actor file, as for extract."),
    lexicon: Path | None = typer.Option(None, "--lexicon", help="A trigger lexicon used instead of the shipped one, "
                                                                "as for extract."),
) -> None:
    """Explain sentence by sentence why each event was coded and why each other candidate was not."""
    report = Reporter()
    try:
        config = Config(actors_user=actors, **({"lexicon": lexicon} if lexicon is not None else {}))
        code = run_explain(text, day, fmt, config, report)
    except KeyboardInterrupt:
        report.error(RedlineError(Code.E029, detail="nothing was explained"), counts=False)
        code = EXIT_INTERRUPTED
    except Exception as err:  # a bug: say so in one coded line, never a traceback
        report.error(RedlineError(Code.E031, detail=type(err).__name__), counts=False)
        code = EXIT_INTERNAL
    raise typer.Exit(code)


def run_explain(text: str, day: str | None, fmt: ExplainFormat, config: Config, report: Reporter) -> int:
    """Check the options, read the text as one document, explain it on stdout; the exit code."""
    from .explain import render, to_json

    try:
        default_date = parse_date(day, "--date") if day is not None else date.today()
        raw = sys.stdin.read() if text == "-" else text
        document = parse_corpus_text(raw, "text", "stdin" if text == "-" else "text", default_date)
        redline = build(config)
    except RedlineError as error:
        report.error(error, counts=False)
        return EXIT_USAGE
    try:
        explanation = redline.explain(document)
    except Exception as err:  # as for extract: the document is reported, not the program
        report.error(RedlineError(Code.E030, document.source, detail=type(err).__name__))
        return 1
    if fmt is ExplainFormat.json:
        print(to_json(explanation))
    else:
        Console().print(render(explanation))
    return 0


def explained(docs: Iterable[Document], redline: Redline, report: Reporter) -> Iterator[Document]:
    """`extract --explain`: each document's explanation on stderr, then the document for the extraction."""
    from .explain import render

    for document in docs:
        try:
            report.console.print(render(redline.explain(document)))
        except Exception as err:  # the extraction that follows reports the document itself
            report.warning(RedlineError(Code.E030, document.source or document.id, detail=type(err).__name__))
        yield document
