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


def test_a_past_verb_after_a_modal_clause_is_the_speaker_s(run) -> None:
    result = run("The foreign minister of Peru said Chile must be punished and warned that Lima would retaliate.")
    ev = only(result, "THREATEN")
    assert (ev.source.country, ev.target.country) == ("PER", "CHL")
    result = run("The general warned on Monday that the army would step in, and on Tuesday the ruling party "
                 "accused him of treason.", published="2024-03-13")
    ev = only(result, "ACCUSE")  # (not a plan of the army's: its own clause, with its own day)
    assert (ev.source.name, ev.date.isoformat()) == ("ruling party", "2024-03-12")


def test_a_condemned_vote_or_law_is_an_act_judged(run) -> None:
    ev = only(run("President Sandu condemned the vote on Tuesday.", published="2024-03-13"), "ACCUSE")
    assert (ev.source.name, ev.date.isoformat()) == ("Sandu", "2024-03-12")
    assert only(run("The opposition leader denounced the new law."), "ACCUSE").source.name == "opposition leader"
    assert run("The minister blamed a technical problem.").events == []
