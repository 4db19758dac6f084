"""A pytest plugin for benchmarks/bench_suite.py: each test's worker, start, end and CPU seconds.

CPU is that of the worker's whole process tree (itself, the children it waited for, and the live
descendants with what they waited for: pool workers, window programs forked by a server), read from
/proc (Linux) before and after each test, and appended as one JSON line to $SUITE_TIMELINE.
"""

from __future__ import annotations

import json
import os
import time

import pytest

_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _own_and_waited(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return sum(int(value) for value in fields[11:15]) / _TICK  # utime, stime, cutime, cstime


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        for thread in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{thread}/children", encoding="ascii") as children:
                found += [int(child) for child in children.read().split()]
    except OSError:
        pass
    return found


def tree_cpu() -> float:
    total, todo = 0.0, [os.getpid()]
    while todo:
        pid = todo.pop()
        total += _own_and_waited(pid)
        todo += _children(pid)
    return total


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item, nextitem):
    start, cpu = time.time(), tree_cpu()
    try:
        return (yield)
    finally:
        out = os.environ.get("SUITE_TIMELINE")
        if out:
            row = [os.environ.get("PYTEST_XDIST_WORKER", "main"), item.nodeid, start, time.time(), tree_cpu() - cpu]
            with open(out, "a", encoding="utf-8") as timeline:
                timeline.write(json.dumps(row) + "\n")
