"""Where the output goes: stdout, or a file that is replaced only when the run finishes.

A file is written to a temporary file in the same folder and renamed over the target at the end
(`os.replace` is atomic on one file system), so an interrupted or failed run leaves the previous file,
or none, never a truncated one. An output that is an input file, or lies inside an input folder, is
refused before anything is read.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from .errors import Code, OutputError


def absolute(path: Path) -> Path:
    """The path with links followed as far as they go (a link loop is left as written)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)  # hard links too
    except OSError:
        return False


def check_output(out: Path, inputs: Iterable[str | Path]) -> None:
    """Raise OutputError when `out` cannot be written or would clobber or join the input."""
    target = absolute(out)
    for item in inputs:
        if str(item) == "-":
            continue
        source = absolute(Path(item))
        if target == source or same_file(out, Path(item)):
            kind = "folder" if source.is_dir() else "file"
            raise OutputError(Code.E022, str(out), detail=f"it is the input {kind} {item}")
        if source.is_dir() and target.is_relative_to(source):
            raise OutputError(Code.E022, str(out), detail=f"it lies inside the input folder {item}")
    if target.is_dir():
        raise OutputError(Code.E023, str(out), detail="it is a folder; give a file name")
    if not target.parent.is_dir():
        raise OutputError(Code.E023, str(out), detail=f"the folder {out.parent} does not exist")


def default_mode() -> int:
    """The permissions a new file gets under the user's umask (mkstemp would give 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def open_through(out: Path) -> TextIO:
    try:
        return out.open("w", encoding="utf-8")
    except OSError as err:
        raise OutputError(Code.E023, str(out), detail=(err.strerror or "cannot open").lower()) from None


class Sink:
    """A text stream for the output: stdout, or a temporary file renamed to `out` by `commit`."""

    def __init__(self, out: Path | None) -> None:
        self.out = out
        self.temp: Path | None = None
        self.stream: TextIO = sys.stdout
        if out is None:
            return
        if out.exists() and not out.is_file():  # /dev/stdout, a named pipe: nothing to replace, write through
            self.stream = open_through(out)
            return
        try:
            fd, name = tempfile.mkstemp(dir=absolute(out).parent, prefix=f".{out.name}.", suffix=".part")
        except OSError as err:
            raise OutputError(Code.E023, str(out), detail=(err.strerror or "cannot create a file").lower()) from None
        self.temp = Path(name)
        self.stream = os.fdopen(fd, "w", encoding="utf-8")

    def commit(self) -> None:
        """Finish: the output file now holds this run's output, all of it."""
        if self.temp is None:
            self.stream.flush()
            if self.stream is not sys.stdout:
                self.stream.close()
            return
        try:
            self.stream.close()
            mode = os.stat(self.out).st_mode & 0o777 if self.out.exists() else default_mode()
            os.chmod(self.temp, mode)
            os.replace(self.temp, self.out)
        except OSError as err:
            self.abort()
            raise OutputError(Code.E023, str(self.out), detail=(err.strerror or "cannot write").lower()) from None
        self.temp = None

    def abort(self) -> None:
        """Give up: the output file is left as it was before the run."""
        if self.temp is None:
            return
        self.stream.close()
        self.temp.unlink(missing_ok=True)
        self.temp = None
