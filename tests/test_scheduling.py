"""The order pytest-xdist's workers collect the tests in (tests/scheduling.py)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from tests import scheduling


class _Cache:
    def __init__(self, seconds: dict | None):
        self.values = {} if seconds is None else {scheduling.CACHE_KEY: seconds}

    def get(self, key, default):
        return self.values.get(key, default)

    def set(self, key, value):
        self.values[key] = value


def _item(nodeid: str, group: str | None = None):
    mark = SimpleNamespace(args=(group,), kwargs={}) if group else None  # what pytest.mark.xdist_group(group) holds
    return SimpleNamespace(nodeid=nodeid + (f"@{group}" if group else ""),
                           get_closest_marker=lambda name: mark if name == "xdist_group" else None)


def _config(seconds: dict | None, *, worker: bool = True):
    config = SimpleNamespace(cache=_Cache(seconds))
    if worker:
        config.workerinput = {}
    return config


ITEMS = [("a.py::one", None), ("a.py::two", None), ("b.py::slow", None), ("c.py::x", "heavy"),
         ("d.py::y[p@q]", "heavy"), ("e.py::new", None)]


def _order(config) -> list[str]:
    items = [_item(nodeid, group) for nodeid, group in ITEMS]
    scheduling.longest_first(config, items)
    return [item.nodeid for item in items]


def test_modules_and_groups_go_longest_first_each_in_file_order():
    seconds = {"a.py::one": 1.0, "a.py::two": 1.0, "b.py::slow": 5.0, "c.py::x": 2.0, "d.py::y[p@q]": 4.0}
    assert _order(_config(seconds)) == ["c.py::x@heavy", "d.py::y[p@q]@heavy", "b.py::slow", "a.py::one",
                                        "a.py::two", "e.py::new"]  # the new test counts as a typical one (2 s)


@pytest.mark.parametrize("config", [_config(None), _config({})], ids=["no record", "empty record"])
def test_without_a_record_the_groups_go_first_and_the_rest_in_file_order(config):
    assert _order(config) == ["c.py::x@heavy", "d.py::y[p@q]@heavy", "a.py::one", "a.py::two", "b.py::slow", "e.py::new"]


def test_a_run_in_one_process_keeps_the_file_order():
    assert _order(_config({"b.py::slow": 5.0}, worker=False)) == [
        nodeid + (f"@{group}" if group else "") for nodeid, group in ITEMS]


def test_the_controller_records_each_test_once_with_its_set_up_and_tear_down():
    config = _config({"gone.py::kept": 3.0, "a.py::one": 9.0}, worker=False)
    recorder = scheduling.Recorder()
    for when, duration in (("setup", 0.5), ("call", 1.0), ("teardown", 0.25)):
        recorder.pytest_runtest_logreport(SimpleNamespace(nodeid="a.py::one@g", when=when, duration=duration))
    recorder.pytest_sessionfinish(SimpleNamespace(config=config))
    assert config.cache.values[scheduling.CACHE_KEY] == {"gone.py::kept": 3.0, "a.py::one": 1.75}
