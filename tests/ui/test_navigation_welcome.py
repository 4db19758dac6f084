"""Keyboard moves between the bodies and the panes, the recent sites list, the first run's welcome."""

from __future__ import annotations

import os
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editor.app import create_main_window
from editor.resources import ENV_VAR, resources_dir
from editor.ui.settings import Settings
from tests.ui.window_fixtures import close_window, PM_EN, pyside_refcount_guard, recovery_dir, settings_file, site_copy  # noqa: F401


@pytest.fixture
def make(qtbot, settings_file, recovery_dir):  # noqa: F811
    windows = []

    def make_window(path):
        window = create_main_window(path, settings=Settings(settings_file), recovery_dir=recovery_dir)
        window.resize(1366, 768)
        window.show()
        window.activateWindow()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make_window
    for window in windows:
        close_window(window)


def test_ctrl_tab_moves_between_the_bodies_and_each_keeps_its_cursor(make, site_copy, qtbot):  # noqa: F811
    window = make(site_copy / PM_EN)
    french, english = (window.pair_editor.columns[lang].body for lang in ("fr", "en"))
    french.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is french, timeout=2000)
    french.moveCursor(QTextCursor.MoveOperation.End)
    english.moveCursor(QTextCursor.MoveOperation.Start)
    QTest.keyClick(french, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is english, timeout=2000)
    assert english.textCursor().position() == 0
    QTest.keyClick(english, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is french, timeout=2000)
    assert french.textCursor().position() == len(french.toPlainText())


def test_ctrl_l_asks_for_a_line_and_moves_the_focused_body_there(make, site_copy, qtbot, monkeypatch):  # noqa: F811
    from editor.ui import dialogs

    window = make(site_copy / PM_EN)
    french = window.pair_editor.columns["fr"].body
    asked = []
    monkeypatch.setattr(dialogs, "ask_line", lambda _parent, current, count: asked.append((current, count)) or 4)
    french.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is french, timeout=2000)
    french.moveCursor(QTextCursor.MoveOperation.Start)
    QTest.keyClick(french, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert asked == [(1, french.blockCount())]
    assert french.current_line() == 4 and QApplication.focusWidget() is french


def test_f6_cycles_list_fields_text_problems(make, site_copy, qtbot):  # noqa: F811
    window = make(site_copy / PM_EN)
    first = window.pair_editor.columns[window.pair_editor.column_order()[0]]
    order = [window.posting_list.view, first.title, first.body, window.problems.tree]
    window.posting_list.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is order[0], timeout=2000)
    for expected in order[1:] + order[:1]:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        qtbot.waitUntil(lambda e=expected: QApplication.focusWidget() is e, timeout=2000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.problems.tree, timeout=2000)


def test_f6_reaches_the_fields_and_text_of_a_posting_in_one_language(make, site_copy, qtbot):  # noqa: F811
    """With the French column first and no French file yet (a pair waiting for its translation), F6
    went from the list straight to the problems: the English title and body were never reached."""
    window = make(next((site_copy / "content/en/careers/positions").glob("security-engineer--*.md")))
    assert window.pair_editor.column_order()[0] == "fr" and window.manager.posting("fr") is None
    english = window.pair_editor.columns["en"]
    order = [window.posting_list.view, english.title, english.body, window.problems.tree]
    window.posting_list.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is order[0], timeout=2000)
    for expected in order[1:] + order[:1]:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        qtbot.waitUntil(lambda e=expected: QApplication.focusWidget() is e, timeout=2000)


def test_open_recent_lists_only_sites_that_still_exist(make, site_copy, tmp_path):  # noqa: F811
    window = make(site_copy / PM_EN)
    gone = tmp_path / "gone"
    gone.mkdir()
    window.settings.add_recent_site(gone)
    gone.rmdir()
    window.menus.fill_recent()
    texts = [action.text() for action in window.menus.recent.actions()]
    assert any(str(site_copy) in text for text in texts)
    assert not any(str(gone) in text for text in texts)


@pytest.fixture
def private_resources(tmp_path, monkeypatch):
    copy = tmp_path / "resources"
    shutil.copytree(resources_dir(), copy, ignore=shutil.ignore_patterns("public", "_gen", ".hugo_build.lock"))
    monkeypatch.setenv(ENV_VAR, str(copy))
    return copy


def test_the_sample_site_shows_a_welcome_until_it_is_closed(make, private_resources, site_copy):  # noqa: F811
    window = make(None)
    assert window.welcome.isVisible() and "sample site" in window.welcome.text.text()
    window.welcome.open_button.text()  # the way out to the user's own site is on the panel
    window.welcome.close_button.click()
    assert not window.welcome.isVisible() and window.settings.welcome_dismissed()
    assert not make(None).welcome.isVisible()


def test_tab_reaches_the_welcome_after_the_editors_and_before_the_problems(make, private_resources, qtbot):  # noqa: F811
    """The welcome is made when first shown: its buttons keep their place in the Tab order, after the
    second preview and before the problems, not after everything else."""
    from PySide6.QtWidgets import QWidget

    from tests.ui.workflow_support import shown_and_active

    window = make(None)
    shown_and_active(window, qtbot)
    second = window.pair_editor.column_order()[1]
    window.findChild(QWidget, f"{second}.preview").setFocus()
    reached = []
    for _ in range(3):
        window.focusNextChild()
        reached.append(QApplication.focusWidget())
    assert reached == [window.welcome.open_button, window.welcome.close_button, window.problems.tree]


def test_a_real_site_shows_no_welcome(make, site_copy):  # noqa: F811
    assert not make(site_copy / PM_EN).welcome.isVisible()


def test_the_welcome_button_opens_the_folder_chooser(make, private_resources, monkeypatch):
    from editor.ui import main_window

    asked = []
    monkeypatch.setattr(main_window.QFileDialog, "getExistingDirectory", lambda *a, **k: asked.append(a) or "")
    window = make(None)
    window.welcome.open_button.click()
    assert asked
    assert os.environ[ENV_VAR] == str(private_resources)


def test_a_recent_site_whose_folder_name_holds_an_ampersand_is_shown_whole(make, site_copy, tmp_path):  # noqa: F811
    """"R&D site" showed as "RD site", its D underlined as the entry's letter (Qt's mnemonic)."""
    window = make(site_copy / PM_EN)
    folder = tmp_path / "R&D site"
    folder.mkdir()
    window.settings.add_recent_site(folder)
    window.menus.fill_recent()
    texts = [action.text() for action in window.menus.recent.actions()]
    assert f"&1 {str(folder).replace('&', '&&')}" in texts
