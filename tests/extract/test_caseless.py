"""A case-insensitive pattern's quick answer (a lowercased ASCII text, searched case-sensitively) is the answer
of re.I. Sentences written for these tests."""

import random
import re

from redline.extract.caseless import UNFOLDED, Caseless

PATTERNS = [r"\b(?:on )?the same day\b", r"\b(?:in|during)\s+((?:19|20)\d\d)\b(?![-–/])", r"\b\d{1,2} ?[a-z]+\b",
            r"\bnext ([a-z]+day)(?:'s|’s)?\b", r"[^a-z ]{2}", r"\b(\w+) and \1\b", r"\b(\d+|two) days? ago\b",
            r"\b(?:yesterday|last night)\b", r"\b(tuesday|friday)(?:'s)?\b", r"(?:a|b)c+ days"]
SENTENCES = ["Rebels shelled the port on Monday's market day.", "THE SAME DAY the envoy left.", "In 2019 war came.",
             "during 2020-21 the talks stalled", "Talks resumed 3 March.", "Aid and aid arrived next Tuesday’s noon.",
             "Strikes hit the ſame day.", "NEXT FRIDAY", "unrest\x1cthe same day", "“São Tomé” said – on the SAME DAY",
             "İn 2019 the \u212aremlin met", "ıN 2020 talks", "Élysée and élysée left NEXT THURSDAY’S",
             "Two DAYS AGO, or 3 days ago", "Last Night and YESTERDAY", "Friday's talks", "tuesdays"]


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


def test_a_match_holds_one_of_the_needles() -> None:
    assert Caseless(r"\b(\d+|two) days? ago\b").needles == (" day",)  # (the first of the longest runs)
    assert Caseless(r"\b(?:yesterday|last night)\b").needles == ("yesterday", "last night")
    assert Caseless(r"\b(\w+) and \1\b").needles == (" and ",)
    assert Caseless(r"\b(?:a|bc)\b").needles is None  # (no word of three letters every match holds)


def test_search_gives_the_case_insensitive_match_as_written() -> None:
    assert Caseless(r"later that day").search("They met Later That Day.").group(0) == "Later That Day"


def test_every_character_but_four_folds_as_its_lowercase() -> None:
    """Why a text's other characters may be lowercased: `\\w`, `\\d` and `\\s` take each exactly when they take
    its lowercase, and re.I matches it with an ASCII letter exactly when its lowercase is one."""
    classes = [re.compile(c) for c in (r"\w", r"\d", r"\s")]
    letter = re.compile("[a-z]", re.I)
    odd = set()
    for code in range(0x80, 0x110000):
        char = chr(code)
        low = char.lower()
        if len(low) != 1 or any(bool(c.match(char)) != bool(c.match(low)) for c in classes) \
                or bool(letter.match(char)) != (low.isascii() and low.isalpha()):
            odd.add(char)
    assert odd <= set(UNFOLDED.pattern)
