"""The temp files a write makes beside its targets before renaming them into place: made under a name
that carries the writer's process id, known as this process's while under way, and told apart
from a dead writer's leftovers."""

from __future__ import annotations

import os
import re
import secrets
import stat
import sys
import time
from pathlib import Path

from editor.model.storage.kept_attributes import same_attributes, same_owner

STALE_SECONDS = 24 * 3600  # a temp file older than this is orphaned even if its process id was reused
TEMP = re.compile(r"^\..+\.(\d+)-[a-z0-9_]+\.tmp$")
TEMP_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"  # as tempfile's, and as TEMP expects
# Names of the temp files and journals of this process's transactions under way. The pid in a name
# does not say it is ours: in a container the program has the same pid at every start, so a killed
# run's leftovers carry the pid of the run after it.
UNDER_WAY: set[str] = set()


def new_temp(folder: Path, prefix: str, mode: int = 0o600) -> tuple[int, str]:
    """A new, empty temp file ``folder/prefix<random>.tmp``, known as under way before it exists (an
    index tidying the folder in another thread must never take it for a dead writer's)."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    while True:
        name = f"{prefix}{''.join(secrets.choice(TEMP_LETTERS) for _ in range(8))}.tmp"
        UNDER_WAY.add(name)
        try:
            return os.open(folder / name, flags, mode), str(folder / name)
        except FileExistsError:
            UNDER_WAY.discard(name)
        except BaseException:
            UNDER_WAY.discard(name)
            raise


def temp_copy(path: Path, data: bytes, like: os.stat_result | None) -> str:
    """A temp file beside ``path`` holding ``data``, with the owner, group and mode of the file
    it replaces (``like``; None for a new file)."""
    try:
        # A new file's mode is the one the umask gives, applied by the system as it makes the file:
        # reading the umask means setting it, for the whole process, which another thread's write
        # would see (and keep) as 0: files writable by everybody.
        handle, temp = new_temp(path.parent, f".{path.name}.{os.getpid()}-", 0o600 if like is not None else 0o666)
    except OSError as error:
        raise naming(error, path) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            if like is not None:
                same_owner(out.fileno(), like)
                same_attributes(path, out.fileno())
            os.fsync(out.fileno())
        if like is not None:
            os.chmod(temp, stat.S_IMODE(like.st_mode))  # after the owner: giving a file away clears its set-id bits
    except OSError as error:
        unlink(temp)
        # A full disk fails the write or the fsync with no file name at all ("Cannot write None").
        raise naming(error, path) from None
    except BaseException:
        unlink(temp)
        raise
    return temp


def naming(error: OSError, path: Path) -> OSError:
    """``error`` naming the posting, not a hidden temporary file nobody knows about (or nothing)."""
    return type(error)(error.errno, error.strerror, str(path))


def writer_alive(pid: int, path: Path) -> bool:
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
        return path.name in UNDER_WAY
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process
    return True


def unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def fsync_folder(folder: Path) -> None:
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
