"""A phrase list as one trie regex matches exactly where the plain alternation of its phrases does."""

import random
import re

from redline.knowledge.phrases import phrase_trie

PHRASES = ["golf", "golf match", "war_", "warm front", "car crash", "car_", "a_b", "chess olympiad", "f1 (race)"]


def plain(phrases: list[str]) -> re.Pattern:
    """The alternation the trie stands for: longest first, `_` at the end meaning a word boundary."""
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p.removesuffix("_")) + (r"\b" if p.endswith("_") else "")
                                          for p in ordered) + ")")


def test_the_trie_matches_the_same_spans_as_the_alternation() -> None:
    trie, alternation = re.compile(r"\b" + phrase_trie(PHRASES)), plain(PHRASES)
    pieces = ["golf", " match", "war", "warm", " front", "m", "car", "s", " crash", "a_b", "chess olympiad",
              "f1 (race)", " ", ".", "x"]
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        found, expected = trie.search(text), alternation.search(text)
        assert (found and found.span()) == (expected and expected.span()), text


def test_a_whole_word_phrase_does_not_match_a_longer_word() -> None:
    trie = re.compile(r"\b" + phrase_trie(["war_", "golf"]))
    assert trie.search("a warm day") is None
    assert trie.search("the war began").group(0) == "war"
    assert trie.search("golfers").group(0) == "golf"  # (a phrase without `_` is a word's start)


def test_a_literal_underscore_inside_a_phrase_is_a_character() -> None:
    trie = re.compile(r"\b" + phrase_trie(["a_b"]))
    assert trie.search("x a_b y") is not None
    assert trie.search("x a y") is None
