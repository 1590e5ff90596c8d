"""Ingest through the facade and the command line: the export is what extract writes plus incident and
responds_to, a second ingest changes nothing, a changed document replaces its own records, and the
export formats."""

from __future__ import annotations

import csv
import json
from datetime import date

import duckdb
from helpers import write
from typer.testing import CliRunner

from redline.app import Redline
from redline.cli import app
from redline.model import Document
from redline.output import records

runner = CliRunner()
TEXTS = {
    "garrison": "Rebels attacked the northern garrison on Tuesday, the army said. \"We will strike back,\" "
                "General Tor said.",
    "arrests": "Police arrested twelve protesters in the capital on Friday.",
    "talks": "The foreign ministers of Ruritania and Osterlich met in Geneva on Monday.",
}


def documents(texts: dict[str, str] = TEXTS) -> list[Document]:
    return [Document(doc_id, date(2021, 3, 5), text, source=f"{doc_id}.txt") for doc_id, text in texts.items()]


def exported(db) -> list[dict]:
    result = runner.invoke(app, ["export", "--db", str(db)])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def outcomes(steps) -> dict[str, str]:
    return {step.document.id: step.outcome for step in steps}


def test_the_export_is_the_extraction_plus_incidents_and_links(extractor, tmp_path) -> None:
    db = tmp_path / "c.duckdb"
    assert outcomes(extractor.ingest(documents(), db)) == dict.fromkeys(TEXTS, "stored")
    expected = [rec for result in extractor.extract(documents()) for rec in records(result)]
    got = exported(db)
    assert len(got) == len(expected) and {r["kind"] for r in got} == {"event", "quote"}
    stripped = [{k: v for k, v in r.items() if k not in ("incident", "responds_to", "key")} for r in got]
    key = lambda r: (r["kind"], r["doc_id"], r["start"])  # noqa: E731
    assert sorted(stripped, key=key) == sorted(expected, key=key)
    for r in got:
        if r["kind"] == "event":
            assert r["incident"] and isinstance(r["responds_to"], list) and r["key"].startswith(r["doc_id"] + "#")


def test_a_second_ingest_parses_nothing_and_changes_nothing(extractor, tmp_path, monkeypatch) -> None:
    db = tmp_path / "c.duckdb"
    list(extractor.ingest(documents(), db))
    before = exported(db)
    parsed = []
    monkeypatch.setattr(extractor.parser, "pipe_with", lambda pairs: (parsed.append(p) for p in pairs))
    assert outcomes(extractor.ingest(documents(), db)) == dict.fromkeys(TEXTS, "skipped")
    assert parsed == [] and exported(db) == before


def test_an_ingest_of_unchanged_documents_loads_no_model(extractor, tmp_path) -> None:
    db = tmp_path / "c.duckdb"
    list(extractor.ingest(documents(), db))
    lazy = Redline(lazy=True)
    assert outcomes(lazy.ingest(documents(), db)) == dict.fromkeys(TEXTS, "skipped")
    assert not lazy.loaded


def test_a_changed_document_replaces_its_own_records_only(extractor, tmp_path) -> None:
    db = tmp_path / "c.duckdb"
    list(extractor.ingest(documents(), db))
    before = exported(db)
    changed = {**TEXTS, "arrests": "Soldiers shelled the village of Dorn on Thursday."}
    assert outcomes(extractor.ingest(documents(changed), db)) == {
        "garrison": "skipped", "arrests": "replaced", "talks": "skipped"}
    after = exported(db)
    assert [r for r in after if r["doc_id"] != "arrests"] == [r for r in before if r["doc_id"] != "arrests"]
    (event,) = [r for r in after if r["doc_id"] == "arrests"]
    assert event["evidence"].startswith("Soldiers shelled") and event["key"] == "arrests#1"
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT text FROM documents WHERE id = 'arrests'").fetchone()[0] == changed["arrests"]


def test_cli_ingest_reads_folders_and_dates_and_reports_each_document(tmp_path) -> None:
    folder = tmp_path / "docs"
    write(folder, "garrison.txt", "date 2021-03-05 " + TEXTS["garrison"])
    write(folder, "note.md", TEXTS["arrests"])  # dated by --date
    write(folder, "broken.txt", b"\x00\x01\x02")  # E004, and the rest goes on
    db = tmp_path / "store" / "c.duckdb"
    db.parent.mkdir()
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db), "--date", "2021-03-06"])
    assert result.exit_code == 1 and "[E004]" in result.stderr
    assert "2 stored, 0 replaced, 0 unchanged, 0 failed" in result.stderr
    again = runner.invoke(app, ["ingest", str(folder), "--date", "2021-03-06"], env={"REDLINE_DB": str(db)})
    assert "0 stored, 0 replaced, 2 unchanged" in again.stderr
    events = [r for r in exported(db) if r["kind"] == "event"]
    assert {r["doc_id"] for r in events} == {"garrison", "note"}
    assert next(r for r in events if r["doc_id"] == "note")["date"] == "2021-03-05"  # Friday before 03-06


def test_export_formats(extractor, tmp_path) -> None:
    db = tmp_path / "c.duckdb"
    list(extractor.ingest(documents(), db))
    events = [r for r in exported(db) if r["kind"] == "event"]
    out = tmp_path / "events.csv"
    assert runner.invoke(app, ["export", "--db", str(db), "--format", "csv", "-o", str(out)]).exit_code == 0
    with out.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["key"] for r in rows] == [e["key"] for e in events]
    assert [json.loads(r["source"]) for r in rows] == [e["source"] for e in events]
    parquet = tmp_path / "events.parquet"
    assert runner.invoke(app, ["export", "--db", str(db), "-f", "parquet", "-o", str(parquet)]).exit_code == 0
    got = duckdb.sql(f"SELECT key, killed, incident, date FROM '{parquet}'").fetchall()
    assert [(k, n, i, d and d.isoformat()) for k, n, i, d in got] == [
        (e["key"], e["killed"], e["incident"], e["date"]) for e in events]


def test_export_errors_are_coded_lines(tmp_path) -> None:
    missing = runner.invoke(app, ["export", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 2 and "[E042]" in missing.stderr
    parquet = runner.invoke(app, ["export", "--db", str(tmp_path / "none.duckdb"), "-f", "parquet"])
    assert parquet.exit_code == 2 and "[E044]" in parquet.stderr
    folder = tmp_path / "folder.duckdb"
    folder.mkdir()
    bad = runner.invoke(app, ["ingest", str(write(tmp_path, "a.txt", "date 2021-03-05 " + TEXTS["arrests"])),
                              "--db", str(folder)])
    assert bad.exit_code == 2 and "[E040]" in bad.stderr and "Traceback" not in bad.output
