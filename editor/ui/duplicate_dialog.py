"""The files of one language that use one translation key, side by side, each with what can be done.

Archive it (under a key of its own, suggested), give it another key, or delete it; deleting asks
once more. ``act(action, path, new_key)`` does it and returns an error message, or None when done.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from editor.model.frontmatter.posting import Posting
from editor.ui.elided_label import ElidedLabel
from editor.ui.error_label import ErrorLabel
from editor.ui.markdown_editor import monospace_font
from editor.ui.screen_fit import fit_to_screen
from editor.ui.workflow_dialogs import field_value

Act = Callable[[str, Path, "str | None"], "str | None"]


class DuplicateDialog(QDialog):
    def __init__(self, parent: QWidget | None, key: str, lang: str, postings: list[Posting],
                 suggest: Callable[[Path], str], act: Act, confirm_delete: Callable[[Posting], bool]) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateDialog")
        self._act, self._confirm_delete = act, confirm_delete
        self.setWindowTitle(self.tr("Files Using the Key “%1”").replace("%1", key))
        intro = QLabel((self.tr("These English files all use the translation key “%1”; the site can link only one "
                                "of them to its translation. Keep one, and archive, give another key to, or "
                                "delete each of the others.") if lang == "en" else
                        self.tr("These French files all use the translation key “%1”; the site can link only one "
                                "of them to its translation. Keep one, and archive, give another key to, or "
                                "delete each of the others.")).replace("%1", key), self)
        intro.setWordWrap(True)
        self.error = ErrorLabel("duplicate.error", self)
        row = QHBoxLayout()
        self.key_fields: dict[str, QLineEdit] = {}
        for posting in postings:
            row.addWidget(self._column(posting, suggest(posting.file_path)), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("duplicate.close")
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fit_to_screen(self, min(1400, 460 * max(2, len(postings))), 620)

    def _column(self, posting: Posting, suggested: str) -> QGroupBox:
        name = posting.file_path.name
        # The file's name elided in its middle (its start and its Lever ID stay), whole in its tooltip: as
        # the box's title, the real site's names (80 characters) made the dialog wider than a small screen.
        box = QGroupBox(self)
        box.setObjectName(f"duplicate.file.{name}")
        box.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(self._elided(name, box, bold=True))
        title = str(posting.get("title") or "") if posting.valid else self.tr("(the file cannot be read)")
        try:
            changed = datetime.datetime.fromtimestamp(posting.file_path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        except OSError:
            changed = "?"
        form.addRow(self.tr("Title:"), self._elided(title, box))
        for field, label in (("archived", self.tr("State:")), ("leverId", self.tr("Lever ID:"))):
            shown = field_value(field, field in posting.data, posting.get(field)) if posting.valid else "?"
            form.addRow(label, self._elided(shown, box))
        form.addRow(self.tr("Last changed:"), QLabel(changed, box))
        body = QPlainTextEdit(box)
        body.setObjectName(f"duplicate.body.{name}")
        body.setReadOnly(True)
        body.setFont(monospace_font())
        body.setPlainText(posting.body if posting.valid else posting.text())
        body.setAccessibleName(self.tr("Text of %1").replace("%1", name))
        key = QLineEdit(suggested, box)
        key.setObjectName(f"duplicate.key.{name}")
        key.setAccessibleName(self.tr("New translation key for %1").replace("%1", name))
        self.key_fields[name] = key
        archive = QPushButton(self.tr("&Archive Under This Key"), box)
        archive.setObjectName(f"duplicate.archive.{name}")
        archive.setToolTip(self.tr("Mark it archived and give it the key above, so it no longer takes this one"))
        rekey = QPushButton(self.tr("&Give It This Key"), box)
        rekey.setObjectName(f"duplicate.rekey.{name}")
        delete = QPushButton(self.tr("&Delete File…"), box)
        delete.setObjectName(f"duplicate.delete.{name}")
        archive.clicked.connect(lambda: self._do("archive", posting, key.text()))
        rekey.clicked.connect(lambda: self._do("rekey", posting, key.text()))
        delete.clicked.connect(lambda: self._do("delete", posting, None))
        # The two actions that use the key above on a row, Delete on its own below: the three on one row
        # made two French columns 960 pixels wide, more than a laptop screen at 150 % (911).
        actions = QHBoxLayout()
        removal = QHBoxLayout()
        for button, row in ((archive, actions), (rekey, actions), (delete, removal)):
            button.setAutoDefault(False)  # Enter must never archive or delete whichever file has the focus
            row.addWidget(button)
        actions.addStretch(1)
        removal.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addWidget(body, 1)
        key_row = QFormLayout()
        key_row.addRow(self.tr("New &key:"), key)
        layout.addLayout(key_row)
        layout.addLayout(actions)
        layout.addLayout(removal)
        return box

    @staticmethod
    def _elided(text: str, parent: QWidget, *, bold: bool = False) -> ElidedLabel:
        label = ElidedLabel(parent)
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        label.set_full_text(text)
        label.setToolTip(text)
        return label

    def _do(self, action: str, posting: Posting, new_key: str | None) -> None:
        if action == "delete" and not self._confirm_delete(posting):
            return
        message = self._act(action, posting.file_path, new_key)
        if message:
            self.error.say(message)
            return
        self.accept()
