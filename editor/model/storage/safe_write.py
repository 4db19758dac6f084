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
import hashlib
import json
import os
import re
import secrets
import stat
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from editor.model.findings.worded import Worded
from editor.model.storage.reasons import NOT_REGULAR, READ_ONLY

LOCK_TIMEOUT = 10.0  # seconds to wait for another writer of the same file; a save takes milliseconds
STALE_SECONDS = 24 * 3600  # a temp file older than this is orphaned even if its process id was reused
_TEMP = re.compile(r"^\..+\.(\d+)-[a-z0-9_]+\.tmp$")
_TEMP_IN_JOURNALS = re.compile(r"^(\d+)-[a-z0-9_]+\.tmp$")
_JOURNAL = re.compile(r"^(\d+)-[a-z0-9_]+\.journal$")
JOURNALS = ".posting-editor-journal"  # beside the first file of a transaction, only while one is under way
# Names of the temp files and journals of this process's transactions under way. The pid in a name
# does not say it is ours: in a container the program has the same pid at every start, so a killed
# run's leftovers carry the pid of the run after it.
_UNDER_WAY: set[str] = set()


class FileChangedError(Worded, RuntimeError):
    """The file on disk is no longer what was loaded; writing would throw away someone's change."""


@dataclass
class Change:
    """A new version of ``path``: ``data`` None removes the file.

    ``expected`` is the digest of what the caller loaded ("" for "must not exist"); None writes
    whatever the file holds now."""

    path: Path
    data: bytes | None
    expected: str | None = None


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ------------------------------------------------------------------------------ locking
@contextmanager
def locked(paths: list[Path]) -> Iterator[None]:
    """Hold the advisory lock of every existing file of ``paths`` (real paths), in one fixed order."""
    with ExitStack() as stack:
        for path in sorted(set(paths)):
            stack.enter_context(_locked(path))
        yield


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    if sys.platform == "win32":
        with _locked_windows(path):
            yield
        return
    import fcntl

    deadline = time.monotonic() + LOCK_TIMEOUT
    while True:
        try:
            # Non-blocking open: a FIFO at the name must not hang the save.
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        except FileNotFoundError:
            yield  # nothing to lock: the file is created with a no-replace link
            return
        except PermissionError:
            yield  # unreadable: reading it for the digest check reports the problem
            return
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise OSError(errno.EINVAL, NOT_REGULAR, str(path))
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise FileChangedError.said("file-being-saved", path=str(path)) from None
                    time.sleep(0.005)
            # The lock is on the file's inode; a writer that got there first replaced it, so the
            # lock must be taken again on the file that now has the name.
            try:
                now = os.stat(path)
            except FileNotFoundError:
                now = None
            mine = os.fstat(fd)
            if now is not None and (now.st_ino, now.st_dev) == (mine.st_ino, mine.st_dev):
                yield
                return
            if now is None:
                yield
                return
        finally:
            os.close(fd)  # also releases the lock


@contextmanager
def _locked_windows(path: Path) -> Iterator[None]:
    # Windows cannot rename over an open file, so the lock is on a file of its own in the temp folder.
    import msvcrt

    name = hashlib.sha256(os.path.normcase(str(path)).encode("utf-8")).hexdigest()[:32]
    folder = Path(tempfile.gettempdir()) / "posting-editor-locks"
    folder.mkdir(exist_ok=True)
    deadline = time.monotonic() + LOCK_TIMEOUT
    with open(folder / f"{name}.lock", "a+b") as handle:
        while True:
            try:
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined,unused-ignore]
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise FileChangedError.said("file-being-saved", path=str(path)) from None
                time.sleep(0.01)
        try:
            yield
        finally:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined,unused-ignore]


# ------------------------------------------------------------------------------ writing
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
                    temps.append(None if change.data is None else _temp_copy(change.path, change.data, info))
                journals = _write_journals(changes, planned, temps) if len(changes) > 1 else []
                _move_in(changes, planned, temps)
            except BaseException as error:
                if getattr(error, "half_done", False) and journals:
                    raise  # a file could not be put back: the journal and temps let the next write finish the change
                # _move_in put back what it had replaced; with its temp files gone, the journal has nothing to finish.
                for temp in temps:
                    if temp is not None:
                        _unlink(temp)
                for journal in journals:
                    _remove_journal(journal)
                raise
            for folder in dict.fromkeys(c.path.parent for c in changes):
                _fsync_folder(folder)
            for journal in journals:
                _remove_journal(journal)
        finally:
            # What is left of it now (a journal a failure left) is for the next write to finish.
            _UNDER_WAY.difference_update(os.path.basename(name) for name in [*temps, *journals] if name is not None)


# What a file held before the write (None: absent) and its stat (its owner and permissions).
_Planned = tuple[bytes | None, os.stat_result | None]


def _prepare(change: Change, *, need_current: bool) -> _Planned:
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


def _new_temp(folder: Path, prefix: str, mode: int = 0o600) -> tuple[int, str]:
    """A new, empty temp file ``folder/prefix<random>.tmp``, known as under way before it exists (an
    index tidying the folder in another thread must never take it for a dead writer's)."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    while True:
        name = f"{prefix}{''.join(secrets.choice(_TEMP_LETTERS) for _ in range(8))}.tmp"
        _UNDER_WAY.add(name)
        try:
            return os.open(folder / name, flags, mode), str(folder / name)
        except FileExistsError:
            _UNDER_WAY.discard(name)
        except BaseException:
            _UNDER_WAY.discard(name)
            raise


_TEMP_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"  # as tempfile's, and as _TEMP expects


def _temp_copy(path: Path, data: bytes, like: os.stat_result | None) -> str:
    """A temp file beside ``path`` holding ``data``, with the owner, group and mode of the file
    it replaces (``like``; None for a new file)."""
    try:
        # A new file's mode is the one the umask gives, applied by the system as it makes the file:
        # reading the umask means setting it, for the whole process, which another thread's write
        # would see (and keep) as 0: files writable by everybody.
        handle, temp = _new_temp(path.parent, f".{path.name}.{os.getpid()}-", 0o600 if like is not None else 0o666)
    except OSError as error:
        raise _naming(error, path) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            if like is not None:
                _same_owner(out.fileno(), like)
                _same_attributes(path, out.fileno())
            os.fsync(out.fileno())
        if like is not None:
            os.chmod(temp, stat.S_IMODE(like.st_mode))  # after the owner: giving a file away clears its set-id bits
    except OSError as error:
        _unlink(temp)
        # A full disk fails the write or the fsync with no file name at all ("Cannot write None").
        raise _naming(error, path) from None
    except BaseException:
        _unlink(temp)
        raise
    return temp


def _same_owner(fd: int, like: os.stat_result) -> None:
    """Give the temp file the replaced file's owner and group, as far as the system lets us.

    The rename puts a file of ours in place of theirs: saved as root (sudo, a container on a
    mounted site), a colleague's posting became root's and they could no longer save it. A user
    who is not root can still keep the group when they belong to it; otherwise the file is theirs,
    as any editor that replaces files leaves it."""
    if not hasattr(os, "fchown"):
        return  # Windows: no owners to keep this way
    mine = os.fstat(fd)
    if (mine.st_uid, mine.st_gid) == (like.st_uid, like.st_gid):
        return
    for uid in (like.st_uid, -1):
        try:
            os.fchown(fd, uid, like.st_gid)
            return
        except OSError:
            continue


def _same_attributes(path: Path, fd: int) -> None:
    """Copy the replaced file's extended attributes to the temp file, as far as the system lets us.

    They hold its access list (system.posix_acl_access: a site shared with a colleague through
    ``setfacl`` kept them from writing it after the first save), a security label, a tag. Before the
    mode: setting the mode afterwards keeps the list's mask as the file had it."""
    if not hasattr(os, "listxattr"):
        return  # only Linux has these functions
    try:
        names = os.listxattr(path)
    except OSError:
        return  # a file system without them
    for name in names:
        try:
            os.setxattr(fd, name, os.getxattr(path, name))
        except OSError:
            continue  # one the system keeps to itself, or one only root may set


def _naming(error: OSError, path: Path) -> OSError:
    """``error`` naming the posting, not a hidden temporary file nobody knows about (or nothing)."""
    return type(error)(error.errno, error.strerror, str(path))


def _write_journals(changes: list[Change], planned: list[_Planned], temps: list[str | None]) -> list[str]:
    """The transaction's journal, one copy in each folder it writes to (a pair's files are in two).

    Whichever folder a reader tidies first must find it: tidying a folder removes the temp files of
    dead writers, so a folder without the journal would lose the temp file the other folder's
    journal still needed, and the pair would stay half written."""
    journals: list[str] = []
    try:
        for folder in dict.fromkeys(change.path.parent for change in changes):
            journals.append(_write_journal(folder, changes, planned, temps))
    except BaseException:
        for journal in journals:
            _remove_journal(journal)
            _UNDER_WAY.discard(os.path.basename(journal))
        raise
    return journals


def _write_journal(folder: Path, changes: list[Change], planned: list[_Planned], temps: list[str | None]) -> str:
    entries = []
    for change, (current, _), temp in zip(changes, planned, temps):
        entries.append({
            "target": os.path.relpath(change.path, folder),
            "temp": None if temp is None else os.path.relpath(temp, folder),
            "before": "" if current is None else digest(current),
            "after": "" if change.data is None else digest(change.data),
        })
    journals = folder / JOURNALS
    journals.mkdir(exist_ok=True)
    try:
        handle, temp = _new_temp(journals, f"{os.getpid()}-")
    except OSError as error:
        _remove_folder(journals)
        raise _naming(error, changes[0].path) from None
    journal = temp.removesuffix(".tmp") + ".journal"
    _UNDER_WAY.add(os.path.basename(journal))
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump({"version": 1, "entries": entries}, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, journal)
    except OSError as error:
        _unlink(temp)
        _remove_folder(journals)  # a failed save leaves nothing behind in the postings folder
        raise _naming(error, changes[0].path) from None
    except BaseException:
        _unlink(temp)
        raise
    finally:
        _UNDER_WAY.discard(os.path.basename(temp))
    _fsync_folder(journals)
    return journal


def _remove_journal(journal: str) -> None:
    _unlink(journal)
    _remove_folder(os.path.dirname(journal))


def _remove_folder(folder: str | Path) -> None:
    try:
        os.rmdir(folder)  # only when no other transaction is under way there
    except OSError:
        pass


def _move_in(changes: list[Change], planned: list[_Planned], temps: list[str | None]) -> None:
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
                    os.replace(_temp_copy(path, old, info), path)
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
    _unlink(temp)


# ------------------------------------------------------------------------------ recovery
def tidy(folder: Path) -> None:
    """Finish interrupted transactions in ``folder`` and remove the temp files of dead writers.

    Lists the whole folder, so it runs once per index of the site, not on every save. Never
    raises: a folder that cannot be listed or changed is left as it is."""
    keep = finish_interrupted(folder)
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        match = _TEMP.match(name) if name.startswith(".") else None  # a site's folders hold thousands of postings
        if match and name not in keep and not _alive(int(match.group(1)), Path(folder) / name):
            _unlink(str(Path(folder) / name))


def finish_interrupted(folder: Path) -> set[str]:
    """Finish the transactions of writers that died between renames (see the module's description).

    Returns the names of temp files that must stay (a transaction that could not be finished yet)."""
    journals = Path(folder) / JOURNALS
    try:
        names = os.listdir(journals)
    except OSError:
        return set()  # the usual case: no transaction under way here
    keep: set[str] = set()
    for name in names:
        match = _JOURNAL.match(name) or _TEMP_IN_JOURNALS.match(name)
        if match is None or _alive(int(match.group(1)), journals / name):
            continue
        if name.endswith(".journal"):
            keep |= _finish(journals / name)
        else:
            _unlink(str(journals / name))  # a journal its writer did not finish writing: nothing was renamed
    try:
        os.rmdir(journals)
    except OSError:
        pass
    return keep


def _alive(pid: int, path: Path) -> bool:
    """Whether the writer that made ``path`` may still be working with it."""
    try:
        age = time.time() - os.lstat(path).st_mtime
    except OSError:
        return True
    if age > STALE_SECONDS:
        return False
    if sys.platform == "win32":
        return age < 3600  # os.kill(pid, 0) would end the process there
    if pid == os.getpid():
        return path.name in _UNDER_WAY
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process
    return True


def _finish(journal: Path) -> set[str]:
    """Complete a journal's renames where the files are still as the writer left them.

    Returns the names of temp files to keep (the journal could not be finished)."""
    folder = journal.parent.parent
    try:
        entries = json.loads(_read_journal(journal))["entries"]
        targets = [Path(os.path.normpath(folder / e["target"])) for e in entries]
        temps = [Path(os.path.normpath(folder / e["temp"])) if e.get("temp") else None for e in entries]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return set()
    if not _journal_stays_inside(folder, targets, temps):
        # A journal comes with the folder, so a shared repository can carry one: it may only ever
        # name postings and our temp files inside this site's content folders, never other files.
        _unlink(str(journal))
        return set()
    try:
        with locked(targets):
            if not journal.exists():
                return set()
            if _given_up(entries, targets, temps):
                for temp in temps:
                    if temp is not None:
                        _unlink(str(temp))
                _remove_journal(str(journal))
                return set()
            for entry, target, temp in zip(entries, targets, temps):
                now = _digest_of(target)
                if now == entry["after"]:
                    pass  # renamed before the writer died
                elif now == entry["before"] and (temp is None or _digest_of(temp) == entry["after"]):
                    if temp is None:
                        os.unlink(target)
                    else:
                        os.replace(temp, target)
                # else: changed by someone since; their version stays.
                if temp is not None:
                    _unlink(str(temp))
                _fsync_folder(target.parent)
            _remove_journal(str(journal))
    except (OSError, FileChangedError):
        return {Path(e.get("temp") or "").name for e in entries}
    return set()


def _given_up(entries: list[dict], targets: list[Path], temps: list[Path | None]) -> bool:
    """Whether the journal's writer died before renaming anything and one of its temp files is gone
    (a reader tidied it away before the journal was in place in that folder): finishing the others
    would change some files of the pair alone, while giving up leaves every file as it was."""
    nothing_renamed = all(_digest_of(target) == entry["before"] for entry, target in zip(entries, targets))
    missing = any(temp is not None and _digest_of(temp) != entry["after"] for entry, temp in zip(entries, temps))
    return nothing_renamed and missing


_JOURNAL_LIMIT = 1 << 20  # a real journal names a few files: a few hundred bytes


def _read_journal(journal: Path) -> str:
    """The journal's text: a regular file only (a pipe would block, /dev/zero never ends), bounded."""
    if not stat.S_ISREG(os.lstat(journal).st_mode):
        raise ValueError("not a regular file")
    fd = os.open(journal, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0))
    try:
        data = os.read(fd, _JOURNAL_LIMIT + 1)
    finally:
        os.close(fd)
    if len(data) > _JOURNAL_LIMIT:
        raise ValueError("too large")
    return data.decode("utf-8")


def _journal_stays_inside(folder: Path, targets: list[Path], temps: list[Path | None]) -> bool:
    """Every target a posting (.md) and every temp one of our temp files, all inside the content
    folders of the site holding ``folder`` (or in ``folder`` itself when it is in no site)."""
    from editor.model.storage.confine import OutsideSiteError, _site_of, check_inside

    if not all(target.suffix.lower() == ".md" for target in targets):
        return False
    if not all(temp is None or _TEMP.match(temp.name) for temp in temps):
        return False
    paths = [*targets, *(temp for temp in temps if temp is not None)]
    site = _site_of(Path(os.path.abspath(folder)))
    if site is None:
        return all(path.parent == Path(os.path.normpath(folder)) for path in paths)
    try:
        for path in paths:
            check_inside(path, site)
    except OutsideSiteError:
        return False
    return True


def _digest_of(path: Path) -> str | None:
    """The file's digest; "" when it does not exist, None when it cannot be read."""
    try:
        with open(path, "rb") as handle:
            return digest(handle.read())
    except FileNotFoundError:
        return ""
    except OSError:
        return None


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _fsync_folder(folder: Path) -> None:
    # The rename is durable only once the folder entry is on disk; not possible on Windows.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
