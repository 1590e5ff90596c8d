"""Lead cues: a sentence that tells no act but says an answer came ("Lima's reply came on Tuesday.") makes the
acts told after it, in its paragraph, by the answerer it names, answers; and the answered act may be named by
its place, a branch may stand for its parent group, and a domestic act fits a foreign answer less."""

from __future__ import annotations

from corpus_records import actor, event

from redline.corpus.lead import sentences
from redline.corpus.link import assign_incidents, response_links

PERU = actor("Peru", "PER", "state", "PER")
ECUADOR = actor("Ecuador", "ECU", "state", "ECU")
SPOKESMAN = actor("spokesman")


def told(text: str, doc: str, n: int, kind: str, source: dict | None, target: dict | None, day: str,
         sentence: str, trigger: str, **fields: object) -> dict:
    """An event whose evidence is a sentence of `text`, at its offset there."""
    return event(doc, n, kind, source, target, day, sentence, trigger, start=text.index(sentence), **fields)


def stated(doc: list[dict], text: str | None, prior: list[dict] = ()) -> tuple[list[str], list[list[str]]]:
    """The incidents of a document's events, and the incidents each one's stated links point to."""
    incidents = assign_incidents(doc, prior)
    links = response_links(doc, prior, incidents, text=text)
    return incidents, [[x["incident"] for x in found if x["link"] == "stated"] for found in links]


CHARGE = "Ecuador accused Peru of massing troops on the border on Monday."
REPLY = "Lima's reply came on Tuesday."
DENIAL = "A foreign ministry spokesman called the charge absurd."
DRILL = "Ecuador's navy held exercises off Esmeraldas."
MARCH = "In Quito, crowds marched on the Peruvian embassy."


def reply_document() -> tuple[str, list[dict]]:
    text = f"{CHARGE} {REPLY} {DENIAL} {DRILL}\n\n{MARCH}"
    doc = [told(text, "wire", 0, "ACCUSE", ECUADOR, PERU, "2031-03-03", CHARGE, "accused"),
           told(text, "wire", 1, "REJECT", SPOKESMAN, ECUADOR, "2031-03-04", DENIAL, "called"),
           told(text, "wire", 2, "MOBILIZE", ECUADOR, None, "2031-03-04", DRILL, "held"),
           told(text, "wire", 3, "PROTEST", actor("crowds", None, "protesters"), PERU, "2031-03-04", MARCH,
                "marched")]
    return text, doc


def test_the_sentences_of_a_text_end_at_a_stop_before_a_capital_or_a_line_end() -> None:
    text = "The U.S. envoy left. Talks ended.\nA post"
    assert [text[s:e] for s, e in sentences(text)] == ["The U.S. envoy left.", "Talks ended.", "A post"]


def test_a_lead_cue_makes_the_next_act_of_its_paragraph_an_answer_to_the_act_told_before() -> None:
    text, doc = reply_document()
    incidents, links = stated(doc, text)
    assert links == [[], [incidents[0]], [], []]


def test_without_the_text_a_lead_cue_is_not_seen() -> None:
    _, doc = reply_document()
    assert stated(doc, None)[1] == [[], [], [], []]


def test_a_lead_cue_whose_sentence_ends_with_a_colon_is_answered_in_the_next_paragraph() -> None:
    intro = "A response to this from Lima:"
    post = "Nobody massed troops anywhere, and Quito knows it."
    text = f"{CHARGE}\n\n{intro}\n\n{post} — Peru Foreign Ministry (@cancilleriaper) March 4, 2031"
    doc = [told(text, "blog", 0, "ACCUSE", ECUADOR, PERU, "2031-03-03", CHARGE, "accused"),
           told(text, "blog", 1, "REJECT", PERU, ECUADOR, "2031-03-04", post, "knows")]
    incidents, links = stated(doc, text)
    assert links == [[], [incidents[0]]]


def test_an_answer_noun_followed_by_to_names_the_answered_act_by_its_place() -> None:
    raid = "Drones struck a fuel depot at Tumbes before dawn on Friday."
    mutiny = "Sailors refused orders at Paita on Saturday."
    answer = "Lima's answer to Tumbes came on Sunday."
    sanction = "The finance ministry froze the assets of three Ecuadorian firms."
    text = f"{raid} {mutiny}\n\n{answer} {sanction}"
    doc = [told(text, "wire", 0, "ASSAULT", None, actor("fuel depot"), "2031-05-02", raid, "struck",
                place="Tumbes"),
           told(text, "wire", 1, "PROTEST", actor("sailors"), None, "2031-05-03", mutiny, "refused", place="Paita"),
           told(text, "wire", 2, "SANCTION", actor("finance ministry"), ECUADOR, "2031-05-04", sanction, "froze")]
    incidents, links = stated(doc, text)
    assert links == [[], [], [incidents[0]]]


def test_a_branch_answers_and_is_answered_for_its_parent_group() -> None:
    parent = actor("Islamic State", None, "armed_group", "islamic-state")
    branch = actor("Islamic State Khorasan Province", "AFG", "armed_group", "isis-k")
    bombing = event("wire", 0, "ASSAULT", parent, PERU, "2031-06-01", "A suicide bomber killed Peruvian guards "
                    "at the Kabul embassy on Sunday.", "killed", place="Kabul")
    strike = event("wire", 1, "ASSAULT", actor("drone"), branch, "2031-06-02", "A drone struck a planner in "
                   "Nangarhar, the first retaliation for the embassy attack.", "struck", place="Nangarhar")
    incidents, links = stated([bombing, strike], None)
    assert links == [[], [incidents[0]]]
    unaffiliated = response_links([bombing, strike], [], incidents, allies={})
    assert [[x for x in found if x["link"] == "stated"] for found in unaffiliated] == [[], []]


def test_a_foreign_answer_answers_an_act_done_to_a_foreign_state_before_a_domestic_one() -> None:
    vote = event("blog", 0, "REQUEST", actor("Congress of Ecuador", "ECU", "legislature", "ecu-congress"),
                 actor("government"), "2031-07-01", "Deputies voted to ask the government to expel Peruvian "
                 "advisers.", "voted")
    urged = event("blog", 1, "REQUEST", actor("Ana Ruiz", "ECU", "person", "ana-ruiz"), vote["source"],
                  "2031-07-01", "The interior minister urged the deputies to vote yes.", "urged")
    answer = event("blog", 2, "REQUEST", PERU, ECUADOR, "2031-07-01", "Peru hit back, asking Quito to "
                   "reconsider.", "asking")
    incidents, links = stated([vote, urged, answer], None)
    assert links == [[], [], [incidents[0]]]


def boarding_document(called: str) -> tuple[str, list[dict]]:
    seizure = "Peruvian marines boarded an Ecuadorian trawler off Talara on Friday."
    arrest = "The boarding came a week after Ecuador detained a Peruvian patrol boat and its crew."
    protest = "Ecuador's foreign minister called the boarding piracy."
    text = f"{seizure} {arrest} {called} {protest}"
    return text, [told(text, "brief", 0, "COERCE", PERU, actor("trawler"), "2031-08-01", seizure, "boarded"),
                  told(text, "brief", 1, "COERCE", ECUADOR, PERU, "2031-07-25", arrest, "detained"),
                  told(text, "brief", 2, "ACCUSE", ECUADOR, PERU, "2031-08-03", protest, "called")]


def test_a_lead_cue_may_name_as_the_answer_an_act_told_before_it_on_a_named_day() -> None:
    text, doc = boarding_document("On Sunday, a senator called Friday's move Lima's answer to the detention.")
    incidents, links = stated(doc, text)
    assert links == [[incidents[1]], [], []]
    text, doc = boarding_document("A senator called the move Lima's answer to the detention.")
    assert stated(doc, text)[1] == [[], [], []]


def test_a_lead_cue_that_names_no_answerer_gives_no_link() -> None:
    slow = "Officials were slow in response."
    text = f"{CHARGE} {slow} {DENIAL}"
    doc = [told(text, "wire", 0, "ACCUSE", ECUADOR, PERU, "2031-03-03", CHARGE, "accused"),
           told(text, "wire", 1, "REJECT", SPOKESMAN, ECUADOR, "2031-03-04", DENIAL, "called")]
    assert stated(doc, text)[1] == [[], []]
