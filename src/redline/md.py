"""Markdown to plain text: the words a reader sees, without the markup.

markdown-it-py is used rather than regular expressions because it is a CommonMark-compliant parser
that rich already depends on (so it costs no install), and its token stream tells a heading, a link,
an image and a code fence apart exactly, where patterns would guess at nested emphasis or fences.

Headings and paragraphs become lines separated by a blank line (the sentence splitter ends a sentence
at a line break); links keep their text; emphasis and inline code keep their words; images, code
blocks, fences, raw HTML and rules are dropped.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

DROPPED_BLOCKS = {"fence", "code_block", "html_block", "hr"}
BLOCK_ENDS = {"paragraph_close", "heading_close", "tr_close"}
CELL_ENDS = {"th_close", "td_close"}


def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


def inline_text(token: Token) -> str:
    """The visible words of one inline token: text, code and link text; no images or raw HTML."""
    out = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type == "softbreak":
            out.append(" ")
        elif child.type == "hardbreak":
            out.append("\n")
    return "".join(out)


def markdown_text(source: str) -> str:
    """Plain text of a Markdown document: one block per paragraph or heading, blank lines between."""
    blocks: list[str] = []
    current: list[str] = []
    for token in _parser().parse(source):
        if token.type in DROPPED_BLOCKS:
            continue
        if token.type == "inline":
            current.append(inline_text(token))
        elif token.type in CELL_ENDS:
            current.append(" ")
        if token.type in BLOCK_ENDS:
            text = "".join(current).strip()
            if text:
                blocks.append(text)
            current = []
    return "\n\n".join(blocks)
