"""Find who speaks where: embedded posts and quoted spans, before any parsing.

Posts are recognised by their signature (`TEXT — NAME (@handle) Month D, YYYY`) at the end of a
paragraph; their `pic.twitter.com` / `t.co` links, before the signature or after its date (as
embeds copied from X print them), are kept apart from the text. Quoted spans are
curly or straight double quotes. Speakers of quotes are attributed later, on the parse
(`speakers.py`); everything outside posts and quotes is the author's voice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from .model import Post

PARAGRAPH = re.compile(r"[^\r\n][^\n]*(?:\n(?![ \t\r]*\n)[^\n]*)*")  # \r: CRLF files too
SIGNATURE = re.compile(
    r"[ \t]*[—–]+[ \t]*(?P<author>[^—–\n()@]{1,80}?)[ \t]*\(@(?P<handle>\w{1,30})\)[ \t]*"
    r"(?P<date>[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]*\d{4})"
    r"(?P<trail>(?:[ \t]+(?:https?://|pic\.twitter\.com/|t\.co/)\S+)*)[ \t]*\Z"
)
LINK = re.compile(r"(?:https?://|\bpic\.twitter\.com/|\bt\.co/)\S+")
SEPARATORS = " \t|·—–-"


@dataclass(frozen=True)
class QuoteSpan:
    """Quoted words (without the marks) and where they sit in the document."""

    text: str
    start: int
    end: int


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each blank-line-separated paragraph."""
    for match in PARAGRAPH.finditer(text):
        yield match.start(), match.end()


def post_date(value: str) -> date | None:
    """`December 31, 2019` or `Dec. 31, 2019`; None when it is not a real date."""
    cleaned = re.sub(r"\s+", " ", value.replace(".", ""))
    cleaned = re.sub(r"^Sept\b", "Sep", cleaned)  # "Sept. 14, 2022": strptime knows only "Sep"
    for fmt in ("%B %d, %Y", "%b %d, %Y"):
        try:
            return datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    return None


def find_posts(text: str) -> list[Post]:
    """Every paragraph that ends in a post signature, with its text, links, author, handle and date."""
    posts = []
    for start, end in paragraphs(text):
        para = text[start:end].rstrip()
        sig = SIGNATURE.search(para)
        if not sig:
            continue
        body = para[: sig.start()]
        links = tuple(m.group(0) for m in LINK.finditer(body + sig.group("trail")))
        first_link = LINK.search(body)
        visible = body[: first_link.start()] if first_link else body
        # Links and the `|` separators before them trail the text; what precedes them is the post.
        visible = visible.rstrip(SEPARATORS)
        lead = len(visible) - len(visible.lstrip())
        posts.append(Post(
            author=sig.group("author").strip(), handle=sig.group("handle"),
            date=post_date(sig.group("date")), text=visible.strip(), links=links,
            start=start, end=start + len(para), text_start=start + lead, text_end=start + len(visible),
        ))
    return posts


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Double-quoted spans. A curly quote left open runs to the end of its paragraph (block quote)."""
    spans: list[QuoteSpan] = []
    for p_start, p_end in paragraphs(text):
        para = text[p_start:p_end]
        i = 0
        while i < len(para):
            ch = para[i]
            if ch == "“":
                close = para.find("”", i + 1)
                stop = close if close != -1 else len(para)
                spans.append(_span(text, p_start + i + 1, p_start + stop))
                i = stop + 1
            elif ch == '"':
                close = para.find('"', i + 1)
                if close == -1:
                    break
                spans.append(_span(text, p_start + i + 1, p_start + close))
                i = close + 1
            else:
                i += 1
    return [s for s in spans if s.text]


def _span(text: str, start: int, end: int) -> QuoteSpan:
    raw = text[start:end]
    lead = len(raw) - len(raw.lstrip())
    inner = raw.strip()
    return QuoteSpan(inner, start + lead, start + lead + len(inner))


def post_at(posts: list[Post], offset: int) -> Post | None:
    """The post whose paragraph holds this offset, if any."""
    return next((p for p in posts if p.start <= offset < p.end), None)
