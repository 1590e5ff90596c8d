"""Constructions met trying redline on crises it had not seen (a fourth round). Sentences written for these
tests."""

from helpers import only


def test_an_allegation_accuses_whoever_does_the_clause(run) -> None:
    result = run("Hanoi alleged on Monday that Chinese coast guard ships had rammed a fishing boat.")
    ev = only(result, "ACCUSE")
    assert (ev.source.name, ev.target.country, ev.mode) == ("Vietnam", "CHN", "allege")
    ev = only(run("The opposition charged that soldiers had opened fire on mourners."), "ACCUSE")
    assert (ev.source.name, ev.target.name) == ("opposition", "soldiers")
    ev = only(run("Quito alleged that the shots were fired by Peruvian troops."), "ACCUSE")  # (a passive's doer)
    assert ev.target.country == "PER"


def test_every_state_s_demonym_names_it(run) -> None:
    ev = only(run("Swedish police detained three activists in Malmo on Friday."), "COERCE")
    assert ev.source.country == "SWE"
    ev = only(run("Tunisian coast guards arrested 40 migrants on Sunday."), "COERCE")  # (not Tunis the city)
    assert ev.source.country == "TUN"


def test_a_day_is_no_part_of_an_office_holder_s_name(run) -> None:
    ev = only(run("Ankara summoned the Swedish ambassador on Monday to protest."), "ACCUSE")
    assert (ev.target.name, ev.target.country) == ("Sweden", "SWE")
    assert "Monday" not in " ".join(ev.target.aliases)


def test_the_one_asked_is_the_target_not_the_thing_asked_for(run) -> None:
    ev = only(run("Seoul demanded an apology from Tokyo on Tuesday."), "REQUEST")
    assert ev.target.name == "Japan"
    result = run("Canberra summoned the Chinese ambassador to demand an explanation.")
    assert only(result, "REQUEST").target.country == "CHN"
    ev = only(run("The junta sought military assistance from Moscow."), "REQUEST")
    assert (ev.mode, ev.target.name) == ("assist", "Russia")
    ev = only(run("Washington urged Israel to allow more aid into Gaza."), "REQUEST")  # (object control)
    assert ev.target.name == "Israel"
