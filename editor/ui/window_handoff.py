"""The window's hand-off commands: File ▸ Export to Site…, Review Copy…, Print… and View ▸ Preview on Site.

Wired here rather than in the main window, which only creates this object; the export and
the Hugo server themselves live in ``ExportDialog`` and ``SitePreview``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from editor.ui.finding_texts import system_reason_text

if TYPE_CHECKING:
    from editor.ui.export_dialog import ExportDialog
    from editor.ui.site_preview import SitePreview


class HandOff(QObject):
    # A close asked while an export ran, tried again once it ended: True when the window closed.
    closedAfterExport = Signal(bool)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._site_preview: SitePreview | None = None
        self.export_dialog: ExportDialog | None = None
        self._close_pending = False
        actions = window.app_actions
        actions["export"].triggered.connect(self.show_export)
        actions["preview_site"].triggered.connect(self.preview_on_site)
        actions["review"].triggered.connect(lambda: self.save_review_copy())  # not the "checked" flag as a file name
        actions["print"].triggered.connect(self.print_review_copy)
        window.manager.pairOpened.connect(self._pair_changed)
        window.site.siteChanged.connect(self._site_changed)
        window.manager.saved.connect(self._saved)
        self._site_changed()

    @property
    def site_preview(self) -> SitePreview:
        """The Hugo server's controller, made on first use (the server code is not needed to start)."""
        if self._site_preview is None:
            from editor.ui.site_preview import SitePreview

            self._site_preview = SitePreview(self)
            self._site_preview.message.connect(self._progress)
            self._site_preview.failed.connect(
                lambda text: QMessageBox.warning(self.window, self.tr("Cannot preview on the site"), text))
        return self._site_preview

    def _site_changed(self) -> None:
        if self._site_preview is not None:
            self._site_preview.stop()
        has_site = self.window.site.site is not None
        for name in ("export", "preview_site"):
            self.window.app_actions[name].setEnabled(has_site)
        self._pair_changed()
        if self.export_dialog is not None:
            self.export_dialog.close()

    def _progress(self, text: str) -> None:
        bar = self.window.statusBar()
        bar.showMessage(text) if text else bar.clearMessage()

    # ------------------------------------------------------------------ export
    def show_export(self) -> ExportDialog | None:
        window = self.window
        site = window.site.site
        if site is None or not window.confirm_unsaved():
            return None
        if self.export_dialog is not None and self.export_dialog.isVisible():
            self.export_dialog.raise_()
            self.export_dialog.activateWindow()
            self.export_dialog.request_plan(now=True)
            return self.export_dialog
        if self.export_dialog is not None:
            self.export_dialog.deleteLater()
        # Each title in both languages: the list names the postings again after a switch of language.
        pairs = [(entry.key, {language: entry.title(language) for language in ("en", "fr")})
                 for entry in window.site.pairs()]
        from editor.ui.export_dialog import ExportDialog  # the export machinery loads on first use

        dialog = ExportDialog(site.root, pairs, window.manager.key, window.settings, window)
        dialog.locationActivated.connect(self.go_to_location)
        dialog.exported.connect(lambda result: window.statusBar().showMessage(
            self.tr("Exported %n file(s).", "", len(result.written)), 8000))
        dialog.exportEnded.connect(self._export_ended)
        self.export_dialog = dialog
        dialog.show()
        return dialog

    def export_running(self) -> bool:
        return self.export_dialog is not None and self.export_dialog.is_exporting()

    def close_after_export(self) -> None:
        """Close the window once the running export ends. Stopping it half way would leave the
        site's files written but not committed until the user exported again, unaware of it."""
        self._close_pending = True
        self.window.statusBar().showMessage(self.tr("The window will close once the export is done…"))
        if self.export_dialog is not None:
            self.export_dialog.raise_()

    def close_pending(self) -> bool:
        return self._close_pending

    def _export_ended(self, succeeded: bool) -> None:
        if not self._close_pending:
            return
        if not succeeded:
            # The window stays: the dialog says why the export failed, and files it may have
            # written without their commit must not go unseen. The quit is called off.
            self._close_pending = False
            self.window.statusBar().showMessage(
                self.tr("The export failed: the window stays open so that you can see why."))
            if self.export_dialog is not None:
                self.export_dialog.raise_()
            self.closedAfterExport.emit(False)
            return
        # From the event loop, not re-entering the window's shutdown from inside the runner's delivery;
        # bound to this object so that a window deleted in between is not closed again.
        QTimer.singleShot(0, self, self._close_window)

    def _close_window(self) -> None:
        self._close_pending = False
        self.closedAfterExport.emit(self.window.close())

    def go_to_location(self, file: str, line: int, column: int) -> bool:
        """Open the posting of ``file`` at ``line`` (a problem the export dialog listed)."""
        window = self.window
        path = Path(file)
        index, site = window.site.index, window.site.site
        entry = index.pair_for_path(path) if index is not None else None
        if entry is None or site is None:
            window.statusBar().showMessage(
                self.tr("%1 is in the site exported into; open that site to change it.").replace("%1", path.name), 8000)
            return False
        lang = site.language_of(path)
        if not window.select_pair(entry.key) or lang is None:
            return False
        window.pair_editor.go_to(lang, line, column)
        window.raise_()
        window.activateWindow()
        return True

    def _saved(self, _paths: list) -> None:
        if self.export_dialog is not None and self.export_dialog.isVisible():
            self.export_dialog.request_plan()  # what was fixed leaves the list

    # ---------------------------------------------------------------- review copy
    def _pair_changed(self, *_args) -> None:
        has_pair = self.window.site.site is not None and self.window.manager.pair is not None
        for name in ("review", "print"):
            self.window.app_actions[name].setEnabled(has_pair)

    def _review_html(self) -> tuple[str, str] | None:
        """The current pair's review copy as saved (unsaved edits are saved or discarded first, as for export)."""
        window = self.window
        if window.manager.pair is None or window.site.index is None or not window.confirm_unsaved():
            return None
        entry = window.site.index.pair_for_key(window.manager.key)
        if entry is None:
            return None
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        from editor.model.render.review import review_for_pair

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return review_for_pair(window.site.index, entry)
        finally:
            QApplication.restoreOverrideCursor()

    def save_review_copy(self, path: str | None = None) -> Path | None:
        """File ▸ Review Copy…: a PDF (or an HTML page, by the name's extension) of the current pair."""
        window = self.window
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            suggested = str(Path.home() / f"{window.manager.key or 'posting'}-review.pdf")
            path, _filter = QFileDialog.getSaveFileName(
                window, self.tr("Save Review Copy"), suggested,
                self.tr("PDF document (*.pdf);;Web page (*.html)"))
            if not path:
                return None
        made = self._review_html()
        if made is None:
            return None
        html, title = made
        target = Path(path)
        try:
            from editor.ui.review_document import write_html, write_pdf

            if target.suffix.lower() in (".html", ".htm"):
                write_html(html, target)
            else:
                write_pdf(html, target, title=title)
        except OSError as error:
            QMessageBox.warning(window, self.tr("Cannot save the review copy"),
                                self.tr("%1 cannot be written: %2").replace("%1", str(target))
                                .replace("%2", system_reason_text(error)))
            return None
        window.statusBar().showMessage(self.tr("Review copy saved to %1").replace("%1", str(target)), 8000)
        return target

    def print_review_copy(self) -> bool:
        """File ▸ Print…: the same copy, on a printer the user chooses."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        made = self._review_html()
        if made is None:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(made[1])
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        from editor.ui.review_document import print_copy

        print_copy(made[0], printer)
        return True

    # ---------------------------------------------------------------- preview
    def preview_on_site(self) -> None:
        window = self.window
        site = window.site.site
        if site is None:
            return
        column = window.pair_editor.focused_column()
        languages = [column.lang] if column is not None else []
        languages += window.pair_editor.column_order()
        posting = next((window.manager.posting(lang) for lang in languages
                        if window.manager.posting(lang) is not None and window.manager.posting(lang).path is not None), None)
        self.site_preview.preview(site.root, posting.path if posting is not None else None)
        if window.manager.modified and not self.site_preview.is_starting():
            window.statusBar().showMessage(self.tr("The site shows the saved files: save to see your latest changes there."), 8000)

    def shutdown(self) -> None:
        if self._site_preview is not None:
            self._site_preview.shutdown()
        if self.export_dialog is not None:
            self.export_dialog.close()
