"""Revert to Saved: asks first, naming what is lost, and Edit ▸ Undo brings the edits back once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from editor.ui.language_column import editor_text
from editor.ui.workflow_dialogs import describe_changes
from tests.ui.window_fixtures import (PM_EN, PM_FR, pyside_refcount_guard, recovery_dir,  # noqa: F401
                                      settings_file, site_copy)
from tests.ui.workflow_support import DialogAnswers, make_window  # noqa: F401


def test_describe_changes_names_fields_and_languages():
    assert describe_changes({"fr": ["title"], "en": ["body"]}) == "French title, English body"
    assert describe_changes({"en": ["archived", "body"], "fr": ["archived"]}) == \
        "archived (both languages), English body"


def test_revert_asks_names_what_is_lost_and_undo_brings_it_back(make_window, site_copy, qtbot):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    files = {path: (site_copy / path).read_bytes() for path in (PM_EN, PM_FR)}
    fr_title = window.findChild(QLineEdit, "fr.title")
    fr_title.setFocus()
    fr_title.end(False)
    qtbot.keyClicks(fr_title, " principal")
    en_body = window.findChild(QPlainTextEdit, "en.body")
    en_body.setFocus()
    en_body.moveCursor(en_body.textCursor().MoveOperation.End)
    qtbot.keyClicks(en_body, "Zanzibar quokka")
    edited_body = editor_text(en_body)
    assert window.app_actions["revert"].isEnabled()
    assert not window.revert_undo.armed  # no call into Python for each of the application's events

    # Cancel: nothing happens.
    answers = DialogAnswers().expect("revert.cancel")
    window.app_actions["revert"].trigger()
    assert answers.done and not answers.errors
    assert "French title, English body" in answers.seen[0]["informative"]
    assert "Gestionnaire de produit principal" == fr_title.text() and window.manager.modified

    answers = DialogAnswers().expect("revert.confirm")
    window.app_actions["revert"].trigger()
    assert answers.done and not answers.errors
    assert fr_title.text() == "Gestionnaire de produit"
    assert "Zanzibar" not in editor_text(en_body)
    assert not window.manager.modified and not window.isWindowModified()
    assert {path: (site_copy / path).read_bytes() for path in files} == files
    assert window.revert_undo.armed

    en_body.setFocus()
    qtbot.keyClick(en_body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Edit ▸ Undo's shortcut
    assert fr_title.text() == "Gestionnaire de produit principal"
    assert editor_text(en_body) == edited_body
    assert window.manager.modified and window.isWindowModified()
    assert {path: (site_copy / path).read_bytes() for path in files} == files  # back as unsaved edits
    assert not window.revert_undo.armed

    # Once only: the next Undo is the editor's own again, and never the reverted text twice.
    window.app_actions["undo"].trigger()
    assert not window.manager.can_undo_revert()


def test_an_edit_after_revert_ends_the_way_back(make_window, site_copy, qtbot):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    title = window.findChild(QLineEdit, "en.title")
    qtbot.keyClicks(title, " X")
    answers = DialogAnswers().expect("revert.confirm")
    window.revert()
    assert answers.done
    assert window.revert_undo.armed
    qtbot.keyClicks(title, "Y")
    assert not window.manager.can_undo_revert() and not window.revert_undo.armed
    title.setFocus()
    window.app_actions["undo"].trigger()
    assert "X" not in title.text()
