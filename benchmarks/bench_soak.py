#!/usr/bin/env python3
"""Soak: open many pairs of a big site one after another in the window; memory must stay flat.

    .venv/bin/python benchmarks/bench_soak.py [--postings 5000] [--pairs 500] [--every 100] [--keep DIR]

A site of ``--postings`` files is generated (``bench_site.generate_site``: pairs of ~5 KB
bilingual postings), the window opens it (offscreen Qt platform, private settings and recovery
folder), then opens ``--pairs`` pairs in list order, each time waiting for both previews to be
rendered and shown, as a user going down the list would. Resident memory is printed after the
site opened and every ``--every`` pairs. Target: flat after the first 100 pairs, apart from the
model's bounded caches (translation matching, rendering) filling up, which levels off within a
few hundred pairs: run with ``--pairs 1000`` to see it. Before the preview fix every pair kept
its two preview pages, about 0.8 MB (276 → 572 MB after 400 pairs).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mb() -> float:
    from editor.app import _rss_kb

    return _rss_kb() / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postings", type=int, default=5000)
    parser.add_argument("--pairs", type=int, default=500)
    parser.add_argument("--every", type=int, default=100)
    parser.add_argument("--keep", type=Path, help="generate the site here and leave it")
    args = parser.parse_args(argv)

    from bench_site import generate_site
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from editor.app import create_main_window, guard_none_refcount
    from editor.ui.preview_view import PreviewDocument
    from editor.ui.settings import Settings

    with tempfile.TemporaryDirectory(prefix="posting-editor-soak-") as scratch:
        work = Path(scratch)
        site = args.keep or work / "site"
        if not (site / "content").is_dir():
            started = time.perf_counter()
            generate_site(site, args.postings)
            print(f"generated {args.postings} postings in {time.perf_counter() - started:.1f} s", flush=True)
        guard_none_refcount()
        app = QApplication.instance() or QApplication([])
        started = time.perf_counter()
        window = create_main_window(site, settings=Settings(str(work / "settings.ini")), recovery_dir=work / "recovery")
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        keys = window.posting_list.keys()
        print(f"site opened in {time.perf_counter() - started:.1f} s, {len(keys)} pairs; rss {rss_mb():.0f} MB", flush=True)
        renderer = window.pair_editor.renderer
        figures: dict[int, float] = {}
        started = time.perf_counter()
        for number in range(1, min(args.pairs, len(keys)) + 1):
            window.select_pair(keys[number - 1], ask=False)
            deadline = time.monotonic() + 30
            while not renderer.is_idle() and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.001)
            app.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
            if number % args.every == 0:
                figures[number] = rss_mb()
                pages = len(window.findChildren(PreviewDocument))
                print(f"{number:5d} pairs: rss {figures[number]:.0f} MB, preview pages alive {pages}, "
                      f"{(time.perf_counter() - started) / number * 1000:.0f} ms a pair", flush=True)
        if len(figures) >= 2:
            first, last = min(figures), max(figures)
            print(f"growth from pair {first} to pair {last}: {figures[last] - figures[first]:+.1f} MB")
        window.manager.close_pair()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
