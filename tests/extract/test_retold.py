"""Acts told again: a toll in a sentence of its own, a killing named by the act it belongs to, add to the act
already told rather than make a new one; a killing with a doer of its own is not another act's toll.
Sentences written for these tests, about crises outside the development set."""

from __future__ import annotations

from helpers import of_type

SIEGE = ("Police commandos killed the last two gunmen holed up in the station on Monday, ending a siege that began "
         "when attackers stormed the building on Friday and opened fire at passengers.")


def test_a_killing_with_a_doer_of_its_own_is_not_another_acts_toll(run) -> None:
    result = run(SIEGE, published="2009-03-03")
    by_doer = {e.source.name: e for e in of_type(result, "ASSAULT")}
    assert by_doer["Police commandos"].killed == 2
    assert by_doer["attackers"].killed is None  # the two gunmen were not the attackers' victims


def test_a_toll_with_no_day_of_its_own_goes_to_the_act_just_told(run) -> None:
    result = run(SIEGE + " More than 40 people were killed and 90 wounded, officials said.", published="2009-03-03")
    attacks = of_type(result, "ASSAULT")
    assert len(attacks) == 2  # no third act for the toll
    attack = next(e for e in attacks if e.source.name == "attackers")
    assert (attack.killed, attack.wounded) == (40, 90)


def test_a_toll_on_a_later_day_of_its_own_is_not_folded(run) -> None:
    text = ("Rebels shelled the market in Goma on Friday. On Tuesday, five more people were killed in the east, "
            "officials said.")
    attacks = of_type(run(text, published="2013-07-17"), "ASSAULT")
    assert all(e.killed != 5 for e in attacks if e.source is not None)


def test_a_killing_in_the_act_named_again_is_that_acts_toll(run) -> None:
    text = ("Ethiopian jets bombed Tigrayan fighters in Togoga on Tuesday. More than 60 people were killed in the "
            "Ethiopian airstrike, doctors said.")
    (strike,) = of_type(run(text, published="2021-06-25"), "ASSAULT")
    assert (strike.source.country, strike.killed, len(strike.mentions)) == ("ETH", 60, 2)


def test_a_rebel_groups_attack_is_not_its_states_act(run) -> None:
    text = ("Ethiopian jets bombed a market in Togoga on Tuesday. Tigrayan forces had attacked an army base the "
            "week before.")
    attacks = of_type(run(text, published="2021-06-25"), "ASSAULT")
    assert len(attacks) == 2  # Ethiopia and the TPLF are both Ethiopian, and not one side


def test_an_act_named_again_by_that_takes_its_day(run) -> None:
    text = ("On Saturday the ministry said Friday's raid was carried out in retaliation for Wednesday's bombing at "
            "the cathedral. That bombing killed 20 worshippers.")
    (bombing,) = [e for e in of_type(run(text, published="2019-01-29"), "ASSAULT") if e.killed == 20]
    assert str(bombing.date) == "2019-01-23"


def test_weapons_landing_on_the_day_of_an_attack_told_are_that_attack(run) -> None:
    text = "Israeli jets struck a Hezbollah depot in Tyre on Monday. Two rockets landed near the port, officials said."
    attacks = of_type(run(text, published="2006-07-18"), "ASSAULT")
    assert len(attacks) == 1 and attacks[0].source.country == "ISR" and len(attacks[0].mentions) == 2
    (alone,) = of_type(run("Two mortar shells landed inside the base at Tyre on Monday.", published="2006-07-18"),
                       "ASSAULT")
    assert alone.source is not None  # no attack told before: the landing is the attack

