"""`redline chain` and `redline timeline` on stores ingested from documents written here and from the
bundled examples/: the chain both ways from an incident, the timeline between two actors as a table, CSV,
JSON and a chart, and the coded errors."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from helpers import ROOT
from typer.testing import CliRunner

from redline.app import Redline
from redline.cli import app
from redline.model import Document
from redline.read import read_paths

runner = CliRunner()
# a shelling reported twice, the bombing that answers it, and the attack that answers the bombing
TEXTS = {
    "shelling": ("2021-03-09", "The Northern Front shelled the army in Varna on Monday, killing three soldiers."),
    "bombing": ("2021-03-10", "The army bombed the Northern Front in Varna on Tuesday in retaliation for "
                              "Monday's shelling."),
    "attack": ("2021-03-11", "The Northern Front attacked the army in Tolm on Wednesday in response to "
                             "Tuesday's bombing."),
    "shelling-again": ("2021-03-10", "The Northern Front shelled the army in Varna on Monday, killing three "
                                     "soldiers, officials said."),
}


@pytest.fixture(scope="module")
def store(extractor, tmp_path_factory):
    db = tmp_path_factory.mktemp("chain") / "c.duckdb"
    docs = [Document(i, date.fromisoformat(d), text, f"{i}.txt") for i, (d, text) in TEXTS.items()]
    assert {step.outcome for step in extractor.ingest(docs, db)} == {"stored"}
    return db


@pytest.fixture(scope="module")
def examples(extractor, tmp_path_factory):
    db = tmp_path_factory.mktemp("examples") / "e.duckdb"
    docs = [d for d in read_paths([ROOT / "examples"]) if isinstance(d, Document)]
    assert all(step.outcome == "stored" for step in extractor.ingest(docs, db))
    return db


def incident_of(db, doc_id: str) -> str:
    with Redline.open_store(db) as store:
        (ev,) = store.event_records("WHERE doc_id = ?", [doc_id])
    return ev["incident"]


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_the_chain_goes_back_to_what_an_incident_answered_and_forward_to_what_answered_it(store) -> None:
    chain = Redline(lazy=True).chain(store, incident_of(store, "bombing"))
    assert chain["doc_id"] == "bombing" and chain["date"] == "2021-03-09"
    (answered,) = chain["answers"]
    assert answered["incident"] == incident_of(store, "shelling") == incident_of(store, "shelling-again")
    assert answered["documents"] == ["shelling", "shelling-again"] and answered["reports"] == 2
    assert answered["link"] == "stated" and answered["killed"] == 3 and answered["answers"] == []
    (answer,) = chain["answered_by"]
    assert answer["incident"] == incident_of(store, "attack") and answer["source"]["name"] == "Northern Front"


def test_the_chain_is_followed_recursively_from_either_end(store) -> None:
    back = Redline(lazy=True).chain(store, incident_of(store, "attack"))
    assert back["answered_by"] == []
    assert [n["doc_id"] for n in back["answers"]] == ["bombing"]
    assert back["answers"][0]["answers"][0]["incident"] == incident_of(store, "shelling")
    forward = Redline(lazy=True).chain(store, incident_of(store, "shelling"))
    assert forward["answered_by"][0]["answered_by"][0]["incident"] == incident_of(store, "attack")


def test_chain_prints_a_tree_with_dates_actors_and_evidence_or_json(store) -> None:
    code, out, _ = invoke("chain", incident_of(store, "bombing"), "--db", str(store))
    assert code == 0
    flat = " ".join(out.split())
    for text in ("answered", "answered by", "2021-03-08 ASSAULT Northern Front → army, 3 killed",
                 "2021-03-10 ASSAULT Northern Front → army", "in retaliation for Monday's shelling", "(stated)"):
        assert text in flat
    code, out, _ = invoke("chain", incident_of(store, "bombing"), "--db", str(store), "--format", "json")
    assert code == 0 and json.loads(out) == Redline(lazy=True).chain(store, incident_of(store, "bombing"))


def test_an_unknown_incident_or_store_is_a_coded_error(store, tmp_path) -> None:
    code, _, err = invoke("chain", "2021-01-01-assault-00000000", "--db", str(store))
    assert code == 2 and "[E046]" in err
    code, _, err = invoke("chain", "x", "--db", str(tmp_path / "none.duckdb"))
    assert code == 2 and "[E042]" in err


def test_timeline_gives_both_directions_and_the_daily_intensity(store) -> None:
    code, out, _ = invoke("timeline", "--between", "Northern Front", "army", "--db", str(store), "-f", "json")
    assert code == 0
    found = json.loads(out)
    assert [(r["date"], r["direction"], r["doc_id"]) for r in found["events"]] == [
        ("2021-03-08", "a->b", "shelling"), ("2021-03-08", "a->b", "shelling-again"),
        ("2021-03-09", "b->a", "bombing"), ("2021-03-10", "a->b", "attack")]
    first, second, _ = found["days"]
    assert first["events"] == 2 and first["incidents"] == 1  # one shelling told twice counts once
    assert first["a_to_b"] < 0 and first["b_to_a"] == 0 and second["b_to_a"] < 0 and second["a_to_b"] == 0
    code, out, _ = invoke("timeline", "--between", "Northern Front", "army", "--db", str(store), "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and [r["doc_id"] for r in rows] == ["shelling", "shelling-again", "bombing", "attack"]
    assert float(rows[0]["day_intensity"]) == first["intensity"]


def test_timeline_prints_tables_and_draws_a_png(store, tmp_path) -> None:
    chart = tmp_path / "t.png"
    code, out, _ = invoke("timeline", "--between", "army", "Northern Front", "--db", str(store), "--plot", str(chart))
    assert code == 0 and "daily intensity" in out and "intensity" in out
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    code, _, err = invoke("timeline", "--between", "army", "Northern Front", "--db", str(store), "--plot",
                          str(tmp_path / "t.txt"))
    assert code == 2 and "[E048]" in err
    code, _, err = invoke("timeline", "--between", "army", "nobody", "--db", str(store))
    assert code == 2 and "[E047]" in err


def test_chain_and_timeline_on_the_examples(examples, tmp_path) -> None:
    with Redline.open_store(examples) as store:
        answers = [ev for ev in store.event_records() if ev["responds_to"]]
    assert answers, "the examples tell an answer (the drone strike answers the air strikes)"
    code, out, _ = invoke("chain", answers[0]["incident"], "--db", str(examples), "-f", "json")
    chain = json.loads(out)
    assert code == 0 and chain["answers"][0]["incident"] == answers[0]["responds_to"][0]["incident"]
    svg = tmp_path / "t.svg"
    code, out, _ = invoke("timeline", "--between", "Valdoria", "Northern Shield militia", "--db", str(examples),
                          "-f", "json", "--plot", str(svg))
    found = json.loads(out)
    assert code == 0 and {r["event_type"] for r in found["events"]} >= {"ACCUSE", "AGREE"}
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")
