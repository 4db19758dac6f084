"""Many ``posting-editor`` processes for the kill and race tests, without paying for a fresh start each.

Starting the console script costs seconds of CPU (imports, dictionaries, Grammalecte) before the
command reaches its first write, and the kill tests need dozens of processes. :class:`CommandServer`
starts one Python process that runs the command once to completion (loading everything) and then
forks a child for each command asked: every child is a real, separate process with its own process
group, which the test can SIGKILL at any moment or have die (``os._exit``) right before a chosen
write stage, and which starts in milliseconds.

Write stages are the calls that change files: ``os.replace``, ``os.unlink``, ``os.rmdir``,
``os.fsync``, ``os.fdopen`` of a file being written, and ``git`` runs that change the repository.
A ``record`` run counts them, so the tests kill before each one without hard-coding the sequence
of the code under test.

POSIX only (fork, process groups), as the kill tests always were.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from tests.fork_server import ForkServer

_SERVER = r"""
import subprocess, time

os.environ["LANG"] = "C.UTF-8"
for name in ("POSTING_EDITOR_DEBUG", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(name, None)
from editor.cli.main import main

GIT_WRITES = {"add", "rm", "commit", "switch", "checkout", "reset", "update-ref", "update-index", "merge"}


def silenced(path, fds=(1, 2)):
    fd = os.open(path or os.devnull, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    for target in fds:
        os.dup2(fd, target)
    os.close(fd)


def staged(die_before, record):
    # Count every write stage; die just before number die_before; record appends each one's name.
    count = [0]

    def stage(name):
        if count[0] == die_before:
            os._exit(9)
        count[0] += 1
        if record is not None:
            with open(record, "a", encoding="utf-8") as out:
                out.write(name + "\n")

    def wrap(module, attribute, name_of):
        real = getattr(module, attribute)

        def wrapper(*args, **kwargs):
            name = name_of(*args, **kwargs)
            if name:
                stage(name)
            return real(*args, **kwargs)

        setattr(module, attribute, wrapper)

    for attribute in ("replace", "unlink", "rmdir", "fsync"):
        wrap(os, attribute, lambda *a, _n=attribute, **k: _n)
    wrap(os, "fdopen", lambda fd, mode="r", *a, **k: "fdopen" if ("w" in mode or "a" in mode) else None)
    def git_name(args, *a, **k):
        args = list(args) if not isinstance(args, (str, bytes)) else [args]
        words = [str(arg) for arg in args[1:] if not str(arg).startswith("-")]
        return f"git {words[0]}" if args and os.path.basename(str(args[0])) == "git" and words and words[0] in GIT_WRITES else None
    real_init = subprocess.Popen.__init__

    def popen_init(self, args, *a, **k):
        name = git_name(args)
        if name:
            stage(name)
        real_init(self, args, *a, **k)

    subprocess.Popen.__init__ = popen_init


# Linux: what a killed child started is handed to the server rather than to process 1, so the
# server can wait for it to end. Elsewhere it polls the child's process group, which also sees the
# orphans that ended and process 1 has not reaped yet (1.5 s each under a slow init).
try:
    import ctypes

    REAPER = ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0) == 0  # PR_SET_CHILD_SUBREAPER
except (OSError, AttributeError):
    REAPER = False

silenced(None, (1,))  # the server's own errors stay on stderr, which the test captures
os.chdir(sys.argv[3])
warm = json.loads(sys.argv[4])
answer({"warm": main(warm) if warm else 0})
for request, _ in requests():
    if request["op"] == "start":
        pid = os.fork()
        if pid == 0:
            leave_server()
            os.setpgid(0, 0)
            stdin = os.open(os.devnull, os.O_RDONLY)
            os.dup2(stdin, 0)
            silenced(request.get("stderr"))
            if request.get("die_before") is not None or request.get("record"):
                staged(request.get("die_before"), request.get("record"))
            try:
                code = main(request["args"])
            except SystemExit as exit:
                code = exit.code if isinstance(exit.code, int) else 2
            sys.stdout.flush(), sys.stderr.flush()
            os._exit(code or 0)
        try:
            os.setpgid(pid, pid)  # also here: the test may kill the group before the child ran
        except OSError:
            pass
        answer({"pid": pid})
    elif request["op"] == "kill":
        try:
            os.kill(request["pid"], 9)
        except ProcessLookupError:
            pass
        answer({})
    elif request["op"] == "wait":
        pid = request["pid"]
        _, status = os.waitpid(pid, 0)
        # What the child started (git) ends on its own, as a user re-running would wait.
        if REAPER:
            while True:  # orphaned, they are the server's children: each waited for as it ends
                try:
                    os.waitpid(-pid, 0)
                except ChildProcessError:
                    break
        else:
            for _ in range(2400):
                try:
                    os.killpg(pid, 0)
                except (ProcessLookupError, PermissionError):
                    break
                time.sleep(0.05)
        answer({"code": os.waitstatus_to_exitcode(status)})
"""


class CommandServer(ForkServer):
    """``posting-editor`` children forked from one warm process; use as a context manager."""

    def __init__(self, warm_args: list, cwd: Path | None = None):
        super().__init__(_SERVER, [str(cwd or os.getcwd()), json.dumps([str(arg) for arg in warm_args])],
                         env={**os.environ, "LANG": "C.UTF-8"}, own_session=True)
        self.warm_exit_code = self.started["warm"]  # the next command sees what it did

    def start(self, *args, die_before: int | None = None, record: Path | None = None,
              stderr: Path | None = None) -> int:
        """Fork a child running ``posting-editor ARGS``; its process id. ``die_before``: it exits at
        once before its write stage of that number (from 0); ``record``: it lists its stages there."""
        return self.ask({"op": "start", "args": [str(arg) for arg in args], "die_before": die_before,
                        "record": str(record) if record else None, "stderr": str(stderr) if stderr else None})["pid"]

    def kill(self, pid: int) -> None:
        self.ask({"op": "kill", "pid": pid})

    def wait(self, pid: int) -> int:
        """The child's exit code (negative: killed by that signal), once it and what it started ended."""
        return self.ask({"op": "wait", "pid": pid})["code"]

    def timed(self, *args) -> float:
        """Seconds one complete run takes in a child."""
        started = time.monotonic()
        assert self.wait(self.start(*args)) == 0, args
        return time.monotonic() - started

    def stages(self, *args, record: Path) -> list[str]:
        """Run the command to completion in a child, and the write stages it went through."""
        record.unlink(missing_ok=True)
        assert self.wait(self.start(*args, record=record)) == 0, args
        return record.read_text(encoding="utf-8").splitlines() if record.exists() else []
