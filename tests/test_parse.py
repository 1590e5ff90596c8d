"""parse.py: long texts are parsed in pieces cut at paragraph ends and joined back with the whole text's offsets."""

from __future__ import annotations

from datetime import date

from redline.model import Document
from redline.parse import pieces

REPORT = ("Gunmen attacked a police post in Marlow on Monday, killing two officers.\n\n"
          "The interior ministry condemned the attack.\n")


def test_pieces_join_back_to_the_text_and_keep_to_their_size() -> None:
    text = REPORT * 40
    parts = pieces(text, 500)
    assert "".join(parts) == text
    assert len(parts) > 1 and all(len(p) <= 500 for p in parts)
    assert all(p.endswith("\n") for p in parts[:-1])  # cut at paragraph ends


def test_a_paragraph_longer_than_a_piece_is_cut_after_a_sentence_then_a_space() -> None:
    sentences = "The army shelled the town. " * 10
    assert all(p.endswith(". ") for p in pieces(sentences, 100)[:-1])
    words = "word " * 50
    assert "".join(pieces(words, 30)) == words and all(p.endswith(" ") for p in pieces(words, 30)[:-1])
    assert pieces("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]
    assert pieces("", 10) == [""]


def test_a_text_parsed_in_pieces_keeps_its_offsets(extractor) -> None:
    parser = extractor.parser
    saved = parser.piece_chars
    parser.piece_chars = 200
    try:
        text = REPORT * 5
        ((doc, tag),) = list(parser.pipe_with([(text, "t")]))
    finally:
        parser.piece_chars = saved
    assert tag == "t" and doc.text == text
    marlow = [t.idx for t in doc if t.text == "Marlow"]
    assert marlow == [i for i in range(len(text)) if text.startswith("Marlow", i)]
    assert len(list(doc.sents)) >= 10


def test_a_document_over_a_million_characters_is_processed_beside_a_good_one(extractor) -> None:
    # 1,100,000 characters in 1,100 long tokens, so the test stays fast; spaCy alone refuses it (E088)
    huge = Document("huge", date(2021, 3, 9), ("y" * 999 + " ") * 1100)
    good = Document("good", date(2021, 3, 9), REPORT)
    results = list(extractor.extract([huge, good]))
    assert [r.document.id for r in results] == ["huge", "good"]
    assert all(r.error is None for r in results)
    assert any(e.event_type == "ASSAULT" for e in results[1].events)
