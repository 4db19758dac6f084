import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QThread, QTimer

from editor.model.render.preview import preview_html
from editor.ui.preview_renderer import PreviewRenderer
from editor.ui.preview_view import PreviewDocument, PreviewView

SAMPLE = (Path(__file__).parent / "data" / "sample_posting_en.md").read_text(encoding="utf-8")


def ten_kb_body() -> str:
    text = SAMPLE
    while len(text.encode("utf-8")) < 10_000:
        text += "\n\n" + SAMPLE
    return text


class Recorder:
    """A render function that remembers how and where it was called."""

    def __init__(self, delay: float = 0.0, gate: threading.Event | None = None):
        self.calls: list[dict] = []
        self.threads: set[int] = set()
        self.delay = delay
        self.gate = gate  # when given, each render is held until the test opens it
        self.started = threading.Event()

    def __call__(self, **kwargs) -> str:
        self.calls.append(kwargs)
        self.threads.add(threading.get_ident())
        self.started.set()
        if self.gate is not None:
            assert self.gate.wait(5)
        if self.delay:
            time.sleep(self.delay)
        if kwargs.get("explode"):
            raise ValueError("bad front matter")
        return f"<p>{kwargs['text']}</p>"


@pytest.fixture
def make_renderer(qapp):
    made = []

    def make(**options):
        renderer = PreviewRenderer(**options)
        made.append(renderer)
        return renderer

    yield make
    for renderer in made:
        renderer.shutdown()
        renderer.deleteLater()


def test_burst_of_requests_renders_once_with_the_latest(make_renderer, qtbot):
    recorder = Recorder()
    renderer = make_renderer(render=recorder, delay_ms=30)
    results = []
    renderer.rendered.connect(lambda key, html: results.append((key, html)))
    for text in ("a", "ab", "abc"):
        renderer.request("en", text=text)
    qtbot.waitUntil(lambda: bool(results), timeout=2000)
    qtbot.waitUntil(renderer.is_idle, timeout=2000)  # nothing left waiting that could render again
    assert results == [("en", "<p>abc</p>")]
    assert recorder.calls == [{"text": "abc"}]


def test_renders_in_a_worker_thread(make_renderer, qtbot):
    recorder = Recorder()
    renderer = make_renderer(render=recorder, delay_ms=0)
    with qtbot.waitSignal(renderer.rendered, timeout=2000):
        renderer.request("en", text="x")
    assert threading.get_ident() not in recorder.threads


def test_latest_request_wins_over_a_render_in_flight(make_renderer, qtbot):
    gate = threading.Event()
    recorder = Recorder(gate=gate)
    renderer = make_renderer(render=recorder, delay_ms=0)
    results = []
    renderer.rendered.connect(lambda key, html: results.append(html))
    renderer.request("en", text="old")
    renderer.flush()
    assert recorder.started.wait(2)
    renderer.request("en", text="new")  # arrives while "old" is rendering
    gate.set()
    qtbot.waitUntil(lambda: "<p>new</p>" in results, timeout=3000)
    qtbot.waitUntil(renderer.is_idle, timeout=3000)  # every answer is in: none can come after
    # "old" may be shown while "new" renders, but never after it.
    assert results[-1] == "<p>new</p>"
    assert results in (["<p>new</p>"], ["<p>old</p>", "<p>new</p>"])
    assert [call["text"] for call in recorder.calls] == ["old", "new"]
    assert renderer.is_idle()


def test_a_long_text_is_rendered_once_typing_pauses_and_not_kept_up_with(make_renderer, qtbot, monkeypatch):
    """A long text (a pasted document) waits for a longer pause, and a page superseded while it renders
    is not shown: its renders, 130 ms of Python each, no longer run after every key."""
    from editor.ui import preview_renderer

    monkeypatch.setattr(preview_renderer, "LONG_TEXT_DELAY_MS", 40)
    gate = threading.Event()
    recorder = Recorder(gate=gate)
    renderer = make_renderer(render=recorder, delay_ms=0)
    results = []
    renderer.rendered.connect(lambda key, html: results.append(html))
    renderer.request("en", long=True, text="old")
    assert not recorder.started.is_set() and not renderer.is_idle()  # waiting for the pause
    qtbot.waitUntil(recorder.started.is_set, timeout=2000)
    renderer.request("en", long=True, text="new")  # arrives while "old" is rendering
    gate.set()
    qtbot.waitUntil(renderer.is_idle, timeout=3000)
    assert results == ["<p>new</p>"]
    assert [call["text"] for call in recorder.calls] == ["old", "new"]


def test_keys_are_independent(make_renderer, qtbot):
    renderer = make_renderer(render=Recorder(), delay_ms=10)
    results = {}
    renderer.rendered.connect(lambda key, html: results.__setitem__(key, html))
    renderer.request("en", text="Apply now")
    renderer.request("fr", text="Postuler")
    qtbot.waitUntil(lambda: len(results) == 2, timeout=2000)
    assert results == {"en": "<p>Apply now</p>", "fr": "<p>Postuler</p>"}


def test_failure_is_reported_not_raised(make_renderer, qtbot):
    renderer = make_renderer(render=Recorder(), delay_ms=0)
    with qtbot.waitSignal(renderer.failed, timeout=2000) as blocker:
        renderer.request("fr", text="x", explode=True)
    key, message = blocker.args
    assert key == "fr" and "bad front matter" in message
    # Still works afterwards.
    with qtbot.waitSignal(renderer.rendered, timeout=2000):
        renderer.request("fr", text="ok")


def test_ui_thread_is_not_blocked_by_a_slow_render(make_renderer, qtbot):
    # Told by the order of events rather than by a clock: the request returns while the render is
    # held, and the event loop runs a timer (which lets the render end) while the worker still renders.
    gate = threading.Event()
    renderer = make_renderer(render=Recorder(gate=gate), delay_ms=0)
    events = []
    renderer.rendered.connect(lambda *_args: events.append("rendered"))
    renderer.request("en", text="slow")
    renderer.flush()
    events.append("returned")
    QTimer.singleShot(0, lambda: (events.append("timer"), gate.set()))
    with qtbot.waitSignal(renderer.rendered, timeout=5000):
        pass
    assert events == ["returned", "timer", "rendered"]


def test_cancel_drops_pending_and_running_results(make_renderer, qtbot):
    gate = threading.Event()
    recorder = Recorder(gate=gate)
    renderer = make_renderer(render=recorder, delay_ms=0)
    results = []
    renderer.rendered.connect(lambda key, html: results.append(html))
    renderer.request("en", text="gone")
    renderer.flush()
    assert recorder.started.wait(2)
    renderer.cancel("en")
    gate.set()
    # Idle once the cancelled answer has come back to the UI thread: it was dropped, not shown.
    qtbot.waitUntil(renderer.is_idle, timeout=2000)
    assert results == []


def test_shutdown_waits_and_refuses_new_work(make_renderer, qtbot):
    recorder = Recorder(delay=0.02)  # long enough to be still running when shutdown is asked
    renderer = make_renderer(render=recorder, delay_ms=0)
    renderer.request("en", text="a")
    renderer.flush()
    assert recorder.started.wait(2)
    renderer.shutdown()  # returns once the running render is done
    assert len(recorder.calls) == 1
    renderer.request("en", text="b")
    qtbot.wait(50)
    assert len(recorder.calls) == 1


def test_real_preview_of_10kb_posting_arrives(make_renderer, qtbot):
    # How fast it arrives is measured by benchmarks/bench_window.py (keystroke to preview), not here:
    # a wall-clock bound in a test fails on a busy machine and proves nothing on a quiet one.
    renderer = make_renderer()  # default delay and the real preview_html
    body = ten_kb_body()
    for index in range(3):
        with qtbot.waitSignal(renderer.rendered, timeout=10000) as blocker:
            renderer.request("en", title="Developer", body_markdown=body + "x" * index,
                             lang="en", archived=False, lever_id="abc")
            if index:
                renderer.flush()  # the first waits out the default delay; the others need not
        assert "Apply now" in blocker.args[1] and "x" * index in blocker.args[1]


def test_bound_view_gets_the_page_rendered_in_the_worker_and_built_on_the_ui_thread(make_renderer, qtbot):
    view = PreviewView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    layout_threads = []

    def render(**kwargs):
        layout_threads.append(QThread.currentThread())
        return preview_html(**kwargs)

    renderer = make_renderer(render=render, delay_ms=0)
    renderer.bind_view("en", view)
    arguments = dict(title="Developer", lang="en", archived=False, lever_id="abc")
    with qtbot.waitSignal(renderer.rendered, timeout=3000):
        renderer.request("en", body_markdown=ten_kb_body(), **arguments)
    document = view.document()
    assert isinstance(document, PreviewDocument)
    assert document.thread() is view.thread()  # no Qt object ever crosses threads
    assert document.parent() is view
    assert layout_threads[0] is not view.thread()  # the Markdown rendering
    assert "Apply now" in view.toPlainText()

    bar = view.verticalScrollBar()
    bar.setValue(700)
    with qtbot.waitSignal(renderer.rendered, timeout=3000):
        renderer.request("en", body_markdown=ten_kb_body() + "\n\nTyped.", **arguments)
    assert view.document() is not document
    assert bar.value() == 700
    assert view.toPlainText().rstrip().endswith("Typed.")
    # The main window may also call set_html with the same page: nothing to do.
    current = view.document()
    view.set_html(view.html_source())
    assert view.document() is current


def test_lowers_the_interpreter_switch_interval(make_renderer):
    previous = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)
        make_renderer(render=Recorder())
        assert sys.getswitchinterval() == pytest.approx(0.001)
        sys.setswitchinterval(0.0005)
        make_renderer(render=Recorder())  # never raises it
        assert sys.getswitchinterval() == pytest.approx(0.0005)
        sys.setswitchinterval(0.005)
        make_renderer(render=Recorder(), switch_interval_ms=None)
        assert sys.getswitchinterval() == pytest.approx(0.005)
    finally:
        sys.setswitchinterval(previous)


EXIT_SCRIPT = """
import sys, threading, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from editor.app import guard_none_refcount
from editor.ui.preview_renderer import PreviewRenderer
from editor.ui.preview_view import PreviewView

quitting = threading.Event()

def slow(**kwargs):
    quitting.wait(5)
    time.sleep(0.05)  # still rendering while the renderer shuts down
    return "<p>late</p>"

guard_none_refcount()
app = QApplication(sys.argv)
app.aboutToQuit.connect(quitting.set)  # before the renderer's own shutdown, which waits for the render
view = PreviewView()
renderer = PreviewRenderer(render=slow, delay_ms=0)
renderer.bind_view("en", view)
renderer.request("en")
renderer.flush()
QTimer.singleShot(50, app.quit)  # quit while the render is still running
sys.exit(app.exec())
"""


def test_quitting_during_a_render_exits_cleanly():
    repo = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", EXIT_SCRIPT], cwd=repo, capture_output=True,
                            text=True, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert "QThread" not in result.stderr
    assert "Fatal" not in result.stderr


def test_a_newer_page_abandons_one_still_being_built(make_renderer, qtbot):
    view = PreviewView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    renderer = make_renderer(render=lambda **kwargs: kwargs["html"], delay_ms=0)
    renderer.bind_view("en", view)
    shown = []
    renderer.rendered.connect(lambda key, html: shown.append(html))
    long_page = "".join(f"<p>paragraph {i} " + "word " * 60 + "</p>" for i in range(200))
    renderer._show("en", long_page)  # as if the worker had just finished it
    assert not renderer.is_idle()  # built in steps, not in one go
    renderer._show("en", "<p>newer</p>")
    qtbot.waitUntil(renderer.is_idle, timeout=5000)
    assert shown == ["<p>newer</p>"]
    assert view.toPlainText().strip() == "newer"
