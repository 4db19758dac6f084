#!/usr/bin/env python3
"""What Ctrl+S, the first search after it and View ▸ Reload Site (F5) cost the window's UI thread on a
large site: CPU seconds of the UI thread (``time.thread_time``), best and median of several runs.

    .venv/bin/python benchmarks/bench_save_window.py [--site /tmp/integ/site5000] [--saves 5] [--reloads 3] [--outside 5]

The site is copied first (the saves write into the copy), with a private, warm index cache. The
window is the real one (offscreen). The first search after opening is typed into the search box and timed until
the list shows its result (the UI thread's CPU includes the event loop's polling, a few ms). Each Ctrl+S is timed from the call to ``save`` through the
events it queued; the search after each save through its filtering (reading the bodies it needs);
F5 from the key to the list showing the re-read site, counting only what ran on the UI thread (work
done on a worker thread while the event loop waits is not counted, wall time is printed too). An
outside change (another program appends a line to a posting that is not open) from the file watcher's
answer through the events it queued: comparing the files' snapshots, reading again, the list.
Runs on the branch before the change as well (then F5 is all on the UI thread).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def settle(app, seconds: float) -> None:
    """Let the window's background work (statuses, checks, memories) finish."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)


def figures(name: str, values: list[float]) -> str:
    return f"{name}: best {min(values):.3f} s, median {statistics.median(values):.3f} s (n={len(values)})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=Path("/tmp/integ/site5000"))
    parser.add_argument("--saves", type=int, default=5)
    parser.add_argument("--reloads", type=int, default=3)
    parser.add_argument("--outside", type=int, default=5)
    args = parser.parse_args(argv)
    if not args.site.is_dir():
        print(f"{args.site}: no such site (generate one with benchmarks/bench_site.py)")
        return 1
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="bench-save-") as folder:
        work = Path(folder)
        os.environ["POSTING_EDITOR_CACHE_DIR"] = str(work / "cache")
        root = work / "site"
        shutil.copytree(args.site, root, symlinks=True)
        an_hour_ago = time.time() - 3600  # older than the few seconds the index cache distrusts
        for path in (root / "content").rglob("*.md"):
            os.utime(path, (an_hour_ago, an_hour_ago))
        return run(root, work, args)


def run(root: Path, work: Path, args) -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from editor.app import create_main_window, guard_none_refcount
    from editor.model.hugo.config import Site
    from editor.model.site.index import SiteIndex
    from editor.ui.settings import Settings

    guard_none_refcount()
    app = QApplication.instance() or QApplication([])
    SiteIndex.build(Site.open(root))  # the cache warm, as after a first opening
    window = create_main_window(root, settings=Settings(work / "settings.ini"), recovery_dir=work / "recovery")
    window.resize(1280, 800)
    window.show()
    settle(app, 3)
    keys = window.posting_list.keys()
    key = keys[len(keys) // 2]
    window.select_pair(key, ask=False)
    settle(app, 2)
    print(f"{len(window.site.pairs())} pairs; saving '{key}' {args.saves} times; {os.cpu_count()} CPUs")
    # The first search after opening: the search box used first (it starts reading the texts off the
    # UI thread where that exists), a few seconds of typing, then the search.
    search = window.posting_list.search
    start, wall = time.thread_time(), time.perf_counter()
    search.setText("lead")  # as typed: the search applies after a short pause
    while "of" not in window.posting_list.count.text() and time.perf_counter() - wall < 60:
        app.processEvents()
        time.sleep(0.002)
    print(f"first search after opening, typed in the box: UI thread CPU {time.thread_time() - start:.3f} s, "
          f"wall {time.perf_counter() - wall:.3f} s")
    search.clear()
    settle(app, 0.5)
    saves, searches = [], []
    for number in range(args.saves):
        window.manager.set_field("en", "title", f"Benchmark title {number}")
        start = time.thread_time()
        assert window.save()
        app.processEvents()
        saves.append(time.thread_time() - start)
        start = time.thread_time()
        window.posting_list.proxy.set_search(f"benchmark title {number}")
        searches.append(time.thread_time() - start)
        print("  save", round(saves[-1], 3), "search", round(searches[-1], 3), flush=True)
        window.posting_list.proxy.set_search("")
        settle(app, 1.5)
    print(figures("Ctrl+S, UI thread CPU", saves))
    print(figures("first search after it, UI thread CPU", searches))
    reloads, walls = [], []
    for _ in range(args.reloads):
        loop = QEventLoop()
        window.site.indexChanged.connect(loop.quit)
        start, wall = time.thread_time(), time.perf_counter()
        window.outside.reload_site()
        if hasattr(window.site, "reloading") and window.site.reloading():
            QTimer.singleShot(60000, loop.quit)
            loop.exec()
        reloads.append(time.thread_time() - start)
        walls.append(time.perf_counter() - wall)
        window.site.indexChanged.disconnect(loop.quit)
        settle(app, 1.5)
    if reloads:
        print(figures("F5 until the list shows the site read again, UI thread CPU", reloads))
        print(figures("F5, wall", walls))
    outside = []
    for number in range(args.outside):
        other = window.site.entry(keys[(len(keys) // 3 + number) % len(keys)])
        path = other.all_postings()[0].path
        with open(path, "a", encoding="utf-8") as file:
            file.write(f"\nChanged outside the editor, {number}.\n")
        start = time.thread_time()
        window.outside._site_files_changed()  # what the watcher's signal runs once a burst settles
        app.processEvents()
        outside.append(time.thread_time() - start)
        print("  outside change", round(outside[-1], 3), flush=True)
        settle(app, 1.5)
    if outside:
        print(figures("a file changed outside, UI thread CPU", outside))
    window.manager.close_pair()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
