"""Number words and casualty counts."""

import pytest

from redline.numbers import words_to_int


@pytest.mark.parametrize(("text", "value"), [
    ("25", 25), ("1,200", 1200), ("twenty-five", 25), ("two dozen", 24), ("a dozen", 12),
    ("three hundred", 300), ("one hundred and seventy-six", 176), ("dozens", None), ("many", None),
])
def test_words_to_int(text: str, value: int | None) -> None:
    assert words_to_int(text) == value


def test_counts_in_sentences(extractor) -> None:
    from redline.numbers import casualties

    nlp = extractor.parser
    kill, wound = extractor.kill_verbs, extractor.wound_verbs
    cases = {
        "A police officer was killed and three bystanders were injured.": (1, 3),
        "Nobody was killed in the blast.": (0, None),
        "Officials said more than thirty people died.": (30, None),
        "Dozens of people were wounded.": (None, None),
    }
    for text, expected in cases.items():
        killed, wounded = casualties(nlp(text)[:], kill, wound)
        got = (killed.value if killed else None, wounded.value if wounded else None)
        assert got == expected, text
