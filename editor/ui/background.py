"""The window's one way of running slow model calls (rendering, checks, spelling, git, Hugo) off
the UI thread.

``BackgroundRunner.run(key, function, done, failed)`` calls ``function()`` on a private thread
pool and then ``done(result)`` — or ``failed(exception)`` — on the UI thread. Requests are
grouped by ``key`` (one preview pane, the problems of the open pair, one spelling field...):

- the latest request wins: a request superseded by a newer one for the same key is never
  started if it has not started yet, and its answer is dropped if it has (``keep_up`` lets a
  preview still show it while the newer one runs, as long as nothing newer was shown);
- one request per key runs at a time; newer ones wait for it instead of piling up;
- ``delay_ms`` waits for a pause (typing) before starting, ``flush`` starts at once;
- every failure is written to the log with its traceback before ``failed`` hears of it, so
  the UI can say "see the log" and the log has what a bug report needs;
- ``shutdown`` sets ``stopping``: long model work given ``runner.stopping.is_set`` as its
  ``stop`` (editor.model.interrupt) ends at its next step instead of holding the window's
  closing until it is done.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from editor.model.interrupt import Interrupted

log = logging.getLogger(__name__)
T = TypeVar("T")


class _Bridge(QObject):
    """Lives in the UI thread; workers emit on it, so delivery is queued there."""

    finished = Signal(str, int, bool, object)  # key, generation, succeeded, result or exception


# Work on a long text (a pasted document of 2 MB: its checks, spelling, grammar, alignment and word
# counts, each seconds of Python) runs one job at a time across every runner of the process (all its
# windows share one Python lock). Python runs one thread at a time anyway, so they end no later one
# after the other; but six of them at once left the UI thread one turn in seven at Python's lock, and
# a key waited for its turn at each of the dozens of times it calls into Python: half a second a key,
# and seconds at worst.
LONG_TEXT_CHARS = 100_000
_ONE_LONG_JOB = threading.Lock()


def long_text(*texts: str | bytes) -> bool:
    """Whether work on ``texts`` is long enough to wait for the other long jobs (``run(long=...)``)."""
    return sum(map(len, texts)) >= LONG_TEXT_CHARS


class _Job(QRunnable):
    def __init__(self, key: str, generation: int, function: Callable[[], object], bridge: _Bridge,
                 long: threading.Event | None = None) -> None:
        """``long``: the runner's ``stopping``, for a long job (it waits for the one running)."""
        super().__init__()
        self._key, self._generation, self._function, self._bridge = key, generation, function, bridge
        self._long = long

    def _call(self) -> object:
        if self._long is None:
            return self._function()
        while not _ONE_LONG_JOB.acquire(timeout=0.05):
            if self._long.is_set():
                raise Interrupted()  # the window is closing: no need to wait for the other jobs
        try:
            return self._function()
        finally:
            _ONE_LONG_JOB.release()

    def run(self) -> None:
        try:
            result, ok = self._call(), True
        except Interrupted as error:  # asked to stop (the window is closing): not a failure
            result, ok = error, False
        except Exception as error:  # noqa: BLE001 - the UI decides what to tell the user
            log.error("background job %r failed", self._key, exc_info=True)
            result, ok = error, False
        try:
            self._bridge.finished.emit(self._key, self._generation, ok, result)
        except RuntimeError:
            pass  # the window was closed while the job ran


@dataclass
class _Request:
    generation: int
    function: Callable[[], Any]
    done: Callable[[Any], None]
    failed: Callable[[Exception], None] | None
    keep_up: bool
    long: bool = False


@dataclass
class _Lane:
    """The requests of one key."""

    generation: int = 0  # the latest request's
    shown: int = 0  # the newest generation answered, or cancelled up to
    waiting: _Request | None = None  # the newest request not started yet
    running: _Request | None = None  # started; its answer has not reached the UI thread yet
    timer: QTimer | None = field(default=None, repr=False)


class BackgroundRunner(QObject):
    """A small thread pool whose answers come back on the UI thread, the latest per key winning."""

    def __init__(self, parent: QObject | None = None, *, threads: int = 1) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        # One thread by default: Python threads share one interpreter lock, so more workers
        # would mostly contend with each other and with the UI thread.
        self._pool.setMaxThreadCount(threads)
        self._bridge = _Bridge(self)
        self._bridge.finished.connect(self._deliver)
        self._lanes: dict[str, _Lane] = {}
        self._closed = False
        self.stopping = threading.Event()

    def run(self, key: str, function: Callable[[], T], done: Callable[[T], None],
            failed: Callable[[Exception], None] | None = None, *, delay_ms: int = 0,
            keep_up: bool = False, long: bool = False) -> None:
        """Call ``function()`` in the pool (after ``delay_ms`` without a newer request for ``key``);
        ``long``: work on a long text, run when no other long job of the process's runners is running
        (see ``long_text``)."""
        if self._closed:
            return
        lane = self._lanes.setdefault(key, _Lane())
        lane.generation += 1
        lane.waiting = _Request(lane.generation, function, done, failed, keep_up, long)
        if delay_ms > 0:
            if lane.timer is None:
                lane.timer = QTimer(self)
                lane.timer.setSingleShot(True)
                lane.timer.timeout.connect(lambda: self._start(key))
            lane.timer.start(delay_ms)
        else:
            self._start(key)

    def flush(self, key: str | None = None) -> None:
        """Start the requests waiting for a pause now (for ``key``, or every key)."""
        for name in self._keys(key):
            self._start(name)

    def cancel(self, key: str | None = None) -> None:
        """Forget ``key``'s requests (every key when None): the waiting one is dropped and the
        running one's answer will be (the work itself still ends)."""
        for name in self._keys(key):
            lane = self._lanes[name]
            lane.waiting = None
            if lane.timer is not None:
                lane.timer.stop()
            lane.shown = lane.generation

    def busy(self, key: str | None = None) -> bool:
        """True while an answer is awaited (for ``key``, or for any key)."""
        return any(lane.waiting is not None or (lane.running is not None and lane.running.generation > lane.shown)
                   for lane in (self._lanes[name] for name in self._keys(key)))

    def is_idle(self) -> bool:
        """Nothing waiting or running, not even work whose answer was cancelled."""
        return all(lane.waiting is None and lane.running is None for lane in self._lanes.values())

    def shutdown(self, wait: bool = True) -> None:
        """Drop waiting work, ask running work to stop (``stopping``) and stop answering; ``wait``
        for the running jobs to end."""
        self._closed = True
        self.stopping.set()
        for lane in self._lanes.values():
            lane.waiting = None
            if lane.timer is not None:
                lane.timer.stop()
        self._pool.clear()
        if wait:
            self._pool.waitForDone()

    def _keys(self, key: str | None) -> list[str]:
        if key is None:
            return list(self._lanes)
        return [key] if key in self._lanes else []

    def _start(self, key: str) -> None:
        lane = self._lanes[key]
        if lane.timer is not None:
            lane.timer.stop()
        if self._closed or lane.waiting is None or lane.running is not None:
            return  # a running request starts the waiting one when its answer is in
        request, lane.waiting, lane.running = lane.waiting, None, lane.waiting
        self._pool.start(_Job(key, request.generation, request.function, self._bridge,
                              self.stopping if request.long else None))

    def _deliver(self, key: str, generation: int, ok: bool, result: object) -> None:
        lane = self._lanes[key]
        request, lane.running = lane.running, None
        if request is not None and not self._closed and generation > lane.shown and (
                generation == lane.generation or request.keep_up):
            lane.shown = generation
            if ok:
                request.done(result)
            elif request.failed is not None:
                request.failed(result)  # type: ignore[arg-type]  # not ok: the job's exception
        if lane.waiting is not None and (lane.timer is None or not lane.timer.isActive()):
            self._start(key)
