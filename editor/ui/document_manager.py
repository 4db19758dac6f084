"""The life cycle of the open pair: open, edit, save, revert, outside changes, autosave.

``DocumentManager`` is the only object of the window that touches posting files, and it
does so through the model (``PostingPair``/``Posting``). It shows nothing: every outcome
the user must hear about is a signal, which the main window turns into a status message
or a dialog.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from editor.model.findings import render
from editor.model.storage.files import FileChangedError
from editor.model.site.index import PairEntry
from editor.model.site.pair import PairConflictError, PostingPair
from editor.model.frontmatter.posting import InvalidPostingError, Posting, unreadable_problem
from editor.model.hugo.config import LANGUAGES, Site
from editor.ui import recovery
from editor.ui.autosave import AUTOSAVE_MS, Autosave
from editor.ui.disk_watch import DiskWatch, changed_on_disk, lost_characters
from editor.ui.line_endings import from_editor, line_ending_of, without_line_endings
from editor.ui.finding_texts import error_text, failure_text, interface_language
from editor.ui.outside_edits import OutsideEdits


def _pick(postings: list[Posting], chosen: Path | None) -> Path | None:
    """Which of a language's files to edit: the chosen one, else the conventionally named one."""
    paths = [p.path for p in postings if p.path is not None]
    if chosen is not None and chosen in paths:
        return chosen
    for posting in postings:
        lever = posting.get("leverId") if posting.valid else None
        if isinstance(lever, str) and lever and posting.file_path.name.endswith(f"--{lever}.md"):
            return posting.file_path
    return paths[0] if paths else None


class DocumentManager(OutsideEdits, QObject):
    """Owns the open ``PostingPair`` and everything that happens to its files.

    Edits come in through ``set_field``/``set_shared``/``set_body``/``set_raw_text`` (the
    views call them on every change) and go straight into the model postings, so
    ``pair`` always holds what the user sees.
    """

    pairOpened = Signal()  # a pair (or none) is now open: views reload everything
    openFailed = Signal(str)  # the pair cannot be edited as one (message says why)
    postingsReloaded = Signal(list)  # languages replaced from disk or restored: views refresh those
    modifiedChanged = Signal(bool)
    edited = Signal(str)  # language whose content changed ("" for both): problems re-check
    validityChanged = Signal(str, bool)  # a posting became readable (normal view) or not (raw mode)
    editRejected = Signal(str, str, str)  # language, field, why the model refused the value
    externalChange = Signal(list)  # languages changed on disk while they hold unsaved edits
    filesVanished = Signal(list)  # languages whose file another program deleted or renamed away
    saved = Signal(list)  # paths written
    saveFailed = Signal(str)
    saveConflict = Signal(list)  # languages changed on disk since opened: nothing was written
    recoveryWritten = Signal(str)
    undoRevertChanged = Signal(bool)  # whether something is kept that Undo after a revert or Combine Both puts back

    def __init__(self, parent: QObject | None = None, *, recovery_dir: Path | str | None = None,
                 autosave_ms: int = AUTOSAVE_MS) -> None:
        super().__init__(parent)
        self._site: Site | None = None
        self._pair: PostingPair | None = None
        self._opened_key = ""
        self._was_modified = False
        self._alternatives: dict[str, list[Path]] = {}
        self._unreadable: list[Path] = []
        # The texts the last revert threw away, until the next edit, save or pair (Edit > Undo).
        self._kept_reverted: dict[str, str] = {}
        self._started_from: dict[str, bytes | None] = {}  # see OutsideEdits
        self._kept_uncombined: dict = {}  # OutsideEdits's _uncombined
        self._autosave = Autosave(self, folder=recovery_dir, interval_ms=autosave_ms)
        self._autosave.due.connect(self.autosave_now)
        self._disk = DiskWatch(self)
        self._disk.settled.connect(self.check_disk)

    # ------------------------------------------------------------------ state
    @property
    def recovery_dir(self) -> Path:
        return self._autosave.folder

    @property
    def site(self) -> Site | None:
        return self._site

    @property
    def pair(self) -> PostingPair | None:
        return self._pair

    @property
    def key(self) -> str:
        """The translationKey the pair was opened under (its saved one)."""
        return self._opened_key

    def posting(self, lang: str) -> Posting | None:
        return self._pair.posting(lang) if self._pair is not None else None

    @property
    def modified(self) -> bool:
        return self._pair is not None and self._pair.modified

    def is_modified(self, lang: str) -> bool:
        posting = self.posting(lang)
        return posting is not None and posting.modified

    def file_label(self, posting: Posting) -> str:
        """How findings name ``posting``'s file: relative to the site root."""
        if posting.path is None:
            return "<new posting>"
        return self._site.relative(posting.path) if self._site is not None else str(posting.path)

    # --------------------------------------------------------------- opening
    def open_pair(self, site: Site, entry: PairEntry, chosen: dict[str, Path] | None = None) -> bool:
        """Open ``entry``'s files fresh from disk; False (and ``openFailed``) when impossible.

        When a language has several files with the key (a conflict the site must settle), one
        of them is edited: ``chosen[lang]`` if given, else the one named as the site names
        postings (``slug--leverId.md``); ``alternatives(lang)`` lists them all.
        """
        picked = {lang: _pick(entry.postings(lang), (chosen or {}).get(lang)) for lang in LANGUAGES}
        try:
            postings = {lang: self._load(path, lang) if path is not None else None for lang, path in picked.items()}
        except OSError as error:
            problem = unreadable_problem(error)
            reason = render(problem.code, problem.variant, problem.params, interface_language())
            self.openFailed.emit(self.tr("%1 cannot be opened. %2").replace("%1", str(error.filename)).replace("%2", reason))
            return False
        self._close_quietly()
        self._site = site
        self._pair = PostingPair(entry.key, postings["en"], postings["fr"])
        self._opened_key = entry.key
        self._alternatives = {lang: [p.file_path for p in entry.postings(lang)] for lang in LANGUAGES
                              if len(entry.postings(lang)) > 1}
        # Files of the site that could not be read and may be this pair's missing half: a shared
        # field changed now could end up in one file of two.
        self._unreadable = [p.path for p in entry.unreadable() if p.path is not None]
        self._disk.watch(self._pair)
        self._was_modified = False
        self.pairOpened.emit()
        self.modifiedChanged.emit(False)
        return True

    def alternatives(self, lang: str) -> list[Path]:
        """All files of ``lang`` with the open pair's key, when there are several (else empty)."""
        return list(self._alternatives.get(lang, []))

    def close_pair(self) -> None:
        """Forget the open pair and its unsaved edits (the caller asked the user first)."""
        self._close_quietly()
        self.pairOpened.emit()
        self._notify_modified()

    def close_quietly(self) -> None:
        """Forget the open pair as the window closes (the caller asked the user first): the window's
        widgets are not told, they are not shown again; unloading them cost as much as loading."""
        self._close_quietly()

    def _close_quietly(self) -> None:
        self._autosave.drop()
        self._disk.stop()
        self._pair = None
        self._site = None
        self._opened_key = ""
        self._alternatives = {}
        self._unreadable = []
        self._disk.forget_all()
        self._forget_undo()
        self._started_from = {}

    @staticmethod
    def _load(path: Path, lang: str) -> Posting:
        posting = Posting.load(path)
        posting.language = lang
        return posting

    # --------------------------------------------------------------- editing
    def set_field(self, lang: str, name: str, value) -> bool:
        """Set one front-matter field of one language; False when the model refuses it."""
        posting = self.posting(lang)
        if posting is None or not posting.valid:
            return False
        if posting.get(name) == value and (value is not None or name in posting.data):
            return True
        try:
            posting.set(name, value)
        except (ValueError, InvalidPostingError) as error:
            self.editRejected.emit(lang, name, error_text(error))
            return False
        self._after_edit(lang)
        return True

    def set_shared(self, name: str, value) -> bool:
        """Set a field both files must agree on, in both at once."""
        if self._pair is None:
            return False
        if all(p.get(name) == value and name in p.data for p in self._pair.present() if p.valid) \
                and not self._pair.disagreements():
            return True
        if self._unreadable:
            names = ", ".join(self._site.relative(path) if self._site is not None else str(path) for path in self._unreadable)
            self.editRejected.emit("", name, self.tr("%1 cannot be read and may be this pair's other half; shared fields "
                                                     "are not changed until it can be read.").replace("%1", names))
            return False
        try:
            self._pair.set_shared(name, value)
        except (ValueError, PairConflictError, InvalidPostingError) as error:
            self.editRejected.emit("", name, error_text(error))
            return False
        self._after_edit("")
        return True

    def take_shared(self, name: str, lang: str) -> bool:
        """Settle a shared field the two files disagree on with ``lang``'s value, as unsaved edits."""
        from editor.model.site.conflicts import ConflictError, take_field

        if self._pair is None:
            return False
        entry = PairEntry(self._opened_key, {other: [posting] for other in LANGUAGES
                                             if (posting := self.posting(other)) is not None})
        try:
            take_field(entry, name, lang)
        except (ConflictError, ValueError) as error:
            self.editRejected.emit(lang, name, error_text(error))
            return False
        self._after_edit("")
        return True

    def set_archived(self, archived: bool) -> bool:
        return self.set_shared("archived", bool(archived))

    def set_body(self, lang: str, text: str) -> None:
        """``text`` as an editor holds it (``\\n`` line endings)."""
        posting = self.posting(lang)
        if posting is None or not posting.valid:
            return
        body = posting.body
        if without_line_endings(body) == text:
            return  # keeps a file with mixed line endings byte-identical when nothing changed
        posting.set_body(from_editor(text, body, posting.newline))
        self._after_edit(lang)

    def set_raw_text(self, lang: str, text: str) -> None:
        """Replace the whole file text (raw mode); the posting turns readable once it parses."""
        posting = self.posting(lang)
        if posting is None:
            return
        current = posting.text()
        if without_line_endings(current) == text:
            return
        was_valid = posting.valid
        posting.set_text(from_editor(text, current, line_ending_of(current)))
        self._after_edit(lang)
        if posting.valid != was_valid:
            self.validityChanged.emit(lang, posting.valid)

    def _after_edit(self, lang: str) -> None:
        self._forget_undo()
        self.edited.emit(lang)
        self._notify_modified()
        if self.modified:
            self._autosave.soon()

    def _notify_modified(self) -> None:
        modified = self.modified
        if not modified and self._autosave.has_file():
            self._autosave.drop()  # typed back to what is saved: nothing left to recover
        if modified != self._was_modified:
            self._was_modified = modified
            self.modifiedChanged.emit(modified)

    # ---------------------------------------------------------------- saving
    def save(self, *, force: bool = False) -> bool:
        """Write the modified files of the pair (both checked for outside changes first)."""
        if self._pair is None:
            return False
        if not self._pair.modified:
            return True
        try:
            written = self._pair.save(force=force)
        except FileChangedError as error:
            changed = [lang for lang in LANGUAGES if (posting := self.posting(lang)) is not None and changed_on_disk(posting)]
            if changed:
                self.saveConflict.emit(changed)
            else:  # nothing differs: another program was saving the same file at that moment
                self.saveFailed.emit(self._kept(error_text(error)))
            return False
        except (OSError, InvalidPostingError) as error:  # (the latter: a file too large to have been read whole)
            self.saveFailed.emit(self._kept(failure_text(error)))
            return False
        self._autosave.saved()
        self._disk.forget_all()
        self._forget_undo()
        self._started_from = {}
        self._disk.watch(self._pair)  # an atomic save replaces the file, which drops it from the watcher
        self._notify_modified()
        self.saved.emit([posting.file_path for posting in written])
        return True

    def _kept(self, refusal: str) -> str:
        """A refused save, and what became of the edits: the user is left wondering otherwise."""
        return refusal + "\n\n" + self.tr("Your edits are still here, unsaved. Save again once the file can be written.")

    def unreadable_characters(self) -> dict[Path, int]:
        """Per edited file that is not UTF-8 on disk, the characters saving would write as � (see ``lost_characters``)."""
        found = {posting.file_path: lost_characters(posting) for lang in LANGUAGES
                 if (posting := self.posting(lang)) is not None and posting.path is not None and self.is_modified(lang)}
        return {path: count for path, count in found.items() if count > 0}

    def unsaved_changes(self) -> dict[str, list[str]]:
        """Per edited language, what reverting would throw away (see ``Posting.unsaved_fields``)."""
        return {lang: posting.unsaved_fields() for lang in LANGUAGES
                if self.is_modified(lang) and (posting := self.posting(lang)) is not None}

    def revert(self) -> None:
        """Throw away the unsaved edits: read both files again. ``undo_revert`` brings them back once."""
        if self._pair is None:
            return
        thrown = {lang: posting.text() for lang in LANGUAGES
                  if self.is_modified(lang) and (posting := self.posting(lang)) is not None}
        self.reload(list(LANGUAGES))
        self._reverted = thrown

    # Set through these, so that the window listens for Ctrl+Z after a revert only while there is
    # something to put back (see RevertUndoKey).
    @property
    def _reverted(self) -> dict[str, str]:
        return self._kept_reverted

    @_reverted.setter
    def _reverted(self, texts: dict[str, str]) -> None:
        self._keep("_kept_reverted", texts)

    @property
    def _uncombined(self) -> dict:
        return self._kept_uncombined

    @_uncombined.setter
    def _uncombined(self, before: dict) -> None:
        self._keep("_kept_uncombined", before)

    def _keep(self, attribute: str, value: dict) -> None:
        kept = self._keeps_undo()
        setattr(self, attribute, value)
        if self._keeps_undo() != kept:
            self.undoRevertChanged.emit(not kept)

    def _keeps_undo(self) -> bool:
        return bool(self._kept_reverted or self._kept_uncombined)

    def can_undo_revert(self) -> bool:
        """Whether Edit ▸ Undo can take back the last revert or Combine Both (which emptied the editors' histories)."""
        return bool(self._reverted or self._uncombined) and self._pair is not None

    def undo_revert(self) -> bool:
        """Put back, as unsaved edits, what the last revert threw away (or as it was before Combine Both); only once."""
        if self._uncombined:
            return bool(self.undo_combine())
        texts, self._reverted = self._reverted, {}
        return self.put_back(texts)

    def _forget_undo(self) -> None:
        self._reverted = {}
        self._uncombined = {}

    def put_back(self, texts: dict[str, str], *, started_from: dict[str, bytes | None] | None = None) -> bool:
        """Whole-file texts (per language) into the open pair as unsaved edits; ``started_from``: the
        bytes those edits were made to, when not the files now open (a file renamed and changed outside)."""
        if self._pair is None or not texts:
            return False
        self._started_from.update(started_from or {})
        restored = self._put_texts(texts)
        if restored:
            self.postingsReloaded.emit(restored)
            self.edited.emit("")
            self._notify_modified()
            if self.modified:
                self.autosave_now()  # edits no recovery file holds (thrown away, or the pair opened again)
        return bool(restored)

    def reload(self, langs: list[str]) -> None:
        """Replace the postings of ``langs`` by what is on disk now (local edits lost)."""
        if self._pair is None:
            return
        reloaded = []
        self._forget_undo()
        for lang in langs:
            posting = self.posting(lang)
            if posting is None or posting.path is None:
                continue
            try:
                fresh = self._load(posting.path, lang)
            except FileNotFoundError:
                fresh = None
            except OSError as error:
                self.saveFailed.emit(failure_text(error, posting.path))
                continue
            was_valid = posting.valid
            self._pair.set_posting(lang, fresh)
            self._disk.forget(lang)
            self._started_from.pop(lang, None)
            reloaded.append(lang)
            if fresh is not None and fresh.valid != was_valid:
                self.validityChanged.emit(lang, fresh.valid)
        if reloaded:
            self._disk.watch(self._pair)
            self.postingsReloaded.emit(reloaded)
            self.edited.emit("")
            self._notify_modified()

    # -------------------------------------------------------- outside changes
    def check_disk(self) -> None:
        """Compare each file with what was loaded: reload clean ones, report edited ones."""
        if self._pair is None:
            return
        silent, conflicts, vanished = self._disk.sort_changes({lang: self.posting(lang) for lang in LANGUAGES})
        if silent:
            self.reload(silent)
        else:
            self._disk.watch(self._pair)
        if conflicts:
            self.externalChange.emit(conflicts)
        if vanished:
            self.filesVanished.emit(vanished)

    def forget_vanished(self, langs: list[str]) -> None:
        """The files of ``langs``, said gone, are back at their names: their next deletion is said."""
        for lang in langs:
            self._disk.forget(lang)

    def recreate(self, langs: list[str]) -> list[Path]:
        """Write the text open here back to the files of ``langs`` that were deleted outside the editor."""
        written = []
        for lang in langs:
            posting = self.posting(lang)
            if posting is None or posting.path is None or posting.path.exists():
                continue
            # A posting new to the disk: saving refuses to replace a file someone made meanwhile.
            fresh = Posting(posting.to_bytes(), posting.path, lang, on_disk=False)
            try:
                posting.path.parent.mkdir(parents=True, exist_ok=True)
                fresh.save()
            except (OSError, FileChangedError) as error:
                self.saveFailed.emit(failure_text(error, posting.path))
                continue
            if self._pair is not None:  # (a pair is open: its posting was found above)
                self._pair.set_posting(lang, fresh)
            self._disk.forget(lang)
            self._started_from.pop(lang, None)
            written.append(fresh.file_path)
        if written:
            self._disk.watch(self._pair)
            self.postingsReloaded.emit([lang for lang in langs if self.posting(lang) is not None])
            self._notify_modified()
        return written

    # -------------------------------------------------------------- recovery
    def autosave_now(self) -> Path | None:
        """Write the edited files' text to the recovery folder (never to the postings)."""
        if self._pair is None or self._site is None or not self._pair.modified:
            return None
        entry = recovery.RecoveryEntry(file=None, site_root=self._site.root, key=self._opened_key,
                                       saved_at=recovery.now(), pid=os.getpid(), session=recovery.session_id())
        for lang in LANGUAGES:
            posting = self.posting(lang)
            if posting is None or posting.path is None or not posting.modified:
                continue
            entry.texts[lang] = posting.text()
            entry.paths[lang] = posting.path
            # What the edits start from, not what the disk holds now: a change made outside since (not
            # yet read here) must still be asked about when the edits are restored after a crash.
            entry.base_digests[lang] = self.started_digest(lang, posting)
            if entry.base_digests[lang] and (base := self.started_text(lang)) is not None:
                entry.bases[lang] = base
            entry.titles[lang] = str(posting.get("title") or "")
        try:
            path = self._autosave.write(entry)
        except OSError as error:
            if not self._autosave.failing:
                self._autosave.failing = True
                self.saveFailed.emit(failure_text(error, self.recovery_dir))
            return None
        self.recoveryWritten.emit(str(path))
        return path

    def recoverable(self) -> list[recovery.RecoveryEntry]:
        """Pairs with unsaved edits left by an earlier run (newest first)."""
        return self._autosave.entries()

    def apply_recovery(self, entry: recovery.RecoveryEntry) -> bool:
        """Put ``entry``'s texts into the open pair as unsaved edits; the pair must be open."""
        holds = any((posting := self.posting(lang)) is not None and posting.path == path for lang, path in entry.paths.items())
        if self._pair is None or (self._opened_key != entry.key and not holds):  # (a key changed outside since)
            return False
        for lang, path in entry.paths.items():
            if (lang in entry.texts and self.posting(lang) is None and path is not None and self._site is not None
                    and self._site.language_of(path) == lang):
                # The file was deleted since: the edits come back as that file, yet to be written, which the
                # window then settles with the user like any file changed on disk since the autosave.
                self._pair.set_posting(lang, Posting(b"", path, lang, on_disk=False))
        restored = self._put_texts(entry.texts)
        if not restored:
            return False
        for lang in restored:
            posting = self.posting(lang)
            if posting is not None and posting.summary().digest != entry.base_digests.get(lang):
                self._started_from[lang] = entry.base(lang)  # the file changed since the crash: what the edits started from
        self.postingsReloaded.emit(restored)
        self.edited.emit("")
        self._notify_modified()
        # The edits move to this session's own recovery file; the crash's goes only once that is written,
        # else they would live in this window alone.
        self._autosave.adopt(entry.file)
        if self.modified:
            self.autosave_now()
        else:
            self._autosave.saved()
        return True

    def _put_texts(self, texts: dict[str, str]) -> list[str]:
        """Whole-file texts into the open postings (as unsaved edits); the languages changed."""
        restored = []
        for lang, text in texts.items():
            posting = self.posting(lang)
            if posting is None:
                continue
            was_valid = posting.valid
            posting.set_text(text)
            restored.append(lang)
            if posting.valid != was_valid:
                self.validityChanged.emit(lang, posting.valid)
        return restored

    def discard_recovery(self, entry: recovery.RecoveryEntry) -> None:
        recovery.remove_consumed(entry.file)

