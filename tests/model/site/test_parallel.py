"""Worker processes start with fork only where that is safe (never from the window)."""

from __future__ import annotations

import subprocess
import sys
import threading

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
