"""What every page route shares: the templates, the page and error responses, and reading the query
string (blank form fields are no filter; a bad date is a 400 page, not a JSON error).

Templates autoescape everything; text from the store is never marked safe.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache
from pathlib import Path
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ...errors import Code, RedlineError
from ..svg import TYPE_COLOURS

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
NOT_FOUND = frozenset({Code.E046, Code.E047, Code.E049, Code.E050, Code.E051})
TYPES = tuple(TYPE_COLOURS)  # the PLOVER types, for the type filter


class BadQuery(ValueError):
    """A query parameter that cannot be read (its name and what is wrong with it)."""


@cache
def templates() -> Jinja2Templates:
    """The page templates (built once per process; Jinja's autoescape is on for .html)."""
    return Jinja2Templates(directory=str(TEMPLATES))


def page(request: Request, name: str, status: int = 200, **context: object) -> HTMLResponse:
    """The template `name` rendered with `context` (plus `request` and the type list)."""
    return templates().TemplateResponse(request, name, {"types": TYPES, **context}, status_code=status)


def problem(request: Request, err: Exception) -> HTMLResponse:
    """The error page of a failed lookup: 404 when the item is not in the store, 400 for a bad query
    parameter, 503 when the store cannot be read. Raises `err` again when it is none of these."""
    if isinstance(err, BadQuery):
        return page(request, "error.html", 400, heading="Bad request", message=str(err))
    if not isinstance(err, RedlineError):
        raise err
    if err.code in NOT_FOUND:
        return page(request, "error.html", 404, heading="Not found", message=err.message)
    return page(request, "error.html", 503, heading="The store cannot be read", message=err.message)


def guarded(request: Request, build: Callable[[], HTMLResponse]) -> HTMLResponse:
    """`build()`, or the error page of the RedlineError or BadQuery it raised."""
    try:
        return build()
    except (RedlineError, BadQuery) as err:
        return problem(request, err)


def text(value: str | None) -> str | None:
    """A text parameter: stripped, None when blank."""
    value = (value or "").strip()
    return value or None


def day(name: str, value: str | None) -> date | None:
    """A YYYY-MM-DD parameter (None when blank). Raises BadQuery for anything else."""
    value = text(value)
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadQuery(f"{name}: '{value}' is not a date (YYYY-MM-DD)") from None


def count(name: str, value: str | None) -> int:
    """A whole number parameter, 0 when blank or negative. Raises BadQuery for anything else."""
    value = text(value)
    if value is None:
        return 0
    try:
        return max(0, int(value))
    except ValueError:
        raise BadQuery(f"{name}: '{value}' is not a whole number") from None


def query_url(path: str, params: dict[str, object]) -> str:
    """`path` with the given parameters (blank ones left out) as its query string."""
    given = {k: str(v) for k, v in params.items() if v not in (None, "")}
    return f"{path}?{urlencode(given)}" if given else path
