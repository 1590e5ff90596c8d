"""Events told without their usual verb: threats implied by readiness or an "otherwise", claims made in what
someone says, acts told through another verb (boarding, walking out of jail, an operation with arms, a note that
declares). Sentences written for these tests, about crises outside the development set."""

import pytest
from helpers import only


@pytest.mark.parametrize("text", [
    "Armenia wanted peace, the prime minister said, but was capable of a firm response if attacked.",
    "Armenia wants peace, Pashinyan said, but is ready to retaliate if provoked.",
])
def test_readiness_to_answer_back_is_a_threat(run, text: str) -> None:
    ev = only(run(text, published="2022-09-15"), "THREATEN")
    assert ev.source.country == "ARM"


def test_readiness_denied_or_for_talks_is_no_threat(run) -> None:
    assert not run("Azerbaijan is not ready to retaliate, the minister said.").events
    assert not [e for e in run("Iran is ready for talks, the spokesman said.").events
                if e.event_type == "THREATEN"]


def test_a_threat_without_its_target_is_aimed_at_the_adversary(run) -> None:
    text = ("Azerbaijan shelled Armenian border towns on Tuesday. Armenia wanted peace, "
            "Pashinyan said, but was capable of a fitting reply if provoked.")
    (ev,) = [e for e in run(text, published="2022-09-14").events if e.event_type == "THREATEN"]
    assert ev.source.country == "ARM" and ev.target.country == "AZE"


def test_forces_that_would_move_otherwise_threaten(run) -> None:
    text = ("The colonels told the president to resign by Friday. Otherwise, the junta's spokesman said, the "
            "troops would head for the presidential palace.")
    result = run(text, published="2021-09-06")
    assert [e.event_type for e in result.events if e.event_type in ("THREATEN", "MOBILIZE")] == ["THREATEN"]
    assert not run("The spokesman said the troops would head for the palace.").events  # no ultimatum: a plan


def test_forces_heading_for_a_city_mobilise(run) -> None:
    ev = only(run("Ethiopian troops were heading for Mekelle on Monday.", published="2020-11-24"), "MOBILIZE")
    assert ev.source.country == "ETH"


def test_the_one_said_to_be_behind_an_attack_is_accused(run) -> None:
    text = "Kenya's interior minister said on Monday that al-Shabaab fighters were behind the attack on the mall."
    ev = only(run(text, published="2013-09-22"), "ACCUSE")
    assert ev.source.country == "KEN" and "shabaab" in ev.target.name.lower()
    assert not run("The minister said the mall was behind the station.", published="2013-09-22").events


def test_an_attack_said_to_be_sponsored_accuses_the_sponsor(run) -> None:
    text = "An Indian army spokesman said the raid on the base was an attack sponsored by Pakistan."
    ev = only(run(text, published="2016-09-20"), "ACCUSE")
    assert ev.source.country == "IND" and ev.target.country == "PAK"
    assert not [e for e in run("The base was hit in an attack sponsored by Pakistan.").events
                if e.event_type == "ACCUSE"]  # told by the author, not said by anyone


def test_armed_men_boarding_a_ship_seize_it(run) -> None:
    ev = only(run("Venezuelan marines boarded the tanker in the Caribbean on Monday.", published="2019-05-20"),
              "COERCE")
    assert ev.mode == "seize" and ev.source.country == "VEN"
    assert not run("Hundreds of passengers boarded the ferry in Piraeus on Monday.").events


def test_commandos_are_soldiers(run) -> None:
    ev = only(run("Nigerian commandos killed three gunmen in Kaduna on Saturday.", published="2021-03-08"),
              "ASSAULT")
    assert ev.source.country == "NGA"


def test_prisoners_walking_out_of_jail_are_released_by_the_state(run) -> None:
    text = "On Friday dozens of opposition activists walked out of Evin prison in Tehran."
    ev = only(run(text, published="2022-10-16"), "RETREAT")
    assert ev.mode == "release" and ev.source.country == "IRN" and "activists" in ev.target.name


def test_a_journey_to_talk_to_someone_consults_them(run) -> None:
    text = "Qatar's foreign minister flew to Kabul on Monday to talk to the Taliban."
    ev = only(run(text, published="2021-09-01"), "CONSULT")
    assert ev.target.name == "Taliban"
    assert not run("The prime minister talked to reporters in Athens on Monday.").events


def test_an_operation_with_arms_is_an_assault(run) -> None:
    text = ("The Turkish army said it had begun an operation with jets and artillery to drive Kurdish fighters "
            "from Afrin.")
    ev = only(run(text, published="2018-01-21"), "ASSAULT")
    assert ev.source.country == "TUR"
    assert not run("The Turkish army said it had begun a rescue operation in the flooded villages.").events


def test_a_note_declaring_a_ceasefire_is_its_senders(run) -> None:
    text = "On Monday the Ethiopian foreign ministry handed the UN envoy a note declaring a ceasefire in Tigray."
    ev = only(run(text, published="2021-06-29"), "RETREAT")
    assert ev.mode == "ceasefire" and ev.source.country == "ETH"


def test_branding_an_act_treason_accuses(run) -> None:
    text = "On Tuesday Ethiopian prime minister Abiy Ahmed branded the uprising in Tigray treason."
    ev = only(run(text, published="2020-11-04"), "ACCUSE")
    assert ev.source.name == "Abiy Ahmed"


def test_unnamed_elements_of_a_state_are_that_state(run) -> None:
    text = "Kenya's interior minister said on Monday that elements in Somalia were behind the attack on the mall."
    ev = only(run(text, published="2013-09-22"), "ACCUSE")
    assert ev.target.country == "SOM"


def test_forces_a_named_teller_calls_his_are_his(run) -> None:
    (ev,) = run("Prigozhin said his fighters had shot down a helicopter.", published="2023-06-24").events
    assert ev.source.name == "Yevgeny Prigozhin"


@pytest.mark.parametrize("text", [
    "Sunday brought the largest crowd in the city's history, perhaps 1.7 million people in Victoria Park.",
    "Saturday saw huge crowds in the streets of Khartoum.",
])
def test_a_day_that_brought_a_crowd_tells_a_protest(run, text: str) -> None:
    (ev,) = run(text, published="2019-08-19").events
    assert (ev.event_type, ev.mode) == ("PROTEST", "demo") and ev.source.kind == "protesters"


def test_targets_picked_out_are_a_threat(run) -> None:
    text = "The Israeli army said on Tuesday it had selected targets in Lebanon."
    ev = only(run(text, published="2017-09-20"), "THREATEN")
    assert ev.source.country == "ISR" and ev.target.country == "LBN"
    assert not run("The committee picked out a site for the new embassy.").events


def test_a_span_of_time_given_to_act_is_a_demand_and_the_act_is_not_yet_done(run) -> None:
    text = "The African Union gave the Sudanese generals 15 days to hand power to civilians."
    (ev,) = run(text, published="2023-04-20").events
    assert (ev.event_type, ev.source.name, ev.target.country) == ("REQUEST", "African Union", "SDN")
    (ev,) = run("Serbia gave the Kosovo police 48 hours to withdraw from the northern towns.").events
    assert ev.event_type == "REQUEST"  # no withdrawal yet
    (ev,) = run("Kyrgyzstan gave Tajik citizens ten days to leave the country.", published="2022-09-20").events
    assert (ev.event_type, ev.mode, ev.source.country) == ("COERCE", "deport", "KGZ")


def test_an_operation_to_drive_someone_out_targets_them(run) -> None:
    text = "Abiy Ahmed said on Tuesday that his forces had begun an operation with jets and artillery to drive " \
           "Tigrayan fighters from Dessie."
    ev = only(run(text, published="2021-11-03"), "ASSAULT")
    assert ev.source.name == "Abiy Ahmed" and ev.target is not None and "fighters" in ev.target.name
