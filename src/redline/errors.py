"""One exception hierarchy with coded messages, so users can search a code and tests can assert on it.

Library code raises these; only the CLI prints them and chooses the exit code.
"""

from __future__ import annotations

from enum import Enum


class Code(str, Enum):
    """Catalogue of error codes and their message templates."""

    E001 = "file not found"
    E002 = "cannot read file: {detail}"
    E003 = "not UTF-8 text"
    E004 = "looks binary (contains NUL bytes)"
    E005 = "empty document"
    E006 = "missing date: a document starts with 'date YYYY-MM-DD'"
    E007 = "impossible date '{detail}'"
    E008 = "line {line}: not a JSON object: {detail}"
    E009 = "line {line}: missing or empty field '{detail}'"
    E010 = "data file {detail}"
    E011 = "spaCy model '{detail}' is not installed; run `make install`"


class RedlineError(Exception):
    """Base of every error redline raises on purpose."""

    def __init__(self, code: Code, where: str = "", **fields: object) -> None:
        self.code = code
        self.where = where
        self.fields = fields
        message = code.value.format(**fields) if fields else code.value
        super().__init__(f"{where}: [{code.name}] {message}" if where else f"[{code.name}] {message}")


class InputError(RedlineError):
    """A document could not be read; the batch goes on without it."""


class DataError(RedlineError):
    """A knowledge file under data/ is malformed."""
