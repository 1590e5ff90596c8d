"""Words that look like events but tell none, or tell one already coded: sentences written for these tests
(labels a writer quotes, deadlines set, forecasts, ceasefires declared, detainees set free)."""

from datetime import date

from helpers import of_type as events
from helpers import only


def test_a_label_the_writer_quotes_is_no_charge(run) -> None:
    # "what it called X" blames only in words of blame
    result = run("Early on Saturday the army said rebel drones had hit two of its depots, and within hours it "
                 "launched what it called retaliation against rebel camps.")
    assert not events(result, "ACCUSE")
    result = run("The minister went on television to apologize for injuries to what he called \"innocent "
                 "passers-by\" caught up in the raids.")
    assert not events(result, "ACCUSE") and only(result, "CONCEDE")
    charge = only(run("Havana responded to what it called Washington's aggression."), "ACCUSE")
    assert charge.source.country == "CUB"


def test_a_charge_called_a_lie_is_still_rejected(run) -> None:
    ev = only(run("On Sunday, the foreign ministry in Caracas called the charge a lie."), "REJECT")
    assert not events(run("On Sunday, the foreign ministry in Caracas called the charge a lie."), "ACCUSE")
    assert ev.date == date(2021, 2, 28)


def test_naming_an_act_of_ones_own_military_blames_no_one(run) -> None:
    result = run("Kenyan jets bombed the camp on Monday; President Ruto called the Kenyan military's raid a "
                 "necessity.")
    assert only(result, "ASSAULT").source.country == "KEN"
    assert not events(result, "ACCUSE")


def test_an_act_demanded_by_a_deadline_is_not_done(run) -> None:
    result = run("In Abuja, the regional leaders gave the junta one week to release the president.")
    assert not events(result, "RETREAT")
    assert not events(run("Washington gave Caracas 48 hours to free the detained Americans."), "RETREAT")


def test_a_forecast_after_another_clause_is_no_threat(run) -> None:
    result = run("Officials in Nairobi did not expect a truce: they warned that further attacks were likely.")
    assert not events(result, "THREATEN")
    assert events(run("Officials in Nairobi did not expect a truce: they warned that the army would strike "
                      "back."), "THREATEN")


def test_a_declared_ceasefire_is_a_halt_not_an_agreement(run) -> None:
    result = run("The rebels declared a unilateral ceasefire on Monday.")
    assert only(result, "RETREAT").mode == "ceasefire"
    assert not events(result, "AGREE")
    assert events(run("Moscow and Kyiv signed a ceasefire on Monday."), "AGREE")


def test_detainees_walking_out_of_jail_were_set_free(run) -> None:
    ev = only(run("Dozens of detainees walked out of the prison in Harare late on Friday."), "RETREAT")
    assert ev.mode == "release" and ev.source.country == "ZWE" and ev.target.name == "detainees"
    assert not events(run("Dozens of detainees walked out of the prison in Harare late on Friday."), "CONSULT")


def test_an_act_whose_end_is_demanded_is_not_told_again(run) -> None:
    # "an end to the bombing" names the act to be stopped, not a new one
    result = run("In Geneva, the envoy called for an immediate end to the Ethiopian bombing of Mekelle.")
    assert only(result, "REQUEST").date == date(2021, 3, 5)
    assert not events(result, "ASSAULT")


def test_a_border_closed_to_another_state_is_a_sanction_and_schools_closed_a_restriction(run) -> None:
    ev = only(run("In Nairobi, IGAD leaders closed their borders with Sudan on Monday."), "SANCTION")
    assert ev.target.country == "SDN"
    result = run("The junta closed the universities in Bamako on Monday.")
    assert only(result, "COERCE").mode == "restrict" and not events(result, "SANCTION")


def test_the_words_a_crowd_chants_are_no_target(run) -> None:
    ev = only(run('Protesters in Minsk chanted "Leave!" outside the government building.'), "PROTEST")
    assert ev.target.name == "Belarus" and ev.source.country == "BLR"  # (its own government, not "Leave")


def test_one_expected_to_act_is_forecast_not_asked(run) -> None:
    # "X is expected to ..." foretells; "Washington expects Tehran to ..." asks it of Tehran
    assert not run("The Kenyan president is expected to give a warm welcome to the Ethiopian prime minister.").events
    ev = only(run("The EU expects Belgrade to recognise Kosovo."), "REQUEST")
    assert ev.target.country == "SRB"
