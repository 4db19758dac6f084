"""What noticing outside changes costs on a large site: the check the window makes after each burst
of file events ("did any posting file change since the index was read?"), and the re-read when one did.

    .venv/bin/python benchmarks/bench_refresh.py [--postings 5000] [--repeat 5]

Uses the generated site of bench_site.py and the index cache (in a private folder). The check stats every Markdown file of the content
folders; the window runs it on the UI thread once a burst of changes has settled (never per
keystroke), so it must stay well under a second on 5,000 postings. Prints best and median times.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_site import generate_site  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postings", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from editor.ui.site_controller import SiteController

    app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 (QObject needs one)
    with tempfile.TemporaryDirectory() as folder:
        # The index cache as users have it (in a private folder), with files older than the few
        # seconds during which the cache does not trust them.
        os.environ["POSTING_EDITOR_CACHE_DIR"] = str(Path(folder) / "cache")
        root = Path(folder) / "site"
        count = generate_site(root, args.postings)
        old = time.time() - 3600
        for path in root.rglob("*.md"):
            os.utime(path, (old, old))
        controller = SiteController()
        controller.open(root)
        unchanged, reread = [], []
        for number in range(args.repeat):
            start = time.perf_counter()
            assert not controller.refresh()
            unchanged.append(time.perf_counter() - start)
            extra = root / "content" / "en" / f"extra-{number}.md"
            extra.write_text("---\nlayout: job-posting\ntranslationKey: extra\ntitle: x\n---\n", encoding="utf-8")
            start = time.perf_counter()
            assert controller.refresh()
            reread.append(time.perf_counter() - start)
        print(f"{count} pairs ({2 * count} posting files)")
        for name, times in (("refresh, nothing changed", unchanged), ("refresh, one file added (re-read through the index cache)", reread)):
            print(f"{name}: best {min(times) * 1000:.0f} ms, median {statistics.median(times) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
