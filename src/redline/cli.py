"""The `redline` command line. Commands only parse options, build the library objects and print.

Every run ends in records or coded lines on stderr (`error PATH[:LINE]: [Ennn] what is wrong`), never
a Python traceback. Exit codes: 0 all documents processed; 1 some could not be (each named on stderr);
2 nothing was run (bad option, output path, actor file or model); 70 internal error; 130 interrupted.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

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


def build(config: Config) -> Redline:
    """The library facade the commands wrap (its `extract(documents)` yields one DocumentResult each).
    Imported here, not at the top: `redline --help` loads no model and no knowledge file."""
    from .app import Redline

    return Redline(config)


@app.callback()
def main() -> None:
    """redline turns crisis text into a dated, sourced record of political events."""


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="Files, folders (read recursively) or - for stdin: .txt "
                                                "(`date YYYY-MM-DD text`), .md, .html/.htm, .jsonl "
                                                '({"id","date","text"} per line).'),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write the output (any format) to this file; "
                                                              "it is replaced only when the run finishes."),
    fmt: Format = typer.Option(Format.jsonl, "--format", "-f", help="jsonl (for score.py) or table."),
    actors: Path | None = typer.Option(None, "--actors", help="Extra actor file (YAML or JSON Lines) that "
                                                              "adds to or overrides the shipped actors."),
    lexicon: Path | None = typer.Option(None, "--lexicon", help="A trigger lexicon (YAML, the keys of the shipped "
                                                                "data/triggers.yaml) used instead of it."),
    day: str | None = typer.Option(None, "--date", metavar="YYYY-MM-DD",
                                   help="Publication date of documents that do not state one (.txt without "
                                        "a date line, .md, web pages, JSON Lines records without date)."),
    explain_: bool = typer.Option(False, "--explain", help="Also print on stderr why each event was coded and "
                                                           "each other candidate was not (meant for one document)."),
) -> None:
    """Extract events, quotes and embedded posts as JSON Lines (or a readable table)."""
    report = Reporter()
    try:
        config = Config(actors_user=actors, **({"lexicon": lexicon} if lexicon is not None else {}))
        code = run_extract(paths, out, fmt, config, day, report, explain_)
    except KeyboardInterrupt:
        where = f"{out} is left as it was" if out else "the output is incomplete"
        report.error(RedlineError(Code.E029, detail=where), counts=False)
        code = EXIT_INTERRUPTED
    except BrokenPipeError:  # `redline extract ... | head`: the reader has gone, so stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = EXIT_PIPE
    except Exception as err:  # a bug: say so in one coded line, never a traceback
        report.error(RedlineError(Code.E031, detail=type(err).__name__), counts=False)
        code = EXIT_INTERNAL
    raise typer.Exit(code)


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


class ExplainFormat(str, Enum):
    text = "text"
    json = "json"


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
