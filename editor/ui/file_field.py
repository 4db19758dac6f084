"""A file name field with its Browse… button, as one row of a form (the XLIFF dialogs' "File:")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget


class FileField(QHBoxLayout):
    """The field (``edit``, named ``<name>.file``) and its button (``<name>.browse``), which asks
    ``choose(current text)`` for a file: the field takes what it returns, unless that is empty
    (the file dialog was cancelled)."""

    def __init__(self, parent: QWidget, name: str, path: str, choose: Callable[[str], str]) -> None:
        super().__init__()
        self._choose = choose
        self.edit = QLineEdit(path, parent)
        self.edit.setObjectName(f"{name}.file")
        self.browse = QPushButton(self.tr("&Browse…"), parent)
        self.browse.setObjectName(f"{name}.browse")
        self.browse.setAutoDefault(False)  # Enter in the dialog presses its own default button
        self.browse.clicked.connect(self._browse)
        self.addWidget(self.edit, 1)
        self.addWidget(self.browse)

    def add_to(self, form: QFormLayout, parent: QWidget) -> None:
        """This row in ``form``, labelled "File:"; the label names the field (it sits beside a button)."""
        label = QLabel(self.tr("&File:"), parent)
        label.setBuddy(self.edit)
        form.addRow(label, self)

    def _browse(self) -> None:
        chosen = self._choose(self.edit.text())
        if chosen:
            self.edit.setText(chosen)
