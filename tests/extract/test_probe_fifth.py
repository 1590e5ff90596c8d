"""Constructions met trying redline on crises it had not seen (a fifth round). Sentences written for these
tests."""

from helpers import only


def test_a_day_set_for_a_plan_dates_neither_the_call_nor_later_acts(run) -> None:
    result = run("The union called a general strike for Friday. Police arrested its leader in the capital.",
                 published="2024-03-13")
    assert only(result, "COERCE").date.isoformat() == "2024-03-13"  # (Friday the 15th is still to come)


def test_a_wire_dateline_may_carry_the_day(run) -> None:
    ev = only(run("DHAKA, Aug 5 (Reuters) - Police fired tear gas at protesters.", published="2024-08-06"),
              "ASSAULT")
    assert (ev.date.isoformat(), ev.target.country) == ("2024-08-05", "BGD")


def test_a_month_s_short_name_is_no_town(run) -> None:
    ev = only(run("Protesters stormed the parliament on Aug 5, the army said.", published="2024-08-06"),
              "PROTEST")
    assert (ev.place, ev.country) == (None, None)  # ("AUG" is Augusta's airport code)


def test_a_state_s_initials_name_it(run) -> None:
    ev = only(run("The PRC accused the KSA of meddling on Monday."), "ACCUSE")
    assert (ev.source.country, ev.target.country) == ("CHN", "SAU")


def test_a_town_lost_to_a_force_is_taken_by_it(run) -> None:
    ev = only(run("The garrison town of Bor fell to the rebels on Monday.", published="2024-03-13"), "COERCE")
    assert (ev.mode, ev.source.name, ev.place, ev.date.isoformat()) == ("seize", "rebels", "Bor", "2024-03-11")
    ev = only(run("Kandahar fell to the Taliban on Friday.", published="2021-08-14"), "COERCE")
    assert (ev.source.name, ev.place, ev.country) == ("Taliban", "Kandahar", "AFG")
    assert run("Turnout fell to 40 percent on Monday.").events == []  # (no doer: a figure)
    ev = only(run("Army units fell back from the bridge on Tuesday."), "RETREAT")
    assert ev.mode == "withdraw"


def test_forces_that_give_themselves_up_surrender(run) -> None:
    ev = only(run("Thirty militiamen handed themselves over to the army on Sunday."), "RETREAT")
    assert (ev.mode, ev.source.name) == ("disarm", "Thirty militiamen")
    assert only(run("The two gunmen turned themselves in on Sunday."), "RETREAT").mode == "disarm"


def test_hostages_taken_zones_entered_streets_patrolled_borders_sealed(run) -> None:
    ev = only(run("Pirates took eight sailors hostage off Somalia on Monday."), "ASSAULT")
    assert ev.target.name == "eight sailors"
    ev = only(run("Serbian troops moved into the buffer zone on Monday."), "MOBILIZE")
    assert (ev.mode, ev.source.country) == ("troops", "SRB")
    assert only(run("Soldiers patrolled the streets of Lima on Sunday."), "MOBILIZE").mode == "troops"
    assert only(run("Riot police patrolled the capital."), "MOBILIZE").mode == "police"
    ev = only(run("Jordan sealed its border crossings with Syria on Monday."), "COERCE")
    assert (ev.mode, ev.source.country, ev.target.country) == ("restrict", "JOR", "SYR")


def test_a_truce_said_to_be_broken_charges_its_breaker(run) -> None:
    ev = only(run("Addis Ababa said on Monday that the rebels had violated the truce."), "ACCUSE")
    assert (ev.source.country, ev.target.name) == ("ETH", "rebels")
    ev = only(run("Pyongyang said Seoul had crossed a red line."), "ACCUSE")
    assert (ev.source.country, ev.target.country) == ("PRK", "KOR")


def test_thanks_praise_and_a_vote_declared_void_rejects(run) -> None:
    ev = only(run("Manila thanked Tokyo for its help on Monday."), "SUPPORT")
    assert (ev.source.country, ev.target.country) == ("PHL", "JPN")
    ev = only(run("The opposition declared the vote count void on Monday."), "REJECT")
    assert ev.source.name == "opposition"


def test_stepping_down_is_a_resignation_and_a_request_approved_is_agreed(run) -> None:
    ev = only(run("President Kabila stepped down on Tuesday."), "CONCEDE")
    assert (ev.mode, ev.source.name) == ("resign", "Kabila")
    assert only(run("The council approved the request on Thursday."), "AGREE").source.name == "council"


def test_forces_that_land_or_fly_in_are_deployed(run) -> None:
    ev = only(run("Belarusian paratroopers landed in Minsk on Friday."), "MOBILIZE")
    assert (ev.mode, ev.source.country, ev.place) == ("troops", "BLR", "Minsk")
    assert only(run("French troops flew into Mali on Friday."), "MOBILIZE").source.country == "FRA"
    assert run("The plane landed in Minsk on Friday.").events == []


def test_units_of_forces_assault_where_crowds_riot(run) -> None:
    ev = only(run("Special police units stormed the campus on Sunday."), "ASSAULT")
    assert ev.source.name == "Special police units"


def test_a_time_of_day_is_no_part_of_a_crowd(run) -> None:
    ev = only(run("Later that evening marchers blocked the ring road."), "PROTEST")
    assert ev.source.name == "marchers"


def test_the_end_of_a_person_s_name_names_no_group(run) -> None:
    ev = only(run("Foreign Minister Anna Hezbollah Wagner accused Rwanda of aggression on Monday."), "ACCUSE")
    assert ev.source.name == "Anna Hezbollah Wagner"


def test_a_seizure_and_an_arrest_told_in_turn_are_two_acts(run) -> None:
    result = run("Crowds briefly seized the airport in Aktobe on Wednesday. The interior ministry said more than 300 "
                 "people had been detained.", published="2022-01-08")
    assert sorted(e.mode for e in result.events if e.event_type.value == "COERCE") == ["arrest", "seize"]


def test_talks_ruled_out_rebuff_the_other_side_and_are_not_held(run) -> None:
    result = run("The junta ruled out negotiations with the rebels on Monday.")
    assert [(e.event_type.value, e.mode, e.target.name) for e in result.events] == [("REJECT", "meet", "rebels")]
    ev = only(run("Colombo rejected talks with the Tigers on Monday."), "REJECT")
    assert ev.target.name == "Tigers"
    assert only(run("Tbilisi ruled out a ceasefire on Monday."), "REJECT").source.country == "GEO"
    assert run("Police ruled out foul play.").events == []


def test_a_body_asked_to_meet_is_the_one_asked(run) -> None:
    ev = only(run("Caracas requested an urgent meeting of the Organization of American States."), "REQUEST")
    assert ev.target.name == "Organization of American States"
    ev = only(run("Tehran demanded the release of the British sailors."), "REQUEST")
    assert ev.target is None  # (the ones to be freed are not the ones asked)


def test_an_act_promised_an_answer_threatens_its_doer(run) -> None:
    result = run("Turkish jets struck Kurdish positions in Syria on Friday. A spokesman for the SDF said the attack "
                 "would not go unpunished.", published="2022-11-20")
    ev = only(result, "THREATEN")
    assert ev.target.country == "TUR"
    assert run("The attack went unpunished.").events == []


def test_doubt_cast_on_another_s_act_disapproves_of_it(run) -> None:
    ev = only(run("Paris questioned on Friday why Bamako had needed Russian mercenaries."), "ACCUSE")
    assert (ev.source.country, ev.target.country, ev.mode) == ("FRA", "MLI", "disapprove")
    assert run("Police questioned three suspects.").events == []


def test_a_truce_that_takes_hold_binds_both_sides(run) -> None:
    result = run("Thai and Cambodian troops fought along the border for three days. A truce took hold on Monday.",
                 published="2025-07-30")
    truce = sorted((e.source.country, e.target.country) for e in result.events if e.mode == "ceasefire")
    assert truce == [("KHM", "THA"), ("THA", "KHM")]


def test_protests_told_with_no_crowd_are_an_unnamed_crowd_s(run) -> None:
    ev = only(run("Protests erupted in Lima on Tuesday.", published="2022-12-08"), "PROTEST")
    assert (ev.source.name, ev.source.kind, ev.country, ev.date.isoformat()) == \
        ("protesters", "protesters", "PER", "2022-12-06")
    result = run("Students marched through Lima on Monday. The protests were peaceful.", published="2022-12-08")
    assert [e.source.name for e in result.events] == ["Students"]  # (a later telling is of the crowd told)
    result = run("Police fired tear gas at students in Lima as protests spread on Tuesday.", published="2022-12-08")
    assert "protesters" not in [e.source.name for e in result.events]  # (the crowd named does its own acts)


def test_a_capital_whose_mind_is_reported_is_no_place_of_the_story(run) -> None:
    result = run("Guinea's army seized power on Sunday and detained President Alpha Conde. A spokesman said Paris "
                 "was alarmed.", published="2021-09-06")
    assert result.events and all(e.country != "FRA" for e in result.events)


def test_a_name_recognised_is_supported_and_hostages_freed_by_forces_are_rescued(run) -> None:
    ev = only(run("Ottawa recognised Guaido on Wednesday."), "SUPPORT")
    assert (ev.source.country, ev.target.country) == ("CAN", "VEN")
    assert run("Commandos freed the hostages on Tuesday.").events == []
    ev = only(run("The militia freed two hostages on Tuesday."), "RETREAT")
    assert (ev.mode, ev.source.name) == ("release", "militia")


def test_an_official_suspended_is_sanctioned(run) -> None:
    ev = only(run("Nigeria's Supreme Court suspended the governor of Kano on Monday."), "SANCTION")
    assert ev.source.country == "NGA"


def test_a_way_forced_in_is_stormed_by_forces_and_rioted_by_crowds(run) -> None:
    assert only(run("Commandos forced their way into the television station."), "ASSAULT").source.name == "Commandos"
    assert only(run("Students smashed their way into the council chamber."), "PROTEST").mode == "riot"
    assert only(run("Residents banged pots and pans on their balconies."), "PROTEST").mode == "demo"
    assert only(run("Marchers defaced a statue of the king."), "PROTEST").mode == "vandalize"


def test_a_common_phrase_names_no_group_that_bears_it_as_a_name(run) -> None:
    result = run("Hezbollah said the last red line had been crossed.")
    assert all("Red Line" not in (e.source and e.source.name, e.target and e.target.name) for e in result.events)
    assert only(run("Red Line militants bombed a bank in Athens."), "ASSAULT").source.country == "GRC"


def test_a_refusal_asked_of_others_is_no_refusal(run) -> None:
    result = run("The opposition urged its supporters not to accept the verdict.")
    assert [e.event_type.value for e in result.events] == ["REQUEST"]
    assert only(run("The opposition said it would not accept the verdict."), "REJECT").source.name == "opposition"


def test_the_blame_said_to_lie_with_someone_charges_them(run) -> None:
    ev = only(run("Damascus said Ankara bore full responsibility for the shelling."), "ACCUSE")
    assert (ev.source.country, ev.target.country) == ("SYR", "TUR")
    assert run("The bridge bore the weight of the tanks.").events == []


def test_what_is_asked_for_is_asked_of_its_giver(run) -> None:
    ev = only(run("Phnom Penh asked for an urgent meeting of the UN Security Council."), "REQUEST")
    assert (ev.source.country, ev.target.name) == ("KHM", "UN Security Council")
    ev = only(run("Niamey asked for help from Moscow on Friday."), "REQUEST")
    assert (ev.source.country, ev.target.country) == ("NER", "RUS")
