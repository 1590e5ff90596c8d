"""Coups: a clause the small model reads as a noun phrase ("Guinea's military seized power"), a coup staged,
power taken beside an arrest, and a denial beside a condemnation. Sentences written for these tests."""

from helpers import of_type, only


def test_a_clause_read_as_a_noun_phrase_gets_its_verb_back(extractor) -> None:
    doc = extractor.parser("Guinea's military seized power in Conakry on Sunday.")
    verb = doc[3]
    assert (verb.text, verb.dep_) == ("seized", "ROOT")
    assert [(t.text, t.dep_) for t in verb.children if t.dep_ in ("nsubj", "dobj")] == [
        ("military", "nsubj"), ("power", "dobj")]
    doc = extractor.parser("The seized tanker remains in port.")  # (a real participle is left alone)
    assert doc[1].dep_ == "amod"


def test_drills_held_by_a_state_s_military_are_coded(run) -> None:
    ev = only(run("Beijing's military held naval drills around the island on Thursday."), "MOBILIZE")
    assert ev.source.name == "China"


def test_a_coup_staged_is_power_seized(run) -> None:
    ev = only(run("Army officers in Gabon staged a coup on Wednesday.", published="2023-08-31"), "COERCE")
    assert (ev.mode, ev.target, str(ev.date)) == ("seize", None, "2023-08-30")


def test_power_seized_and_a_leader_detained_are_two_acts(run) -> None:
    result = run("Sudan's military seized power on Monday and detained Prime Minister Abdalla Hamdok.",
                 published="2021-10-26")
    modes = sorted((e.mode, e.target and e.target.name) for e in of_type(result, "COERCE"))
    assert modes == [("arrest", "Abdalla Hamdok"), ("seize", None)]
    assert all(e.source.country == "SDN" for e in result.events)


def test_a_denial_beside_a_condemnation_answers_the_accuser(run) -> None:
    text = ("Soldiers tried to seize power in Valmora on Friday. The government blamed the opposition leader "
            "Maria Tovar. Tovar condemned the coup and denied any role.")
    result = run(text, published="2021-03-06")
    denial = only(result, "REJECT")  # (whoever blamed her, not the soldiers her condemnation is aimed at)
    assert (denial.source.name, denial.target.name) == ("Maria Tovar", "government")
    condemnation = next(e for e in of_type(result, "ACCUSE") if e.source.name == "Maria Tovar")
    assert condemnation.target.name == "Soldiers"  # (the doers of the coup told before)


def test_a_threat_of_steps_is_aimed_at_whoever_the_condition_names(run) -> None:
    ev = only(run("Ankara warned it would take countermeasures if Sweden admitted the group's leaders."),
              "THREATEN")
    assert (ev.source.name, ev.target.name) == ("Turkey", "Sweden")
    ev = only(run("Moscow said it would take retaliatory measures if Norway joined the pact."), "THREATEN")
    assert ev.target.name == "Norway"


def test_an_ethnic_group_is_a_people_not_the_state_of_its_name(run) -> None:
    ev = only(run("Militiamen killed 14 ethnic Armenians in the village on Sunday."), "ASSAULT")
    assert (ev.target.name, ev.target.kind, ev.target.country) == ("ethnic Armenians", "civilians", None)
    assert ev.killed == 14
