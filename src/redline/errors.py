"""One exception hierarchy with coded messages, so users can search a code and tests can assert on it.

Library code raises these; only the CLI prints them and chooses the exit code. Every message has one
shape, `PATH[:LINE]: [Ennn] what is wrong`, and every code says what to do about it (`Code.advice`;
`catalogue()` lists both, and the README's table is checked against it).
"""

from __future__ import annotations

import re
from enum import Enum


class Code(str, Enum):
    """Catalogue of error codes: each member is `(message template, what to do)`.

    The value is the message template (so `code.value.format(...)` gives the message); `advice` says
    what to do. A member written as a bare string has no advice yet (the catalogue test flags it).
    """

    def __new__(cls, template: str, advice: str = "") -> Code:
        member = str.__new__(cls, template)
        member._value_ = template
        member.advice = advice
        return member

    E001 = ("file not found", "check the path; a folder is read recursively")
    E002 = ("cannot read: {detail}", "check the permissions of the file or folder")
    E003 = ("not UTF-8 text", "convert the file to UTF-8 (e.g. `iconv -f latin1 -t utf-8`)")
    E004 = ("looks binary (contains NUL bytes)", "give text files only; UTF-16 files count as binary")
    E005 = ("empty document", "the document has no text after its date")
    E006 = ("missing date: a document starts with 'date YYYY-MM-DD'",
            "add a first line `date YYYY-MM-DD`, or give the date with `--date YYYY-MM-DD`")
    E007 = ("impossible date '{detail}'", "the day does not exist in the calendar (e.g. 2021-02-30); fix it")
    E008 = ("not a JSON object: {detail}", "each line of a .jsonl file is one object {\"id\", \"date\", \"text\"}")
    E009 = ("missing or empty field '{detail}'", "each JSON Lines record needs a non-empty id, date and text")
    E010 = ("bad knowledge file: {detail}", "fix the data or actor file named in the message")
    E011 = ("spaCy model '{detail}' is not installed; run `make install`", "run `make install`")
    # E012-E019 are reserved.
    E020 = ("'{detail}' is not a YYYY-MM-DD date", "write dates as four-digit year, month and day: 2021-03-05")
    E021 = ("date '{detail}' is outside 1900-2100", "a publication date must lie between 1900-01-01 and "
            "2100-12-31; fix the date")
    E022 = ("the output would overwrite or lie among the input: {detail}",
            "write the output outside every input file and folder")
    E023 = ("cannot write the output: {detail}", "give -o a file name in a folder that exists and is writable")
    E024 = ("symbolic link loop", "fix or remove the symbolic link")
    E025 = ("no publication date found in the page", "give the date with `--date YYYY-MM-DD`")
    E026 = ("no documents (.txt, .jsonl, .md, .html, .htm) in this folder", "point redline at the documents")
    E027 = ("not English ({detail}); no records", "redline reads English text only; the document was skipped")
    E028 = ("other files not read: {detail}", "redline reads .txt, .jsonl, .md, .html and .htm; rename or "
            "convert the others if they are documents")
    E029 = ("interrupted; {detail}", "run again; an output file is only replaced by a finished run")
    E030 = ("could not be processed (internal error {detail}); no records",
            "please report it with the document; the other documents were processed")
    E031 = ("internal error {detail}", "please report it with the command line and input")
    E032 = ("no text found in the page", "the page has no main text redline can read")
    # E033-E039 are reserved. E040-E059: the corpus store.
    E040 = ("cannot open the store: {detail}", "give --db (or REDLINE_DB) a DuckDB file made by redline, in a "
            "folder that exists and is writable")
    E041 = ("the store is busy: {detail}", "another process held the store longer than redline waits; run "
            "again when that ingest or export has finished")
    E042 = ("no store here", "run `redline ingest` first, or give --db (or REDLINE_DB) the store's path")
    E043 = ("the store's schema is version {detail}", "a store made by a newer redline needs that redline; "
            "an older store is upgraded by the next `redline ingest`")
    E044 = ("--format parquet needs --out FILE", "give --out FILE: Parquet is a binary file, not text for a "
            "terminal")
    E045 = ("cannot use the Dask cluster: {detail}", "check the scheduler's address (tcp://HOST:8786) and that "
            "every worker has the same redline installed")
    E046 = ("no incident '{detail}' in the store", "give an incident id as `redline export` writes it (the "
            "`incident` of an event), e.g. 2021-03-07-assault-3f2a9c1e")
    E047 = ("no events between {detail} in the store", "name each actor by its id, its name or its ISO3 "
            "country code (USA), as the exported events give them")
    E048 = ("cannot draw the chart: {detail}", "give --plot a file ending in .png, .svg or .pdf, in a folder that "
            "exists and is writable")
    E049 = ("no event '{detail}' in the store", "give an event's key as `redline export` writes it (`key`: the "
            "document id, '#' and the event's number), e.g. 2021-03-08-harbor-drone-wire#1")
    E050 = ("no actor '{detail}' in the store", "give an actor's `key` as the actor list gives it: its id, "
            "else its name and ISO3 country")
    E051 = ("no document '{detail}' in the store", "give a document's id as `redline export` writes it "
            "(`doc_id`)")


PYTHON_TYPE = re.compile(r"<class '(?:\w+\.)*(\w+)'>")
TYPE_WORDS = {"str": "text", "int": "a whole number", "float": "a number", "list": "a list", "dict": "a mapping",
              "bool": "true or false", "NoneType": "null"}


def readable(message: str) -> str:
    """No Python type reprs in what users read: `<class 'str'>` (as callers that format a type write it, e.g.
    the knowledge loader's field checks) becomes `text`."""
    return PYTHON_TYPE.sub(lambda m: TYPE_WORDS.get(m.group(1), m.group(1)), message)


def catalogue() -> list[tuple[str, str, str]]:
    """Every code with its message template and what to do, in order."""
    return [(code.name, code.value, code.advice) for code in Code]


class RedlineError(Exception):
    """Base of every error redline raises on purpose."""

    def __init__(self, code: Code, where: str = "", line: int | None = None, **fields: object) -> None:
        self.code = code
        self.where = f"{where}:{line}" if line is not None else where
        self.fields = fields
        self.message = readable(code.value.format(**fields) if fields else code.value)
        super().__init__(f"{self.where}: [{code.name}] {self.message}" if self.where
                         else f"[{code.name}] {self.message}")


class InputError(RedlineError):
    """A document could not be read; the batch goes on without it."""


class InputWarning(RedlineError):
    """Something was read but not used (a document not in English, files of another kind); the run goes on."""


class OutputError(RedlineError):
    """The output cannot be written where it was asked for; nothing is read."""


class StoreError(RedlineError):
    """The corpus store cannot be opened, is busy, or cannot be written; nothing more is read."""


class DataError(RedlineError):
    """A knowledge file under data/ is malformed."""
