"""Verb constructions of refusal, expulsion, giving, cutting, crowd control, orders and easing, and the target
each names (the maker of an offer, the organisation expelled, the recipient of aid, the state cut off). Sentences
written for these tests."""

import pytest
from helpers import only

# (sentence, PLOVER type, mode or None for any, the target's name or ISO3 country)
CODED = [
    # an offer, a ban or a commitment refused: its maker (or the one it was made to) is the target
    ("The junta turned down an offer of mediation from the African Union on Monday.", "REJECT", None,
     "African Union"),
    ("The government of Chad declined an invitation from Qatar to join the negotiations.", "REJECT", None, "QAT"),
    ("Armenia rejected an invitation by Turkey to attend the summit in Ankara.", "REJECT", None, "TUR"),
    ("Hamas defied a ban imposed by Israel on public gatherings.", "REJECT", None, "ISR"),
    ("The Kosovo government violated a ban by Serbia on imports of medicine.", "REJECT", None, "SRB"),
    ("Ethiopia reneged on its commitment to Eritrea on Friday.", "REJECT", None, "ERI"),
    # people an organisation or a state sends, expelled: the sender is the target
    ("Iran expelled inspectors of the IAEA on Tuesday.", "SANCTION", "expel", "International Atomic Energy Agency"),
    ("Eritrea expelled staff of the World Food Programme.", "SANCTION", "expel", "World Food Programme"),
    ("The junta forced the UN refugee agency out of the country in March.", "SANCTION", "expel", "UNHCR"),
    ("Niger forced French diplomats out of the country.", "SANCTION", "expel", "FRA"),
    ("Mali ordered the French ambassador to leave the country within 72 hours.", "SANCTION", "expel", "FRA"),
    # goods given: the recipient; people evacuated: the state of the place they were taken from
    ("Britain provided aerial photographs to the Ukrainian army in May.", "AID", None, "UKR"),
    ("Turkey delivered tons of grain to Somalia on Monday.", "AID", None, "SOM"),
    ("Germany supplied tanks to Poland.", "AID", None, "POL"),
    ("Japan provided $50 million to Moldova.", "AID", None, "MDA"),
    ("UN helicopters evacuated the wounded from the besieged Syrian town of Madaya on Friday.", "AID", None, "SYR"),
    # aid or supplies cut: the state cut off, named after "to" or "for"
    ("Washington suspended part of a military aid programme for Egypt.", "SANCTION", None, "EGY"),
    ("Russia halted deliveries of gas to Moldova in January.", "SANCTION", None, "MDA"),
    ("The World Bank suspended funding for Uganda.", "SANCTION", None, "UGA"),
    ("The IMF froze a loan to Sri Lanka.", "SANCTION", None, "LKA"),
    # an outlet ordered to fall silent: censorship of the outlet
    ("The junta ordered the opposition newspaper to suspend publication.", "COERCE", "censor", "opposition newspaper"),
    # a measure eased where it is in force: the people there, for their state
    ("Authorities lifted the curfew in Dhaka on Sunday.", "CONCEDE", None, "BGD"),
    ("The army shortened the curfew in Yangon.", "CONCEDE", None, "MMR"),
    ("President Bashir shortened by one hour the nightly curfew imposed in Sudan.", "CONCEDE", None, "SDN"),
    ("Serbia lifted a night curfew in Kosovo, where 12 people have been killed in riots.", "CONCEDE", None, "XKX"),
    ("Israel eased restrictions in the West Bank.", "CONCEDE", None, "PSE"),
]


@pytest.mark.parametrize(("text", "event_type", "mode", "target"), CODED)
def test_the_construction_is_coded_with_its_target(run, text: str, event_type: str, mode: str | None,
                                                   target: str) -> None:
    ev = only(run(text), event_type)
    assert mode is None or ev.mode == mode
    assert ev.target is not None and target in (ev.target.name, ev.target.country), ev.target


def test_a_commitment_backed_out_of_is_a_refusal_by_whoever_made_it(run) -> None:
    assert only(run("Venezuela backed out of its pledge to hold free elections."), "REJECT").source.country == "VEN"


def test_a_crowd_dispersed_with_force_is_assaulted_and_its_protest_is_coded(run) -> None:
    result = run("Zambian riot police used tear gas to disperse demonstrators protesting the election results.")
    ev = only(result, "ASSAULT")
    assert ev.mode == "other" and ev.source.country == "ZMB" and ev.target is not None
    assert only(result, "PROTEST").source.name == "demonstrators"
    # (tear gas named second among the weapons used is used too; students dispersed do not withdraw)
    result = run("Police used rubber bullets and tear gas to disperse students protesting the arrest of their leader.")
    assert only(result, "ASSAULT").mode == "other" and only(result, "PROTEST").source.name == "students"
    assert not [e for e in result.events if e.event_type == "RETREAT"]


def test_force_planned_or_denied_against_a_crowd_is_no_assault(run) -> None:
    assert run("Police did not use tear gas to disperse the demonstrators.").events == []
    assert not [e for e in run("Police plan to use tear gas to disperse the demonstrators.").events
                if e.event_type == "ASSAULT"]


@pytest.mark.parametrize(("text", "country"), [
    ("Armenia placed its army on high alert on Sunday.", "ARM"),
    ("The Kenyan government ordered patrols by police and soldiers in Nairobi.", "KEN"),
    ("Iran has trained hundreds of hackers capable of cyber attacks against Israel.", "IRN"),
])
def test_forces_alerted_patrols_ordered_and_fighters_trained_are_a_mobilisation(run, text: str, country: str) -> None:
    result = run(text)
    assert only(result, "MOBILIZE").source.country == country
    assert not [e for e in result.events if e.event_type == "COERCE"]  # (attacks they are capable of are not made)


def test_a_titled_officer_who_resigns_is_the_actor(run) -> None:
    ev = only(run("Maj. Gen. Kofi Mensah resigned on Friday to allow elections to take place."), "CONCEDE")
    assert ev.mode == "resign" and ev.source.name == "Kofi Mensah"


def test_people_forced_out_of_their_homes_are_coerced(run) -> None:
    ev = only(run("Soldiers forced thousands of villagers out of their homes in Rakhine."), "COERCE")
    assert ev.target is not None and "villagers" in ev.target.name


# (sentence, the PLOVER type it must not give): plans, negations, questions and other senses of the words
NOT_CODED = [
    ("Armenia will turn down the invitation from Turkey.", "REJECT"),
    ("Armenia did not turn down the invitation from Turkey.", "REJECT"),
    ("Did Armenia turn down the invitation from Turkey?", "REJECT"),
    ("The engineer turned down the volume of the radio.", "REJECT"),
    ("The coach was forced out of the club.", "SANCTION"),
    ("The junta will expel the UN monitors.", "SANCTION"),
    ("Italy evacuated its citizens from Khartoum.", "AID"),
    ("Germany plans to provide tanks to Poland.", "AID"),
    ("Is Germany providing tanks to Poland?", "AID"),
    ("Germany is not providing tanks to Poland.", "AID"),
    ("The ministry provided details of the plan.", "AID"),
    ("Iran suspended its nuclear programme.", "SANCTION"),
    ("The United States will freeze aid to Niger.", "SANCTION"),
    ("The United States did not cut aid to Ethiopia.", "SANCTION"),
    ("Police halted traffic to the stadium.", "SANCTION"),
    ("The court ordered the newspaper to pay damages to the minister.", "COERCE"),
    ("The government plans to order patrols in the capital.", "MOBILIZE"),
    ("Did the president order patrols in the capital?", "MOBILIZE"),
    ("Pakistani troops ambushed an Afghan patrol near the border.", "MOBILIZE"),  # a unit, not patrols ordered
    ("Authorities will lift the curfew in Dhaka.", "CONCEDE"),
    ("Authorities did not lift the curfew in Dhaka.", "CONCEDE"),
]


@pytest.mark.parametrize(("text", "event_type"), NOT_CODED)
def test_the_construction_is_not_coded_here(run, text: str, event_type: str) -> None:
    assert not [e for e in run(text).events if e.event_type == event_type]
