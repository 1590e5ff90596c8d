"""Stated response links: a cue in the answer's sentence links it to the act it names, in the same
document or an earlier one; mere sequence, hypothetical answers and an event's own incident give none;
a typo in responses.yaml is E010."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_records import actor, event

from redline.config import Config, data_path
from redline.corpus.link import assign_incidents, response_links
from redline.errors import Code, DataError
from redline.knowledge import read_responses

ARMY = actor("Valdorian Army", "VLD", "military", "valdorian-army")
FRONT = actor("Northern Front", None, "armed_group", "northern-front")


def shelling(doc: str, n: int = 0) -> dict:
    return event(doc, n, "ASSAULT", ARMY, FRONT, "2031-04-07", "Army guns shelled Front positions near Ostra on "
                 "Monday.", "shelled", mode="artillery", place="Ostra")


def linked(doc_events: list[dict], prior: list[dict] = (), kind: str = "stated") -> list[list[dict]]:
    """The links of one kind ("stated" or "inferred") each event of a new document gets."""
    incidents = assign_incidents(doc_events, prior)
    return [[x for x in found if x["link"] == kind] for found in response_links(doc_events, prior, incidents)]


def test_an_answer_links_to_the_act_its_cue_names_in_the_same_document() -> None:
    answer = event("wire", 1, "ASSAULT", FRONT, ARMY, "2031-04-08", "Front fighters fired rockets at the army "
                   "base on Tuesday in retaliation for Monday's shelling of Ostra.", "fired")
    threat = event("wire", 2, "THREATEN", ARMY, FRONT, "2031-04-08", "The army vowed to press on.", "vowed")
    doc = [shelling("wire"), answer, threat]
    incidents = assign_incidents(doc, [])
    links = response_links(doc, [], incidents)
    assert links == [[], [{"incident": incidents[0], "link": "stated", "confidence": 1.0}], []]


def test_an_answer_links_to_an_act_of_an_earlier_document() -> None:
    prior = [dict(shelling("monday-wire"), incident="ostra-shelling")]
    answer = event("tuesday-brief", 0, "ASSAULT", FRONT, ARMY, "2031-04-08", "The Front said its rocket fire "
                   "on the base was a reprisal for the shelling of Ostra on Monday.", "fire")
    assert linked([answer], prior) == [[{"incident": "ostra-shelling", "link": "stated", "confidence": 1.0}]]


def test_struck_back_answers_the_last_act_told_before_by_the_other_side() -> None:
    answer = event("wire", 1, "ASSAULT", FRONT, ARMY, "2031-04-08", "On Tuesday the Front struck back at the "
                   "army base.", "struck")
    links = linked([shelling("wire"), answer])
    assert [len(x) for x in links] == [0, 1]


def test_mere_sequence_gives_no_stated_link_but_an_inferred_one_kept_apart() -> None:
    answer = event("wire", 1, "ASSAULT", FRONT, ARMY, "2031-04-09", "Two days after the shelling of Ostra, Front "
                   "fighters fired rockets at the army base.", "fired")
    assert linked([shelling("wire"), answer]) == [[], []]
    inferred = linked([shelling("wire"), answer], kind="inferred")
    assert inferred[0] == [] and len(inferred[1]) == 1 and 0 < inferred[1][0]["confidence"] < 1
    later = dict(answer, date="2031-04-12")
    assert linked([shelling("wire"), later], kind="inferred")[1][0]["confidence"] < inferred[1][0]["confidence"]


def test_no_link_is_inferred_for_the_same_side_or_the_same_day() -> None:
    again = event("wire", 1, "ASSAULT", ARMY, FRONT, "2031-04-09", "Army guns shelled Ostra again.", "shelled")
    same_day = event("wire", 2, "ASSAULT", FRONT, ARMY, "2031-04-07", "Front fighters fired rockets at the army "
                     "base.", "fired")
    assert linked([shelling("wire"), again], kind="inferred") == [[], []]
    assert linked([shelling("wire"), same_day], kind="inferred") == [[], []]


def test_a_hypothetical_answer_gives_no_link() -> None:
    threat = event("wire", 1, "THREATEN", FRONT, ARMY, "2031-04-08", "The Front warned that it would strike "
                   "back if the shelling went on.", "warned")
    assert linked([shelling("wire"), threat]) == [[], []]
    future = dict(threat, evidence="\"Every strike on our villages will be answered,\" a Front spokesman said.",
                  trigger="said")
    assert linked([shelling("wire"), future]) == [[], []]
    vow = dict(threat, evidence="The Front vowed it will retaliate for the shelling of Ostra.", trigger="vowed")
    assert [len(x) for x in linked([shelling("wire"), vow])] == [0, 1]


def test_an_answer_never_links_to_its_own_incident() -> None:
    answer = event("wire", 0, "ASSAULT", FRONT, ARMY, "2031-04-08", "Front fighters fired rockets at the army "
                   "base on Tuesday in retaliation for the shelling.", "fired")
    links = response_links([answer], [], ["same"])
    assert links == [[]]


def test_a_typo_in_the_response_cues_is_e010(tmp_path: Path) -> None:
    text = data_path("responses.yaml").read_text(encoding="utf-8").replace("backward:", "backwards:", 1)
    bad = tmp_path / "responses.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as err:
        read_responses(bad)
    assert err.value.code is Code.E010 and "backwards" in str(err.value)


def test_the_shipped_cues_load() -> None:
    cues = read_responses(Config().responses)
    assert "in retaliation for" in cues.forward and "struck back" in cues.backward


def test_the_day_a_cue_names_must_be_the_answered_acts_day() -> None:
    answer = event("wire", 1, "ASSAULT", FRONT, ARMY, "2031-04-12", "Front fighters fired rockets at the army "
                   "base in retaliation for Friday's shelling.", "fired")
    assert linked([shelling("wire"), answer]) == [[], []]
    later = dict(answer, evidence=answer["evidence"].replace("Friday's", "Monday's"))
    assert [len(x) for x in linked([shelling("wire"), later])] == [0, 1]


def test_a_possessors_reply_answers_for_every_act_of_its_clause() -> None:
    kesh = actor("Kesh", "KSH", "state", "KSH")
    threat = event("wire", 0, "THREATEN", ARMY, kesh, "2031-04-07", "The army warned Kesh it would pay a heavy "
                   "price.", "warned")
    text = ("Kesh's reply came on Tuesday from its foreign minister, who dismissed the warning and accused the "
            "army of war crimes.")
    reply = [event("wire", 1, "REJECT", kesh, ARMY, "2031-04-08", text, "dismissed", start=200),
             event("wire", 2, "ACCUSE", kesh, ARMY, "2031-04-08", text, "accused", start=200)]
    links = linked([threat, *reply])
    assert links[0] == [] and links[1] == links[2] and len(links[1]) == 1


def test_a_sentence_telling_only_the_answered_act_is_answered_by_the_act_before_it() -> None:
    rockets = event("wire", 0, "ASSAULT", FRONT, ARMY, "2031-04-08", "Front rockets hit the army depot on Tuesday.",
                    "hit")
    massacre = event("wire", 1, "ASSAULT", ARMY, FRONT, "2031-04-07", "The Front said the barrage was retaliation "
                     "for the April 7 raid near Ostra, where soldiers killed four fighters.", "killed")
    incidents = assign_incidents([rockets, massacre], [])
    links = response_links([rockets, massacre], [], incidents)
    assert links[0] == [{"incident": incidents[1], "link": "stated", "confidence": 1.0}] and links[1] == []


def test_what_is_said_of_an_act_is_no_retaliation_the_act_before_it_is() -> None:
    rockets = event("wire", 0, "ASSAULT", FRONT, ARMY, "2031-04-08", "Front rockets hit the army depot on Tuesday.",
                    "hit")
    told = ("The Front called the barrage measured and said it was retaliation for the April 7 raid near Ostra, "
            "where soldiers killed four fighters.")
    charge = event("wire", 1, "ACCUSE", FRONT, ARMY, "2031-04-07", told, "called", start=100)
    raid = event("wire", 2, "ASSAULT", ARMY, FRONT, "2031-04-07", told, "killed", start=100)
    incidents = assign_incidents([rockets, charge, raid], [])
    links = response_links([rockets, charge, raid], [], incidents)
    assert links[0] == [{"incident": incidents[2], "link": "stated", "confidence": 1.0}]
    assert links[1] == [] and links[2] == []


def test_an_answer_whose_cue_names_no_act_answers_the_act_likeliest_answered_not_its_own_type() -> None:
    kesh = actor("Kesh", "KSH", "state", "KSH")
    text = "Kesh's generals called up their reserves and Kesh's guns shelled the border town of Ardo on Monday."
    told = [event("wire", 0, "MOBILIZE", kesh, ARMY, "2031-04-07", text, "called", start=0),
            event("wire", 1, "ASSAULT", kesh, ARMY, "2031-04-07", text, "shelled", start=0)]
    text = "Valdoria answered on Tuesday, sending armour across the river and bombing the Kesh airfield at Tamar."
    answer = [event("wire", 2, "MOBILIZE", ARMY, kesh, "2031-04-08", text, "sending", start=200),
              event("wire", 3, "ASSAULT", ARMY, kesh, "2031-04-08", text, "bombing", start=200)]
    incidents = assign_incidents([*told, *answer], [])
    links = response_links([*told, *answer], [], incidents)
    assert links[2] == links[3] == [{"incident": incidents[1], "link": "stated", "confidence": 1.0}]


def test_a_statement_answers_the_act_its_words_judge() -> None:
    kesh = actor("Kesh", "KSH", "state", "KSH")
    text = "Valdoria closed its ports to Kesh's ships on Monday and accused Kesh of arming the Front."
    told = [event("wire", 0, "SANCTION", ARMY, kesh, "2031-04-07", text, "closed", start=0),
            event("wire", 1, "ACCUSE", ARMY, kesh, "2031-04-07", text, "accused", start=0)]
    reply = event("wire", 2, "REJECT", kesh, ARMY, "2031-04-07", "Kesh hit back within the hour, calling the "
                  "measures illegal.", "calling", start=200)
    incidents = assign_incidents([*told, reply], [])
    assert response_links([*told, reply], [], incidents)[2] == [
        {"incident": incidents[0], "link": "stated", "confidence": 1.0}]


def test_a_reply_to_an_act_its_document_did_not_tell_answers_the_last_one_of_an_earlier_document() -> None:
    kesh = actor("Kesh", "KSH", "state", "KSH")
    prior = [dict(event("monday-wire", 0, "ASSAULT", ARMY, kesh, "2031-04-07", "Valdorian jets bombed three Kesh "
                        "depots on Monday.", "bombed"), incident="depots-bombed"),
             dict(event("monday-wire", 1, "ASSAULT", None, actor("villagers", "KSH", "civilians"), "2031-04-07",
                        "A shell killed two villagers near Tamar.", "killed"), incident="tamar-shell")]
    closure = event("later-blog", 0, "SANCTION", ARMY, kesh, "2031-03-20", "In March Valdoria closed its border "
                    "with Kesh.", "closed")
    reply = event("later-blog", 1, "ASSAULT", kesh, ARMY, "2031-04-07", "Kesh's reply came from its artillery, "
                  "and the shelling of Ostra went on all night.", "shelling")
    assert linked([closure, reply], prior) == [[], [{"incident": "depots-bombed", "link": "stated",
                                                     "confidence": 1.0}]]


def test_an_act_told_after_a_background_word_is_answered_not_an_answer() -> None:
    kesh = actor("Kesh", "KSH", "state", "KSH")
    mobilised = event("wire", 0, "MOBILIZE", kesh, ARMY, "2031-04-01", "Kesh called up its reserves.", "called")
    text = "On Monday, after rockets fell on Ardo for hours, Kesh said its gunners hit the Valdorian depot in response."
    rockets = event("wire", 1, "ASSAULT", ARMY, None, "2031-04-07", text, "fell", start=100)
    assert linked([mobilised, rockets]) == [[], []]
    depot = event("wire", 2, "ASSAULT", kesh, ARMY, "2031-04-07", text, "hit", start=100)
    incidents = assign_incidents([mobilised, rockets, depot], [])
    assert response_links([mobilised, rockets, depot], [], incidents)[1:] == [
        [], [{"incident": incidents[1], "link": "stated", "confidence": 1.0}]]


def test_a_vow_that_the_other_side_will_pay_for_a_named_act_answers_it_but_not_for_any_act_to_come() -> None:
    raid = event("wire", 0, "ASSAULT", FRONT, ARMY, "2031-04-08", "Front fighters raided the army post at Tamar "
                 "on Tuesday.", "raided")
    vow = event("wire", 1, "THREATEN", ARMY, FRONT, "2031-04-08", "The Front would \"pay dearly\" for the raid, "
                "the army chief said.", "pay")
    assert [len(x) for x in linked([raid, vow])] == [0, 1]
    warning = dict(vow, evidence="The Front would pay dearly for any raid, the army chief said.")
    assert linked([raid, warning]) == [[], []]


def test_no_link_is_inferred_when_neither_side_is_the_very_actor() -> None:
    kesh, villagers = actor("Kesh", "KSH", "state", "KSH"), actor("villagers", "VLD", "civilians")
    general = actor("Tarek Vos", "KSH", "person", "tarek-vos")
    killed = event("wire", 0, "ASSAULT", kesh, villagers, "2031-04-07", "Kesh killed two Valdorian villagers.",
                   "killed")
    strike = event("wire", 1, "ASSAULT", ARMY, general, "2031-04-09", "An army drone killed General Tarek Vos.",
                   "killed")
    assert linked([killed, strike], kind="inferred") == [[], []]
    army_hit = dict(killed, target=ARMY)
    assert [len(x) for x in linked([army_hit, strike], kind="inferred")] == [0, 1]


def test_a_vow_answers_the_act_of_the_very_actor_it_threatens_before_a_later_told_act_on_its_country() -> None:
    front = actor("Ridge Front", "KSH", "armed_group", "ridge-front")
    valdoria = actor("Valdoria", "VLD", "state", "VLD")
    raids = event("wire", 0, "ASSAULT", valdoria, front, "2031-04-07", "Valdorian jets struck Ridge Front camps "
                  "on Monday, killing 20 fighters.", "struck", mode="aerial", start=0)
    barrage = event("wire", 1, "ASSAULT", None, actor("Keshland", "KSH", "state", "KSH"), "2031-04-04", "The "
                    "raids followed a rocket barrage on a Keshland border post on Friday.", "barrage", start=80)
    vow = event("wire", 2, "THREATEN", front, valdoria, "2031-04-08", "The Ridge Front vowed on Tuesday to "
                "avenge its fighters.", "vowed", start=160)
    doc = [raids, barrage, vow]
    incidents = assign_incidents(doc, [])
    assert response_links(doc, [], incidents)[2] == [{"incident": incidents[0], "link": "stated",
                                                      "confidence": 1.0}]


def test_a_possessor_after_the_cue_names_the_doer_of_the_act_answered() -> None:
    lithuania, poland, russia = (actor("Lithuania", "LTU", "state", "LTU"), actor("Poland", "POL", "state", "POL"),
                                 actor("Russia", "RUS", "state", "RUS"))
    impound = event("wire", 0, "COERCE", lithuania, None, "2031-03-02", "Lithuanian customs impounded a cargo train "
                    "bound for Kaliningrad on March 2.", "impounded")
    detain = event("wire", 1, "COERCE", poland, russia, "2031-03-05", "Polish border guards detained two Russian "
                   "drivers on March 5.", "detained")
    told = "Russian guards seized a Lithuanian barge on the Neman on Friday in response to Vilnius's move."
    seizure = event("wire", 2, "COERCE", russia, lithuania, "2031-03-06", told, "seized")
    incidents = assign_incidents([impound, detain, seizure], [])
    assert response_links([impound, detain, seizure], [], incidents)[2] == [
        {"incident": incidents[0], "link": "stated", "confidence": 1.0}]
    # without the possessor, the act told last that hit the answerer is the one answered
    plain = dict(seizure, evidence=told.replace(" to Vilnius's move", ""))
    assert response_links([impound, detain, plain], [], incidents)[2] == [
        {"incident": incidents[1], "link": "stated", "confidence": 1.0}]
