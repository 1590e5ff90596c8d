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


def test_blows_struck_by_hand_are_assaults(run) -> None:
    ev = only(run("A ruling-party deputy punched an opposition MP in the chamber on Monday.", published="2024-03-13"),
              "ASSAULT")
    assert (ev.mode, ev.source.name, ev.date.isoformat()) == ("beat", "ruling-party deputy", "2024-03-11")
    assert only(run("Riot police slapped a reporter outside the court."), "ASSAULT").target.kind == "civilians"
    assert "ASSAULT" not in [e.event_type for e in run("Washington slapped tariffs on steel.").events]


def test_things_hurled_by_a_crowd_are_a_riot(run) -> None:
    ev = only(run("Students hurled stones and petrol bombs at the police station on Friday."), "PROTEST")
    assert (ev.mode, ev.source.name) == ("riot", "Students")
    assert "PROTEST" not in [e.event_type for e in run("The two leaders hurled accusations at each other.").events]


def test_homes_ransacked_by_a_crowd_are_a_riot(run) -> None:
    ev = only(run("A mob ransacked the governor's residence on Sunday."), "PROTEST")
    assert ev.mode == "riot"


def test_an_answer_with_arms_is_an_attack_and_a_promised_one_a_threat(run) -> None:
    ev = only(run("Taiwanese troops answered with dozens of artillery rounds."), "ASSAULT")
    assert (ev.mode, ev.source.country) == ("artillery", "TWN")
    ev = only(run("Hanoi said it would respond not with missiles but with diplomacy."), "THREATEN")
    assert ev.source.country == "VNM"


def test_a_way_opened_to_passage_is_access_given(run) -> None:
    ev = only(run("Jordan reopened the Allenby crossing on Monday.", published="2024-03-13"), "RETREAT")
    assert (ev.mode, ev.source.country, ev.date.isoformat()) == ("access", "JOR", "2024-03-11")
    assert only(run("Turkey opened the strait to tankers."), "RETREAT").mode == "access"
    assert [e.event_type for e in run("Troops opened fire on the crowd.").events] == ["ASSAULT"]


def test_papers_withdrawn_and_aid_paused_are_sanctions(run) -> None:
    ev = only(run("The alliance withdrew the accreditation of five Belarusian envoys."), "SANCTION")
    assert ev.mode == "expel"
    ev = only(run("The World Bank paused all funding to Mali on Friday."), "SANCTION")
    assert ev.target.country == "MLI"


def test_people_seized_by_armed_men_are_abducted_and_by_soldiers_detained(run) -> None:
    ev = only(run("Gunmen seized eleven villagers from their homes in Zamfara on Friday.", published="2021-03-01"),
              "ASSAULT")
    assert (ev.mode, ev.target.kind, ev.country) == ("abduct", "civilians", "NGA")
    ev = only(run("Bandits kidnapped a priest near Kaduna."), "ASSAULT")
    assert ev.mode == "abduct"
    ev = only(run("Soldiers took the minister to an unknown location on Monday."), "COERCE")
    assert (ev.mode, ev.source.name) == ("arrest", "Soldiers")
    ev = only(run("A court in Minsk ordered the two reporters held for three months."), "COERCE")
    assert (ev.mode, ev.source.country) == ("arrest", "BLR")


def test_a_call_held_or_a_thing_told_by_phone_is_a_consultation(run) -> None:
    ev = only(run("EU leaders held a video call with President Sandu on Thursday."), "CONSULT")
    assert (ev.mode, ev.target.name) == ("phone", "Sandu")
    ev = only(run("Ruto said Museveni had told him by phone that the border would stay open."), "CONSULT")
    assert ev.mode == "phone"


def test_an_offer_accepted_is_agreed_to(run) -> None:
    assert only(run("Nairobi accepted a Turkish offer of mediation."), "AGREE").source.country == "KEN"


def test_a_deadline_until_a_time_is_a_demand_dated_when_given(run) -> None:
    ev = only(run("Paris gave Bamako until Friday to explain the arrests.", published="2024-03-12"), "REQUEST")
    assert (ev.source.country, ev.target.country, ev.date.isoformat()) == ("FRA", "MLI", "2024-03-12")
    result = run("Seoul said on Wednesday it had cancelled the family reunions due on Thursday and halted aid to "
                 "the North.", published="2024-03-14")
    assert {e.date.isoformat() for e in result.events} == {"2024-03-13"}


def test_a_lede_without_a_place_takes_the_country_whose_towns_the_text_names_most(run) -> None:
    text = ("It took the ruling party one afternoon to pass the law the street had fought for a month.\n\n"
            "Riot police fired tear gas at protesters on Tuesday night. Crowds in Nairobi stayed out until dawn, "
            "and by Wednesday students in Mombasa had joined them. Nairobi has not been quiet since.")
    ev = only(run(text, published="2024-05-16"), "ASSAULT")
    assert (ev.source.country, ev.country) == ("KEN", "KEN")
    text = "It took one afternoon to pass the law.\n\nRiot police fired tear gas at protesters on Tuesday night."
    assert only(run(text, published="2024-05-16"), "ASSAULT").country is None  # (no town named: no guess)


def test_a_hedged_charge_is_still_a_charge(run) -> None:
    ev = only(run("The prime minister told parliament on Monday it was highly likely that Minsk was responsible.",
                  published="2024-03-13"), "ACCUSE")
    assert (ev.source.name, ev.target.country, ev.date.isoformat()) == ("prime minister", "BLR", "2024-03-11")
    ev = only(run("The chancellor said it was clear that Tehran was responsible for the plot."), "ACCUSE")
    assert ev.target.country == "IRN"
    assert run("Officials said it was likely that troops had entered the town.").events == []  # (an act hedged)


def test_one_s_own_side_said_not_to_have_acted_is_a_denial(run) -> None:
    result = run("Caracas accused Bogota of shelling the border town. Bogota said its army had never shelled the town.")
    ev = only(result, "REJECT")
    assert (ev.source.country, ev.target.country) == ("COL", "VEN")
    ev = only(run("The foreign minister of Chad answered that Chad was not guilty."), "REJECT")
    assert ev.source.country == "TCD"
    assert only(run("Rwanda said it was not involved in the attack."), "REJECT").source.country == "RWA"
    assert only(run("Police said three men were involved in the attack."), "ACCUSE").target.name == "three men"
    assert run("Bogota said the rebels had not fired on the town.").events == []  # (not its own side: no denial)


def test_a_government_that_calls_its_own_forces_act_a_coup_blames_them(run) -> None:
    text = "Soldiers seized power in Bamako on Monday. The information ministry called the takeover a coup."
    ev = only(run(text, published="2021-05-26"), "ACCUSE")
    assert (ev.source.name, ev.target.name) == ("information ministry", "Soldiers")
    text = "Iranian forces launched drones at Israel on Saturday. Khamenei called the barrage a slap in the face."
    assert [e.event_type for e in run(text, published="2024-04-14").events] == ["ASSAULT"]


def test_politicians_are_a_party_to_blame(run) -> None:
    ev = only(run("The army chief accused politicians of inciting unrest."), "ACCUSE")
    assert (ev.target.name, ev.target.kind) == ("politicians", "party")


def test_an_envoy_summoned_to_a_ministry_is_summoned_by_its_state(run) -> None:
    ev = only(run("Poland's chargé d'affaires was summoned to the Foreign Ministry in Minsk on Monday.",
                  published="2024-03-13"), "ACCUSE")
    assert (ev.source.country, ev.date.isoformat()) == ("BLR", "2024-03-11")


def test_a_visit_called_off_is_cut_and_a_fate_promised_a_threat(run) -> None:
    ev = only(run("The Serbian president called off a visit to Zagreb on Monday."), "SANCTION")
    assert (ev.mode, ev.source.country) == ("discontinue", "SRB")
    assert only(run("The Houthi leader promised Riyadh a painful fate."), "THREATEN").source.name
    assert run("The minister postponed a visit to Zagreb.").events == []  # (a plan)


def test_water_cannon_turned_on_a_boat_and_stun_grenades_in_answer_are_force(run) -> None:
    ev = only(run("Coast guard ships turned their water cannon on a Philippine supply boat."), "ASSAULT")
    assert ev.source.kind is not None
    assert only(run("Riot police answered with stun grenades."), "ASSAULT").source.name == "Riot police"
    assert run("The convoy turned the corner.").events == []


def test_people_barred_from_entering_are_under_a_travel_ban(run) -> None:
    ev = only(run("Washington barred 14 Nicaraguan officials from entering the United States."), "SANCTION")
    assert (ev.source.country, ev.target.country) == ("USA", "NIC")


def test_an_attempt_or_harassment_condemned_is_an_act_judged(run) -> None:
    assert only(run("The Chilean president condemned the attempt."), "ACCUSE").source.country == "CHL"
    assert only(run("Tokyo condemned the harassment as dangerous."), "ACCUSE").source.country == "JPN"


def test_sanctions_agreed_are_imposed(run) -> None:
    ev = only(run("EU foreign ministers agreed new sanctions on Belarus on Monday.", published="2024-03-13"),
              "SANCTION")
    assert (ev.target.country, ev.date.isoformat()) == ("BLR", "2024-03-11")
    assert only(run("Armenia and Azerbaijan agreed a ceasefire on Monday."), "AGREE").source.country == "ARM"



def test_blame_laid_on_a_deed_hung_on_the_object_still_blames_its_doer(run) -> None:
    ev = only(run("Ankara blamed the incident on Russian air raids near the border."), "ACCUSE")
    assert (ev.source.country, ev.target.country) == ("TUR", "RUS")


def test_a_high_commissioner_summoned_and_consultations_asked_for(run) -> None:
    ev = only(run("Dhaka summoned India's high commissioner on Tuesday."), "ACCUSE")
    assert (ev.source.country, ev.target.country) == ("BGD", "IND")
    assert only(run("Vilnius asked for urgent consultations with its allies."), "REQUEST").source.country == "LTU"


def test_people_cut_down_are_shot_and_spending_cut_down_is_not(run) -> None:
    ev = only(run("Snipers cut down dozens of marchers on Thursday."), "ASSAULT")
    assert ev.source.name == "Snipers"
    assert run("The government cut down on spending.").events == []


def test_a_quarter_known_only_abroad_is_a_quarter_at_home(run) -> None:
    text = "MOGADISHU — Officials said a car bomb in the Madina district killed two people on Saturday."
    ev = only(run(text, published="2017-10-16"), "ASSAULT")
    assert (ev.place, ev.country) == ("Madina", "SOM")  # (not Medina, in Saudi Arabia)
    ev = only(run("MOGADISHU — A car bomb killed two people in Nairobi on Saturday.", published="2017-10-16"),
              "ASSAULT")
    assert (ev.place, ev.country) == ("Nairobi", "KEN")  # (a town, not a quarter: where the gazetteer puts it)


def test_a_thing_promised_to_someone_names_them_the_target(run) -> None:
    ev = only(run("The Houthi leader promised Riyadh a painful fate."), "THREATEN")
    assert ev.target.country == "SAU"
