"""Escape on the outside-change dialog changes nothing: the text here stays as it is, the file on
disk keeps the other program's change, and a save that found the change writes nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from editor.ui.language_column import editor_text
from tests.ui.test_outside_merge import edited_here, lever_id_changed
from tests.ui.window_fixtures import PM_EN, pyside_refcount_guard, recovery_dir, settings_file, site_copy  # noqa: F401
from tests.ui.workflow_support import make_window  # noqa: F401

pytestmark = pytest.mark.usefixtures("short_pauses")


class _Escape:
    """Presses Escape on the next modal dialog, keeping its name and which buttons it had."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        QTimer.singleShot(0, self._press)

    def _press(self) -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, self._press)
            return
        self.seen.append(box.objectName())
        QTest.keyClick(box, Qt.Key.Key_Escape)
        if box.isVisible():  # Escape did nothing: never leave a modal dialog open, the test would hang
            self.seen.append("still open")
            box.reject()


def test_escape_on_a_combinable_change_leaves_the_text_as_it_is(make_window, site_copy, qtbot):  # noqa: F811
    """Escape picked Combine Both: the other program's change appeared in the text, unasked."""
    window, mine = edited_here(make_window, site_copy, qtbot)
    path = site_copy / PM_EN
    escape = _Escape()
    theirs = lever_id_changed(path)
    qtbot.waitUntil(lambda: bool(escape.seen), timeout=5000)
    assert escape.seen == ["externalChangeDialog"]
    assert window.manager.posting("en").to_bytes() == mine and window.manager.is_modified("en")
    assert editor_text(window.findChild(QPlainTextEdit, "en.body")).endswith("We answer every application.")
    assert path.read_bytes() == theirs


def test_escape_on_a_change_found_when_saving_writes_nothing(make_window, site_copy, qtbot):  # noqa: F811
    window, mine = edited_here(make_window, site_copy, qtbot, notified=False)
    path = site_copy / PM_EN
    theirs = lever_id_changed(path)
    escape = _Escape()
    assert not window.save()
    assert escape.seen == ["externalChangeDialog"]
    assert path.read_bytes() == theirs  # the other program's change is still there to compare
    assert window.manager.posting("en").to_bytes() == mine and window.manager.is_modified("en")


def test_after_escape_the_next_save_asks_again(make_window, site_copy, qtbot):  # noqa: F811
    """Keep Mine would have let the next save write over the other program's change unasked."""
    from tests.ui.workflow_support import DialogAnswers

    window, mine = edited_here(make_window, site_copy, qtbot)
    path = site_copy / PM_EN
    escape = _Escape()
    lever_id_changed(path)
    qtbot.waitUntil(lambda: bool(escape.seen), timeout=5000)
    answers = DialogAnswers().expect("external.keep")
    window.save()  # (it says False: the save it started met the change; Keep Mine then saved)
    assert answers.done and not answers.errors and answers.seen[0]["name"] == "externalChangeDialog"
    assert path.read_bytes() == mine and not window.manager.is_modified("en")
