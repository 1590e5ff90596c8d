"""`redline explain`: why each event was coded and why each other candidate was not, on sentences written
for these tests; and that explaining never changes what extract codes."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from redline.cli import app
from redline.explain import Explanation
from redline.extract.trace import NO_TRACE, Reason, Step
from redline.model import Document

runner = CliRunner()


@pytest.fixture(scope="module")
def explain(extractor):
    """explain(text) -> Explanation of one document published 2024-03-15."""

    def _explain(text: str, published: str = "2024-03-15") -> Explanation:
        return extractor.explain(Document(id="t", published=date.fromisoformat(published), text=text))

    return _explain


def steps(explanation: Explanation, word: str, kind: str | None = None) -> list[Step]:
    found = [s for sent in explanation.trace.sentences for s in sent.steps
             if s.word.text == word and (kind is None or s.kind == kind)]
    assert found, f"no step about {word!r}"
    return found


def drop(explanation: Explanation, word: str) -> tuple[Reason, str]:
    (step,) = steps(explanation, word, "dropped")
    return step.detail["reason"], step.detail["why"]


@pytest.mark.parametrize(("text", "word", "reason", "cue"), [
    ("The coast guard did not shell the fishing village on Thursday.", "shell", Reason.NEGATED, "not"),
    ("Mountain brigades could storm the pass within a week.", "storm", Reason.HYPOTHETICAL, "could"),
    ("The insurgents planned to seize the grain depot.", "seize", Reason.PLAN, "planned"),
    ("Did the frigate shell the lighthouse on Monday?", "shell", Reason.QUESTION, "?"),
    ("The cargo helicopter crashed near Ulm, killing all eleven crew.", "killing", Reason.ACCIDENT, "crashed"),
    ("The general warned the rebels that the army would retaliate.", "retaliate", Reason.THREATENED, "warned"),
])
def test_a_dropped_candidate_shows_its_reason(explain, text: str, word: str, reason: Reason, cue: str) -> None:
    explanation = explain(text)
    assert steps(explanation, word, "candidate")  # it was a candidate ...
    got, why = drop(explanation, word)  # ... and was dropped, saying why and which word says so
    assert got is reason and cue in why
    assert [e for e in explanation.result.events if e.trigger == word] == []  # (a warning is an event of its own)


def test_a_no_event_pattern_names_the_excluded_word(explain) -> None:
    explanation = explain("The visiting side beat the home team 3-1 on Saturday.")
    reason, why = drop(explanation, "beat")
    assert reason is Reason.NO_EVENT and "team" in why and "no_objects" in why
    assert [s.kind for s in steps(explanation, "beat")] == ["dropped"]  # never a candidate
    assert explanation.result.events == []


def test_a_candidate_merged_into_an_event_says_which(explain) -> None:
    explanation = explain("Insurgents shelled the bus depot in Varnok on Monday, killing three drivers.")
    (event,) = explanation.result.events
    assert event.event_type.value == "ASSAULT" and event.killed == 3
    (coded,) = steps(explanation, "killing", "coded")
    assert explanation.number(coded.detail["event"]) == (1, Reason.MERGED)
    (first,) = steps(explanation, "shelled", "coded")
    assert explanation.number(first.detail["event"]) == (1, None)


def test_a_toll_told_in_its_own_sentence_is_folded_into_the_act(explain) -> None:
    explanation = explain("Gunmen stormed a checkpoint near Lurra on Sunday. Five guards were killed.")
    (event,) = explanation.result.events
    assert event.killed == 5
    (coded,) = steps(explanation, "killed", "coded")
    assert explanation.number(coded.detail["event"]) == (1, Reason.TOLL)


def test_each_argument_shows_the_rule_that_read_it(explain) -> None:
    explanation = explain("The convoy was ambushed by bandits near Omsa on Friday. "
                          "Border police detained two smugglers near the crossing on Tuesday.")
    passive = {s.detail["role"]: s.detail for s in steps(explanation, "ambushed", "argument")}
    assert passive["source"]["arg"] == "bandits" and passive["source"]["rule"] == "agent of the passive ('by')"
    assert passive["target"]["arg"] == "convoy" and passive["target"]["rule"] == "passive subject of the trigger"
    active = {s.detail["role"]: s.detail for s in steps(explanation, "detained", "argument")}
    assert (active["source"]["arg"], active["source"]["rule"]) == ("police", "subject of the trigger")
    (actor, *_) = [s for s in steps(explanation, "detained", "actor") if s.detail["role"] == "source"]
    assert actor.detail["name"] == "Border police"


def test_a_lexicon_noun_in_a_characterisation_is_no_candidate(explain) -> None:
    explanation = explain("The court called the raid an attack on the press.")
    reason, why = drop(explanation, "attack")
    assert reason is Reason.NOT_A_TRIGGER and "characterisation" in why


def test_a_noun_argument_is_read_through_the_verb_that_carries_it_out(explain) -> None:
    explanation = explain("Coastal batteries opened a heavy artillery barrage on the island of Resk on Thursday.")
    source = next(s.detail for s in steps(explanation, "barrage", "argument") if s.detail["role"] == "source")
    assert source["arg"] == "batteries" and source["rule"] == "subject of 'opened', the verb that carries the act out"


def test_the_no_actor_drop_is_told(explain) -> None:
    reason, _ = drop(explain("The convoy was ambushed near Omsa on Friday."), "ambushed")
    assert reason is Reason.NO_ACTOR


def test_the_candidate_names_its_lexicon_entry_and_file(explain) -> None:
    (cand,) = steps(explain("Rebels shelled the harbour of Mirsk on Monday."), "shelled", "candidate")
    assert cand.detail["entry"]["lemma"] == "shell" and cand.detail["rule"] == "verb:shell"
    assert cand.detail["origin"] == "triggers.yaml" and cand.detail["dep"] == "ROOT"


def test_a_conditioned_entry_shows_the_words_it_matched(explain) -> None:
    (cand,) = steps(explain("Gunmen stormed a police checkpoint near Lurra on Sunday."), "stormed", "candidate")
    assert "subj_in" in cand.detail["entry"] and "gunmen" in cand.detail["matched"]["subj_in"]


TEXT = ("Rebels did not attack the garrison at Tolmo on Monday, but they shelled its depot on Tuesday, killing "
        "two guards. The regional governor condemned the shelling. Police arrested four men in Tolmo on Wednesday.")


def test_explaining_changes_nothing_that_is_coded(explain, run) -> None:
    assert explain(TEXT).result.events == run(TEXT, published="2024-03-15").events
    assert NO_TRACE.sentences == [] and NO_TRACE.merges == []  # a normal run records nothing


def test_cli_explain_prints_each_sentence_and_the_drop(tmp_path) -> None:
    result = runner.invoke(app, ["explain", TEXT, "--date", "2024-03-15"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "sentence 1" in out and "sentence 3" in out and "parse: root" in out
    assert "dropped — negated: 'not'" in out and "verb:attack" in out
    assert "event(s) coded" in out and "coded as event 1: ASSAULT" in out


def test_cli_explain_dates_by_the_date_option() -> None:
    text = "Rebels attacked the ferry terminal at Kessel on Monday."
    first = json.loads(runner.invoke(app, ["explain", text, "--date", "2024-03-15", "-f", "json"]).stdout)
    later = json.loads(runner.invoke(app, ["explain", text, "--date", "2024-04-05", "-f", "json"]).stdout)
    assert first["published"] == "2024-03-15" and first["events"][0]["date"] == "2024-03-11"
    assert later["events"][0]["date"] == "2024-04-01"
    (coded,) = [s for sent in first["sentences"] for s in sent["steps"] if s["kind"] == "coded"]
    assert coded["output_event"] == 1 and coded["folded"] is None


def test_cli_explain_reads_a_date_line_and_stdin() -> None:
    result = runner.invoke(app, ["explain", "-", "-f", "json"],
                           input="date 2024-03-15\nThe militia did not bomb the bridge.")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["published"] == "2024-03-15"
    assert [s["reason"] for sent in record["sentences"] for s in sent["steps"] if s["kind"] == "dropped"] \
        == ["negated"]


def test_cli_explain_bad_date_is_e020() -> None:
    result = runner.invoke(app, ["explain", "Rebels attacked the port.", "--date", "15/03/2024"])
    assert result.exit_code == 2
    assert "[E020]" in result.stderr and "15/03/2024" in result.stderr


def test_extract_explain_writes_the_explanation_on_stderr(tmp_path) -> None:
    doc = tmp_path / "port.txt"
    doc.write_text("date 2024-03-15 Rebels did not attack the port. Police arrested two men in Tolmo on Monday.",
                   encoding="utf-8")
    plain = runner.invoke(app, ["extract", str(doc)])
    told = runner.invoke(app, ["extract", str(doc), "--explain"])
    assert told.exit_code == 0, told.output
    assert told.stdout == plain.stdout  # the records are the same
    assert "dropped — negated" in told.stderr and "sentence 2" in told.stderr


def test_a_role_the_assembly_fills_names_its_rule(explain) -> None:
    explanation = explain("Two aid workers were detained in Kharkiv on Monday.")
    (event,) = explanation.result.events
    sources = [s.detail for s in steps(explanation, "detained", "actor") if s.detail["role"] == "source"]
    assert [d["name"] for d in sources] == [None, event.source.name]  # no doer in the words, then the state's
    assert sources[-1]["rule"] == "no doer named: the state where it happens"
