"""Settling a file of the open pair that another program changed while it holds edits here: take
theirs, keep mine, or combine both (a three-way merge, ``editor.model.storage.merge``).

Combining needs what the edits started from: the file as loaded or last saved; for a file
renamed and changed outside (followed under its new name), the old file's bytes; for edits brought
back from a crash over a file changed since, the text the recovery file kept (not in the files of
earlier versions, whose edits can then only be kept or given up).
A combined posting is the file on disk with the merged text as unsaved edits, so the next save
writes it over exactly the version it was combined with; Edit ▸ Undo puts back the edits and the
question as they were before.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import SignalInstance

from editor.model.frontmatter.document import BOM, MAX_FILE_BYTES
from editor.model.frontmatter.posting import Posting
from editor.model.site.pair import PostingPair
from editor.model.storage.files import digest, read_bytes
from editor.model.storage.merge import Conflict, merge_bytes
from editor.ui.disk_watch import DiskWatch, disk_difference
from editor.ui.finding_texts import failure_text

_BOM = BOM.encode("utf-8")


@dataclass(frozen=True)
class OutsideMerge:
    """One language's file merged with the edits here. ``combined`` is the posting to edit on when
    the two combine cleanly into a text that reads as well as both sides did; else None, and
    ``conflicts`` (lines of the edits and of the file on disk changed on both sides) or
    ``unreadable`` (the combined front matter would not read) or neither (no base known, the file
    cannot be read, or is not UTF-8 text) says why."""

    lang: str
    path: Path
    combined: Posting | None
    conflicts: tuple[Conflict, ...] = ()
    unreadable: bool = False
    theirs_changes: int = 0


def merge_with_disk(posting: Posting, base: bytes | None, lang: str) -> OutsideMerge:
    path = posting.file_path
    if base is None:
        return OutsideMerge(lang, path, None)
    try:
        theirs = read_bytes(path)
    except OSError:
        return OutsideMerge(lang, path, None)
    if len(theirs) > MAX_FILE_BYTES:
        return OutsideMerge(lang, path, None)  # read only in part: its end would be lost
    merge = merge_bytes(base, posting.to_bytes(), theirs)
    if merge.merged is None:
        return OutsideMerge(lang, path, None, merge.conflicts)
    combined = Posting(theirs, path, lang)
    try:
        combined.set_text(merge.merged.removeprefix(_BOM).decode("utf-8"))
    except UnicodeDecodeError:
        return OutsideMerge(lang, path, None)
    if combined.to_bytes() != merge.merged:
        return OutsideMerge(lang, path, None)  # (a BOM on one side only): never write other bytes than merged
    if not combined.valid and posting.valid and Posting(theirs, path, lang).valid:
        return OutsideMerge(lang, path, None, unreadable=True)
    return OutsideMerge(lang, path, combined, theirs_changes=merge.theirs_changes)


def part_at(posting: Posting, line: int) -> str | None:
    """The top-level field whose lines hold the 1-based file ``line`` of ``posting``, "body" for a
    line of the body, None elsewhere (the ``---`` lines, a front matter that does not read)."""
    if posting.front is None or posting.document is None:
        return None
    if line >= posting.body_first_line:
        return "body"
    starts = sorted((first, str(key)) for key in posting.front.data if (first := posting.field_line(str(key))) is not None)
    found = None
    for first, key in starts:
        if first > line:
            break
        found = key
    # (past the last field's lines is the closing ---, still "in" it here: a conflict there is its value's end)
    return found


class OutsideEdits:
    """The part of ``DocumentManager`` that settles outside changes (mixed into it)."""

    # The manager's own, set in its __init__.
    _pair: PostingPair | None
    _disk: DiskWatch
    # Per language, the bytes its edits started from when they are not what its posting was loaded
    # from (None: not known); see ``merge_base``.
    _started_from: dict[str, bytes | None]
    # What Combine Both replaced, per language (the posting, and its entry in _started_from if it
    # had one), until the next edit, save or pair: Edit ▸ Undo puts it back.
    _uncombined: dict[str, tuple[Posting, tuple[bytes | None, ...]]]
    postingsReloaded: SignalInstance
    edited: SignalInstance
    validityChanged: SignalInstance
    saveFailed: SignalInstance

    if TYPE_CHECKING:  # the manager's
        def reload(self, langs: list[str]) -> None: ...
        def _notify_modified(self) -> None: ...
        def _forget_undo(self) -> None: ...
        def autosave_now(self) -> Path | None: ...

    def take_theirs(self, langs: list[str]) -> None:
        self.reload(langs)

    def keep_mine(self, langs: list[str]) -> None:
        """Keep the local edits, now as changes to what is on disk, so a plain save writes them."""
        if self._pair is None:
            return
        for lang in langs:
            mine = self._pair.posting(lang)
            if mine is None or mine.path is None:
                continue
            try:
                theirs = Posting(read_bytes(mine.path), mine.path, lang)
            except FileNotFoundError:
                theirs = Posting(b"", mine.path, lang, on_disk=False)
            except OSError as error:
                self.saveFailed.emit(failure_text(error, mine.path))
                continue
            theirs.set_text(mine.text())
            self._pair.set_posting(lang, theirs)
            self._started_from.pop(lang, None)
            self._disk.forget(lang)
        self._forget_undo()  # a Combine Both before it is settled otherwise now
        self._notify_modified()

    def difference(self, lang: str) -> str:
        """Unified diff from the file on disk to the local text of ``lang``."""
        posting = self._pair.posting(lang) if self._pair is not None else None
        return disk_difference(posting, lang) if posting is not None and posting.path is not None else ""

    def merge_base(self, lang: str) -> bytes | None:
        """What ``lang``'s edits started from (None when not known)."""
        if lang in self._started_from:
            return self._started_from[lang]
        posting = self._pair.posting(lang) if self._pair is not None else None
        return posting.saved_bytes if posting is not None else None

    def started_digest(self, lang: str, posting: Posting) -> str:
        """The digest of what ``lang``'s edits started from ("" when not known): a recovery file
        records it, so that edits restored after a crash over a file that holds anything else are
        asked about, never saved over it blindly."""
        if lang in self._started_from:
            base = self._started_from[lang]
            return digest(base) if base is not None else ""
        return posting.summary().digest

    def started_text(self, lang: str) -> str | None:
        """What ``lang``'s edits started from as text, for a recovery file (None: not known, or not
        UTF-8 text, which can be kept or given up after a crash but not combined)."""
        base = self.merge_base(lang)
        try:
            return base.decode("utf-8") if base is not None else None
        except UnicodeDecodeError:
            return None

    def outside_merges(self, langs: list[str]) -> dict[str, OutsideMerge]:
        """The files of ``langs`` on disk now, each merged with the edits here."""
        merges = {}
        for lang in langs:
            posting = self._pair.posting(lang) if self._pair is not None else None
            if posting is not None and posting.path is not None:
                merges[lang] = merge_with_disk(posting, self.merge_base(lang), lang)
        return merges

    def combine(self, langs: list[str]) -> dict[str, OutsideMerge]:
        """Combine the files of ``langs`` on disk with the edits here, as unsaved edits on top of the
        files; all of them or, when one no longer combines cleanly (changed again), none: {}."""
        merges = self.outside_merges(langs)
        if self._pair is None or not merges or any(m.combined is None for m in merges.values()):
            return {}
        before: dict[str, tuple[Posting, tuple[bytes | None, ...]]] = {}
        for lang, merge in merges.items():
            old = self._pair.posting(lang)
            assert old is not None and merge.combined is not None  # merged from it; checked above
            before[lang] = (old, (self._started_from.pop(lang),) if lang in self._started_from else ())
            self._pair.set_posting(lang, merge.combined)
            self._disk.forget(lang)
            if merge.combined.valid != old.valid:
                self.validityChanged.emit(lang, merge.combined.valid)
        self._forget_undo()
        self._uncombined = before
        self._changed_whole(list(merges))
        return merges

    @property
    def undoes_combine(self) -> bool:
        """Edit ▸ Undo would take back Combine Both."""
        return bool(self._uncombined)

    def undo_combine(self) -> list[str]:
        """Put back the edits and postings Combine Both replaced; the languages put back."""
        before, self._uncombined = self._uncombined, {}
        if self._pair is None or not before:
            return []
        for lang, (posting, started) in before.items():
            current = self._pair.posting(lang)
            self._pair.set_posting(lang, posting)
            if started:
                self._started_from[lang] = started[0]
            # The change on disk is the one already asked about: not asked again until it changes.
            self._disk.asked(lang, posting.file_path)
            if current is not None and current.valid != posting.valid:
                self.validityChanged.emit(lang, posting.valid)
        self._changed_whole(list(before))
        return list(before)

    def _changed_whole(self, langs: list[str]) -> None:
        self.postingsReloaded.emit(langs)
        self.edited.emit("")
        self._notify_modified()
        if self._pair is not None and self._pair.modified:
            self.autosave_now()
