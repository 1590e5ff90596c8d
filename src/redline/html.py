"""Web pages: the article's main text and its publication date, read with trafilatura (no network).

trafilatura drops navigation, scripts, bylines, footers and other boilerplate, and finds the date in
the page's metadata and markup (htmldate). Paragraphs come back one to a line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import trafilatura


@dataclass(frozen=True)
class Page:
    text: str
    published: date | None


def read_page(raw: bytes | str) -> Page | None:
    """The page's main text and date, or None when it has no main text (or trafilatura cannot parse it)."""
    try:
        found = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False,
                                            include_tables=False, favor_precision=True)
    except Exception:  # a malformed page is one document that cannot be read, never a crash
        return None
    text = (getattr(found, "text", None) or "").strip() if found is not None else ""
    if not text:
        return None
    return Page(text=text, published=page_date(getattr(found, "date", None)))


def page_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
