"""Worker processes start with fork only where that is safe (never from the window)."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
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

def slow(chunk, started, done):
    Path(started, str(chunk)).touch()
    time.sleep(8)
    Path(done, str(chunk)).touch()
    return chunk

def interrupt_once_a_chunk_is_under_way(started):
    deadline = time.monotonic() + 60
    while not any(Path(started).iterdir()) and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(os.getpid(), signal.SIGINT)

if __name__ == "__main__":
    # As in a terminal: the test runner's workers ignore SIGINT, and a child inherits that.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    started, done = sys.argv[1], sys.argv[2]
    threading.Thread(target=interrupt_once_a_chunk_is_under_way, args=(started,), daemon=True).start()
    try:
        map_in_processes(slow, list(range(6)), 2, started, done)
    except KeyboardInterrupt:
        print("interrupted", flush=True)
"""


def test_ctrl_c_stops_the_workers_instead_of_finishing_the_queue(tmp_path):
    """Ctrl+C during a site's check waited for the chunks under way (35 s on the corpus) before exiting.
    The script presses Ctrl+C as soon as a worker has started a chunk (a file it writes), not after a
    fixed delay: the chunk is surely under way, and the test no longer sleeps 1.5 s."""
    script = tmp_path / "interrupted.py"
    script.write_text(_INTERRUPTED, encoding="utf-8")
    started, done = tmp_path / "started", tmp_path / "done"
    started.mkdir()
    done.mkdir()
    result = subprocess.run([sys.executable, str(script), str(started), str(done)], capture_output=True, text=True,
                            timeout=120, cwd=str(Path(__file__).resolve().parents[3]))
    assert result.stdout.strip() == "interrupted", result.stderr
    assert list(started.iterdir())  # Ctrl+C came while a chunk was under way
    assert list(done.iterdir()) == []  # each chunk takes 8 s: none ends when its worker is stopped at once


_INTERRUPTED_FROM_A_TERMINAL = r"""
import signal, sys, time
from pathlib import Path
from editor.model.site.parallel import map_in_processes

def slow(chunk, started, large):
    Path(started, str(chunk)).touch()
    time.sleep(8)
    return chunk

if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.default_int_handler)  # the test runner's workers ignore SIGINT
    try:
        map_in_processes(slow, list(range(20)), 2, sys.argv[1], "x" * 4_000_000)
    except KeyboardInterrupt:
        print("interrupted", flush=True)
"""


def test_ctrl_c_in_a_terminal_ends_the_command_quietly(tmp_path):
    """A terminal's Ctrl+C reaches the whole process group, the workers too. Each chunk carries a site's
    worth of shared data (4 MB), more than the pipe to the workers holds. On the corpus, `check` then
    either printed the workers' KeyboardInterrupt tracebacks and the pool thread's InvalidStateError
    (a cancelled future it tried to fail), or hung for ever at exit, waiting for the thread still
    feeding a pipe no worker read. Three presses, since which of those happens depends on timing."""
    import os
    import signal

    script = tmp_path / "interrupted.py"
    script.write_text(_INTERRUPTED_FROM_A_TERMINAL, encoding="utf-8")
    for attempt in range(3):
        started = tmp_path / f"started{attempt}"
        started.mkdir()
        command = subprocess.Popen([sys.executable, str(script), str(started)], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True, start_new_session=True,
                                   cwd=str(Path(__file__).resolve().parents[3]))
        try:
            while not any(started.iterdir()) and command.poll() is None:
                threading.Event().wait(0.01)
            os.killpg(command.pid, signal.SIGINT)
            out, err = command.communicate(timeout=60)
        finally:
            if command.poll() is None:
                os.killpg(command.pid, signal.SIGKILL)
                command.communicate(timeout=60)
        assert (out.strip(), err) == ("interrupted", "")


def _fail_first(chunk, done):
    if chunk == 0:
        raise OSError("the first chunk cannot be read")
    time.sleep(0.05)
    Path(done, str(chunk)).touch()
    return chunk


def test_a_chunk_that_fails_leaves_the_rest_to_the_caller_without_running_it(tmp_path):
    """None tells the caller to do the work itself: the chunks still queued are dropped, not run
    for nothing first (the workers still finish the chunks under way)."""
    assert parallel.map_in_processes(_fail_first, list(range(40)), 2, str(tmp_path)) is None
    assert len(list(tmp_path.iterdir())) < 39


# ------------------------------------------------------------------ work beside forked copies
def _with_pid(part):
    import os

    return [*part, os.getpid()]


def _marshalled(function, parts):
    import marshal

    return parallel.map_beside(function, parts, pack=marshal.dumps, unpack=marshal.loads)


def _run_in_fresh_python(code: str) -> str:
    # A fresh interpreter: fork is refused under the test runner's threads (and must be).
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            cwd=str(Path(__file__).resolve().parents[3]))
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_each_part_but_the_first_is_worked_out_in_a_forked_copy():
    found = _run_in_fresh_python(
        "import marshal, os\nfrom editor.model.site.parallel import map_beside\n"
        "def f(part): return [*part, os.getpid()]\n"
        "done = map_beside(f, [[1, 2], [3], [4, 5, 6]], pack=marshal.dumps, unpack=marshal.loads)\n"
        "import sys\n"
        "print([d[:-1] for d in done], done[0][-1] == os.getpid(), len({d[-1] for d in done}), 'multiprocessing' in sys.modules)")
    # Asking whether fork is safe imports no multiprocessing (~0.5% of a cold list's CPU time).
    assert found == "[[1, 2], [3], [4, 5, 6]] True 3 False"


def test_fork_is_safe_agrees_with_the_start_method():
    assert parallel.fork_is_safe() == (parallel.start_method() == "fork")
    seen = []
    thread = threading.Thread(target=lambda: seen.append(parallel.fork_is_safe()))
    thread.start()
    thread.join(10)
    assert seen == [False]


def test_a_part_whose_copy_fails_or_dies_is_worked_out_here():
    found = _run_in_fresh_python(
        "import marshal, os\nfrom editor.model.site.parallel import map_beside\nhere = os.getpid()\n"
        "def f(part):\n"
        "    if os.getpid() != here and part == ['fails']: raise ValueError('in the copy only')\n"
        "    if os.getpid() != here and part == ['dies']: os._exit(3)\n"
        "    return [*part, os.getpid() == here]\n"
        "print(map_beside(f, [['first'], ['fails'], ['dies'], ['fine']], pack=marshal.dumps, unpack=marshal.loads))")
    assert found == "[['first', True], ['fails', True], ['dies', True], ['fine', False]]"


def test_no_copies_where_fork_is_not_safe():
    seen = []
    thread = threading.Thread(target=lambda: seen.append(_marshalled(_with_pid, [[1], [2]])))
    thread.start()
    thread.join(10)
    assert seen == [None]  # the caller then uses a pool started without fork, or works alone


_INTERRUPTED_BESIDE = r"""
import os, signal, sys, time
from pathlib import Path
from editor.model.site.parallel import map_beside

HERE = os.getpid()

def slow(part):
    if os.getpid() == HERE:
        # Ctrl+C reaches this process only, once its copy is under way (the file it makes first),
        # not after a fixed delay. Polled here: a thread would make fork unsafe, and none be made.
        under_way, deadline = Path(sys.argv[2] + ".started"), time.monotonic() + 60
        while not under_way.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        os.kill(HERE, signal.SIGINT)
    else:
        Path(part + ".started").touch()
    time.sleep(8)
    Path(part).touch()
    return part

if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.default_int_handler)  # the test runner's workers ignore SIGINT
    try:
        map_beside(slow, [sys.argv[1], sys.argv[2]], pack=str.encode, unpack=bytes.decode)
    except KeyboardInterrupt:
        print("interrupted", flush=True)
"""


def test_ctrl_c_ends_the_copies_instead_of_waiting_for_them(tmp_path):
    script = tmp_path / "interrupted.py"
    script.write_text(_INTERRUPTED_BESIDE, encoding="utf-8")
    result = subprocess.run([sys.executable, str(script), str(tmp_path / "here"), str(tmp_path / "copy")],
                            capture_output=True, text=True, timeout=120, cwd=str(Path(__file__).resolve().parents[3]))
    assert result.stdout.strip() == "interrupted", result.stderr
    assert (tmp_path / "copy.started").exists()  # Ctrl+C came while the copy was at work
    # map_beside waits for each copy it ends: one left to finish would have made its file by now.
    assert not (tmp_path / "copy").exists() and not (tmp_path / "here").exists()


def test_ctrl_c_between_two_forks_ends_the_copies_already_started():
    # The copies were started outside the guard that ends them: a Ctrl+C landing between two forks
    # left the first copy at work, unwaited for, behind the interrupted call.
    found = _run_in_fresh_python(
        "import os, time\nfrom editor.model.site import parallel\nreal, started = parallel._fork, []\n"
        "def fork(function, part, pack):\n"
        "    if started: raise KeyboardInterrupt\n"
        "    started.append(part)\n"
        "    return real(function, part, pack)\n"
        "parallel._fork = fork\n"
        "def slow(part):\n"
        "    time.sleep(10)\n"
        "    return part\n"
        "try:\n"
        "    parallel.map_beside(slow, ['a', 'b', 'c'], pack=str.encode, unpack=bytes.decode)\n"
        "except KeyboardInterrupt:\n"
        "    pass\n"
        "try:\n"
        "    print('left at work', os.waitpid(-1, os.WNOHANG))\n"
        "except ChildProcessError:\n"
        "    print('none left')\n")
    assert found == "none left"
