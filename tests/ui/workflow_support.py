"""Window tests of the writer's workflow: a window on a scratch site, and a user answering dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox

from editor.app import create_main_window
from editor.ui.settings import Settings
from tests.ui.window_fixtures import close_window


@pytest.fixture
def make_window(qtbot, settings_file, recovery_dir):
    windows = []

    def make(path):
        window = create_main_window(path, settings=Settings(settings_file), recovery_dir=recovery_dir)
        window.resize(1280, 800)
        windows.append(window)
        return window

    yield make
    for window in windows:
        close_window(window)



def shown_and_active(window, qtbot) -> None:
    """Show ``window`` and make it the active one, as a person's window is: keyboard focus and Tab
    order only act in an active window."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

class DialogAnswers:
    """Clicks the named button of each modal dialog as it opens, in order, and keeps what it said."""

    def __init__(self) -> None:
        self.seen: list[dict] = []
        self._buttons: list[str] = []
        self.errors: list[str] = []

    def expect(self, *buttons: str) -> DialogAnswers:
        self._buttons.extend(buttons)
        QTimer.singleShot(0, self._answer)
        return self

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, self._answer)
            return
        name = self._buttons.pop(0)
        texts = {"name": box.objectName(), "title": box.windowTitle(),
                 "buttons": [b.objectName() for b in box.findChildren(QAbstractButton) if b.objectName()],
                 "labels": [label.text() for label in box.findChildren(QLabel)]}
        if isinstance(box, QMessageBox):
            texts.update(text=box.text(), informative=box.informativeText())
        self.seen.append(texts)
        button = box.findChild(QAbstractButton, name)
        if button is None:  # never leave a modal dialog open: the test would hang
            self.errors.append(f"no button {name} in {box.objectName()}")
            box.reject()
            return
        if self._buttons:  # before the click: a click that opens another dialog returns only once it closes
            QTimer.singleShot(0, self._answer)
        button.click()

    @property
    def done(self) -> bool:
        return not self._buttons
