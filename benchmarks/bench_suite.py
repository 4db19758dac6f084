"""How long ``make test`` takes, and how busy it keeps both workers (issue 12 §6: under 90 s on a
quiet 2-core machine).

    .venv/bin/python benchmarks/bench_suite.py [--top 25] [--timeline FILE] [PYTEST ARGS...]

Runs the suite as ``make test`` does (pytest-xdist, one worker per core, groups, longest first) with
the plugin benchmarks/suite_timeline.py, then prints: wall time with the load average before and
after (``uptime``: on a shared machine, wall time says little without it), CPU seconds of the whole
run (every process it started and waited for) and of the tests (with their forkservers), each
worker's share (tests run, CPU-s, when its last test ended: both should end together), and the
longest tests by CPU. Compare CPU seconds between runs; the
target in wall time holds only on a quiet machine. Linux (/proc).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

REPO = Path(__file__).resolve().parents[1]


class _Used(NamedTuple):
    ru_utime: float
    ru_stime: float


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def _machine_speed() -> float:
    """CPU seconds of a fixed pure-Python loop in a fresh interpreter, best of three.

    On a shared virtual machine the same suite's CPU time moved by a quarter within minutes (the
    host's other guests): this says how fast the machine was around a run, so that two runs'
    figures can be compared, or a run's scaled to another's speed."""
    best = float("inf")
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
        subprocess.run([sys.executable, "-c", "sum(i * i for i in range(10**7))"], check=True, timeout=120)
        best = min(best, resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime - before)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--top", type=int, default=25, help="how many of the longest tests to list")
    parser.add_argument("--timeline", help="keep the per-test timeline (JSON lines) in this file")
    options, pytest_args = parser.parse_known_args(argv)
    timeline = Path(options.timeline or tempfile.mkstemp(prefix="suite-timeline-", suffix=".jsonl")[1])
    timeline.write_text("", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SUITE_TIMELINE": str(timeline),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO / "benchmarks"), os.environ.get("PYTHONPATH")]))}
    command = [sys.executable, "-m", "pytest", "-q", "-n", "auto", "--dist", "loadgroup", "--no-loadscope-reorder",
               "-p", "suite_timeline", *pytest_args]
    speed_before = _machine_speed()
    spent_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    load_before, started = _load(), time.monotonic()
    finished = subprocess.run(command, cwd=REPO, env=env, stdout=subprocess.PIPE, text=True, errors="replace")
    status = finished.returncode
    wall = time.monotonic() - started
    spent = resource.getrusage(resource.RUSAGE_CHILDREN)
    used = _Used(spent.ru_utime - spent_before.ru_utime, spent.ru_stime - spent_before.ru_stime)
    speed_after = _machine_speed()
    rows = [json.loads(line) for line in timeline.read_text(encoding="utf-8").splitlines() if line]
    print(f"pytest exit status {status}; {len(rows)} tests")
    # A failing run's figures are not comparable with a passing one's: say which tests failed.
    for line in finished.stdout.splitlines():
        if line.startswith(("FAILED ", "ERROR ")):
            print(f"  {line}")
    print(f"wall {wall:.1f} s; load average (1, 5, 15 min) before {load_before}, after {_load()}")
    print(f"machine speed: a fixed loop took {speed_before:.2f} CPU-s before the run, {speed_after:.2f} after "
          f"(lower is faster; compare runs at like speeds)")
    print(f"CPU {used.ru_utime + used.ru_stime:.1f} s (user {used.ru_utime:.1f}, system {used.ru_stime:.1f}); "
          f"{(used.ru_utime + used.ru_stime) / wall * 100:.0f}% of one core on average")
    if not rows:
        return status or 1
    # Processes no one waits for are missing from the line above: the forkservers that start worker
    # processes once Qt is loaded (the suite's processes load it while collecting), with their workers.
    print(f"CPU in tests {sum(row[4] for row in rows):.1f} s (each test's process tree, forkservers included; "
          f"not the start and collection)")
    first = min(row[2] for row in rows)
    workers: dict[str, list[float]] = collections.defaultdict(lambda: [0, 0.0, 0.0])
    for worker, _, _start, end, cpu in rows:
        share = workers[worker]
        share[0] += 1
        share[1] += cpu
        share[2] = max(share[2], end - first)
    for worker, (count, cpu, last) in sorted(workers.items()):
        print(f"  {worker}: {count} tests, {cpu:.1f} CPU-s in tests, last test ended at {last:.1f} s")
    print(f"the {options.top} longest tests by CPU (CPU-s, wall s, worker):")
    for worker, nodeid, start, end, cpu in sorted(rows, key=lambda row: -row[4])[:options.top]:
        print(f"  {cpu:6.2f} {end - start:7.2f}  {worker}  {nodeid}")
    if not options.timeline:
        timeline.unlink()
    return status


if __name__ == "__main__":
    raise SystemExit(main())
