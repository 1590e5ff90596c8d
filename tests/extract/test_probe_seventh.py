"""Constructions met trying redline on crises it had not seen (a seventh round). Sentences written for these
tests."""

from helpers import only


def test_an_island_named_before_its_noun_is_the_place_struck(run) -> None:
    result = run("The navy command in Manila said Chinese ships fired water cannon at Pag-asa island on Tuesday.")
    assert only(result, "ASSAULT").place == "Pag-asa"
    ev = only(run("Artillery units shelled the Kinmen island overnight, officials in Taipei said."), "ASSAULT")
    assert ev.place == "Kinmen"


def test_a_state_that_sets_a_place_on_fire_attacks_it(run) -> None:
    result = run("Azerbaijan shelled the villages on Monday, setting dozens of houses ablaze.")
    assert [e.event_type for e in result.events] == ["ASSAULT"]
    assert only(run("Protesters stormed the town hall and set it on fire."), "PROTEST").mode == "riot"
