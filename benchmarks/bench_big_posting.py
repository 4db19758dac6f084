#!/usr/bin/env python3
"""How long a huge posting (a pasted document: tens of thousands of headings) holds the window's UI thread.

A copy of the sample site gets one more pair whose English and French bodies have ``--headings``
headings each (about 2 MB at 50,000). The real window (offscreen) then, for that pair:

1. selects it (from another posting) and waits until both previews show it;
2. types 20 characters at the end of the English body, one every 100 ms, and waits for the preview
   (and prints, per key, the longest UI pause from the key to the next one, the UI thread's CPU time
   handling the key press itself, and its CPU time from the key to the next one);
3. saves (Ctrl+S);
4. switches back to a normal posting.

For each step it prints the longest UI pause (the longest gap between two ticks of a 5 ms timer on the
UI thread, i.e. how long the window could not repaint or take a key) and the step's wall time.
``--profile FILE`` writes a cProfile of the UI thread over the whole run (``python -m pstats FILE``).

    .venv/bin/python benchmarks/bench_big_posting.py [--headings 50000] [--profile /tmp/big.prof]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

HUGE_KEY = "huge-pasted-document"


def huge_body(headings: int, lang: str) -> str:
    """``headings`` short sections: a heading and a sentence each (about 35 bytes a section, so that
    50,000 stay under the 2 MB a posting may have; a larger file opens as raw text, not a posting)."""
    word, text = ("Section", "Some text here.") if lang == "en" else ("Partie", "Un peu de texte.")
    return "".join(f"## {word} {number}\n\n{text}\n\n" for number in range(headings))


def add_huge_pair(site: Path, headings: int) -> Path:
    english = None
    for lang, title in (("en", "Huge pasted document"), ("fr", "Énorme document collé")):
        path = site / "content" / lang / "careers" / "positions" / f"{HUGE_KEY}--0000aaaa-0000-4000-8000-000000000001.md"
        front = (f"---\ntitle: {title}\ndescription: {title}\nlayout: job-posting\ntype: section\narchived: false\n"
                 f"translationKey: {HUGE_KEY}\nleverId: 0000aaaa-0000-4000-8000-000000000001\n---\n\n")
        path.write_text(front + huge_body(headings, lang), encoding="utf-8")
        english = english or path
    assert english is not None
    return english


class PauseMeter:
    """Ticks every 5 ms on the UI thread; the longest gap between ticks is the longest pause."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def reset(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0

    def finish(self) -> float:
        self._tick()
        return self.longest


def pump(app, done, timeout: float) -> bool:
    deadline = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > deadline:
            return False
        app.processEvents()
        time.sleep(0.001)
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--headings", type=int, default=50_000)
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for each step")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="bench-big-") as folder:
        work = Path(folder)
        os.environ["POSTING_EDITOR_CACHE_DIR"] = str(work / "cache")
        site = work / "site"
        shutil.copytree(REPO / "resources" / "sample-site", site)
        huge = add_huge_pair(site, args.headings)
        print(f"{args.headings} headings a language, {huge.stat().st_size / 1e6:.1f} MB a file")
        profiler = cProfile.Profile() if args.profile else None
        run(site, work, args, profiler)
    return 0


def run(site: Path, work: Path, args, profiler: cProfile.Profile | None) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from editor.app import create_main_window, guard_none_refcount
    from editor.ui.settings import Settings

    guard_none_refcount()
    app = QApplication.instance() or QApplication([])
    window = create_main_window(site, settings=Settings(work / "settings.ini"), recovery_dir=work / "recovery")
    window.resize(1280, 800)
    window.show()
    pump(app, lambda: False, 2.0)
    normal = next(key for key in window.posting_list.keys() if key != HUGE_KEY)
    window.select_pair(normal, ask=False)
    pump(app, lambda: False, 1.0)
    columns = window.pair_editor.columns
    renderer = window.pair_editor.renderer

    def previews_show(marker: str) -> bool:
        """Both previews show the huge pair (its last heading, or the note that they stop before it)."""
        return renderer.is_idle() and all(
            marker in columns[lang].preview.html_source() or "preview-limit" in columns[lang].preview.html_source()
            for lang in ("en", "fr"))

    meter = PauseMeter()
    if profiler:
        profiler.enable()

    def step(name: str, action, done) -> None:
        meter.reset()
        started = time.perf_counter()
        action()
        finished = pump(app, done, args.timeout)
        wall = time.perf_counter() - started
        pause = meter.finish()
        state = "" if finished else f" (not done after {args.timeout:.0f} s)"
        print(f"{name}: longest UI pause {pause * 1000:.0f} ms, wall {wall:.2f} s{state}", flush=True)

    step("select the huge posting", lambda: window.select_pair(HUGE_KEY, ask=False),
         lambda: previews_show(f" {args.headings - 1}</h2>"))
    for lang in ("en", "fr"):
        posting = window.manager.posting(lang)
        if posting is None or not posting.valid:
            print(f"the {lang} file did not open as a posting (shown as raw text): the figures are not the editor's")
    body = columns["en"].body

    keys: list[tuple[float, float, float]] = []  # per key: longest pause, key's own CPU, CPU till the next key

    def type_twenty() -> None:
        body.setFocus()
        body.moveCursor(body.textCursor().MoveOperation.End)
        for letter in "zqtypedbigpostingzqx":
            before, meter.longest = meter.longest, 0.0
            started = time.thread_time()
            QTest.keyClick(body, letter)
            pressed = time.thread_time()
            pump(app, lambda: False, 0.1)
            keys.append((meter.finish(), pressed - started, time.thread_time() - started))
            meter.longest = max(before, meter.longest)

    step("type 20 characters (one each 100 ms)", type_twenty,
         lambda: renderer.is_idle() and "zqtypedbigpostingzqx" in body.toPlainText())
    pauses, own, cpu = (sorted(column) for column in zip(*keys))
    print(f"  per key (median, worst of {len(keys)}): longest UI pause {pauses[len(keys) // 2] * 1000:.0f}, "
          f"{pauses[-1] * 1000:.0f} ms; the key's own UI-thread CPU {own[len(keys) // 2] * 1000:.0f}, "
          f"{own[-1] * 1000:.0f} ms; UI-thread CPU until the next key {cpu[len(keys) // 2] * 1000:.0f}, "
          f"{cpu[-1] * 1000:.0f} ms", flush=True)
    step("save (Ctrl+S)", lambda: QTest.keyClick(window, "s", Qt.KeyboardModifier.ControlModifier),
         lambda: not any(window.manager.is_modified(lang) for lang in ("en", "fr")))
    step("switch to a normal posting", lambda: window.select_pair(normal, ask=False), renderer.is_idle)
    if profiler:
        profiler.disable()
        profiler.dump_stats(str(args.profile))
        print(f"profile written to {args.profile}")
    window.manager.close_pair()
    window.close()


if __name__ == "__main__":
    raise SystemExit(main())
