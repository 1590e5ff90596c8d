"""The README keeps up with the code: every error code with what to do, every option of `extract`."""

from pathlib import Path

import typer.main

from redline.cli import app
from redline.errors import catalogue

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_every_code_says_what_to_do_and_is_in_the_readme() -> None:
    for name, _template, advice in catalogue():
        assert advice, f"{name} has no advice in errors.py"
        row = next((line for line in README.splitlines() if line.startswith(f"| {name} |")), None)
        assert row is not None and advice in row, f"{name} is missing from the README's table"


def test_every_extract_option_is_in_the_readme() -> None:
    command = typer.main.get_command(app).commands["extract"]
    options = [opt for param in command.params for opt in param.opts if opt.startswith("--")]
    assert set(options) >= {"--out", "--format", "--actors", "--date"}
    for option in options:
        assert f"`{option}" in README, option
