"""A case-insensitive pattern's quick answer (a lowercased ASCII text, searched case-sensitively) is the answer
of re.I. Sentences written for these tests."""

import random
import re

from redline.extract.caseless import Caseless

PATTERNS = [r"\b(?:on )?the same day\b", r"\b(?:in|during)\s+((?:19|20)\d\d)\b(?![-–/])", r"\b\d{1,2} ?[a-z]+\b",
            r"\bnext ([a-z]+day)(?:'s|’s)?\b", r"[^a-z ]{2}", r"\b(\w+) and \1\b"]
SENTENCES = ["Rebels shelled the port on Monday's market day.", "THE SAME DAY the envoy left.", "In 2019 war came.",
             "during 2020-21 the talks stalled", "Talks resumed 3 March.", "Aid and aid arrived next Tuesday’s noon.",
             "Strikes hit the ſame day.", "NEXT FRIDAY", "unrest\x1cthe same day"]


def test_the_quick_answer_is_that_of_the_case_insensitive_pattern() -> None:
    rng = random.Random(11)
    words = " ".join(SENTENCES).split()
    texts = SENTENCES + [" ".join(rng.choice(words) for _ in range(rng.randint(1, 8))) for _ in range(2000)]
    texts += [t.swapcase() for t in texts[:200]]
    for pattern in PATTERNS:
        caseless = Caseless(pattern)
        for text in texts:
            assert caseless.found_in(text) == (re.search(pattern, text, re.I) is not None), (pattern, text)


def test_a_pattern_that_could_answer_otherwise_has_no_quick_twin() -> None:
    assert Caseless(r"\bthe same day\b").lowered is not None
    assert Caseless("\u212a").lowered is None  # the Kelvin sign matches "k" by Unicode's rules only
    assert Caseless(r"[\u0100-\u2200]").lowered is None  # (and so does a range that holds it)
    assert Caseless("Monday").lowered is None  # an uppercase letter
    assert Caseless("(?-i:x)y").lowered is None  # case counts again
    assert Caseless("\u212a").found_in("k")  # (on the case-insensitive path)


def test_search_gives_the_case_insensitive_match_as_written() -> None:
    assert Caseless(r"later that day").search("They met Later That Day.").group(0) == "Later That Day"
