"""View ▸ Compare with Last Commit…: what the open pair's texts (as edited here) change from the
version git last committed, for a reviser checking someone else's work before it is published."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from editor.model.frontmatter.posting import Posting
from editor.model.hugo.config import LANGUAGES
from editor.ui import dialogs
from editor.ui.finding_texts import error_text
from editor.ui.disk_watch import text_difference


class CommittedCompare(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        window.app_actions["compare_committed"].triggered.connect(self.show)

    def difference(self) -> str:
        """A unified diff per language from the last commit to the text here ("" when they are the
        same). Raises GitError when there is no repository to compare with."""
        from editor.model.site.export_git import committed_version

        manager = self.window.manager
        parts = []
        for lang in LANGUAGES:
            posting = manager.posting(lang)
            if posting is None or posting.path is None:
                continue
            committed = committed_version(posting.file_path)
            name = posting.file_path.name
            before = Posting(committed, posting.file_path, lang).text() if committed is not None else ""
            label = self.tr("%1 (last commit)") if committed is not None else self.tr("%1 (not committed yet)")
            parts.append(text_difference(before, posting.text(), label.replace("%1", name),
                                         self.tr("%1 (yours)").replace("%1", name)))
        return "".join(parts)

    def show(self) -> None:
        from editor.model.site.export_git import GitError

        if self.window.manager.pair is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            diff = self.difference()
        except GitError as error:
            QApplication.restoreOverrideCursor()
            QMessageBox.information(self.window, self.tr("Compare with Last Commit"), error_text(error))
            return
        QApplication.restoreOverrideCursor()
        dialogs.show_difference(
            self.window, diff, title=self.tr("Changes since the last commit"),
            explanation_text=self.tr("Lines starting with - are only in the last commit; lines starting with + are "
                                     "only in the text here, saved or not."))
