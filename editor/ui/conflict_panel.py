"""The open pair's conflicts, each with what settles it: a value to keep, or the files to compare.

Shown above the language columns while the pair's files disagree on a shared field or a key is
used by several files of one language. The panel only asks; the pair editor applies the answer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from editor.ui.elided_label import ShrinkingLabel
from editor.ui.workflow_dialogs import field_name, field_value

_LANGUAGE = {"en": "English", "fr": "French"}


class ConflictPanel(QFrame):
    takeRequested = Signal(str, str)  # field, language whose value wins
    settleRequested = Signal(str)  # language whose several files the user wants to compare

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(8, 6, 8, 6)
        self._fields: list[tuple[str, dict]] = []
        self._duplicates: list[tuple[str, list[str]]] = []
        self._short = False
        self.hide()

    def set_short(self, short: bool) -> None:
        """In a short window each conflict takes one line, its sentence cut to fit (whole in its tooltip
        and its button's description): at 911×512, two conflicts naming their files took three lines
        each, and the texts below were squeezed over each other."""
        if short != self._short:
            self._short = short
            # Its rows closer too: a row's button is what sets its height.
            self._grid.setContentsMargins(8, 2 if short else 6, 8, 2 if short else 6)
            self._grid.setVerticalSpacing(0 if short else -1)
            self._rebuild()

    def show_conflicts(self, fields: list[tuple[str, dict]], duplicates: list[tuple[str, list[str]]]) -> None:
        """``fields``: (field, {lang: (present, value)}); ``duplicates``: (lang, file names). The values are
        worded here, when shown, so that they follow a change of interface language."""
        self._fields, self._duplicates = list(fields), list(duplicates)
        self._rebuild()

    def buttons(self) -> list[QPushButton]:
        """The buttons on show, in reading order."""
        found = []
        for index in range(self._grid.count()):
            item = self._grid.itemAt(index)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QPushButton):
                found.append(widget)
        return found

    def _rebuild(self) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # Out at once: deleteLater alone would leave it drawn (and found) under the new rows.
                widget.setParent(None)
                widget.deleteLater()
        row = 0
        for lang, names in self._duplicates:
            text = (self.tr("⚠ Several English files use this translation key: %1. Edit the one chosen below, or "
                            "compare them to keep one.") if lang == "en" else
                    self.tr("⚠ Several French files use this translation key: %1. Edit the one chosen below, or "
                            "compare them to keep one."))
            self._grid.addWidget(self._label(text.replace("%1", ", ".join(names))), row, 0)
            # No Alt letter on the panel's buttons: the free ones are the menu bar's and the fields'
            # (Alt+F is File), and two panels' buttons would share theirs. Tab reaches them after the
            # shared fields.
            button = QPushButton(self.tr("Compare and Settle…"), self)
            button.setObjectName(f"conflict.settle.{lang}")
            button.setToolTip(self.tr("Show the files side by side, then archive, rename the key of, or delete "
                                      "the extra ones"))
            button.setAccessibleDescription(text.replace("%1", ", ".join(names)))
            button.clicked.connect(lambda _=False, lang=lang: self.settleRequested.emit(lang))
            self._grid.addWidget(button, row, 1, 1, 2)
            row += 1
        for name, values in self._fields:
            shown = "; ".join((self.tr("English: %1") if lang == "en" else self.tr("French: %1")).replace(
                "%1", field_value(name, *value)) for lang, value in values.items())
            text = self.tr("⚠ The files differ on %1 (%2). Keep one value for both:").replace(
                "%1", field_name(name)).replace("%2", shown)
            self._grid.addWidget(self._label(text), row, 0)
            for column, lang in enumerate(("en", "fr"), start=1):
                if lang not in values:
                    continue
                button = QPushButton(self.tr("Keep the English value") if lang == "en"
                                     else self.tr("Keep the French value"), self)
                button.setObjectName(f"conflict.take.{name}.{lang}")
                button.setAccessibleDescription(text)
                button.clicked.connect(lambda _=False, n=name, lang=lang: self.takeRequested.emit(n, lang))
                self._grid.addWidget(button, row, column)
            row += 1
        self._grid.setColumnStretch(0, 1)
        self.setVisible(row > 0)

    def _label(self, text: str) -> QLabel:
        if self._short:
            shrinking = ShrinkingLabel(self)
            shrinking.setTextFormat(Qt.TextFormat.PlainText)
            shrinking.setText(text)
            return shrinking
        label = QLabel(text, self)
        label.setWordWrap(True)
        return label

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._rebuild()
        super().changeEvent(event)
