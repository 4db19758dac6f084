#!/usr/bin/env python3
"""Figures for French grammar underlines in the window, on a 10 KB French posting.

Typing bursts (60 characters at 12 a second) in the French body, alternately with grammar
underlines off and on (spelling on in both), ``--rounds`` times each: event-loop stalls (target:
none over 16 ms), the CPU seconds of the process in each burst (resource.getrusage: the worker's
Grammalecte parses included), then the GUI thread's time to show a check's underlines and the time
from the last keystroke to the underline of a new agreement error. Prints the load (``uptime``)
beside the wall-clock figures: this machine is shared.

Usage: python benchmarks/bench_grammar_window.py [--rounds N]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

TEN_KB = 10 * 1024


def make_site(workdir: Path) -> Path:
    """A copy of the sample site whose French product-manager posting is grown to about 10 KB."""
    site = workdir / "site"
    shutil.copytree(REPO / "resources" / "sample-site", site)
    posting = next((site / "content/fr/careers/positions").glob("gestionnaire-de-produit--*.md"))
    text = posting.read_text(encoding="utf-8")
    head, _, body = text.partition("\n---\n")
    sections, number = [body], 1
    while len(head) + sum(len(s) for s in sections) < TEN_KB:
        number += 1
        sections.append(f"\n## Équipe {number}\n\n" + body.split("\n## ", 2)[-1])
    posting.write_text(head + "\n---\n" + "".join(sections), encoding="utf-8")
    return posting


def cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The same bursts are typed every run: answers kept on disk from a run before would hide the parses.
    os.environ["POSTING_EDITOR_CACHE_DIR"] = "off"
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_window import pump, summary, typing_burst
    from editor.app import create_main_window, guard_none_refcount
    from editor.ui.settings import Settings

    guard_none_refcount()
    app = QApplication.instance() or QApplication([])
    work = Path(tempfile.mkdtemp(prefix="bench-grammar-window-"))
    try:
        file = make_site(work)
        window = create_main_window(file, settings=Settings(work / "s.ini"), recovery_dir=work / "recovery")
        window.resize(1280, 800)
        window.show()
        column = window.pair_editor.columns["fr"]
        editor, preview = column.body, column.preview
        service = window.spelling.grammar
        underliner = next(u for u in service.underliners if u.widget is editor)
        started = time.perf_counter()
        pump(app, lambda: underliner._shown_text is not None, timeout=120)
        print(f"Load {os.getloadavg()[0]:.1f}; {len(file.read_text(encoding='utf-8')) // 1024} KB French posting; "
              f"first grammar underlines {time.perf_counter() - started:.1f} s after the window opened "
              "(Grammalecte loads and compiles its rules)")
        editor.setFocus()
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        stalls: dict[bool, list[float]] = {False: [], True: []}
        cpu: dict[bool, list[float]] = {False: [], True: []}
        shown: list[float] = []
        original_show = underliner.show

        def timed_show(underlines, text):  # the GUI thread's share of the grammar work
            began = time.perf_counter()
            original_show(underlines, text)
            shown.append((time.perf_counter() - began) * 1000)

        underliner.show = timed_show
        for _ in range(args.rounds):
            for enabled in (False, True):
                service.enabled = enabled
                before = cpu_seconds()
                stalls[enabled] += typing_burst(app, editor, preview, QTest, Qt)
                pump(app, lambda: service.is_idle() and window.checker.is_idle(), timeout=120)
                cpu[enabled].append(cpu_seconds() - before)
        service.enabled = True
        delays = []
        def flagged() -> int:
            return sum(u.word == "développeur" for u in underliner.underlines)

        for town in ("Gatineau", "Moncton", "Regina", "Victoria", "Iqaluit"):
            count = flagged()
            # A new paragraph each time (Grammalecte's results are kept per paragraph); keyClicks: ASCII only.
            editor.insertPlainText(f"\n\nLes développeur de {town} travaillent.")
            began = time.perf_counter()
            pump(app, lambda c=count: flagged() > c, timeout=60)
            delays.append((time.perf_counter() - began) * 1000)
        print(f"Event-loop stalls while typing 12 characters/s (target 16 ms), load {os.getloadavg()[0]:.1f}:")
        print(f"  grammar on:  {summary(stalls[True])}")
        print(f"  grammar off: {summary(stalls[False])}")
        print("CPU seconds per burst and its checks (process + children): "
              f"on {', '.join(f'{c:.2f}' for c in cpu[True])}; off {', '.join(f'{c:.2f}' for c in cpu[False])}")
        print(f"GUI-thread time to show a check's underlines: {summary(shown) if shown else 'none shown'}")
        print(f"Last keystroke to grammar underline: {summary(delays)} (pause of 250 ms included)")
        window.manager.close_pair()
        window.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
