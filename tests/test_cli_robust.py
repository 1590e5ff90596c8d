"""The command line never loses input or output and never shows a traceback: -o checked before anything is
read, output replaced only by a finished run, Ctrl-C reported with exit 130, every failure one coded line."""

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import write
from typer.testing import CliRunner

from redline import cli
from redline.cli import app
from redline.model import DocumentResult

runner = CliRunner()
GOOD = "date 2021-03-05 Rebels attacked the northern garrison on Tuesday, the army said."
LINE = re.compile(r"(error|warning) \S.*: \[E\d{3}\] \S")
REDLINE = Path(sys.executable).with_name("redline")


@pytest.fixture(autouse=True)
def shared_extractor(extractor, monkeypatch):
    """In-process runs reuse the session's Redline instead of loading spaCy again."""
    monkeypatch.setattr(cli, "build", lambda config: extractor)




def invoke(*args: str, **kwargs):
    result = runner.invoke(app, ["extract", *map(str, args)], **kwargs)
    assert "Traceback" not in result.output and "Traceback" not in result.stderr
    return result


def coded_lines(stderr: str) -> list[str]:
    """Every error or warning line; each must have the one shape `error PATH[:LINE]: [Ennn] ...`."""
    lines = [line for line in stderr.splitlines() if line.startswith(("error", "warning"))]
    for line in lines:
        assert LINE.match(line) or re.match(r"error: \[E\d{3}\] \S", line), line
    return lines


# -- -o is checked before anything is read -----------------------------------------------------------------

def test_out_naming_the_input_is_refused_and_the_input_intact(tmp_path) -> None:
    doc = write(tmp_path, "docs.txt", GOOD)
    result = invoke(doc, "-o", doc)
    assert result.exit_code == 2
    (line,) = coded_lines(result.stderr)
    assert "[E022]" in line and str(doc) in line
    assert doc.read_text(encoding="utf-8") == GOOD


def test_out_naming_a_jsonl_input_through_another_path_is_refused(tmp_path, monkeypatch) -> None:
    doc = write(tmp_path, "docs.jsonl", json.dumps({"id": "a", "date": "2021-03-05", "text": GOOD[16:]}) + "\n")
    before = doc.read_bytes()
    os.link(doc, tmp_path / "hard.jsonl")
    monkeypatch.chdir(tmp_path)
    for out in ("./docs.jsonl", "hard.jsonl", str(doc)):
        result = invoke("docs.jsonl", "-o", out)
        assert result.exit_code == 2 and "[E022]" in result.stderr
    assert doc.read_bytes() == before


def test_out_inside_an_input_folder_is_refused(tmp_path) -> None:
    folder = tmp_path / "docs"
    write(folder, "a.txt", GOOD)
    for out in (folder / "out.jsonl", folder / "sub" / "out.jsonl", folder):
        result = invoke(folder, "-o", out)
        assert result.exit_code == 2 and "[E022]" in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt"]


@pytest.mark.parametrize(("out", "words"), [("missing/out.jsonl", "does not exist"), ("folder", "is a folder")])
def test_out_that_cannot_be_written_is_one_coded_line(tmp_path, out, words) -> None:
    doc = write(tmp_path, "a.txt", GOOD)
    (tmp_path / "folder").mkdir()
    result = invoke(doc, "-o", tmp_path / out)
    assert result.exit_code == 2
    (line,) = coded_lines(result.stderr)
    assert "[E023]" in line and words in line


def test_out_replaces_the_previous_file_and_leaves_no_temporary(tmp_path) -> None:
    doc = write(tmp_path, "a.txt", GOOD)
    out = write(tmp_path / "out", "result.jsonl", "previous\n")
    os.chmod(out, 0o640)
    result = invoke(doc, "-o", out)
    assert result.exit_code == 0
    assert json.loads(out.read_text().splitlines()[0])["doc_id"] == "a"
    assert os.stat(out).st_mode & 0o777 == 0o640  # its permissions are kept
    assert [p.name for p in out.parent.iterdir()] == ["result.jsonl"]


# -- Ctrl-C ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("previous", ["previous output\n", None])
def test_interrupted_run_leaves_the_previous_output_or_none(tmp_path, previous) -> None:
    folder = tmp_path / "docs"
    for i in range(400):
        write(folder, f"d{i:03}.txt", f"date 2021-03-05 Rebels attacked garrison number {i} on Tuesday, the army "
                                      f"said. Police arrested {i} protesters in the capital on Monday.")
    out = tmp_path / "out" / "events.jsonl"
    out.parent.mkdir()
    if previous is not None:
        out.write_text(previous, encoding="utf-8")
    # (a child of a shell's background job inherits SIGINT ignored, and Python keeps it so: restore the default)
    proc = subprocess.Popen([str(REDLINE), "extract", str(folder), "-o", str(out)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    while not any(p.suffix == ".part" for p in out.parent.iterdir()):  # extraction has begun
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        time.sleep(0.02)
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr
    (line,) = coded_lines(stderr)
    assert "[E029]" in line and "interrupted" in line
    if previous is None:
        assert not out.exists()
    else:
        assert out.read_text(encoding="utf-8") == previous
    assert [p.name for p in out.parent.iterdir()] == ([out.name] if previous else [])


# -- no traceback, ever ----------------------------------------------------------------------------------

def test_impossible_publication_dates_are_coded_errors(tmp_path) -> None:
    folder = tmp_path / "docs"
    write(folder, "a-good.txt", GOOD)
    write(folder, "b-early.txt", GOOD.replace("2021-03-05", "0001-01-01"))
    write(folder, "c-late.txt", GOOD.replace("2021-03-05", "9999-12-31"))
    result = invoke(folder)
    assert result.exit_code == 1
    assert [line.count("[E021]") for line in coded_lines(result.stderr)] == [1, 1]
    assert {json.loads(line)["doc_id"] for line in result.stdout.splitlines()} == {"a-good"}


def test_unreadable_folder_keeps_the_good_file_given_before(tmp_path, monkeypatch) -> None:
    good = write(tmp_path, "good.txt", GOOD)
    locked = tmp_path / "locked"
    write(locked, "b.txt", GOOD)
    scandir = os.scandir

    def guarded(path):  # chmod does not stop root, so the refusal is simulated
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", guarded)
    out = tmp_path / "out.jsonl"
    result = invoke(good, locked, "-o", out)
    assert result.exit_code == 1
    (line,) = coded_lines(result.stderr)
    assert "[E002]" in line and str(locked) in line
    assert json.loads(out.read_text().splitlines()[0])["doc_id"] == "good"


def test_a_document_the_extractor_fails_on_is_one_coded_line(tmp_path, monkeypatch) -> None:
    class Failing:
        def extract(self, documents):
            for document in documents:
                yield DocumentResult(document=document, error="OverflowError: date value out of range")

    monkeypatch.setattr(cli, "build", lambda config: Failing())
    result = invoke(write(tmp_path, "a.txt", GOOD))
    assert result.exit_code == 1
    (line,) = coded_lines(result.stderr)
    assert "[E030]" in line and "out of range" not in line


def test_a_bug_is_one_coded_line_and_exit_70(tmp_path, monkeypatch) -> None:
    class Broken:
        def extract(self, documents):
            raise ZeroDivisionError("division by zero")
            yield

    monkeypatch.setattr(cli, "build", lambda config: Broken())
    result = invoke(write(tmp_path, "a.txt", GOOD))
    assert result.exit_code == 70
    (line,) = coded_lines(result.stderr)
    assert "[E031]" in line and "division by zero" not in line


@pytest.mark.parametrize(("value", "code"), [("2021-3-5", "E020"), ("2021-02-30", "E007"), ("0001-01-01", "E021")])
def test_bad_date_option_is_refused(tmp_path, value, code) -> None:
    result = invoke(write(tmp_path, "a.txt", GOOD), "--date", value)
    assert result.exit_code == 2
    (line,) = coded_lines(result.stderr)
    assert line.startswith(f"error --date: [{code}]")


def test_date_option_dates_plain_text(tmp_path) -> None:
    doc = write(tmp_path, "plain.txt", "Rebels attacked the northern garrison on Tuesday, the army said.")
    assert invoke(doc).exit_code == 1
    result = invoke(doc, "--date", "2021-03-05")
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[0])["date"] == "2021-03-02"


def test_other_files_and_foreign_documents_are_warnings(tmp_path) -> None:
    write(tmp_path, "a.txt", GOOD)
    write(tmp_path, "b.pdf", b"%PDF-1.4")
    write(tmp_path, "c.txt", "date 2021-03-05 Los rebeldes atacaron el martes la guarnición del norte, dijo el "
                             "ejército. El gobierno condenó el ataque y prometió una respuesta.")
    result = invoke(tmp_path)
    assert result.exit_code == 0
    lines = coded_lines(result.stderr)
    assert [line.split("[")[1][:4] for line in lines] == ["E028", "E027"]
    assert all(line.startswith("warning") for line in lines)
    assert {json.loads(line)["doc_id"] for line in result.stdout.splitlines()} == {"a"}
