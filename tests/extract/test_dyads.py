"""extract/dyads.py through whole documents: "both armies", "the two sides", "each side ... the other" name the
two sides of the conflict a document is about; a mutual act is one event each way, and both sides addressed are
each addressed. Sentences written for these tests, about crises outside the development set."""

from __future__ import annotations

from helpers import of_type

STORY = ("Thai troops shelled Cambodian positions near the Preah Vihear temple on Friday. "
         "Cambodia accused Thailand of destroying part of the temple. ")


def pairs(result, event_type: str) -> set[tuple[str | None, str | None]]:
    return {(e.source and e.source.country, e.target and e.target.country)
            for e in result.events if e.event_type == event_type}


def test_both_armies_pulling_back_is_a_withdrawal_each_way(run) -> None:
    result = run(STORY + "On Sunday both armies pulled back from the disputed hill.", published="2011-02-08")
    assert pairs(result, "RETREAT") == {("THA", "KHM"), ("KHM", "THA")}


def test_the_two_sides_agreeing_is_an_agreement_each_way_not_the_reporters(run) -> None:
    text = STORY + "An Indonesian mediator said on Monday that the two sides had agreed to a ceasefire."
    assert pairs(run(text, published="2011-02-08"), "AGREE") == {("THA", "KHM"), ("KHM", "THA")}


def test_each_side_blaming_the_other_accuses_each_way(run) -> None:
    text = ("Eritrean artillery shelled Ethiopian trenches near Badme on Monday. On Tuesday each side accused "
            "the other of breaking the truce.")
    assert pairs(run(text, published="1999-02-10"), "ACCUSE") == {("ERI", "ETH"), ("ETH", "ERI")}


def test_both_sides_urged_are_each_addressed(run) -> None:
    text = STORY + "On Monday the United Nations urged both sides to show restraint."
    urged = [e for e in run(text, published="2011-02-08").events if e.event_type == "REQUEST"]
    assert {e.target.country for e in urged} == {"THA", "KHM"}
    assert all(e.source.name == "United Nations" for e in urged)


def test_without_two_sides_told_before_nothing_is_guessed(run) -> None:
    # no sides have met yet: "both armies" stays what it was (a group with no state), and makes one event
    result = run("On Sunday both armies pulled back from the disputed hill.", published="2011-02-08")
    (retreat,) = [e for e in result.events if e.event_type == "RETREAT"]
    assert retreat.source.country is None


def test_both_sides_meeting_someone_named_each_meet_them(run) -> None:
    text = STORY + "On Monday both sides met the Indonesian foreign minister in Jakarta."
    assert pairs(run(text, published="2011-02-08"), "CONSULT") == {("THA", "IDN"), ("KHM", "IDN")}


def test_pulling_back_from_the_site_is_placed_where_the_fighting_was(run) -> None:
    text = ("Cambodian troops fired rockets at Thai soldiers in Sisaket on Friday, killing two. Thailand accused "
            "Cambodia of aggression.\n\nBy Sunday both armies had pulled back from the site, officials said.")
    retreats = of_type(run(text, published="2011-02-08"), "RETREAT")
    assert len(retreats) == 2 and {(e.place, e.country) for e in retreats} == {("Sisaket", "THA")}


def test_a_standing_charge_each_way_is_made_on_no_one_day(run) -> None:
    text = ("Eritrean artillery shelled Ethiopian trenches near Badme last month. The war began on Saturday, May 6, "
            "when Eritrean troops crossed the border; each side blames the other for firing first.")
    charges = of_type(run(text, published="1998-06-10"), "ACCUSE")
    assert {(e.source.country, e.target.country) for e in charges} == {("ERI", "ETH"), ("ETH", "ERI")}
    assert all(e.date is None for e in charges)


def test_urging_both_addresses_the_two_sides_not_the_one_who_urges(run) -> None:
    text = ("Pakistani drones hit Indian bases on Wednesday. On Thursday Blinken spoke separately with Sharif and "
            "with India's foreign minister, S. Jaishankar, and urged both to de-escalate.")
    result = run(text, published="2022-05-09")
    assert {e.target.country for e in of_type(result, "REQUEST")} == {"PAK", "IND"}
    assert {e.target.name for e in of_type(result, "CONSULT")} == {"Sharif", "S. Jaishankar"}  # one call each
