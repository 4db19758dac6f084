"""This session's recovery file for the open pair: the edited texts written to the recovery folder
(never to the postings) a little after an edit, and removed once the edits are saved, thrown away or
typed back. Only the file this session wrote is ever removed here, so an earlier crash's file for the
same pair stays until the user restores or discards it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from editor.ui import recovery

AUTOSAVE_MS = 3000


class Autosave(QObject):
    """``due`` a while after the first edit since the last write; ``write`` keeps what it wrote as its own."""

    due = Signal()

    def __init__(self, parent: QObject | None = None, *, folder: Path | str | None = None,
                 interval_ms: int = AUTOSAVE_MS) -> None:
        super().__init__(parent)
        self._folder = Path(folder) if folder is not None else None
        self._own: Path | None = None
        # A crash's file whose edits were restored into this session: removed only once they are in
        # this session's own file or saved, else a crash now would lose them.
        self._adopted: Path | None = None
        # The last write failed (and was said): a full disk fails every autosave while the user types,
        # which is said once, not every few seconds, until a write goes through again.
        self.failing = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.due)

    @property
    def folder(self) -> Path:
        if self._folder is None:
            self._folder = recovery.default_recovery_dir()
        return self._folder

    def soon(self) -> None:
        """Be due in a while, unless already waiting: edits in a row are written once."""
        if not self.timer.isActive():
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def write(self, entry: recovery.RecoveryEntry) -> Path:
        """Write ``entry`` into the recovery folder as this session's file (OSError when it cannot)."""
        self._own = recovery.write_entry(self.folder, entry)
        self.failing = False
        self._drop_adopted()
        return self._own

    def adopt(self, file: Path | None) -> None:
        """Take over the edits of the crash's recovery ``file`` (removed at the next write or save)."""
        if file is not None and file != self._own:
            self._adopted = file

    def has_file(self) -> bool:
        return self._own is not None

    def is_own(self, file: Path | None) -> bool:
        return file == self._own

    def drop(self) -> None:
        """Nothing is left to recover: stop waiting and remove this session's file."""
        self.timer.stop()
        recovery.remove_entry(self._own)
        self._own = None

    def saved(self) -> None:
        """The edits are in the postings: nothing of this session or of an adopted crash is left to recover."""
        self.drop()
        self._drop_adopted()

    def _drop_adopted(self) -> None:
        recovery.remove_consumed(self._adopted)
        self._adopted = None

    def entries(self) -> list[recovery.RecoveryEntry]:
        """Pairs with unsaved edits in the recovery folder (newest first)."""
        return recovery.list_entries(self.folder)
