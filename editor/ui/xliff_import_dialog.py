"""File ▸ Import Translation…: a translated XLIFF file back into the posting of the other language.

The model (``xliff_import.import_xliff``) does the import exactly as ``posting-editor xliff
import`` does; this dialog asks for the file and shows, in the interface's language, what was
written, what is still to translate, or why nothing was (with the difference in the source).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from editor.ui.finding_texts import error_text
from editor.ui.file_field import FileField
from editor.ui.markdown_editor import monospace_font
from editor.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from editor.model.site.index import SiteIndex


class XliffImportDialog(QDialog):
    imported = Signal(list)  # the ImportReports of a successful import

    def __init__(self, index: Callable[[], SiteIndex], proposed: Path, parent: QWidget | None = None) -> None:
        """``index`` gives the site's index as it is when the import runs (it is read again after one);
        ``proposed`` is the file to import, or the folder to look in."""
        super().__init__(parent)
        self.setObjectName("xliffImportDialog")
        self.setWindowTitle(self.tr("Import Translation"))
        self._index = index
        intro = QLabel(self.tr("Write a translated XLIFF file into the posting of the other language. Only the "
                               "translated title, description and blocks change; blocks the translator left to "
                               "translate keep their marker."), self)
        intro.setWordWrap(True)
        file_row = FileField(self, "xliffImport", str(proposed), self._choose)
        self.file = file_row.edit
        form = QFormLayout()
        file_row.add_to(form, self)
        self.report_view = QPlainTextEdit(self)
        self.report_view.setObjectName("xliffImport.result")
        self.report_view.setReadOnly(True)
        self.report_view.setFont(monospace_font())
        self.report_view.setAccessibleName(self.tr("Result of the import"))
        self.report_view.setPlaceholderText(self.tr("What the import did will show here."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setObjectName("xliffImport.import")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.run_import)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.report_view, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 720, 420)

    def _choose(self, current: str) -> str:
        return QFileDialog.getOpenFileName(self, self.tr("Import Translation"), current,
                                           self.tr("XLIFF files (*.xlf *.xliff);;All files (*)"))[0]

    def run_import(self) -> bool:
        from editor.model.storage.files import FileChangedError
        from editor.model.storage.reasons import write_failure
        from editor.model.translation.xliff import XliffError
        from editor.model.translation.xliff_import import import_xliff
        from editor.model.translation.xml_input import XmlInputError
        from editor.ui.finding_texts import interface_language

        path = Path(self.file.text().strip()).expanduser()
        try:
            reports = import_xliff(self._index(), path)
        except XliffError as error:
            self.report_view.setPlainText(self._refusal(error))
            return False
        except XmlInputError as error:
            self.report_view.setPlainText(error_text(error))
            return False
        except (FileChangedError, OSError) as error:
            # Only a file changed meanwhile is worth trying again for; a refused write is refused again.
            words = (self.tr("%1 Nothing was imported; try again.") if isinstance(error, FileChangedError)
                     else self.tr("%1 Nothing was imported."))
            self.report_view.setPlainText(words.replace("%1", write_failure(error, interface_language())))
            return False
        self.report_view.setPlainText("\n\n".join(self._summary(report) for report in reports))
        self.imported.emit(reports)
        return True

    # --------------------------------------------------------------------- texts
    def _place(self, kind: str, line: int | str) -> str:
        names = {"title": self.tr("the title"), "description": self.tr("the description")}
        if kind in names:
            return names[kind]
        what = {"heading": self.tr("the heading at line %1"), "item": self.tr("the list item at line %1")}.get(
            kind, self.tr("the paragraph at line %1"))
        return what.replace("%1", str(line))

    def _refusal(self, error) -> str:
        if error.code == "source-changed":
            return (self.tr("The source text changed since the export, so the translation may no longer fit it. "
                            "Nothing was imported; export again and carry the translation over. The difference (− as exported, "
                            "+ now):")
                    + "\n\n" + error.detail)
        if error.code == "target-changed":
            places = [self._place(*line.split(" ", 1)) for line in error.detail.splitlines()]
            return (self.tr("The translated file changed since the export where the translation would go. Nothing "
                            "was imported; export again and carry the translation over, or edit these in the editor:")
                    + "\n" + "\n".join(f"• {place}" for place in places))
        return error_text(error)

    def _summary(self, report) -> str:
        if report.created:
            head = self.tr("%1: created, %n segment(s) written.", "", len(report.updated))
        elif report.updated:
            head = self.tr("%1: updated, %n segment(s) written.", "", len(report.updated))
        else:
            head = self.tr("%1: unchanged.")
        lines = [head.replace("%1", report.file)]
        if report.kept:
            lines.append(self.tr("%n segment(s) left to translate keep their marker.", "", len(report.kept)))
        if report.unchanged:
            lines.append(self.tr("%n segment(s) already as in the file.", "", report.unchanged))
        if report.skipped:
            lines.append(self.tr("To translate in the editor (the other language splits, joins or lacks these "
                                 "blocks):"))
            lines += [f"• {self._place(s.kind, s.line)}" for s in report.skipped]
        return "\n".join(lines)
