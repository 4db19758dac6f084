"""Reading and writing posting files without ever leaving a half-written or lost file."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import tempfile
from pathlib import Path

from .document import MAX_FILE_BYTES


class FileChangedError(RuntimeError):
    """The file on disk is no longer what was loaded; writing would throw away someone's change."""


class NotRegularFileError(OSError):
    """A pipe, device, socket or folder where a file was expected: reading it could block
    forever or never end, so it is never opened for reading."""


# Opening a pipe for reading waits for a writer unless non-blocking; O_NOCTTY keeps a terminal
# device from becoming ours. Neither changes how a regular file reads. (Both absent on Windows.)
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


def read_bytes(path: Path, limit: int | None = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file (symbolic links followed), at most ``limit + 1`` of them so
    that the caller can tell the file is too large without it ever being read whole.

    The size the file system reports is not trusted: reading stops at the limit whatever it says.
    Raises :class:`NotRegularFileError` for anything but a regular file, OSError otherwise.
    """
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise NotRegularFileError(errno.EINVAL, _NOT_REGULAR, str(path))
    fd = os.open(path, _READ_FLAGS)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # replaced between the two looks
            raise NotRegularFileError(errno.EINVAL, _NOT_REGULAR, str(path))
        chunks: list[bytes] = []
        total = 0
        while limit is None or total <= limit:
            chunk = os.read(fd, 1 << 20 if limit is None else min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


_NOT_REGULAR = "not a regular file (a pipe, a device or a folder); only regular files are read"


def resolved(path) -> Path:
    """``Path(path).resolve()``; the absolute path instead when its links loop (before Python
    3.13, resolve() raises RuntimeError for a loop, which a shared repository can carry)."""
    try:
        return Path(path).resolve()
    except (RuntimeError, OSError):
        return Path(os.path.abspath(path))


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def atomic_write(path: Path, data: bytes, *, expected_digest: str | None = None) -> None:
    """Replace ``path`` with ``data`` in one step: temp file in the same folder, fsync, rename.

    The file keeps its permissions. With ``expected_digest``, the write is refused when the file
    on disk has changed since it was read (or disappeared, or appeared). On any failure the
    original file is left as it was and the temp file is removed.
    """
    # Write through a symbolic link to the file it points to, never replacing the link itself.
    path = Path(os.path.realpath(path))
    try:
        current = read_bytes(path, limit=None)
    except FileNotFoundError:
        current = None
    if expected_digest is not None:
        now = digest(current) if current is not None else ""
        if now != expected_digest:
            raise FileChangedError(f"{path} was changed by another program since it was opened.")
    mode = stat.S_IMODE(path.stat().st_mode) if current is not None else None
    if current is not None and not os.access(path, os.W_OK):
        # The rename would go through, but a read-only file is the owner saying "don't change".
        raise PermissionError(errno.EACCES, "Permission denied (the file is read-only)", str(path))
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        # Name the posting, not the hidden temporary file nobody knows about.
        raise type(error)(error.errno, error.strerror, str(path)) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if mode is not None:
            os.chmod(temp_name, mode)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp_name, 0o666 & ~umask)
        os.replace(temp_name, path)
    except BaseException:
        try:
            os.unlink(temp_name)
        except FileNotFoundError:
            pass
        raise
    _fsync_folder(path.parent)


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
