"""extract/merge.py alone, on Event records built by hand (no parsing): which tellings are one happening,
and what the folded event keeps."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from redline.config import Config
from redline.extract.merge import agree, figures, folded, merge, mergeable
from redline.knowledge import load
from redline.model import Actor, Event, EventType

ARMY = Actor("army", ("the army",), "RDN", "military")
MINISTRY = Actor("Ruritanian defence ministry", (), "RDN", "government")
REBELS = Actor("Red Dawn militia", (), None, "armed_group")
VILLAGERS = Actor("villagers", (), "RDN", "civilians")
MONDAY, TUESDAY = date(2021, 3, 1), date(2021, 3, 2)
STATEMENTS = load(Config()).semantics.statement
MODE_NAMED = load(Config()).semantics.mode_named


def event(event_type: str = "ASSAULT", start: int = 0, **changes) -> Event:
    """A shelling of the militia by the army on Monday, told at `start`, unless changed."""
    base = Event(event_type=EventType(event_type), mode=None, source=ARMY, target=REBELS, date=MONDAY,
                 evidence="The army shelled the militia on Monday.", start=start, end=start + 40,
                 trigger="shelled", rule="verb:shell", mentions=((start, start + 40),))
    return replace(base, **changes)


def test_two_tellings_of_one_act_are_one_event_with_both_mentions() -> None:
    first, second = event(start=0, date_explicit=True), event(start=100, trigger="shelling", date_explicit=False)
    (merged,) = merge([first, second], STATEMENTS)
    assert merged.mentions == ((0, 40), (100, 140))
    assert (merged.trigger, merged.start) == ("shelled", 0)  # the first telling stays the event


def test_different_types_or_sides_stay_apart() -> None:
    assert len(merge([event(), event("COERCE", start=100)], STATEMENTS)) == 2
    other_war = event(start=100, source=Actor("Blue Hand", (), None, "armed_group", id="blue-hand"),
                      target=Actor("Green Front", (), None, "armed_group", id="green-front"))
    assert len(merge([event(), other_war], STATEMENTS)) == 2


def test_two_explicit_days_are_two_acts_an_unsaid_day_is_not() -> None:
    monday = event(date_explicit=True)
    tuesday = event(start=100, date=TUESDAY, date_explicit=True)
    assert len(merge([monday, tuesday], STATEMENTS)) == 2
    (merged,) = merge([event(date=TUESDAY), monday], STATEMENTS)
    assert (merged.date, merged.date_explicit) == (MONDAY, True)  # the explicit day is kept


def test_an_unsaid_day_weeks_from_a_told_one_is_another_act() -> None:
    massacre = event(source=REBELS, target=VILLAGERS, date_explicit=True)
    shelling = event(start=100, source=None, target=MINISTRY, date=date(2021, 3, 20), date_explicit=False)
    assert len(merge([massacre, shelling], STATEMENTS)) == 2  # (the paragraph's day, weeks later)
    retold = event(start=100, source=None, target=MINISTRY, date=TUESDAY, date_explicit=False)
    assert len(merge([massacre, retold], STATEMENTS)) == 1  # (a day on: the same act told again)


def test_a_campaign_is_not_one_of_its_attacks() -> None:
    campaign = event(date=date(2021, 1, 1), date_end=MONDAY)
    assert not mergeable(campaign, event(start=100), STATEMENTS)
    assert len(merge([campaign, event(start=100)], STATEMENTS)) == 2


def test_statements_merge_only_in_one_voice() -> None:
    kell = Actor("Ana Kell", (), "RDN", "person", id="ana-kell")
    brun = Actor("Otto Brun", (), "RDN", "person", id="otto-brun")
    condemn = event("ACCUSE", source=kell, trigger="condemned")
    assert len(merge([condemn, event("ACCUSE", start=100, source=brun, trigger="condemned")], STATEMENTS)) == 2
    assert len(merge([condemn, event("ACCUSE", start=100, source=kell, trigger="denounced")], STATEMENTS)) == 1


def test_two_modes_that_name_two_acts_are_two_happenings_across_sentences() -> None:
    arrest = event("COERCE", mode="arrest", target=VILLAGERS)
    seizure = event("COERCE", start=100, mode="seize", target=VILLAGERS)
    assert len(merge([arrest, seizure], STATEMENTS, mode_named=MODE_NAMED)) == 2
    same_sentence = replace(seizure, start=0, end=40)
    assert len(merge([arrest, same_sentence], STATEMENTS, mode_named=MODE_NAMED)) == 1
    assert len(merge([arrest, replace(seizure, mode=None)], STATEMENTS, mode_named=MODE_NAMED)) == 1  # (unsaid)
    shelling = event(mode="artillery")
    assert len(merge([shelling, event(start=100, mode="aerial")], STATEMENTS, mode_named=MODE_NAMED)) == 1  # (arms)


def test_one_sentence_telling_an_act_twice_is_one_act() -> None:
    twice = event(start=0, trigger="killing", source=None)
    assert mergeable(event(start=0), twice, STATEMENTS)
    assert len(merge([event(start=0), twice], STATEMENTS)) == 1


def test_merge_keeps_order_and_leaves_its_input_alone() -> None:
    events = [event(), event("COERCE", start=50), event(start=100)]
    before = list(events)
    out = merge(events, STATEMENTS)
    assert [e.event_type for e in out] == ["ASSAULT", "COERCE"]
    assert events == before
    assert merge([], STATEMENTS) == []


def test_agree_by_name_or_by_an_official_country() -> None:
    assert agree(ARMY, Actor("The Army", (), None, None))  # names compared folded
    assert agree(ARMY, MINISTRY)  # two official sides of one state
    assert not agree(ARMY, None) and not agree(None, None)
    assert not agree(ARMY, MINISTRY, by_country=False)
    assert not agree(VILLAGERS, Actor("crowd", (), "RDN", "protesters"))  # people of one country are not one side
    kell, brun = Actor("Ana Kell", (), "RDN", "person"), Actor("Otto Brun", (), "RDN", "person")
    assert not agree(kell, brun)


def test_folded_takes_what_the_first_telling_lacks() -> None:
    first = event(mode=None, place=None, country=None)
    later = event(start=100, mode="artillery", place="Port Arlen", country="RDN", lat=1.5, lon=2.5,
                  date=TUESDAY, date_explicit=True, source=replace(ARMY, aliases=("Ruritanian troops",)))
    out = folded(first, later)
    assert (out.mode, out.place, out.country, out.lat, out.lon) == ("artillery", "Port Arlen", "RDN", 1.5, 2.5)
    assert (out.date, out.date_explicit) == (TUESDAY, True)
    assert out.source.name == "army" and out.source.aliases == ("the army", "Ruritanian troops")
    assert out.mentions == ((0, 40), (100, 140))
    assert first.mode is None and first.mentions == ((0, 40),)  # a new version; the first is unchanged


def test_folded_keeps_a_place_already_told() -> None:
    first = event(place="Port Arlen", country="RDN")
    assert folded(first, event(start=100, place="Velmora", country="RDN")).place == "Port Arlen"


def test_figures_a_stated_toll_beats_an_approximate_one() -> None:
    approx = event(killed=24, approx=True)
    assert figures(approx, event(killed=25)) == {"killed": 25, "wounded": None, "approx": False}
    assert figures(event(killed=25), event(killed=30, approx=True))["killed"] == 25  # a stated toll stays
    assert figures(event(), event(killed=3, approx=True)) == {"killed": 3, "wounded": None, "approx": True}


def test_figures_a_wounded_count_fills_a_missing_one() -> None:
    assert figures(event(killed=4), event(wounded=11, approx=True)) == {"killed": 4, "wounded": 11, "approx": True}
    assert figures(event(wounded=3), event(wounded=9))["wounded"] == 3
    assert figures(event(killed=4, wounded=3), event()) == {"killed": 4, "wounded": 3, "approx": False}
