"""Is a document English? A cheap check on two counts, so a French or Russian page yields a warning
instead of nonsense events.

Why not a language-identification model: redline runs offline with no model downloads, and the
pipeline only reads English anyway, so what matters is "enough English to parse", not which language
it is. Two counts decide it: the share of letters that are ASCII (Cyrillic, Arabic, Chinese fail here)
and the share of words that are common English function words (the, of, and, said ...), which runs at
30-50% in English prose and under 10% in other Latin-script languages. Capitalised words (names) count for
neither, and short texts (a headline, a brief) are given the benefit of the doubt on the second count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FUNCTION_WORDS = frozenset("""
a about after against all also an and any are as at be been before being but by can could did do does
for from had has have he her him his how i if in into is it its last more most no not of on one or our
out over said says she so some than that the their them then there these they this those to two up
us was we were what when where which while who will with would you
""".split())
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
MIN_ASCII_SHARE = 0.6
MIN_FUNCTION_SHARE = 0.15
MIN_WORDS_FOR_FUNCTION_SHARE = 12


@dataclass(frozen=True)
class LanguageCheck:
    english: bool
    reason: str = ""


def check_english(text: str) -> LanguageCheck:
    """Whether `text` reads as English, with the count that says no (for the warning)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return LanguageCheck(False, "no letters")
    ascii_share = sum(c.isascii() for c in letters) / len(letters)
    if ascii_share < MIN_ASCII_SHARE:
        return LanguageCheck(False, f"{ascii_share:.0%} of its letters are Latin")
    # (names are no language's words: "Gang leader Jimmy Cherizier threatened a civil war unless Prime Minister
    # Ariel Henry resigned" is English with one function word in fourteen, or one in seven uncapitalised)
    words = [w for w in WORD.findall(text) if not w[0].isupper()]
    if len(words) < MIN_WORDS_FOR_FUNCTION_SHARE:
        return LanguageCheck(True)
    share = sum(w in FUNCTION_WORDS for w in words) / len(words)
    if share < MIN_FUNCTION_SHARE:
        return LanguageCheck(False, f"{share:.0%} of its words are common English words")
    return LanguageCheck(True)
