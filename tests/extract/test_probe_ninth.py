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


def test_a_resignation_gives_way_and_is_a_deed_not_words(run) -> None:
    # (CAMEO 0831: "accede to demands for change in leadership"; placed and dated where it happens)
    ev = only(run("TBILISI, Georgia — Prime Minister Irakli Tamaz resigned on Monday after weeks of protests.",
                  published="2023-02-08"), "CONCEDE")
    assert (ev.mode, ev.source.name, ev.country, ev.date.isoformat()) == ("resign", "Irakli Tamaz", "GEO",
                                                                          "2023-02-06")
    result = run("Interior Minister Dana Orlov, who resigned in March, said on Friday the police had lied.",
                 published="2023-06-10")
    assert [e.date.isoformat() for e in result.events if e.event_type == "CONCEDE"] == ["2023-03-01"]
