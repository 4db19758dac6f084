"""A signal that quits the window while an export writes waits for the export, as closing the window does.

The export is kill-safe (a rerun finishes it, tests/cli/test_export_resume.py), but a quit in the
middle left the site's files half exported and the user unaware; the write step here waits on an
event, so the signal arrives while the export is surely running.
"""

from __future__ import annotations

import os
import shutil
import signal
import threading

import pytest

from editor.app import create_main_window
from editor.model.site import export_write
from editor.ui import quit_signals
from editor.ui.quit_signals import SignalQuitter
from editor.ui.settings import Settings
from tests.export_support import git, sample_site_in_git
from tests.ui.window_fixtures import close_window, PM_EN, pyside_refcount_guard, recovery_dir, settings_file, site_copy  # noqa: F401

pytestmark = [pytest.mark.skipif(shutil.which("git") is None, reason="git is needed"),
              pytest.mark.skipif(os.name == "nt", reason="POSIX signals")]


@pytest.fixture
def website(tmp_path):
    return sample_site_in_git(tmp_path / "website")


@pytest.fixture
def held_write(monkeypatch):
    """The export's write step waits until the test releases it."""
    entered, release, fail = threading.Event(), threading.Event(), threading.Event()
    real = export_write._write

    def write(changes, result):
        entered.set()
        assert release.wait(60), "the test never released the export"
        if fail.is_set():
            raise OSError(28, "No space left on device")
        real(changes, result)

    monkeypatch.setattr(export_write, "_write", write)
    write.fail = fail  # type: ignore[attr-defined]  # set before the release: the write then fails
    yield entered, release
    release.set()  # a failed test must not leave the worker waiting forever


@pytest.fixture
def quits(monkeypatch):
    """What the quitter asked of the application, instead of ending the test's process."""
    asked: list[object] = []
    monkeypatch.setattr(quit_signals.QCoreApplication, "quit", staticmethod(lambda: asked.append("quit")))
    monkeypatch.setattr(quit_signals.os, "_exit", lambda status: asked.append(status))
    return asked


@pytest.fixture
def exporting(qtbot, site_copy, settings_file, recovery_dir, website, held_write):  # noqa: F811
    """A window whose export (a changed title, committed) is held in its write step."""
    source = site_copy / PM_EN
    source.write_text(source.read_text(encoding="utf-8").replace(
        "title: 'Product Manager'", "title: 'Senior Product Manager'"), encoding="utf-8")
    window = create_main_window(source, settings=Settings(settings_file), recovery_dir=recovery_dir)
    window.show()
    quitter = SignalQuitter(window)
    dialog = window.handoff.show_export()
    dialog.set_target(website)
    dialog.commit.setChecked(True)
    dialog.request_plan(now=True)
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.outcome() is not None, timeout=10000)
    assert dialog.can_export()
    dialog.export()
    entered, release = held_write
    qtbot.waitUntil(entered.is_set, timeout=10000)
    yield window, quitter, release
    release.set()
    qtbot.waitUntil(lambda: not dialog.runner.busy(), timeout=10000)
    quitter.uninstall()
    close_window(window)


def test_a_signal_during_an_export_waits_for_it_then_quits(exporting, quits, website, qtbot, capfd):
    window, quitter, release = exporting
    quitter.received(signal.SIGTERM)
    qtbot.wait(50)  # the close runs from the event loop
    assert window.isVisible() and quits == []
    assert "export" in capfd.readouterr().err  # the terminal is told what the quit waits for
    release.set()
    qtbot.waitUntil(lambda: quits == ["quit"], timeout=10000)
    assert not window.isVisible()
    assert "title: 'Senior Product Manager'" in (website / PM_EN).read_text(encoding="utf-8")
    assert git(website, "status", "--porcelain") == ""  # written and committed: nothing left half done
    assert len(git(website, "log", "--format=%H").split()) == 2


def test_closing_the_window_during_an_export_waits_for_it(exporting, quits, website, qtbot):
    window, _quitter, release = exporting
    assert not window.close()
    assert window.isVisible()
    release.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    assert git(website, "status", "--porcelain") == ""
    assert quits == []  # the application quits as its last window closes, not through the quitter


def test_a_second_signal_during_an_export_quits_at_once(exporting, quits, qtbot):
    window, quitter, _release = exporting
    quitter.received(signal.SIGINT)
    qtbot.wait(50)
    assert quits == []
    quitter.received(signal.SIGINT)
    assert quits == [128 + signal.SIGINT]


def test_a_failed_export_keeps_the_window_open_and_calls_the_quit_off(exporting, quits, website, qtbot, capfd):
    """The dialog says why the export failed; closing the window after it would hide that (and, had
    the commit failed, files written without it)."""
    window, quitter, release = exporting
    export_write._write.fail.set()
    quitter.received(signal.SIGTERM)
    assert not window.close()
    release.set()
    dialog = window.handoff.export_dialog
    qtbot.waitUntil(lambda: not dialog.is_exporting(), timeout=10000)
    qtbot.wait(50)  # a close would run from the event loop
    assert window.isVisible() and dialog.isVisible() and quits == []
    assert "failed" in window.statusBar().currentMessage()
    assert git(website, "status", "--porcelain") == ""  # nothing written
    quitter.received(signal.SIGTERM)  # a later quit is a first one again, not the second of a pair
    qtbot.waitUntil(lambda: quits != [], timeout=10000)
    assert quits == ["quit"]  # closed and quit, not ended at once with 128 + 15


def test_the_terminal_is_told_in_the_interface_language(exporting, quits, qtbot, capfd):
    """A French window said "SIGTERM received, closing the window …" and "an export is writing into
    the site …" in English to the terminal it was started from."""
    window, quitter, release = exporting
    window.set_interface_language("fr")
    try:
        quitter.received(signal.SIGTERM)
        qtbot.wait(50)  # the close runs from the event loop
        err = capfd.readouterr().err
        assert "SIGTERM reçu, fermeture de la fenêtre" in err, err
        assert "une exportation écrit dans le site" in err, err
        assert "received" not in err and "closing" not in err
    finally:
        window.set_interface_language("en")
    release.set()
    qtbot.waitUntil(lambda: quits == ["quit"], timeout=10000)
