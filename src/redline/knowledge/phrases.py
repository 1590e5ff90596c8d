"""A list of literal phrases as one regex that Python's `re` searches fast: the phrases share their prefixes
(a trie), so at each position of a text only the branches that go on matching are tried instead of every
phrase in turn (for the phrases of discards.yaml, about eight times faster).
"""

from __future__ import annotations

import re

WORD_END = "_"  # a phrase ending in it matches to a word's end ("war_" is not "warm")
# the marks of a phrase ending at a trie node: keys of two characters, so that no character of a phrase is one
ENDS_HERE, ENDS_AT_WORD_END = "<>", r"\b"


def phrase_trie(phrases: list[str]) -> str:
    """A regex (source) matching where one of the phrases does, taken literally; one that ends in `_` ends at a
    word boundary. At a position it matches the longest phrase there."""
    root: dict = {}
    for phrase in phrases:
        node = root
        for char in phrase.removesuffix(WORD_END):
            node = node.setdefault(char, {})
        node[ENDS_AT_WORD_END if phrase.endswith(WORD_END) else ENDS_HERE] = {}
    return _branches(root)


def _branches(node: dict) -> str:
    """One trie node as a regex: each longer phrase first, then the end of a phrase that ends here (a word
    boundary for a whole word, else nothing more)."""
    alternatives = [re.escape(char) + _branches(child) for char, child in node.items()
                    if char not in (ENDS_HERE, ENDS_AT_WORD_END)]
    alternatives += [ENDS_AT_WORD_END] if ENDS_AT_WORD_END in node else []
    alternatives += [""] if ENDS_HERE in node else []
    if len(alternatives) == 1:
        return alternatives[0]
    return "(?:" + "|".join(alternatives) + ")"
