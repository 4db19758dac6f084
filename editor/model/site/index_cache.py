"""A per-site cache of what the index learned from each file, so large sites list quickly.

A row is reused only while the file's size, modification time and inode are unchanged (as git's
index does). Rows for files modified in the last few seconds are not stored, so a change made
within the file system's timestamp resolution can never hide behind a stale row. Anything odd
about the cache file (missing, unreadable, another version) simply means starting afresh.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

from editor.model.storage.files import atomic_write
from editor.model.frontmatter.posting import Summary

ENV_VAR = "POSTING_EDITOR_CACHE_DIR"  # a folder, or "off" to disable caching
VERSION = 4  # 3: progress counts each file's words in either language; 4: markers and guidance in any case, line checksums as numbers
_RACY_SECONDS = 3


def default_cache_folder() -> Path | None:
    configured = os.environ.get(ENV_VAR)
    if configured == "off":
        return None
    if configured:
        return Path(configured)
    import platformdirs

    return Path(platformdirs.user_cache_dir("posting-editor", appauthor=False)) / "index"


def _json_native(value: object) -> bool:
    if value is None or isinstance(value, (str, bool, int, float)):
        return True
    if isinstance(value, list):
        return all(_json_native(item) for item in value)
    if isinstance(value, dict):
        return all(isinstance(key, str) and _json_native(item) for key, item in value.items())
    return False


class IndexCache:
    def __init__(self, file: Path | None):
        self.file = file
        self._rows: dict[str, list] = {}
        self._context = ""
        self._changed = False
        if file is not None:
            try:
                stored = json.loads(file.read_text(encoding="utf-8"))
                if stored.get("version") == VERSION and isinstance(stored.get("rows"), dict):
                    self._rows = stored["rows"]
                    self._context = str(stored.get("context", ""))
            except (OSError, ValueError, AttributeError, RecursionError):
                self._rows = {}

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
        name = hashlib.sha256(str(root).encode("utf-8", "surrogatepass")).hexdigest()[:20]
        return cls(folder / f"{name}.json")

    @staticmethod
    def _stamp(stat: os.stat_result) -> list:
        return [stat.st_size, stat.st_mtime_ns, stat.st_ino]

    def lookup(self, path: str, stat: os.stat_result) -> tuple[str | None, Summary | None] | None:
        """(translation key, summary) as stored, ``(None, None)`` for a file known not to be a
        posting, or None when the file is unknown or has changed."""
        row = self._rows.get(path)
        if row is None or row[0] != self._stamp(stat):
            return None
        _, key, summary = row
        if summary is None:
            return None, None
        return key, Summary(summary["digest"], summary["valid"], summary["data"], summary.get("progress"))

    def store(self, path: str, stat: os.stat_result, key: str | None, summary: Summary | None) -> None:
        if self.file is None or time.time() - stat.st_mtime < _RACY_SECONDS:
            return
        if summary is not None and not _json_native(summary.data):
            return  # dates and other YAML types: not stored, read from the file each time
        stored = None if summary is None else {"digest": summary.digest, "valid": summary.valid, "data": summary.data,
                                               "progress": summary.progress}
        self._rows[path] = [self._stamp(stat), key, stored]
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
            self.file.parent.mkdir(parents=True, exist_ok=True)
            data = json.dumps({"version": VERSION, "context": self._context, "rows": self._rows}, ensure_ascii=False,
                              separators=(",", ":"))
            atomic_write(self.file, data.encode("utf-8"))
        except OSError:
            pass  # a cache that cannot be written only costs speed next time
        self._changed = False
