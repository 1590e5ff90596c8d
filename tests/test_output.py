"""output.py alone: the JSON Lines records of one hand-built DocumentResult (no parsing, no extraction).
Only the basics the scorer reads are pinned here: kinds and their order, ids, ISO dates, actors, offsets."""

from __future__ import annotations

import json
from datetime import date

from redline.model import Actor, Document, DocumentResult, Event, Post, Quote
from redline.output import records, to_jsonl

TEXT = "Rebels shelled Port Arlen on Monday. “We will answer,” said Inès Vark."
VARK = Actor("Inès Vark", ("the mayor",), "RDN", "person", id="ines-vark")


def result() -> DocumentResult:
    shelling = Event(event_type="ASSAULT", mode="artillery", source=Actor("Rebels", (), None, "armed_group"),
                     target=None, date=date(2021, 3, 1), evidence=TEXT[:36], start=0, end=36, trigger="shelled",
                     rule="verb:shell", place="Port Arlen", killed=3, approx=True, mentions=((0, 36),), id=1)
    quote = Quote(text="We will answer,", start=38, end=53, speaker=VARK, via="quote", sentence=TEXT[37:])
    post = Post(author="Inès Vark", handle="inesvark", date=date(2021, 3, 2), text="Port Arlen stands.",
                links=("pic.twitter.com/AbC",), start=80, end=140, text_start=80, text_end=98)
    return DocumentResult(document=Document("arlen", date(2021, 3, 2), TEXT), events=[shelling], quotes=[quote],
                          posts=[post])


def test_one_record_per_event_quote_and_post_in_that_order() -> None:
    recs = list(records(result()))
    assert [r["kind"] for r in recs] == ["event", "quote", "post"]
    assert {r["doc_id"] for r in recs} == {"arlen"}


def test_an_event_record_carries_its_evidence_and_actors() -> None:
    event = next(r for r in records(result()) if r["kind"] == "event")
    assert (event["event_type"], event["mode"], event["date"]) == ("ASSAULT", "artillery", "2021-03-01")
    assert event["source"]["name"] == "Rebels" and event["target"] is None
    assert (event["killed"], event["wounded"], event["approx"]) == (3, None, True)
    assert (event["start"], event["end"], event["mentions"]) == (0, 36, [[0, 36]])
    assert event["evidence"] == "Rebels shelled Port Arlen on Monday."
    assert (event["trigger"], event["rule"], event["via"]) == ("shelled", "verb:shell", "author")


def test_quote_and_post_records() -> None:
    _, quote, post = records(result())
    assert quote["speaker"] == {"name": "Inès Vark", "aliases": ["the mayor"], "country": "RDN", "kind": "person",
                                "id": "ines-vark"}
    assert (quote["text"], quote["via"], quote["start"], quote["end"]) == ("We will answer,", "quote", 38, 53)
    assert (post["author"], post["handle"], post["date"]) == ("Inès Vark", "inesvark", "2021-03-02")
    assert post["links"] == ["pic.twitter.com/AbC"]


def test_an_empty_result_has_no_records() -> None:
    assert list(records(DocumentResult(document=Document("empty", date(2021, 3, 2), "")))) == []


def test_to_jsonl_is_one_line_of_json_that_keeps_accents() -> None:
    for rec in records(result()):
        line = to_jsonl(rec)
        assert "\n" not in line and json.loads(line) == rec
    assert "Inès" in to_jsonl(next(r for r in records(result()) if r["kind"] == "quote"))
