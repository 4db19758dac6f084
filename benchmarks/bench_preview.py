#!/usr/bin/env python3
"""Typing into the editor with the live preview on: how long keystrokes wait
and how soon the preview shows them.

Types ``--keys`` characters into a ``MarkdownEditor`` holding a ~10 KB
posting, one every ``--interval`` ms on average (a fast typist; each gap is
drawn between 0.5 and 1.5 times that, with a fixed seed, because a steady beat
can line up with the renderer's timer and hide or exaggerate waits), with
the real chain:
textChanged → PreviewRenderer (debounce + worker thread) → PreviewView.set_html.

Prints, in milliseconds:
* keystroke wait: from the moment a key is due to the end of its handling
  (event-loop lateness + the editor's own work); target ≤ 16 ms;
* preview latency: from a keystroke to the end of set_html for the page that
  contains it; target ≤ 150 ms;
* worker time (Markdown → HTML) and the UI-thread time to put the built page
  in the view (parsing and layout happen in steps before, between events).

Run: python benchmarks/bench_preview.py [--keys N --interval MS ...]
(offscreen unless QT_QPA_PLATFORM says otherwise). ``--no-preview`` gives
this machine's baseline: what keystrokes wait with no preview at all.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QTimer, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget  # noqa: E402

from editor.app import guard_none_refcount  # noqa: E402
from editor.model.render.preview import preview_html  # noqa: E402
from editor.ui.markdown_editor import MarkdownEditor  # noqa: E402
from editor.ui.preview_renderer import PreviewRenderer  # noqa: E402
from editor.ui.preview_view import PreviewView  # noqa: E402

SAMPLE = REPO / "tests" / "ui" / "data" / "sample_posting_en.md"


def body_of_size(size: int) -> str:
    sample = SAMPLE.read_text(encoding="utf-8")
    text = sample
    while len(text.encode("utf-8")) < size:
        text += "\n\n" + sample
    return text


def summary(name: str, values: list[float]) -> str:
    values = sorted(values)
    p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
    return (f"{name:<22} n={len(values):<4} median={statistics.median(values):6.1f}  "
            f"p95={p95:6.1f}  max={values[-1]:6.1f}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keys", type=int, default=60)
    parser.add_argument("--interval", type=int, default=100,
                        help="mean ms between keystrokes")
    parser.add_argument("--size", type=int, default=10_000, help="posting body size in bytes")
    parser.add_argument("--no-bind", action="store_true",
                        help="parse and lay out the page in one go (set_html) "
                             "instead of in steps between events (bind_view)")
    parser.add_argument("--no-preview", action="store_true",
                        help="type without any preview (baseline for this machine's load)")
    parser.add_argument("--fake-render", action="store_true",
                        help="skip Markdown rendering (reuse one page) to isolate layout costs")
    parser.add_argument("--switch-interval", type=float, default=None,
                        help="interpreter lock switch interval in ms (default: the renderer's)")
    args = parser.parse_args()

    guard_none_refcount()  # PySide6 6.12.0 on Python 3.11 would abort a long run
    app = QApplication(sys.argv)
    worker_times: list[float] = []

    fixed_page: dict[str, str] = {}

    def timed_render(stamp: float, **kwargs) -> str:
        start = time.perf_counter()
        if args.fake_render:
            if "html" not in fixed_page:
                fixed_page["html"] = preview_html(**kwargs)
            html = fixed_page["html"] + f"<p>{len(kwargs['body_markdown'])}</p>"
        else:
            html = preview_html(**kwargs)
        worker_times.append((time.perf_counter() - start) * 1000)  # layout comes after
        # The stamp travels with the page so latency is measured for the
        # keystroke this page really contains.
        return html + f"<!--stamp:{stamp!r}-->"

    window = QWidget()
    layout = QHBoxLayout(window)
    editor = MarkdownEditor()
    editor.set_line_numbers_visible(True)
    apply_times: list[float] = []

    class TimedView(PreviewView):
        def show_document(self, html, document):
            start = time.perf_counter()
            super().show_document(html, document)
            apply_times.append((time.perf_counter() - start) * 1000)

    view = TimedView()
    layout.addWidget(editor)
    layout.addWidget(view)
    window.resize(1400, 900)
    window.show()
    editor.setPlainText(body_of_size(args.size))
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.setFocus()

    renderer = (PreviewRenderer(render=timed_render) if args.switch_interval is None else
                PreviewRenderer(render=timed_render, switch_interval_ms=None))
    if args.switch_interval is not None:
        sys.setswitchinterval(args.switch_interval / 1000)
    if not args.no_bind:
        renderer.bind_view("en", view)
    last_key_time = {"t": 0.0}
    preview_latencies: list[float] = []
    set_html_times: list[float] = []

    def on_text_changed() -> None:
        renderer.request("en", stamp=last_key_time["t"], title="Developer",
                         body_markdown=editor.toPlainText(), lang="en", archived=False,
                         lever_id="0b7e6a8e-1d2c-4f0a-9a55-3c1e2b7f9d10")

    def on_rendered(_key: str, html: str) -> None:
        if args.no_bind:
            start = time.perf_counter()
            view.set_html(html)
            set_html_times.append((time.perf_counter() - start) * 1000)
        end = time.perf_counter()
        stamp = float(html.rsplit("<!--stamp:", 1)[1].split("-->")[0])
        if stamp:
            preview_latencies.append((end - stamp) * 1000)

    if not args.no_preview:
        editor.textChanged.connect(on_text_changed)
    renderer.rendered.connect(on_rendered)

    waits: list[float] = []
    lateness: list[float] = []  # the event loop was busy (or the OS ran something else)
    handling: list[float] = []  # the editor's own work for the key
    typed = {"n": 0}
    start_at = time.perf_counter() + 0.5
    rng = random.Random(20261129)
    offsets = [0.0]
    for _ in range(args.keys):
        gap = rng.uniform(0.5, 1.5) * args.interval / 1000
        offsets.append(offsets[-1] + gap)

    def type_one() -> None:
        due = start_at + offsets[typed["n"]]
        now = time.perf_counter()
        if now < due:  # timers may fire a little early
            QTimer.singleShot(max(0, int((due - now) * 1000)), type_one)
            return
        char = "abcdefghij klmnopqrst "[typed["n"] % 22]
        last_key_time["t"] = now
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))
        done = time.perf_counter()
        waits.append((done - due) * 1000)
        lateness.append((now - due) * 1000)
        handling.append((done - now) * 1000)
        typed["n"] += 1
        if typed["n"] < args.keys:
            next_due = start_at + offsets[typed["n"]]
            QTimer.singleShot(max(0, int((next_due - time.perf_counter()) * 1000)), type_one)
        else:
            QTimer.singleShot(500, app.quit)

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    QTimer.singleShot(500, type_one)
    app.exec()
    renderer.shutdown()

    print(f"posting body: {len(editor.toPlainText().encode('utf-8'))} bytes, "
          f"{args.keys} keys ~{args.interval} ms apart, debounce {renderer.delay_ms()} ms, "
          f"page built {'in one go' if args.no_bind else 'in steps'} on the UI thread, "
          f"switch interval {sys.getswitchinterval() * 1000:g} ms")
    print(summary("keystroke wait (ms)", waits))
    print(summary("  of which late (ms)", lateness))
    print(summary("  of which handling", handling))
    if args.no_preview:
        return 0
    print(summary("preview latency (ms)", preview_latencies))
    print(summary("worker render (ms)", worker_times))
    if args.no_bind:
        print(summary("UI set_html (ms)", set_html_times))
    else:
        print(summary("UI page swap (ms)", apply_times))
    return 0


if __name__ == "__main__":
    sys.exit(main())
