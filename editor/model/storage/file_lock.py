"""The advisory lock every writer of this program takes on a file before replacing it, so that two
saves of the same file never interleave (another program's writes are caught by the digest check)."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from editor.model.storage.changes import FileChangedError
from editor.model.storage.reasons import NOT_REGULAR

LOCK_TIMEOUT = 10.0  # seconds to wait for another writer of the same file; a save takes milliseconds


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
