"""Number words and casualty counts."""

import pytest

from redline.extract.numbers import casualties, words_to_int


@pytest.mark.parametrize(("text", "value"), [
    ("25", 25), ("1,200", 1200), ("twenty-five", 25), ("two dozen", 24), ("a dozen", 12),
    ("three hundred", 300), ("one hundred and seventy-six", 176), ("dozens", None), ("many", None),
])
def test_words_to_int(text: str, value: int | None) -> None:
    assert words_to_int(text) == value


def test_counts_in_sentences(extractor) -> None:
    from redline.extract.numbers import casualties

    nlp = extractor.parser
    tolls = extractor.extractor.builder.tolls
    cases = {
        "A police officer was killed and three bystanders were injured.": (1, 3),
        "Nobody was killed in the blast.": (0, None),
        "Officials said more than thirty people died.": (30, None),
        "Many people were wounded.": (None, None),
        "A handful of guards were hurt.": (None, None),
    }
    for text, expected in cases.items():
        killed, wounded = casualties(nlp(text)[:], tolls)
        got = (killed.value if killed else None, wounded.value if wounded else None)
        assert got == expected, text


def test_a_toll_in_its_own_sentence_goes_to_the_act_just_told(run) -> None:
    result = run("Rebels shelled the market in Goma on Friday. At least seven people died. Eleven were wounded.")
    ev = next(e for e in result.events if e.event_type == "ASSAULT")
    assert (ev.killed, ev.wounded, ev.approx) == (7, 11, True)


def test_nobody_killed_is_zero(run) -> None:
    result = run("Militants fired rockets at the airbase in Erbil on Friday. Nobody was killed.")
    assert next(e for e in result.events if e.event_type == "ASSAULT").killed == 0


def test_the_toll_of_another_act_in_the_sentence_is_not_counted(run) -> None:
    text = "The army shelled rebel camps on Sunday, a reprisal for a rocket attack that killed two soldiers."
    shelling = next(e for e in run(text).events if e.trigger == "shelled")
    assert shelling.killed is None


def test_a_death_toll_is_the_number_killed(run) -> None:
    text = "Fighting raged in Goma on Monday between the army and the rebels, and the death toll rose to 40."
    ev = next(e for e in run(text).events if e.event_type == "ASSAULT")
    assert ev.killed == 40


def test_a_large_number_is_no_figure(run) -> None:
    ev = run("The ministry said the air strike on Sunday had killed a very large number of militants.").events[0]
    assert ev.killed is None


def test_a_range_gives_its_lower_bound(extractor) -> None:
    for text in ("Between 10 and 15 people were killed in the raid.", "The raid killed 10 to 15 people.",
                 "The blast killed 3-5 civilians."):
        (sent,) = list(extractor.parser(text).sents)
        killed, _ = casualties(sent, extractor.extractor.builder.tolls)
        assert killed is not None and (killed.value, killed.approx) in ((10, True), (3, True)), text


def test_a_stated_toll_told_after_the_act_replaces_an_approximate_one(run) -> None:
    text = ("Israeli jets killed at least two dozen members of a militia over the weekend.\n\n"
            "The raids were flown on Sunday against five Hezbollah sites. Hezbollah said twenty-five of its "
            "fighters were killed.")
    assaults = [e for e in run(text, published="2021-03-08").events if e.event_type == "ASSAULT"]
    assert len(assaults) == 1 and (assaults[0].killed, assaults[0].approx) == (25, False)


def test_a_toll_another_voice_tells_is_not_the_acts_own(run) -> None:
    text = ("Security forces fired tear gas at protesters in Caracas overnight, and rights groups said at least "
            "thirteen people had been killed in two days of unrest.")
    gas = next(e for e in run(text, published="2019-01-24").events if e.trigger == "fired")
    assert gas.killed is None


def test_a_number_spelled_with_and_after_a_scale_word_is_whole(run) -> None:
    for text, killed in (("Rebels attacked the town on Monday, killing two hundred and fifty people.", 250),
                         ("Gunmen killed three hundred and twelve villagers in the valley on Sunday.", 312)):
        (event,) = [e for e in run(text).events if e.event_type == "ASSAULT"]
        assert event.killed == killed, text


def test_one_toll_told_in_two_clauses_is_one_event(run) -> None:
    text = "Medics said at least 12 villagers were killed and 40 people were wounded in Goma on Saturday."
    (event,) = [e for e in run(text, published="2023-04-16").events if e.event_type == "ASSAULT"]
    assert (event.killed, event.wounded, event.approx) == (12, 40, True)


def test_shot_dead_counts_the_dead(run) -> None:
    # "dead" completes the verb ("shot dead 19 people", "shot two protesters dead") or describes the victims
    (ev,) = run("Gunmen shot dead 19 people in Mopti on Sunday.").events
    assert ev.killed == 19
    (ev,) = run("Police shot two protesters dead on Friday.").events
    assert ev.killed == 2
    (ev,) = run("Soldiers shot three miners dead in Kolwezi on Friday.").events
    assert ev.killed == 3


def test_a_plural_amount_is_a_lower_bound(extractor) -> None:
    # the decision for vague counts: "hundreds" states at least 200, "dozens" at least 24 (approx); "many",
    # "several", "a handful" state no figure
    tolls = extractor.extractor.builder.tolls
    for text, expected in (("Dozens of miners were wounded in the collapse of the dam.", (None, 24)),
                           ("Hundreds of villagers were injured.", (None, 200)),
                           ("Tens of thousands of people were wounded in the war.", (None, 20000)),
                           ("Several guards were killed.", (None, None))):
        (sent,) = list(extractor.parser(text).sents)
        killed, wounded = casualties(sent, tolls)
        got = (killed.value if killed else None, wounded.value if wounded else None)
        assert got == expected, text
        assert wounded is None or wounded.approx, text


def test_hundreds_wounded_when_police_fired_is_one_assault(run) -> None:
    text = "Medics said hundreds of people were wounded when riot police fired tear gas at students in Dhaka on Monday."
    (event,) = [e for e in run(text, published="2024-07-17").events if e.event_type == "ASSAULT"]
    assert (event.wounded, event.approx) == (200, True)


def test_a_suicide_bomber_with_a_dozen_killed(run) -> None:
    text = "A suicide bomber killed a dozen people and wounded hundreds at a market in Maiduguri on Friday."
    (event,) = [e for e in run(text, published="2024-06-30").events if e.event_type == "ASSAULT"]
    assert (event.killed, event.wounded, event.mode) == (12, 200, "explosives")


def test_without_causing_casualties_is_zero(run) -> None:
    text = "Officials said rebel gunners had shelled the port of Hodeidah overnight without causing casualties."
    (event,) = [e for e in run(text, published="2018-06-14").events if e.event_type == "ASSAULT"]
    assert (event.killed, event.wounded) == (0, 0)
    text = "Militants fired rockets at the airbase in Kandahar on Friday. There were no deaths."
    (event,) = [e for e in run(text).events if e.event_type == "ASSAULT"]
    assert (event.killed, event.wounded) == (0, None)


def test_no_casualties_of_one_side_is_no_figure(run) -> None:
    text = "Drones struck a convoy of the rebels near Sirte on Monday; the army said there were no civilian casualties."
    (event,) = [e for e in run(text, published="2019-05-08").events if e.event_type == "ASSAULT"]
    assert (event.killed, event.wounded) == (None, None)


def test_more_dead_told_later_add_to_the_toll(run) -> None:
    text = ("Rebels ambushed an army patrol near Beni on Sunday, killing four soldiers. Late on Monday the army said "
            "that six more, badly wounded in the ambush, had died.")
    (event,) = [e for e in run(text, published="2021-03-02").events if e.event_type == "ASSAULT"]
    assert (event.killed, event.wounded) == (10, None)


def test_dead_along_with_others_are_added(run) -> None:
    text = "A car bomb exploded at a checkpoint in Mogadishu on Saturday, killing 30 civilians along with five guards."
    (event,) = [e for e in run(text, published="2019-12-29").events if e.event_type == "ASSAULT"]
    assert event.killed == 35


def test_a_toll_goes_to_the_act_of_the_paragraph_that_has_none(run) -> None:
    text = ("Warplanes bombed three towns in Idlib early on Tuesday. The government said it was a reply to an "
            "ambush last week in which rebels killed nine soldiers. Rescuers said 14 civilians died in the raids "
            "and 30 were wounded.")
    assaults = {e.trigger: e for e in run(text, published="2019-05-21").events if e.event_type == "ASSAULT"}
    assert (assaults["bombed"].killed, assaults["bombed"].wounded) == (14, 30)
    assert (assaults["killed"].killed, assaults["killed"].wounded) == (9, None)


def test_a_lede_toll_of_an_act_told_without_doer_goes_to_its_retelling(run) -> None:
    text = ("The toll from Friday's car bombing in Mogadishu rose sharply on Saturday, with hospital officials saying "
            "as many as 80 people had died along with four soldiers.\n\n"
            "Al-Shabaab militants attacked a busy checkpoint with a car bomb on Friday morning.")
    (event,) = [e for e in run(text, published="2019-12-29").events if e.event_type == "ASSAULT"]
    assert (event.killed, event.mode) == (84, "explosives")


def test_a_lede_toll_needs_the_same_means(run) -> None:
    text = ("The army said a drone had hit a depot near Kherson on Friday, wounding three guards.\n\n"
            "Russian missiles struck the port of Odesa on Friday.")
    strike = next(e for e in run(text, published="2023-07-22").events if e.trigger == "struck")
    assert (strike.killed, strike.wounded) == (None, None)


def test_wounded_troops_of_the_side_attacked_are_the_attacks_toll(run) -> None:
    text = "Gunmen ambushed U.S. Marines near the airport in Kandahar on Monday. Five American troops were wounded."
    (event,) = [e for e in run(text, published="2019-12-29").events if e.event_type == "ASSAULT"]
    assert event.wounded == 5


def test_lives_claimed_are_the_dead(run) -> None:
    text = "Fighters attacked a convoy near Tillaberi on Monday. The ambush claimed the lives of 17 soldiers."
    (event,) = [e for e in run(text, published="2021-03-23").events if e.event_type == "ASSAULT"]
    assert event.killed == 17
    (event,) = run("Rebels shelled the market in Bunia on Sunday. The shelling cost 14 lives.").events
    assert event.killed == 14


def test_the_second_of_two_participles_counts_its_own_victims(run) -> None:
    text = ("Jets bombed a camp of the Ansar militia on Sunday. The militia said thirty of its fighters were killed "
            "and fifty-one wounded, most of them at the camp's headquarters.")
    (event,) = [e for e in run(text, published="2021-03-08").events if e.event_type == "ASSAULT"]
    assert (event.killed, event.wounded) == (30, 51)


def test_a_second_group_parsed_as_the_verbs_conjunct_is_added(run) -> None:
    text = "A car bomb killed 4 U.N. peacekeepers and at least 30 Somalis in Mogadishu on Friday."
    (event,) = [e for e in run(text, published="2021-03-08").events if e.trigger == "killed"]
    assert (event.killed, event.approx) == (34, True)


def test_a_toll_told_by_officials_is_not_their_act(run) -> None:
    text = ("Gunmen attacked a market in Jos on Monday. More than 60 people were killed and some 100 wounded, "
            "officials said.")
    (event,) = [e for e in run(text, published="2019-12-29").events if e.event_type == "ASSAULT"]
    assert event.source is not None and event.source.name == "Gunmen"
    assert (event.killed, event.wounded, event.approx) == (60, 100, True)


def test_a_toll_that_rose_later_replaces_the_first_count(run) -> None:
    text = ("Militia fighters attacked a camp for displaced people in Djugu on Saturday, killing 22.\n\n"
            "The toll later rose to 41, the Red Cross said.")
    (event,) = [e for e in run(text, published="2022-02-03").events if e.event_type == "ASSAULT"]
    assert event.killed == 41


def test_a_dozen_and_one_named_person_are_counted(run) -> None:
    text = "Soldiers fired on a crowd in Bamako on Thursday. Three protesters were shot dead and a dozen were hurt."
    (event,) = [e for e in run(text, published="2022-03-12").events if e.event_type == "ASSAULT"]
    assert (event.killed, event.wounded) == (3, 12)
    text = "The airstrike on Monday killed a senior rebel commander and his wife, army officials said."
    (event,) = [e for e in run(text, published="2022-03-12").events if e.event_type == "ASSAULT"]
    assert event.killed == 2


def test_a_toll_over_a_span_of_days_is_not_the_last_acts(run) -> None:
    text = ("Police fired tear gas at protesters in Accra on Tuesday. Since the protests began on Saturday, "
            "30 people have died.")
    gas = next(e for e in run(text, published="2022-03-10").events if e.trigger == "fired")
    assert gas.killed is None


def test_a_toll_told_the_next_day_of_the_state_attacked_is_that_attacks(run) -> None:
    result = run("Chinese troops attacked an Indian patrol in the Galwan valley on Monday night. "
                 "The Indian army said on Tuesday that an officer and two soldiers had been killed.",
                 published="2020-06-17")
    (ev,) = result.events
    assert ev.source.country == "CHN" and ev.killed == 3
