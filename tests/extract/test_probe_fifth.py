"""Constructions met trying redline on crises it had not seen (a fifth round). Sentences written for these
tests."""

from helpers import only


def test_a_day_set_for_a_plan_dates_neither_the_call_nor_later_acts(run) -> None:
    result = run("The union called a general strike for Friday. Police arrested its leader in the capital.",
                 published="2024-03-13")
    assert only(result, "COERCE").date.isoformat() == "2024-03-13"  # (Friday the 15th is still to come)


def test_a_wire_dateline_may_carry_the_day(run) -> None:
    ev = only(run("DHAKA, Aug 5 (Reuters) - Police fired tear gas at protesters.", published="2024-08-06"),
              "ASSAULT")
    assert (ev.date.isoformat(), ev.target.country) == ("2024-08-05", "BGD")


def test_a_month_s_short_name_is_no_town(run) -> None:
    ev = only(run("Protesters stormed the parliament on Aug 5, the army said.", published="2024-08-06"),
              "PROTEST")
    assert (ev.place, ev.country) == (None, None)  # ("AUG" is Augusta's airport code)


def test_a_state_s_initials_name_it(run) -> None:
    ev = only(run("The PRC accused the KSA of meddling on Monday."), "ACCUSE")
    assert (ev.source.country, ev.target.country) == ("CHN", "SAU")
