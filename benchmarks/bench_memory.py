"""The translation memory: leave-one-out on the real postings, build and lookup times at scale.

    .venv/bin/python benchmarks/bench_memory.py [--corpus DIR] [--postings 5000] [--skip-large]

Leave-one-out (the real site, default /work/shared/corpus/cds-site): each English body block is
looked up in the memory of the *other* pairs (its own pair left out, as ``suggest`` does). Printed:
the share of blocks with a match of 75 or more and of 95 or more, and, for 100 % matches, how
often the suggestion is the French the site actually has beside that block. Then the time to build
the memory (no cache, no git history) for the real site, its CPU with git history (a copy of
the real site given commits, with no cache and then with it), and for a generated site of ``--postings``
postings (bench_site.py's generator), the time with the cache filled, and the time of one block's
lookup there (median, 95th percentile, worst; the window's target is 50 ms).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from editor.model.hugo.config import Site  # noqa: E402
from editor.model.site.index import SiteIndex  # noqa: E402
from editor.model.translation import translation_pairs  # noqa: E402
from editor.model.translation.memory.build import build_memory  # noqa: E402
from editor.model.translation.segments import pair_segments  # noqa: E402
from editor.model.translation.text import normalize  # noqa: E402


def leave_one_out(index: SiteIndex) -> None:
    memory = build_memory(index, history=False, cache=False)
    blocks = at_75 = at_95 = exact = exact_same = 0
    for entry in index.pairs:
        for en, fr in translation_pairs(entry):
            for segment in pair_segments(en, fr, "en"):
                if segment.kind in ("title", "description"):
                    continue
                blocks += 1
                found = memory.lookup(segment.source, "en", exclude_key=str(entry.key), limit=1, threshold=75)
                if not found:
                    continue
                at_75 += 1
                at_95 += found[0].score >= 95
                if found[0].score == 100 and segment.target is not None:
                    exact += 1
                    exact_same += normalize(found[0].target) == normalize(segment.target)
    print(f"  English body blocks: {blocks}")
    print(f"  with a match >= 75: {at_75} ({100 * at_75 / max(1, blocks):.1f} %)")
    print(f"  with a match >= 95: {at_95} ({100 * at_95 / max(1, blocks):.1f} %)")
    print(f"  100 % matches: {exact}; the suggestion is the site's own French in {exact_same} "
          f"({100 * exact_same / max(1, exact):.1f} %)")


def timed_build(index: SiteIndex, **options) -> tuple[float, object]:
    start = time.perf_counter()
    memory = build_memory(index, history=False, **options)
    return time.perf_counter() - start, memory


def lookups(index: SiteIndex, memory, samples: int = 300) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds of each lookup, sorted."""
    texts = []
    for entry in index.pairs[: samples // 10 + 1]:
        for en, _fr in translation_pairs(entry):
            texts += [(s.source, str(entry.key)) for s in pair_segments(en, None, "en")]
    times, cpu = [], []
    for text, key in texts[:samples]:
        start, start_cpu = time.perf_counter(), time.process_time()
        memory.lookup(text, "en", exclude_key=key, limit=3, threshold=50)
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return sorted(times), sorted(cpu)


def history_builds(corpus: Path) -> None:
    """CPU of a build with git history on a copy of the corpus given commits as the memory tests give
    it (a third of the pairs reworded twice, some paragraphs swapped), with no cache and then with it."""
    import shutil

    from editor.model.translation.memory import history
    from editor.model.translation.memory.build import _aligned_pairs
    from tests.model.translation.memory.test_one_memory import _give_history, _pairs

    spent: list[float] = []
    real = history.history_units

    def timed(*args, **options):
        start = time.process_time()
        try:
            return real(*args, **options)
        finally:
            spent.append(time.process_time() - start)

    history.history_units = timed  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "site"
        shutil.copytree(corpus, root, ignore=shutil.ignore_patterns(".git", "public", "resources", "node_modules"))
        for path in root.rglob("*"):
            path.chmod(path.stat().st_mode | 0o600)
        pairs = _pairs(root)
        _give_history(root, pairs[::3], [fr for _en, fr in pairs[1::7]])
        os.environ["POSTING_EDITOR_CACHE_DIR"] = str(Path(folder) / "cache")
        _aligned_pairs.cache_clear()  # the pairs aligned above, kept in the process: cold means cold
        for name in ("no cache", "cache filled"):
            index = SiteIndex.build(Site.open(root))
            start = time.process_time()
            memory = build_memory(index, history_seconds=600.0)
            print(f"  build with git history, {name}: {time.process_time() - start:.2f} CPU-s "
                  f"(history {spent[-1]:.2f}), {len(memory)} units")
    history.history_units = real


def report_lookups(measured: tuple[list[float], list[float]]) -> None:
    # On a loaded machine the wall-clock figures say as much about the load as about the lookup.
    load = os.getloadavg()[0]
    for name, times in zip(("wall-clock", "CPU"), measured):
        p95 = times[int(0.95 * (len(times) - 1))]
        print(f"  lookup per block, {name} ({len(times)} blocks): median {statistics.median(times):.1f} ms, "
              f"95th percentile {p95:.1f} ms, worst {times[-1]:.1f} ms" + (f" (load {load:.1f})" if name == "CPU" else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="/work/shared/corpus/cds-site")
    parser.add_argument("--postings", type=int, default=5000)
    parser.add_argument("--skip-large", action="store_true")
    args = parser.parse_args(argv)
    corpus = Path(args.corpus)
    if corpus.is_dir():
        os.environ["POSTING_EDITOR_CACHE_DIR"] = "off"
        index = SiteIndex.build(Site.open(corpus))
        print(f"Real site {corpus} ({sum(len(e.all_postings()) for e in index.pairs)} postings)")
        leave_one_out(index)
        seconds, memory = timed_build(index, cache=False)
        print(f"  build: {seconds:.2f} s, {len(memory)} units")
        report_lookups(lookups(index, memory))
        history_builds(corpus)
    else:
        print(f"No corpus at {corpus}: leave-one-out skipped.")
    if args.skip_large:
        return 0
    from bench_site import generate_site

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "site"
        generate_site(root, args.postings)
        os.environ["POSTING_EDITOR_CACHE_DIR"] = str(Path(folder) / "cache")
        index = SiteIndex.build(Site.open(root))
        print(f"Generated site ({args.postings} postings)")
        seconds, memory = timed_build(index, cache=False)
        print(f"  build, no cache: {seconds:.1f} s, {len(memory)} units")
        timed_build(index)
        time.sleep(3.5)  # files just written are never trusted from the cache (timestamp resolution)
        timed_build(index)
        seconds, memory = timed_build(index)
        print(f"  build, cache filled: {seconds:.1f} s")
        report_lookups(lookups(index, memory))
    return 0


if __name__ == "__main__":
    sys.exit(main())
