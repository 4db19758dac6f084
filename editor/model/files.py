"""Reading and writing posting files without ever leaving a half-written or lost file."""

from __future__ import annotations

from pathlib import Path

from .document import MAX_FILE_BYTES
from .safe_write import Change, FileChangedError, digest, write_files

__all__ = ["Change", "FileChangedError", "atomic_write", "digest", "read_bytes", "write_files"]


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing files too large to be postings before reading them whole."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        # Read just past the cap so the caller reports the size instead of loading it all.
        with path.open("rb") as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    return path.read_bytes()


def atomic_write(path: Path, data: bytes, *, expected_digest: str | None = None) -> None:
    """Replace ``path`` with ``data`` in one step: temp file in the same folder, fsync, rename.

    The file keeps its permissions; a symbolic link is written through, never replaced. With
    ``expected_digest``, the write is refused when the file on disk has changed since it was read
    (or disappeared, or appeared); the check and the rename happen under the file's advisory lock,
    so two writers cannot both pass it. On any failure the original file is left as it was.
    """
    write_files([Change(Path(path), data, expected_digest)])
