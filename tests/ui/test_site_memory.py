"""The open site's memory for segment verification: read beside the checks, never before them."""

from __future__ import annotations

import threading

from editor.model.checks import pipeline
from editor.ui import problem_checker
from tests.ui.window_fixtures import (opened_window, pyside_refcount_guard, recovery_dir,  # noqa: F401
                                      settings_file, site_copy)


def test_the_pairs_checks_do_not_wait_for_the_memory_and_run_again_with_it(qtbot, site_copy, settings_file,  # noqa: F811
                                                                           recovery_dir, monkeypatch):
    """On a site of thousands of postings the memory takes minutes to read the first time: the
    problems panel stayed empty all that while."""
    gate, memories = threading.Event(), []
    real_memory, real_check = pipeline.site_memory, problem_checker.check_snapshot

    def slow_memory(root, *, stop=None):
        gate.wait(20)
        return real_memory(root, stop=stop)

    def check(snapshot):
        memories.append(snapshot.memory)
        return real_check(snapshot)

    monkeypatch.setattr(pipeline, "site_memory", slow_memory)
    monkeypatch.setattr(problem_checker, "check_snapshot", check)
    with opened_window(site_copy, settings_file, recovery_dir) as window:
        assert window.select_pair("product-manager", ask=False)
        qtbot.waitUntil(lambda: bool(memories) and window.checker.is_idle(), timeout=20000)
        assert memories[-1] is None  # checked while the memory is still being read
        shown = len(memories)
        gate.set()
        qtbot.waitUntil(lambda: len(memories) > shown and window.checker.is_idle(), timeout=20000)
        assert memories[-1] is not None and len(memories[-1]) > 0  # checked again, segments verified
