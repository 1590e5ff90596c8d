"""Constructions CAMEO codes that the hand lexicon had missed: refusals to act (not to speak), roads blocked in
protest, supplies cut, computers attacked, resignations, proposals accepted, refused demands, pressure to act,
oaths to fight on, blockades, intelligence shared, ties upgraded, troops offered. Sentences written for these
tests."""

from helpers import of_type, only


def test_declining_to_step_down_is_a_refusal(run) -> None:
    ev = only(run("Prime Minister Imran Khan declined to step down despite weeks of protests in Islamabad."), "REJECT")
    assert ev.source.name == "Imran Khan"


def test_declining_or_refusing_to_comment_is_no_event(run) -> None:
    assert run("Peru's foreign ministry declined to comment on the arrests.").events == []
    assert run("The Kremlin refused to comment on the report on Tuesday.").events == []


def test_refusing_to_act_is_still_a_refusal(run) -> None:
    ev = only(run("The Kremlin refused to extend the grain deal on Monday."), "REJECT")
    assert ev.source.country == "RUS"


def test_roads_blocked_by_protesters_are_a_protest(run) -> None:
    ev = only(run("Polish farmers blocked highways near the Ukrainian border on Monday."), "PROTEST")
    assert ev.mode == "obstruct"


def test_supplies_cut_to_a_country_are_a_sanction_on_it(run) -> None:
    ev = only(run("Russia cut gas supplies to Moldova in December."), "SANCTION")
    assert ev.source.country == "RUS" and ev.target.country == "MDA"


def test_reduced_rations_to_a_country_are_a_sanction(run) -> None:
    ev = only(run("The United Nations reduced food rations to Afghanistan last month."), "SANCTION")
    assert ev.target.country == "AFG"


def test_hacking_and_cyber_attacks_are_coercion_by_cyber_means(run) -> None:
    ev = only(run("North Korea hacked the computer networks of three South Korean banks."), "COERCE")
    assert ev.mode == "cyber" and ev.source.country == "PRK"
    ev = only(run("Iran launched a cyberattack on Albania in July."), "COERCE")
    assert ev.mode == "cyber" and ev.target.country == "ALB"


def test_a_resignation_gives_way(run) -> None:
    # (CAMEO 0831, "accede to demands for change in leadership")
    ev = only(run("Sri Lankan President Gotabaya Rajapaksa resigned after months of protests."), "CONCEDE")
    assert ev.mode == "resign"


def test_a_proposal_accepted_is_an_agreement_and_one_refused_is_not(run) -> None:
    ev = only(run("Armenia accepted the peace proposal of the European Union on Friday."), "AGREE")
    assert ev.source.country == "ARM"
    assert not of_type(run("Armenia said it did not accept the proposal of the European Union."), "AGREE")


def test_demands_that_will_not_be_met_are_rejected(run) -> None:
    only(run("The Nigerian government said it would not meet the strikers' demands."), "REJECT")


def test_pressure_to_negotiate_is_a_request_and_no_talks(run) -> None:
    result = run("Washington has been pressuring Kyiv to open talks with Moscow.")
    ev = only(result, "REQUEST")
    assert ev.target.country == "UKR" and not of_type(result, "CONSULT")


def test_an_oath_to_fight_on_is_a_threat_and_no_fighting(run) -> None:
    result = run("Houthi leaders have sworn to fight until the last Israeli soldier leaves Gaza.")
    assert [e.event_type for e in result.events] == ["THREATEN"]


def test_a_blockade_imposed_is_coercion_and_one_promised_a_threat(run) -> None:
    ev = only(run("Azerbaijan has blockaded the Lachin corridor since December."), "COERCE")
    assert ev.source.country == "AZE"
    assert [e.event_type for e in run("Azerbaijan said it would blockade Armenia.").events] == ["THREATEN"]


def test_intelligence_shared_with_another_state_is_cooperation(run) -> None:
    ev = only(run("Jordan has been sharing intelligence with Israel."), "COOPERATE")
    assert ev.source.country == "JOR" and ev.target.country == "ISR"


def test_ties_upgraded_are_support(run) -> None:
    ev = only(run("Saudi Arabia upgraded its ties with Syria on Tuesday."), "SUPPORT")
    assert ev.source.country == "SAU"


def test_troops_offered_are_an_agreement_with_the_one_they_are_offered_to(run) -> None:
    ev = only(run("Kenya offered troops to Haiti on Monday."), "AGREE")
    assert ev.source.country == "KEN" and ev.target.country == "HTI"


def test_aid_handed_over_is_aid_to_whom_it_is_handed(run) -> None:
    ev = only(run("Egypt handed over two tonnes of medicine to Sudan on Sunday."), "AID")
    assert ev.source.country == "EGY" and ev.target.country == "SDN"


def test_a_garrison_evacuated_is_a_withdrawal(run) -> None:
    ev = only(run("Russian forces evacuated the garrison of Kherson in November."), "RETREAT")
    assert ev.mode == "withdraw" and ev.source.country == "RUS"


def test_a_promise_to_return_what_was_taken_is_an_agreement(run) -> None:
    ev = only(run("Hamas said it would return the bodies of four hostages to Israel."), "AGREE")
    assert ev.source.name == "Hamas"
    assert not of_type(run("The United States returned fire."), "RETREAT")


def test_a_blockade_reimposed_is_coercion_and_one_to_be_tightened_a_threat(run) -> None:
    ev = only(run("Israel reimposed its blockade of Jenin on Friday."), "COERCE")
    assert ev.source.country == "ISR"
    assert [e.event_type for e in run("NATO said it would tighten the blockade of the port.").events] == ["THREATEN"]


def test_sexual_abuse_is_an_assault(run) -> None:
    ev = only(run("Myanmar soldiers sexually abused Rohingya women in Rakhine in 2017."), "ASSAULT")
    assert ev.mode == "sexual" and ev.source.country == "MMR"


def test_mediation_ended_is_a_sanction(run) -> None:
    ev = only(run("Qatar ended its mediation between Israel and Hamas in November."), "SANCTION")
    assert ev.mode == "discontinue" and ev.source.country == "QAT"


def test_a_march_prevented_is_coercion(run) -> None:
    ev = only(run("Belarusian police prevented the march on the presidential palace."), "COERCE")
    assert ev.source.country == "BLR"


def test_a_protest_in_words_that_is_a_protest_aim_is_the_protests(run) -> None:
    result = run("Georgian opposition leaders began a hunger strike in Tbilisi to protest the media law.")
    assert [e.event_type for e in result.events] == ["PROTEST"]


def test_what_an_ultimatum_or_a_proposal_asks_for_is_not_yet_done(run) -> None:
    result = run("Kyiv issued an ultimatum to the garrison to surrender by noon.")
    assert [e.event_type for e in result.events] == ["THREATEN"]
    result = run("Hamas rejected an Egyptian proposal to release ten hostages.")
    assert [e.event_type for e in result.events] == ["REJECT"]


def test_an_ultimatum_threatens_the_one_who_must_give_way(run) -> None:
    ev = only(run("Serbia threatened to cut off gas unless Kosovo withdrew its police."), "THREATEN")
    assert ev.source.country == "SRB" and ev.target.country == "XKX"
    # the act threatened named as a noun is no target either
    ev = only(run("The rebel commander threatened a new war unless President Kiir stepped down."), "THREATEN")
    assert ev.target is not None and ev.target.country == "SSD"
    ev = only(run("The dockers' union threatened strikes unless the government withdrew the bill."), "THREATEN")
    assert ev.source is not None and ev.source.kind == "protesters" and ev.target.kind == "government"
    ev = only(run("Ankara threatened Athens with sanctions unless it withdrew."), "THREATEN")
    assert ev.target.country == "GRC"


def test_a_consensus_reached_is_an_agreement(run) -> None:
    ev = only(run("Kyiv and Moscow reached a consensus on prisoner exchanges."), "AGREE")
    assert {ev.source.country, ev.target.country} == {"UKR", "RUS"}


def test_restrictions_cancelled_are_a_concession(run) -> None:
    ev = only(run("Uzbekistan cancelled the restrictions on foreign journalists on Monday."), "CONCEDE")
    assert ev.source.country == "UZB"


def test_investigators_sent_to_a_country_are_an_investigation_of_it(run) -> None:
    ev = only(run("The United Nations sent investigators to Myanmar on Monday."), "ACCUSE")
    assert ev.mode == "investigate" and ev.target.country == "MMR"
