"""The log file: set up at start (not at import), rotating, errors with their traceback."""

from __future__ import annotations

import logging
import subprocess
import sys

import pytest

from editor import app_log


@pytest.fixture
def clean_root():
    """Take this module's handler off the root logger again after each test."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield root
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
            root.removeHandler(handler)
    root.setLevel(level)


def test_importing_the_application_sets_up_no_log():
    code = ("import logging, editor.app, editor.app_log, editor.cli; "
            "print(len(logging.getLogger().handlers))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "0", result.stderr


def test_errors_reach_the_file_with_their_traceback(tmp_path, clean_root):
    path = app_log.setup_logging(tmp_path / "logs")
    assert path == tmp_path / "logs" / app_log.LOG_NAME
    try:
        {}["missing"]
    except KeyError:
        logging.getLogger("editor.ui.background").error("checking failed", exc_info=True)
    for handler in clean_root.handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "ERROR" in text and "checking failed" in text
    assert "Traceback (most recent call last)" in text and "KeyError: 'missing'" in text


def test_a_second_set_up_keeps_one_handler(tmp_path, clean_root):
    first = app_log.setup_logging(tmp_path)
    count = len(clean_root.handlers)
    assert app_log.setup_logging(tmp_path / "elsewhere") == first
    assert len(clean_root.handlers) == count


def test_the_file_rotates(tmp_path, clean_root, monkeypatch):
    monkeypatch.setattr(app_log, "MAX_BYTES", 2000)
    path = app_log.setup_logging(tmp_path)
    for number in range(200):
        logging.getLogger("editor").warning("message %d %s", number, "x" * 40)
    assert path.exists() and path.stat().st_size <= 2000
    assert sorted(p.name for p in tmp_path.iterdir()) == [app_log.LOG_NAME] + [
        f"{app_log.LOG_NAME}.{n}" for n in range(1, app_log.BACKUPS + 1)]


def test_an_unwritable_folder_is_said_once_and_the_program_goes_on(tmp_path, clean_root, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    app_log.setup_logging(blocker / "logs")
    assert "cannot write the log" in capsys.readouterr().err


def test_without_standard_error_it_goes_to_the_log(tmp_path, clean_root, monkeypatch):
    monkeypatch.setenv(app_log.LOG_DIR_ENV, str(tmp_path))
    monkeypatch.setattr(sys, "stderr", None)
    app_log.stderr_to_log()
    assert isinstance(sys.stderr, app_log.LogStream) and not sys.stderr.isatty()
    print("a warning from a library", file=sys.stderr)
    print("no newline yet", end="", file=sys.stderr)
    sys.stderr.flush()
    for handler in clean_root.handlers:
        handler.flush()
    text = (tmp_path / app_log.LOG_NAME).read_text(encoding="utf-8")
    assert "a warning from a library" in text and "no newline yet" in text
