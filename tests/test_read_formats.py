"""Reading beyond the corpus format: web pages, Markdown, --date, JSON Lines with U+2028, dates out of range,
folders with other files or none, symlink loops, unreadable folders, documents not in English; and every
message in one shape."""

import errno
import json
import os
from datetime import date
from pathlib import Path

import pytest
from helpers import write

from redline.errors import Code, InputError, InputWarning
from redline.html import read_page
from redline.language import check_english
from redline.md import markdown_text
from redline.model import Document
from redline.read import read_paths, read_text_file, split_lines

BODY = "Dockers in Port Tavel walked off the job on Monday, the union said, after a crane fell on the quay."

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Strike at the harbour</title>
<meta property="article:published_time" content="2022-06-14T09:00:00Z">
<script>var tracker = "analytics-snippet";</script></head>
<body>
<nav><ul><li><a href="/">Home page</a></li><li><a href="/world">World news menu</a></li></ul></nav>
<article>
<p class="byline">By Anna Example, Staff Reporter</p>
<p>Dockers in Port Tavel walked off the job on Monday, the union said, after a crane collapsed on the quay
and injured two workers.</p>
<p>The harbour authority said it would inspect every crane on the quay before work resumed this week.</p>
<script>document.write("tracking pixel code");</script>
</article>
<footer>Copyright 2022 Example News. All rights reserved. Subscribe to our newsletter.</footer>
</body></html>
"""




def read_all(paths, **options) -> tuple[list[Document], list[InputError], list[InputWarning]]:
    warnings: list[InputWarning] = []
    results = list(read_paths(paths, warn=warnings.append, **options))
    return ([r for r in results if isinstance(r, Document)], [r for r in results if isinstance(r, InputError)],
            warnings)


# -- web pages -------------------------------------------------------------------------------------------

def test_html_page_gives_only_the_article_text_and_its_date(tmp_path) -> None:
    doc = read_text_file(write(tmp_path, "harbour.html", PAGE))
    assert doc.id == "harbour" and doc.published == date(2022, 6, 14)
    assert doc.text.startswith("Dockers in Port Tavel walked off the job")
    assert "inspect every crane" in doc.text
    for boilerplate in ("Home page", "World news menu", "analytics", "tracking pixel", "Anna Example",
                        "Copyright", "newsletter", "<"):
        assert boilerplate not in doc.text


def test_html_page_without_a_date_needs_the_date_option(tmp_path) -> None:
    page = write(tmp_path, "undated.htm", f"<html><body><article><p>{BODY}</p></article></body></html>")
    with pytest.raises(InputError) as caught:
        read_text_file(page)
    assert caught.value.code is Code.E025 and str(page) in str(caught.value)
    doc = read_text_file(page, default_date=date(2022, 6, 15))
    assert doc.published == date(2022, 6, 15) and doc.text == BODY


def test_html_page_without_text_is_an_error(tmp_path) -> None:
    page = write(tmp_path, "blank.html", "<html><head><script>x()</script></head><body></body></html>")
    (error,) = read_all([page], default_date=date(2022, 6, 15))[1]
    assert error.code is Code.E032


def test_read_page_never_raises_on_garbage() -> None:
    for raw in (b"", b"<", b"\xff\xfe<html>", "<html><body>" * 500, b"<?xml version='1.0'?><x/>"):
        page = read_page(raw)
        assert page is None or isinstance(page.text, str)


# -- Markdown --------------------------------------------------------------------------------------------

def test_markdown_loses_its_markup() -> None:
    text = markdown_text(
        "# Kharkiv strike\n\nRockets hit **the city** on [Monday](https://example.org/a), officials said.\n"
        "The mayor spoke.\n\n![a photo of smoke](smoke.png)\n\n```python\nprint('code')\n```\n\n"
        "    indented code\n\n- first *item*\n- second `item`\n\n> A quoted <b>line</b>.\n\n---\n")
    assert text.split("\n\n") == ["Kharkiv strike", "Rockets hit the city on Monday, officials said. The mayor spoke.",
                                  "first item", "second item", "A quoted line."]


@pytest.mark.parametrize("header", ["date 2022-06-14\n", "---\ntitle: Strike\ndate: 2022-06-14\n---\n",
                                    "---\ndate: '2022-06-14'\n---\n"])
def test_markdown_file_dated_in_its_header_or_front_matter(tmp_path, header) -> None:
    doc = read_text_file(write(tmp_path, "strike.md", f"{header}# Port strike\n\n{BODY}\n"))
    assert (doc.id, doc.published) == ("strike", date(2022, 6, 14))
    assert doc.text == f"Port strike\n\n{BODY}"


def test_markdown_without_a_date_needs_the_date_option(tmp_path) -> None:
    path = write(tmp_path, "strike.md", f"# Port strike\n\n{BODY}\n")
    with pytest.raises(InputError) as caught:
        read_text_file(path)
    assert caught.value.code is Code.E006
    assert read_text_file(path, default_date=date(2022, 6, 1)).published == date(2022, 6, 1)


# -- --date for plain text and JSON Lines ----------------------------------------------------------------

def test_plain_text_without_header_takes_the_date_option(tmp_path) -> None:
    path = write(tmp_path, "plain.txt", f"\n{BODY}\n")
    doc = read_text_file(path, default_date=date(2022, 6, 14))
    assert (doc.published, doc.text) == (date(2022, 6, 14), BODY)
    dated = read_text_file(write(tmp_path, "dated.txt", f"date 2021-01-02 {BODY}"), default_date=date(2022, 6, 14))
    assert dated.published == date(2021, 1, 2)  # the document's own date wins


def test_text_that_starts_with_the_word_date_is_not_a_header(tmp_path) -> None:
    path = write(tmp_path, "night.txt", "Date night ended early in Port Tavel when the dockers walked out.")
    with pytest.raises(InputError) as caught:
        read_text_file(path)
    assert caught.value.code is Code.E006  # missing date, not "impossible date 'night'"


def test_jsonl_record_without_date_takes_the_date_option(tmp_path) -> None:
    path = write(tmp_path, "b.jsonl", json.dumps({"id": "b1", "text": BODY}) + "\n")
    (doc,), errors, _ = read_all([path], default_date=date(2022, 6, 14))
    assert doc.published == date(2022, 6, 14) and errors == []


# -- JSON Lines: only \n ends a line ---------------------------------------------------------------------

@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085", "\x0b", "\x0c", "\x1c"])
def test_jsonl_text_with_raw_unicode_line_separators(tmp_path, separator) -> None:
    records = [{"id": "one", "date": "2022-06-14", "text": f"First line.{separator}Second line."},
               {"id": "bad", "date": "2022-06-14"},
               {"id": "two", "date": "2022-06-15", "text": BODY}]
    path = write(tmp_path, "u.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    assert separator in path.read_text(encoding="utf-8") or separator in "\x0b\x0c\x1c"
    docs, errors, _ = read_all([path])
    assert [d.id for d in docs] == ["one", "two"]
    assert docs[0].text == f"First line.{separator}Second line."
    assert [d.source for d in docs] == [f"{path}:1", f"{path}:3"]
    (error,) = errors
    assert (error.code, error.where) == (Code.E009, f"{path}:2")  # line numbers do not shift


def test_split_lines_splits_on_newline_only() -> None:
    assert split_lines("a\u2028b\r\nc\n") == ["a\u2028b", "c", ""]


# -- dates -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "code"), [
    ("0001-01-01", Code.E021), ("9999-12-31", Code.E021), ("1899-12-31", Code.E021), ("2101-01-01", Code.E021),
    ("2021-02-30", Code.E007), ("2021-3-5", Code.E020), ("05/03/2021", Code.E020), ("2021-03-05x", Code.E020),
])
def test_publication_dates_are_checked_in_the_reader(tmp_path, value, code) -> None:
    path = write(tmp_path, "b.jsonl", json.dumps({"id": "x", "date": value, "text": BODY}) + "\n")
    (error,) = read_all([path])[1]
    assert error.code is code and value in str(error)
    assert ("impossible" in str(error)) == (code is Code.E007)  # another format is not "impossible"


@pytest.mark.parametrize("value", ["1900-01-01", "2100-12-31"])
def test_dates_at_the_bounds_are_read(tmp_path, value) -> None:
    (doc,) = read_all([write(tmp_path, "d.txt", f"date {value} {BODY}")])[0]
    assert doc.published == date.fromisoformat(value)


# -- folders, links, permissions ------------------------------------------------------------------------

def test_other_files_are_listed_in_one_warning(tmp_path) -> None:
    write(tmp_path, "a.txt", f"date 2022-06-14 {BODY}")
    for name in ("b.csv", "c.pdf", "d.docx", "e.json", "f.xml", "g.rtf", "sub/h.png", ".hidden", ".git/config"):
        write(tmp_path, name, "x")
    docs, errors, warnings = read_all([tmp_path])
    assert [d.id for d in docs] == ["a"] and errors == []
    (warning,) = warnings
    assert warning.code is Code.E028 and warning.where == str(tmp_path)
    assert "b.csv" in str(warning) and "2 more" in str(warning) and ".hidden" not in str(warning)


def test_folder_without_documents_is_an_error(tmp_path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    write(tmp_path, "only-notes/notes.csv", "x")
    docs, errors, warnings = read_all([empty, tmp_path / "only-notes"])
    assert docs == [] and [(e.code, e.where) for e in errors] == [(Code.E026, str(empty)),
                                                                  (Code.E026, str(tmp_path / "only-notes"))]
    assert [w.code for w in warnings] == [Code.E028]


def test_symlink_loop_is_not_file_not_found(tmp_path) -> None:
    loop = tmp_path / "loop.txt"
    os.symlink(loop, loop)
    write(tmp_path, "sub/a.txt", f"date 2022-06-14 {BODY}")
    os.symlink(tmp_path / "sub" / "b.txt", tmp_path / "sub" / "b.txt")
    docs, errors, _ = read_all([loop, tmp_path / "sub"])
    assert [d.id for d in docs] == ["a"]
    assert [(e.code, e.where) for e in errors] == [(Code.E024, str(loop)), (Code.E024, str(tmp_path / "sub/b.txt"))]
    assert "not found" not in str(errors[0])


def test_unreadable_folder_is_an_error_and_the_rest_is_read(tmp_path, monkeypatch) -> None:
    good = write(tmp_path, "good.txt", f"date 2022-06-14 {BODY}")
    write(tmp_path, "docs/a.txt", f"date 2022-06-14 {BODY}")
    locked = tmp_path / "docs" / "locked"
    write(locked, "b.txt", f"date 2022-06-14 {BODY}")
    scandir = os.scandir

    def guarded(path):  # chmod does not stop root, so the refusal is simulated
        if Path(path) == locked:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", guarded)
    docs, errors, _ = read_all([good, tmp_path / "docs"])
    assert [d.id for d in docs] == ["good", "a"]
    (error,) = errors
    assert (error.code, error.where) == (Code.E002, str(locked)) and "Permission denied" in str(error)


# -- language ----------------------------------------------------------------------------------------------

NOT_ENGLISH = [
    pytest.param("Les rebelles ont attaqué mardi la garnison du nord, a déclaré l'armée. Le gouvernement a "
                 "condamné l'attaque et promis une riposte, selon un communiqué publié à Paris.", id="french"),
    pytest.param("Los rebeldes atacaron el martes la guarnición del norte, dijo el ejército. El gobierno "
                 "condenó el ataque y prometió una respuesta, según un comunicado.", id="spanish"),
    pytest.param("Повстанцы атаковали северный гарнизон во вторник, заявила армия.", id="russian"),
    pytest.param("反政府武装周二袭击了北部驻军，军方表示。", id="chinese"),
]


@pytest.mark.parametrize("text", NOT_ENGLISH)
def test_document_not_in_english_is_a_warning_and_no_document(tmp_path, text) -> None:
    path = write(tmp_path, "foreign.txt", f"date 2022-06-14 {text}")
    docs, errors, warnings = read_all([path])
    assert docs == [] and errors == []
    (warning,) = warnings
    assert warning.code is Code.E027 and warning.where == str(path)


@pytest.mark.parametrize("text", [BODY, "Rebels attacked the garrison.", "Ceasefire holds in Kharkiv",
                                  "Iran's IRGC fired 12 missiles at U.S. bases in Iraq, the Pentagon said.",
                                  # names are no language's words: one function word in sixteen, all but it names
                                  "Army Chief General Tomas Varga threatened a crackdown unless Interior Minister "
                                  "Lena Borsos Kovacs resigned, Radio Kossuth Budapest reported"])
def test_english_passes_the_language_check(text) -> None:
    assert check_english(text).english


# -- one message shape -------------------------------------------------------------------------------------

def test_every_reader_message_has_one_shape(tmp_path) -> None:
    write(tmp_path, "a.txt", "no date here")
    write(tmp_path, "b.jsonl", '{"id": "x", "date": "2022-06-14", "text": "ok"}\n[1]\n{bad\n')
    write(tmp_path, "c.txt", b"\x00")
    _, errors, _ = read_all([tmp_path, tmp_path / "missing.txt"])
    assert len(errors) == 5
    for error in errors:
        where, rest = str(error).split(": [", 1)
        assert where == error.where and rest.startswith(f"{error.code.name}] ")
        assert "<class" not in str(error) and "Error" not in str(error)
    assert [e.where.rsplit(":", 1)[-1] for e in errors[1:3]] == ["2", "3"]
