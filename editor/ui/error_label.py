"""The line in a dialog that says why its action was refused: hidden until there is something to say."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class ErrorLabel(QLabel):
    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.hide()

    def say(self, text: str) -> None:
        """Show ``text``; a screen reader reads it by name, as the label has no buddy to announce it."""
        self.setText(text)
        self.setAccessibleName(text)
        self.show()
