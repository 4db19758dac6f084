"""Worker processes start with fork only where that is safe (never from the window)."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from editor.model.site import parallel

ALL = ("fork", "spawn", "forkserver")


def _square(chunk, offset):
    return [n * n + offset for n in chunk]


def test_fork_from_the_main_thread_of_a_program_without_qt():
    code = ("import sys; from editor.model.site.parallel import start_method; "
            "print(start_method(('fork', 'spawn', 'forkserver')), any(n.startswith('PySide6') for n in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == ["fork", "False"], result.stderr


def test_no_fork_from_another_thread():
    seen = []
    thread = threading.Thread(target=lambda: seen.append(parallel.start_method(ALL)))
    thread.start()
    thread.join(10)
    assert seen == ["forkserver"]


def test_no_fork_once_qt_is_loaded(monkeypatch):
    monkeypatch.setitem(sys.modules, "PySide6.QtCore", object())
    assert parallel.start_method(ALL) == "forkserver"
    assert parallel.start_method(("fork", "spawn")) == "spawn"


def test_work_from_a_worker_thread_runs_in_processes_started_without_fork(monkeypatch):
    import multiprocessing

    used = []
    real = multiprocessing.get_context

    def recording(method=None):
        used.append(method)
        return real(method)

    monkeypatch.setattr(multiprocessing, "get_context", recording)
    results = []
    thread = threading.Thread(target=lambda: results.append(
        parallel.map_in_processes(_square, [[1, 2], [3]], 2, 10)))
    thread.start()
    thread.join(120)
    assert used and used[0] in ("forkserver", "spawn")
    assert results == [[[11, 14], [19]]]


_INTERRUPTED = r"""
import os, signal, sys, threading, time
from pathlib import Path
from editor.model.site.parallel import map_in_processes

def slow(chunk, folder):
    time.sleep(8)
    Path(folder, str(chunk)).touch()
    return chunk

if __name__ == "__main__":
    # As in a terminal: the test runner's workers ignore SIGINT, and a child inherits that.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    folder = sys.argv[1]
    threading.Timer(1.5, lambda: os.kill(os.getpid(), signal.SIGINT)).start()
    try:
        map_in_processes(slow, list(range(6)), 2, folder)
    except KeyboardInterrupt:
        print("interrupted", flush=True)
"""


def test_ctrl_c_stops_the_workers_instead_of_finishing_the_queue(tmp_path):
    """Ctrl+C during a site's check waited for the chunks under way (35 s on the corpus) before exiting."""
    script = tmp_path / "interrupted.py"
    script.write_text(_INTERRUPTED, encoding="utf-8")
    done = tmp_path / "done"
    done.mkdir()
    result = subprocess.run([sys.executable, str(script), str(done)], capture_output=True, text=True, timeout=120,
                            cwd=str(Path(__file__).resolve().parents[3]))
    assert result.stdout.strip() == "interrupted", result.stderr
    assert list(done.iterdir()) == []  # each chunk takes 8 s: none ends when its worker is stopped at once
