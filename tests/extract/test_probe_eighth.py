"""Constructions met trying redline on crises it had not seen (an eighth round). Sentences written for these
tests."""

from helpers import only


def test_one_person_killed_counts_one_at_least(run) -> None:
    ev = only(run("Rebels shot dead the district governor in Kalmar on Tuesday."), "ASSAULT")
    assert (ev.killed, ev.approx) == (1, True)
    assert only(run("Militants killed Hamid Qaderi near the border on Sunday."), "ASSAULT").killed == 1
    assert only(run("Gunmen killed the mayor and his brother outside the town hall."), "ASSAULT").killed == 2
    ev = only(run("Gunmen killed a commander and his wife outside the town hall."), "ASSAULT")
    assert (ev.killed, ev.approx) == (2, False)  # (an article and a possessive count exactly, as before)


def test_a_group_killed_states_no_figure(run) -> None:
    assert only(run("Gunmen killed the family of a local judge in Kalmar on Tuesday."), "ASSAULT").killed is None


def test_a_later_figure_raises_a_lone_death(run) -> None:
    result = run("General Omar Tessaly was killed in an ambush near Dora on Monday. Officials said at least nine "
                 "people died in the attack.")
    assert only(result, "ASSAULT").killed == 9


def test_a_killing_named_as_the_cause_is_not_the_toll(run) -> None:
    result = run("The militia fired rockets at the air base on Friday, retaliating for the killing of its commander.")
    assert only(result, "ASSAULT").killed is None
    result = run("Thousands marched in the capital after the death of a student in police custody.")
    assert only(result, "PROTEST").killed is None


def test_institutions_dissolved_or_suspended_are_coerced(run) -> None:
    result = run("The mutineers dissolved the government and the national assembly on Monday and suspended the "
                 "constitution.")
    assert {(e.event_type, e.mode) for e in result.events} == {("COERCE", "restrict")}
    assert not run("The government dissolved the commission's budget line.").events


def test_a_ruler_removed_is_coerced_and_a_vote_to_remove_him_decides_it(run) -> None:
    assert only(run("The assembly removed the prime minister on Friday."), "COERCE").target.name == "prime minister"
    assert only(run("Deputies voted 87 to 20 to remove the president on Friday."), "COERCE")
    assert not run("Deputies will vote next week to remove the president.").events


def test_a_region_several_countries_name_is_the_one_in_the_story_s_country(run) -> None:
    text = "COLOMBO — Gunmen attacked a police checkpoint in Eastern Province on Monday."
    assert only(run(text, published="2024-05-08"), "ASSAULT").country == "LKA"
    text = "RIYADH — Gunmen attacked a police checkpoint in Eastern Province on Monday."
    assert only(run(text, published="2024-05-08"), "ASSAULT").country == "SAU"


def test_a_city_s_english_name_beats_a_smaller_town_that_bears_it(run) -> None:
    ev = only(run("WASHINGTON — Russian forces shelled Odessa on Monday.", published="2024-05-08"), "ASSAULT")
    assert (ev.place, ev.country) == ("Odessa", "UKR")


def test_an_act_that_may_come_or_was_not_given_is_no_act(run) -> None:
    assert [e.event_type for e in run("The navy vowed a crushing reply to any further attack on its ships.").events] \
        == ["THREATEN"]
    result = run("Riot police opened fire without warning on the marchers in Lakeport.")
    assert [e.event_type for e in result.events] == ["ASSAULT"]
    assert not run("The rebels left the valley without firing a shot.").events


def test_a_word_of_a_participle_adjunct_is_no_complement_of_the_verb(run) -> None:
    result = run("The cabinet declared a state of emergency in the north, saying illegal militias had seized roads.")
    assert "REJECT" not in [e.event_type for e in result.events]
    assert [e.source.name for e in result.events if e.event_type == "COERCE"] == ["cabinet", "illegal militias"]


def test_a_release_is_asked_of_whoever_holds_the_person(run) -> None:
    result = run("Mutinous officers detained President Karim Ossou in Port Lumen on Sunday. On Monday the African "
                 "Union called for Ossou's immediate release. The regional bloc demanded the release of Ossou. The "
                 "UN called for Ossou to be freed. Paris urged the junta to free Ossou.")
    requests = [e for e in result.events if e.event_type == "REQUEST"]
    assert [e.target.name for e in requests] == ["Mutinous officers"] * 3 + ["junta"]


def test_what_a_judge_calls_an_act_names_the_act_judged(run) -> None:
    result = run("Mutinous officers seized power in Port Lumen on Wednesday. The regional bloc condemned what it "
                 "called an attempted coup.")
    assert only(result, "ACCUSE").target.name == "Mutinous officers"


def test_a_country_s_coup_is_where_it_happened_not_who_did_it(run) -> None:
    for text in ("Myanmar's coup unfolded on Monday.", "Sudan's uprising began on Sunday in Atbara."):
        assert all(e.source is None or e.source.kind != "state" for e in run(text).events)
    assert only(run("Valdoria's invasion of Kesh began on Thursday."), "ASSAULT").source.name == "Valdoria"


def test_forces_that_tell_of_arrests_with_no_doer_made_them(run) -> None:
    ev = only(run("Police in Lakeport said more than 300 people had been detained."), "COERCE")
    assert ev.source.kind == "police"
    ev = only(run("A rights group said more than 300 people had been detained."), "COERCE")
    assert ev.source is None or ev.source.kind != "civilians"


def test_a_name_an_apposition_calls_a_base_is_a_place_in_the_country_it_names(run) -> None:
    ev = only(run("A drone attack killed two soldiers at Outpost Seven, a base in eastern Chad, on Sunday."), "ASSAULT")
    assert (ev.place, ev.country) == ("Outpost Seven", "TCD")


def test_the_place_of_the_act_answered_is_not_the_answer_s(run) -> None:
    result = run("Jets bombed depots in Libya on Friday, in retaliation for the ambush that killed four soldiers at "
                 "Outpost Seven, a base in eastern Chad, on Monday.")
    bombing = next(e for e in result.events if e.trigger == "bombed")
    assert (bombing.place, bombing.country) == (None, "LBY")


def test_forces_blocking_roads_hem_them_in_where_crowds_protest(run) -> None:
    ev = only(run("By morning, troops and armoured cars were blocking the roads to parliament."), "COERCE")
    assert (ev.mode, ev.source.name) == ("restrict", "troops")
    assert only(run("Farmers blocked highways across the south on Monday."), "PROTEST").mode == "obstruct"


def test_the_same_day_and_the_next_count_from_the_act_a_demonstrative_names_again(run) -> None:
    result = run("Jets bombed rebel camps on Friday, in retaliation for the ambush that killed four soldiers near Gao "
                 "on January 28. The president blamed that ambush on foreign fighters the same day; the rebels denied "
                 "any role the next day.", published="2024-02-03")
    days = {e.event_type: e.date.isoformat() for e in result.events if e.event_type in ("ACCUSE", "REJECT")}
    assert days == {"ACCUSE": "2024-01-28", "REJECT": "2024-01-29"}


def test_the_day_of_a_thing_is_not_the_day_later_sentences_take(run) -> None:
    result = run("Army officers seized power in Valdoria early on Wednesday. They said they were cancelling the "
                 "results of Saturday's election. The president was placed under house arrest.",
                 published="2023-08-30")
    arrest = next(e for e in result.events if e.mode == "arrest")
    assert arrest.date.isoformat() == "2023-08-30"


def test_a_verb_joined_by_and_shares_the_day_its_subject_s_clause_names(run) -> None:
    result = run("On Sunday the speaker called the move an answer to the raid. The minister, speaking on Friday "
                 "night, called the seizure unacceptable and warned of serious consequences.", published="2019-07-21")
    assert only(result, "THREATEN").date.isoformat() == "2019-07-19"
