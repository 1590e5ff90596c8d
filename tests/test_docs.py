"""The README keeps up with the code: every command and every option of the typer app (read from the app
itself, so a new one is checked the day it is added), and every error code with what to do."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer.main

from redline.cli import app
from redline.errors import catalogue

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
# (typer ships its own copy of click, so commands and options are told apart by what they have, not their class)
GROUP = typer.main.get_command(app)
COMMANDS = dict(getattr(GROUP, "commands", {}))
OPTIONS = [(name, opt) for name, command in COMMANDS.items() for param in command.params
           if param.param_type_name == "option" for opt in (*param.opts, *param.secondary_opts)]

# options the README does not show today: documenting one turns its case into an XPASS; then drop it here
UNDOCUMENTED: dict[tuple[str, str], str] = {}


def documented(flag: str, text: str = README) -> bool:
    """The flag written whole: "-o" is not found inside "--out", nor "--format" inside "--formats"."""
    return re.search(rf"(?<![\w-]){re.escape(flag)}(?![\w-])", text) is not None


def test_the_app_has_commands_and_options() -> None:
    assert "extract" in COMMANDS
    assert ("extract", "--actors") in OPTIONS  # what the cases below are read from is not empty


def test_a_flag_is_found_whole_or_not_at_all() -> None:
    assert documented("-o", "redline extract a.txt -o out.jsonl") and documented("--out", "use --out FILE")
    assert not documented("-o", "use --out FILE") and not documented("--format", "--formats")
    assert not documented("--no-such-option")


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_is_in_the_readme(command: str) -> None:
    assert f"redline {command}" in README, f"README.md never shows `redline {command}`"


@pytest.mark.parametrize(("command", "flag"), [
    pytest.param(command, flag, marks=pytest.mark.xfail(strict=False, reason=UNDOCUMENTED[command, flag]))
    if (command, flag) in UNDOCUMENTED else (command, flag)
    for command, flag in OPTIONS
])
def test_every_option_is_in_the_readme(command: str, flag: str) -> None:
    assert documented(flag), f"README.md does not document `redline {command} {flag}`"


def test_every_code_says_what_to_do_and_is_in_the_readme() -> None:
    for name, _template, advice in catalogue():
        assert advice, f"{name} has no advice in errors.py"
        row = next((line for line in README.splitlines() if line.startswith(f"| {name} |")), None)
        assert row is not None and advice in row, f"{name} is missing from the README's table"
