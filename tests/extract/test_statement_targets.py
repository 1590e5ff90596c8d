"""Whom a statement or a closure is aimed at, on sentences written for these tests: a threat whose clause names the
speaker's own state threatens whoever that state's act is aimed at."""


def event(result, kind: str):
    return next(e for e in result.events if e.event_type == kind)


def test_a_vow_that_ones_own_state_will_act_threatens_the_one_it_acts_on(run) -> None:
    threat = event(run("Aliyev vowed on Monday that Azerbaijan would take back every village from Armenia.",
                       published="2020-10-05"), "THREATEN")
    assert threat.target is not None and threat.target.name == "Armenia"


def test_a_threat_on_a_condition_threatens_whoever_the_condition_names(run) -> None:
    threat = event(run("Erdogan warned on Friday that Turkey's answer would be crushing if Greece armed the islands.",
                       published="2022-06-10"), "THREATEN")
    assert threat.target is not None and threat.target.name == "Greece"


def test_a_threat_that_another_state_will_suffer_still_threatens_that_state(run) -> None:
    threat = event(run("Blinken warned on Tuesday that Russia would pay a heavy price.", published="2022-02-01"),
                   "THREATEN")
    assert threat.target is not None and threat.target.name == "Russia"


def test_a_call_to_end_an_act_is_made_of_whoever_does_it(run) -> None:
    demand = event(run("Macron called on Wednesday for an end to the Russian shelling of Kharkiv.",
                       published="2022-03-09"), "REQUEST")
    assert demand.target is not None and demand.target.name == "Russia"


def test_a_demanded_boycott_is_aimed_at_the_goods_owner_not_at_the_demanders(run) -> None:
    demand = event(run("Protesters in Athens demanded a boycott of Turkish products on Sunday.",
                       published="2020-08-30"), "REQUEST")
    assert demand.target is not None and demand.target.name == "Turkey"




def test_a_denial_answers_a_charge_made_at_home(run) -> None:
    result = run("Moscow blamed the followers of Alexei Navalny for the unrest on Monday. "
                 "Navalny denied any role on Tuesday.", published="2021-01-26")
    denial = event(result, "REJECT")
    assert denial.target is not None and denial.target.name == "Russia"


def test_a_state_denying_answers_the_foreign_accusers_state(run) -> None:
    result = run("On Friday Ukrainian Foreign Minister Dmytro Kuleba blamed Russia for the blast at the dam. "
                 "Moscow denied the charge.", published="2023-06-09")
    denial = event(result, "REJECT")
    assert denial.target is not None and (denial.target.name, denial.target.aliases) == ("Ukraine", ("Dmytro Kuleba",))


def test_a_closure_of_ones_own_airspace_is_aimed_at_whom_it_is_closed_to(run) -> None:
    closure = event(run("Turkey closed its airspace to Russian planes on Sunday.", published="2022-03-09"), "SANCTION")
    assert closure.target is not None and closure.target.name == "Russia"


def test_a_spokesman_threatening_no_one_named_threatens_whom_his_group_fought(run) -> None:
    result = run("The Houthis fired missiles at an oil terminal in Jizan, Saudi Arabia, on Monday. "
                 "On Tuesday Yahya Saree promised to widen the attacks.", published="2022-03-22")
    threat = event(result, "THREATEN")
    assert threat.target is not None and threat.target.name == "Saudi Arabia"


def test_a_leader_saying_his_state_faces_aggression_accuses_its_attacker(run) -> None:
    result = run("Russian missiles struck Kyiv on Monday. On Tuesday President Volodymyr Zelensky told parliament "
                 "that Ukraine faced open aggression.", published="2022-10-11")
    charge = event(result, "ACCUSE")
    assert charge.target is not None and charge.target.name == "Russia"


def test_a_charge_naming_no_one_is_aimed_at_the_speakers_adversary(run) -> None:
    result = run("Russian jets bombed Mariupol on Monday. On Tuesday Dmytro Kuleba denounced the \"barbaric "
                 "aggression\".", published="2022-03-16")
    charge = event(result, "ACCUSE")
    assert charge.target is not None and charge.target.name == "Russia"


def test_an_account_dismissed_answers_whoever_gave_it(run) -> None:
    result = run("The rebels said on Monday they had shot down a government jet. The army dismissed that account on "
                 "Tuesday.", published="2022-03-16")
    denial = event(result, "REJECT")
    assert denial.target is not None and denial.target.name == "rebels"


def test_a_promise_to_keep_working_with_someone_is_made_to_them(run) -> None:
    result = run("Pyongyang promised on Monday to keep working with South Korea on family reunions.",
                 published="2018-06-25")
    promise = event(result, "AGREE")
    assert promise.target is not None and promise.target.name == "South Korea"
