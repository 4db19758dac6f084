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


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing files too large to be postings before reading them whole."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        # Read just past the cap so the caller reports the size instead of loading it all.
        with path.open("rb") as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    return path.read_bytes()


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
        current = path.read_bytes()
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
