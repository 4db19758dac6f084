"""The application's log file: ``posting-editor.log`` in the user's log folder, rotating.

Nothing happens at import: the window calls ``setup_logging()`` when it starts (the command
line reports to standard error and needs no file). Errors reach the file with their traceback:
a check or a preview that crashed in the background, an exception nobody caught, and, in the
windowed bundle (which has no console), whatever would have gone to standard error.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

# Lets tests and automation keep the user's own log folder clean.
LOG_DIR_ENV = "POSTING_EDITOR_LOG_DIR"
LOG_NAME = "posting-editor.log"
# A few sessions of errors in each file, and a bounded total (4 files) on disk.
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s"


def log_folder() -> Path:
    """Where the log is written (created on the first message, not here)."""
    if os.environ.get(LOG_DIR_ENV):
        return Path(os.environ[LOG_DIR_ENV])
    from platformdirs import user_log_path

    return user_log_path("posting-editor", appauthor=False)


class _LogFileHandler(logging.handlers.RotatingFileHandler):
    """Marks the handler this module installed, so a second set-up does not add another."""


def setup_logging(folder: Path | None = None) -> Path:
    """Send warnings and errors (and the application's own information) to the rotating log
    file in ``folder`` (``log_folder()`` by default); returns the file's path. Calling it again
    keeps the handler already there."""
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, _LogFileHandler):
            return Path(handler.baseFilename)
    folder = log_folder() if folder is None else folder
    path = folder / LOG_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # delay: the file is created by the first message, so a session without one leaves none.
        handler = _LogFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
    except OSError as error:
        # No writable log folder (read-only home, full disk): the application still runs.
        print(f"posting-editor: cannot write the log in {folder}: {error}", file=sys.stderr)
        return path
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(logging.INFO)
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    # Libraries chatty at INFO (none is today) are kept to warnings; the application's own
    # information (what it did when an error followed) stays.
    logging.getLogger("editor").setLevel(logging.INFO)
    return path


class LogStream:
    """A text stream that writes whole lines to the log: standard error of the windowed bundle,
    which has no console (Python's own messages, warnings, tracebacks printed by libraries)."""

    def __init__(self, logger: str = "stderr", level: int = logging.WARNING) -> None:
        self._logger = logging.getLogger(logger)
        self._level = level
        self._buffer = ""
        self._writing = False  # logging reports its own failures on standard error: no loop

    def write(self, text: str) -> int:
        if self._writing:
            return len(text)
        self._buffer += text
        *lines, self._buffer = self._buffer.split("\n")
        self._writing = True
        try:
            for line in lines:
                if line.strip():
                    self._logger.log(self._level, "%s", line)
        finally:
            self._writing = False
        return len(text)

    def flush(self) -> None:
        if self._buffer.strip():
            self._logger.log(self._level, "%s", self._buffer)
        self._buffer = ""

    def isatty(self) -> bool:
        return False

    def writable(self) -> bool:
        return True


def stderr_to_log() -> None:
    """When there is no standard error (the windowed bundle), send it to the log file instead
    of nowhere. Does nothing when standard error exists."""
    if sys.stderr is None:
        setup_logging()
        sys.stderr = LogStream()
