"""The open site's memory for segment verification: read beside the checks, never before them."""

from __future__ import annotations

import functools
import threading

from editor.model.translation.memory import build
from editor.ui import problem_checker
from tests.ui.window_fixtures import (opened_window, pyside_refcount_guard, recovery_dir,  # noqa: F401
                                      settings_file, site_copy)


def test_the_pairs_checks_do_not_wait_for_the_memory_and_run_again_with_it(qtbot, site_copy, settings_file,  # noqa: F811
                                                                           recovery_dir, monkeypatch):
    """On a site of thousands of postings the memory takes minutes to read the first time: the
    problems panel stayed empty all that while."""
    gate, memories = threading.Event(), []
    real_memory, real_check = build.read_present, problem_checker.check_snapshot

    def slow_memory(*args, **kwargs):
        gate.wait(20)
        return real_memory(*args, **kwargs)

    def check(snapshot):
        memories.append(snapshot.memory)
        return real_check(snapshot)

    monkeypatch.setattr(build, "read_present", slow_memory)
    monkeypatch.setattr(problem_checker, "check_snapshot", check)
    with opened_window(site_copy, settings_file, recovery_dir) as window:
        assert window.select_pair("product-manager", ask=False)
        qtbot.waitUntil(lambda: bool(memories) and window.checker.is_idle(), timeout=20000)
        assert memories[-1] is None  # checked while the memory is still being read
        shown = len(memories)
        gate.set()
        qtbot.waitUntil(lambda: len(memories) > shown and window.checker.is_idle(), timeout=20000)
        assert memories[-1] is not None and len(memories[-1]) > 0  # checked again, segments verified


def test_the_suggestions_memory_is_read_after_the_checks_and_aligns_no_pair_again(qtbot, site_copy,  # noqa: F811
                                                                                 settings_file, recovery_dir,
                                                                                 monkeypatch):
    """The pane and the checks each read the whole site's memory at the same time: every pair was
    aligned twice, on a 5,000-posting site minutes of work."""
    aligned = []
    real = build.pair_units
    monkeypatch.setattr(build, "pair_units", lambda *args, **kwargs: aligned.append(args[3]) or real(*args, **kwargs))
    monkeypatch.setattr(build, "_aligned_pairs", functools.cache(build._AlignedPairs))  # what this process aligned before aside
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", str(site_copy.parent / "cache"))
    monkeypatch.setattr(build, "_RACY_SECONDS", -1)  # the copy's files were written just now
    with opened_window(site_copy, settings_file, recovery_dir) as window:
        pane = window.translator.suggestions
        qtbot.waitUntil(lambda: pane.memory is not None and window.memories.verification is not None, timeout=30000)
        assert pane.memory is window.memories.suggestions and len(pane.memory) > 0
        assert aligned and len(aligned) == len(set(aligned))  # each pair once, for both memories
        # Outside git there are no earlier versions: one memory serves both.
        assert window.memories.suggestions is window.memories.verification


def test_in_a_git_site_the_suggestions_memory_adds_earlier_versions(qtbot, site_copy, settings_file,  # noqa: F811
                                                                    recovery_dir):
    import subprocess

    def git(*args):
        subprocess.run(["git", "-C", str(site_copy), "-c", "user.name=T", "-c", "user.email=t@example.org", *args],
                       check=True, capture_output=True, timeout=60)

    git("init", "-q")
    git("add", "-A")
    git("commit", "-q", "-m", "postings")
    english = next((site_copy / "content" / "en").rglob("product-manager--*.md"))
    english.write_text(english.read_text(encoding="utf-8").replace("title: 'Product Manager'", "title: 'Product Lead'", 1),
                       encoding="utf-8")
    git("commit", "-q", "-am", "retitled")
    with opened_window(site_copy, settings_file, recovery_dir) as window:
        memories = window.memories
        qtbot.waitUntil(lambda: memories.suggestions is not None and memories.verification is not None, timeout=30000)
        assert memories.suggestions is not memories.verification
        earlier = {unit.en for unit in memories.suggestions.units} - {unit.en for unit in memories.verification.units}
        assert "Product Manager" in earlier  # the title as it was
        # One memory: verification reads the present of the suggestions' memory, not a copy of it.
        assert memories.verification.units[0] is memories.suggestions.units[0]
        assert memories.verification.units == memories.suggestions.units[:len(memories.verification)]
        assert "Product Manager" not in {match.source for match in memories.verification.lookup("Product Manager", "en")}
        assert "Product Manager" in {match.source for match in memories.suggestions.lookup("Product Manager", "en")}


def test_closing_the_window_stops_the_reading_of_git_history(qtbot, site_copy, settings_file,  # noqa: F811
                                                             recovery_dir, monkeypatch):
    """A commit touching hundreds of postings took tens of seconds to read, and closing waited."""
    import subprocess

    from tests.ui.window_fixtures import LongReading

    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "postings"]):
        subprocess.run(["git", "-C", str(site_copy), "-c", "user.name=T", "-c", "user.email=t@example.org", *args],
                       check=True, capture_output=True, timeout=60)
    reading = LongReading()
    monkeypatch.setattr(build.PresentMemory, "with_history", lambda self, *, stop=None, **_options: reading(stop))
    with opened_window(site_copy, settings_file, recovery_dir) as window:
        window.show()
        qtbot.waitUntil(reading.started.is_set, timeout=30000)  # (started once the present is in, on this thread)
        assert window.memories.verification is not None  # the present serves verification meanwhile
        assert window.close()
        assert reading.seen == ["stopped"]
