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


def test_a_compound_or_a_camp_pounded_is_attacked(run) -> None:
    ev = only(run("Government helicopters pounded the rebel compound on Sunday.", published="2024-03-13"), "ASSAULT")
    assert (ev.mode, ev.date.isoformat()) == ("aerial", "2024-03-10")


def test_a_charge_called_unacceptable_is_rejected(run) -> None:
    result = run("Lithuania's president blamed Minsk for the crisis on Monday. On Tuesday the Belarusian foreign "
                 "ministry called the accusation reckless and unacceptable.", published="2024-03-13")
    ev = only(result, "REJECT")
    assert (ev.source.country, ev.target.country) == ("BLR", "LTU")
    assert only(run("The Kremlin called the strikes unacceptable."), "ACCUSE").source.country == "RUS"


def test_a_town_of_the_attacker_s_own_state_is_the_target_not_the_state(run) -> None:
    ev = only(run("Nigerian troops stormed the town of Bama on Friday."), "ASSAULT")
    assert (ev.target.name, ev.target.country) == ("Bama", "NGA")
    assert ev.target.kind == "place"


def test_a_town_the_text_calls_one_is_a_place_whatever_the_tagger_says(run) -> None:
    ev = only(run("Rebels pushed into the town of Konna on Friday."), "ASSAULT")
    assert ev.place == "Konna"


def test_a_second_passive_participle_has_no_doer_either(run) -> None:
    result = run("President Evo Morales spoke on Sunday. He said the marchers had been shot and massacred.")
    assert only(result, "ASSAULT").source is None  # (not the teller)


def test_readiness_to_help_is_support(run) -> None:
    ev = only(run("Beijing said China was ready to help its neighbour."), "SUPPORT")
    assert ev.source.country == "CHN"
    assert only(run("Ankara said Turkey was ready to provide help."), "SUPPORT").source.country == "TUR"
    assert only(run("Japan provided help to the Philippines on Monday."), "AID").source.country == "JPN"


def test_having_nothing_to_do_with_it_is_a_denial(run) -> None:
    assert only(run("Kigali said it had nothing to do with the rebellion."), "REJECT").source.country == "RWA"
    ev = only(run("Tehran said neither Iran nor its allies had anything to do with the attack."), "REJECT")
    assert ev.source.country == "IRN"
    assert run("The spokesman said he had nothing to add.").events == []


def test_a_belief_said_is_a_charge(run) -> None:
    ev = only(run("France said on Friday it believed Russian agents were behind the sabotage."), "ACCUSE")
    assert (ev.source.country, ev.target.country) == ("FRA", "RUS")


def test_a_leader_s_forces_are_of_his_country(run) -> None:
    ev = only(run("President Bashar al-Assad's forces shelled the suburbs on Monday."), "ASSAULT")
    assert ev.source.country == "SYR"


def test_supporters_who_mass_outside_a_building_protest(run) -> None:
    ev = only(run("Thousands of opposition supporters massed outside the electoral commission on Monday."), "PROTEST")
    assert ev.mode == "demo"
    assert only(run("Russia massed troops on the border."), "MOBILIZE").source.country == "RUS"


def test_a_planned_tour_or_talks_scheduled_are_still_to_come(run) -> None:
    assert run("President Ruto plans a tour of Asian capitals.").events == []
    assert run("The two foreign ministers have scheduled talks for Friday.").events == []


def test_sanctions_agreed_by_a_bloc_are_imposed(run) -> None:
    ev = only(run("EU foreign ministers agreed on Monday to impose new sanctions on Iran.", published="2024-03-13"),
              "SANCTION")
    assert (ev.target.country, ev.date.isoformat()) == ("IRN", "2024-03-11")
    assert only(run("Armenia agreed to withdraw its troops from the border."), "AGREE").source.country == "ARM"


def test_officials_barred_from_visiting_are_sanctioned(run) -> None:
    ev = only(run("Canberra barred senior Burmese generals from visiting Australia."), "SANCTION")
    assert (ev.source.country, ev.target.country) == ("AUS", "MMR")


def test_forces_breaking_in_attack_and_police_raiding_homes_seize(run) -> None:
    assert only(run("Riot police broke into the university dormitories on Sunday."), "ASSAULT").source.kind == "police"
    assert only(run("Protesters broke into the parliament building."), "PROTEST").mode == "riot"
    assert only(run("Police raided the homes of opposition leaders on Monday."), "COERCE").mode == "seize"
    assert only(run("Soldiers raided a rebel hideout on Monday."), "ASSAULT").source.name == "Soldiers"


def test_a_national_gendarmerie_is_its_state_s_police(run) -> None:
    ev = only(run("The Carabinieri arrested 12 people in Palermo on Monday."), "COERCE")
    assert ev.source.country == "ITA"


def test_a_person_of_two_surnames_goes_by_one(run) -> None:
    ev = only(run("Mariano Rajoy condemned the vote on Sunday.", published="2017-10-02"), "ACCUSE")
    assert ev.source.country == "ESP"


def test_a_surname_the_tagger_takes_for_a_noun_is_the_person_named_before(run) -> None:
    result = run("The mayor met a minister, Ana Rajoy, on Monday. The unions called on Rajoy to resign that night.")
    assert only(result, "REQUEST").target.name == "Ana Rajoy"  # (the tagger takes the second "Rajoy" for a noun)


def test_a_teller_s_own_soldiers_said_not_to_have_attacked_is_a_denial(run) -> None:
    ev = only(run("The Kenyan army said no Kenyan soldier had attacked the village."), "REJECT")
    assert ev.source.country == "KEN"
    assert run("Witnesses said no soldier had fired on the crowd.").events == []


def test_an_act_said_to_be_unlawful_is_blamed(run) -> None:
    assert only(run("The African Union said the coup was illegal."), "ACCUSE").source.name == "African Union"
    assert only(run("The African Union said the takeover was not legal."), "ACCUSE").source.name == "African Union"
    assert run("Officials said the vote was legal.").events == []
    assert run("He said the situation was dangerous.").events == []


def test_an_expected_act_not_told_and_a_topic_are_no_events(run) -> None:
    assert run("The army has not said when it expects to recapture the town.").events == []
    assert run("The minister said the talks had been only about freeing the hostages.").events == []


def test_a_name_taken_for_oneself_is_no_charge(run) -> None:
    result = run("The priest said a man who called himself a commander had threatened him.")
    assert [e.event_type for e in result.events] == ["THREATEN"]


def test_a_crowd_surrounding_a_building_protests_and_forces_hem_it_in(run) -> None:
    assert only(run("Thousands of people surrounded the ministry on Tuesday."), "PROTEST").mode == "demo"
    assert only(run("Troops surrounded the parliament on Tuesday."), "COERCE").mode == "restrict"


def test_whose_men_are_the_group_the_clause_hangs_on(run) -> None:
    result = run("The gunmen called in reinforcements from Ansar Dine, whose fighters attacked the police station.")
    assert any(e.source is not None and e.source.name == "Ansar Dine" for e in result.events
               if e.event_type == "ASSAULT")


def test_a_town_named_beside_a_larger_one_s_edge_is_the_place(run) -> None:
    ev = only(run("Gunmen stormed a police station in Kerdasa, on the western edge of Giza, on Wednesday."), "ASSAULT")
    assert ev.place == "Kerdasa"


def test_a_curated_person_is_not_shadowed_by_a_reference_name_s_short_form(run) -> None:
    result = run("President Miguel Díaz-Canel called on supporters to take to the streets.", published="2021-07-12")
    assert only(result, "REQUEST").source.name == "Miguel Díaz-Canel"


def test_a_crowd_naming_no_one_protests_against_its_own_state(run) -> None:
    ev = only(run("Thousands marched through Caracas on Sunday."), "PROTEST")
    assert ev.target.country == "VEN"
    ev = only(run("Tens of thousands of Georgians marched through Tbilisi on Monday."), "PROTEST")
    assert (ev.source.kind, ev.source.country, ev.target.country) == ("civilians", "GEO", "GEO")


def test_a_crowd_at_an_embassy_protests_against_its_state(run) -> None:
    ev = only(run("Hundreds of protesters gathered outside the Turkish embassy in Stockholm."), "PROTEST")
    assert ev.target.country == "TUR"


def test_rioters_burning_property_riot(run) -> None:
    ev = only(run("Rioters burned banks and petrol stations in Lahore overnight."), "PROTEST")
    assert (ev.mode, ev.place) == ("riot", "Lahore")


def test_forces_wading_into_a_crowd_attack_it(run) -> None:
    ev = only(run("Riot police waded into the crowd with batons on Saturday.", published="2024-03-13"), "ASSAULT")
    assert (ev.source.kind, ev.date.isoformat()) == ("police", "2024-03-09")


def test_turning_someone_down_rejects(run) -> None:
    ev = only(run("The opposition turned him down on Saturday.", published="2024-03-13"), "REJECT")
    assert (ev.source.name, ev.date.isoformat()) == ("opposition", "2024-03-09")


def test_help_offered_and_a_right_to_defend_itself_back_a_side(run) -> None:
    ev = only(run("Japan offered help to the Philippines on Monday."), "SUPPORT")
    assert (ev.source.country, ev.target.country) == ("JPN", "PHL")
    ev = only(run("The German chancellor said Ukraine had a right to defend itself."), "SUPPORT")
    assert ev.target.country == "UKR"


def test_one_named_as_the_suspected_organiser_is_accused(run) -> None:
    ev = only(run("Prosecutors named a Moroccan, Hassan Idrissi, as the suspected organiser."), "ACCUSE")
    assert ev.target.name == "Hassan Idrissi"


def test_soldiers_barring_someone_restrict_a_state_barring_sanctions(run) -> None:
    assert only(run("Soldiers outside the parliament barred its speaker from entering."), "COERCE").mode == "restrict"
    assert only(run("Washington barred 20 officials from entering the United States."), "SANCTION")


def test_an_act_years_before_the_story_is_history_told_in_passing(run) -> None:
    result = run("Seoul restored diplomatic ties with Hanoi almost ten years after crowds burned down its embassy.")
    assert not [e for e in result.events if e.event_type == "PROTEST"]
    assert only(run("Rioters burned down the police station in Dhaka on Monday."), "PROTEST").mode == "riot"


def test_joint_drills_cancelled_cut_dealings(run) -> None:
    ev = only(run("Washington cancelled joint drills with Seoul on Monday.", published="2024-03-13"), "SANCTION")
    assert (ev.source.country, ev.target.country, ev.mode) == ("USA", "KOR", "discontinue")
