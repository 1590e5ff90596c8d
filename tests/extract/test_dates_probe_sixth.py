"""Date expressions met on crises redline had not seen (a sixth round). Sentences written for these tests."""

from helpers import only


def test_a_weekday_with_its_day_of_the_month_is_that_day(run) -> None:
    text = "On Friday the 9th the minister said Minsk was responsible. Minsk expelled two envoys on Saturday the 10th."
    result = run(text, published="2024-02-20")
    assert only(result, "ACCUSE").date.isoformat() == "2024-02-09"
    assert only(result, "SANCTION").date.isoformat() == "2024-02-10"


def test_on_the_weekday_follows_the_day_just_told(run) -> None:
    text = ("On Monday, February 12, the minister said Minsk was responsible. "
            "Minsk answered on the Tuesday that it was not guilty.")
    assert only(run(text, published="2024-02-28"), "REJECT").date.isoformat() == "2024-02-13"


def test_a_deadline_the_next_day_does_not_date_the_demand(run) -> None:
    text = ("On Sunday, March 3, two men were found poisoned in a park.\n\n"
            "Eight days later the prime minister gave Moscow until midnight the next day to explain the poisoning.")
    assert only(run(text, published="2024-03-20"), "REQUEST").date.isoformat() == "2024-03-11"


def test_a_day_deep_inside_what_is_said_is_not_the_day_it_was_said(run) -> None:
    text = ("The president warned the opposition leader on Sunday that he had not learned the lessons of "
            "March 1, 2008, when ten people died in clashes.")
    ev = only(run(text, published="2018-04-24"), "THREATEN")
    assert ev.date.isoformat() == "2018-04-22"
    ev = only(run("Kyiv said Russian forces had shelled Kharkiv on Monday.", published="2024-03-13"), "ASSAULT")
    assert ev.date.isoformat() == "2024-03-11"  # (the deed told keeps its day)
