"""extract/reality.py alone: whether a matched trigger tells of something that happened, on sentences
parsed once (no arguments, actors or dates)."""

from __future__ import annotations

import pytest

from redline.extract.reality import Reality


@pytest.fixture(scope="module")
def real(lexicon, candidates):
    """real(text, word) -> Reality.is_real for the trigger `word` the lexicon matched in `text`."""
    reality = Reality(lexicon)

    def _real(text: str, word: str) -> bool:
        found = candidates(text)
        assert word in found, (word, sorted(found))  # the trigger must be matched for the check to mean anything
        return reality.is_real(found[word].token, found[word].entry)

    return _real


@pytest.mark.parametrize(("text", "word"), [
    ("The navy struck the harbour.", "struck"),
    ("Rebels attacked the northern garrison on Monday.", "attacked"),
    ("Two journalists were arrested by police in the capital on Thursday.", "arrested"),
    ("The minister said the militia had shelled the port.", "shelled"),  # reported, but told as done
    ("Gunmen attacked the port, killing all nine crew.", "killing"),
    ("If the militia attacks the base, the army will respond.", "respond"),  # a promise is a real threat
    ("The army said it would retaliate.", "retaliate"),
])
def test_plain_acts_are_real(real, text: str, word: str) -> None:
    assert real(text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("The navy did not strike the harbour.", "strike"),  # negated
    ("The minister did not condemn the raid.", "condemn"),
    ("The rebels could attack the capital within days.", "attack"),  # modal
    ("If the militia attacks the base, the army will respond.", "attacks"),  # conditional
    ("Will the army attack the town?", "attack"),  # a question
    ("The rebels planned to attack the capital.", "attack"),  # under an irrealis head
    ("The rebels refused to attack the capital.", "attack"),
    ("Officials said they were planning to sanction the bank.", "sanction"),
    ("Air defences were on alert for a possible attack on the airport.", "attack"),  # an unreal modifier
    ("The crew was braced for an American attack that never came.", "attack"),
    ("This was not an Israeli strike, the spokesman said.", "strike"),  # the noun of a negated clause
    ("The army said it would not retaliate.", "retaliate"),  # a promise refused is no threat
    ("A cargo plane crashed near the port, killing all nine crew.", "killing"),  # an accident
])
def test_unreal_acts_are_not_real(real, text: str, word: str) -> None:
    assert not real(text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("The president is about to visit Nairobi.", "visit"),
    ("The army was poised to attack the town.", "attack"),
    ("The envoy is set to meet rebel leaders.", "meet"),
])
def test_an_act_about_to_happen_is_not_real_yet(real, text: str, word: str) -> None:
    assert not real(text, word)


def test_setting_fire_is_no_plan(real) -> None:
    assert real("Rioters set fire to the courthouse.", "set")


# (the small model lemmatises "hoped" as "hop": the heads are looked up by their possible stems too)
def test_an_act_hoped_for_is_not_real(real) -> None:
    assert not real("The rebels hoped to attack the capital.", "attack")


def test_a_passive_infinitive_on_a_noun_is_still_to_come(real) -> None:
    assert not real("Brussels published the names of the Iranian generals to be sanctioned by the bloc.", "sanctioned")
    assert real("Britain became the first country to be targeted by the campaign.", "targeted")


def test_an_act_of_force_attempted_is_made_but_other_acts_tried_are_not(real) -> None:
    assert real("Pakistan tried to hit military bases across India with drones on Wednesday.", "hit")
    assert not real("The envoy tried to meet the rebel leaders in Juba.", "meet")


def test_an_act_called_for_is_demanded_not_done(real) -> None:
    assert not real("The Venezuelan opposition called for a boycott against the government.", "boycott")
    assert not real("The unions appealed for a general strike against the new labour law.", "strike")
    assert real("The unions staged a general strike against the new labour law.", "strike")


def test_an_act_someone_refuses_is_not_done(real) -> None:
    assert not real("Kenya regretted Somalia's refusal to join the talks with Ethiopia.", "talks")
    assert real("Somalia joined the talks with Ethiopia on Monday.", "talks")
