"""The one background runner: the latest request per key wins, failures reach the log and the UI."""

from __future__ import annotations

import logging
import threading

import pytest

from editor.ui.background import BackgroundRunner
from editor.ui.preview_renderer import PreviewRenderer
from editor.ui.preview_view import PreviewView
from editor.ui.problems_panel import ProblemsPanel
from tests.ui.window_fixtures import LongReading


@pytest.fixture
def runner(qapp):
    made = BackgroundRunner()
    yield made
    made.shutdown()
    made.deleteLater()


def test_superseded_requests_never_show_their_results(runner, qtbot):
    gate = threading.Event()
    started = threading.Event()
    shown = []

    def slow():
        started.set()
        gate.wait(5)
        return "first"

    runner.run("key", slow, shown.append)
    assert started.wait(5)
    runner.run("key", lambda: "second", shown.append)  # waits for "first", which it supersedes
    runner.run("key", lambda: "third", shown.append)   # supersedes "second" before it starts
    gate.set()
    qtbot.waitUntil(runner.is_idle, timeout=5000)
    assert shown == ["third"]


def test_keys_do_not_supersede_each_other(runner, qtbot):
    shown = []
    runner.run("en", lambda: "en", shown.append)
    runner.run("fr", lambda: "fr", shown.append)
    qtbot.waitUntil(runner.is_idle, timeout=5000)
    assert sorted(shown) == ["en", "fr"]


def test_a_delayed_request_waits_for_a_pause_or_a_flush(runner, qtbot):
    shown = []
    runner.run("key", lambda: 1, shown.append, delay_ms=60_000)
    qtbot.wait(50)
    assert shown == [] and runner.busy("key")
    runner.flush()
    qtbot.waitUntil(runner.is_idle, timeout=5000)
    assert shown == [1]


def test_a_failure_goes_to_the_log_with_its_traceback_and_to_failed(runner, qtbot, caplog):
    def broken():
        raise ValueError("a bug in a check")

    errors = []
    with caplog.at_level(logging.ERROR, logger="editor.ui.background"):
        runner.run("key", broken, lambda _result: pytest.fail("no result"), errors.append)
        qtbot.waitUntil(runner.is_idle, timeout=5000)
    assert [str(error) for error in errors] == ["a bug in a check"]
    record = next(r for r in caplog.records if r.name == "editor.ui.background")
    assert record.exc_info and "a bug in a check" in str(record.exc_info[1])


def test_a_cancelled_request_answers_nobody(runner, qtbot):
    gate = threading.Event()
    shown = []
    runner.run("key", lambda: gate.wait(5) and "late", shown.append)
    runner.cancel("key")
    assert not runner.busy("key")
    gate.set()
    qtbot.waitUntil(runner.is_idle, timeout=5000)
    assert shown == []


def test_shutdown_asks_running_work_to_stop_and_a_stop_is_no_failure(qapp, caplog):
    runner = BackgroundRunner()
    reading = LongReading(seconds=10)
    stop = runner.stopping.is_set
    with caplog.at_level(logging.ERROR, logger="editor.ui.background"):
        runner.run("key", lambda: reading(stop), lambda _r: None, lambda _e: None)
        assert reading.started.wait(5)
        runner.shutdown()  # waits for the job: it ends at its next step
    assert reading.seen == ["stopped"]
    assert not [r for r in caplog.records if r.name == "editor.ui.background"]
    runner.deleteLater()


def test_a_failing_preview_says_so_in_the_preview(qapp, qtbot):
    def render(**_kwargs):
        raise RuntimeError("renderer exploded")

    view = PreviewView()
    qtbot.addWidget(view)
    renderer = PreviewRenderer(render=render, delay_ms=0)
    renderer.failed.connect(lambda _key, reason: view.show_failure(reason))
    try:
        renderer.request("en", text="x")
        qtbot.waitUntil(lambda: "could not be made" in view.toPlainText(), timeout=5000)
        assert "renderer exploded" in view.toPlainText()
    finally:
        renderer.shutdown()


def test_the_problems_panel_says_when_the_checks_failed(qapp, qtbot):
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.set_problems([])
    assert "none" in panel.summary.text()
    panel.show_failure()
    assert "failed" in panel.summary.text() and "none" not in panel.summary.text()
    panel.retranslate()
    assert "failed" in panel.summary.text()
    panel.set_problems([])  # the next good check replaces the message
    assert "none" in panel.summary.text()


def test_work_started_from_the_window_never_forks(runner, qtbot):
    # The checks, the index and the translation status run their process pools from the runner.
    import multiprocessing

    from editor.model.site.parallel import start_method

    chosen = []
    runner.run("pool", start_method, chosen.append)
    qtbot.waitUntil(runner.is_idle, timeout=5000)
    expected = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    assert chosen == [expected]
    assert start_method() == expected  # the UI thread too: Qt's threads run beside it


def test_one_runner_runs_one_job_at_a_time_whatever_the_keys(runner, qtbot):
    """A runner keeps to its one thread whatever the keys (its work may share state between keys),
    as a pool shared between runners would have to keep it. The second key's job would open the
    gate if it ran alongside."""
    gate, order = threading.Event(), []

    def first():
        order.append("first starts")
        gate.wait(0.25)  # a second job run alongside opens it long before
        order.append("first ends")

    runner.run("a", first, lambda _: None)
    runner.run("b", lambda: (order.append("second"), gate.set()), lambda _: None)
    qtbot.waitUntil(runner.is_idle)
    assert order == ["first starts", "first ends", "second"]


def test_runners_do_not_wait_for_each_other(qapp, qtbot):
    """One runner's long job (a Hugo build) holds up neither another runner's work nor its closing."""
    holding, other = BackgroundRunner(), BackgroundRunner()
    gate, started, shown = threading.Event(), threading.Event(), []
    holding.run("long", lambda: (started.set(), gate.wait(30)), lambda _: None)
    assert started.wait(5)
    other.run("short", lambda: "done", shown.append)
    qtbot.waitUntil(other.is_idle)
    other.shutdown()  # returns at once: the long job is not its own
    assert shown == ["done"] and not gate.is_set() and not holding.is_idle()
    gate.set()
    holding.shutdown()
    for made in (holding, other):
        made.deleteLater()


def test_long_jobs_of_different_runners_run_one_after_the_other(qapp, qtbot):
    """Work on long texts (``long=True``) runs one job at a time across runners, so that the UI thread
    is not one of seven threads taking turns at Python's lock; other work does not wait for it, and a
    long job still waiting when its runner shuts down ends at once, as stopped work does."""
    from editor.ui.background import long_text

    first, second, third = BackgroundRunner(), BackgroundRunner(), BackgroundRunner()
    gate, started, order, shown = threading.Event(), threading.Event(), [], []
    first.run("long", lambda: (order.append("first starts"), started.set(), gate.wait(0.25),
                               order.append("first ends")), lambda _: None, long=True)
    assert started.wait(5)
    second.run("long", lambda: (order.append("second"), gate.set()), lambda _: None, long=True)
    third.run("short", lambda: gate.is_set(), shown.append)  # not long: runs alongside, gate still shut
    qtbot.waitUntil(lambda: first.is_idle() and second.is_idle() and third.is_idle())
    assert order == ["first starts", "first ends", "second"] and shown == [False]
    holding = threading.Event()
    first.run("long", lambda: holding.wait(30), lambda _: None, long=True)
    failures: list = []
    second.run("long", lambda: "never", shown.append, failures.append, long=True)
    qtbot.waitUntil(lambda: not first.is_idle())
    second.shutdown()  # returns at once: its job was waiting for the other runner's
    assert shown == [False] and not holding.is_set()
    holding.set()
    first.shutdown()
    for made in (first, second, third):
        made.deleteLater()
    assert long_text("x" * 60_000, b"y" * 40_000) and not long_text("x" * 99_999)
