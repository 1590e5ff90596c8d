"""A case-insensitive pattern that answers whether it occurs in a text about three times faster: the text is
lowercased and searched by a case-sensitive compilation of the pattern, which Python's `re` runs much faster
than a case-insensitive one (dates.yaml's screen and its anaphoric times are searched in every sentence).

The two answer alike when every letter the pattern names is lowercase ASCII, or a character without case: then
a letter of the text matches it in either case exactly when its lowercase does, and `\\w`, `\\d`, `\\s` and
`\\b` take a character exactly when they take its lowercase. Four characters break that by Unicode's rules
(dotless "ı", long "ſ", "İ" and the Kelvin sign match "i", "s", "i" and "k" though their lowercase is not that
letter, or is two characters), and so may the four ASCII separators Unicode counts as spaces (\\x1c-\\x1f): a
text with one of them stays on the case-insensitive path, and so does a pattern with an uppercase letter, a
non-ASCII letter, a range reaching past ASCII, or a part where case counts again (`(?-i:...)`). A text's
curly quotes, dashes and accented names do not matter (tests/extract/test_caseless.py checks every character).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _parser  # (a pattern's parse tree: where its letters, ranges and flags are)

# (characters whose case-insensitive match is not their lowercase's, and the separators \\s takes in Unicode)
UNFOLDED = re.compile("[\x1c-\x1f\u0130\u0131\u017f\u212a]")


class Caseless:
    """A pattern compiled with re.I; `found_in` answers by a case-sensitive twin over the lowercased text
    when the pattern and the text allow (see above); `search` and `finditer` give the case-insensitive matches."""

    def __init__(self, pattern: str) -> None:
        self.regex = re.compile(pattern, re.I)
        self.pattern = pattern
        self.lowered = lowercase_twin(pattern)
        self.needles = needles(_parser.parse(pattern, re.I)) if self.lowered is not None else None

    def found_in(self, text: str, lowered: str | None = None) -> bool:
        """Whether the pattern matches somewhere in the text; `lowered` is `lowered_text(text)` when the caller
        asks several patterns about one text."""
        if self.lowered is not None and (lowered := lowered or lowered_text(text)):
            if self.needles and not any(needle in lowered for needle in self.needles):
                return False  # (a substring test costs a tenth of a search; most texts hold none of them)
            return self.lowered.search(lowered) is not None
        return self.regex.search(text) is not None

    def search(self, text: str) -> re.Match | None:
        return self.regex.search(text)

    def finditer(self, text: str) -> Iterator[re.Match]:
        return self.regex.finditer(text)


def lowered_text(text: str) -> str:
    """The text lowercased, or "" when a twin might answer otherwise on it (see above)."""
    return text.lower() if UNFOLDED.search(text) is None else ""


def lowercase_twin(pattern: str) -> re.Pattern | None:
    """The pattern compiled case-sensitively, or None when it might answer otherwise on a lowercased ASCII text."""
    try:
        return re.compile(pattern) if lowercase_letters(_parser.parse(pattern, re.I)) else None
    except re.error:
        return None


def lowercase_letters(node: object) -> bool:
    """Whether every literal of a parsed pattern is lowercase ASCII or has no case ("’", "–"), every range is
    ASCII without uppercase letters, and no part turns case-insensitivity off."""
    if isinstance(node, tuple) and len(node) == 2 and (node[0] is _parser.LITERAL or node[0] is _parser.NOT_LITERAL):
        char = chr(node[1])
        return char.lower() == char and (char.isascii() or char == char.upper())
    if isinstance(node, tuple) and len(node) == 2 and node[0] is _parser.RANGE:
        low, high = node[1]
        return high < 0x80 and not (low <= ord("Z") and high >= ord("A"))
    if isinstance(node, tuple) and len(node) == 2 and node[0] is _parser.SUBPATTERN and node[1][2] & re.I:
        return False  # (?-i:...)
    if isinstance(node, _parser.SubPattern):
        node = node.data
    return not isinstance(node, (tuple, list)) or all(lowercase_letters(part) for part in node)


def needles(node: object) -> tuple[str, ...] | None:
    """Words one of which every match of the parsed pattern holds ("ago" in "(\\d+) days? ago"; each weekday
    in "(monday|tuesday|...)"), or None when no such words of three characters or more are found."""
    if isinstance(node, _parser.SubPattern):
        node = node.data
    if isinstance(node, list):  # a sequence: its longest literal run, or a group every match goes through
        found = [(run,) for run in literal_runs(node) if len(run) >= 3] + [n for item in node if (n := needles(item))]
        return max(found, key=lambda words: (min(map(len, words)), -len(words)), default=None)
    op, arg = node if isinstance(node, tuple) and len(node) == 2 else (None, None)
    if op is _parser.SUBPATTERN:
        return needles(arg[3])
    if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT) and arg[0] >= 1:
        return needles(arg[2])
    if op is _parser.BRANCH:
        each = [needles(branch) for branch in arg[1]]
        return None if any(n is None for n in each) else tuple(dict.fromkeys(w for n in each for w in n))
    return None


def literal_runs(items: list) -> list[str]:
    """The runs of consecutive literal characters in a parsed sequence."""
    runs, run = [], ""
    for item in items:
        if isinstance(item, tuple) and item[0] is _parser.LITERAL:
            run += chr(item[1])
        else:
            runs.append(run)
            run = ""
    return [r for r in runs + [run] if r]
