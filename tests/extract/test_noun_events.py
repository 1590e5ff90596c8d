"""Acts named by a noun and carried by a light verb: sentences written for these tests."""

from datetime import date

from helpers import of_type as events
from helpers import only


def test_martial_law_and_a_mobilisation_declared_together(run) -> None:
    result = run("Moldova declared martial law and a general mobilisation on Tuesday.")
    coerce, mobilize = only(result, "COERCE"), only(result, "MOBILIZE")
    assert coerce.mode == "martial-law" and coerce.source.country == "MDA"
    # the second noun shares the first one's verb and subject
    assert mobilize.source.country == "MDA" and mobilize.date == date(2021, 3, 2)


def test_a_state_of_emergency_is_a_restriction(run) -> None:
    ev = only(run("Ecuador declared a state of emergency in Quito on Monday."), "COERCE")
    assert ev.source.country == "ECU" and ev.place == "Quito"


def test_an_ordered_mobilisation_happened(run) -> None:
    # ordering a noun act carries it out; ordering troops to attack does not attack
    assert events(run("The president of Serbia ordered a partial mobilisation on Monday."), "MOBILIZE")
    assert not events(run("The general ordered his troops to attack the village."), "ASSAULT")


def test_an_asset_freeze_announced_is_a_sanction(run) -> None:
    ev = only(run("Canada announced an asset freeze on four Belarusian officials on Friday."), "SANCTION")
    assert ev.source.country == "CAN"


def test_a_curfew_imposed_is_coercion_not_a_sanction(run) -> None:
    result = run("Soldiers imposed a curfew in Bamako on Sunday.")
    assert only(result, "COERCE").mode == "curfew"
    assert not events(result, "SANCTION")


def test_the_of_phrase_names_who_undergoes_the_act(run) -> None:
    ev = only(run("The capture of the ferry by Houthi fighters alarmed Cairo."), "COERCE")
    assert ev.source.name == "Houthis" or "Houthi" in ev.source.name
    # the verb the act is the subject of does not carry it out: Cairo was not seized
    assert ev.target is None or ev.target.country != "EGY"


def test_the_of_phrase_of_a_withdrawal_names_who_withdraws(run) -> None:
    ev = only(run("The withdrawal of French troops from Niger began on Thursday."), "RETREAT")
    assert ev.source.country == "FRA"


def test_a_town_attacked_through_a_noun_is_the_place_and_its_state(run) -> None:
    ev = only(run("Russian missile strikes on Zaporizhzhia killed four people on Monday."), "ASSAULT")
    assert ev.source.country == "RUS"
    assert ev.target.country == "UKR" and ev.place == "Zaporizhzhia" and ev.killed == 4


def test_a_diplomatic_protest_lodged_is_an_accusation_of_the_one_it_is_lodged_with(run) -> None:
    result = run("Japan lodged a diplomatic protest with China on Wednesday.")
    ev = only(result, "ACCUSE")
    assert ev.source.country == "JPN" and ev.target.country == "CHN"
    assert not events(result, "PROTEST")


def test_joint_patrols_are_cooperation_between_both(run) -> None:
    ev = only(run("Ghana and Togo held joint patrols along their border on Saturday."), "COOPERATE")
    assert {ev.source.country, ev.target.country} == {"GHA", "TGO"}


def test_a_deal_struck_is_no_attack(run) -> None:
    result = run("The deal was struck on Sunday after talks in Doha.")
    assert not events(result, "ASSAULT")


def test_a_deal_that_collapsed_is_no_agreement(run) -> None:
    assert not events(run("The deal collapsed on Monday."), "AGREE")


def test_a_rally_staged_is_a_protest_whatever_the_lemmatiser_says(run) -> None:
    # the small model lemmatises "staged" as "stag"; the host verb is still found
    ev = only(run("Opposition supporters staged a rally in Tirana on Saturday."), "PROTEST")
    assert ev.place == "Tirana" and ev.date == date(2021, 2, 27)


def test_an_act_done_with_a_weapon_through_another_verb(run) -> None:
    ev = only(run("Riot police moved in with tear gas on students in Colombo on Friday."), "ASSAULT")
    assert ev.source.country == "LKA" and ev.target is not None and "students" in (ev.target.name, *ev.target.aliases)


def test_whoever_comes_for_talks_holds_them(run) -> None:
    ev = only(run("The Kenyan foreign minister arrived in Addis Ababa for talks with Abiy Ahmed on Monday."),
              "CONSULT")
    assert ev.source.country == "KEN" and ev.target.country == "ETH"


def test_a_statement_someone_comes_out_with_is_theirs(run) -> None:
    result = run("Rwandan troops shelled Goma on Monday. Kinshasa came out with a statement condemning the shelling.")
    ev = only(result, "ACCUSE")
    assert ev.source.country == "COD" and ev.target.country == "RWA"


def test_troops_taking_up_positions_mobilise(run) -> None:
    ev = only(run("Malian troops took up positions around the airport in Gao on Sunday."), "MOBILIZE")
    assert ev.source.country == "MLI"


def test_military_drills_are_a_show_of_force_aimed_at_the_state_they_surround(run) -> None:
    ev = only(run("Russia began large-scale naval drills around Japan on Monday."), "MOBILIZE")
    assert ev.source.country == "RUS" and ev.target.country == "JPN"
    ev = only(run("North Korea staged war games on Monday."), "MOBILIZE")
    assert ev.source.country == "PRK"


def test_drills_held_with_a_partner_are_cooperation_and_a_fire_drill_is_nothing(run) -> None:
    ev = only(run("Egypt and Sudan held joint military exercises near Khartoum on Monday."), "COOPERATE")
    assert {ev.source.country, ev.target.country} == {"EGY", "SDN"}
    assert run("Staff at the ministry held a fire drill on Monday.").events == []


def test_forces_massed_at_a_frontier_face_the_state_it_belongs_to(run) -> None:
    ev = only(run("Belarus massed troops near the Lithuanian border on Monday."), "MOBILIZE")
    assert ev.source.country == "BLR" and ev.target.country == "LTU"
    ev = only(run("Serbia deployed armoured units along the boundary with Kosovo on Monday."), "MOBILIZE")
    assert ev.target.country == "XKX"
    # one's own frontier, or a town near which troops stand, names no one faced
    assert only(run("Belarus massed troops near its border on Monday."), "MOBILIZE").target is None


def test_a_package_of_sanctions_is_carried_out_by_whoever_adopts_it(run) -> None:
    ev = only(run("The European Union adopted a ninth package of sanctions against Belarus on Monday."), "SANCTION")
    assert ev.source.name == "European Union" and ev.target.country == "BLR"


def test_frozen_holdings_hit_their_owner(run) -> None:
    ev = only(run("Canada froze the assets of four Iranian officials on Monday."), "SANCTION")
    assert ev.source.country == "CAN" and ev.target.country == "IRN"


def test_a_rally_people_converge_on_a_city_for_is_their_protest(run) -> None:
    # the "for" phrase of a journey names the act it is made for; the aim of the rally is the rally's, no accusation
    result = run("Thousands of Kenyans converged on Nairobi for a rally to protest the finance bill on Tuesday.")
    ev = only(result, "PROTEST")
    assert ev.source.country == "KEN" and ev.mode == "demo"
    assert not events(result, "ACCUSE")
    assert not events(run("Thousands of Kenyans will converge on Nairobi for a rally on Tuesday."), "PROTEST")


def test_delegations_that_return_to_a_city_for_talks_hold_them(run) -> None:
    ev = only(run("Sudanese army negotiators returned to Jeddah for talks with the RSF on Sunday."), "CONSULT")
    assert ev.source.country == "SDN"
    assert not events(run("Sudanese army negotiators may return to Jeddah for talks next month."), "CONSULT")


def test_a_general_strike_a_union_organises_is_its_protest(run) -> None:
    ev = only(run("The trade unions organised a general strike in Buenos Aires on Wednesday."), "PROTEST")
    assert ev.mode == "strike" and ev.source.country == "ARG"


def test_a_petition_launched_or_signatures_collected_are_a_protest(run) -> None:
    ev = only(run("Students in Dhaka began collecting signatures for a petition against the quota system."),
              "PROTEST")
    assert ev.source.country == "BGD"
    assert events(run("Sri Lankan activists launched a petition in Colombo on Monday."), "PROTEST")
    assert not events(run("Did the Sri Lankan activists launch a petition in Colombo?"), "PROTEST")
    # the one who begins collecting them collects them
    ev = only(run("The Lithuanian Farmers Union began collecting signatures for a referendum on the land law."),
              "PROTEST")
    assert ev.source.country == "LTU"


def test_landowners_on_hunger_strike_protest(run) -> None:
    ev = only(run("Algerian landowners began a hunger strike outside parliament to demand the return of their farms."),
              "PROTEST")
    assert ev.mode == "hunger" and ev.source.country == "DZA"


def test_ethnic_cleansing_and_genocide_carried_out_are_assaults_on_the_people_named(run) -> None:
    ev = only(run("Sudanese paramilitaries were engaged in ethnic cleansing against the Masalit in Darfur."),
              "ASSAULT")
    assert ev.mode == "cleansing" and "paramilitaries" in ev.source.name
    assert only(run("The Khmer Rouge committed genocide against Cambodians."), "ASSAULT").mode == "massacre"
    # a genocide remembered or named is no new attack
    assert not events(run("Historians in Phnom Penh commemorated the Cambodian genocide."), "ASSAULT")


def test_a_warm_welcome_given_to_a_visitor_is_a_visit_hosted(run) -> None:
    ev = only(run("The Kenyan president gave a warm welcome to the visiting Ethiopian prime minister on Monday."),
              "CONSULT")
    assert ev.mode == "visit" and ev.source.country == "KEN" and ev.target.country == "ETH"


def test_a_demand_handed_to_another_is_a_request_of_it(run) -> None:
    ev = only(run("China issued a stern reminder to the Philippines that it must respect Chinese sovereignty."),
              "REQUEST")
    assert ev.source.country == "CHN" and ev.target.country == "PHL"
    ev = only(run("Ukraine sent a demand to Russia for the return of the deported children."), "REQUEST")
    assert ev.source.country == "UKR" and ev.target.country == "RUS"
    # the act called for is asked, not done
    result = run("The Egyptian foreign ministry issued a call to Israel to halt its operations in Rafah.")
    assert only(result, "REQUEST").target.country == "ISR"
    assert not events(result, "CONCEDE") and not events(result, "RETREAT")


def test_an_ultimatum_given_is_a_threat_to_whom_it_is_given(run) -> None:
    ev = only(run("The African Union gave the Sudanese generals an ultimatum to restore civilian rule."), "THREATEN")
    assert ev.source.name == "African Union" and ev.target.country == "SDN"


def test_one_put_under_investigation_is_its_target(run) -> None:
    ev = only(run("The former Peruvian president was put under investigation for corruption."), "ACCUSE")
    assert ev.mode == "investigate" and ev.source is None and ev.target.country == "PER"
    ev = only(run("The Brazilian prosecutors opened an inquiry into Bolsonaro."), "ACCUSE")
    assert ev.target.country == "BRA"


def test_asylum_sought_is_a_request(run) -> None:
    ev = only(run("Iranian dissidents sought refuge in Turkey on Friday."), "REQUEST")
    assert ev.mode == "assist" and ev.source.country == "IRN" and ev.target.country == "TUR"
    ev = only(run("Edward Snowden applied for asylum in Ecuador."), "REQUEST")
    assert ev.mode == "assist" and ev.target.country == "ECU"
    # an embassy asked for shelter stands for its state
    ev = only(run("The opposition leader sought refuge in the Dutch embassy in Caracas."), "REQUEST")
    assert ev.target.country == "NLD"
    assert not events(run("The Venezuelan minister did not seek asylum in Spain."), "REQUEST")


def test_a_noun_the_tokeniser_splits_at_its_hyphen_is_still_the_lexicon_word(run) -> None:
    # "sit-in", "cyber-attack", "hunger-strike" come out of the tokeniser as three tokens each
    assert only(run("Students staged a sit-in in Dhaka on Monday."), "PROTEST").mode == "demo"
    result = run("Hackers launched a cyber-attack on the Albanian government on Friday.")
    assert only(result, "COERCE").mode == "cyber" and not events(result, "ASSAULT")
    result = run("The jailed dissident began a hunger-strike in Moscow.")
    assert only(result, "PROTEST").mode == "hunger" and not events(result, "ASSAULT")


def test_a_name_of_two_words_needs_a_verb_that_carries_it_out(run) -> None:
    # condemned, not carried out: the accusation is the event
    result = run("Rights groups in Dhaka denounced the ethnic cleansing of the Rohingya.")
    assert events(result, "ACCUSE") and not events(result, "ASSAULT")


def test_a_visitor_received_or_welcomed_is_a_visit_hosted(run) -> None:
    ev = only(run("The Saudi crown prince received the Iranian foreign minister in Riyadh."), "CONSULT")
    assert ev.mode == "visit" and ev.source.country == "SAU" and ev.target.country == "IRN"
    ev = only(run("Qatar's emir welcomed the Hamas delegation in Doha."), "CONSULT")
    assert ev.mode == "visit" and ev.source.country == "QAT"
    # a decision welcomed is support, not a visit
    result = run("The Kenyan president welcomed the Sudanese minister's decision.")
    assert events(result, "SUPPORT") and not events(result, "CONSULT")


def test_whoever_undertakes_a_mediation_between_two_sides_mediates(run) -> None:
    result = run("Algeria undertook a mediation mission between Mali and the Tuareg rebels on Monday.")
    ev = only(result, "CONSULT")  # one act of the mediator's, not one per side
    assert ev.mode == "third-party" and ev.source.country == "DZA" and ev.target.country == "MLI"


def test_a_strike_workers_launch_is_a_work_stoppage_not_an_air_strike(run) -> None:
    result = run("Teachers in Lima launched an indefinite strike over pay on Monday.")
    assert only(result, "PROTEST").mode == "strike" and not events(result, "ASSAULT")
    ev = only(run("The unions in Santiago launched a general strike on Thursday."), "PROTEST")
    assert ev.source.country == "CHL" and ev.target.name == "Chile"  # (its government: "general" is no officer)
    assert only(run("Israel launched a strike on Beirut on Tuesday."), "ASSAULT").target.country == "LBN"


def test_more_protest_and_attack_nouns_after_light_verbs(run) -> None:
    assert only(run("Dock workers in Rotterdam staged a picket outside the port authority."), "PROTEST").mode == "demo"
    ev = only(run("Ukrainian forces launched a counteroffensive near Kharkiv on Sunday."), "ASSAULT")
    assert ev.source.country == "UKR"
    ev = only(run("Lebanon's prime minister voiced a plea to Israel to stop the strikes."), "REQUEST")
    assert ev.source.country == "LBN" and ev.target.country == "ISR"


def test_a_visit_made_is_a_visit_and_one_to_be_made_is_none(run) -> None:
    result = run("The Chinese premier made an official visit to Australia on Monday.")
    assert only(result, "CONSULT").mode == "visit" and not events(result, "AGREE")
    assert not run("The Chinese premier will make a visit to Australia next month.").events


def test_an_act_long_threatened_that_is_carried_out_happened(run) -> None:
    ev = only(run("Ethiopia today mounted its long-threatened invasion of Somalia."), "ASSAULT")
    assert ev.source.country == "ETH" and ev.target.country == "SOM"
    # still a plan when only announced, promised or called possible
    assert not events(run("The Sudanese army will begin its planned offensive on El Fasher."), "ASSAULT")
    assert not events(run("A possible Israeli attack on Iran worried the markets."), "ASSAULT")


def test_those_engaged_in_a_firefight_with_others_fight_them(run) -> None:
    ev = only(run("Al-Shabaab militants engaged in a firefight with Kenyan troops near Lamu on Sunday."), "ASSAULT")
    assert ev.target is not None and ev.target.country == "KEN"
