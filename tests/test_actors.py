# SPDX-License-Identifier: MIT
"""Actor resolution on sentences written for these tests: known actors, states by demonym and
capital, parts of groups, backers, anaphora and officials speaking for their state."""


def event(result, kind: str):
    return next(e for e in result.events if e.event_type == kind)


def test_capital_and_demonym_resolve_to_the_state(run) -> None:
    ev = event(run("Tehran condemned the Israeli airstrikes on Monday."), "ACCUSE")
    assert (ev.source.name, ev.source.country, ev.source.kind) == ("Iran", "IRN", "state")
    assert "Tehran" in ev.source.aliases


def test_a_number_of_members_is_the_group(run) -> None:
    text = "Hezbollah said twenty-five of its fighters were killed in the Israeli raid on Sunday."
    ev = event(run(text), "ASSAULT")
    assert ev.target.name == "Hezbollah" and ev.target.country == "LBN"
    assert ev.source.country == "ISR" and ev.killed == 25


def test_the_backer_is_not_the_country_of_the_group(run) -> None:
    ev = event(run("An Iranian-backed militia shelled the airport in Erbil on Friday."), "ASSAULT")
    assert ev.source.country != "IRN"


def test_the_militia_and_its_fighters_go_back_to_the_named_group(run) -> None:
    result = run("Hezbollah shelled an army post on Friday. The group vowed to retaliate if attacked, "
                 "and its fighters fired rockets at Metula on Saturday.")
    threat = event(result, "THREATEN")
    assert threat.source.name == "Hezbollah"
    rockets = [e for e in result.events if e.event_type == "ASSAULT" and "Metula" in (e.place or "")]
    assert rockets and rockets[0].source.name == "Hezbollah"


def test_fighters_named_after_their_force_are_the_force(run) -> None:
    ev = event(run("Hezbollah fighters ambushed a patrol near the border on Tuesday."), "ASSAULT")
    assert ev.source.name == "Hezbollah" and "Hezbollah fighters" in ev.source.aliases


def test_an_official_reporting_his_states_statement_makes_it(run) -> None:
    text = "President Lukas Brenner of Germany said Germany regretted the deaths of the two fishermen."
    ev = event(run(text), "CONCEDE")
    assert ev.source.name == "Lukas Brenner" and ev.source.country == "DEU"


def test_two_officials_of_one_state_make_two_statements(run) -> None:
    result = run("Iran admitted on Saturday that its air defences had shot down the airliner. "
                 "Foreign Minister Parviz Karimi apologized to the families of the victims on Saturday.")
    concessions = [e for e in result.events if e.event_type == "CONCEDE"]
    assert {e.source.name for e in concessions} == {"Iran", "Parviz Karimi"}
