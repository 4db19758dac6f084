"""Segment verification of a site check after one change: every pair again (as before it was kept
per pair) against only the pairs the change can affect, in the same process and run.

    .venv/bin/python benchmarks/bench_site_verification.py [--postings 1000] [--site DIR]

On a generated site (``bench_site.generate_site``; its paragraphs are drawn from a few dozen
sentences, so many pairs are evidence for each other): the first verification (fills the memory's
and the findings' caches), then after editing one posting's body, and after one front matter
field: the full verification and the incremental one, CPU seconds of the process and its workers
(and wall seconds, with the load beside them). Both must find the same; the script says so.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_site import generate_site  # noqa: E402


def _cpu() -> float:
    """CPU seconds of this process and of the worker processes it has waited for."""
    return sum(usage.ru_utime + usage.ru_stime for usage in (resource.getrusage(resource.RUSAGE_SELF),
                                                             resource.getrusage(resource.RUSAGE_CHILDREN)))


def measured(function):
    cpu, wall = _cpu(), time.perf_counter()
    result = function()
    return result, _cpu() - cpu, time.perf_counter() - wall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--postings", type=int, default=1000)
    parser.add_argument("--site", help="an already generated site (bench_site.py --keep); it is edited and restored")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-verification-") as temp:
        os.environ["POSTING_EDITOR_CACHE_DIR"] = str(Path(temp) / "cache")
        from editor.model.checks import pipeline
        from editor.model.checks.results_cache import FindingsCache
        from editor.model.hugo.config import Site
        from editor.model.site.index import SiteIndex

        root = Path(args.site) if args.site else Path(temp) / "site"
        if not args.site:
            generate_site(root, args.postings)
        store_file = Path(temp) / "cache" / "checks-bench.pickle"

        def incremental():
            index = SiteIndex.build(Site.open(root))
            store = FindingsCache(store_file, "bench")
            keys = [pipeline._row_key(entry, index.site, ("en", False)) for entry in index.pairs]
            found = pipeline._other_source_site(index, {}, None, keys, store)
            store.save()
            return found

        def full():
            return pipeline._other_source_site(SiteIndex.build(Site.open(root)), {}, None)

        postings = sum(1 for path in (root / "content").rglob("*.md") if path.name != "_index.md")
        print(f"{postings} postings; {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}")
        _, cpu, wall = measured(incremental)
        print(f"{'first verification (caches empty)':<42} CPU {cpu:7.2f} s  wall {wall:7.2f} s")
        path = sorted((root / "content" / "en").rglob("positions/*--*.md"))[0]
        original = path.read_text(encoding="utf-8")
        try:
            body = original.replace("---\n\n", "---\n\nOne more sentence for this edit. ", 1)
            flipped = ("archived: false", "archived: true") if "archived: false" in body else ("archived: true", "archived: false")
            for name, text in (("one body edited", body), ("one field edited", body.replace(*flipped, 1))):
                path.write_text(text, encoding="utf-8")
                every, cpu_full, wall_full = measured(full)
                ours, cpu_ours, wall_ours = measured(incremental)
                print(f"{name + ', every pair again':<42} CPU {cpu_full:7.2f} s  wall {wall_full:7.2f} s")
                print(f"{name + ', the pairs it can affect':<42} CPU {cpu_ours:7.2f} s  wall {wall_ours:7.2f} s  "
                      f"({'same findings' if ours == every else 'DIFFERENT FINDINGS'}, load {os.getloadavg()[0]:.1f})")
        finally:
            path.write_text(original, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
