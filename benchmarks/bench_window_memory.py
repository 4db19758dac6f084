#!/usr/bin/env python3
"""Resident memory of the window once the site's translation memory is in (segment verification and
the Suggestions pane), and how long the window takes to close while it is being read.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_window_memory.py SITE [--cache DIR]
        [--close-after SECONDS]

SITE is best a git repository with history (a copy of a generated site given commits: the
suggestions' memory adds earlier versions). The window opens offscreen on SITE, the first pair is
chosen, and VmRSS (/proc/self/status) is printed when the window is shown, when verification's memory
is in and when the suggestions' is, with the process's CPU seconds (user+system) at each. With
``--close-after`` the window is closed that many seconds after the pair is chosen instead (while the
memory is being read, with a cold ``--cache``) and the time from then until the window is closed
(its workers stopped) is printed. ``--cache``
(default: a fresh temporary folder) is the cache folder: run twice with the same one for a warm build.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--close-after", type=float)
    parser.add_argument("--timeout", type=float, default=1800)
    args = parser.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="bench-window-memory-"))
    os.environ["POSTING_EDITOR_CACHE_DIR"] = str(args.cache or scratch / "cache")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from editor.app import create_main_window
    from editor.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    window = create_main_window(args.site, settings=Settings(scratch / "settings.ini"), recovery_dir=scratch / "recovery")
    window.show()
    app.processEvents()
    start = time.perf_counter()
    print(f"shown:          RSS {rss_mb():7.1f} MB  CPU {cpu():6.1f} s")
    memories = window.memories
    done: dict[str, float] = {}

    def mark(name: str) -> None:
        if name not in done:
            done[name] = time.perf_counter() - start
            gc.collect()
            print(f"{name + ':':15} RSS {rss_mb():7.1f} MB  CPU {cpu():6.1f} s  after {done[name]:6.1f} s", flush=True)

    memories.verificationReady.connect(lambda: mark("verification"))
    memories.suggestionsReady.connect(lambda: mark("suggestions"))
    key = str(window.site.index.pairs[0].key)
    window.select_pair(key, ask=False)
    asked: list[float] = []
    if args.close_after is not None:
        def close() -> None:
            asked.append(time.perf_counter())
            app.quit()

        QTimer.singleShot(int(args.close_after * 1000), close)
    else:
        timer = QTimer()
        timer.timeout.connect(lambda: "suggestions" in done and "verification" in done and app.quit())
        timer.start(100)
        QTimer.singleShot(int(args.timeout * 1000), app.quit)
    app.exec()
    if args.close_after is None:
        time.sleep(1)  # a check the memory started may still hold its snapshot
        app.processEvents()
        gc.collect()
        print(f"{'both in:':15} RSS {rss_mb():7.1f} MB  CPU {cpu():6.1f} s")
    closing = asked[0] if asked else time.perf_counter()
    window.manager.close_pair()
    window.close()  # waits for the memory's worker
    print(f"close:          {time.perf_counter() - closing:.2f} s from the request "
          f"(memory read when closing: {sorted(done) or 'none'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
