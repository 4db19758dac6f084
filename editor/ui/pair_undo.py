"""One undo history for the whole pair: Edit → Undo goes back through the edits in the order they
were made, whichever field they were in (the title, then the body: Undo undoes the body, then the
title), as Word does for a document, instead of only within the field that has the focus.

Each field keeps its own Qt undo stack; this object only remembers the order of the fields'
undo steps and asks the right field to undo. A step undone some other way (a field's context
menu) is noticed and skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit, QWidget


@dataclass
class _Step:
    field: QWidget
    depth: int  # the field's undo steps once this edit was made (-1: a line edit, which does not count them;
    # 0: a check box, which has no history: it is undone and redone by clicking it again)
    base: int = 0  # a text field's undo steps before it: Qt's steps that changed nothing seen belong to it


class PairUndo(QObject):
    changed = Signal()  # what Undo/Redo can do has changed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._undo: list[_Step] = []
        self._redo: list[_Step] = []
        self._fields: set[QWidget] = set()
        self._replaying = False  # a field undoing or redoing reports it as an edit (QLineEdit does)
        # A text field's text (a hash) and undo steps when last seen by this history: a step Qt adds
        # that leaves the text as it was (Return at the very end of a text adds one, the new block's
        # format) is not a step of its own but part of the edit next to it. Left as a step, it kept
        # Undo enabled once the edit was undone, for a press that changes nothing.
        self._seen: dict[QWidget, tuple[int, int]] = {}
        # Fields whose text changed since last seen: typing goes into Qt's last step without a new
        # one, so their hash no longer says what the text was before the next step (a Backspace
        # after typing would leave the text as seen, and be taken for a step that changed nothing).
        # A step's own change comes after Qt reports the step: only the first step after a load,
        # an undo or a redo is judged, which is where Return at the very end leaves its format step
        # alone at the bottom of the history; further up, an Undo press goes past such a step.
        self._stale: set[QWidget] = set()

    def watch_text(self, editor: QPlainTextEdit) -> None:
        document = editor.document()
        document.undoCommandAdded.connect(lambda: self._text_edited(editor))
        document.contentsChange.connect(lambda *_: self._stale.add(editor))
        self._watch(editor)

    def watch_line(self, edit: QLineEdit) -> None:
        edit.textEdited.connect(lambda _text: self._edited(edit, -1))
        self._watch(edit)

    def watch_check(self, box: QAbstractButton) -> None:
        """A check box (Archived) writes to the files as the text fields do: each click is a step."""
        box.clicked.connect(lambda _checked: self._edited(box, 0))
        self._watch(box)

    def _watch(self, field: QWidget) -> None:
        self._fields.add(field)
        field.installEventFilter(self)
        field.destroyed.connect(lambda *_: self._forget(field))

    def _forget(self, field: QWidget) -> None:
        self._fields.discard(field)
        self._undo = [step for step in self._undo if step.field is not field]
        self._redo = [step for step in self._redo if step.field is not field]
        self._seen.pop(field, None)
        self._stale.discard(field)

    def handles(self, widget: QWidget | None) -> bool:
        return widget in self._fields

    def clear(self) -> None:
        """Another pair (or the same one reloaded): the fields' own histories were emptied too."""
        self._undo.clear()
        self._redo.clear()
        self._seen.clear()
        for field in self._fields:
            self._see(field)
        self.changed.emit()

    def _see(self, field: QWidget) -> tuple[int, int] | None:
        if not isinstance(field, QPlainTextEdit):
            return None
        state = hash(field.toPlainText()), field.document().availableUndoSteps()
        self._seen[field] = state
        self._stale.discard(field)
        return state

    def _text_edited(self, editor: QPlainTextEdit) -> None:
        if self._replaying:
            return
        before = self._seen.get(editor)
        if editor in self._stale:  # its text is not known as it was before this step: a step of its own
            depth = editor.document().availableUndoSteps()
            self._seen[editor] = (0, depth)  # (no hash: it stays unknown until the next load, undo or redo)
            self._edited(editor, depth, base=before[1] if before is not None else depth - 1)
            return
        text, depth = self._see(editor) or (0, 0)
        if before is not None and before[0] == text:
            self._seen[editor] = before  # the edit next to it begins where the text last changed
            return  # nothing seen changed: undone and redone with the edit next to it in the field
        self._edited(editor, depth, base=before[1] if before is not None else depth - 1)

    def _edited(self, field: QWidget, depth: int, base: int = 0) -> None:
        if self._replaying:
            return
        if depth < 0 and self._undo and self._undo[-1].field is field:
            return  # a line edit's typing is one step in its own history too
        self._undo.append(_Step(field, depth, base))
        self._redo.clear()
        self.changed.emit()

    @staticmethod
    def _still_undoable(step: _Step) -> bool:
        field = step.field
        if isinstance(field, QPlainTextEdit):
            return field.document().availableUndoSteps() >= step.depth > step.base >= 0
        if isinstance(field, QAbstractButton):
            return field.isEnabled()
        return isinstance(field, QLineEdit) and field.isUndoAvailable()

    @staticmethod
    def _still_redoable(step: _Step) -> bool:
        field = step.field
        if isinstance(field, QPlainTextEdit):
            return field.document().isRedoAvailable()
        if isinstance(field, QAbstractButton):
            return field.isEnabled()
        return isinstance(field, QLineEdit) and field.isRedoAvailable()

    def can_undo(self) -> bool:
        return any(self._still_undoable(step) for step in self._undo)

    def can_redo(self) -> bool:
        return any(self._still_redoable(step) for step in self._redo)

    def undo(self) -> bool:
        while self._undo:
            step = self._undo.pop()
            if self._still_undoable(step):
                seen = _shown_text(step.field)
                self._replay(_undo_step, step)
                self._redo.append(step)
                if seen is not None and _shown_text(step.field) == seen:
                    continue  # a step that changed nothing one sees: the press goes on to the next
                self._show(step.field)
                self.changed.emit()
                return True
        self.changed.emit()
        return False

    def redo(self) -> bool:
        while self._redo:
            step = self._redo.pop()
            if self._still_redoable(step):
                seen = _shown_text(step.field)
                self._replay(_redo_step, step)
                self._undo.append(step)
                if seen is not None and _shown_text(step.field) == seen:
                    continue
                self._show(step.field)
                self.changed.emit()
                return True
        self.changed.emit()
        return False

    def _replay(self, command: Callable[[_Step], None], step: _Step) -> None:
        self._replaying = True
        try:
            command(step)
        finally:
            self._replaying = False
        self._see(step.field)

    @staticmethod
    def _show(field: QWidget) -> None:
        # The reader sees what came back: the field takes the focus, its cursor at the change.
        if field.isVisible():
            field.setFocus()
        if isinstance(field, QPlainTextEdit):
            field.ensureCursorVisible()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # A field would take Ctrl+Z for its own history: the key goes through the pair's instead
        # (the override keeps the key press for the field, where it is caught here).
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            key = cast(QKeyEvent, event)
            undo, redo = key.matches(QKeySequence.StandardKey.Undo), key.matches(QKeySequence.StandardKey.Redo)
            if undo or redo:
                if event.type() == QEvent.Type.KeyPress:
                    self.undo() if undo else self.redo()
                event.accept()
                return True
        return super().eventFilter(watched, event)


def _shown_text(field: QWidget) -> str | None:
    """What a text field shows, to tell a step that changed it from one that did not: Qt records two
    steps for Return at the very end of a text, one of them only the new block's format. None for
    anything else (a check box: its every click changes it)."""
    if isinstance(field, QPlainTextEdit):
        return field.toPlainText()
    if isinstance(field, QLineEdit):
        return field.text()
    return None


def _undo_step(step: _Step) -> None:
    field = step.field
    if isinstance(field, QPlainTextEdit):
        # Down to where the step began: the steps Qt added with it that changed nothing seen go too.
        document = field.document()
        while document.availableUndoSteps() > step.base and document.isUndoAvailable():
            field.undo()
    elif isinstance(field, QAbstractButton):
        field.click()
    else:
        cast(QLineEdit, field).undo()


def _redo_step(step: _Step) -> None:
    field = step.field
    if isinstance(field, QPlainTextEdit):
        document = field.document()
        while document.availableUndoSteps() < step.depth and document.isRedoAvailable():
            field.redo()
    elif isinstance(field, QAbstractButton):
        field.click()
    else:
        cast(QLineEdit, field).redo()
