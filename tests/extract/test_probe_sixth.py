"""Constructions met trying redline on crises it had not seen (a sixth round). Sentences written for these
tests."""

from helpers import only


def test_a_passive_subject_before_joined_adverbs_is_the_target(run) -> None:
    ev = only(run("The junta was swiftly and loudly condemned by Paris on Monday."), "ACCUSE")
    assert (ev.source.country, ev.target.name) == ("FRA", "junta")
    ev = only(run("Israel was heavily and unjustly criticized over its raid."), "ACCUSE")
    assert (ev.source, ev.target.country) == (None, "ISR")


def test_a_noun_read_as_a_verb_after_and_keeps_the_doer(run) -> None:
    ev = only(run("The army launched artillery and drone strikes on rebel positions on Tuesday."), "ASSAULT")
    assert ev.source.name == "army"
    ev = only(run("Russian forces pounded Kharkiv with artillery and drone strikes on Tuesday."), "ASSAULT")
    assert (ev.source.country, ev.place) == ("RUS", "Kharkiv")
