"""Running slow model calls (git, planning, Hugo) off the UI thread.

``BackgroundRunner.run(key, function, done, failed)`` calls ``function()`` on a private
thread pool and then ``done(result)`` — or ``failed(exception)`` — on the UI thread. For
each ``key`` only the latest request's answer is delivered: a newer request for the same
key makes the older answer stale, so a preview or a status never goes backwards.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Bridge(QObject):
    """Lives in the UI thread; workers emit on it, so delivery is queued there."""

    finished = Signal(str, int, bool, object)  # key, generation, succeeded, result or exception


class _Job(QRunnable):
    def __init__(self, key: str, generation: int, function: Callable[[], object], bridge: _Bridge) -> None:
        super().__init__()
        self._key, self._generation, self._function, self._bridge = key, generation, function, bridge

    def run(self) -> None:
        try:
            result, ok = self._function(), True
        except Exception as error:  # noqa: BLE001 - the UI decides what to tell the user
            log.debug("background job %s failed", self._key, exc_info=True)
            result, ok = error, False
        try:
            self._bridge.finished.emit(self._key, self._generation, ok, result)
        except RuntimeError:
            pass  # the window was closed while the job ran


class BackgroundRunner(QObject):
    """A small thread pool whose answers come back on the UI thread, latest per key winning."""

    def __init__(self, parent: QObject | None = None, *, threads: int = 1) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._bridge = _Bridge(self)
        self._bridge.finished.connect(self._deliver)
        self._generations: dict[str, int] = {}
        self._callbacks: dict[tuple[str, int], tuple] = {}
        self._closed = False

    def run(self, key: str, function: Callable[[], object], done: Callable[[object], None],
            failed: Callable[[Exception], None] | None = None) -> None:
        if self._closed:
            return
        generation = self._generations.get(key, 0) + 1
        self._generations[key] = generation
        self._callbacks = {k: v for k, v in self._callbacks.items() if k[0] != key}
        self._callbacks[(key, generation)] = (done, failed)
        self._pool.start(_Job(key, generation, function, self._bridge))

    def cancel(self, key: str) -> None:
        """Forget the answer of ``key``'s running request (the work itself still ends)."""
        self._generations[key] = self._generations.get(key, 0) + 1
        self._callbacks = {k: v for k, v in self._callbacks.items() if k[0] != key}

    def busy(self, key: str | None = None) -> bool:
        """True while an answer is awaited (for ``key``, or for any key)."""
        return any(k[0] == key or key is None for k in self._callbacks)

    def is_idle(self) -> bool:
        return not self._callbacks and self._pool.activeThreadCount() == 0

    def _deliver(self, key: str, generation: int, ok: bool, result: object) -> None:
        callbacks = self._callbacks.pop((key, generation), None)
        if callbacks is None or self._closed:
            return
        done, failed = callbacks
        if ok:
            done(result)
        elif failed is not None:
            failed(result)
        else:
            log.error("background job %s failed: %s", key, result)

    def shutdown(self, wait: bool = True) -> None:
        """Drop queued work and stop answering; ``wait`` for the running jobs to end."""
        self._closed = True
        self._callbacks.clear()
        self._pool.clear()
        if wait:
            self._pool.waitForDone()
