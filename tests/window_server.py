"""Window programs for the kill and signal tests, forked from one warm process instead of started afresh.

Each of those tests runs a small program that opens the editor's window (offscreen) and then kills it,
signals it or lets it quit: about a second of its CPU went to importing Qt and the editor's window
modules again, and more to loading Grammalecte. :class:`WindowServer` starts one Python process that
imports them and loads Grammalecte (and creates no ``QApplication``, no thread), then forks a child per program: each child is a real, separate process
with its own standard streams, environment and working folder, which makes its own application and
window, and which the test signals or kills by process id as before. :meth:`WindowServer.popen`
returns an object with the parts of ``subprocess.Popen`` these tests use; the server waits for its
children and reports how they ended (negative: killed by that signal, as ``Popen`` says it).

POSIX only (fork, file descriptors passed over a Unix socket), as these tests are.
"""

from __future__ import annotations

import os
import select
import subprocess
import time

from tests.fork_server import REPO, TIMEOUT, ForkServer

_SERVER = r"""
import signal, time, traceback

# What every window program imports: Qt's widgets, the window and what it imports at its start; and
# Grammalecte with its rules compiled (3.5 CPU-s a load), which the window checks French with.
import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
import editor.app, editor.ui.main_window, editor.ui.quit_signals, editor.ui.dialogs, editor.ui.settings
from editor.model.language.grammar import warm_up

warm_up()

children = set()


def run(request, fds):
    leave_server()
    for target, fd in zip((0, 1, 2), fds):
        os.dup2(fd, target)
    for fd in fds:
        os.close(fd)
    os.environ.clear()
    os.environ.update(request["env"])
    os.chdir(request["cwd"])
    sys.argv = ["-c", *request["args"]]
    code = 0
    try:
        exec(compile(request["script"], "<string>", "exec"), {"__name__": "__main__"})
    except SystemExit as exit:
        if isinstance(exit.code, int) or exit.code is None:
            code = exit.code or 0
        else:
            print(exit.code, file=sys.stderr)
            code = 1
    except BaseException:
        traceback.print_exc()
        code = 1
    try:
        import atexit

        atexit._run_exitfuncs()  # as at the end of any program (logging flushes its files)
        sys.stdout.flush(), sys.stderr.flush()
    finally:
        os._exit(code)


def wait(pid, seconds):
    deadline = time.monotonic() + seconds
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            children.discard(pid)
            return os.waitstatus_to_exitcode(status)
        if time.monotonic() >= deadline:
            return None
        time.sleep(0.01)


answer({"ready": True})
for request, fds in requests():
    if request["op"] == "start":
        pid = os.fork()
        if pid == 0:
            run(request, fds)
        for fd in fds:
            os.close(fd)
        children.add(pid)
        answer({"pid": pid})
    else:  # wait
        answer({"code": wait(request["pid"], request["seconds"])})
for pid in children:  # what the tests left running
    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except OSError:
        pass
"""


class WindowServer(ForkServer):
    """Window programs forked from one warm process; use as a context manager."""

    def __init__(self) -> None:
        super().__init__(_SERVER, env={**os.environ, "PYTHONPATH": str(REPO)})

    def popen(self, script: str, args: list[str], *, env: dict[str, str], stdin: int | None = None,
              stdout: int | None = None, stderr: int | None = None) -> ForkedProgram:
        """``subprocess.Popen([sys.executable, "-c", script, *args], env=env, text=True, ...)``, forked.
        ``stdin``/``stdout``/``stderr``: ``subprocess.PIPE``, ``subprocess.DEVNULL`` or None (this
        process's own stream)."""
        ours: list = []
        theirs: list[int] = []
        for number, choice in enumerate((stdin, stdout, stderr)):
            if choice == subprocess.PIPE:
                read, write = os.pipe()
                ours.append(os.fdopen(write, "w") if number == 0 else os.fdopen(read, "r"))
                theirs.append(read if number == 0 else write)
            else:
                ours.append(None)
                theirs.append(os.open(os.devnull, os.O_RDWR) if choice == subprocess.DEVNULL else os.dup(number))
        try:
            pid = self.ask({"op": "start", "script": script, "args": [str(arg) for arg in args],
                             "env": dict(env), "cwd": os.getcwd()}, theirs)["pid"]
        finally:
            for fd in theirs:
                os.close(fd)
        return ForkedProgram(self, pid, *ours)


class ForkedProgram:
    """The parts of ``subprocess.Popen`` the window tests use, for a program the server forked."""

    def __init__(self, server: WindowServer, pid: int, stdin, stdout, stderr):
        self._server, self.pid = server, pid
        self.stdin, self.stdout, self.stderr = stdin, stdout, stderr
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            self.returncode = self._server.ask({"op": "wait", "pid": self.pid, "seconds": 0})["code"]
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        if self.returncode is None:
            self.returncode = self._server.ask({"op": "wait", "pid": self.pid,
                                                 "seconds": TIMEOUT if timeout is None else timeout})["code"]
            if self.returncode is None:
                raise subprocess.TimeoutExpired(f"forked program {self.pid}", timeout)
        return self.returncode

    def send_signal(self, number: int) -> None:
        if self.returncode is None:
            try:
                os.kill(self.pid, number)
            except ProcessLookupError:
                pass

    def kill(self) -> None:
        import signal

        self.send_signal(signal.SIGKILL)

    def communicate(self, timeout: float | None = None) -> tuple[str | None, str | None]:
        """Everything left on its output and error streams, once it has ended."""
        deadline = time.monotonic() + (TIMEOUT if timeout is None else timeout)
        if self.stdin is not None:
            self.stdin.close()
        streams = {stream: [] for stream in (self.stdout, self.stderr) if stream is not None}
        open_ = list(streams)
        while open_:
            left = deadline - time.monotonic()
            ready, _, _ = select.select(open_, [], [], max(0.0, left))
            if not ready:
                raise subprocess.TimeoutExpired(f"forked program {self.pid}", timeout)
            for stream in ready:
                chunk = os.read(stream.fileno(), 1 << 16)
                if chunk:
                    streams[stream].append(chunk)
                else:
                    open_.remove(stream)
        self.wait(max(0.0, deadline - time.monotonic()))
        texts = {stream: b"".join(chunks).decode("utf-8", "replace") for stream, chunks in streams.items()}
        for stream in streams:
            stream.close()
        return texts.get(self.stdout), texts.get(self.stderr)
