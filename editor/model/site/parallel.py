"""Spreading independent work over processes, for sites with thousands of postings."""

from __future__ import annotations

import os
import sys
import threading
from typing import TYPE_CHECKING, Any, TypeVar
from collections.abc import Callable, Sequence

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

T = TypeVar("T")
R = TypeVar("R")


def default_workers(jobs: int, threshold: int) -> int:
    """Up to four processes once there are ``threshold`` jobs; one below (starting costs more)."""
    return min(4, os.cpu_count() or 1) if jobs >= threshold else 1


def idle_cores() -> int:
    """Cores no other process is using: the processor count less the load of the last minute,
    rounded down; every core where the system does not say. Work spread over copies of a process
    gains wall time only on a core that would otherwise be idle, and always costs CPU time."""
    cores = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):  # no load average here (Windows)
        return cores
    return max(0, int(cores - load))


def start_method(methods: Sequence[str] | None = None) -> str:
    """How worker processes start here: ``fork`` only where it is safe, ``forkserver`` (or
    ``spawn``) elsewhere.

    fork copies the already imported modules, so workers start in milliseconds; but it copies
    the calling thread alone, with every lock another thread held at that moment held forever
    in the child. So no fork from a thread other than the main one, nor while other Python
    threads run, nor once Qt is loaded (the window: its thread pools, its GUI thread and
    graphics libraries are threads Python cannot see)."""
    if methods is None:
        import multiprocessing

        methods = multiprocessing.get_all_start_methods()
    if _alone() and "fork" in methods:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def fork_is_safe() -> bool:
    """Whether :func:`start_method` says ``fork`` here, without importing multiprocessing to ask
    which methods there are: it lists ``fork`` wherever ``os.fork`` exists. A cold ``list`` asks
    this once, and the import (pickle, sockets, signals: ~10 ms) was ~0.5% of its CPU time."""
    return hasattr(os, "fork") and _alone()


def _alone() -> bool:
    # The main thread, no other Python thread, and no Qt (its threads are invisible to Python).
    return (threading.current_thread() is threading.main_thread() and threading.active_count() == 1
            and not any(name.startswith(("PySide6", "PyQt")) for name in sys.modules))


def map_in_processes(function: Callable[..., R], chunks: Sequence[T], workers: int, *shared: object,
                     initializer: Callable[..., object] | None = None, initargs: tuple[Any, ...] = ()) -> list[R] | None:
    """``[function(chunk, *shared) for chunk in chunks]`` in ``workers`` processes, in order.

    ``shared`` goes to the workers with every chunk; ``initializer(*initargs)`` runs once in each
    worker before its first chunk: the way to hand workers something large (a forked worker
    inherits ``initargs`` as they are, others receive them once). None when processes cannot be
    had here (the caller then does the work itself). The multiprocessing machinery is imported
    only now: the window never needs it to start.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    method = start_method()
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        # The server imports the work's module once; each worker forked from it then starts
        # with it loaded, nearly as fast as with fork.
        context.set_forkserver_preload([function.__module__])
    try:
        pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                                   initargs=(initializer, initargs))
    except OSError:
        return None
    try:
        # Not pool.map: leaving its results early cancels the futures not started, see _stop.
        futures = [pool.submit(function, chunk, *shared) for chunk in chunks]
        results = [future.result() for future in futures]
    except (OSError, BrokenProcessPool):
        # The caller does the work itself: what is still queued is dropped, not run for nothing.
        # Its workers are alive (a broken pool has failed every future already), so cancelling
        # here is safe, unlike in _stop.
        pool.shutdown(wait=True, cancel_futures=True)
        return None
    except BaseException:
        # Ctrl+C (or any exit): leaving the pool the usual way would wait for every chunk still
        # queued, half a minute of a large site's check after the user asked to stop.
        _stop(pool)
        raise
    pool.shutdown(wait=True)
    return results


def _start_worker(initializer: Callable[..., object] | None, initargs: tuple[Any, ...]) -> None:
    """A terminal's Ctrl+C reaches the workers too: the caller stops them (``_stop``); a worker
    that took it itself would die with a traceback on the user's terminal."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if initializer is not None:
        initializer(*initargs)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Drop the work ``pool`` has not started and end its workers, without waiting for them.

    The work not started is not cancelled: once its workers are gone the pool fails it itself.
    Python 3.11's pool thread cannot fail a cancelled future (InvalidStateError, a traceback):
    it then died before closing its queue's pipe, and the exit waited for ever on the thread
    still writing a chunk into that pipe."""
    processes = list((getattr(pool, "_processes", None) or {}).values())  # no public way before 3.14
    manager = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False)
    for process in processes:
        try:
            process.terminate()
        except (OSError, ValueError, AttributeError):  # already gone or closed
            pass
    # The pool's own thread sees its workers gone and closes its wake-up pipe. Python 3.11's exit
    # hook writes to that pipe unless it is closed, without a lock: while the thread was closing
    # it, the exit printed "Exception ignored … Bad file descriptor" on the terminal (one Ctrl+C
    # in a few). Waiting for the thread (a few ms; bounded) leaves the hook a closed pipe to skip.
    if manager is not None and manager.is_alive():
        manager.join(timeout=5)


def map_beside(function: Callable[[T], R], parts: Sequence[T], *, pack: Callable[[R], bytes],
               unpack: Callable[[bytes], R]) -> list[R] | None:
    """``[function(part) for part in parts]``: the first part in this process while each other
    part is worked out in a forked copy of it, at the same time; None when fork is not safe here
    (see :func:`start_method`) or cannot be had (the caller then chooses another way).

    For work too short for a pool: a forked copy starts with everything loaded, nothing is sent
    to it, and this process works too instead of waiting, so the cost is the fork and the answer,
    which the copy sends as ``pack(result)`` bytes (made back into the result with ``unpack``)
    through a pipe. A part whose copy fails, dies or cannot start is worked out here instead."""
    if len(parts) < 2 or not fork_is_safe():
        return None
    copies: list[_Copy] = []
    try:
        # Inside the guard: a Ctrl+C between two forks must end the copies already at work too.
        for part in parts[1:]:
            copy = _fork(function, part, pack)
            if copy is None:
                break
            copies.append(copy)
        if not copies:
            return None  # no processes here: the caller works alone
        results = [function(parts[0])]
        for copy, part in zip(copies, parts[1:]):
            answer = copy.answer()
            results.append(unpack(answer) if answer is not None else function(part))
        results += [function(part) for part in parts[len(copies) + 1:]]
        return results
    except BaseException:
        # Ctrl+C, or this process failed: the copies still at work are ended rather than waited for.
        for copy in copies:
            copy.end()
        raise


class _Copy:
    """A forked copy of this process at work on one part, until its answer is read."""

    def __init__(self, pid: int, reading: int):
        self.pid: int | None = pid  # None once waited for (the number may then be another process's)
        self.reading: int | None = reading  # None once closed (the number may then be another file's)

    def answer(self) -> bytes | None:
        """What the copy sent, None when it failed; the copy is gone afterwards."""
        chunks = []
        try:
            while chunk := os.read(self._reading(), 1 << 20):
                chunks.append(chunk)
        except OSError:
            chunks = []
        self._close()
        assert self.pid is not None
        _, status = os.waitpid(self.pid, 0)
        self.pid = None
        return b"".join(chunks) if status == 0 and chunks else None

    def end(self) -> None:
        import signal

        self._close()
        if self.pid is not None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except OSError:  # gone already
                pass
            self.pid = None

    def _reading(self) -> int:
        assert self.reading is not None
        return self.reading

    def _close(self) -> None:
        if self.reading is not None:
            os.close(self.reading)
            self.reading = None


def _fork(function: Callable[[T], R], part: T, pack: Callable[[R], bytes]) -> _Copy | None:
    try:
        reading, writing = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        os.close(reading)
        os.close(writing)
        return None
    if pid == 0:  # the copy: its part, its answer, then gone without running this program's exit
        status = 1
        try:
            os.close(reading)
            data = memoryview(pack(function(part)))
            while data:
                data = data[os.write(writing, data):]
            status = 0
        finally:
            os._exit(status)
    os.close(writing)
    return _Copy(pid, reading)
