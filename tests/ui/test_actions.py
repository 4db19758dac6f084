import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QKeySequence

from editor.ui.actions import ACTIONS, AppActions

REQUIRED = [
    "open", "open_file", "new", "save", "revert", "archive", "quit", "undo", "redo",
    "find", "replace", "toggle_preview", "preview_below", "swap_columns", "line_numbers",
    "language_en", "language_fr", "language_system", "about", "next_problem",
]


@pytest.fixture
def actions(qapp):
    acts = AppActions()
    yield acts
    acts.deleteLater()


def test_required_actions_exist_with_object_names(actions):
    for action_id in REQUIRED:
        assert action_id in actions
        assert actions[action_id].objectName() == f"action.{action_id}"
        assert actions[action_id].text()
        assert actions[action_id].statusTip()


@pytest.mark.parametrize("action_id, standard", [
    ("open", "Open"), ("save", "Save"), ("new", "New"), ("undo", "Undo"),
    ("redo", "Redo"), ("find", "Find"), ("close", "Close"),
])
def test_standard_shortcuts(actions, action_id, standard):
    expected = QKeySequence.keyBindings(getattr(QKeySequence.StandardKey, standard))
    assert expected, "this platform defines the standard key"
    assert actions[action_id].shortcuts() == expected


def test_platform_conventional_shortcuts_when_no_standard_one(actions):
    assert actions["quit"].shortcut() == QKeySequence("Ctrl+Q")
    assert actions["replace"].shortcut() == QKeySequence("Ctrl+H")
    assert actions["next_problem"].shortcut() == QKeySequence("F8")


def test_no_two_actions_share_a_shortcut(actions):
    seen = {}
    for action in actions:
        for sequence in action.shortcuts():
            key = sequence.toString()
            assert key not in seen, f"{key} used by {seen.get(key)} and {action.objectName()}"
            seen[key] = action.objectName()


def test_checkable_and_exclusive_language_group(actions):
    for action_id in ("toggle_preview", "preview_below", "line_numbers", "archive",
                      "language_en", "language_fr", "language_system"):
        assert actions[action_id].isCheckable()
    assert not actions["save"].isCheckable()
    actions["language_fr"].setChecked(True)
    actions["language_en"].setChecked(True)
    assert not actions["language_fr"].isChecked()
    assert actions.group("language").checkedAction() is actions["language_en"]


def test_ids_are_unique_and_ordered():
    ids = [spec.id for spec in ACTIONS]
    assert len(ids) == len(set(ids))


def test_tooltip_mentions_the_shortcut(actions):
    tip = actions["save"].toolTip()
    assert tip.startswith("Save")
    assert actions["save"].shortcut().toString(QKeySequence.SequenceFormat.NativeText) in tip


def test_the_readme_gives_each_action_its_shortcut(actions):
    """Every "Menu Entry (Shortcut)" the README writes is the shortcut the action has (on Linux); an
    entry's name right after another word is part of a longer name ("Review Copy", not "Copy")."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    checked = []
    for action in actions:
        label = action.text().replace("&", "").rstrip("…")
        for written in re.findall(rf"(?<!\w)(?<!\w ){re.escape(label)}…? \(((?:Ctrl|Shift|Alt|F\d)[^)]*)\)", readme):
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
            assert written == shortcut, f"README: {label} ({written}), but the action's shortcut is {shortcut!r}"
            checked.append(label)
    assert len(checked) >= 15, checked  # Save, Undo, Bold, Find, Reload Site… are all written so


class _Upper(QTranslator):
    """A translator that shouts, so the test needs no .qm file."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return source.upper() if context == "AppActions" else ""


def test_retranslate_applies_installed_translator(actions, qapp):
    translator = _Upper()
    QCoreApplication.installTranslator(translator)
    try:
        actions.retranslate()
        assert actions["save"].text() == "&SAVE"
        assert actions["save"].statusTip().isupper()
        # Language names stay in their own language.
        assert actions["language_fr"].text() == "&Français"
    finally:
        QCoreApplication.removeTranslator(translator)
    actions.retranslate()
    assert actions["save"].text() == "&Save"
