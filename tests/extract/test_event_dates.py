"""extract/event_dates.py alone: `when` picks an event's day among the dates a sentence names and the days
the document named before, on sentences parsed once with a Setting built by hand (no extraction)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Span

from redline.extract.dates import DateMention, default_reader, find_dates
from redline.extract.event_dates import when
from redline.extract.setting import Setting

TUESDAY = date(2021, 3, 9)


def setting(sent: Span, ref: date = TUESDAY, context: DateMention | None = None,
            before: DateMention | None = None) -> Setting:
    """The author's sentence with the dates it names, the paragraph's day (`context`, also the day "the same day"
    and "the next day" count from, as in a document) and the last day named before that one (`before`)."""
    reader = default_reader()
    last = context.date if context is not None else None
    return Setting(sent, ref, "author", None, reader.find(sent.text, ref, sent.start_char, last), context,
                   before=before, anaphoric=reader.anaphoric.search(sent.text) is not None, last=context)


@pytest.fixture(scope="module")
def day_of(parse, candidates):
    """day_of(text, word, n=-1, ...) -> when() for trigger `word` in sentence n of `text`, its Setting built from
    the earlier sentences: the paragraph's day is the last day they name, `before` the one named before it."""

    def _day_of(text: str, word: str, n: int = -1, statement: bool = False) -> tuple[date | None, bool]:
        sents = list(parse(text).sents)
        sent = sents[n]
        named = [m for s in sents if s.end <= sent.start for m in find_dates(s.text, TUESDAY, s.start_char)]
        context, before = (named[-1] if named else None), (named[-2] if len(named) > 1 else None)
        trig = candidates(text)[word]
        assert sent.start <= trig.token.i < sent.end, (word, sent.text)
        mention, explicit = when(trig, setting(sent, context=context, before=before), statement)
        return (mention.date if mention is not None else None), explicit

    return _day_of


def test_a_sentences_own_date_is_the_events(day_of) -> None:
    assert day_of("Rebels attacked the northern garrison on Saturday.", "attacked") == (date(2021, 3, 6), True)


def test_a_date_in_a_clause_with_another_subject_is_that_clauses(day_of) -> None:
    text = "The shelling of the port last Friday killed two sailors and the army responded with airstrikes."
    assert day_of(text, "shelling") == (date(2021, 3, 5), True)
    assert day_of(text, "airstrikes")[0] != date(2021, 3, 5)  # (the day is the subject's, not its verb's)


def test_a_clause_joined_by_and_with_no_day_of_its_own_takes_the_day_of_the_first(day_of) -> None:
    text = "The rebels shelled the port last Friday and the army responded with airstrikes on their camps."
    assert day_of(text, "shelled") == (date(2021, 3, 5), True)
    assert day_of(text, "airstrikes") == (date(2021, 3, 5), True)
    own = "The rebels shelled the port last Friday and the army responded with airstrikes on Sunday."
    assert day_of(own, "airstrikes")[0] == date(2021, 3, 7)
    vowed = "The rebels shelled the port last Friday and the army has responded with airstrikes."
    assert day_of(vowed, "airstrikes")[0] != date(2021, 3, 5)  # (told in another tense)


def test_the_present_perfect_names_no_day(day_of) -> None:
    text = "Rebels shelled the port on Saturday. The sanctions on Caracas have done nothing to stop the crackdown."
    assert day_of(text, "sanctions") == (None, False)  # not the paragraph's Saturday either


def test_the_past_perfect_is_the_last_day_named_before_the_telling(day_of) -> None:
    text = ("Rebels shelled the port of Hodeidah on Saturday. The governor spoke to reporters on Monday. "
            "He said the navy had rejected a request for help.")
    assert day_of(text, "rejected") == (date(2021, 3, 6), False)  # Saturday, not Monday


def test_the_past_perfect_with_no_day_before_is_the_tellings(day_of) -> None:
    text = "The governor spoke to reporters on Monday. He said the navy had rejected a request for help."
    assert day_of(text, "rejected") == (date(2021, 3, 8), False)


def test_a_past_act_with_no_date_of_its_own_takes_the_paragraphs_day(day_of) -> None:
    text = "Rebels shelled the port on Saturday. The army detained two rebel commanders."
    assert day_of(text, "detained") == (date(2021, 3, 6), False)


def test_the_same_day_points_back_to_the_day_just_named(day_of) -> None:
    text = "Rebels shelled the port on Saturday. The army detained two rebel commanders the same day."
    assert day_of(text, "detained") == (date(2021, 3, 6), True)


def test_an_event_told_as_now_takes_the_day_of_writing(day_of) -> None:
    assert day_of("The opposition accuses the government of rigging the vote.", "accuses") == (TUESDAY, False)


def test_a_day_in_the_plan_an_act_governs_is_not_the_acts(run) -> None:
    text = "A rebel spokesman said on Saturday that the army had agreed to withdraw its troops on August 20."
    (event,) = [e for e in run(text, published="2022-08-14").events if e.event_type == "AGREE"]
    assert event.date.isoformat() == "2022-08-13"  # (not the plan's day, and never in the year before)


def test_an_act_told_in_the_past_perfect_is_not_said_to_be_on_the_tellings_day(day_of) -> None:
    """Its day is the telling's, which the act may precede: not explicit, so merging it into an earlier telling
    of the act ("The men fought with machetes", dated Monday) does not move that telling's day."""
    text = "A spokesman said on Friday that the rebels had crossed the border and attacked the patrol."
    assert day_of(text, "attacked") == (date(2021, 3, 5), False)
    assert day_of("A spokesman said the rebels attacked the patrol on Friday.", "attacked") == (date(2021, 3, 5), True)


def test_an_act_told_in_the_present_perfect_is_done_by_the_day_of_writing(day_of) -> None:
    # a finished act told as news: the day of writing (not said); a noun under one, or an ongoing act, has none
    assert day_of("Militia fighters have pulled out of the border town.", "pulled") == (TUESDAY, False)
    assert day_of("Nairobi has asked Kampala to hand the suspects over.", "asked") == (TUESDAY, False)
    assert day_of("The same gunmen have been killing protesters in the street.", "killing") == (None, False)


def test_a_day_in_a_clause_on_something_else_is_not_the_acts(day_of) -> None:
    # the day of the positions held, not of the call; but a clause on the act's own object dates the act
    text = "Rebels shelled the port on Saturday. The envoy called for a return to the lines held on March 2."
    assert day_of(text, "called")[0] != date(2021, 3, 2)
    text = "Rebels shot down the airliner that crashed on Sunday, the army admitted on Monday."
    assert day_of(text, "shot")[0] == date(2021, 3, 7)


def test_days_after_count_from_the_day_the_main_clause_names(run) -> None:
    # Friday 19 January 2024: "on Thursday, two days after" is the Tuesday, not two days before the writing
    text = "Azerbaijan shelled Armenian villages on Thursday, two days after Armenian troops attacked a border post."
    days = {e.source.country: e.date.isoformat() for e in run(text, published="2024-01-19").events}
    assert days == {"AZE": "2024-01-18", "ARM": "2024-01-16"}
    fronted = "Two days after Armenian troops attacked a border post, Azerbaijan shelled Armenian villages on Thursday."
    assert {e.source.country: e.date.isoformat() for e in run(fronted, published="2024-01-19").events} == days


def test_days_after_count_from_the_writing_when_the_main_clause_names_no_day(run) -> None:
    text = "Azerbaijan shelled Armenian villages, two days after Armenian troops attacked a border post."
    days = {e.source.country: e.date.isoformat() for e in run(text, published="2024-01-19").events}
    assert days["ARM"] == "2024-01-17"


def test_an_act_does_not_take_the_day_of_a_clause_it_opens_below_it(run) -> None:
    text = "Armenia condemned Azerbaijan, five years after crowds stormed its embassy, an official said on Saturday."
    (event,) = [e for e in run(text, published="2024-01-19").events if e.event_type == "ACCUSE"]
    assert event.date.isoformat() == "2024-01-13"  # the saying's Saturday, not five years before it
