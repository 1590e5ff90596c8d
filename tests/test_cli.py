"""The command line: JSON Lines for the scorer, a table, --out, bad input reported and the rest kept."""

import json

from typer.testing import CliRunner

from redline.cli import app

runner = CliRunner()
GOOD = "date 2021-03-05 Rebels attacked the northern garrison on Tuesday, the army said."


def write(tmp_path, name: str, content: str | bytes):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_jsonl_on_stdout(tmp_path) -> None:
    doc = write(tmp_path, "garrison.txt", GOOD)
    result = runner.invoke(app, ["extract", str(doc)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    (event,) = [r for r in records if r["kind"] == "event"]
    assert event["doc_id"] == "garrison" and event["event_type"] == "ASSAULT"
    assert event["date"] == "2021-03-02" and event["evidence"].startswith("Rebels attacked")


def test_out_file_and_table(tmp_path) -> None:
    doc = write(tmp_path, "garrison.txt", GOOD)
    out = tmp_path / "out.jsonl"
    assert runner.invoke(app, ["extract", str(doc), "--out", str(out)]).exit_code == 0
    assert json.loads(out.read_text().splitlines()[0])["kind"] == "event"
    table = runner.invoke(app, ["extract", str(doc), "--format", "table"])
    assert table.exit_code == 0 and "ASSAULT" in table.stdout


def test_bad_documents_are_reported_and_the_rest_processed(tmp_path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    write(folder, "a-good.txt", GOOD)
    write(folder, "b-nodate.txt", "Rebels attacked the garrison.")
    write(folder, "c-binary.txt", b"\x00\x01\x02")
    result = runner.invoke(app, ["extract", str(folder)])
    assert result.exit_code == 1
    assert "[E006]" in result.stderr and "b-nodate.txt" in result.stderr
    assert "[E004]" in result.stderr and "c-binary.txt" in result.stderr
    assert any(json.loads(line)["doc_id"] == "a-good" for line in result.stdout.splitlines())


def test_stdin(tmp_path) -> None:
    result = runner.invoke(app, ["extract", "-"], input=json.dumps({"id": "s1", "date": "2021-03-05",
                                                                    "text": GOOD[16:]}) + "\n")
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[0])["doc_id"] == "s1"


def test_user_actor_file_adds_actors(tmp_path) -> None:
    actors = write(tmp_path, "actors.yaml", "- {id: 'group:north-front', name: North Front, kind: armed_group, "
                                            "country: RUR, aliases: [Northern Front fighters]}\n")
    doc = write(tmp_path, "d.txt", "date 2021-03-05 Northern Front fighters attacked the garrison on Tuesday.")
    result = runner.invoke(app, ["extract", str(doc), "--actors", str(actors)])
    assert result.exit_code == 0, result.output
    event = json.loads(result.stdout.splitlines()[0])
    assert event["source"]["name"] == "North Front" and event["source"]["country"] == "RUR"


def test_malformed_actor_file_is_a_clear_error(tmp_path) -> None:
    actors = write(tmp_path, "actors.yaml", "- {id: x, name: X, kind: spaceship, country: null}\n")
    doc = write(tmp_path, "d.txt", GOOD)
    result = runner.invoke(app, ["extract", str(doc), "--actors", str(actors)])
    assert result.exit_code == 2 and "[E010]" in result.stderr and "spaceship" in result.stderr


def test_actor_file_with_a_wrong_field_type_names_no_python_type(tmp_path) -> None:
    actors = write(tmp_path, "actors.yaml", "- {id: 'group:x', name: 5, kind: armed_group, country: null}\n")
    result = runner.invoke(app, ["extract", str(write(tmp_path, "d.txt", GOOD)), "--actors", str(actors)])
    assert result.exit_code == 2 and "[E010]" in result.stderr
    assert "<class" not in result.stderr and "Traceback" not in result.stderr


def test_a_lexicon_of_ones_own_replaces_the_shipped_one(tmp_path) -> None:
    lexicon = write(tmp_path, "mine.yaml", "verbs:\n  - {lemma: zap, type: ASSAULT}\n")
    doc = write(tmp_path, "d.txt", "date 2021-03-05 Rebels zapped the northern garrison on Tuesday.")
    result = runner.invoke(app, ["extract", str(doc), "--lexicon", str(lexicon)])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(e["event_type"], e["trigger"]) for e in events] == [("ASSAULT", "zapped")]


def test_a_typo_in_ones_own_lexicon_is_a_coded_error(tmp_path) -> None:
    lexicon = write(tmp_path, "mine.yaml", "verbs:\n  - {lemma: zap, type: ASSAULT, objetcs: [garrison]}\n")
    result = runner.invoke(app, ["extract", str(write(tmp_path, "d.txt", GOOD)), "--lexicon", str(lexicon)])
    assert result.exit_code == 2 and "[E010]" in result.stderr and "'objetcs'" in result.stderr
