"""Readers: corpus `.txt` files (`date YYYY-MM-DD text`), Markdown, web pages, folders of them, JSON Lines
and stdin.

Each reader yields `Document`s, an `InputError` for a document it could not read, or an `InputWarning`
for something it read but will not use (a document not in English, files of other kinds in a folder),
so one bad file never stops the batch; the caller decides what to report (`read_paths` hands warnings
to a callback and yields the rest). Nothing here raises for bad input: every path ends in documents or
coded errors.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

from .errors import Code, InputError, InputWarning
from .html import read_page
from .language import check_english
from .md import markdown_text
from .model import Document

HEADER = re.compile(r"\A\s*date\s+(\d\S*)(?:\s+|\Z)", re.IGNORECASE)
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*(?:\n|\Z)", re.DOTALL)
FRONT_DATE = re.compile(r"^date:\s*['\"]?(\S+?)['\"]?\s*$", re.MULTILINE | re.IGNORECASE)
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d")
EARLIEST, LATEST = date(1900, 1, 1), date(2100, 12, 31)
TEXT, JSONL, MARKDOWN, HTML = ".txt", ".jsonl", ".md", (".html", ".htm")
SUFFIXES = (TEXT, JSONL, MARKDOWN, *HTML)
OTHERS_SHOWN = 5

ReadResult = Document | InputError | InputWarning


@dataclass(frozen=True)
class Found:
    """What a walk through a folder found: documents to read, files of other kinds, folders it could not open."""

    documents: list[Path]
    others: list[Path]
    errors: list[InputError]


def parse_date(value: str, where: str) -> date:
    """A strict YYYY-MM-DD date between 1900 and 2100, or an InputError that names the bad value."""
    if not ISO_DAY.match(value):
        raise InputError(Code.E020, where, detail=value)
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise InputError(Code.E007, where, detail=value) from None
    return checked_day(day, where)


def checked_day(day: date, where: str) -> date:
    if not EARLIEST <= day <= LATEST:
        raise InputError(Code.E021, where, detail=day.isoformat())
    return day


def parse_corpus_text(text: str, doc_id: str, where: str, default_date: date | None = None) -> Document:
    """Split `date YYYY-MM-DD text` into a Document; offsets index the text after the header.

    Without a header the whole text is the body, dated `default_date` (the `--date` option)."""
    if not text.strip():
        raise InputError(Code.E005, where)
    match = HEADER.match(text)
    if match:
        published, body = parse_date(match.group(1), where), text[match.end():].rstrip()
    elif default_date is not None:
        published, body = default_date, text.strip()
    else:
        raise InputError(Code.E006, where)
    if not body:
        raise InputError(Code.E005, where)
    return Document(id=doc_id, published=published, text=body, source=where)


def parse_markdown(text: str, doc_id: str, where: str, default_date: date | None = None) -> Document:
    """A Markdown document as plain text; its date from a `date YYYY-MM-DD` first line, from front matter
    (`date: YYYY-MM-DD`), else `default_date`."""
    front = FRONT_MATTER.match(text)
    header = HEADER.match(text)
    if front:
        text = text[front.end():]
        found = FRONT_DATE.search(front.group(1))
        header_date = parse_date(found.group(1)[:10], where) if found else None
    elif header:
        header_date, text = parse_date(header.group(1), where), text[header.end():]
    else:
        header_date = None
    body = markdown_text(text)
    if not body.strip():
        raise InputError(Code.E005, where)
    published = header_date or default_date
    if published is None:
        raise InputError(Code.E006, where)
    return Document(id=doc_id, published=published, text=body, source=where)


def parse_html(raw: bytes, doc_id: str, where: str, default_date: date | None = None) -> Document:
    """A web page's main text, dated by the page itself, else by `default_date`."""
    page = read_page(raw)
    if page is None:
        raise InputError(Code.E032, where)
    published = checked_day(page.published, where) if page.published else default_date
    if published is None:
        raise InputError(Code.E025, where)
    return Document(id=doc_id, published=published, text=page.text, source=where)


def decode(raw: bytes, where: str) -> str:
    if b"\x00" in raw:
        raise InputError(Code.E004, where)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(Code.E003, where) from None


def os_error(err: OSError, where: str) -> InputError:
    """The coded error for a file or folder the system would not let us read."""
    if err.errno == errno.ENOENT:
        return InputError(Code.E001, where)
    if err.errno == errno.ELOOP:
        return InputError(Code.E024, where)
    return InputError(Code.E002, where, detail=err.strerror or "unreadable")


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        raise os_error(err, str(path)) from None


def read_text_file(path: Path, default_date: date | None = None) -> Document:
    """One document (corpus text, Markdown or a web page); its id is the file name without its suffix."""
    where = str(path)
    raw = read_bytes(path)
    suffix = path.suffix.lower()
    if suffix in HTML:
        if b"\x00" in raw:
            raise InputError(Code.E004, where)
        return parse_html(raw, path.stem, where, default_date)
    text = decode(raw, where)
    if suffix == MARKDOWN:
        return parse_markdown(text, path.stem, where, default_date)
    return parse_corpus_text(text, path.stem, where, default_date)


def split_lines(text: str) -> list[str]:
    """Lines as JSON Lines defines them: only `\\n` ends a line (`str.splitlines` also splits on U+2028,
    U+0085 and others, which JSON allows raw inside a string)."""
    return [line.removesuffix("\r") for line in text.split("\n")]


def read_jsonl_lines(lines: Iterable[str], where: str, default_date: date | None = None) -> Iterator[ReadResult]:
    """Documents from JSON Lines `{"id", "date", "text"}`; a bad line is an error, not a stop."""
    for number, line in enumerate(lines, 1):
        if not line.strip(" \t\r\n"):
            continue
        try:
            yield jsonl_document(line, where, number, default_date)
        except InputError as err:
            yield err


def jsonl_document(line: str, where: str, number: int, default_date: date | None) -> Document:
    try:
        obj = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as err:
        raise InputError(Code.E008, where, line=number, detail=getattr(err, "msg", "nested too deeply")) from None
    if not isinstance(obj, dict):
        raise InputError(Code.E008, where, line=number, detail=f"a JSON {json_kind(obj)}")
    fields = ("id", "text") if default_date is not None else ("id", "date", "text")
    missing = next((k for k in fields if not str(obj.get(k) or "").strip()), None)
    if missing:
        raise InputError(Code.E009, where, line=number, detail=missing)
    here = f"{where}:{number}"
    published = parse_date(day_part(str(obj["date"])), here) if obj.get("date") else default_date
    return Document(id=str(obj["id"]), published=published, text=str(obj["text"]).strip(), source=here)


def day_part(value: str) -> str:
    """The day of an ISO timestamp (`2022-06-15T08:30:00Z`); anything else as given."""
    return value[:10] if ISO_TIME.match(value) else value


def json_kind(value: object) -> str:
    names = {list: "list", str: "string", int: "number", float: "number", bool: "true/false"}
    return "null" if value is None else names.get(type(value), "value")


def read_jsonl_file(path: Path, default_date: date | None = None) -> Iterator[ReadResult]:
    where = str(path)
    try:
        text = decode(read_bytes(path), where)
    except InputError as err:
        yield err
        return
    yield from read_jsonl_lines(split_lines(text), where, default_date)


def read_stream(stream: TextIO, name: str = "stdin", default_date: date | None = None) -> Iterator[ReadResult]:
    """stdin: JSON Lines when the first character is `{`, else one corpus document."""
    buffer = getattr(stream, "buffer", None)
    try:
        # decode the bytes ourselves, so bad stdin is reported like a bad file (E003, E004), not raised
        text = decode(buffer.read(), name) if buffer is not None else stream.read()
    except InputError as err:
        yield err
        return
    except OSError as err:
        yield os_error(err, name)
        return
    if text.lstrip().startswith("{"):
        yield from read_jsonl_lines(split_lines(text), name, default_date)
        return
    try:
        yield parse_corpus_text(text, name, name, default_date)
    except InputError as err:
        yield err


def walk(folder: Path) -> Found:
    """Every document below a folder in a stable order, the files of other kinds, and folders not opened."""
    errors: list[InputError] = []
    files: list[Path] = []
    for root, _dirs, names in os.walk(folder, onerror=lambda err: errors.append(os_error(err, err.filename))):
        # regular files, and links that lead nowhere (reported as E001/E024); not pipes or devices
        files.extend(p for p in (Path(root, name) for name in names) if p.is_file() or p.is_symlink())
    documents = sorted(p for p in files if is_document(p))
    others = sorted(p for p in files if not is_document(p) and not hidden(p.relative_to(folder)))
    return Found(documents, others, errors)


def is_document(path: Path) -> bool:
    """A file a folder is read for: by its suffix, except a README, which describes the folder."""
    return path.suffix.lower() in SUFFIXES and path.stem.upper() != "README"


def hidden(relative: Path) -> bool:
    """Under a dot-folder or a dot-file (.git, .DS_Store): not worth a warning."""
    return any(part.startswith(".") for part in relative.parts)


def read_folder(folder: Path, default_date: date | None) -> Iterator[ReadResult]:
    found = walk(folder)
    yield from found.errors
    if found.others:
        shown = ", ".join(str(p.relative_to(folder)) for p in found.others[:OTHERS_SHOWN])
        more = len(found.others) - OTHERS_SHOWN
        yield InputWarning(Code.E028, str(folder), detail=shown + (f" and {more} more" if more > 0 else ""))
    if not found.documents and not found.errors:
        yield InputError(Code.E026, str(folder))
    for file in found.documents:
        yield from read_file(file, default_date)


def read_file(file: Path, default_date: date | None) -> Iterator[ReadResult]:
    if file.suffix.lower() == JSONL:
        yield from read_jsonl_file(file, default_date)
        return
    try:
        yield read_text_file(file, default_date)
    except InputError as err:
        yield err


def read_path(path: Path, default_date: date | None) -> Iterator[ReadResult]:
    try:
        is_folder = stat.S_ISDIR(path.stat().st_mode)
    except OSError as err:
        yield os_error(err, str(path))
        return
    yield from (read_folder(path, default_date) if is_folder else read_file(path, default_date))


def screened(results: Iterable[ReadResult]) -> Iterator[ReadResult]:
    """Documents not in English become a warning (they would only yield nonsense events)."""
    for item in results:
        if isinstance(item, Document):
            verdict = check_english(item.text)
            if not verdict.english:
                yield InputWarning(Code.E027, item.source or item.id, detail=verdict.reason)
                continue
        yield item


def read_paths(paths: Iterable[str | Path], stdin: TextIO | None = None, default_date: date | None = None,
               warn: Callable[[InputWarning], None] | None = None) -> Iterator[Document | InputError]:
    """Every document under the given paths (`-` is stdin), in order, errors inline.

    Warnings (documents not in English, files of other kinds) go to `warn`; without it they are dropped
    (the documents they name are never yielded either way)."""
    for item in paths:
        if str(item) == "-":
            found = read_stream(stdin or sys.stdin, default_date=default_date)
        else:
            found = read_path(Path(item), default_date)
        for result in screened(found):
            if not isinstance(result, InputWarning):
                yield result
            elif warn is not None:
                warn(result)
