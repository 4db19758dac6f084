"""The open site's translation memory as segment verification uses it, read on a worker thread.

Reading it takes minutes the first time on a site of thousands of postings (every pair aligned;
later readings come from the memory cache). The open pair's other checks do not wait for it: they
run without segment verification until it is in, and again once it is (``ready``). Closing the
window asks the reading to stop at its next pair instead of waiting for it to end.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from editor.ui.background import BackgroundRunner


class SiteMemoryReader(QObject):
    ready = Signal()  # the memory of the site last asked for is in (or could not be read)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = BackgroundRunner(self)
        self._root: Path | None = None  # the site whose memory is read, or being read
        self.memory = None  # its TranslationMemory once read; None meanwhile or when unreadable

    def memory_for(self, root: Path | None):
        """``root``'s memory if it has been read; otherwise None, and reading starts (``ready``
        says when it is in)."""
        if root is None:
            return None
        if root != self._root:
            self._root, self.memory = root, None
            stop = self._runner.stopping.is_set
            self._runner.run("memory", lambda: _read(root, stop), lambda memory: self._read(root, memory),
                             lambda _error: self._read(root, None))
        return self.memory

    def _read(self, root: Path, memory) -> None:
        if root == self._root:
            self.memory = memory
            self.ready.emit()

    def shutdown(self) -> None:
        self._runner.shutdown()


def _read(root: Path, stop):
    # Imported in the worker: the translation memory is not needed to show the window.
    from editor.model.checks.pipeline import site_memory

    return site_memory(root, stop=stop)
