"""File ▸ Export for Translation…: the open posting as an XLIFF 1.2 file for a CAT tool.

The file is made by the model (``xliff.export_pair``) exactly as ``posting-editor xliff export``
makes it; this dialog asks for the language and the file, and says what went wrong.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from editor.ui import dialogs
from editor.ui.finding_texts import error_text, system_reason_text
from editor.ui.error_label import ErrorLabel
from editor.ui.file_field import FileField


class XliffExportDialog(QDialog):
    def __init__(self, index, key: str, title: str, default_lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("xliffExportDialog")
        self.setWindowTitle(self.tr("Export for Translation"))
        self._index, self._key = index, key
        self.written: Path | None = None
        self._replace_agreed: Path | None = None
        intro = QLabel(self.tr("Save “%1” as an XLIFF 1.2 file for a translator's CAT tool (Trados, memoQ, OmegaT). "
                               "Blocks still marked to translate go out as “needs translation”; bring the translated "
                               "file back with File ▸ Import Translation…").replace("%1", title), self)
        intro.setWordWrap(True)
        self.language = QComboBox(self)
        self.language.setObjectName("xliffExport.language")
        self.language.addItem(self.tr("French"), "fr")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(0 if default_lang == "fr" else 1)
        file_row = FileField(self, "xliffExport", str(Path.home() / f"{key}.{default_lang}.xlf"), self._choose)
        self.file = file_row.edit
        self.language.currentIndexChanged.connect(self._language_changed)
        form = QFormLayout()
        form.addRow(self.tr("Translate &into:"), self.language)
        file_row.add_to(form, self)
        self.error = ErrorLabel("xliffExport.error", self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("xliffExport.export")
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())

    def target_language(self) -> str:
        return self.language.currentData()

    def _language_changed(self) -> None:
        path = Path(self.file.text())
        stem = path.name.removesuffix(".xlf").removesuffix(".fr").removesuffix(".en")
        if stem == self._key:  # still the name we proposed: follow the language
            self.file.setText(str(path.with_name(f"{self._key}.{self.target_language()}.xlf")))

    @staticmethod
    def _holds_other_text(path: Path, data: bytes) -> bool:
        try:
            return path.is_file() and path.read_bytes() != data
        except OSError:
            return False  # the write says what is wrong with it

    def _choose(self, current: str) -> str:
        chosen = QFileDialog.getSaveFileName(self, self.tr("Export for Translation"), current,
                                             self.tr("XLIFF files (*.xlf *.xliff)"))[0]
        self._replace_agreed = Path(chosen) if chosen else None  # the file chooser asked already
        return chosen

    def export(self) -> bool:
        from editor.model.storage.files import XLIFF_SUFFIXES, atomic_write, of_another_kind
        from editor.model.translation.xliff import XliffError, export_pair

        text = self.file.text().strip()
        if not text:
            self.error.say(self.tr("Choose the file to write."))
            return False
        path = Path(text).expanduser()
        if of_another_kind(path, XLIFF_SUFFIXES):  # typed here, no save dialog asked before replacing it
            self.error.say(self.tr("%1 exists and is not an XLIFF file: exporting there would replace it. "
                                   "Choose another file name.").replace("%1", str(path)))
            return False
        try:
            data = export_pair(self._index, self._key, self.target_language())
            # The name proposed is the same every time: the file there may be the translator's, sent back.
            if path != self._replace_agreed and self._holds_other_text(path, data) \
                    and not dialogs.ask_replace_file(self, path):
                return False
            atomic_write(path, data)
        except XliffError as error:
            self.error.say(error_text(error))
            return False
        except OSError as error:
            self.error.say(self.tr("Cannot write %1: %2.").replace("%1", str(path)).replace(
                "%2", system_reason_text(error)))
            return False
        self.written = path
        self.accept()
        return True
