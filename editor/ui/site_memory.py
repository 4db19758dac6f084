"""The open site's translation memory, read on one worker thread and shared by the window.

Segment verification (the problems of the open pair) uses the site's pairs and the translator's TMX
files; the Suggestions pane uses the same and earlier versions from git. They are one memory: the
present is read first (``verificationReady``), then the earlier versions are added to it
(``suggestionsReady``), and from then on verification uses that memory's ``present()``, which
answers as the present alone did (a memory of a site of thousands of postings is hundreds of MB:
two of them were as many again). Reading it takes minutes the first time on such a site (every
pair aligned); the index of the site and the memory cache are read once for both steps.

Nothing waits for it: the open pair's other checks run without segment verification until the
present is in and again once it is; the pane says it is reading. Closing the window asks the
reading to stop at its next pair (or commit) instead of waiting for it to end.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QObject, Signal

from editor.ui.background import BackgroundRunner


class SiteMemoryReader(QObject):
    verificationReady = Signal()  # ``verification`` is in for the site last asked for (None: unreadable)
    suggestionsReady = Signal()  # ``suggestions`` is in (and ``verification`` is its present())

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = BackgroundRunner(self)
        self._root: Path | None = None  # the site whose memories are read, or being read
        self.verification = None  # TranslationMemory for segment verification, once read
        self.suggestions = None  # TranslationMemory for the Suggestions pane, once read

    def read(self, root: Path | None, *, again: bool = False) -> None:
        """Read ``root``'s memories, unless they are read or being read already (``again``: its
        postings changed, after a save; the memories read before stay in use until the new ones
        are in)."""
        if root is None:
            self._runner.cancel()
            self._root, self.verification, self.suggestions = None, None, None
            return
        if root == self._root and not again:
            return
        if root != self._root:
            self._root, self.verification, self.suggestions = root, None, None
        stop = self._runner.stopping.is_set
        self._runner.run("verification", lambda: _present(root, stop),
                         lambda present: self._verified(root, present), lambda _error: self._verified(root, None))

    def memory_for(self, root: Path | None):
        """``root``'s memory for segment verification if it has been read; otherwise None, and
        reading starts (``verificationReady`` says when it is in)."""
        self.read(root)
        return self.verification  # read(None) forgot it

    def _verified(self, root: Path, present) -> None:
        if root != self._root:
            return
        self.verification = present.reading.memory if present is not None else None
        self.verificationReady.emit()
        if present is None or not present.history:
            self._suggested(root, self.verification)  # outside git there are no earlier versions to add
            return
        stop = self._runner.stopping.is_set
        self._runner.run("suggestions", lambda: present.reading.with_history(stop=stop),
                         lambda memory: self._suggested(root, memory), lambda _error: self._suggested(root, None))

    def _suggested(self, root: Path, memory) -> None:
        if root == self._root:
            if memory is not None:
                self.verification = memory.present()  # the same answers, from the one memory
            self.suggestions = memory
            self.suggestionsReady.emit()

    def shutdown(self) -> None:
        self._runner.shutdown()


class _Present(NamedTuple):
    """What the worker read first: the present's memory (``reading.memory``), and whether earlier
    versions follow."""

    reading: Any  # build.PresentMemory (the translation memory is imported in the worker only)
    history: bool


# Imported in the worker: the translation memory is not needed to show the window.
def _present(root: Path, stop) -> _Present | None:
    from editor.model.hugo.config import Site, SiteError
    from editor.model.site.index import SiteIndex
    from editor.model.translation.memory.build import read_present
    from editor.model.translation.status import GitHistory

    try:
        site = Site.open(root)
        history = GitHistory.work_tree(site) is not None
        # A private index (the window's postings are never read from this thread), read once for
        # both steps.
        reading = read_present(SiteIndex.build(site), stop=stop, keep_encoding=not history)
    except (SiteError, OSError):
        return None
    return _Present(reading, history)
