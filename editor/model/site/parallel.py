"""Spreading independent work over processes, for sites with thousands of postings."""

from __future__ import annotations

import os
from typing import Callable, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def default_workers(jobs: int, threshold: int) -> int:
    """Up to four processes once there are ``threshold`` jobs; one below (starting costs more)."""
    return min(4, os.cpu_count() or 1) if jobs >= threshold else 1


def map_in_processes(function: Callable[..., R], chunks: Sequence[T], workers: int, *shared) -> list[R] | None:
    """``[function(chunk, *shared) for chunk in chunks]`` in ``workers`` processes, in order.

    None when processes cannot be had here (the caller then does the work itself). The
    multiprocessing machinery is imported only now: the window never needs it to start.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # fork shares the already imported modules, so workers start in milliseconds.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method)) as pool:
            return list(pool.map(function, chunks, *([item] * len(chunks) for item in shared)))
    except (OSError, BrokenProcessPool):
        return None
