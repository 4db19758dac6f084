"""Setup for every Qt test.

PySide6 6.12.0 on Python 3.11 leaks a reference to None on each void Qt call
and aborts the interpreter after a few thousand calls; a full UI test run makes
far more. ``editor.app.guard_none_refcount`` (the application's own guard) is
applied once for the session so each test module need not remember it. It
does nothing on a PySide6 without the bug.
"""

import os

import pytest


@pytest.fixture(scope="session", autouse=True)
def _pyside_none_refcount_guard():
    from editor.app import guard_none_refcount

    guard_none_refcount()


@pytest.fixture(scope="session", autouse=True)
def _grammar_loaded():
    """Grammalecte loads once per process (a few seconds, more on a busy machine, longer still with
    no bytecode cache): loaded here, so a test's time limits judge the window, not that one load.
    benchmarks/bench_grammar.py measures the load."""
    from editor.model.language.grammar import warm_up

    warm_up()


@pytest.fixture(autouse=True)
def _delete_closed_windows_before_the_next_test():
    """Run the deletions a test left pending (its windows' deleteLater) while nothing renders.

    Left for later, they run inside the next test's event loop, and Qt destroying a Python
    object there waits for the interpreter lock while holding its connection lock: a preview
    worker of the next test's window, holding the interpreter lock, can wait for that same
    connection lock (a deadlock seen once in a full run)."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture(autouse=True)
def _source_language_after_each_test():
    """Every test starts with no interface translator, whatever the one before it installed (the
    French interface, or the English one whose plural forms turn "%n segment(s)" into "1 segment"):
    a test's words must not depend on which tests its worker ran before it."""
    yield
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is not None:
        from editor.ui import i18n

        i18n.remove_translators(app)


# The least time qtbot.waitUntil gives a condition, whatever the test asks.
PATIENCE_MS = 60_000


@pytest.fixture(scope="session", autouse=True)
def _patient_wait_until():
    """waitUntil's timeouts are bounds for "eventually", not speed targets (benchmarks/ measure speed):
    on a loaded machine (several test runs side by side, pytest-xdist's workers) a 3 s bound was
    missed by a preview that came later. The wait ends as soon as the condition holds, so a passing
    test takes no longer; qtbot.wait, which tests use to see that nothing happens, is unchanged."""
    from pytestqt.qtbot import QtBot

    original = QtBot.waitUntil

    def wait_until(self, callback, *, timeout: int = 5000) -> None:
        original(self, callback, timeout=max(timeout, PATIENCE_MS))

    QtBot.waitUntil = wait_until
    yield
    QtBot.waitUntil = original


@pytest.fixture(scope="session")
def window_server():
    """Window programs for the kill and signal tests, forked from one warm process (tests/window_server.py)."""
    if os.name == "nt":
        pytest.skip("window programs are forked (POSIX)")
    from tests.window_server import WindowServer

    with WindowServer() as server:
        yield server


# What the window's pauses are shortened to by ``short_pauses``.
SHORT_PAUSE_MS = 20


@pytest.fixture
def short_pauses(monkeypatch):
    """The window's pauses after typing or a change on disk (a quarter to half a second each, so that
    a burst of keys or of file events costs one run) shortened for tests that wait for what follows
    a change rather than test the pause itself: the outcome is the same, sooner. Tests of the pauses
    (a burst answered once) keep them. Windows made after this fixture take the short pauses."""
    from editor.ui import aligned_editing, disk_watch, preview_follow, problem_checker, spell_underline, suggestions_pane
    from editor.ui.preview_renderer import PreviewRenderer
    from editor.ui.site_watcher import SiteWatcher

    monkeypatch.setattr(spell_underline, "DELAY_MS", SHORT_PAUSE_MS)
    monkeypatch.setattr(problem_checker, "CHECK_DELAY_MS", SHORT_PAUSE_MS)
    monkeypatch.setattr(disk_watch, "DISK_CHECK_DELAY_MS", SHORT_PAUSE_MS)
    monkeypatch.setattr(aligned_editing, "ALIGN_DELAY_MS", SHORT_PAUSE_MS)
    monkeypatch.setattr(suggestions_pane, "_DELAY_MS", SHORT_PAUSE_MS)
    monkeypatch.setitem(SiteWatcher.__init__.__kwdefaults__, "settle_ms", SHORT_PAUSE_MS)
    monkeypatch.setattr(preview_follow, "FOLLOW_DELAY_MS", SHORT_PAUSE_MS)
    monkeypatch.setitem(PreviewRenderer.__init__.__kwdefaults__, "delay_ms", SHORT_PAUSE_MS)
