"""Replacing one or several files so that no writer loses another's change and no crash leaves half a change.

Every write here follows the same steps: lock the files that exist (an advisory lock that other
writers of this program respect), compare each file with what the caller loaded (refusing when
it changed), write every new version to a temp file beside its target and fsync it, then rename
them into place. With several files, a journal naming the temp files is written, in every folder
the change touches, before the first rename: a writer killed between two renames leaves the
journal, and the next write into one of those folders (or the next index of the site) finishes
the change instead of leaving the files disagreeing. Temp files carry their writer's process id, so those of a dead writer are removed.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from editor.model.storage.changes import Change, FileChangedError, digest
from editor.model.storage.file_lock import locked
from editor.model.storage.pair_journal import (JOURNALS, Planned, finish_interrupted, remove_journal, tidy,
                                               write_journals)
from editor.model.storage.reasons import NOT_REGULAR, READ_ONLY
from editor.model.storage.temp_files import UNDER_WAY, fsync_folder, temp_copy, unlink

# What callers have always imported from here (the index tidies through ``tidy``).
__all__ = ["JOURNALS", "Change", "FileChangedError", "digest", "finish_interrupted", "locked", "tidy", "write_files"]


def write_files(changes: list[Change]) -> None:
    """Apply every change or none (see the module's description). Symbolic links are written through;
    removing one removes the link (the file it leads to may be another posting).

    Raises FileChangedError when a file is not what its ``expected`` digest says, PermissionError
    for a read-only file, OSError when writing fails; in every case no file was changed.
    """
    changes = [Change(Path(os.path.realpath(c.path)) if c.data is not None
                      else Path(os.path.realpath(Path(c.path).parent)) / Path(c.path).name, c.data, c.expected)
               for c in changes]
    for folder in dict.fromkeys(c.path.parent for c in changes):
        finish_interrupted(folder)
    with locked([c.path for c in changes]):
        planned = [_prepare(change, need_current=len(changes) > 1) for change in changes]
        temps: list[str | None] = []
        journals: list[str] = []
        try:
            try:
                for change, (_current, info) in zip(changes, planned):
                    temps.append(None if change.data is None else temp_copy(change.path, change.data, info))
                journals = write_journals(changes, planned, temps) if len(changes) > 1 else []
                _move_in(changes, planned, temps)
            except BaseException as error:
                if getattr(error, "half_done", False) and journals:
                    raise  # a file could not be put back: the journal and temps let the next write finish the change
                # _move_in put back what it had replaced; with its temp files gone, the journal has nothing to finish.
                for temp in temps:
                    if temp is not None:
                        unlink(temp)
                for journal in journals:
                    remove_journal(journal)
                raise
            for folder in dict.fromkeys(c.path.parent for c in changes):
                fsync_folder(folder)
            for journal in journals:
                remove_journal(journal)
        finally:
            # What is left of it now (a journal a failure left) is for the next write to finish.
            UNDER_WAY.difference_update(os.path.basename(name) for name in [*temps, *journals] if name is not None)


def _prepare(change: Change, *, need_current: bool) -> Planned:
    """What the file holds now (None: absent) and its stat, after checking it may be replaced."""
    path = change.path
    try:
        info = os.stat(path)
    except FileNotFoundError:
        info = None
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise OSError(errno.EINVAL, NOT_REGULAR, str(path))
    current = None
    if info is not None and (need_current or change.expected is not None or change.data is None):
        with open(path, "rb") as handle:
            current = handle.read()
    if change.expected is not None:
        now = digest(current) if current is not None else ""
        if now != change.expected:
            raise FileChangedError.said("file-changed-since-opened", path=str(path))
    if info is not None and (not os.access(path, os.W_OK) or not info.st_mode & 0o222):
        if _on_read_only_disk(path):
            # Not the file's doing: nothing the owner can change on the file makes it writable.
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        # The rename would go through, but a read-only file is the owner saying "don't change".
        # os.access says yes to root whatever the mode, hence the look at the mode's write bits.
        raise PermissionError(errno.EACCES, READ_ONLY, str(path))
    return current, info


def _on_read_only_disk(path: Path) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & getattr(os, "ST_RDONLY", 0))
    except (OSError, AttributeError):  # Windows has no statvfs
        return False


def _move_in(changes: list[Change], planned: list[Planned], temps: list[str | None]) -> None:
    """Rename every temp file into place; on a failure put back the files already replaced."""
    done: list[tuple[Path, bytes | None, os.stat_result | None]] = []
    try:
        for change, (current, info), temp in zip(changes, planned, temps):
            if temp is None:
                if current is not None or change.path.exists():
                    os.unlink(change.path)
            elif current is None and change.expected == "":
                _link_new(temp, change.path)
            else:
                os.replace(temp, change.path)
            done.append((change.path, current, info))
    except BaseException as error:
        for path, old, info in reversed(done):
            try:
                if old is None:
                    os.unlink(path)
                else:
                    os.replace(temp_copy(path, old, info), path)
            except OSError:
                error.half_done = True  # type: ignore[attr-defined]  # read by write_files' caller
        raise


def _link_new(temp: str, path: Path) -> None:
    """Put a new file in place only if nothing took the name meanwhile (a rename would replace it)."""
    try:
        os.link(temp, path)
    except FileExistsError:
        raise FileChangedError.said("file-created-meanwhile", path=str(path)) from None
    except OSError:  # no hard links on this file system
        if path.exists() or path.is_symlink():
            raise FileChangedError.said("file-created-meanwhile", path=str(path)) from None
        os.replace(temp, path)
        return
    unlink(temp)
