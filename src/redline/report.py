"""What the command line says on stderr: one line per problem, `error PATH[:LINE]: [Ennn] what is wrong`
(or `warning ...`), a progress bar on a terminal, and a count of failures at the end."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, ProgressColumn, Task, TextColumn, TimeElapsedColumn
from rich.text import Text

from .errors import RedlineError


class Reporter:
    """Prints coded errors and warnings to stderr and counts the documents that failed."""

    def __init__(self, console: Console | None = None) -> None:
        self.console = console or Console(stderr=True)
        self.failures = 0

    def say(self, level: str, error: RedlineError) -> None:
        colour = "red" if level == "error" else "yellow"
        where = f" {escape(error.where)}" if error.where else ""
        self.console.print(f"[{colour}]{level}[/{colour}]{where}: \\[{error.code.name}] {escape(error.message)}",
                           highlight=False, soft_wrap=True)

    def error(self, error: RedlineError, counts: bool = True) -> None:
        """One line for a document (or the run) that failed; `counts` adds it to the failures."""
        self.failures += counts
        self.say("error", error)

    def warning(self, warning: RedlineError) -> None:
        self.say("warning", warning)

    def summary(self) -> None:
        if self.failures:
            self.console.print(f"{self.failures} document(s) could not be processed", highlight=False)

    def progress(self, label: str = "extract", rate: bool = False) -> Progress:
        """A progress bar on stderr when it is a terminal (documents done; `rate`: and per second)."""
        columns = [TextColumn(label), BarColumn(), TextColumn("{task.completed} documents")]
        if rate:
            columns.append(DocumentRate())
        return Progress(*columns, TimeElapsedColumn(), console=self.console, transient=True,
                        disable=not sys.stderr.isatty())


class DocumentRate(ProgressColumn):
    """Documents per second over the last half minute."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} docs/s" if speed is not None else "… docs/s", style="progress.data.speed")
