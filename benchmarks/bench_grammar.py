#!/usr/bin/env python3
"""Figures for French grammar (Grammalecte): load time, cost per posting, a whole corpus, and what
fires where, for judging false positives and choosing the options that stay off.

1. Loading: importing and loading the engine, then the first parse (it compiles its rules).
2. One generated 10 KB French posting: cold (nothing cached) and warm (paragraphs cached, as when
   the window checks again after a pause in typing).
3. With ``--corpus SITE``: every French posting of ``SITE/content/fr`` checked one after the other
   (one process): total and per-posting times, findings per code and per Grammalecte rule, and
   with ``--show N`` the first N findings of each rule with their context, to read as a reviser.
   ``--all-options`` turns back on the options this project keeps off (to see why they are off).

Usage: python benchmarks/bench_grammar.py [--corpus SITE] [--show N] [--all-options]
"""

from __future__ import annotations

import argparse
import collections
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

PARAGRAPH = ("Nous recherchons une personne motivée pour rejoindre l’équipe de développement. "
             "Vous travaillerez avec les gestionnaires de produit et les concepteurs afin d’améliorer "
             "les services numériques offerts à la population canadienne. ")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--all-options", action="store_true")
    args = parser.parse_args()

    # Grammalecte itself is measured: its answers kept on disk between runs (paragraph_cache.py) are not read.
    os.environ["POSTING_EDITOR_CACHE_DIR"] = "off"
    from editor.model.language import grammar

    if args.all_options:
        for name in ("maj", "virg", "poncfin"):
            grammar.OPTIONS.pop(name, None)
    start = time.perf_counter()
    grammar.engine()
    loaded = time.perf_counter() - start
    start = time.perf_counter()
    grammar.warm_up()
    print(f"load: {loaded:.2f} s; first parse (rules compiled): {time.perf_counter() - start:.2f} s")

    from editor.model.frontmatter.posting import Posting

    body = "".join(f"## Section {n}\n\n{PARAGRAPH * 3}\n\n- {PARAGRAPH}\n\n" for n in range(12))
    item = Posting(f"---\ntitle: Analyste\ndescription: Un poste.\n---\n{body}".encode(), None, "fr")
    grammar._cache.clear()
    start = time.perf_counter()
    grammar.check_grammar(item, "x.md", "fr")
    cold = time.perf_counter() - start
    start = time.perf_counter()
    grammar.check_grammar(item, "x.md", "fr")
    warm = time.perf_counter() - start
    print(f"10 KB posting ({len(body.encode()) // 1024} KB): cold {cold * 1000:.0f} ms, warm {warm * 1000:.1f} ms")

    if args.corpus:
        files = sorted((args.corpus / "content" / "fr").rglob("*.md"))
        times, codes, rules, examples = [], collections.Counter(), collections.Counter(), collections.defaultdict(list)
        grammar._cache.clear()
        total = time.perf_counter()
        for path in files:
            posting = Posting.load(path)
            if not posting.valid:
                continue
            start = time.perf_counter()
            body = posting.body
            found = grammar.problems(body)
            times.append(time.perf_counter() - start)
            for problem in found:
                codes[problem.code] += 1
                rules[problem.rule] += 1
                line_start = body.rfind("\n", 0, problem.start) + 1
                line_end = body.find("\n", problem.end)
                context = body[max(line_start, problem.start - 50):problem.start] + "⟦" + \
                    body[problem.start:problem.end] + "⟧" + body[problem.end:min(problem.end + 40, line_end if line_end >= 0 else len(body))]
                examples[problem.rule].append(f"{path.name}: {context} → {problem.suggestions[:2]}")
        total = time.perf_counter() - total
        print(f"corpus: {len(times)} French postings in {total:.1f} s; per posting median "
              f"{statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms")
        print(f"findings: {sum(codes.values())}")
        for code, count in codes.most_common():
            print(f"  {code}: {count}")
        print("per rule:")
        for rule, count in rules.most_common():
            print(f"  {rule}: {count}")
            for example in examples[rule][:args.show]:
                print(f"      {example}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
