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
    alone = (threading.current_thread() is threading.main_thread() and threading.active_count() == 1
             and not any(name.startswith(("PySide6", "PyQt")) for name in sys.modules))
    if alone and "fork" in methods:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


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
    pool.shutdown(wait=False)
    for process in processes:
        try:
            process.terminate()
        except (OSError, ValueError, AttributeError):  # already gone or closed
            pass
