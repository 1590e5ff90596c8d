"""Constructions met trying redline on crises it had not seen: tolls an act leaves, villages burned by troops,
calls made by telephone, rulers dismissed, and days set for something to come. Sentences written for these
tests."""

from datetime import date

from helpers import only


def test_an_act_that_left_people_dead_is_an_assault_with_its_toll(run) -> None:
    ev = only(run("A car bombing in the market of Kirkuk left eleven people dead on Wednesday."), "ASSAULT")
    assert ev.killed == 11 and ev.date == date(2021, 3, 3)
    ev = only(run("Two nights of clashes between rival gangs left 40 people wounded."), "ASSAULT")
    assert ev.wounded == 40


def test_what_nature_or_an_accident_leaves_dead_is_no_event(run) -> None:
    assert run("The cyclone left 30 people dead along the coast.").events == []
    assert run("The train crash left nine people dead near Lyon.").events == []


def test_villages_burned_by_troops_are_attacked_and_flags_burned_by_a_crowd_are_a_protest(run) -> None:
    ev = only(run("Witnesses said soldiers burned three villages near the river on Tuesday."), "ASSAULT")
    assert ev.source.kind == "military" and ev.mode == "destroy"
    assert only(run("Demonstrators burned an American flag outside the embassy."), "PROTEST").mode == "demo"


def test_a_call_by_telephone_is_a_phone_consultation_with_the_one_called(run) -> None:
    ev = only(run("Cyril Ramaphosa called Emmerson Mnangagwa by telephone on Thursday."), "CONSULT")
    assert ev.mode == "phone" and ev.source.name == "Cyril Ramaphosa" and ev.target.name == "Emmerson Mnangagwa"
    assert [e.event_type for e in run("Cyril Ramaphosa called Emmerson Mnangagwa by telephone on Thursday and "
                                      "said the talks were a sham.").events].count("ACCUSE") == 0


def test_a_ruler_or_government_dismissed_is_sanctioned_and_a_claim_dismissed_is_rejected(run) -> None:
    ev = only(run("President Kais Saied dismissed Prime Minister Najla Bouden on Tuesday."), "SANCTION")
    assert ev.target.name == "Najla Bouden" and ev.date == date(2021, 3, 2)
    assert only(run("The king sacked the cabinet on Monday."), "SANCTION").date == date(2021, 3, 1)
    assert only(run("Beijing dismissed the report as a fabrication."), "REJECT").source.country == "CHN"


def test_a_day_something_is_set_for_dates_neither_the_act_nor_what_follows(run) -> None:
    result = run("The governor dissolved the assembly and called a snap election for November 14.\n\n"
                 "The opposition condemned the decision.", published="2021-09-10")
    assert {e.date for e in result.events} == {date(2021, 9, 10)}, [(e.event_type, e.date) for e in result.events]


def test_condemning_what_one_calls_an_act_blames_its_doer(run) -> None:
    result = run("Soldiers seized the state radio station in Bissau on Tuesday. The regional bloc condemned what it "
                 "called an unconstitutional seizure of power.")
    blame = only(result, "ACCUSE")
    assert blame.target is not None and blame.target.kind == "military"
    blame = only(run("Moscow condemned what it called a campaign of violence unleashed by the opposition."), "ACCUSE")
    assert blame.source.country == "RUS" and blame.target is not None and blame.target.kind == "party"


def test_a_consulate_is_the_sending_states_wherever_it_stands(run) -> None:
    ev = only(run("Hundreds of protesters marched on the Chinese consulate in Karachi on Friday."), "PROTEST")
    assert ev.target is not None and ev.target.country == "CHN"


def test_protesting_to_a_government_is_a_complaint_and_protesting_in_a_square_a_demonstration(run) -> None:
    ev = only(run("Hanoi protested to Beijing over the seizure of its fishing boats."), "ACCUSE")
    assert ev.source.country == "VNM" and ev.target.country == "CHN"
    assert only(run("Farmers protested in the main square of Lahore on Monday."), "PROTEST").mode == "demo"



def test_shots_fired_toward_people_are_an_assault_on_them(run) -> None:
    ev = only(run("Masked gunmen fired toward border guards near Jarinje on Sunday."), "ASSAULT")
    assert ev.target is not None and ev.source is not None


def test_a_joint_exercise_suspended_sanctions_the_partner(run) -> None:
    ev = only(run("Ankara suspended a joint naval exercise with Israel on Tuesday."), "SANCTION")
    assert ev.source.country == "TUR" and ev.target is not None and ev.target.country == "ISR"
