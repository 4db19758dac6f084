#!/usr/bin/env python3
"""Recall and precision of the checks against a reviser's reading of real pairs.

The reviser set (tests/data/reviser_set.tsv) lists, for 20 real pairs of the shared corpus, what a
Government of Canada reviser would correct (with the finding code that catches it, or
"uncatchable:<kind>") and the findings of mechanical rules accepted as true. This runs the whole-site
check (``posting-editor check SITE``) on the corpus and prints: recall (defects a finding points
at), per code the precision on the set's files, and the defects missed by kind. With ``--corpus-codes``
it also counts, over the whole corpus, the findings of the codes given (for judging precision by
reading them: ``--show N`` prints N of each with the line they point at).

Usage: python benchmarks/bench_reviser.py [--corpus SITE] [--corpus-codes a,b] [--show N]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def main() -> int:
    from tests.model.corpus import CORPUS
    from tests.reviser_support import read_set, score

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--corpus-codes", default="")
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    if not (args.corpus / "content").is_dir():
        print(f"No corpus at {args.corpus}: nothing measured.")
        return 0
    from editor.model.checks.pipeline import check_site
    from editor.model.hugo.config import Site
    from editor.model.site.index import SiteIndex

    started = time.perf_counter()
    findings = check_site(SiteIndex.build(Site.open(args.corpus)))
    elapsed = time.perf_counter() - started
    rows = read_set()
    result = score(rows, findings)
    pairs = len({row.file.split("/careers/")[-1] for row in rows}) // 2
    print(f"Reviser set: {len({r.file for r in rows})} files (~{pairs} pairs), {result.defects} defects, "
          f"{result.uncatchable} that no check can see; whole-site check {elapsed:.1f} s")
    grammar = sum(1 for row in result.missed if any(code.endswith("*") for code in row.codes))
    print(f"Recall: {result.caught}/{result.defects} = {result.recall:.0%} "
          f"(of the catchable: {result.caught}/{result.defects - result.uncatchable} = {result.recall_catchable:.0%}; "
          f"{grammar} missed are grammar-* defects for the French grammar checker)")
    print(f"\n{'code':40} {'true/found':>10} {'precision':>9}")
    for code in sorted(result.findings):
        print(f"{code:40} {result.true[code]:>4}/{result.findings[code]:<5} {result.precision(code):>9.0%}")
    kinds = Counter(row.what if not row.codes else "catchable: " + "|".join(row.codes) for row in result.missed)
    print("\nMissed, by kind:")
    for kind, count in kinds.most_common():
        print(f"{count:4d}  {kind}")
    if args.corpus_codes:
        wanted = set(args.corpus_codes.split(","))
        mine = [f for f in findings if f.code in wanted]
        print("\nWhole corpus:", dict(Counter(f.code for f in mine)))
        random.seed(1)
        for code in sorted(wanted):
            of_code = [f for f in mine if f.code == code]
            for finding in sorted(random.sample(of_code, min(args.show, len(of_code))), key=lambda f: (f.file, f.line)):
                line = (args.corpus / finding.file).read_text(encoding="utf-8").splitlines()[finding.line - 1]
                at = finding.column - 1
                print(f"  {code} {finding.file}:{finding.line}: {line[max(0, at - 40):at + 40]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
