"""Settling a pair's key used by several files of one language, from the conflict panel.

The shared-field conflicts are settled inside the pair editor (unsaved edits, like any other);
an extra file is archived, given another key or deleted on disk at once, after the open pair's
unsaved edits are saved or discarded, and the pair is then opened again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from editor.ui import workflow_dialogs
from editor.ui.finding_texts import error_text, failure_text


class ConflictResolution(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        window.pair_editor.settleRequested.connect(self.settle_duplicates)

    def settle_duplicates(self, lang: str) -> bool:
        """Show the files of ``lang`` using the open pair's key side by side; True when one was dealt with."""
        from editor.model.site.conflicts import ConflictError
        from editor.model.storage.files import FileChangedError
        from editor.ui.duplicate_dialog import DuplicateDialog

        window = self.window
        key = window.manager.key
        if not key or not window.confirm_unsaved():
            return False
        window.site.refresh()
        entry = window.site.entry(key)
        if entry is None or len(entry.postings(lang)) < 2:
            window.select_pair(key, ask=False)
            return False
        done: list[str] = []

        def act(action: str, path, new_key: str | None) -> str | None:
            try:
                window.site.settle_duplicate(key, path, action, new_key)
            except (ConflictError, FileChangedError) as error:
                return error_text(error)
            except OSError as error:
                return failure_text(error, path)
            done.append(self._said(action, path.name, new_key))
            return None

        def confirm(posting) -> bool:
            title = str(posting.get("title") or "") if posting.valid else ""
            return workflow_dialogs.confirm_delete(dialog, posting.path.name, title)

        dialog = DuplicateDialog(window, key, lang, entry.postings(lang),
                                 lambda path: window.site.suggest_key(key, path), act, confirm)
        dialog.exec()
        if not done:
            return False
        window.select_pair(key, ask=False)
        window.statusBar().showMessage(done[0], 8000)
        return True

    def _said(self, action: str, name: str, new_key: str | None) -> str:
        if action == "delete":
            return self.tr("Deleted %1.").replace("%1", name)
        text = self.tr("Archived %1 under the key “%2”.") if action == "archive" else \
            self.tr("%1 now has the key “%2”.")
        return text.replace("%1", name).replace("%2", (new_key or "").strip())
