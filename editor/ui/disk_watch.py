"""Other programs writing the open pair's files: which files and folders are watched, when a burst
of their events is over, and what each language's change calls for (reload it, ask the user, or
say the file is gone), each outside change asked about once."""

from __future__ import annotations

import difflib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal

from editor.model.frontmatter.posting import Posting
from editor.model.site.pair import PostingPair
from editor.model.storage.files import digest, read_bytes
from editor.ui.line_endings import without_line_endings

# Editors and version control write in bursts (temp file, rename, chmod); look once it settles.
DISK_CHECK_DELAY_MS = 200
_UNREADABLE = "unreadable"  # what a prompt was about when the file could not be read (never a digest)


class DiskWatch(QObject):
    """Watches the open pair's files and their folders; ``settled`` once the events stop coming."""

    settled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Digest of the disk content each prompt was about, so one outside change asks once.
        self._prompted: dict[str, str] = {}
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(DISK_CHECK_DELAY_MS)
        self._delay.timeout.connect(self.settled)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_event)
        self._watcher.directoryChanged.connect(self._on_event)

    def _on_event(self, _path: str) -> None:
        self._delay.start()

    def watch(self, pair: PostingPair | None) -> None:
        """Watch ``pair``'s files as they are now (an atomic save replaces a file, which drops it)."""
        self.unwatch()
        if pair is None:
            return
        files = [str(p.path) for p in pair.present() if p.path is not None and p.path.exists()]
        folders = {str(p.path.parent) for p in pair.present() if p.path is not None and p.path.parent.is_dir()}
        for path in [*files, *sorted(folders)]:
            self._watcher.addPath(path)

    def unwatch(self) -> None:
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)

    def stop(self) -> None:
        """Watch nothing, and drop a check already waiting."""
        self._delay.stop()
        self.unwatch()

    def forget(self, lang: str) -> None:
        """``lang``'s file is as loaded again: its next outside change is asked about."""
        self._prompted.pop(lang, None)

    def asked(self, lang: str, path: Path) -> None:
        """``lang``'s file as it is now on disk was asked about: not again until it changes."""
        self._prompted[lang] = disk_digest(path)

    def forget_all(self) -> None:
        self._prompted.clear()

    def sort_changes(self, postings: dict[str, Posting | None]) -> tuple[list[str], list[str], list[str]]:
        """The languages whose file changed on disk since loaded: those without edits (to reload),
        those with edits not asked about yet (to ask), those whose file is gone (to tell, once)."""
        silent: list[str] = []
        conflicts: list[str] = []
        vanished: list[str] = []
        for lang, posting in postings.items():
            if posting is None:
                continue
            try:
                changed = posting.disk_changed()
            except OSError:
                # Another program put a folder at its name, or took its permissions away: reading it
                # again says why it cannot (edits kept), once for as long as it stays so.
                if self._prompted.get(lang) != _UNREADABLE:
                    self._prompted[lang] = _UNREADABLE
                    (conflicts if posting.modified else silent).append(lang)
                continue
            if self._prompted.get(lang) == _UNREADABLE:
                del self._prompted[lang]  # readable again: its next change is said
            if not changed:
                continue
            if posting.path is not None and not posting.path.exists():
                # Reloading would silently drop the text: the user decides (recreate or close).
                if self._prompted.get(lang) != "":
                    self._prompted[lang] = ""
                    vanished.append(lang)
                continue
            if not posting.modified:
                silent.append(lang)
                continue
            now = disk_digest(posting.file_path)
            if self._prompted.get(lang) != now:
                self._prompted[lang] = now
                conflicts.append(lang)
        return silent, conflicts, vanished


def changed_on_disk(posting: Posting) -> bool:
    """Whether ``posting``'s file is no longer as loaded; a file that cannot be read any more (a folder
    put at its name) is not as loaded either."""
    try:
        return posting.disk_changed()
    except OSError:
        return True


def disk_digest(path: Path) -> str:
    """The digest of the file as it is on disk now ("" when it cannot be read)."""
    try:
        return digest(read_bytes(path))
    except OSError:
        return ""


def disk_difference(posting: Posting, lang: str) -> str:
    """Unified diff from ``posting``'s file on disk to its text here."""
    path = posting.file_path
    try:
        theirs = Posting(read_bytes(path), path, lang).text()
    except OSError:
        theirs = ""
    name = path.name
    return text_difference(theirs, posting.text(), QCoreApplication.translate("DiskWatch", "%1 (on disk)").replace("%1", name),
                           QCoreApplication.translate("DiskWatch", "%1 (yours)").replace("%1", name))


def text_difference(before: str, after: str, before_name: str, after_name: str) -> str:
    """Unified diff from ``before`` to ``after``, whatever their line ends, each line ending in one."""
    lines = difflib.unified_diff(without_line_endings(before).splitlines(keepends=True),
                                 without_line_endings(after).splitlines(keepends=True),
                                 fromfile=before_name, tofile=after_name)
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


REPLACEMENT = "\ufffd"  # what a byte that is not UTF-8 shows as in the text


def lost_characters(posting: Posting) -> int:
    """How many characters of ``posting``'s file, not UTF-8 text on disk, could not be read (they
    show as �) and would be written as �, the original ones (é, à, ’…) lost; 0 for a UTF-8 file."""
    if posting.path is None:
        return 0
    try:
        on_disk = read_bytes(posting.path)
        on_disk.decode("utf-8")
        return 0  # a � in the text is one the file already holds, or one typed
    except UnicodeDecodeError:
        pass
    except OSError:
        return 0
    return max(0, posting.text().count(REPLACEMENT) - on_disk.count(REPLACEMENT.encode("utf-8")))
