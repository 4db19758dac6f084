"""The window's File ▸ Export for Translation… and Import Translation… (XLIFF for CAT tools).

Wired here rather than in the main window, which only creates this object; the files are read
and written by the model through the two dialogs. Both ask about unsaved edits first: the export
reads the saved files, and an import must not race an edit of the file it writes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from editor.ui import i18n


class TranslationExchange(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.last_folder: Path = Path.home()
        actions = window.app_actions
        actions["export_translation"].triggered.connect(self.export_translation)
        actions["import_translation"].triggered.connect(self.import_translation)
        window.manager.pairOpened.connect(self._update)
        window.site.siteChanged.connect(self._update)
        self._update()

    def _update(self, *_args) -> None:
        has_site = self.window.site.site is not None
        self.window.app_actions["export_translation"].setEnabled(has_site and self.window.manager.pair is not None)
        self.window.app_actions["import_translation"].setEnabled(has_site)

    def _default_language(self, entry) -> str:
        if entry is not None and not entry.postings("en"):
            return "en"
        return "fr"

    def export_translation(self):
        from editor.ui.xliff_export_dialog import XliffExportDialog

        window = self.window
        key = window.manager.key
        if window.site.index is None or not key or not window.confirm_unsaved():
            return None
        window.site.refresh()
        entry = window.site.entry(key)
        title = entry.title(i18n.resolve_language(window.settings.interface_language())) if entry else key
        dialog = XliffExportDialog(window.site.index, key, title or key, self._default_language(entry), window)
        dialog.finished.connect(lambda _result: self._exported(dialog))
        dialog.open()
        return dialog

    def _exported(self, dialog) -> None:
        if dialog.written is not None:
            self.last_folder = dialog.written.parent
            language = self.tr("French") if dialog.target_language() == "fr" else self.tr("English")
            self.window.statusBar().showMessage(
                self.tr("Wrote %1 for translation into %2.").replace("%1", dialog.written.name).replace("%2", language),
                8000)
        dialog.deleteLater()

    def import_translation(self):
        from editor.ui.xliff_import_dialog import XliffImportDialog

        window = self.window
        if window.site.index is None or not window.confirm_unsaved():
            return None
        window.site.refresh()
        dialog = XliffImportDialog(lambda: window.site.index, self._proposed_import(), window)
        dialog.imported.connect(self._imported)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog

    def _proposed_import(self) -> Path:
        """The open pair's file under the name the export gives it, when it is in the last export's
        folder (the translator's file comes back under that name); else that folder."""
        key = self.window.manager.key
        for lang in ("fr", "en"):
            candidate = self.last_folder / f"{key}.{lang}.xlf"
            if key and candidate.is_file():
                return candidate
        return self.last_folder

    def _imported(self, reports: list) -> None:
        window = self.window
        if not any(report.changed for report in reports):
            return
        window.site.rebuild()
        created = {str(r.posting.get("translationKey") or "") for r in reports if r.created}
        if window.manager.key and window.manager.key in created:
            window.select_pair(window.manager.key, ask=False)  # the new file joins the open pair
        else:
            window.manager.check_disk()
