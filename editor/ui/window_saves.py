"""What a save changes beyond the files: the status line, the site's index and the list's row.

Only the files written (and the pair's files before the save: a save may rename one) are read
again, never the whole site: on 5,000 postings a full re-read held the window over a second after
each Ctrl+S, and resetting the list lost its scroll.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject


class AfterSave(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        window.manager.saved.connect(self.saved)

    def saved(self, paths: list) -> None:
        window, manager = self.window, self.window.manager
        names = ", ".join(Path(p).name for p in paths)
        # The main window's words, where the translations have them.
        window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Saved %1").replace("%1", names), 5000)
        old_key = manager.key
        pair = manager.pair  # the saved one: still open
        new_key = str((pair.shared("translationKey") if pair is not None else None) or old_key)
        entry = window.site.entry(old_key)
        window.site.update([*paths, *(p.path for p in (entry.all_postings() if entry else []) if p.path)])
        if new_key != old_key and window.site.entry(new_key) is not None:
            window.posting_list.select_key(new_key, notify=False)
            window._open_entry(new_key)
        else:
            window.posting_list.set_unsaved(old_key, False)
