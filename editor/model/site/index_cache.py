"""A per-site cache of what the index learned from each file, so large sites list quickly.

A row is reused only while the file's size, modification time and inode are unchanged (as git's
index does). Rows for files modified in the last few seconds are not stored, so a change made
within the file system's timestamp resolution can never hide behind a stale row. Anything odd
about the cache file (missing, unreadable, another version or Python, damaged) simply means
starting afresh.

The file is ``marshal`` data behind a header (a mark, the format's version, the Python that
wrote it) and a CRC-32 of the data: a cold ``list`` of thousands of postings wrote JSON in a
tenth of its time, marshal in a hundredth, and reads it back several times faster. marshal is
not meant for data made to harm, so the data is unmarshalled only once its mark, version and
checksum agree (a damaged or foreign file is never read further), and each row is checked for
the shape this module writes before it is used. The CRC is no seal: a file made to harm can
carry a right one, and a few bytes of it can make marshal ask for gigabytes at once (a tuple
claiming 2**31 items: 16 GB touched where memory allows, a MemoryError where not); deep
nesting is refused by marshal itself (ValueError). So whoever can write this folder can cost
memory, as they can run code through the pickles beside it: the folder is trusted, the bytes not. The file lives in the user's own cache folder,
as the other caches of the program (pickles) do.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import struct
import sys
import time
import zlib
from pathlib import Path

from editor.model.storage.files import atomic_write, read_bytes
from editor.model.frontmatter.posting import Summary

ENV_VAR = "POSTING_EDITOR_CACHE_DIR"  # a folder, or "off" to disable caching
# 3: progress counts each file's words in either language; 4: markers and guidance in any case, line
# checksums as numbers; 5: marshal instead of JSON, rows as tuples, front matter of any type marshal keeps;
# 6: the inode change time in each row; 7: the lines of a merge's conflict markers in each summary; 8: progress holds writer's notes and empty bodies;
# 9: a posting saved as UTF-16, or with CRLF line ends and front matter that cannot be read, is its pair's file (both were passed over).
VERSION = 9
_RACY_SECONDS = 3
_MARK = b"posting-editor index\n"
# The mark, the version, the Python (marshal's format may change with it), the data's CRC-32 and length.
_HEADER = struct.Struct("<HBBIQ")
# Far above any real site's cache (about 3 KB a posting): a larger file is not one this module wrote.
_MAX_BYTES = 1 << 30

# A row: (size, modification time in ns, inode, inode change time in ns, translation key, summary),
# the summary None for a file that is not a job posting, else (digest, valid, data, progress, conflicts). The
# change time as git keeps it: `cp -p` or `touch -r` over a file puts an old modification time back
# (and keeps the inode and, often, the size) but cannot set the change time, which is then now.
Row = tuple


def default_cache_folder() -> Path | None:
    configured = os.environ.get(ENV_VAR)
    if configured == "off":
        return None
    if configured:
        return Path(configured)
    import platformdirs

    return Path(platformdirs.user_cache_dir("posting-editor", appauthor=False)) / "index"


def _header(data: bytes) -> bytes:
    return _MARK + _HEADER.pack(VERSION, *sys.version_info[:2], zlib.crc32(data), len(data))


def _unpacked(stored: bytes) -> tuple[str, dict[str, Row]] | None:
    """(context, rows) of a cache file's bytes; None for anything but a whole file this module wrote."""
    start = len(_MARK) + _HEADER.size
    if not stored.startswith(_MARK) or len(stored) < start:
        return None
    version, major, minor, checksum, length = _HEADER.unpack_from(stored, len(_MARK))
    data = memoryview(stored)[start:]
    if (version, major, minor) != (VERSION, *sys.version_info[:2]) or len(data) != length or zlib.crc32(data) != checksum:
        return None
    try:
        loaded = marshal.loads(data)
    except Exception:  # noqa: BLE001 - also MemoryError: a crafted length (the CRC is no seal) asks for gigabytes
        return None
    if not (isinstance(loaded, tuple) and len(loaded) == 2 and isinstance(loaded[0], str) and isinstance(loaded[1], dict)):
        return None
    return loaded[0], loaded[1]


def _summary(row: object) -> Summary | None:
    """The summary a row holds, None when the row is not of the shape :meth:`IndexCache.store` writes."""
    if not (isinstance(row, tuple) and len(row) == 5):
        return None
    digest, valid, data, progress, conflicts = row
    if not (isinstance(digest, str) and isinstance(valid, bool) and isinstance(data, dict)):
        return None
    if progress is not None and not _is_progress(progress):
        return None
    if not (isinstance(conflicts, tuple) and all(isinstance(line, int) for line in conflicts)):
        return None
    return Summary(digest, valid, data, progress, conflicts)


def _is_progress(progress: object) -> bool:
    # What queue.posting_progress makes; pair_progress reads each of these without looking.
    if not isinstance(progress, dict):
        return False
    words = progress.get("words", [0, 0])
    return (isinstance(progress.get("markers"), int) and isinstance(progress.get("placeholders"), int)
            and isinstance(progress.get("lines"), list) and isinstance(words, list) and len(words) == 2
            and all(isinstance(count, int) for count in words) and isinstance(progress.get("notes", 0), int))


class IndexCache:
    def __init__(self, file: Path | None):
        self.file = file
        self._rows: dict[str, Row] = {}
        self._context = ""
        self._changed = False
        if file is not None:
            try:
                # Regular files only, bounded: a FIFO at the name would block, /dev/zero never end.
                stored = read_bytes(file, _MAX_BYTES)
            except OSError:
                return
            found = _unpacked(stored) if len(stored) <= _MAX_BYTES else None
            if found is not None:
                self._context, self._rows = found

    def require_context(self, context: str) -> None:
        """Forget every row when they were made under another ``context`` (say, other templates)."""
        if context != self._context:
            self._rows = {}
            self._context = context
            self._changed = True

    @classmethod
    def for_site(cls, root: Path) -> IndexCache:
        folder = default_cache_folder()
        if folder is None:
            return cls(None)
        return cls(folder / f"{_site_name(root)}.index")

    def lookup(self, path: str, stat: os.stat_result) -> tuple[str | None, Summary | None] | None:
        """(translation key, summary) as stored, ``(None, None)`` for a file known not to be a
        posting, or None when the file is unknown or has changed (or its row is not one this
        module writes)."""
        row = self._rows.get(path)
        if (row is None or not isinstance(row, tuple) or len(row) != 6
                or row[:4] != (stat.st_size, stat.st_mtime_ns, stat.st_ino, stat.st_ctime_ns)):
            return None
        key, summary = row[4], row[5]
        if summary is None:
            return None, None
        found = _summary(summary)
        if found is None or not (key is None or isinstance(key, str)):
            return None
        return key, found

    def store(self, path: str, stat: os.stat_result, key: str | None, summary: Summary | None) -> None:
        if self.file is None or time.time() - stat.st_mtime < _RACY_SECONDS:
            return
        stored = None if summary is None else (summary.digest, summary.valid, summary.data, summary.progress, summary.conflicts)
        self._rows[path] = (stat.st_size, stat.st_mtime_ns, stat.st_ino, stat.st_ctime_ns, key, stored)
        self._changed = True

    def forget_missing(self, present: set[str]) -> None:
        for path in list(self._rows):
            if path not in present:
                del self._rows[path]
                self._changed = True

    def save(self) -> None:
        if self.file is None or not self._changed:
            return
        try:
            data = marshal.dumps((self._context, self._rows))
        except ValueError:
            # A front matter value marshal cannot keep (a date, a subclass of a plain type): those
            # rows are not stored, their files are read each time. Checked row by row only then.
            self._rows = {path: row for path, row in self._rows.items() if _marshals(row)}
            data = marshal.dumps((self._context, self._rows))
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self.file, _header(data) + data)
            # The JSON file that versions up to 4 kept for the same site: never read again.
            if self.file.suffix == ".index":
                self.file.with_suffix(".json").unlink(missing_ok=True)
        except OSError:
            pass  # a cache that cannot be written only costs speed next time
        self._changed = False


def _marshals(row: Row) -> bool:
    try:
        marshal.dumps(row)
    except ValueError:
        return False
    return True


def _site_name(root: Path) -> str:
    return hashlib.sha256(str(root).encode("utf-8", "surrogatepass")).hexdigest()[:20]
