"""Changing an editor's text the way typing would: one undo step, the cursor kept where it makes sense.

Edits made here reach the model through the widgets' own change signals (the column turns
them into ``DocumentManager`` calls), so undo, the unsaved marker, autosave and saving all
behave as if the user had typed the change.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from editor.ui.language_column import editor_text


def utf16_length(text: str) -> int:
    """Qt counts positions in UTF-16 units; emoji and other astral characters take two."""
    return len(text.encode("utf-16-le")) // 2


def replace_editor_text(editor: QPlainTextEdit, new_text: str) -> int | None:
    """Make ``editor`` hold ``new_text`` by replacing only the part that differs, as one undo step.

    Returns the Qt position where the change starts (None when nothing changed)."""
    old = editor_text(editor)
    if old == new_text:
        return None
    prefix = 0
    limit = min(len(old), len(new_text))
    while prefix < limit and old[prefix] == new_text[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[len(old) - 1 - suffix] == new_text[len(new_text) - 1 - suffix]:
        suffix += 1
    start = utf16_length(old[:prefix])
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start)
    cursor.setPosition(start + utf16_length(old[prefix:len(old) - suffix]), QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(new_text[prefix:len(new_text) - suffix])
    return start


def replace_in_line(editor: QPlainTextEdit, line: int, start: int, end: int, replacement: str) -> bool:
    """Replace characters ``[start, end)`` (0-based code points) of editor line ``line`` (0-based)."""
    block = editor.document().findBlockByNumber(line)
    if not block.isValid():
        return False
    text = block.text()
    if end > len(text) or start > end:
        return False
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + utf16_length(text[:start]))
    cursor.setPosition(block.position() + utf16_length(text[:end]), QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(replacement)
    return True


def replace_line_edit(field: QLineEdit, new_text: str) -> bool:
    """Replace a one-line field's text as one undoable edit (``textEdited`` is emitted)."""
    if field.text() == new_text:
        return False
    field.selectAll()
    field.insert(new_text)
    return True
