"""Edit ▸ Undo and Redo are enabled when Ctrl+Z and Ctrl+Y would do something, for what has the focus.

The keys act on the pair's history (``PairUndo``) from any field of the pair and from the parts
of the window that edit nothing (the list, the problems); on its own history in a text field
outside the pair (the search box, the find bar); and, after Revert to Saved, bring the reverted
edits back wherever the focus is (``RevertUndoKey``). The actions follow the same rule, updated
when the focus moves and whenever one of those histories changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

if TYPE_CHECKING:
    from editor.ui.main_window import MainWindow


def edits_text(widget: QWidget | None) -> bool:
    """A text field whose own Undo the keys reach (unless the pair's history handles it)."""
    return isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)) and not widget.isReadOnly()


class UndoState(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._watched: set[QWidget] = set()
        window.pair_editor.undo_history.changed.connect(self.refresh)
        manager = window.manager
        manager.pairOpened.connect(self.refresh)
        manager.modifiedChanged.connect(lambda _modified: self.refresh())
        manager.postingsReloaded.connect(lambda _langs: self.refresh())
        manager.edited.connect(lambda _lang: self.refresh())
        cast(QApplication, QApplication.instance()).focusChanged.connect(self._focus_changed)
        self._listening = True
        self.refresh()

    def shutdown(self) -> None:
        # The window's children go before it does, the actions among them, and the focus moves
        # while they go: the application must not call in here then. A window can be closed twice
        # (a close refused then accepted, or closed again by its owner): disconnected once.
        if self._listening:
            self._listening = False
            cast(QApplication, QApplication.instance()).focusChanged.disconnect(self._focus_changed)

    def available(self, widget: QWidget | None) -> tuple[bool, bool]:
        """Whether Undo, and Redo, would change something with ``widget`` focused."""
        back = self.window.manager.can_undo_revert()
        history = self.window.pair_editor.undo_history
        if history.handles(widget) or not edits_text(widget):
            return back or history.can_undo(), history.can_redo()
        if isinstance(widget, QLineEdit):
            return back or widget.isUndoAvailable(), widget.isRedoAvailable()
        document = cast(QPlainTextEdit, widget).document()
        return back or document.isUndoAvailable(), document.isRedoAvailable()

    def refresh(self) -> None:
        focus = QApplication.focusWidget()
        if focus is not None and focus.window() is not self.window:
            return  # a dialog's field: the window's menus are out of reach until it closes
        can_undo, can_redo = self.available(focus)
        self.window.app_actions["undo"].setEnabled(can_undo)
        self.window.app_actions["redo"].setEnabled(can_redo)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and new not in self._watched and edits_text(new) \
                and not self.window.pair_editor.undo_history.handles(new):
            self._watched.add(new)
            if isinstance(new, QLineEdit):
                new.textChanged.connect(self.refresh)  # a line edit tells nothing of its history itself
            else:
                edit = cast(QPlainTextEdit, new)
                edit.undoAvailable.connect(self.refresh)
                edit.redoAvailable.connect(self.refresh)
            new.destroyed.connect(lambda *_: self._watched.discard(new))
        self.refresh()
