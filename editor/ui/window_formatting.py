"""The window's Format menu: bold, italics, link, headings and lists on the focused body's selection.

The text edits themselves are pure functions (editor.model.writing.format); this object finds the
body that has the focus, hands it the text and selection, and applies the answer as one undo step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import shiboken6

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from editor.model.writing import format as fmt

if TYPE_CHECKING:
    from editor.ui.main_window import MainWindow

_COMMANDS = {
    "bold": lambda text, start, end: fmt.toggle_inline(text, start, end, "**"),
    "italic": lambda text, start, end: fmt.toggle_inline(text, start, end, "_"),
    "link": fmt.make_link,
    "heading2": lambda text, start, end: fmt.toggle_heading(text, start, end, 2),
    "heading3": lambda text, start, end: fmt.toggle_heading(text, start, end, 3),
    "bullet_list": lambda text, start, end: fmt.toggle_list(text, start, end, numbered=False),
    "numbered_list": lambda text, start, end: fmt.toggle_list(text, start, end, numbered=True),
}


class Formatting(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        for name in _COMMANDS:
            window.app_actions[name].triggered.connect(lambda _=False, n=name: self.apply(n))
        # A bound method, not a lambda: Qt drops the connection when this object goes with its window.
        cast(QApplication, QApplication.instance()).focusChanged.connect(self._focus_changed)
        self.update_actions()

    def _focus_changed(self, _old, _new) -> None:
        # The window's destruction moves the focus too, after its actions are gone.
        if shiboken6.isValid(self.window):
            self.update_actions()

    def focused_body(self) -> QPlainTextEdit | None:
        """The body editor (either language) that has the keyboard focus, if it can be edited."""
        focus = QApplication.focusWidget()
        for column in self.window.pair_editor.columns.values():
            if focus is column.body and not column.body.isReadOnly():
                return column.body
        return None

    def update_actions(self) -> None:
        enabled = self.focused_body() is not None
        for name in _COMMANDS:
            self.window.app_actions[name].setEnabled(enabled)

    def apply(self, name: str, editor: QPlainTextEdit | None = None) -> bool:
        editor = editor or self.focused_body()
        if editor is None:
            return False
        text = editor.toPlainText()
        cursor = editor.textCursor()
        start, end = _index(text, cursor.selectionStart()), _index(text, cursor.selectionEnd())
        edit = _COMMANDS[name](text, start, end)
        new_text = edit.apply(text)
        cursor.beginEditBlock()  # one undo step, whatever the command changes
        cursor.setPosition(_utf16(text, edit.start))
        cursor.setPosition(_utf16(text, edit.end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(edit.replacement)
        cursor.endEditBlock()
        cursor.setPosition(_utf16(new_text, edit.selection[0]))
        cursor.setPosition(_utf16(new_text, edit.selection[1]), QTextCursor.MoveMode.KeepAnchor)
        editor.setTextCursor(cursor)
        return True


def _utf16(text: str, index: int) -> int:
    """Qt counts positions in UTF-16 units; Python in code points (they differ after an emoji)."""
    return index + sum(1 for char in text[:index] if ord(char) > 0xFFFF)


def _index(text: str, position: int) -> int:
    index = units = 0
    while index < len(text) and units < position:
        units += 2 if ord(text[index]) > 0xFFFF else 1
        index += 1
    return index
