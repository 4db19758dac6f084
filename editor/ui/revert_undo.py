"""Ctrl+Z after Revert to Saved brings the reverted edits back, wherever the focus is.

Text fields take the undo shortcut for themselves (their own history, which the revert emptied),
so the window's Undo action would never hear it: while a revert can be undone, the key press is
taken before it reaches the field. Only then: a filter on the whole application is a call into
Python for every event of every widget (each mouse move, paint and timer), about a tenth of the
window's own work while it is being used, for a key that only matters after a revert.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget


class RevertUndoKey(QObject):
    def __init__(self, window: QWidget, can_undo: Callable[[], bool], undo: Callable[[], None]) -> None:
        super().__init__(window)
        self._window, self._can_undo, self._undo = window, can_undo, undo
        self._removed = False
        self.armed = False  # listening to the application's keys

    def arm(self, armed: bool) -> None:
        """Listen to the keys while a revert (or Combine Both) can be undone, and only then."""
        application = cast(QApplication, QApplication.instance())
        self.armed = armed and not self._removed
        if self.armed:
            application.installEventFilter(self)
        else:
            application.removeEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) \
                and isinstance(watched, QWidget) and watched.window() is self._window \
                and event.matches(QKeySequence.StandardKey.Undo) and self._can_undo():
            if event.type() == QEvent.Type.KeyPress:
                self._undo()
            event.accept()
            return True
        return False

    def remove(self) -> None:
        self.arm(False)
        self._removed = True  # the window is closing: no later revert state arms it again
