"""The preview follows the cursor, and a click in the preview moves the editor there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from editor.app import create_main_window
from editor.ui.settings import Settings
from tests.ui.window_fixtures import opened_window, PM_EN, pyside_refcount_guard, recovery_dir, settings_file, site_copy  # noqa: F401


@pytest.fixture
def window(qtbot, site_copy, settings_file, recovery_dir, short_pauses):  # noqa: F811
    # The pauses shortened (tests/ui/conftest.py): these tests wait for where the page ends up.
    with opened_window(site_copy / PM_EN, settings_file, recovery_dir) as win:
        win.show()
        qtbot.waitExposed(win)
        editor = win.pair_editor
        qtbot.waitUntil(lambda: editor.renderer.is_idle() and editor.aligned.is_idle() and editor.aligned.result is not None,
                        timeout=5000)
        yield win


def _settled(qtbot, window):
    editor = window.pair_editor
    # Settled once nothing renders or aligns and no pause is left to run out (the follower's after
    # the cursor settles, the preview's re-measure): the page is where it will stay.
    qtbot.waitUntil(lambda: editor.renderer.is_idle() and editor.aligned.is_idle()
                    and not any(timer.isActive() for timer in editor.findChildren(QTimer)), timeout=5000)


def test_moving_to_the_end_of_the_body_scrolls_the_preview_to_it(window, qtbot):
    column = window.pair_editor.columns["fr"]
    bar = column.preview.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    column.body.setFocus()
    QTest.keyClick(column.body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    _settled(qtbot, window)
    assert bar.value() > bar.maximum() // 2
    # Back to the top: the page follows back.
    QTest.keyClick(column.body, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    _settled(qtbot, window)
    assert bar.value() < bar.maximum() // 4


def test_typing_inside_a_block_in_view_does_not_move_the_preview(window, qtbot):
    column = window.pair_editor.columns["en"]
    column.body.setFocus()
    QTest.keyClick(column.body, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    _settled(qtbot, window)
    before = column.preview.verticalScrollBar().value()
    QTest.keyClicks(column.body, "Now ")
    _settled(qtbot, window)
    assert column.preview.verticalScrollBar().value() == before


def test_a_click_in_the_preview_moves_the_editor_to_that_block(window, qtbot):
    column = window.pair_editor.columns["en"]
    preview = column.preview
    bar = preview.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.wait(50)
    # The last paragraph of the page is near the bottom of the view: click on it.
    QTest.mouseClick(preview.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, preview.viewport().height() - 30))
    line = column.body.textCursor().blockNumber()
    assert column.body.hasFocus()
    assert line > column.body.document().blockCount() // 2
    QTest.mouseClick(preview.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, 10))
    assert column.body.textCursor().blockNumber() < line


def test_a_click_ending_a_selection_leaves_the_editor_alone(window, qtbot):
    column = window.pair_editor.columns["en"]
    column.body.setFocus()
    column.body.moveCursor(QTextCursor.MoveOperation.End)
    line = column.body.textCursor().blockNumber()
    preview = column.preview
    preview.selectAll()
    QTest.mouseRelease(preview.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, 10))
    assert column.body.textCursor().blockNumber() == line
