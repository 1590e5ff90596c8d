"""Lexicon entries for common acts a verb or noun tells with a particular object or phrase. Sentences written
for these tests."""


import pytest
from helpers import only


def test_meeting_a_crowd_with_force_is_an_assault(run) -> None:
    result = run("Police met the strikers with rubber bullets in Lagos on Monday.")
    ev = only(result, "ASSAULT")
    assert ev.source.country == "NGA" and not [e for e in result.events if e.event_type == "CONSULT"]


def test_speaking_by_phone_is_a_phone_call_and_speaking_to_reporters_is_nothing(run) -> None:
    ev = only(run("Olaf Scholz spoke to Emmanuel Macron by phone on Friday."), "CONSULT")
    assert ev.mode == "phone" and ev.target.name == "Emmanuel Macron"
    assert run("Olaf Scholz spoke to reporters in Berlin on Friday.").events == []


def test_speaking_with_a_counterpart_is_still_a_consultation(run) -> None:
    ev = only(run("Antony Blinken spoke with Wang Yi in Jakarta on Thursday."), "CONSULT")
    assert ev.target.name == "Wang Yi"


def test_a_commitment_reaffirmed_is_support(run) -> None:
    ev = only(run("Warsaw reaffirmed its commitment to Moldova's security on Tuesday."), "SUPPORT")
    assert ev.source.country == "POL" and ev.target.country == "MDA"


def test_a_criminal_case_opened_is_an_investigation(run) -> None:
    ev = only(run("Belarusian investigators opened a criminal case against Sviatlana Tsikhanouskaya."), "ACCUSE")
    assert ev.mode == "investigate" and ev.target.name == "Sviatlana Tsikhanouskaya"


def test_columns_sent_are_a_mobilisation(run) -> None:
    ev = only(run("Ethiopia sent armoured columns toward the Sudanese border on Sunday."), "MOBILIZE")
    assert ev.source.country == "ETH"


def test_threats_of_suffering_target_the_one_who_will_suffer(run) -> None:
    (ev,) = run("Ruto said Somalia would pay dearly for the raid.").events
    assert ev.event_type == "THREATEN" and ev.target.country == "SOM"


def test_those_responsible_are_the_doers_of_the_last_act_of_force(run) -> None:
    result = run("Al-Shabaab militants stormed a hotel in Mogadishu on Friday. "
                 "The president said those responsible would receive the punishment they deserve.")
    (ev,) = [e for e in result.events if e.event_type == "THREATEN"]
    assert ev.target is not None and "shabaab" in ev.target.name.lower()
    assert "those responsible" in ev.target.aliases  # the mention it is known by here


def test_a_promise_to_widen_attacks_is_a_threat_to_their_target(run) -> None:
    (ev,) = run("The junta promised to intensify its strikes against Ukraine.").events
    assert ev.event_type == "THREATEN" and ev.target.country == "UKR"


def test_an_offer_or_a_promise_to_act_is_an_agreement_and_the_act_is_not_yet_done(run) -> None:
    result = run("Qatar offered to mediate between Chad and Sudan on Monday.")
    assert [e.event_type for e in result.events] == ["AGREE"]  # no mediation took place yet
    (ev,) = run("Japan promised to send more aid to Tonga on Monday.").events
    assert ev.event_type == "AGREE" and ev.source.country == "JPN" and ev.target.country == "TON"


@pytest.mark.parametrize("text", [
    "Dock workers walked off the job in Mombasa on Monday.",
    "Doctors went on strike in Lagos on Monday.",
    "Teachers downed tools in Harare on Monday.",
])
def test_work_stoppages_told_in_other_words_are_strikes(run, text: str) -> None:
    (ev,) = run(text).events
    assert (ev.event_type, ev.mode) == ("PROTEST", "strike") and ev.source is not None


def test_forces_rolling_or_called_up_are_a_mobilisation_of_whom_they_belong_to(run) -> None:
    (ev,) = run("Units of the Ethiopian army were rolling north toward Mekelle on Monday.").events
    assert ev.event_type == "MOBILIZE" and ev.source.country == "ETH"  # not the town they head for
    (ev,) = run("Azerbaijan called up 5,000 reservists on Monday.").events
    assert ev.event_type == "MOBILIZE" and ev.source.country == "AZE"


def test_an_aircraft_that_destroys_a_vehicle_strikes_from_the_air(run) -> None:
    # the entry on the doer ("a drone destroyed") is tried before the one on the thing destroyed ("a truck")
    (ev,) = run("A French drone destroyed a pickup truck near Menaka on Sunday.").events
    assert (ev.event_type, ev.mode, ev.source.country) == ("ASSAULT", "aerial", "FRA")


def test_you_threatened_after_an_attack_are_the_attackers(run) -> None:
    result = run("KABUL — Islamic State gunmen killed 13 American troops at the airport gate on Thursday. "
                 "\"We will hunt you down and make you pay,\" President Biden said.")
    (ev,) = [e for e in result.events if e.event_type == "THREATEN"]
    assert ev.target is not None and ev.target.name == "Islamic State"


def test_a_refusal_told_as_done_rejects(run) -> None:
    (ev,) = run("Nairobi said on Monday that it did not accept the outcome of the vote in Kampala.").events
    assert ev.event_type == "REJECT" and ev.source.country == "KEN"


def test_a_right_to_respond_claimed_is_a_threat(run) -> None:
    result = run("The Ethiopian foreign ministry said Addis Ababa had every right to respond.")
    assert [e.event_type for e in result.events] == ["THREATEN"]
    assert not run("The citizens have the right to vote in the election.").events


def test_a_warning_of_how_things_are_is_no_threat(run) -> None:
    assert not run("The UN envoy warned on Monday that the Horn of Africa was on the brink of war.").events
    assert not run("Kenyan officials warned that further attacks by al-Shabaab were likely.").events
    assert [e.event_type for e in run("Tehran warned that the consequences would be severe for Washington.").events] \
        == ["THREATEN"]


def test_failing_to_agree_is_no_agreement(run) -> None:
    assert not run("The council again failed to agree on a resolution on Friday.").events


def test_an_act_foretold_to_bring_war_threatens_its_doer(run) -> None:
    text = "On Monday Pyongyang's envoy told reporters that an American strike on his country would mean all-out war."
    (ev,) = run(text, published="2021-03-10").events
    assert (ev.event_type, ev.source.country, ev.target.country) == ("THREATEN", "PRK", "USA")
    assert str(ev.date) == "2021-03-08"  # the day it was said
    assert not run("Economists said the tariffs would trigger a recession.").events


def test_a_commitment_to_a_states_security_reaffirmed_is_support(run) -> None:
    text = "The Turkish foreign minister reaffirmed Ankara's commitment to Azerbaijan's territorial integrity."
    (ev,) = run(text).events
    assert (ev.event_type, ev.source.country, ev.target.country) == ("SUPPORT", "TUR", "AZE")
    assert not run("The ministers reaffirmed their commitment to the peace process.").events


def test_a_person_held_is_detained_and_held_responsible_is_blamed(run) -> None:
    (ev,) = run("Police in Minsk held the Polish ambassador for six hours on Tuesday.").events
    assert (ev.event_type, ev.source.country, ev.target.country) == ("COERCE", "BLR", "POL")
    (ev,) = run("Kyiv held the Russian ambassador responsible for the attack.").events
    assert ev.event_type == "ACCUSE"
    assert [e.event_type for e in run("The president held talks with the Kenyan leader on Monday.").events] \
        == ["CONSULT"]


def test_a_verb_cameo_files_under_a_sub_event_of_conflict_codes_alone(run) -> None:
    ev = only(run("Soldiers tortured two farmers in Bunia on Friday, a rights group said."), "ASSAULT")
    assert ev.place == "Bunia"
    ev = only(run("Police in Peru confiscated the radio station's transmitters on Monday."), "COERCE")
    assert ev.mode == "seize"


def test_a_verb_of_conflict_in_its_everyday_sense_is_no_event(run) -> None:
    assert run("The goalkeeper caught the ball in Lima on Sunday.").events == []


def test_what_a_speaker_says_another_must_do_is_a_demand_on_it(run) -> None:
    ev = only(run("Brazil's foreign minister said on Monday that Venezuela must hold fair elections."), "REQUEST")
    assert ev.source.country == "BRA" and ev.target.country == "VEN"
    assert run('"We must defend our homeland," the Ukrainian defence minister said.').events == []
    assert run("Ankara has not said what Athens must do to end the dispute.").events == []


def test_a_verb_written_by_hand_only_as_refused_keeps_its_cameo_acts(run) -> None:
    ev = only(run("Canada gave Haiti 10 million dollars in aid on Monday."), "AID")
    assert ev.source.country == "CAN" and ev.target.country == "HTI"
    (ev,) = run("The government said it would not give the rebels any amnesty.").events
    assert ev.event_type == "REJECT"


def test_a_particle_is_not_a_phrase_of_place(run) -> None:
    result = run("In Accra, the bloc's leaders gave the officers one week to leave.")
    assert not [e for e in result.events if e.event_type == "CONCEDE"]  # no "gave in"


def test_a_visit_paid_or_arrived_on_is_a_consultation(run) -> None:
    ev = only(run("The Emir of Qatar paid a visit to Khartoum on Sunday."), "CONSULT")
    assert ev.mode == "visit" and ev.target.country == "SDN"
    assert only(run("The Kenyan president arrived in Addis Ababa on a two-day visit on Tuesday."), "CONSULT")


def test_mediation_carried_out_is_a_consultation_and_mediation_agreed_to_is_not(run) -> None:
    ev = only(run("Norway launched a mediation effort between Colombia and the rebels on Monday."), "CONSULT")
    assert ev.mode == "third-party"
    result = run("Ghana opposed any foreign mediation in the dispute.")
    assert not [e for e in result.events if e.event_type == "CONSULT"]


def test_an_extradition_is_cooperation_and_a_failure_to_agree_no_agreement(run) -> None:
    ev = only(run("Spain extradited a suspected smuggler to Morocco on Monday."), "COOPERATE")
    assert ev.source.country == "ESP"
    result = run("Thailand and Cambodia failed to reach agreement on the border dispute on Sunday.")
    assert not [e for e in result.events if e.event_type == "AGREE"]


def test_an_investigation_or_a_lawsuit_accuses_its_target(run) -> None:
    ev = only(run("Peruvian prosecutors are investigating the former interior minister over the shootings."), "ACCUSE")
    assert ev.mode == "investigate"
    ev = only(run("A Chilean court indicted three army officers on Tuesday."), "ACCUSE")
    assert ev.mode == "allege"


def test_an_act_promised_unless_the_other_side_gives_way_is_a_threat(run) -> None:
    text = "Ghana will withdraw its peacekeepers from Mali unless the junta holds elections, the foreign minister said."
    (ev,) = run(text).events
    assert ev.event_type == "THREATEN" and ev.source.country == "GHA"
    assert run("If talks fail, Kenya will withdraw its troops from Somalia, the minister said.").events == []


def test_police_dispersing_a_crowd_is_no_retreat(run) -> None:
    result = run("Police in Nairobi opened fire to disperse opposition demonstrators on Monday.")
    assert not [e for e in result.events if e.event_type == "RETREAT"]
    assert only(run("The rebels dispersed into the hills near Beni on Monday."), "RETREAT")


def test_troops_or_money_contributed_are_aid_and_a_cause_is_not(run) -> None:
    ev = only(run("Ireland contributed 20 million euros to the UN refugee agency on Monday."), "AID")
    assert ev.source.country == "IRL"
    assert run("Rising prices contributed to the unrest in Lagos.").events == []


def test_bombs_exploded_by_a_doer_are_an_assault_and_a_bomb_is_no_doer(run) -> None:
    ev = only(run("Rebels exploded a series of bombs in the capital of Chad on Friday."), "ASSAULT")
    assert ev.mode == "explosives"
    assert run("A car bomb exploded near a checkpoint in Mogadishu on Saturday.").events == []


def test_forces_strengthened_are_a_mobilisation_and_links_suspended_a_sanction(run) -> None:
    assert only(run("Ethiopia strengthened its forces along the border with Eritrea on Monday."), "MOBILIZE")
    ev = only(run("Italy announced a suspension of air links with Libya on Wednesday."), "SANCTION")
    assert ev.source.country == "ITA"


def test_a_verb_the_model_mislemmatises_is_found_by_its_stem(run) -> None:
    # the small model reads "cordoned" as the lemma "cordone"; CAMEO files "cordon off" under coercion
    ev = only(run("Riot police cordoned off the streets around parliament in Tbilisi on Tuesday."), "COERCE")
    assert ev.trigger == "cordoned" and ev.rule.startswith("verb:cordon")
    assert run("Riot police gathered near the streets around parliament in Tbilisi on Tuesday.").events == []


def test_evidence_of_an_act_accuses_but_an_intent_indicated_does_not(run) -> None:
    ev = only(run("Canada said the radar data indicated the airliner had been shot down by an Iranian missile."),
              "ACCUSE")
    assert ev.trigger == "indicated"
    result = run("Tehran indicated it would act soon against the tanker, a senior Iranian official said on Monday.")
    assert [e for e in result.events if e.trigger == "indicated"] == []


def test_a_statement_on_an_undertaking_is_aimed_at_a_party_to_it(run) -> None:
    ev = only(run("Kenya welcomed the resumption of talks between Sudan and South Sudan on Monday."), "SUPPORT")
    assert ev.source.country == "KEN" and ev.target.country == "SDN"
    ev = only(run("Egypt welcomed the restoration of diplomatic ties with Syria on Monday."), "SUPPORT")
    assert ev.target.country == "SYR"
    # a thing with no party named is still no target
    assert run("Kenya welcomed the resumption of flights on Monday.").events == []


def test_aid_received_from_a_state_is_the_senders(run) -> None:
    ev = only(run("Ukraine received 40 tanks from Poland last week."), "AID")
    assert ev.source.country == "POL" and ev.target.country == "UKR"


def test_regretting_another_sides_choice_disapproves_but_regretting_a_mistake_admits(run) -> None:
    ev = only(run("The European Union regretted Russia's decision to leave the treaty on Monday."), "ACCUSE")
    assert ev.target.country == "RUS"
    assert only(run("Iran deeply regrets this disastrous mistake, Rouhani said."), "CONCEDE")


def test_aid_pledged_is_an_intent_to_give_it_to_the_one_named(run) -> None:
    ev = only(run("Japan pledged humanitarian aid to Sudan on Monday."), "AGREE")
    assert ev.source.country == "JPN" and ev.target.country == "SDN"
    assert run("Japan promised a decision on the visas on Monday.").events == []


def test_a_protocol_signed_is_an_agreement(run) -> None:
    ev = only(run("Turkey signed a trade protocol with Iraq in Ankara on Thursday."), "AGREE")
    assert ev.source.country == "TUR"


def test_an_agreement_with_two_parties_is_one_with_each(run) -> None:
    result = run("Qatar agreed with Turkey and Iran on Monday that the blockade should be lifted.")
    assert sorted(e.target.country for e in result.events if e.event_type == "AGREE") == ["IRN", "TUR"]
    # an act promised to two places is one promise, not two agreements
    result = run("Gambia's president will visit Mauritania and Senegal to mediate, diplomats said on Monday.")
    assert len([e for e in result.events if e.event_type == "AGREE"]) == 1


@pytest.mark.parametrize("verb", ["impounded", "requisitioned", "expropriated"])
def test_property_taken_by_law_or_arms_is_a_seizure(run, verb) -> None:
    ev = only(run(f"Finnish customs {verb} a Russian cargo ship in Kotka on Monday."), "COERCE")
    assert ev.mode == "seize" and ev.source.country == "FIN" and ev.target.country == "RUS"


def test_armed_sides_clashing_fight_and_ministers_clashing_do_not(run) -> None:
    ev = only(run("Thai and Cambodian troops clashed near the Preah Vihear temple on Monday."), "ASSAULT")
    assert {ev.source.country, ev.target.country} == {"THA", "KHM"}
    ev = only(run("Somali troops clashed with al-Shabaab fighters near Baidoa on Monday."), "ASSAULT")
    assert ev.source.country == "SOM" and ev.target is not None
    assert only(run("Students clashed with riot police in Dhaka on Monday."), "PROTEST").mode == "riot"
    assert run("Cabinet ministers clashed over the budget on Monday.").events == []


def test_paying_for_a_deed_is_a_threat_and_paying_for_repairs_is_not(run) -> None:
    ev = only(run("Zelensky said Moscow had made a grave mistake and would pay for it."), "THREATEN")
    assert ev.target is not None and ev.target.country == "RUS"
    assert run("The ministry will pay for the repairs.").events == []


def test_the_means_to_speak_taken_away_is_censorship(run) -> None:
    ev = only(run("The Ethiopian government shut down the internet in Mekelle on Wednesday."), "COERCE")
    assert ev.mode == "censor" and ev.source.country == "ETH"
    assert only(run("Tehran blocked access to Instagram on Wednesday."), "COERCE").mode == "censor"
    # supplies cut to another state stay a sanction
    assert only(run("Russia cut gas supplies to Moldova on Wednesday."), "SANCTION").target.country == "MDA"


def test_a_delegation_sent_to_a_capital_is_a_visit(run) -> None:
    ev = only(run("The African Union sent a delegation to Niamey on Monday."), "CONSULT")
    assert ev.mode == "visit" and ev.target is not None and ev.target.country == "NER"


def test_armed_men_storming_attack_and_a_crowd_storming_riots(run) -> None:
    # the doer's kind comes from agents.yaml (subj_kind): gangs and police are armed men, students a crowd
    assert only(run("Armed gangs stormed the central prison of Port Kavala on Sunday."), "ASSAULT").source is not None
    assert only(run("Riot police stormed the campus of Dhaka University on Monday."), "ASSAULT").source.kind == "police"
    assert only(run("Students stormed the parliament in Dhaka on Monday."), "PROTEST").mode == "riot"


def test_one_said_to_be_at_fault_is_accused_and_ones_own_responsibility_is_a_claim(run) -> None:
    ev = only(run("The Estonian prime minister said Moscow was culpable for the cyberattack."), "ACCUSE")
    assert ev.source.country == "EST" and ev.target.country == "RUS"
    ev = only(run("Nairobi said Asmara was responsible for the violence on the border."), "ACCUSE")
    assert ev.source.country == "KEN" and ev.target.country == "ERI"
    result = run("Al-Shabaab said it was responsible for the bombing in Mogadishu.")
    assert [e.event_type.value for e in result.events] == ["ASSAULT"]
    # (fault said not to lie with a side denies it for that side: no charge)
    ev = only(run("Kenya's foreign ministry said Kenya was not responsible for the violence."), "REJECT")
    assert ev.source.country == "KEN"


def test_arms_an_answer_is_given_with_are_an_attack(run) -> None:
    result = run("Hezbollah fired rockets at Metula on Monday, and Israel responded with artillery fire.")
    (ev,) = [e for e in result.events if e.source is not None and e.source.country == "ISR"]
    assert ev.event_type.value == "ASSAULT" and ev.mode == "artillery"
    ev = only(run("Ukraine hit back with drones on Tuesday."), "ASSAULT")
    assert ev.source.country == "UKR" and ev.mode == "drone"
    assert len(run("Russia struck Odesa with missiles on Tuesday.").events) == 1
    assert run("The villagers were armed with rockets.").events == []


def test_power_taken_by_force_is_a_coup_and_the_power_no_actor(run) -> None:
    ev = only(run("Guinean army officers seized power in Conakry on Sunday."), "COERCE")
    assert ev.mode == "seize" and ev.source.country == "GIN" and ev.target is None
    assert only(run("The military took power in a coup in Ouagadougou."), "COERCE").country == "BFA"
    assert run("The Labour Party took power after the election.").events == []


def test_a_ruler_put_out_is_coerced_and_the_condemned_put_to_death_assaulted(run) -> None:
    assert only(run("Soldiers ousted President Alpha Conde on Sunday."), "COERCE").target.kind == "person"
    ev = only(run("Saudi Arabia executed 37 men on Tuesday."), "ASSAULT")
    assert ev.mode == "execute" and ev.killed == 37
    assert run("The army executed the plan on Friday.").events == []


def test_a_removal_or_takeover_condemned_blames_whoever_did_it(run) -> None:
    result = run("Sri Lanka's parliament removed Prime Minister Ranil Wickremesinghe on Friday. "
                 "India criticised the removal.")
    ev = only(result, "ACCUSE")
    assert ev.source.country == "IND" and ev.target is not None and ev.target.country == "LKA"


def test_custody_and_the_means_to_speak_restricted(run) -> None:
    ev = only(run("Soldiers placed President Roch Kabore under house arrest on Monday."), "COERCE")
    assert ev.mode == "arrest" and ev.target is not None
    assert only(run("Authorities restricted internet access across Cuba on Sunday."), "COERCE").mode == "censor"
    assert run("The army restricted access to the border area.").events == []


def test_an_act_asked_for_has_no_doer_yet(run) -> None:
    # the arrest asked for is aimed at who is to be arrested, not at whoever arrested someone before
    result = run("Police detained two editors in Minsk on Monday. "
                 "The opposition called for the arrest of Alexander Lukashenko.")
    assert only(result, "REQUEST").target.name == "Alexander Lukashenko"


def test_a_membership_or_coordination_suspended_and_an_envoy_recalled_hit_the_other_state(run) -> None:
    assert only(run("ECOWAS suspended Guinea's membership on Wednesday."), "SANCTION").target.country == "GIN"
    ev = only(run("Colombia suspended security cooperation with Venezuela on Tuesday."), "SANCTION")
    assert ev.target.country == "VEN"
    assert only(run("Ukraine suspended its aid on Tuesday."), "SANCTION").target is None  # its own, no one hit
    ev = only(run("Sweden recalled its ambassador from Riyadh on Monday."), "SANCTION")
    assert ev.source.country == "SWE" and ev.target.country == "SAU"


def test_a_ceasefire_taking_effect_is_a_halt_and_a_siege_laid_a_restriction(run) -> None:
    ev = only(run("A ceasefire between Thailand and Cambodia took effect at midnight on Monday."), "RETREAT")
    assert ev.mode == "ceasefire" and {ev.source.country, ev.target.country} == {"THA", "KHM"}
    ev = only(run("Serbian forces laid siege to Sarajevo on Monday."), "COERCE")
    assert ev.mode == "restrict" and ev.source.country == "SRB"


def test_arms_used_against_people_are_an_assault_and_aircraft_used_no_inquiry(run) -> None:
    ev = only(run("Riot police used water cannon and tear gas to disperse protesters in Tbilisi on Sunday."),
              "ASSAULT")
    assert ev.mode == "other" and ev.source.kind == "police"
    assert only(run("Government forces used chemical weapons in Idlib on Tuesday."), "ASSAULT").source is not None
    result = run("Israeli forces launched an operation in Nablus on Monday, using drones and armoured bulldozers.")
    assert [e.event_type.value for e in result.events] == ["ASSAULT"]  # (CAMEO codes aircraft used as 090)
    assert run("The army used the stadium as a base.").events == []


def test_a_bill_withdrawn_is_a_concession_and_troops_withdrawn_a_retreat(run) -> None:
    assert only(run("President Ruto withdrew the finance bill on Wednesday."), "CONCEDE").source is not None
    assert only(run("Russia withdrew its troops from Kherson on Wednesday."), "RETREAT").mode == "withdraw"


def test_a_place_set_on_fire_by_a_crowd_is_a_riot_and_by_armed_men_destroyed(run) -> None:
    assert only(run("Protesters set part of the parliament in Nairobi on fire."), "PROTEST").mode == "riot"
    assert only(run("Militiamen set fire to dozens of homes near Bunia."), "ASSAULT").mode == "destroy"
    result = run("Drones struck the refinery near Ryazan before dawn, setting off fires that burned for hours.")
    assert [e.event_type.value for e in result.events] == ["ASSAULT"]


def test_a_partnership_suspended_hits_the_partner(run) -> None:
    ev = only(run("The European Union suspended its partnership with Niger on Saturday."), "SANCTION")
    assert ev.target.country == "NER"


def test_people_taken_hostage_are_named_without_the_word_hostage(run) -> None:
    ev = only(run("The gangs responded by taking more than 40 prison guards hostage in Cuenca."), "ASSAULT")
    assert ev.target.name == "more than 40 prison guards"
