#!/usr/bin/env python3
"""CPU of a main window's life on the sample site, as the window tests live it: build, open the
product-manager pair, show it until its checks have settled, close, delete.

    .venv/bin/python benchmarks/bench_window_cycle.py [--windows 20] [--profile FILE]

Prints the CPU per window of each phase on the UI thread, and the whole process's CPU per window
(the UI thread plus the background runners' workers). One window is made first and not counted
(first-use costs: fonts, styles, Grammalecte's first check). ``--profile`` writes a cProfile of the
counted windows (UI thread, CPU time). CPU figures move with the machine's load: compare two
versions in alternating runs.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PM_EN = Path("content/en/careers/positions/product-manager--3a2f11bd-e6f1-4460-b7fc-e13ff4d49120.md")
PHASES = ("build", "open", "show and settle", "close", "delete")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--windows", type=int, default=20)
    parser.add_argument("--profile", type=Path, help="write a cProfile of the counted windows here")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("POSTING_EDITOR_CACHE_DIR", "off")
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from editor.app import guard_none_refcount
    from editor.model.language.grammar import warm_up
    from editor.resources import resource_path
    from editor.ui import i18n
    from editor.ui.main_window import MainWindow
    from editor.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    guard_none_refcount()
    warm_up()
    spent = dict.fromkeys(PHASES, 0.0)

    def wait_until(condition: Callable[[], bool], seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit("the window's checks did not settle within a minute")
            app.processEvents()
            time.sleep(0.001)

    def settled(window: MainWindow) -> bool:  # as tests/ui/window_fixtures.checks_settled
        return (window.translator.watcher.runner.is_idle() and window.memories.verification is not None
                and window.checker.is_idle())

    def one_window(folder: Path, number: int) -> None:
        marks = [time.thread_time()]
        window = MainWindow(Settings(folder / f"settings-{number}.ini"), recovery_dir=folder / "recovery")
        window.posting_list.set_interface_language(i18n.resolve_language(window.settings.interface_language()))
        marks.append(time.thread_time())
        window.open_path(folder / "site" / PM_EN)
        marks.append(time.thread_time())
        window.resize(1280, 800)
        window.show()
        wait_until(lambda: settled(window))
        marks.append(time.thread_time())
        window.close()
        marks.append(time.thread_time())
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        marks.append(time.thread_time())
        for phase, start, end in zip(PHASES, marks, marks[1:]):
            spent[phase] += end - start

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        shutil.copytree(resource_path("sample-site"), folder / "site")
        one_window(folder, 0)
        spent = dict.fromkeys(PHASES, 0.0)
        profile = cProfile.Profile(time.thread_time) if args.profile else None
        process_start = time.process_time()
        if profile is not None:
            profile.enable()
        for number in range(1, args.windows + 1):
            one_window(folder, number)
        if profile is not None:
            profile.disable()
            profile.dump_stats(args.profile)
        process = time.process_time() - process_start
    count = args.windows
    print(f"{count} windows on the sample site, CPU per window (ms):")
    for phase in PHASES:
        print(f"  {phase:<16} {spent[phase] / count * 1000:6.1f}")
    ui_thread = sum(spent.values())
    print(f"  {'UI thread':<16} {ui_thread / count * 1000:6.1f}")
    print(f"  {'whole process':<16} {process / count * 1000:6.1f}  (workers: {(process - ui_thread) / count * 1000:.1f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
