"""Uncaught exceptions in the window: to the log with their traceback, and to a dialog."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtWidgets import QWidget

from editor.ui.crash_reporter import CrashReporter


@pytest.fixture
def reporter(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    made = CrashReporter(window)
    made.install()
    yield made
    made.uninstall()
    if made.showing() is not None:
        made.showing().close()


def test_an_uncaught_exception_is_logged_and_shown(reporter, qtbot, caplog):
    try:
        raise ValueError("a slot broke")
    except ValueError:
        with caplog.at_level(logging.ERROR, logger="editor.crash"):
            sys.excepthook(*sys.exc_info())
    record = next(r for r in caplog.records if r.name == "editor.crash")
    assert record.exc_info[0] is ValueError
    box = reporter.showing()
    assert box is not None and box.isVisible()
    assert "ValueError: a slot broke" in box.detailedText()
    assert box.findChild(object, "crashReport.openLog") is not None


def test_an_exception_in_a_thread_is_shown_by_the_ui_thread(reporter, qtbot, caplog):
    def work():
        raise RuntimeError("a worker broke")

    with caplog.at_level(logging.ERROR, logger="editor.crash"):
        thread = threading.Thread(target=work, name="worker")
        thread.start()
        thread.join(5)
        qtbot.waitUntil(lambda: reporter.showing() is not None, timeout=5000)
    assert "RuntimeError: a worker broke" in reporter.showing().detailedText()
    assert any("worker" in r.getMessage() for r in caplog.records if r.name == "editor.crash")


def test_a_burst_of_errors_opens_one_dialog(reporter, qtbot, qapp):
    for _ in range(3):
        try:
            raise KeyError("again")
        except KeyError:
            sys.excepthook(*sys.exc_info())
    boxes = [w for w in qapp.topLevelWidgets() if w.objectName() == "crashReport" and w.isVisible()]
    assert len(boxes) == 1


def test_uninstall_puts_the_previous_hooks_back(qtbot):
    before = (sys.excepthook, threading.excepthook)
    reporter = CrashReporter()
    reporter.install()
    assert sys.excepthook != before[0]
    reporter.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_the_window_start_sets_up_the_log_and_the_hooks(tmp_path, window_server):
    """In a program of its own (forked from the warm window server: app.run, not the imports, sets them up)."""
    import os
    import subprocess

    code = ("import logging, sys; from editor import app; app.run(sys.argv[1]); "
            "print(sys.excepthook.__qualname__, [type(h).__name__ for h in logging.getLogger().handlers])")
    from editor.resources import resource_path

    environ = {**os.environ, "POSTING_EDITOR_BENCH_FIRST_PAINT": "1", "POSTING_EDITOR_LOG_DIR": str(tmp_path),
               "POSTING_EDITOR_SETTINGS_FILE": str(tmp_path / "settings.ini"),
               "POSTING_EDITOR_RECOVERY_DIR": str(tmp_path / "recovery")}
    program = window_server.popen(code, [str(resource_path("sample-site"))], env=environ,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = program.communicate(timeout=120)
    assert program.returncode == 0, err
    assert "CrashReporter._excepthook ['_LogFileHandler']" in out, out
