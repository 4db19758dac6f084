"""Nothing outlives the window: the Hugo server dies with it, signals close it as Quit does.

Each test runs the window in a process of its own (offscreen; forked from a warm process,
tests/window_server.py) with a fake ``hugo`` on the PATH that records its process id and sleeps,
starts View ▸ Preview on Site, then signals or kills the window and checks that the fake server is
gone within a bounded time.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.ui.window_fixtures import PM_FR, pyside_refcount_guard, site_copy  # noqa: F401

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX signals; Windows relies on a job object")

REPO = Path(__file__).resolve().parents[2]

# The fake on the PATH, even where a hugo binary of the [hugo] extra would be found first.
USE_PATH = "import shutil; from editor.model.hugo.server import HugoServer; " \
           "HugoServer.hugo_path = staticmethod(lambda: shutil.which('hugo'))\n"

WINDOW = USE_PATH + r"""
import sys
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from editor.app import create_main_window, guard_none_refcount
from editor.ui import dialogs
from editor.ui.quit_signals import SignalQuitter
from editor.ui.settings import Settings

def ask_unsaved(_parent, _title):
    print("asked", flush=True)
    loop = QEventLoop()  # a question nobody answers, as in a terminal left alone
    QTimer.singleShot(60000, loop.quit)
    loop.exec()
    return dialogs.UnsavedChoice.CANCEL

dialogs.ask_unsaved = ask_unsaved
guard_none_refcount()
app = QApplication([])
window = create_main_window(sys.argv[1], settings=Settings(sys.argv[2]), recovery_dir=sys.argv[3])
window.show()
SignalQuitter(window)
if sys.argv[4] == "edit":
    body = window.findChild(object, "fr.body")
    body.moveCursor(body.textCursor().MoveOperation.End)
    body.insertPlainText("Tape avant le signal")
window.app_actions["preview_site"].trigger()
print("previewing", flush=True)
status = app.exec()
print("exited", status, flush=True)
"""

LAUNCH_ONLY = USE_PATH + r"""
import sys
from editor.model.hugo.server import HugoServer
server = HugoServer(sys.argv[1])
server.launch()
print("launched", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def fake_hugo(tmp_path):
    folder = tmp_path / "bin"
    folder.mkdir()
    pids = tmp_path / "hugo.pids"
    script = folder / "hugo"
    script.write_text(f'#!/bin/sh\necho $$ >> "{pids}"\nexec sleep 300\n', encoding="utf-8")
    script.chmod(0o755)
    return folder, pids


def _env(fake_bin: Path) -> dict:
    # The cache folder is the test's, where the server's resource folder goes (see _left_behind).
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO),
                POSTING_EDITOR_CACHE_DIR=str(fake_bin.parent / "cache"),
                PATH=f"{fake_bin}{os.pathsep}{os.environ.get('PATH', '')}")


def _left_behind(fake_bin: Path, killed: int) -> None:
    """A killed program runs no clean-up: the resource folder it gave Hugo stays (two were left in
    the system's temporary folder by every run of these tests), named after it in its cache folder,
    and the next server started removes it."""
    from editor.model.hugo.server import remove_abandoned_folders

    parent = fake_bin.parent / "cache" / "hugo-resources"
    left = sorted(parent.iterdir())
    assert [folder.name.split("-")[3] for folder in left] == [str(killed)]
    assert remove_abandoned_folders(parent) == left and not any(parent.iterdir())


def _wait_for_pid(pids: Path, timeout: float = 30) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pids.exists() and pids.read_text().strip():
            return int(pids.read_text().split()[0])
        time.sleep(0.05)
    raise AssertionError("the fake hugo never started")


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has ended already
    except FileNotFoundError:
        return False
    except OSError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _gone_within(pid: int, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not _alive(pid):
            return True
        time.sleep(0.05)
    return False


def _start_window(server, site: Path, tmp_path: Path, fake_bin: Path, mode: str = "clean"):
    return server.popen(WINDOW, [str(site), str(tmp_path / "s.ini"), str(tmp_path / "recovery"), mode],
                        env=_env(fake_bin), stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _kill_leftover(pid: int) -> None:
    if _alive(pid):
        os.kill(pid, signal.SIGKILL)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_hugo_dies_with_a_killed_window(site_copy, tmp_path, fake_hugo, window_server):  # noqa: F811
    """kill -9 of the window left ``hugo server`` serving the site, drafts included."""
    fake_bin, pids = fake_hugo
    window = _start_window(window_server, site_copy, tmp_path, fake_bin)
    try:
        assert window.stdout.readline().strip() == "previewing"
        hugo = _wait_for_pid(pids)
        assert _alive(hugo)
    finally:
        window.kill()
        window.communicate(timeout=30)
    try:
        assert _gone_within(hugo)
    finally:
        _kill_leftover(hugo)
    _left_behind(fake_bin, window.pid)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_a_launched_server_dies_with_any_program(site_copy, tmp_path, fake_hugo):  # noqa: F811
    """The model's own guarantee, for any program that starts a server (not only the window)."""
    fake_bin, pids = fake_hugo
    program = subprocess.Popen([sys.executable, "-c", LAUNCH_ONLY, str(site_copy)], env=_env(fake_bin),
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert program.stdout.readline().strip() == "launched"
        hugo = _wait_for_pid(pids)
    finally:
        program.kill()
        program.communicate(timeout=30)
    try:
        assert _gone_within(hugo)
    finally:
        _kill_leftover(hugo)
    _left_behind(fake_bin, program.pid)


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP", "SIGINT"])
def test_a_signal_closes_the_window_and_stops_hugo(site_copy, tmp_path, fake_hugo, name, window_server):  # noqa: F811
    fake_bin, pids = fake_hugo
    window = _start_window(window_server, site_copy, tmp_path, fake_bin)
    hugo = None
    try:
        assert window.stdout.readline().strip() == "previewing"
        hugo = _wait_for_pid(pids)
        window.send_signal(getattr(signal, name))
        out, err = window.communicate(timeout=60)
        assert "exited 0" in out, err
        assert f"{name} received" in err
        assert _gone_within(hugo)
        assert not any((tmp_path / "cache" / "hugo-resources").iterdir())  # closed, not killed: removed
    finally:
        if window.poll() is None:
            window.kill()
            window.communicate(timeout=30)
        if hugo is not None:
            _kill_leftover(hugo)


def test_ctrl_c_asks_about_unsaved_work_and_a_second_one_keeps_it_for_recovery(site_copy, tmp_path, fake_hugo,
                                                                               window_server):  # noqa: F811
    from editor.ui.document_manager import DocumentManager

    fake_bin, pids = fake_hugo
    original = (site_copy / PM_FR).read_bytes()
    window = _start_window(window_server, site_copy / PM_FR, tmp_path, fake_bin, mode="edit")
    hugo = None
    try:
        assert window.stdout.readline().strip() == "previewing"
        hugo = _wait_for_pid(pids)
        window.send_signal(signal.SIGINT)
        assert window.stdout.readline().strip() == "asked"  # Save / Don't Save / Cancel, unanswered
        window.send_signal(signal.SIGINT)
        window.communicate(timeout=60)
        assert window.returncode == 128 + signal.SIGINT
        assert _gone_within(hugo)
    finally:
        if window.poll() is None:
            window.kill()
            window.communicate(timeout=30)
        if hugo is not None:
            _kill_leftover(hugo)
    assert (site_copy / PM_FR).read_bytes() == original
    entries = DocumentManager(recovery_dir=tmp_path / "recovery").recoverable()
    assert [entry.key for entry in entries] == ["product-manager"]
    assert entries[0].texts["fr"].rstrip().endswith("Tape avant le signal")
