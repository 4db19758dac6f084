"""What the two fork servers of the tests share (tests/command_server.py, tests/window_server.py).

A fork server is one Python process, started once, that loads what its programs need and then forks
a child for each program a test asks for: every child is a real, separate process that starts in
milliseconds. :class:`ForkServer` is the test's side: it starts the server's script, exchanges one
JSON message per request and answer with it over a Unix socket (requests may carry file
descriptors), and ends it. :data:`SERVER_CORE` is the server's side of that socket, run before the
server's own script.

POSIX only (fork, file descriptors passed over a Unix socket), as the tests using them are.
"""

from __future__ import annotations

import json
import os
import select
import signal
import socket
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TIMEOUT = 120  # seconds for any one answer of a server

# The server's side: ``sys.argv[1]`` is the repository (importable), ``sys.argv[2]`` the socket;
# ``requests()`` yields each request with the descriptors it carries, until the test closes the
# socket; ``answer(reply)`` answers it; a forked child calls ``leave_server()`` first.
SERVER_CORE = r"""
import json, os, socket, sys

sys.path.insert(0, sys.argv[1])
channel = socket.socket(fileno=int(sys.argv[2]))


def answer(reply):
    channel.sendall(json.dumps(reply).encode())


def requests():
    while True:
        message, fds, _, _ = socket.recv_fds(channel, 1 << 20, 3)
        if not message:
            return
        yield json.loads(message), fds


def leave_server():
    channel.close()
"""


class ForkServer:
    """The test's side of a fork server running ``script`` (after :data:`SERVER_CORE`) with ``args``
    after its two own; use as a context manager. ``started``: the server's first answer, sent when
    it is ready. ``own_session``: the server leads its own process group, all of which is killed
    if it does not end when asked."""

    def __init__(self, script: str, args: list[str] = (), *, env: dict[str, str], own_session: bool = False):
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self._channel, self._own_session = ours, own_session
        self._process = subprocess.Popen([sys.executable, "-c", SERVER_CORE + script, str(REPO), str(theirs.fileno()),
                                          *args],
                                         pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL, env=env,
                                         start_new_session=own_session)
        theirs.close()
        self.started = self._receive("warm-up")

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Ask the server to end (its socket closes) and wait for it; killed if it does not."""
        self._channel.close()
        if self._process.poll() is None:
            try:
                self._process.wait(timeout=TIMEOUT)
            except subprocess.TimeoutExpired:
                if self._own_session:
                    os.killpg(self._process.pid, signal.SIGKILL)
                else:
                    self._process.kill()
                self._process.wait(timeout=TIMEOUT)

    def ask(self, request: dict, fds: list[int] = ()) -> dict:
        """Send ``request`` (with ``fds``) and return the server's answer."""
        socket.send_fds(self._channel, [json.dumps(request).encode()], list(fds))
        return self._receive(request)

    def _receive(self, request) -> dict:
        ready, _, _ = select.select([self._channel], [], [], TIMEOUT)
        answer = self._channel.recv(1 << 16) if ready else b""
        assert answer, f"the fork server did not answer {request} (exit code {self._process.poll()})"
        return json.loads(answer)
