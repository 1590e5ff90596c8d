"""Verb constructions of refusal, expulsion, giving, cutting, crowd control, orders and easing, and the target
each names (the maker of an offer, the recipient of aid, the state cut off). Sentences written for these tests."""

from helpers import only


def test_an_offer_turned_down_is_a_refusal_of_whoever_made_it(run) -> None:
    ev = only(run("The junta turned down an offer of mediation from the African Union on Monday."), "REJECT")
    assert ev.target is not None and ev.target.name == "African Union"
    ev = only(run("The government of Chad declined an invitation from Qatar to join the negotiations."), "REJECT")
    assert ev.target is not None and ev.target.country == "QAT"
    ev = only(run("Armenia rejected an invitation by Turkey to attend the summit in Ankara."), "REJECT")
    assert ev.target is not None and ev.target.country == "TUR"


def test_a_ban_defied_is_a_refusal_of_whoever_imposed_it(run) -> None:
    ev = only(run("Hamas defied a ban imposed by Israel on public gatherings."), "REJECT")
    assert ev.source.name == "Hamas" and ev.target is not None and ev.target.country == "ISR"
    ev = only(run("The Kosovo government violated a ban by Serbia on imports of medicine."), "REJECT")
    assert ev.target is not None and ev.target.country == "SRB"


def test_a_commitment_gone_back_on_is_a_refusal_of_whoever_it_was_made_to(run) -> None:
    ev = only(run("Ethiopia reneged on its commitment to Eritrea on Friday."), "REJECT")
    assert ev.source.country == "ETH" and ev.target is not None and ev.target.country == "ERI"
    ev = only(run("Venezuela backed out of its pledge to hold free elections."), "REJECT")
    assert ev.source.country == "VEN"


def test_refusals_planned_denied_or_asked_about_are_no_events(run) -> None:
    assert run("Armenia will turn down the invitation from Turkey.").events == []
    assert run("Armenia did not turn down the invitation from Turkey.").events == []
    assert run("Did Armenia turn down the invitation from Turkey?").events == []
    assert run("The engineer turned down the volume of the radio.").events == []


def test_inspectors_or_staff_expelled_sanction_the_organisation_they_work_for(run) -> None:
    ev = only(run("Iran expelled inspectors of the IAEA on Tuesday."), "SANCTION")
    assert ev.mode == "expel" and ev.target is not None and ev.target.name == "International Atomic Energy Agency"
    ev = only(run("Eritrea expelled staff of the World Food Programme."), "SANCTION")
    assert ev.target is not None and ev.target.name == "World Food Programme"


def test_an_agency_or_diplomats_forced_out_of_the_country_are_expelled(run) -> None:
    ev = only(run("The junta forced the UN refugee agency out of the country in March."), "SANCTION")
    assert ev.mode == "expel" and ev.target is not None and ev.target.name == "UNHCR"
    ev = only(run("Niger forced French diplomats out of the country."), "SANCTION")
    assert ev.source.country == "NER" and ev.target is not None and ev.target.country == "FRA"


def test_people_forced_out_of_their_homes_are_coerced(run) -> None:
    ev = only(run("Soldiers forced thousands of villagers out of their homes in Rakhine."), "COERCE")
    assert ev.target is not None and "villagers" in ev.target.name
    assert not [e for e in run("The coach was forced out of the club.").events]
    assert run("The junta will expel the UN monitors.").events == []
