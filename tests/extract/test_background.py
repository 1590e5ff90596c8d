"""Words that tell no event of their own: an accusation in a relative clause about a thing, a leader meeting
ordinary people, one's own trip put off. Sentences written for these tests, about crises outside the
development set."""

from __future__ import annotations

from helpers import of_type


def test_an_accusation_in_a_clause_about_a_thing_is_no_event(run) -> None:
    text = ("On Friday the Treasury sanctioned Venezuela's central bank and a shipping company it accused of "
            "smuggling oil.")
    result = run(text, published="2019-04-20")
    assert [e.event_type for e in result.events] == ["SANCTION"]


def test_an_accusation_in_a_clause_about_a_group_keeps_the_group(run) -> None:
    text = "Colombia's defence minister named a rebel faction it accused of planting the car bomb in Bogota."
    (accusation,) = of_type(run(text, published="2019-01-20"), "ACCUSE")
    assert accusation.target is not None and accusation.target.kind == "armed_group"


def test_a_leader_meeting_refugees_is_no_consultation(run) -> None:
    text = ("Tigrayan forces shelled Mekelle on Monday. The prime minister flew to Mekelle on Tuesday to meet "
            "refugees, and later met the Sudanese foreign minister.")
    (meeting,) = of_type(run(text, published="2021-06-25"), "CONSULT")
    assert meeting.target.country == "SDN"


def test_ones_own_trip_put_off_is_no_sanction_but_talks_put_off_are(run) -> None:
    assert not run("Russia's foreign minister postponed a trip to Belgrade on Monday.", published="2022-05-04").events
    (put_off,) = run("Serbia postponed talks with Kosovo on Monday.", published="2022-05-04").events
    assert put_off.event_type == "SANCTION"


def test_martial_law_and_mobilisation_are_declared_at_home(run) -> None:
    text = ("Eritrean artillery shelled Adigrat on Monday. Ethiopia declared martial law and a general mobilisation "
            "the same day.")
    result = run(text, published="1998-06-10")
    assert of_type(result, "ASSAULT")[0].country == "ETH"
    home = [e for e in result.events if e.event_type in ("COERCE", "MOBILIZE")]
    assert len(home) == 2 and {e.country for e in home} == {"ETH"}
    text = "Eritrean artillery shelled Adigrat on Monday. Eritrea declared martial law the same day."
    (law,) = of_type(run(text, published="1998-06-10"), "COERCE")
    assert law.country == "ERI"  # at home, not where the shelling was


def test_a_journey_made_to_do_another_act_is_told_for_that_act(run) -> None:
    text = "Sri Lanka's president came to parliament on Tuesday to urge lawmakers to pass the emergency budget."
    result = run(text, published="2022-07-06")
    assert [e.event_type for e in result.events] == ["REQUEST"]
    (visit,) = run("Sri Lanka's president came to New Delhi on Tuesday.", published="2022-07-06").events
    assert visit.event_type == "CONSULT"  # a visit with no other act told is the visit


def test_what_a_side_had_to_do_is_owed_not_done(run) -> None:
    text = "According to Ukraine's envoy, Russia had to stop its air raids at once and withdraw its forces."
    assert not [e for e in run(text, published="2022-03-01").events if e.event_type in ("RETREAT", "ASSAULT")]
    (done,) = run("Kyiv had its troops withdraw from the town.", published="2022-03-01").events
    assert done.event_type == "RETREAT"  # made to withdraw: done
