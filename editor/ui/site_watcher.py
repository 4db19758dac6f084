"""Notices postings added, deleted or renamed by other programs (a file manager, git, a sync client).

Watches each language's content folder and every sub-folder in it; a burst of changes (git
checks out dozens of files at once) is answered once, after it settles. It only says *that*
something changed: the site controller reads the site again and decides whether anything did.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from editor.model.hugo.config import Site

SETTLE_MS = 400
# QFileSystemWatcher uses one inotify watch per folder; sites have tens of folders, not thousands.
MAX_FOLDERS = 2000


class SiteWatcher(QObject):
    changed = Signal()  # something under the content folders changed; the burst is over

    def __init__(self, parent: QObject | None = None, *, settle_ms: int = SETTLE_MS) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_change)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(settle_ms)
        self._timer.timeout.connect(self._settled)
        self._site: Site | None = None

    def watch(self, site: Site | None) -> None:
        """Watch ``site``'s content folders (None: stop watching)."""
        self._site = site
        self._timer.stop()
        self._rewatch()

    def folders(self) -> list[str]:
        return self._watcher.directories()

    def _rewatch(self) -> None:
        wanted = set(self._folders()) if self._site is not None else set()
        current = set(self._watcher.directories())
        if current - wanted:
            self._watcher.removePaths(sorted(current - wanted))
        if wanted - current:
            self._watcher.addPaths(sorted(wanted - current))

    def _folders(self) -> list[str]:
        site = self._site
        if site is None:
            return []
        if site.loose:
            return [str(site.root)]  # its postings are side by side, never in sub-folders
        found: list[str] = []
        for folder in dict.fromkeys(site.content_dirs.values()):
            folder = Path(folder)
            # A missing language folder: watch its parent, so creating it is noticed too.
            if not folder.is_dir():
                if folder.parent.is_dir():
                    found.append(str(folder.parent))
                continue
            for current, dirs, _files in os.walk(folder):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.append(current)
                if len(found) >= MAX_FOLDERS:
                    return found
        return found

    def _on_change(self, _path: str) -> None:
        self._timer.start()  # restarted by each event of a burst

    def _settled(self) -> None:
        if self._site is None:
            return
        self._rewatch()  # folders made or removed in the burst
        self.changed.emit()
