"""Edit ▸ Undo and Redo are enabled only when Ctrl+Z and Ctrl+Y would do something to what has the focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.window_fixtures import (laptop_window, pyside_refcount_guard,  # noqa: F401
                                      recovery_dir, settings_file, site_copy)


@pytest.fixture
def window(laptop_window):  # noqa: F811
    return laptop_window


def enabled(window) -> tuple[bool, bool]:
    return window.app_actions["undo"].isEnabled(), window.app_actions["redo"].isEnabled()


def test_nothing_to_undo_in_a_posting_just_opened(window):
    window.pair_editor.columns["en"].title.setFocus()
    assert enabled(window) == (False, False)
    window.posting_list.view.setFocus()
    assert enabled(window) == (False, False)


def test_the_pair_history_enables_undo_then_redo(window):
    title = window.pair_editor.columns["en"].title
    title.setFocus()
    title.end(False)
    QTest.keyClicks(title, " (Senior)")
    assert enabled(window) == (True, False)
    window.posting_list.view.setFocus()  # the menu still undoes the pair's edits from the list
    assert enabled(window) == (True, False)
    window.app_actions["undo"].trigger()
    assert enabled(window) == (False, True)
    window.app_actions["redo"].trigger()
    assert enabled(window) == (True, False)


def test_a_body_edit_and_its_undo_by_key(window):
    body = window.pair_editor.columns["fr"].body
    body.setFocus()
    QTest.keyClicks(body, "Mot")
    assert enabled(window) == (True, False)
    QTest.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert enabled(window) == (False, True)


def test_the_search_box_follows_its_own_history(window):
    title = window.pair_editor.columns["en"].title
    title.setFocus()
    QTest.keyClicks(title, "x")
    search = window.posting_list.search
    search.setFocus()  # Ctrl+Z there undoes the search box's typing, not the title's
    assert enabled(window) == (False, False)
    QTest.keyClicks(search, "data")
    assert enabled(window) == (True, False)
    window.app_actions["undo"].trigger()
    assert search.text() == "" and enabled(window) == (False, True)
    title.setFocus()
    assert enabled(window) == (True, False)


def test_the_find_bar_follows_its_own_history(window):
    window.pair_editor.columns["en"].body.setFocus()
    window.app_actions["replace"].trigger()
    bar = window.pair_editor.find_bar
    bar.replace_field.setFocus()
    assert enabled(window) == (False, False)
    QTest.keyClicks(bar.replace_field, "poste")
    assert enabled(window) == (True, False)


def test_undo_after_revert_to_saved(window, monkeypatch):
    from editor.ui import workflow_dialogs

    monkeypatch.setattr(workflow_dialogs, "ask_revert", lambda *_args: True)
    title = window.pair_editor.columns["en"].title
    title.setFocus()
    QTest.keyClicks(title, "x")
    assert window.revert()
    window.posting_list.search.setFocus()  # Ctrl+Z brings the edits back wherever the focus is
    assert enabled(window) == (True, False)
    window.app_actions["undo"].trigger()
    assert title.text().endswith("x")
