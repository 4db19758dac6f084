"""The open site's two translation memories, read on one worker thread and shared by the window.

Segment verification (the problems of the open pair) uses the site's pairs and the translator's TMX
files; the Suggestions pane uses the same and earlier versions from git. Reading them takes minutes
the first time on a site of thousands of postings (every pair aligned), so they are read one after
the other: verification's first, then the suggestions', which finds every pair's units in the
memory cache the first reading filled — a site's pairs are aligned once, not once per reader.

Nothing waits for them: the open pair's other checks run without segment verification until its
memory is in (``verificationReady``) and again once it is; the pane says it is reading. Closing the
window asks the reading to stop at its next pair instead of waiting for it to end.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from editor.ui.background import BackgroundRunner


class SiteMemoryReader(QObject):
    verificationReady = Signal()  # ``verification`` is in for the site last asked for (None: unreadable)
    suggestionsReady = Signal()  # ``suggestions`` is in

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
        self._runner.run("verification", lambda: _verification(root, stop),
                         lambda memory: self._verified(root, memory), lambda _error: self._verified(root, None))

    def memory_for(self, root: Path | None):
        """``root``'s memory for segment verification if it has been read; otherwise None, and
        reading starts (``verificationReady`` says when it is in)."""
        self.read(root)
        return self.verification  # read(None) forgot it

    def _verified(self, root: Path, memory) -> None:
        if root != self._root:
            return
        self.verification = memory
        self.verificationReady.emit()
        stop = self._runner.stopping.is_set
        self._runner.run("suggestions", lambda: _suggestions(root, stop, memory),
                         lambda found: self._suggested(root, found), lambda _error: self._suggested(root, None))

    def _suggested(self, root: Path, memory) -> None:
        if root == self._root:
            self.suggestions = memory
            self.suggestionsReady.emit()

    def shutdown(self) -> None:
        self._runner.shutdown()


# Imported in the worker: the translation memory is not needed to show the window.
def _verification(root: Path, stop):
    from editor.model.checks.pipeline import site_memory

    return site_memory(root, stop=stop)


def _suggestions(root: Path, stop, verification):
    from editor.model.hugo.config import Site
    from editor.model.interrupt import check
    from editor.model.site.index import SiteIndex
    from editor.model.translation.memory.build import build_memory
    from editor.model.translation.status import GitHistory

    site = Site.open(root)
    if verification is not None and GitHistory.work_tree(site) is None:
        # Outside git there are no earlier versions to add: the same units, so one memory (hundreds of MB
        # on a site of thousands of postings) serves both. Inside, build_memory reads the log once.
        return verification
    # A private index: the window's postings are never read from this thread.
    index = SiteIndex.build(site)
    check(stop)
    return build_memory(index, stop=stop)
