"""Constructions met trying redline on more crises it had not seen: fire and charges two sides trade, a court's
order, a place sealed off, a measure judged by name, one's own troops reinforced, acts chanted for, and the one
whose arrest or release it is. Sentences written for these tests."""

from datetime import date

from helpers import only


def test_two_sides_that_exchange_fire_attack_each_other(run) -> None:
    ev = only(run("Eritrea and Ethiopia exchanged mortar fire along the border on Tuesday."), "ASSAULT")
    assert (ev.source.name, ev.target.name) == ("Eritrea", "Ethiopia") and ev.date == date(2021, 3, 2)
    ev = only(run("Serbian and Kosovar police traded fire near the crossing on Monday."), "ASSAULT")
    assert (ev.source.name, ev.target.name) == ("Serbia", "Kosovo")


def test_charges_traded_accuse_and_messages_exchanged_consult(run) -> None:
    ev = only(run("Rwanda and Burundi traded accusations on Monday."), "ACCUSE")
    assert (ev.source.name, ev.target.name) == ("Rwanda", "Burundi")
    ev = only(run("Chile and Bolivia exchanged messages on Monday."), "CONSULT")
    assert ev.target is not None and ev.target.name == "Bolivia"


def test_states_that_clash_along_a_border_attack_each_other_and_a_quarrel_is_no_clash(run) -> None:
    ev = only(run("Kyrgyzstan and Tajikistan clashed along their border on Wednesday."), "ASSAULT")
    assert (ev.source.name, ev.target.name) == ("Kyrgyzstan", "Tajikistan")
    assert run("Spain and Italy clashed over the budget on Friday.").events == []


def test_a_courts_order_demands_of_whom_it_binds(run) -> None:
    ev = only(run("On Thursday the International Court of Justice ordered Myanmar to prevent genocide."), "REQUEST")
    assert ev.target.name == "Myanmar" and ev.date == date(2021, 3, 4)
    assert [e for e in run("The general ordered his officers to collect evidence.").events
            if e.event_type == "REQUEST"] == []


def test_a_place_sealed_off_is_closed_by_whoever_sealed_it(run) -> None:
    ev = only(run("Riot police sealed off the central square in Minsk on Sunday."), "COERCE")
    assert ev.mode == "restrict" and ev.source.kind == "police" and ev.date == date(2021, 2, 28)


def test_a_measure_judged_by_name_blames_whoever_imposed_it(run) -> None:
    result = run("President Alberto Fujimori declared a state of emergency on Monday. The opposition called the "
                 "declaration an illegal act.")
    ev = only(result, "ACCUSE")
    assert ev.target is not None and ev.target.name == "Alberto Fujimori"


def test_ones_own_troops_reinforced_are_the_means_not_the_target(run) -> None:
    ev = only(run("Colombia's defence ministry said it had reinforced its troops on the eastern border."), "MOBILIZE")
    assert ev.source.country == "COL" and ev.target is None


def test_an_act_chanted_or_marched_for_is_asked_for_not_done(run) -> None:
    result = run("Thousands of students gathered outside the palace, chanting for the minister's arrest.")
    assert [e.event_type for e in result.events] == ["PROTEST"]
    result = run("Students marched for the release of the detained sailors on Monday.")
    assert [e.event_type for e in result.events] == ["PROTEST"]


def test_the_one_whose_arrest_it_is_is_its_target(run) -> None:
    ev = only(run("Prosecutors confirmed the senator's arrest on Wednesday."), "COERCE")
    assert ev.source is None and ev.target.name == "senator"
    ev = only(run("The navy's release of the trawler came on Monday."), "RETREAT")
    assert ev.source is not None and ev.source.kind == "military"  # (an "of" names the one freed)


def test_a_past_clause_telling_when_is_done_whatever_the_clause_above_plans(run) -> None:
    result = run("The militia agreed on Friday to hand over its weapons, two days after the army stormed its camp.")
    ev = only(result, "ASSAULT")
    assert ev.source.kind == "military" and ev.date == date(2021, 3, 3)
    assert [e for e in run("The militia vowed to retaliate if the army stormed its camp.").events
            if e.event_type == "ASSAULT"] == []


def test_they_after_dozens_of_a_group_is_that_group(run) -> None:
    result = run("Officials said scores of looters were shot dead as they tried to break into the central bank.")
    ev = next(e for e in result.events if e.trigger == "break")
    assert ev.source is not None and ev.source.name == "looters"


def test_those_held_responsible_in_a_relative_clause_did_the_act(run) -> None:
    result = run("The junta punished the officers it held responsible for the massacre.")
    assert only(result, "ASSAULT").source.name == "officers"


def test_a_toll_told_of_another_clause_is_not_the_reprisals(run) -> None:
    result = run("Azerbaijani jets bombed Armenian positions on Sunday after Armenian rockets struck a market in "
                 "Tartar, killing nine people.")
    tolls = {e.trigger: e.killed for e in result.events}
    assert tolls.get("bombed") is None and tolls.get("struck") == 9, tolls


def test_a_weapon_naming_the_kind_of_site_hit_is_no_means(run) -> None:
    assert only(run("Warplanes struck a drone factory near Isfahan on Friday."), "ASSAULT").mode == "aerial"
    assert only(run("A drone strike killed two commanders on Friday."), "ASSAULT").mode == "drone"


def test_a_past_verb_joined_to_an_infinitive_is_done(run) -> None:
    result = run("Governor Maria Lopez refused to step down and accused the army of plotting a coup.")
    assert only(result, "ACCUSE").target.kind == "military"
    refused = run("Governor Maria Lopez refused to step down and attack the press.").events
    assert "ASSAULT" not in [e.event_type for e in refused]  # (both under the refusal)


def test_a_dateline_after_a_headline_is_no_subject(run) -> None:
    result = run("Rebels agree to disarm\n\nKINSHASA — Rebel fighters agreed on Wednesday to lay down their weapons.")
    assert {e.source.name for e in result.events if e.trigger == "agreed"} == {"Rebel fighters"}


def test_a_decree_judged_blames_no_crowd(run) -> None:
    result = run("Students marched through the capital on Tuesday. The opposition called the decree an illegal act.")
    assert all(e.target is None or e.target.kind != "protesters" for e in result.events if e.event_type == "ACCUSE")
