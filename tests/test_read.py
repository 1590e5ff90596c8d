"""Reading input: corpus .txt files, folders, JSON Lines and stdin; a bad document is an error with a
code that names its file, and the good documents next to it are still read."""

import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest
from helpers import write

from redline.errors import Code, InputError, InputWarning
from redline.model import Document
from redline.read import read_paths, read_stream, read_text_file

BODY = "Dockers in Port Tavel walked off the job on Monday."
GOOD = f"date 2022-06-14 {BODY}"




def jsonl(*records: dict | str) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def split(results: list) -> tuple[list[Document], list[InputError]]:
    docs = [r for r in results if isinstance(r, Document)]
    errors = [r for r in results if isinstance(r, InputError)]
    assert len(docs) + len(errors) == len(results), results
    return docs, errors


# -- good input ----------------------------------------------------------------------------------------

def test_corpus_file(tmp_path) -> None:
    path = write(tmp_path, "2022-06-14-dock-strike.txt", f"date 2022-06-14 {BODY}\n\n")
    doc = read_text_file(path)
    assert doc.id == "2022-06-14-dock-strike"
    assert doc.published == date(2022, 6, 14)
    assert doc.text == BODY  # header and trailing blank lines gone; offsets index this text
    assert doc.source == str(path)


def test_corpus_file_keeps_paragraphs_and_tolerates_bom_crlf_and_case(tmp_path) -> None:
    text = "\ufeffDATE 2022-06-14\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n"
    doc = read_text_file(write(tmp_path, "two.txt", text.encode("utf-8")))
    assert doc.published == date(2022, 6, 14)
    assert doc.text.startswith("First paragraph.") and doc.text.endswith("Second paragraph.")
    assert "\r\n\r\n" in doc.text


def test_folder_is_read_recursively_in_a_stable_order(tmp_path) -> None:
    write(tmp_path, "b.txt", GOOD)
    write(tmp_path, "a.txt", GOOD)
    write(tmp_path, "sub/c.txt", GOOD)
    write(tmp_path, "sub/deeper/d.jsonl", jsonl({"id": "d1", "date": "2022-06-15", "text": BODY}))
    write(tmp_path, "README.md", "What this folder holds.")  # describes the folder: not a document
    write(tmp_path, "sub/data.csv", "id,text")
    warnings: list[InputWarning] = []
    first = [d.id for d in read_paths([tmp_path], warn=warnings.append)]
    assert first == ["a", "b", "c", "d1"]
    assert [d.id for d in read_paths([str(tmp_path)])] == first
    (warning,) = warnings
    assert warning.code is Code.E028 and "README.md" in str(warning) and "data.csv" in str(warning)


def test_paths_are_read_in_the_order_given(tmp_path) -> None:
    z, a = write(tmp_path, "z.txt", GOOD), write(tmp_path, "a.txt", GOOD)
    assert [d.id for d in read_paths([z, a])] == ["z", "a"]


def test_jsonl_file(tmp_path) -> None:
    path = write(tmp_path, "briefs.jsonl", jsonl(
        {"id": "brief-1", "date": "2022-06-14", "text": f"  {BODY}  "},
        "",  # blank lines are skipped, not errors
        {"id": 7, "date": "2022-06-15T08:30:00Z", "text": "The port reopened.", "extra": "ignored"},
    ))
    one, two = read_paths([path])
    assert (one.id, one.published, one.text) == ("brief-1", date(2022, 6, 14), BODY)
    assert one.source == f"{path}:1"
    assert (two.id, two.published, two.text) == ("7", date(2022, 6, 15), "The port reopened.")
    assert two.source == f"{path}:3"  # line numbers count the blank line


def test_stdin_corpus_document(monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(GOOD + "\n"))
    (doc,) = read_paths(["-"])
    assert (doc.id, doc.published, doc.text) == ("stdin", date(2022, 6, 14), BODY)


def test_stdin_jsonl(monkeypatch) -> None:
    records = jsonl({"id": "s1", "date": "2022-06-14", "text": BODY}, {"id": "s2", "date": "2022-06-15", "text": "x"})
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(records.encode("utf-8")), encoding="utf-8"))
    assert [(d.id, d.published) for d in read_paths(["-"])] == [("s1", date(2022, 6, 14)), ("s2", date(2022, 6, 15))]


def test_stdin_mixed_with_files(tmp_path) -> None:
    path = write(tmp_path, "file.txt", GOOD)
    got = [d.id for d in read_paths([path, "-"], stdin=io.StringIO(GOOD))]
    assert got == ["file", "stdin"]


# -- bad input: one error per bad document, naming it, and the rest still read --------------------------

BAD_TEXT_FILES = [
    pytest.param("no-date.txt", BODY, Code.E006, id="missing-date"),
    pytest.param("bare-date.txt", f"2022-06-14 {BODY}", Code.E006, id="date-without-the-word-date"),
    pytest.param("feb-30.txt", f"date 2021-02-30 {BODY}", Code.E007, id="impossible-date"),
    pytest.param("month-13.txt", f"date 2021-13-01 {BODY}", Code.E007, id="impossible-month"),
    pytest.param("short-date.txt", f"date 2021-3-5 {BODY}", Code.E020, id="not-yyyy-mm-dd"),
    pytest.param("slash-date.txt", f"date 05/03/2021 {BODY}", Code.E020, id="not-yyyy-mm-dd-slashes"),
    pytest.param("year-1.txt", f"date 0001-01-01 {BODY}", Code.E021, id="year-1"),
    pytest.param("year-9999.txt", f"date 9999-12-31 {BODY}", Code.E021, id="year-9999"),
    pytest.param("empty.txt", "", Code.E005, id="empty"),
    pytest.param("blank.txt", " \n\t\n", Code.E005, id="whitespace-only"),
    pytest.param("header-only.txt", "date 2022-06-14\n", Code.E005, id="header-only"),
    pytest.param("header-no-newline.txt", "date 2022-06-14", Code.E005, id="header-only-no-newline"),
    pytest.param("latin1.txt", "date 2022-06-14 Caf\xe9 owners in Port Tavel closed.".encode("latin-1"),
                 Code.E003, id="not-utf8"),
    pytest.param("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", Code.E004, id="binary"),
    pytest.param("utf16.txt", GOOD.encode("utf-16"), Code.E004, id="utf16-is-binary"),
]


@pytest.mark.parametrize(("name", "content", "code"), BAD_TEXT_FILES)
def test_bad_text_file_is_reported_and_its_neighbours_read(tmp_path, name, content, code) -> None:
    write(tmp_path, "a-good.txt", GOOD)
    bad = write(tmp_path, f"m-{name}", content)
    write(tmp_path, "z-good.txt", GOOD)
    docs, errors = split(list(read_paths([tmp_path])))
    assert [d.id for d in docs] == ["a-good", "z-good"]
    (error,) = errors
    assert error.code is code
    assert error.where == str(bad)
    assert str(bad) in str(error) and f"[{code.name}]" in str(error)


def test_impossible_date_names_the_value(tmp_path) -> None:
    bad = write(tmp_path, "feb-30.txt", f"date 2021-02-30 {BODY}")
    with pytest.raises(InputError) as caught:
        read_text_file(bad)
    assert caught.value.code is Code.E007 and "2021-02-30" in str(caught.value)


def test_missing_file_is_reported_and_the_rest_read(tmp_path) -> None:
    good = write(tmp_path, "good.txt", GOOD)
    missing = tmp_path / "gone.txt"
    missing_jsonl = tmp_path / "gone.jsonl"
    docs, errors = split(list(read_paths([missing, good, missing_jsonl])))
    assert [d.id for d in docs] == ["good"]
    assert [(e.code, e.where) for e in errors] == [(Code.E001, str(missing)), (Code.E001, str(missing_jsonl))]
    with pytest.raises(InputError) as caught:
        read_text_file(missing)
    assert caught.value.code is Code.E001


def test_unreadable_file_is_reported_and_the_rest_read(tmp_path, monkeypatch) -> None:
    # chmod does not stop root, so the permission error is simulated for this one file
    locked = write(tmp_path, "b-locked.txt", GOOD)
    write(tmp_path, "a-good.txt", GOOD)
    read_bytes = Path.read_bytes

    def guarded(self: Path) -> bytes:
        if self == locked:
            raise PermissionError(13, "Permission denied")
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", guarded)
    docs, errors = split(list(read_paths([tmp_path])))
    assert [d.id for d in docs] == ["a-good"]
    (error,) = errors
    assert (error.code, error.where) == (Code.E002, str(locked))
    assert "Permission denied" in str(error)


def test_directory_named_like_a_document_cannot_be_read(tmp_path) -> None:
    folder = tmp_path / "looks-like.txt"
    folder.mkdir()
    with pytest.raises(InputError) as caught:
        read_text_file(folder)
    assert caught.value.code is Code.E002 and str(folder) in str(caught.value)


BAD_JSONL_LINES = [
    pytest.param("{not json", Code.E008, "", id="bad-json"),
    pytest.param('["a", "list"]', Code.E008, "list", id="not-an-object"),
    pytest.param(json.dumps({"date": "2022-06-14", "text": BODY}), Code.E009, "'id'", id="missing-id"),
    pytest.param(json.dumps({"id": "x", "text": BODY}), Code.E009, "'date'", id="missing-date"),
    pytest.param(json.dumps({"id": "x", "date": "2022-06-14"}), Code.E009, "'text'", id="missing-text"),
    pytest.param(json.dumps({"id": "x", "date": "2022-06-14", "text": "  "}), Code.E009, "'text'", id="empty-text"),
    pytest.param(json.dumps({"id": "x", "date": "2021-02-30", "text": BODY}), Code.E007, "2021-02-30",
                 id="impossible-date"),
]


@pytest.mark.parametrize(("line", "code", "detail"), BAD_JSONL_LINES)
def test_bad_jsonl_line_is_reported_and_the_other_lines_read(tmp_path, line, code, detail) -> None:
    path = write(tmp_path, "briefs.jsonl", jsonl(
        {"id": "before", "date": "2022-06-14", "text": BODY}, line, {"id": "after", "date": "2022-06-15", "text": BODY},
    ))
    docs, errors = split(list(read_paths([path])))
    assert [d.id for d in docs] == ["before", "after"]
    (error,) = errors
    assert error.code is code
    assert str(path) in str(error) and f"[{code.name}]" in str(error)
    assert error.where == f"{path}:2" and str(error).startswith(f"{path}:2: [{code.name}] ")  # the line is named
    assert detail in str(error)


@pytest.mark.parametrize(("content", "code"), [
    pytest.param('{"id": "x", "date": "2022-06-14", "text": "caf\xe9"}\n'.encode("latin-1"), Code.E003, id="not-utf8"),
    pytest.param(b"\x00\x01\x02\x03", Code.E004, id="binary"),
])
def test_unreadable_jsonl_file_is_one_error(tmp_path, content, code) -> None:
    bad = write(tmp_path, "a-bad.jsonl", content)
    write(tmp_path, "b-good.txt", GOOD)
    docs, errors = split(list(read_paths([tmp_path])))
    assert [d.id for d in docs] == ["b-good"]
    assert [(e.code, e.where) for e in errors] == [(code, str(bad))]


@pytest.mark.parametrize(("raw", "code"), [
    pytest.param(b"", Code.E005, id="empty"),
    pytest.param(BODY.encode(), Code.E006, id="missing-date"),
    pytest.param(b"date 2021-02-30 " + BODY.encode(), Code.E007, id="impossible-date"),
    pytest.param(b"date 2022-06-14 Caf\xe9 owners closed.", Code.E003, id="not-utf8"),
    pytest.param(b"date 2022-06-14 \x00\x01", Code.E004, id="binary"),
    pytest.param(b"{broken\n", Code.E008, id="bad-json"),
])
def test_bad_stdin_is_an_error_naming_stdin(monkeypatch, raw, code) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))
    (error,) = read_paths(["-"])
    assert isinstance(error, InputError)
    assert error.code is code and error.where.startswith("stdin") and f"[{code.name}]" in str(error)


def test_read_stream_takes_any_text_stream() -> None:
    (doc,) = read_stream(io.StringIO(GOOD), name="pipe")
    assert (doc.id, doc.source, doc.text) == ("pipe", "pipe", BODY)


def test_a_dateline_with_country_and_agency_is_no_subject(run) -> None:
    ev = run("KYIV, Ukraine (AP) — Russian forces shelled residential areas overnight, officials said.",
             published="2022-03-05").events[0]
    assert ev.source is not None and ev.source.name == "Russia" and ev.country == "UKR"
