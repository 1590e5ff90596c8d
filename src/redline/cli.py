"""The `redline` command line. Commands only parse options, build the library objects and print."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from .errors import InputError, RedlineError
from .output import records, table, to_jsonl
from .read import read_paths

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="redline: sourced, dated political events, quotes and posts from crisis text.")


class Format(str, Enum):
    jsonl = "jsonl"
    table = "table"


@app.callback()
def main() -> None:
    """redline turns crisis text into a dated, sourced record of political events."""


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="Files, folders (read recursively) or - for stdin. "
                                                ".txt files are `date YYYY-MM-DD text`; .jsonl lines are "
                                                '{"id","date","text"}.'),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write JSON Lines here instead of stdout."),
    fmt: Format = typer.Option(Format.jsonl, "--format", "-f", help="jsonl (for score.py) or table."),
    actors: Path | None = typer.Option(None, "--actors", help="Extra actor file (YAML or JSON Lines) that "
                                                              "adds to or overrides the shipped actors."),
) -> None:
    """Extract events, quotes and embedded posts as JSON Lines (or a readable table)."""
    err = Console(stderr=True)
    failures = 0

    def documents():
        nonlocal failures
        for item in read_paths(paths):
            if isinstance(item, InputError):
                failures += 1
                err.print(f"[red]error[/red] {item}", highlight=False, soft_wrap=True)
                continue
            yield item

    try:
        from .app import Redline  # here, not at import: `redline --help` loads nothing
        from .config import Config

        extractor = Redline(Config(actors_user=actors))
    except RedlineError as error:
        err.print(f"[red]error[/red] {error}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None

    sink = out.open("w", encoding="utf-8") if out and fmt is Format.jsonl else sys.stdout
    collected = []
    progress = Progress(TextColumn("extract"), BarColumn(), TextColumn("{task.completed} documents"),
                        TimeElapsedColumn(), console=err, transient=True, disable=not sys.stderr.isatty())
    try:
        with progress:
            task = progress.add_task("extract", total=None)
            for result in extractor.extract(documents()):
                progress.advance(task)
                if result.error:
                    failures += 1
                    err.print(f"[red]error[/red] {result.document.source}: {result.error}", highlight=False)
                    continue
                if fmt is Format.table:
                    collected.append(result)
                    continue
                for rec in records(result):
                    sink.write(to_jsonl(rec) + "\n")
    finally:
        if sink is not sys.stdout:
            sink.close()
    if fmt is Format.table:
        Console(width=max(Console().width, 160)).print(table(collected))
    if failures:
        err.print(f"{failures} document(s) could not be processed", highlight=False)
        raise typer.Exit(1)

