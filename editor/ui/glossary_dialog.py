"""Tools ▸ Glossary…: the site's English–French term pairs in a two-column table.

Saved through the model's ``Glossary`` to ``.posting-editor/glossary.yaml`` in the site; a site
without one starts from the bundled starter glossary. Several accepted forms of a term go in
one cell, separated by semicolons. Notes kept in the file stay with their row.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from editor.ui.finding_texts import error_text
from editor.ui.error_label import ErrorLabel
from editor.ui.screen_fit import fit_to_screen

_ENTRY = Qt.ItemDataRole.UserRole + 1


def split_forms(text: str) -> list[str]:
    return [form.strip() for form in text.split(";") if form.strip()]


class GlossaryDialog(QDialog):
    """Edit a site's glossary; ``saved(path)`` once written."""

    saved = Signal(str)

    def __init__(self, site_root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from editor.model.translation.glossary import Glossary, GlossaryError

        self.setObjectName("glossaryDialog")
        self._site_root = Path(site_root)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.error = ErrorLabel("glossary.error", self)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("glossary.table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self._table_label = QLabel(self)
        self._table_label.setBuddy(self.table)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("glossary.add")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("glossary.remove")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self._table_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        try:
            self.glossary = Glossary.load(self._site_root)
        except GlossaryError as error:
            # Shown, and the file is left alone until the user saves a new one over it.
            self.glossary = Glossary([], Path(self._site_root) / ".posting-editor" / "glossary.yaml")
            self.error.say(error_text(error))
        for entry in self.glossary.entries:
            self._append(entry, "; ".join(entry.en), "; ".join(entry.fr))
        self._opened_with = self._kept_rows()
        self.retranslate()
        fit_to_screen(self, 720, 520)

    def _append(self, entry, english: str, french: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((english, french)):
            item = QTableWidgetItem(text)
            item.setData(_ENTRY, entry)
            if entry is not None and entry.note:
                item.setToolTip(entry.note)
            self.table.setItem(row, column, item)
        return row

    def add_row(self) -> None:
        row = self._append(None, "", "")
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)

    def reject(self) -> None:
        """Cancel, Escape or the window's close: terms typed are not thrown away without a question."""
        from editor.ui.workflow_dialogs import confirm_discard_glossary

        if self._kept_rows() != self._opened_with and not confirm_discard_glossary(self):
            return
        super().reject()

    def _kept_rows(self) -> list[tuple[list[str], list[str]]]:
        return [row for row in self.rows() if row != ([], [])]  # an empty row added and left keeps nothing

    def rows(self) -> list[tuple[list[str], list[str]]]:
        return [(split_forms(self._text(row, 0)), split_forms(self._text(row, 1))) for row in range(self.table.rowCount())]

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def save(self) -> bool:
        """Write the table through the model; False (and the reason shown) when it cannot."""
        from editor.model.translation.glossary import GlossaryError

        rows, problems = [], []
        for row, (english, french) in enumerate(self.rows()):
            if not english and not french:
                continue  # an empty row added and left: nothing to keep
            if not english or not french:
                problems.append(self.tr("Row %1 needs both an English and a French term.").replace("%1", str(row + 1)))
            first = self.table.item(row, 0)
            rows.append((first.data(_ENTRY) if first is not None else None, english, french))
        if problems:
            self.error.say("\n".join(problems))
            return False
        kept = []
        for entry, english, french in rows:
            if entry is not None:
                self.glossary.update(entry, en=english, fr=french)
            else:
                entry = self.glossary.add(english, french)
            kept.append(entry)
        for entry in list(self.glossary.entries):
            if all(entry is not other for other in kept):
                self.glossary.remove(entry)
        self.glossary.entries = kept  # the table's order
        try:
            path = self.glossary.save(self._site_root / ".posting-editor" / "glossary.yaml")
        except GlossaryError as error:
            self.error.say(error_text(error))
            return False
        self.saved.emit(str(path))
        self.accept()
        return True

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Glossary"))
        self.intro.setText(self.tr("Terms that must correspond between the English and the French postings of this "
                                   "site. When a posting uses a term and its translation does not use the term's "
                                   "counterpart, the checks say so. Separate several accepted forms with semicolons."))
        self._table_label.setText(self.tr("&Term pairs:"))
        self.table.setHorizontalHeaderLabels([self.tr("English"), self.tr("French")])
        self.table.setAccessibleName(self.tr("Glossary term pairs"))
        self.table.setAccessibleDescription(self.tr("One row per term: the English form, then the French form; "
                                                    "F2 edits a cell"))
        self.add_button.setText(self.tr("&Add Term"))
        self.remove_button.setText(self.tr("&Remove Term"))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
