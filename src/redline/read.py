"""Readers: corpus `.txt` files (`date YYYY-MM-DD text`), folders of them, JSON Lines and stdin.

Each reader yields `Document`s, or an `InputError` for a document it could not read, so one bad
file never stops the batch; the caller decides what to report.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TextIO

from .errors import Code, InputError
from .model import Document

HEADER = re.compile(r"\A\s*date\s+(\S+)(?:\s+|\Z)", re.IGNORECASE)
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
SUFFIXES = (".txt", ".jsonl")

ReadResult = Document | InputError


def parse_date(value: str, where: str) -> date:
    """A strict YYYY-MM-DD date, or an InputError that names the bad value."""
    if not ISO_DAY.match(value):
        raise InputError(Code.E007, where, detail=value)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(Code.E007, where, detail=value) from None


def parse_corpus_text(text: str, doc_id: str, where: str) -> Document:
    """Split `date YYYY-MM-DD text` into a Document; offsets index the text after the header."""
    if not text.strip():
        raise InputError(Code.E005, where)
    match = HEADER.match(text)
    if not match:
        raise InputError(Code.E006, where)
    published = parse_date(match.group(1), where)
    body = text[match.end():].rstrip()
    if not body:
        raise InputError(Code.E005, where)
    return Document(id=doc_id, published=published, text=body, source=where)


def decode(raw: bytes, where: str) -> str:
    if b"\x00" in raw:
        raise InputError(Code.E004, where)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(Code.E003, where) from None


def read_text_file(path: Path) -> Document:
    """One corpus document; its id is the file name without `.txt`."""
    where = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(Code.E001, where) from None
    except OSError as err:
        raise InputError(Code.E002, where, detail=err.strerror or str(err)) from None
    return parse_corpus_text(decode(raw, where), path.stem, where)


def read_jsonl_lines(lines: Iterable[str], where: str) -> Iterator[ReadResult]:
    """Documents from JSON Lines `{"id", "date", "text"}`; a bad line is an error, not a stop."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputError(Code.E008, where, line=number, detail=err.msg)
            continue
        if not isinstance(obj, dict):
            yield InputError(Code.E008, where, line=number, detail=type(obj).__name__)
            continue
        missing = next((k for k in ("id", "date", "text") if not str(obj.get(k) or "").strip()), None)
        if missing:
            yield InputError(Code.E009, where, line=number, detail=missing)
            continue
        try:
            published = parse_date(str(obj["date"])[:10], f"{where}:{number}")
        except InputError as err:
            yield err
            continue
        yield Document(id=str(obj["id"]), published=published, text=str(obj["text"]).strip(),
                       source=f"{where}:{number}")


def read_jsonl_file(path: Path) -> Iterator[ReadResult]:
    where = str(path)
    try:
        raw = path.read_bytes()
        text = decode(raw, where)
    except OSError as err:
        yield InputError(Code.E002, where, detail=err.strerror or str(err))
        return
    except InputError as err:
        yield err
        return
    yield from read_jsonl_lines(text.splitlines(), where)


def read_stream(stream: TextIO, name: str = "stdin") -> Iterator[ReadResult]:
    """stdin: JSON Lines when the first character is `{`, else one corpus document."""
    buffer = getattr(stream, "buffer", None)
    try:
        # decode the bytes ourselves, so bad stdin is reported like a bad file (E003, E004), not raised
        text = decode(buffer.read(), name) if buffer is not None else stream.read()
    except InputError as err:
        yield err
        return
    if text.lstrip().startswith("{"):
        yield from read_jsonl_lines(text.splitlines(), name)
        return
    try:
        yield parse_corpus_text(text, name, name)
    except InputError as err:
        yield err


def iter_files(path: Path) -> Iterator[Path]:
    """The path itself, or every `.txt`/`.jsonl` file below a folder, in a stable order."""
    if path.is_dir():
        yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in SUFFIXES)
    else:
        yield path


def read_paths(paths: Iterable[str | Path], stdin: TextIO | None = None) -> Iterator[ReadResult]:
    """Every document under the given paths (`-` is stdin), in order, errors inline."""
    for item in paths:
        if str(item) == "-":
            yield from read_stream(stdin or sys.stdin)
            continue
        path = Path(item)
        if not path.exists():
            yield InputError(Code.E001, str(path))
            continue
        for file in iter_files(path):
            if file.suffix == ".jsonl":
                yield from read_jsonl_file(file)
            else:
                try:
                    yield read_text_file(file)
                except InputError as err:
                    yield err
