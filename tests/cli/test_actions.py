"""Commands whose first word is an action (glossary, xliff, tm, templates) share one argparse shape."""

import pytest

from editor.cli import main
from editor.cli.common import CommandError, write_output


@pytest.mark.parametrize("command", ["glossary", "xliff", "tm", "templates"])
def test_a_command_with_actions_asks_for_one(command, capsys):
    with pytest.raises(SystemExit) as stop:
        main([command])
    assert stop.value.code == 2
    assert "ACTION" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["glossary", "xliff", "tm", "templates"])
def test_each_action_runs_its_own_function(command):
    from editor.cli.main import build_parser

    parser = build_parser()
    actions = parser._subparsers._group_actions[0].choices[command]._subparsers._group_actions[0].choices
    assert actions and all(action.get_default("func") is not None for action in actions.values())


def test_an_output_that_cannot_be_written_is_a_message(tmp_path):
    with pytest.raises(CommandError, match="Cannot write"):
        write_output(str(tmp_path / "missing" / "out.xlf"), b"data", (".xlf",))
    assert write_output(str(tmp_path / "out.xlf"), b"data", (".xlf",)) and (tmp_path / "out.xlf").read_bytes() == b"data"
