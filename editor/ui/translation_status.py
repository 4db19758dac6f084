"""Which pairs need translating, worked out off the UI thread after every change of the index.

Asking git (or the state file kept outside git) costs a few calls per site; the answers, and
what is left to do on each pair (``editor.model.site.queue``), feed the list's status words and its
"Needs translation" filter, the outdated notice of the open pair, and the
checks (which side is the source). After a save outside git, the translation's save is
recorded so the editor can later tell when the source moves on.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from editor.ui.background import BackgroundRunner


class TranslationStatusWatcher(QObject):
    """``refresh(index)`` → ``statusChanged()`` with ``status(key)`` / ``outdated()`` up to date."""

    statusChanged = Signal()
    changesReady = Signal(str, list)  # key, DiffOps of its source since the translation

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = BackgroundRunner(self)
        self._statuses: dict = {}
        self._progress: dict = {}

    def refresh(self, index) -> None:
        if index is None:
            self.runner.cancel("status")
            self._statuses, self._progress = {}, {}
            self.statusChanged.emit()
            return
        self.runner.run("status", lambda: _work(index), self._store, lambda _error: self._store(({}, {})))

    def _store(self, found: tuple) -> None:
        self._statuses, self._progress = dict(found[0]), dict(found[1])
        self.statusChanged.emit()

    def status(self, key: str):
        """The pair's ``PairStatus`` (source, target, outdated, method, detail), or None."""
        return self._statuses.get(key)

    def progress(self) -> dict:
        """Every pair's ``PairProgress`` (status word, what is left to do), by key."""
        return dict(self._progress)

    def outdated(self) -> set[str]:
        return {key for key, status in self._statuses.items() if status.outdated}

    def source_of(self, key: str) -> str:
        status = self._statuses.get(key)
        return status.source if status is not None else "en"

    def request_changes(self, site, entry) -> None:
        """Work out, off the UI thread, how ``entry``'s source changed; ``changesReady`` answers."""
        from editor.model.translation.status import source_changes

        key = entry.key
        self.runner.run("changes", lambda: source_changes(site, entry),
                        lambda ops: self.changesReady.emit(key, list(ops)),
                        lambda _error: self.changesReady.emit(key, []))

    def record_save(self, site, entry, saved_langs: list[str], index) -> None:
        """After a save: outside git, remember the translation's save (git keeps its own history).

        Only a save that touched the translation counts; saving the source alone is exactly
        what makes a translation outdated.
        """
        status = self._statuses.get(entry.key)
        if status is not None and status.method == "git":
            return
        target = status.target if status is not None else "fr"
        if target not in saved_langs:
            return
        from editor.model.translation.status import GitHistory, record_translation_saved

        def record() -> tuple:
            if status is not None or GitHistory.read(site) is None:
                record_translation_saved(site, entry, translated=target)
            # The status read before this record was written would be stale.
            return _work(index)

        self.runner.run("status", record, self._store, lambda _error: self._store(({}, {})))

    def shutdown(self) -> None:
        self.runner.shutdown()


def _work(index) -> tuple[dict, dict]:
    """(translation status, queue progress) of every pair; runs in the worker thread."""
    # Imported in the worker: the translation package is not needed to show the window.
    from editor.model.site.queue import site_progress
    from editor.model.translation.status import translation_status

    statuses = translation_status(index)
    return statuses, site_progress(index, statuses)
