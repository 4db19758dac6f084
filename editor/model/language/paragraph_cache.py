"""Results of slow per-paragraph checks kept on disk between runs (Grammalecte's, first of all).

Parsing a French paragraph with Grammalecte takes tens of milliseconds, and a whole-site check
runs it again on every paragraph whenever every pair's findings are invalid (the glossary, the
site dictionary or the translation settings edited, a ``git pull``, an upgrade). The paragraphs
themselves rarely change: this store answers for those already seen, in any site, by any process.

One SQLite file in the user's cache folder, beside the index and findings caches (the folder
:func:`~editor.model.site.index_cache.default_cache_folder` names; ``POSTING_EDITOR_CACHE_DIR=off``
turns it off). SQLite because several processes use it at once (a check's worker processes, two
``check`` runs, the window and the command line): each write is its own short transaction, and a
writer that waits longer than :data:`_BUSY_SECONDS` simply does not store its result.

Rows are keyed on a digest of the paragraph and of a ``namespace`` that names the engine's version
and options, so results of another version or other options are never returned (they age out).
The store is bounded: past ``limit`` rows the least recently used quarter goes. Anything wrong
with the file (not a database, damaged) means deleting it and starting afresh, once per process;
any other failure (locked, read-only, full disk) only means answering "not known". Never a crash:
a cache only ever costs or saves time.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

FILE_NAME = "paragraphs.sqlite3"
SCHEMA = 1  # PRAGMA user_version: another value means the table is dropped and made again
MAX_ROWS = 200_000  # a generated 5,000-posting site has ~27,000 distinct French paragraphs
_BUSY_SECONDS = 2.0
_USED_GRANULARITY = 86_400 * 10**6  # a row's last use (microseconds) is refreshed at most once a day
_REFRESH_BATCH = 256
# SQLite's result codes for a file that is not (or no longer) a usable database.
_BROKEN = frozenset({11, 26})  # SQLITE_CORRUPT, SQLITE_NOTADB
_SQLITE_BUSY = 5

T = TypeVar("T")


def default_file() -> Path | None:
    """Where the store lives, or None when caching is off."""
    from editor.model.site.index_cache import default_cache_folder

    folder = default_cache_folder()
    return None if folder is None else folder / FILE_NAME


class ParagraphCache:
    """``text -> JSON value`` under one ``namespace``, in ``file`` (None: remembers nothing)."""

    def __init__(self, file: Path | None, namespace: str, *, limit: int = MAX_ROWS):
        self.file = file
        self.namespace = namespace.encode("utf-8", "surrogatepass") + b"\0"
        self.limit = limit
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._pid = 0
        self._rebuilt = False
        self._inserted = 0
        self._refresh: list[bytes] = []
        # Connections made before a fork: SQLite forbids using them in the child, closing
        # included (a close may checkpoint the parent's log), so the child keeps them unused.
        self._inherited: list[sqlite3.Connection] = []

    def key(self, text: str) -> bytes:
        return hashlib.blake2b(self.namespace + text.encode("utf-8", "surrogatepass"), digest_size=16).digest()

    def get(self, text: str) -> object:
        """What was stored for ``text``, or None when nothing was (or the store cannot answer)."""
        if self.file is None:
            return None
        key = self.key(text)
        with self._lock:
            row: Any = self._run(lambda db: db.execute("SELECT value, used FROM results WHERE key = ?", (key,)).fetchone())
            if not row:
                return None
            try:
                value: object = json.loads(row[0])
            except (TypeError, ValueError, RecursionError):
                return None
            if not isinstance(row[1], int) or row[1] < _now() - _USED_GRANULARITY:
                self._refresh.append(key)
                if len(self._refresh) >= _REFRESH_BATCH:
                    self._flush_refresh()
            return value

    def put(self, text: str, value: object) -> None:
        """Store ``value`` (made of JSON's types) for ``text``."""
        if self.file is None:
            return
        key = self.key(text)
        data = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        with self._lock:
            def insert(db: sqlite3.Connection) -> bool:
                with db:
                    db.execute("INSERT OR REPLACE INTO results (key, value, used) VALUES (?, ?, ?)",
                               (key, data, _now()))
                return True

            if self._run(insert):
                self._inserted += 1
                if self._inserted % max(1, self.limit // 20) == 1:
                    self._run(self._evict)

    def close(self) -> None:
        with self._lock:
            self._flush_refresh()
            if self._connection is not None and self._pid == os.getpid():
                self._connection.close()
            self._connection = None

    def _flush_refresh(self) -> None:
        keys, self._refresh = self._refresh, []
        if keys:
            now = _now()

            def refresh(db: sqlite3.Connection) -> bool:
                with db:
                    db.executemany("UPDATE results SET used = ? WHERE key = ?", [(now, key) for key in keys])
                return True

            self._run(refresh)  # lost when the store is busy: only the order of eviction suffers

    def _evict(self, db: sqlite3.Connection) -> bool:
        (count,) = db.execute("SELECT count(*) FROM results").fetchone()
        if count > self.limit:
            with db:
                db.execute("DELETE FROM results WHERE key IN (SELECT key FROM results ORDER BY used LIMIT ?)",
                           (count - self.limit * 3 // 4,))
        return True

    def _run(self, operation: Callable[[sqlite3.Connection], T]) -> T | None:
        """``operation(connection)``, or None when the store cannot be used. A damaged file is
        deleted and made again, once per process."""
        for _attempt in range(2):
            db = self._connect()
            if db is None:
                return None
            try:
                return operation(db)
            except sqlite3.DatabaseError as error:
                if getattr(error, "sqlite_errorcode", None) not in _BROKEN or self._rebuilt:
                    return None  # busy, locked, read-only, full: this answer is lost, nothing else
                self._rebuild()
            except (OSError, MemoryError, OverflowError):
                return None
        return None

    def _connect(self) -> sqlite3.Connection | None:
        if self.file is None:
            return None
        if self._connection is not None and self._pid != os.getpid():
            self._inherited.append(self._connection)
            self._connection, self._inserted, self._refresh = None, 0, []
        if self._connection is None:
            try:
                self.file.parent.mkdir(parents=True, exist_ok=True)
                self._connection = _open(self.file)
            except sqlite3.DatabaseError as error:
                if getattr(error, "sqlite_errorcode", None) not in _BROKEN or self._rebuilt:
                    return None
                self._rebuild()
                try:
                    self._connection = _open(self.file)
                except (sqlite3.DatabaseError, OSError):
                    return None
            except OSError:
                return None
            self._pid = os.getpid()
        return self._connection

    def _rebuild(self) -> None:
        self._rebuilt = True
        if self._connection is not None:
            try:
                self._connection.close()
            except sqlite3.Error:
                pass
            self._connection = None
        assert self.file is not None
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                os.unlink(f"{self.file}{suffix}")
            except OSError:
                pass


def _now() -> int:
    """Microseconds: rows written within a second of each other are still in order for eviction."""
    return time.time_ns() // 1000


def _open(file: Path) -> sqlite3.Connection:
    """A connection to the store, waiting up to :data:`_BUSY_SECONDS` for other processes.

    Two processes opening a new store at the same moment both switch it to WAL, and SQLite answers
    one of them "database is locked" at once, without waiting its busy timeout (two writers started
    together on a loaded machine lost a write that way, and the store's promise is to wait). So a
    busy answer while opening means trying again, until the same bound a write waits."""
    deadline = time.monotonic() + _BUSY_SECONDS
    pause = 0.001
    while True:
        try:
            return _open_once(file)
        except sqlite3.OperationalError as error:
            if getattr(error, "sqlite_errorcode", 0) & 0xFF != _SQLITE_BUSY or time.monotonic() + pause > deadline:
                raise
        _pause(pause)
        pause = min(pause * 2, 0.05)


def _pause(seconds: float) -> None:
    time.sleep(seconds)


def _open_once(file: Path) -> sqlite3.Connection:
    # isolation_level None: no implicit transactions; each write opens and commits its own.
    db = sqlite3.connect(file, timeout=_BUSY_SECONDS, isolation_level=None, check_same_thread=False)
    try:
        # WAL: readers never wait for a writer. NORMAL: no fsync per commit, still never damaged.
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        (version,) = db.execute("PRAGMA user_version").fetchone()
        if version != SCHEMA:
            with db:
                db.execute("BEGIN IMMEDIATE")  # two processes making the table: one at a time
                (version,) = db.execute("PRAGMA user_version").fetchone()
                if version != SCHEMA:
                    db.execute("DROP TABLE IF EXISTS results")
                    db.execute("CREATE TABLE results (key BLOB PRIMARY KEY, value TEXT NOT NULL, "
                               "used INTEGER NOT NULL) WITHOUT ROWID")
                    db.execute("CREATE INDEX results_used ON results (used)")
                    db.execute(f"PRAGMA user_version = {SCHEMA}")
    except BaseException:
        db.close()
        raise
    return db
