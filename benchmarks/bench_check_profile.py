"""Where a cold site check spends its time: each check's share of one process's profile.

    .venv/bin/python benchmarks/bench_check_profile.py [--postings 300] [--site DIR] [--no-grammar] [--no-spelling]
        [--no-translation]

Runs ``check_site`` in this process (one process, no pool, no findings cache) under cProfile on a
generated site (``bench_site.py``'s) or ``--site``, and prints, for each check, its cumulative
time and share of the whole, with the process's CPU seconds and the load beside them. The
shares are what to compare: the profiler slows pure-Python code (Grammalecte most) more than C.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench_site import generate_site  # noqa: E402

# (label, "file:function" as pstats names it): the checks a site check runs, the biggest first.
CHECKS = [
    ("grammar (Grammalecte)", "grammar.py", "check_grammar"),
    ("segment verification (memory)", "pipeline.py", "_other_source_site"),
    ("  of which building the memory", "build.py", "build_memory"),
    ("spelling", "spelling.py", "check_spelling"),
    ("typography", "fixes.py", "typography_findings"),
    ("slips", "slips.py", "check_slips"),
    ("body (headings, links, HTML)", "body.py", "check_body"),
    ("whole-file language", "untranslated.py", "check_file_language"),
    ("language guesses (all callers)", "text.py", "reading"),
    ("structure between languages", "structure.py", "check_structure"),
    ("untranslated text", "untranslated.py", "check_untranslated"),
    ("glossary", "glossary.py", "check_glossary"),
    ("numbers", "numbers.py", "check_numbers"),
    ("links", "links.py", "check_links"),
    ("French conventions", "french.py", "check_french"),
    ("unfinished text", "unfinished.py", "check_unfinished"),
    ("terminology uses", "terminology.py", "terminology_uses"),
    ("translation status (git)", "status.py", "translation_status"),
    ("markdown-it parsing (all callers)", "main.py", "parse"),
]


def profile(site: Path, spelling: bool, grammar: bool, translation: bool = True) -> tuple[pstats.Stats, float, int]:
    from editor.model.checks.pipeline import check_site
    from editor.model.hugo.config import Site
    from editor.model.site.index import SiteIndex

    index = SiteIndex.build(Site.open(site))
    profiler = cProfile.Profile()
    start = time.process_time()
    profiler.enable()
    found = check_site(index, workers=1, cache=False, spelling=spelling, grammar=grammar, translation=translation)
    profiler.disable()
    return pstats.Stats(profiler), time.process_time() - start, len(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--postings", type=int, default=300)
    parser.add_argument("--site", help="a site folder instead of a generated one")
    parser.add_argument("--no-grammar", action="store_true")
    parser.add_argument("--no-spelling", action="store_true")
    parser.add_argument("--no-translation", action="store_true", help="the structural check: no checks between the languages")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-check-profile-") as temp:
        os.environ["POSTING_EDITOR_CACHE_DIR"] = str(Path(temp) / "cache")  # no index or memory cache
        site = Path(args.site) if args.site else Path(temp) / "site"
        if not args.site:
            generate_site(site, args.postings)
        stats, cpu, count = profile(site, not args.no_spelling, not args.no_grammar, not args.no_translation)
    rows = {(Path(file).name, name): (calls, cumulative) for (file, _line, name), (_cc, calls, _tt, cumulative, _callers)
            in stats.stats.items()}
    total = max(cumulative for _calls, cumulative in rows.values())
    print(f"{site}: {count} findings, {cpu:.1f} CPU-s profiled; load {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"{'check':<36} {'calls':>7} {'seconds':>9} {'share':>6}")
    for label, file, name in CHECKS:
        calls, cumulative = rows.get((file, name), (0, 0.0))
        print(f"{label:<36} {calls:>7} {cumulative:>9.1f} {cumulative / total:>6.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
