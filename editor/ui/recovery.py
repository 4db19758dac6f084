"""Unsaved edits kept beside the application, so that a crash loses seconds, not work.

One JSON file per open pair in the recovery folder. The posting files themselves are
never touched from here: a recovery file holds the whole text of each edited posting
and is written atomically, so a kill during a write leaves the previous copy intact.
Pure Python (no Qt), so it is cheap to test and to call from anywhere.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path

from editor.model.storage.files import atomic_write, digest, read_bytes
from editor.model.storage.pair_journal import tidy

FORMAT_VERSION = 1
APP_NAME = "posting-editor"
# Unsaved postings are drafts nobody else on the machine should read: private folder, private files.
FOLDER_MODE = 0o700
FILE_MODE = 0o600


def default_recovery_dir() -> Path:
    """``<user data dir>/recovery``; platformdirs is imported late to keep start-up lean."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "recovery"


@dataclass
class RecoveryEntry:
    """What a recovery file says: which pair, when, and the full text of each edited file."""

    file: Path | None  # the recovery file; None until it is written
    site_root: Path
    key: str
    saved_at: float
    pid: int
    texts: dict[str, str] = field(default_factory=dict)  # language -> whole file text
    paths: dict[str, Path] = field(default_factory=dict)  # language -> posting file
    base_digests: dict[str, str] = field(default_factory=dict)  # disk digest the edits started from
    # The whole text the edits started from (for combining them with a file changed since the crash);
    # absent from files of earlier versions, and for a file that is not UTF-8 text.
    bases: dict[str, str] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    # Which run of the editor wrote it: a pid is used again after a reboot, and in a container the
    # editor may have the same pid at every start. "" in files of earlier versions.
    session: str = ""

    def title(self, lang: str) -> str:
        for candidate in (lang, "en", "fr"):
            if self.titles.get(candidate):
                return self.titles[candidate]
        return self.key

    def base(self, lang: str) -> bytes | None:
        """The bytes ``lang``'s edits started from, when the file holds them and they are the ones
        its digest names (else None: not known)."""
        text = self.bases.get(lang)
        if text is None:
            return None
        data = text.encode("utf-8")
        return data if digest(data) == self.base_digests.get(lang) else None

    def disk_changed_since(self) -> list[str]:
        """Languages whose file on disk is no longer what the edits started from."""
        changed = []
        for lang, path in self.paths.items():
            try:
                now = digest(read_bytes(path))
            except OSError:
                now = ""
            if now != self.base_digests.get(lang, now):
                changed.append(lang)
        return changed


def recovery_file_name(site_root: Path, key: str, pid: int | None = None, session: str = "") -> str:
    """One file per pair and run of the editor: a later session never overwrites what a crashed one
    left, even when it has the crashed one's pid."""
    token = hashlib.sha256(f"{Path(site_root).resolve()}\0{key}".encode()).hexdigest()[:20]
    run = f"{os.getpid() if pid is None else pid}" + (f"-{session}" if session else "")
    return f"pair-{token}-{run}.json"


_SESSION: tuple[int, str] | None = None
_SESSION_FORMAT = re.compile(r"[0-9a-f]{8,32}")
_held: dict[tuple[int, str], int] = {}  # (pid, recovery folder) -> this run's locked file, open until it ends


def session_id() -> str:
    """This run's id; a forked child is a run of its own."""
    global _SESSION
    if _SESSION is None or _SESSION[0] != os.getpid():
        _SESSION = (os.getpid(), secrets.token_hex(6))
    return _SESSION[1]


def _session_lock(folder: Path, pid: int, session: str) -> Path:
    return folder / f"session-{pid}-{session}.lock"


def hold_session(folder: Path, pid: int, session: str) -> int:
    """Lock the file saying that session ``pid``/``session`` is running; the lock lasts as long as the
    returned descriptor is open, which the system ends with the process however it ends."""
    import fcntl

    path = _session_lock(folder, pid, session)
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), FILE_MODE)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            mine, named = os.fstat(fd), os.stat(path)
        except FileNotFoundError:
            named = None
        except OSError:
            os.close(fd)
            raise
        if named is not None and (named.st_ino, named.st_dev) == (mine.st_ino, mine.st_dev):
            return fd
        # A listing took the file for a dead session's between its creation and the lock, and removed it.
        os.close(fd)


def _hold_own_session(folder: Path) -> None:
    key = (os.getpid(), str(folder))  # a forked child shares its parent's lock: it takes its own
    if os.name == "nt" or key in _held:
        return
    try:
        _held[key] = hold_session(folder, os.getpid(), session_id())
    except OSError:
        pass  # the autosave itself says what is wrong with the folder


def _session_alive(folder: Path, pid: int, session: str) -> bool:
    """Whether the run that wrote an entry still holds its lock (is running)."""
    if os.name == "nt":
        return _process_alive(pid)
    import fcntl

    try:
        fd = os.open(_session_lock(folder, pid, session), os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        return False
    except OSError:
        return _process_alive(pid)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return _process_alive(pid)
    finally:
        os.close(fd)  # also releases a lock taken here
    return False


def secure_folder(folder: Path) -> None:
    """Make ``folder`` (created when missing) and the recovery files in it private to the user.

    Also repairs folders and files left readable by earlier versions. On Windows, where chmod
    only sets the read-only flag, the folder's privacy comes from the user's profile folder.
    """
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    if os.name == "nt":
        return
    _chmod(folder, FOLDER_MODE)
    for path in folder.glob("pair-*.json"):
        _chmod(path, FILE_MODE)


def _chmod(path: Path, mode: int) -> None:
    try:
        if not path.is_symlink() and stat.S_IMODE(path.stat().st_mode) != mode:
            path.chmod(mode)
    except OSError:
        pass  # another user's folder or a vanished file: nothing this session can repair


def write_entry(folder: Path, entry: RecoveryEntry) -> Path:
    """Write ``entry`` atomically into ``folder`` (created when missing); returns its path."""
    if not folder.is_dir() or (os.name != "nt" and stat.S_IMODE(folder.stat().st_mode) != FOLDER_MODE):
        secure_folder(folder)
    if entry.session and entry.session == session_id() and entry.pid == os.getpid():
        _hold_own_session(folder)  # before the file exists: no one may take it for a crash's
    target = folder / recovery_file_name(entry.site_root, entry.key, entry.pid, entry.session)
    payload = {
        "version": FORMAT_VERSION,
        "site": str(entry.site_root),
        "key": entry.key,
        "saved_at": entry.saved_at,
        "pid": entry.pid,
        "session": entry.session,
        "files": {
            lang: {"path": str(entry.paths[lang]), "text": text,
                   "base_digest": entry.base_digests.get(lang, ""), "title": entry.titles.get(lang, ""),
                   **({"base": entry.bases[lang]} if lang in entry.bases else {})}
            for lang, text in entry.texts.items()
        },
    }
    # The folder is private, so the moment the new file has the umask's mode is no exposure.
    atomic_write(target, json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8"))
    if os.name != "nt":
        _chmod(target, FILE_MODE)
    entry.file = target
    return target


def read_entry(path: Path) -> RecoveryEntry | None:
    """The entry stored in ``path``; None when the file is unreadable or of another format."""
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
        if payload.get("version") != FORMAT_VERSION:
            return None
        files = payload["files"]
        return RecoveryEntry(
            file=path,
            site_root=Path(payload["site"]),
            key=str(payload["key"]),
            saved_at=float(payload.get("saved_at", 0.0)),
            pid=int(payload.get("pid", 0)),
            texts={lang: str(item["text"]) for lang, item in files.items()},
            paths={lang: Path(item["path"]) for lang, item in files.items()},
            base_digests={lang: str(item.get("base_digest", "")) for lang, item in files.items()},
            bases={lang: item["base"] for lang, item in files.items() if isinstance(item.get("base"), str)},
            titles={lang: str(item.get("title", "")) for lang, item in files.items()},
            session=session if _SESSION_FORMAT.fullmatch(session := str(payload.get("session", ""))) else "",
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def list_entries(folder: Path) -> list[RecoveryEntry]:
    """Recoverable pairs in ``folder``, newest first.

    Entries written by another running instance of the editor are left out: they are that
    instance's live autosaves, not the remains of a crash.
    """
    if not folder.is_dir():
        return []
    secure_folder(folder)  # listing happens at start-up: the moment to repair older, readable ones
    tidy(folder)  # the temp files of autosaves killed half-way (drafts nobody would ever find)
    entries = []
    for path in sorted(folder.glob("pair-*.json")):
        entry = read_entry(path)
        if entry is None or not entry.texts:
            continue
        if _live_elsewhere(folder, entry):
            continue
        entries.append(entry)
    _remove_dead_locks(folder, entries)
    return sorted(entries, key=lambda e: e.saved_at, reverse=True)


def _live_elsewhere(folder: Path, entry: RecoveryEntry) -> bool:
    """Whether another running editor wrote ``entry`` (its live autosave, not a crash's remains)."""
    if not entry.session:  # written by an earlier version: only the pid tells
        return entry.pid != os.getpid() and _process_alive(entry.pid)
    if entry.pid == os.getpid() and entry.session == session_id():
        return False  # this session's own
    return _session_alive(folder, entry.pid, entry.session)


def _remove_dead_locks(folder: Path, entries: list[RecoveryEntry]) -> None:
    """Remove the lock files of ended sessions that left nothing to recover."""
    if os.name == "nt":
        return
    kept = {(entry.pid, entry.session) for entry in entries}
    for lock in folder.glob("session-*.lock"):
        match = re.fullmatch(r"session-(\d+)-([0-9a-f]+)\.lock", lock.name)
        if match is None:
            continue
        pid, session = int(match.group(1)), match.group(2)
        if (pid, session) not in kept and not (pid == os.getpid() and session == session_id()):
            _remove_if_unlocked(lock)


def _remove_if_unlocked(lock: Path) -> None:
    """Remove a session's lock file unless its session holds it. Removed while locked here, so that
    a session starting at that moment finds its file gone once it gets the lock, and makes another."""
    import fcntl

    try:
        fd = os.open(lock, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        lock.unlink()
    except OSError:
        pass  # held: the session is running
    finally:
        os.close(fd)


def remove_entry(path: Path | None) -> None:
    if path is not None:
        try:
            Path(path).unlink()
        except FileNotFoundError:
            pass


_ENTRY_NAME = re.compile(r"pair-[0-9a-f]{20}-(\d+)-([0-9a-f]{8,32})\.json")


def remove_consumed(path: Path | None) -> None:
    """Remove a crash's recovery file whose edits were restored or discarded, and with the last of
    its session's files that session's lock. Only those: a lock its session holds (running) stays,
    and this session's own is never touched."""
    remove_entry(path)
    if path is None or os.name == "nt":
        return
    path = Path(path)
    match = _ENTRY_NAME.fullmatch(path.name)
    if match is None:  # an earlier version's file: its session left no lock
        return
    pid, session = int(match.group(1)), match.group(2)
    if pid == os.getpid() and session == session_id():
        return
    if any(path.parent.glob(f"pair-*-{pid}-{session}.json")):
        return  # still something of that session to offer: the lock says whether it runs
    _remove_if_unlocked(_session_lock(path.parent, pid, session))


def now() -> float:
    return time.time()


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":
        # No cheap, reliable check without extra dependencies; a crash there leaves a
        # file whose pid is almost never reused while the user looks at the offer.
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
