"""Undo goes back through the pair's edits in the order they were made, whichever field had them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from tests.ui.window_fixtures import (laptop_window, pyside_refcount_guard,  # noqa: F401
                                      recovery_dir, settings_file, site_copy)


@pytest.fixture
def window(laptop_window):  # noqa: F811
    return laptop_window


def _type_at_end(widget, text):
    widget.setFocus()
    if hasattr(widget, "moveCursor"):
        widget.moveCursor(QTextCursor.MoveOperation.End)
    else:
        widget.end(False)
    for number, line in enumerate(text.split("\n")):
        if number:
            QTest.keyClick(widget, Qt.Key.Key_Return)
        QTest.keyClicks(widget, line)


def test_edit_undo_after_title_then_body_undoes_the_body_then_the_title(window):
    column = window.pair_editor.columns["en"]
    title, body = column.title.text(), column.body.toPlainText()
    _type_at_end(column.title, " (Senior)")
    _type_at_end(column.body, " One more line.")
    window.posting_list.view.setFocus()  # Edit → Undo from the menu, the focus elsewhere
    window.app_actions["undo"].trigger()
    assert column.body.toPlainText() == body and column.title.text() == title + " (Senior)"
    window.app_actions["undo"].trigger()
    assert column.title.text() == title
    window.app_actions["redo"].trigger()
    assert column.title.text() == title + " (Senior)" and column.body.toPlainText() == body
    window.app_actions["redo"].trigger()
    assert column.body.toPlainText() == body + " One more line."


def test_a_new_line_at_the_end_of_the_body_is_one_undo(window):
    """Return at the very end of a text makes Qt record two undo steps, one of them changing nothing
    seen: after undoing the new line, the next Undo did nothing and the title waited for a third."""
    column = window.pair_editor.columns["en"]
    title, body = column.title.text(), column.body.toPlainText()
    _type_at_end(column.title, " (Senior)")
    column.body.setFocus()
    column.body.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClick(column.body, Qt.Key.Key_Return)
    assert column.body.toPlainText() == body + "\n"
    window.app_actions["undo"].trigger()
    assert column.body.toPlainText() == body
    window.app_actions["undo"].trigger()
    assert column.title.text() == title
    window.app_actions["redo"].trigger()
    assert column.title.text() == title + " (Senior)" and column.body.toPlainText() == body
    window.app_actions["redo"].trigger()
    assert column.body.toPlainText() == body + "\n"


def test_ctrl_z_in_one_field_undoes_the_last_edit_of_the_pair(window):
    french, english = window.pair_editor.columns["fr"], window.pair_editor.columns["en"]
    before_fr, before_en = french.body.toPlainText(), english.description.toPlainText()
    _type_at_end(english.description, " Now.")
    _type_at_end(french.body, " Une ligne de plus.")
    english.description.setFocus()
    QTest.keyClick(english.description, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert french.body.toPlainText() == before_fr  # the last edit of the pair, in the other column
    assert french.body.hasFocus()  # shown where it happened
    QTest.keyClick(french.body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert english.description.toPlainText() == before_en


def test_a_bold_command_is_one_step_of_the_pair_history(window):
    column = window.pair_editor.columns["fr"]
    before = column.body.toPlainText()
    body = column.body
    body.setFocus()
    start = before.index("produit")
    cursor = body.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("produit"), QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    window.app_actions["bold"].trigger()
    assert "**produit**" in body.toPlainText()
    window.app_actions["undo"].trigger()
    assert body.toPlainText() == before


def test_the_search_box_keeps_its_own_undo(window):
    search = window.posting_list.search
    search.setFocus()
    QTest.keyClicks(search, "data")
    window.app_actions["undo"].trigger()
    assert search.text() == ""


def test_archiving_is_a_step_of_the_pair_history(window):
    """Ticking Archived (or File ▸ Archived) changes both files like any other edit, but Undo left
    it ticked: the title typed before it came back, the archiving stayed."""
    column, archived = window.pair_editor.columns["en"], window.pair_editor.shared.archived
    title = column.title.text()
    assert not archived.isChecked()
    _type_at_end(column.title, " (Senior)")
    archived.setFocus()
    QTest.keyClick(archived, Qt.Key.Key_Space)
    assert window.manager.pair.shared("archived") is True
    QTest.keyClick(archived, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not archived.isChecked() and window.manager.pair.shared("archived") is False
    assert column.title.text() == title + " (Senior)"
    window.app_actions["undo"].trigger()
    assert column.title.text() == title
    window.app_actions["redo"].trigger()
    window.app_actions["redo"].trigger()
    assert archived.isChecked() and window.manager.pair.shared("archived") is True
    assert window.app_actions["archive"].isChecked()
    window.app_actions["archive"].trigger()  # File ▸ Archived: unticked, one step too
    assert window.manager.pair.shared("archived") is False and not archived.isChecked()
    window.app_actions["undo"].trigger()
    assert window.manager.pair.shared("archived") is True and archived.isChecked()


def test_undo_is_disabled_once_a_new_line_at_the_end_is_undone(window):
    """Qt's second step for Return at the end of a text changes nothing seen: left in the pair's
    history, Undo stayed enabled (and Redo showed a step) once the new line was undone, for a press
    that then did nothing."""
    column = window.pair_editor.columns["en"]
    body = column.body.toPlainText()
    column.body.setFocus()
    column.body.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClick(column.body, Qt.Key.Key_Return)
    assert window.app_actions["undo"].isEnabled()
    window.app_actions["undo"].trigger()
    assert column.body.toPlainText() == body
    assert not window.app_actions["undo"].isEnabled() and window.app_actions["redo"].isEnabled()
    window.app_actions["redo"].trigger()
    assert column.body.toPlainText() == body + "\n"
    assert window.app_actions["undo"].isEnabled() and not window.app_actions["redo"].isEnabled()
    window.app_actions["undo"].trigger()
    assert column.body.toPlainText() == body and not window.app_actions["undo"].isEnabled()


def test_a_backspace_after_typing_is_a_step_of_its_own(window):
    """Its text is the text as it was when the typing began: it is still a change one sees."""
    column = window.pair_editor.columns["en"]
    body = column.body.toPlainText()
    column.body.setFocus()
    column.body.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(column.body, "ab")
    QTest.keyClick(column.body, Qt.Key.Key_Backspace)
    window.app_actions["undo"].trigger()
    assert column.body.toPlainText() == body + "ab"
    window.app_actions["undo"].trigger()
    assert column.body.toPlainText() == body
