"""The README's table of commands names every command and every option the parser has.

Options added to a command without a word in the README went unnoticed for months (`set
--only-this-file`, `suggest --limit`, `translate --dry-run`…): a newcomer reads the table, not
each `--help`. This fails when a command or an option is missing from its row.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from editor.cli.main import build_parser

README = Path(__file__).resolve().parent.parent / "README.md"
# Said once for every command, above the table.
EVERY_COMMAND = {"-h", "--help", "--lang"}


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _commands() -> list[tuple[str, argparse.ArgumentParser]]:
    """``(name, parser)`` for each command, ``tm export`` and its like as one each."""
    found = []
    for name, parser in _subparsers(build_parser()).items():
        actions = _subparsers(parser)
        found += [(f"{name} {action}", sub) for action, sub in actions.items()] if actions else [(name, parser)]
    return found


def _row(command: str) -> str:
    """The table row whose first cell shows ``command`` (``posting-editor tm export`` or, after a
    slash in the same cell, ``tm import``)."""
    rows = [line for line in README.read_text(encoding="utf-8").splitlines() if line.startswith("| `posting-editor ")]
    for line in rows:
        first_cell = re.split(r"(?<!\\)\|", line)[1]
        if re.search(rf"`(posting-editor )?{re.escape(command)}(\s|`)", first_cell):
            return line
    return ""


@pytest.mark.parametrize("command", [name for name, _parser in _commands()])
def test_the_readme_table_names_the_command_and_its_options(command):
    parser = dict(_commands())[command]
    row = _row(command)
    assert row, f"README.md's table of commands has no row for 'posting-editor {command}'"
    missing = [action.option_strings for action in parser._actions
               if action.option_strings and not EVERY_COMMAND & set(action.option_strings)
               and not any(re.search(rf"{re.escape(option)}(?![\w-])", row) for option in action.option_strings)]
    assert not missing, f"README.md's row for '{command}' does not name {missing}"
