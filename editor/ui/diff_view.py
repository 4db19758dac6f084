"""A read-only view of a unified diff, in monospace.

Each line keeps its ``+``/``-`` sign, which says what it is without colour; the tint of
added and removed lines, bold hunk headers and struck-out removed text only help the eye.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QFont, QPalette, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from editor.ui.markdown_editor import monospace_font

# Translucent, so they read on light and dark themes alike.
_ADDED = QColor(30, 160, 60, 60)
_REMOVED = QColor(210, 40, 40, 60)


class _DiffHighlighter(QSyntaxHighlighter):
    def __init__(self, document, palette: QPalette) -> None:
        super().__init__(document)
        self.set_palette(palette)

    def set_palette(self, palette: QPalette) -> None:
        self._added = QTextCharFormat()
        self._added.setBackground(_ADDED)
        self._removed = QTextCharFormat()
        self._removed.setBackground(_REMOVED)
        self._removed.setFontStrikeOut(True)
        self._sign = QTextCharFormat()
        self._sign.setFontWeight(QFont.Weight.Bold)
        self._header = QTextCharFormat()
        self._header.setFontWeight(QFont.Weight.Bold)
        self._header.setForeground(palette.color(QPalette.ColorRole.PlaceholderText))
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        if text.startswith(("+++", "---", "@@")):
            self.setFormat(0, len(text), self._header)
        elif text.startswith("+"):
            self.setFormat(0, len(text), self._added)
            self.setFormat(0, 1, self._sign)
        elif text.startswith("-"):
            self.setFormat(1, len(text) - 1, self._removed)
            sign = QTextCharFormat(self._sign)
            sign.setBackground(_REMOVED)
            self.setFormat(0, 1, sign)


class DiffView(QPlainTextEdit):
    """Shows ``set_diff(text)``; a line starting with + is added, with - removed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setFont(monospace_font())
        self.setTabChangesFocus(True)
        self._highlighter = _DiffHighlighter(self.document(), self.palette())

    def set_diff(self, text: str) -> None:
        self.setPlainText(text)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._highlighter.set_palette(self.palette())
