"""Reading and writing posting files without ever leaving a half-written or lost file."""

from __future__ import annotations

import errno
import os
import stat
import time
import unicodedata
from pathlib import Path

from editor.model.frontmatter.document import MAX_FILE_BYTES
from editor.model.storage.changes import Change, FileChangedError, digest
from editor.model.storage.safe_write import write_files

__all__ = ["XLIFF_SUFFIXES", "Change", "FileChangedError", "NotRegularFileError", "atomic_write", "digest", "file_kind",
           "name_alike",
           "of_another_kind", "read_bytes", "read_text", "resolved", "write_files"]


class NotRegularFileError(OSError):
    """A pipe, device, socket or folder where a file was expected: reading it could block
    forever or never end, so it is never opened for reading."""


# Opening a pipe for reading waits for a writer unless non-blocking; O_NOCTTY keeps a terminal
# device from becoming ours. Neither changes how a regular file reads. (Both absent on Windows.)
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


def file_kind(path: Path | str) -> str:
    """What is at ``path``, links followed, without opening it (a pipe would wait for a writer):
    "file" (a regular one), "folder", "pipe", "device", "socket", "link-to-nothing", "link-loop" (links
    leading back to themselves), "missing"; or,
    when what is there cannot be looked at, "forbidden" (a folder on the way may not be searched:
    the file may well be there) or "unreachable" (any other reason, a name too long, a disk error)."""
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return "link-to-nothing" if os.path.islink(path) else "missing"
    except PermissionError:
        return "forbidden"
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "link-loop"
        return "link-to-nothing" if os.path.islink(path) else "unreachable"
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "pipe"
    return "socket" if stat.S_ISSOCK(mode) else "device"


def read_bytes(path: Path, limit: int | None = MAX_FILE_BYTES, *, known: os.stat_result | None = None) -> bytes:
    """The bytes of a regular file (symbolic links followed), at most ``limit + 1`` of them so
    that the caller can tell the file is too large without it ever being read whole.

    The size the file system reports is not trusted: reading stops at the limit whatever it says.
    Raises :class:`NotRegularFileError` for anything but a regular file, OSError otherwise.
    ``known``: ``os.stat(path)`` as the caller just took it (a site's index stats every file
    first), so that it is not taken again; the file opened is still checked to be a regular one.
    """
    if not stat.S_ISREG((known if known is not None else os.stat(path)).st_mode):
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


def read_text(path: Path, limit: int = MAX_FILE_BYTES) -> str:
    """A small UTF-8 text file of the site (a template, a list of words): regular files only, refused
    past ``limit`` bytes with an OSError, so a hostile repository cannot hang or flood a reader."""
    data = read_bytes(Path(path), limit)
    if len(data) > limit:
        raise OSError(errno.EFBIG, f"larger than {limit // 1024} KB", str(path))
    return data.decode("utf-8").removeprefix("\ufeff")


def resolved(path: str | os.PathLike[str]) -> Path:
    """``Path(path).resolve()``; the absolute path instead when its links loop (before Python
    3.13, resolve() raises RuntimeError for a loop, which a shared repository can carry)."""
    try:
        return Path(path).resolve()
    except (RuntimeError, OSError):
        return Path(os.path.abspath(path))


def atomic_write(path: Path, data: bytes, *, expected_digest: str | None = None) -> None:
    """Replace ``path`` with ``data`` in one step: temp file in the same folder, fsync, rename.

    The file keeps its permissions; a symbolic link is written through, never replaced. With
    ``expected_digest``, the write is refused when the file on disk has changed since it was read
    (or disappeared, or appeared); the check and the rename happen under the file's advisory lock,
    so two writers cannot both pass it. On any failure the original file is left as it was.
    """
    write_files([Change(Path(path), data, expected_digest)])


def of_another_kind(path: Path | str, suffixes: tuple[str, ...]) -> bool:
    """Whether writing an export at ``path`` would replace a file that is not one of its kind: an
    existing file whose name, or that of the file a link there leads to, does not end in one of
    ``suffixes`` (".xlf", …). A mistyped or completed name must not turn a posting, the glossary or
    the site's configuration into an export. A new name, or a folder (refused by the write), is not."""
    path = Path(path)
    if not os.path.lexists(path) or path.is_dir():
        return False
    return not all(name.suffix.lower() in suffixes for name in (path, Path(os.path.realpath(path))))


XLIFF_SUFFIXES = (".xlf", ".xliff", ".xml")  # what an XLIFF file is called


def name_alike(path: Path) -> Path | None:
    """The file (or link) of ``path``'s folder whose name is ``path``'s, or differs from it only in
    Unicode form or case; None when there is none.

    Linux takes "é" written as one character (NFC) and as "e" and an accent (NFD, as a Mac writes
    names) for two names, and "A" and "a" too; macOS and Windows take each for one. A new posting
    named like an existing one would be one of two files in git, and a colleague's clone on those
    systems would keep only one of them."""
    path = Path(path)
    if os.path.lexists(path):
        return path
    name = _names_by_key(path.parent).get(_name_key(path.name))
    return None if name is None else path.parent / name


# The last folders' names by their key: an export looks up every new file of a folder of thousands
# in turn. A folder's modification time changes whenever a name is added or removed, but only from
# one tick of its file system's clock to the next: a second or two on FAT and some network mounts, a
# few milliseconds elsewhere (the kernel's coarse clock). A name added in the tick the listing was
# taken in leaves the time as it was, so a listing is kept only when taken a whole tick after the
# folder last changed (git's "racy" index entries, the same way); a newer one is taken again.
_LISTINGS: dict[str, tuple[tuple[int, int, int], dict[str, str]]] = {}
_COARSE_TICK_NS = 2_000_000_000  # times kept in whole seconds: FAT keeps them in two
_FINE_TICK_NS = 50_000_000  # finer times still come from a clock that moves every few milliseconds


def _names_by_key(folder: Path) -> dict[str, str]:
    try:
        taken = time.time_ns()  # before the stat: what changes after it moves the folder's time
        info = os.stat(folder)
        stamp = (info.st_ino, info.st_dev, info.st_mtime_ns)
        kept = _LISTINGS.get(str(folder))
        if kept is not None and kept[0] == stamp:
            return kept[1]
        names = {_name_key(name): name for name in os.listdir(folder)}
    except OSError:
        return {}
    tick = _COARSE_TICK_NS if info.st_mtime_ns % 1_000_000_000 == 0 else _FINE_TICK_NS
    # A folder time ahead of this clock (another machine's, on a network mount) is never settled.
    if taken - info.st_mtime_ns > tick:
        if len(_LISTINGS) >= 8:
            _LISTINGS.pop(next(iter(_LISTINGS)))
        _LISTINGS[str(folder)] = (stamp, names)
    else:
        _LISTINGS.pop(str(folder), None)
    return names


def _name_key(name: str) -> str:
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())
