"""The table: fits the terminal, has place, killed and wounded, cuts evidence at a word with "…", shows a post
once, and is written to --out like any other format."""

import json
from datetime import date

import pytest
from rich.console import Console
from typer.testing import CliRunner

from redline import cli
from redline.cli import app
from redline.model import Actor, Document, DocumentResult, Event, Post, Quote
from redline.output import clip, table

runner = CliRunner()
LONG = ("Drones launched by the Northern Shield militia struck the fuel terminal at Port Lumen early Sunday, killing "
        "at least four dock workers and wounding eleven others, the harbour authority said on Sunday evening.")


@pytest.fixture(autouse=True)
def shared_extractor(extractor, monkeypatch):
    """In-process runs reuse the session's Redline instead of loading spaCy again."""
    monkeypatch.setattr(cli, "build", lambda config: extractor)


def result() -> DocumentResult:
    doc = Document(id="2021-03-08-harbor-drone-wire", published=date(2021, 3, 8), text=LONG)
    event = Event(event_type="ASSAULT", mode="drone", source=Actor("Northern Shield militia"),
                  target=Actor("dock workers", country="RUR"), date=date(2021, 3, 7), evidence=LONG, start=0,
                  end=len(LONG), trigger="struck", rule="verb:strike", place="Port Lumen", killed=4, wounded=11,
                  approx=True)
    post = Post(author="Marta Fiel", handle="martafiel", date=date(2021, 3, 8), text="Tear gas on Liberty Square "
                "again [live]", links=(), start=0, end=10, text_start=0, text_end=5)
    quotes = [Quote(text="Every strike will be answered", start=0, end=5, speaker=Actor("Omar Vesk"), via="quote"),
              Quote(text=post.text, start=0, end=10, speaker=Actor("Marta Fiel"), via="post")]
    return DocumentResult(document=doc, events=[event], quotes=quotes, posts=[post])


def render(width: int) -> str:
    console = Console(width=width, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(table([result()]))
    return console.export_text()


def test_table_fits_the_width_and_has_place_killed_and_wounded() -> None:
    for width in (80, 120, 200):
        text = render(width)
        assert max(len(line) for line in text.splitlines()) <= width
    wide = render(200)
    for header in ("place", "killed", "wounded", "who", "whom", "date"):
        assert header in wide
    assert "Port Lumen" in wide and "≥4" in wide and "≥11" in wide and "dock workers (RUR)" in wide


def test_post_is_shown_once_and_brackets_are_not_markup() -> None:
    wide = render(200)
    assert wide.count("Tear gas on Liberty Square") == 1 and "[live]" in wide
    assert wide.count("Every strike will be answered") == 1


def test_evidence_is_cut_at_a_word_with_an_ellipsis() -> None:
    cut = clip(LONG, 60)
    assert len(cut) <= 60 and cut.endswith("…")
    assert LONG.startswith(cut[:-1]) and LONG[len(cut) - 1] == " "  # the cut falls between words
    assert clip("short text", 60) == "short text"
    assert clip("a" * 100, 10) == "a" * 9 + "…"  # one long word has no boundary to cut at
    assert clip("Rebels attacked,   the\ngarrison", 20) == "Rebels attacked…"


def test_table_goes_to_out_and_fits_the_terminal(tmp_path) -> None:
    doc = tmp_path / "garrison.txt"
    doc.write_text("date 2021-03-05 Rebels attacked the northern garrison in Kharkiv on Tuesday, killing three "
                   "soldiers and wounding five, the army said.", encoding="utf-8")
    out = tmp_path / "t.txt"
    result = runner.invoke(app, ["extract", str(doc), "--format", "table", "-o", str(out)], env={"COLUMNS": "80"})
    assert result.exit_code == 0 and result.stdout == ""
    text = out.read_text(encoding="utf-8")
    assert "ASSAULT" in text and "Kharkiv" in text and max(len(line) for line in text.splitlines()) <= 80
    jsonl = runner.invoke(app, ["extract", str(doc), "-o", str(tmp_path / "o.jsonl")])
    assert jsonl.exit_code == 0 and json.loads((tmp_path / "o.jsonl").read_text().splitlines()[0])["killed"] == 3
