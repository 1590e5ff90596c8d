"""Constructions met trying redline on crises it had not seen (a ninth round). Sentences written for these
tests."""

from helpers import only


def test_a_measure_over_a_region_binds_the_region(run) -> None:
    ev = only(run("MOSUL, Iraq — The cabinet declared a three-month state of emergency in Nineveh on Sunday."),
              "COERCE")
    assert (ev.mode, ev.target.name, ev.target.country) == ("martial-law", "Nineveh", "IRQ")


def test_a_nationwide_measure_binds_the_state(run) -> None:
    ev = only(run("CONAKRY, Guinea — The junta imposed a nationwide curfew on Sunday evening."), "COERCE")
    assert (ev.target.name, ev.country) == ("Guinea", "GIN")
    ev = only(run("Protesters burned a police post in Karachi. The authorities cut mobile internet nationwide on "
                  "Tuesday night."), "COERCE")
    assert (ev.mode, ev.target.name, ev.country, ev.place) == ("censor", "Pakistan", "PAK", None)


def test_a_state_imposing_a_measure_does_not_bind_itself(run) -> None:
    ev = only(run("Azerbaijan declared martial law on Sunday."), "COERCE")
    assert (ev.source.name, ev.target) == ("Azerbaijan", None)


def test_a_bare_chamber_is_the_story_states_unless_the_story_names_the_other(run) -> None:
    ev = only(run("LIMA, Peru — President Vizcarra dissolved Congress on Monday."), "COERCE")
    assert ev.target.name == "Congress" and ev.target.country != "USA"
    ev = only(run("QUITO, Ecuador — The Senate voted on Monday to remove the president."), "COERCE")
    assert ev.source.name == "Senate" and ev.source.country != "USA"
    ev = only(run("WASHINGTON — Congress voted on Monday to impose sanctions on Russia."), "SANCTION")
    assert ev.source.country == "USA"
