"""The Format menu and the status bar's counts, driven from the keyboard as a writer would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from editor.app import create_main_window
from editor.ui.settings import Settings
from tests.ui.window_fixtures import opened_window, PM_EN, pyside_refcount_guard, recovery_dir, settings_file, site_copy  # noqa: F401


@pytest.fixture
def window(qtbot, site_copy, settings_file, recovery_dir):  # noqa: F811
    with opened_window(site_copy / PM_EN, settings_file, recovery_dir) as win:
        win.show()
        qtbot.waitExposed(win)
        yield win


def select_in_body(window, lang: str, word: str):
    body = window.pair_editor.columns[lang].body
    body.setFocus()
    text = body.toPlainText()
    start = text.index(word)
    cursor = body.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(word), QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    return body


def test_ctrl_b_in_the_french_body_wraps_the_selection_and_one_undo_restores_it(window, qtbot):
    body = select_in_body(window, "fr", "produit")
    before = body.toPlainText()
    assert window.app_actions["bold"].isEnabled()
    QTest.keyClick(body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    after = body.toPlainText()
    assert "**produit**" in after and after.replace("**produit**", "produit", 1) == before
    assert body.textCursor().selectedText() == "produit"
    body.undo()
    assert body.toPlainText() == before


def test_heading_and_list_commands_work_on_the_english_body(window):
    body = select_in_body(window, "en", "About us")
    window.app_actions["heading2"].trigger()  # already "## About us": back to a paragraph
    assert "\nAbout us\n" in "\n" + body.toPlainText()
    window.app_actions["heading2"].trigger()
    assert "## About us" in body.toPlainText()


def test_format_commands_are_off_outside_the_bodies(window, qtbot):
    window.posting_list.view.setFocus()
    qtbot.waitUntil(lambda: not window.app_actions["bold"].isEnabled(), timeout=2000)
    select_in_body(window, "en", "About us")
    qtbot.waitUntil(lambda: window.app_actions["bold"].isEnabled(), timeout=2000)


def test_counts_follow_typing_and_the_selection(window, qtbot):
    counts = window.word_counts
    qtbot.waitUntil(lambda: "fr" in counts.counts and "en" in counts.counts, timeout=3000)
    before = counts.counts["en"].words
    assert "FR/EN" in counts.text()
    body = window.pair_editor.columns["en"].body
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClick(body, Qt.Key.Key_Return)
    QTest.keyClick(body, Qt.Key.Key_Return)
    QTest.keyClicks(body, "Three more words")
    qtbot.waitUntil(lambda: counts.counts["en"].words == before + 3, timeout=3000)
    select_in_body(window, "en", "Three more words")
    assert "3" in counts.text() and counts.selection is not None and counts.selection[1].words == 3
    # One word is one word (it read "1 words", « 1 mots »), in the interface's language; the English plural
    # forms are in posting_editor_en.qm, which the application installs (this fixture does not).
    window.set_interface_language("en")
    select_in_body(window, "en", "more")
    assert counts.text() == "Selection (EN): 1 word, 4 characters"
    window.set_interface_language("fr")
    qtbot.waitUntil(lambda: counts.text() == "Sélection (EN)\u00a0: 1 mot, 4 caractères", timeout=3000)
    window.set_interface_language("en")
