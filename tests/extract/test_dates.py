"""Dates relative to the publication date: weekdays, yesterday, N days ago, spans, explicit dates; the
expressions are data (data/dates.yaml), so a new one is a data edit."""

import copy
import random
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import dateparser
import pytest

from redline.config import Config
from redline.extract import dates as dates_module
from redline.extract.dates import KINDS, DateReader, default_reader, find_dates, pick_date
from redline.knowledge import date_schemas, load

# A dates.yaml of its own: only the words and expressions these tests need.
SMALL = """
weekdays: [monday, tuesday, wednesday, thursday, friday, saturday, sunday]
months: [january, february, march, april, may, june, july, august, september, october, november, december]
numbers: {a: 1, two: 2}
units: {day: {days: 1}, fortnight: {days: 14}}
expressions:
"""

FRIDAY = date(2021, 3, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rebels attacked the town on Tuesday.", date(2021, 3, 2)),
        ("The ministry said on Friday that talks had failed.", FRIDAY),  # a wire's own day
        ("The convoy was ambushed last Friday.", date(2021, 2, 26)),
        ("Shelling continued overnight.", FRIDAY),  # dated by its morning, like "early Friday"
        ("Police detained him yesterday.", date(2021, 3, 4)),
        ("Troops withdrew two days ago.", date(2021, 3, 3)),
        ("The blockade began three days earlier.", date(2021, 3, 2)),
        ("Jets struck the depot over the weekend.", date(2021, 2, 28)),
        ("The envoy arrived this morning.", FRIDAY),
        ("The ceasefire was signed on February 12.", date(2021, 2, 12)),
        ("The ceasefire was signed on 12 Feb 2020.", date(2020, 2, 12)),
        ("The truce of December 30 collapsed.", date(2020, 12, 30)),
    ],
)
def test_single_dates(text: str, expected: date) -> None:
    found = find_dates(text, FRIDAY)
    assert [m.date for m in found] == [expected]


def test_spans_have_an_end() -> None:
    (span,) = find_dates("Militants carried out nine raids over the last two months.", FRIDAY)
    assert (span.date, span.date_end) == (date(2021, 1, 5), FRIDAY)
    (since,) = find_dates("There have been raids since November.", FRIDAY)
    assert (since.date, since.date_end) == (date(2020, 11, 1), FRIDAY)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("The siege began in January.", date(2021, 1, 1), date(2021, 1, 31)),
    ("Talks stalled in late December.", date(2020, 12, 1), date(2020, 12, 31)),  # the latest December past
    ("The pact was signed in May 2017.", date(2017, 5, 1), date(2017, 5, 31)),
    ("The two states fought a border war in 2012.", date(2012, 1, 1), date(2012, 12, 31)),
    ("Strikes have grown heavier in March.", date(2021, 3, 1), FRIDAY),  # this month: up to the reference
])
def test_a_named_month_or_year_is_a_span(text: str, start: date, end: date) -> None:
    (span,) = find_dates(text, FRIDAY)
    assert (span.date, span.date_end) == (start, end)


def test_a_word_that_starts_like_a_month_is_no_month() -> None:
    assert find_dates("The worst shelling in decades hit the town.", FRIDAY) == []


def test_offsets_are_shifted() -> None:
    (m,) = find_dates("on Monday", FRIDAY, offset=100)
    assert (m.start, m.end) == (103, 109)


def test_pick_prefers_the_clause_and_days_over_spans() -> None:
    text = "On Monday the army said rebels had attacked since January on Wednesday."
    mentions = find_dates(text, FRIDAY)
    clause = (text.index("rebels"), len(text))
    assert pick_date(mentions, clause, text.index("attacked")).date == date(2021, 3, 3)
    assert pick_date(mentions, (0, 2), 0).date == date(2021, 3, 1)
    assert pick_date([], (0, 1), 0) is None


def test_holidays_are_the_nearest_such_day() -> None:
    (eve,) = find_dates("The president spent New Year’s Eve promising revenge.", date(2020, 1, 1))
    assert eve.date == date(2019, 12, 31)
    (xmas,) = find_dates("Shelling resumed on Christmas Day.", date(2021, 12, 27))
    assert xmas.date == date(2021, 12, 25)


def test_a_past_verb_above_an_infinitive_takes_the_paragraphs_day(run) -> None:
    text = ("Parliament met on Sunday to debate the motion. The caretaker premier, Ivo Marek, came to the chamber "
            "to urge deputies to pass it.")
    ev = next(e for e in run(text, published="2021-03-09").events if e.event_type == "REQUEST")
    assert ev.date == date(2021, 3, 7)


def test_the_storys_day_is_the_day_of_the_ledes_main_verb(run) -> None:
    text = ("A day after storming the compound in Goma, the crowd packed up and went home this afternoon.\n\n"
            "The governor told the demonstrators to withdraw.")
    ev = next(e for e in run(text, published="2021-03-05").events if e.event_type == "REQUEST")
    assert ev.date == date(2021, 3, 5)


def test_between_and_from_give_a_span() -> None:
    (span,) = find_dates("Attacks rose between January 3 and January 8.", date(2020, 1, 10))
    assert (span.date, span.date_end) == (date(2020, 1, 3), date(2020, 1, 8))
    (span,) = find_dates("Shelling went on from Monday to Wednesday.", date(2020, 1, 10))
    assert (span.date, span.date_end) == (date(2020, 1, 6), date(2020, 1, 8))


def test_calendar_units_are_spans_up_to_the_reference() -> None:
    (week,) = find_dates("There were raids last week.", date(2020, 1, 10))
    assert (week.date, week.date_end) == (date(2019, 12, 30), date(2020, 1, 5))
    (month,) = find_dates("Protests grew earlier this month.", date(2020, 1, 10))
    assert (month.date, month.date_end) == (date(2020, 1, 1), date(2020, 1, 10))


def test_the_present_perfect_names_no_day(run) -> None:
    events = run("The sanctions on Caracas have done nothing to stop the crackdown.", published="2024-02-09").events
    sanction = next(e for e in events if e.event_type == "SANCTION")
    assert sanction.date is None


def test_the_past_perfect_takes_the_last_day_named_before_the_telling(run) -> None:
    text = ("Rebels shelled the port of Hodeidah on Saturday.\n\n"
            "The governor spoke to reporters on Monday. He said the navy had rejected a request for help.")
    events = run(text, published="2021-03-09").events
    reject = next(e for e in events if e.event_type == "REJECT")
    assert reject.date == date(2021, 3, 6)  # the shelling's Saturday, not Monday


def test_a_time_of_day_points_back_to_the_day_just_named(run) -> None:
    text = "On Tuesday the army said it had received a message from the rebels shortly after midnight."
    events = run(text, published="2021-03-05").events
    assert any(e.date == date(2021, 3, 2) for e in events if e.event_type == "CONSULT")


def test_an_event_told_as_now_takes_the_day_of_writing(run) -> None:
    events = run("The opposition accuses the government of rigging the vote.", published="2021-03-05").events
    assert events[0].date == FRIDAY


def test_the_paragraphs_day_is_its_main_verbs_not_a_clause_about_earlier(run) -> None:
    text = ("The European Union on Friday imposed sanctions on Minsk, two days after the crackdown began. "
            "The ministers accused the government of rigging the vote.")
    events = run(text, published="2020-08-14").events
    accuse = next(e for e in events if e.event_type == "ACCUSE")
    assert accuse.date == date(2020, 8, 14)


def test_a_reported_allegation_is_dated_by_its_telling(run) -> None:
    text = "On Friday the minister said the officers had been involved in Wednesday's attack."
    events = run(text, published="2021-03-05").events
    accuse = next(e for e in events if e.event_type == "ACCUSE")
    assert accuse.date == FRIDAY


def test_a_date_in_a_clause_with_another_subject_is_that_clauses(run) -> None:
    # a day on the first clause's subject is that subject's; a day on its verb is shared by a clause joined to it
    # by "and" in the simple past that names none (tests/extract/test_event_dates.py)
    text = "The shelling of the port last Friday killed two sailors and the army detained dozens of rebels."
    events = run(text, published="2021-03-09").events
    shelling = next(e for e in events if e.event_type == "ASSAULT")
    arrests = next(e for e in events if e.event_type == "COERCE")
    assert shelling.date == date(2021, 3, 5)
    assert arrests.date != date(2021, 3, 5)


def test_the_past_perfect_with_nothing_named_before_is_the_tellings_day(run) -> None:
    text = "On Monday the military said it had struck rebel depots."
    events = run(text, published="2021-03-09").events
    assert next(e for e in events if e.event_type == "ASSAULT").date == date(2021, 3, 8)


def test_an_act_a_complaint_is_over_keeps_its_own_day_or_none(run) -> None:
    text = ("The ministry lodged a complaint the same day over the strikes that killed two generals.")
    events = run(text, published="2020-01-06").events
    strikes = next(e for e in events if e.event_type == "ASSAULT")
    assert strikes.date is None


def test_since_a_day_is_a_span_to_the_reference() -> None:
    (since,) = find_dates("At least 270 people have been killed since fighting began on Saturday.", FRIDAY)
    assert (since.date, since.date_end) == (date(2021, 2, 27), FRIDAY)
    (march,) = find_dates("The army has shelled the town since March 3.", FRIDAY)
    assert march.date == date(2021, 3, 3)  # not "since Marc|h" read as March 1


def small_reader(tmp_path: Path, expressions: str, extra: str = "") -> DateReader:
    """The reader of a small dates.yaml written here, loaded like any knowledge file."""
    path = tmp_path / "dates.yaml"
    path.write_text(SMALL + expressions + extra, encoding="utf-8")
    return DateReader.of(load(Config(dates=path)))


def test_new_expressions_are_a_data_edit(tmp_path: Path) -> None:
    reader = small_reader(tmp_path, r"""
  - name: fortnight_ago
    pattern: '\b({number}) fortnights? ago\b'
    back: {count_group: 1, unit: fortnight}
  - name: day_before_yesterday
    pattern: '\bthe day before yesterday\b'
    offset_days: -2
  - name: yesterday
    pattern: '\byesterday\b'
    offset_days: -1
""")
    found = reader.find("Rebels took the town a fortnight ago and lost it the day before yesterday.", FRIDAY)
    assert [(m.rule, m.date) for m in found] == [("fortnight_ago", date(2021, 2, 19)),
                                                 ("day_before_yesterday", date(2021, 3, 3))]
    (two,) = reader.find("Two fortnights ago", FRIDAY)
    assert two.date == date(2021, 2, 5)
    (yesterday,) = reader.find("It ended yesterday.", FRIDAY)
    assert (yesterday.rule, yesterday.date) == ("yesterday", date(2021, 3, 4))
    # the shipped reader does not know them: "the day before yesterday" is read as yesterday
    assert [m.date for m in find_dates("the day before yesterday, a fortnight ago", FRIDAY)] == [date(2021, 3, 4)]


@pytest.mark.parametrize(("relation", "expected"), [
    ("on_or_before", date(2021, 3, 5)), ("before", date(2021, 2, 26)),
    ("on_or_after", date(2021, 3, 5)), ("after", date(2021, 3, 12))])
def test_a_weekday_lies_where_its_relation_says(tmp_path: Path, relation: str, expected: date) -> None:
    reader = small_reader(tmp_path, f"""
  - name: day
    pattern: '\\bon ({{weekday}})\\b'
    weekday: {{group: 1, relation: {relation}}}
""")
    assert [m.date for m in reader.find("They meet on Friday.", FRIDAY)] == [expected]


def test_the_earlier_expression_wins_an_overlap_and_spans_need_their_sections(tmp_path: Path) -> None:
    reader = small_reader(tmp_path, r"""
  - name: last_weekday
    pattern: '\blast ({weekday})\b'
    weekday: {group: 1, relation: before}
  - name: weekday
    pattern: '\b({weekday})\b'
    weekday: {group: 1, relation: on_or_before}
""")
    assert [m.rule for m in reader.find("last Friday and Monday", FRIDAY)] == ["last_weekday", "weekday"]
    # no `between` section: two days stay two days; no `anaphoric`: no time points back
    assert len(reader.find("from Monday to Wednesday", FRIDAY)) == 2
    assert reader.anaphoric.search("that evening") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Talks resume tomorrow.", date(2021, 3, 6)),
    ("Talks resume next week.", date(2021, 3, 12)),
    ("Talks resume next month.", date(2021, 4, 4)),
    ("Talks ended tonight.", FRIDAY),
    ("Fighting broke out 36 hours earlier.", date(2021, 3, 3)),  # 1.5 days, rounded
    ("Fighting broke out 12 hours ago.", FRIDAY),
    ("Fighting broke out two weeks ago.", date(2021, 2, 19)),
    ("The truce held on Friday's evening.", FRIDAY),
    ("The deal was signed on Dec. 31, 2019.", date(2019, 12, 31)),
    # the day ahead: "next Tuesday", and a day something is set for
    ("The envoys meet again next Tuesday.", date(2021, 3, 9)),
    ("The league called a summit for Wednesday.", date(2021, 3, 10)),
    ("The crowd gathered for Friday prayers.", FRIDAY),  # a weekly rite names no day ahead
    ("The raid was revenge for Tuesday's ambush.", date(2021, 3, 2)),  # nor does a day that names an act
])
def test_more_single_dates(text: str, expected: date) -> None:
    assert [m.date for m in find_dates(text, FRIDAY)] == [expected]


@pytest.mark.parametrize(("text", "start", "end"), [
    ("There were raids last month.", date(2021, 2, 1), date(2021, 2, 28)),
    ("There were raids last year.", date(2020, 1, 1), date(2020, 12, 31)),
    ("There were raids this year.", date(2021, 1, 1), FRIDAY),
    ("There were raids this week.", date(2021, 3, 1), FRIDAY),
    ("There were raids over the past three weeks.", date(2021, 2, 12), FRIDAY),
    ("There were raids in the last two years.", date(2019, 3, 5), FRIDAY),  # calendar years
    ("There were raids since March.", date(2021, 3, 1), FRIDAY),
    ("There were raids since Sept.", date(2020, 9, 1), FRIDAY),
])
def test_more_spans(text: str, start: date, end: date) -> None:
    (span,) = find_dates(text, FRIDAY)
    assert (span.date, span.date_end) == (start, end)


def test_calendar_spans_keep_their_rule_for_the_events_day() -> None:
    (week,) = find_dates("There were raids earlier this week.", FRIDAY)
    assert week.rule == "calendar_span"  # event_dates reads this rule


def test_anaphoric_times_point_back() -> None:
    assert default_reader().anaphoric.search("Rebels struck again shortly after midnight.") is not None
    assert default_reader().anaphoric.search("in the early hours of Tuesday") is None
    assert default_reader().anaphoric.search("They met later that day.").group(0) == "later that day"


def test_every_resolution_kind_has_an_interpreter() -> None:
    assert set(KINDS) == set(date_schemas.DateExpression.KINDS)


def test_the_default_reader_is_built_once_and_not_at_import() -> None:
    assert default_reader() is default_reader()
    code = ("import redline.extract.event_dates, redline.extract.dates as d; from redline.knowledge import read_dates;"
            "print(d.default_reader.cache_info().currsize, read_dates.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["0", "0"]


def test_months_and_years_ago_count_calendar_units() -> None:
    (year,) = find_dates("Two years ago, rebels seized the mine.", date(2024, 3, 15))
    (month,) = find_dates("A month ago the ceasefire collapsed.", date(2024, 3, 31))
    assert (year.date, year.date_end) == (date(2022, 3, 15), None)
    assert month.date == date(2024, 2, 29)


def generated_days() -> list[tuple[str, date]]:
    """Explicit days in every form news writes them, against references that cross years and leap days."""
    words = ["January", "february", "MARCH", "Apr", "apr.", "May", "june", "Jun.", "Jul", "August", "Sept.", "Sept",
             "sep", "Oct.", "nov", "December", "dec."]
    days = ["1", "01", "3", "9", "28", "29", "30", "31", "0", "32", "1st", "2nd", "3rd", "3th", "21st", "31st"]
    years = ["", " 2019", ", 2019", " 2020", ", 2000", " 0999"]
    refs = [date(2020, 2, 29), date(2021, 2, 28), date(2021, 3, 1), date(2019, 12, 31), date(2024, 6, 15)]
    forms = [(f"{w} {d}{y}", ref) for w in words for d in days for y in years for ref in refs]
    forms += [(f"{d} {w}{y}", ref) for w in words for d in days if d.isdigit() for y in years if "," not in y
              for ref in refs]
    return random.Random(7).sample(forms, 2500)


def test_explicit_days_read_by_hand_are_read_as_dateparser_reads_them() -> None:
    """The hand reading of "March 3" or "3 Sept. 2019" (DateReader.month_day) must give dateparser's day with the
    settings of dates.yaml, or give way to dateparser."""
    reader = default_reader()
    spec = next(e.spec for e in reader.expressions if e.kind == "explicit")
    read = 0
    for text, ref in generated_days():
        mine = reader.month_day(text, ref, spec)
        if mine is None:
            continue
        read += 1
        parsed = dateparser.parse(text, languages=spec.languages or None, settings={
            "RELATIVE_BASE": datetime(ref.year, ref.month, ref.day), "PREFER_DATES_FROM": spec.prefer_dates_from,
            "REQUIRE_PARTS": list(spec.require_parts)})
        assert parsed is not None and parsed.date() == mine, (text, ref)
    assert read > 1500  # most forms are read by hand


def test_common_explicit_days_do_not_call_dateparser(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("dateparser called")

    monkeypatch.setattr(dates_module.dateparser, "parse", refuse)
    found = find_dates("Talks of March 3 and 12 Sept. 2019 and Dec. 31st, 2020 failed.", FRIDAY)
    assert [m.date for m in found] == [date(2021, 3, 3), date(2019, 9, 12), date(2020, 12, 31)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The envoy had landed a day earlier.", date(2022, 5, 14)),  # before the day last named (Sunday)
    ("Two days later the militia withdrew.", date(2022, 5, 17)),
    ("Police detained the leaders the following day.", date(2022, 5, 16)),
    ("The minister spoke that same Saturday.", date(2022, 5, 14)),  # the Saturday of the days told, not today
])
def test_relative_days_count_from_the_day_last_named(text: str, expected: date) -> None:
    sunday, saturday = date(2022, 5, 15), date(2022, 5, 21)
    (found,) = default_reader().find(text, saturday, last=sunday)
    assert found.date == expected
    (alone,) = default_reader().find(text, saturday)  # with none named, from the reference
    assert alone.date != expected


def test_a_week_ago_today_is_one_day() -> None:
    assert [m.date for m in find_dates("A week ago today, gunmen ambushed a convoy near Kidal.", date(2022, 5, 21))] \
        == [date(2022, 5, 14)]


def test_a_day_still_to_come_is_this_years_not_last_years() -> None:
    (deadline,) = find_dates("Attacks were likely before the Aug. 31 deadline.", date(2021, 8, 27))
    assert deadline.date == date(2021, 8, 31)
    (past,) = find_dates("The siege of Oct. 30 ended in a massacre.", date(2021, 8, 27))
    assert past.date == date(2020, 10, 30)  # far off: the last one past


def test_a_day_earlier_in_a_new_paragraph_counts_from_the_last_day_told(run) -> None:
    text = "Rebels shelled the port of Aden on Sunday.\n\nThe governor had met the Saudi envoy a day earlier."
    events = run(text, published="2022-05-16").events
    assert next(e for e in events if e.event_type == "CONSULT").date == date(2022, 5, 14)


def test_the_following_day_is_the_day_after_the_paragraphs(run) -> None:
    text = "Protesters stormed the parliament in Bishkek on Monday. Police detained their leaders the following day."
    events = run(text, published="2022-05-18").events
    assert next(e for e in events if e.event_type == "COERCE").date == date(2022, 5, 17)


def test_the_same_day_in_a_new_paragraph_is_the_day_last_told_and_stays(run) -> None:
    text = ("Aid agencies suspended flights to Yemen on Monday.\n\nRebels shelled the port of Hodeidah on Saturday.\n\n"
            "The Yemeni government condemned the shelling the same day. The UN envoy called it a crime.")
    events = run(text, published="2022-03-07").events
    assert [e.date for e in events if e.event_type == "ACCUSE"] == [date(2022, 3, 5)] * 2  # not the story's Monday


def test_a_day_after_something_is_not_the_ledes_day(run) -> None:
    text = ("A missile hit a market in Kharkiv at dawn on Sunday, killing nine people, officials said, less than a "
            "day after a truce took effect.\n\nKyiv accused Moscow of breaking the truce.")
    events = run(text, published="2022-03-06").events
    assert next(e for e in events if e.event_type == "ACCUSE").date == date(2022, 3, 6)


def test_a_day_in_a_relative_or_reported_clause_is_not_the_paragraphs(run) -> None:
    relative = ("Turkish troops entered Tal Afar near the spot where a colonel was killed two days earlier.\n\n"
                "Iraq's prime minister condemned the raid.")
    accuse = next(e for e in run(relative, published="2022-03-09").events if e.event_type == "ACCUSE")
    assert accuse.date == date(2022, 3, 9)
    told = ("On Sunday the ministry said Friday's raid in Idlib had killed four fighters. "
            "The army detained two commanders.")
    coerce = next(e for e in run(told, published="2022-03-07").events if e.event_type == "COERCE")
    assert coerce.date == date(2022, 3, 6)  # the telling's Sunday, not the raid's Friday


def test_a_statement_is_not_dated_by_a_day_still_to_come_in_what_it_says(run) -> None:
    text = ("On Friday the embassy told citizens to leave. "
            "Officials warned that the militia would pay dearly if it struck before the Aug. 31 deadline.")
    events = run(text, published="2021-08-27").events
    assert next(e for e in events if e.event_type == "THREATEN").date == date(2021, 8, 27)


def test_a_denial_is_dated_by_its_saying_not_by_the_past_perfect_it_denies(run) -> None:
    text = ("Gunmen raided a depot in Cucuta on Wednesday.\n\nVenezuela answered on Thursday. Its defence minister "
            "told reporters that an attack on his country would mean war, and insisted that Caracas had played no "
            "part in the raid.")
    reject = next(e for e in run(text, published="2022-05-21").events if e.event_type == "REJECT")
    assert reject.date == date(2022, 5, 19)  # Thursday's saying, not Wednesday's raid


def test_a_reported_charge_under_a_copula_is_dated_by_the_saying(run) -> None:
    text = ("Tshisekedi spent Wednesday promising that Rwanda would pay a heavy price for the shelling of Goma. "
            "Kigali's reply came this morning from President Paul Kagame himself, who brushed the threat aside, told "
            "Tshisekedi he could not do anything, and said it was Congo's own crimes in Ituri that had turned the "
            "region against it.")
    accuse = next(e for e in run(text, published="2022-05-21").events if e.event_type == "ACCUSE")
    assert accuse.date == date(2022, 5, 21)  # "said" with "this morning", not the paragraph's Wednesday


def test_the_screen_lets_every_date_through_and_skips_sentences_with_none() -> None:
    reader = default_reader()
    texts = ["Rebels shelled Aden on Sunday.", "Talks of March 3 failed.", "The envoy had landed a day earlier.",
             "Jets struck over the weekend.", "There were raids since Sept.", "It happened on New Year's Eve.",
             "A week ago today, gunmen struck.", "Shelling went on from Monday to Wednesday.", "In 2012 war came.",
             "Nobody was hurt and the talks went on.", "The army said the town was calm."]
    unscreened = copy.copy(reader)
    unscreened.screen = None
    for text in texts:
        assert reader.find(text, FRIDAY, last=date(2021, 3, 1)) == unscreened.find(text, FRIDAY, last=date(2021, 3, 1))
    assert [reader.screen.search(t) is None for t in texts[-2:]] == [True, True]


def test_a_pattern_with_a_backreference_turns_the_screen_off(tmp_path: Path) -> None:
    reader = small_reader(tmp_path, r"""
  - name: twice
    pattern: '\b(\w+) and \1\b'
    offset_days: 0
""")
    assert reader.screen is None
    assert [m.rule for m in reader.find("It rained day and day.", FRIDAY)] == ["twice"]


def test_a_meeting_announced_for_a_day_to_come_is_no_event_yet(run) -> None:
    assert run("The Zambian president announced an emergency summit for Thursday.", "2021-03-02").events == []
    assert run("Zambia's president called a summit of the region's leaders next Thursday.", "2021-03-02").events == []
