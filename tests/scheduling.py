"""The order in which pytest-xdist hands out the tests: the longest work first, so both workers end together.

With ``--dist loadgroup`` the controller queues each ``xdist_group`` whole and every other test
alone, in the order the workers collected them (``make test`` passes ``--no-loadscope-reorder``:
otherwise xdist puts the groups with the most tests first, however long they take). A worker asks
for more when it is almost out of work. Collected in file order, the window-process tests came
last, and the run ended with one worker on a single 10 s test while the other had finished.

So each worker, while collecting, orders the modules and groups by how long their tests took in the
last runs (recorded by the controller in pytest's cache, ``.pytest_cache``), longest first; tests keep
their file order inside a module or group, so module fixtures are made as often as before. A test
never timed counts as the typical test; with no record at all (a fresh checkout, CI) the groups go
first, as xdist's own order put them, and the rest in file order. Both workers read the same
record, so they collect the same order, as xdist requires. A run in one process keeps file order.
"""

from __future__ import annotations

import statistics
from collections import defaultdict

import pytest

CACHE_KEY = "posting-editor/test-seconds"


def _key(nodeid: str) -> str:
    """The test's id without the "@group" xdist adds (as xdist tells it from an "@" in parameters)."""
    return nodeid[:nodeid.rfind("@")] if nodeid.rfind("@") > nodeid.rfind("]") else nodeid


def _unit(item: pytest.Item) -> str:
    """What is queued together (an xdist group), or else what should stay together (the module)."""
    group = item.get_closest_marker("xdist_group")
    if group is not None:
        return "group:" + str(group.args[0] if group.args else group.kwargs.get("name", "default"))
    return "module:" + item.nodeid.split("::", 1)[0]


def longest_first(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Reorder ``items`` in place (in xdist's workers only)."""
    cache = getattr(config, "cache", None)
    if not hasattr(config, "workerinput"):
        return
    seconds = cache.get(CACHE_KEY, {}) if cache is not None else {}
    if not isinstance(seconds, dict) or not seconds:
        # Nothing timed yet: the groups first, as xdist would queue them (they hold the corpus checks).
        items.sort(key=lambda item: not _unit(item).startswith("group:"))
        return
    known = [value for value in seconds.values() if isinstance(value, (int, float))]
    typical = statistics.median(known) if known else 0.0
    cost: dict[str, float] = defaultdict(float)
    for item in items:
        value = seconds.get(_key(item.nodeid))
        cost[_unit(item)] += value if isinstance(value, (int, float)) else typical
    first_seen = {unit: position for position, unit in reversed(list(enumerate(map(_unit, items))))}
    # Stable: a unit's tests keep their order, and units of equal cost their file order.
    items.sort(key=lambda item: (-cost[_unit(item)], first_seen[_unit(item)]))


class Recorder:
    """Adds up each test's seconds (set-up, call and tear-down) in the controlling process, and
    keeps them in pytest's cache at the end, merged with those of tests this run did not run."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    @pytest.hookimpl
    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        self.seconds[_key(report.nodeid)] += report.duration

    @pytest.hookimpl
    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        cache = getattr(session.config, "cache", None)
        if cache is None or not self.seconds:
            return
        kept = cache.get(CACHE_KEY, {})
        kept = dict(kept) if isinstance(kept, dict) else {}
        kept.update((nodeid, round(value, 3)) for nodeid, value in self.seconds.items())
        cache.set(CACHE_KEY, kept)


def register(config: pytest.Config) -> None:
    """Record durations in the process that reports (not in xdist's workers)."""
    if not hasattr(config, "workerinput"):
        config.pluginmanager.register(Recorder(), "posting-editor-test-seconds")
