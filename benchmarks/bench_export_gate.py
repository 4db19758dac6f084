"""Run the publish gate on a real site as an export source: how long planning takes, how many pairs it stops, why.

    .venv/bin/python benchmarks/bench_export_gate.py [SOURCE] [--show CODE ...]

SOURCE defaults to the shared real-postings corpus (../shared/corpus/cds-site beside the checkout). It
is exported (planned only: nothing is written) into an empty site with the same Hugo configuration,
made in a temporary folder, so every pair is new. Prints the planning time, the pairs stopped and,
for each, the codes of the errors that stop it; "stopped only by the gate" counts the pairs that the
export would have let through before the gate (every error code among the gate's). ``--show CODE``
prints those findings in full, to tell real unfinished work from a false positive.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
CORPUS = REPO.parent / "shared" / "corpus" / "cds-site"


def main() -> int:
    from editor.model.checks.gate import BLOCKING
    from editor.model.site.export import plan_export
    from editor.model.site.index import SiteIndex
    from editor.model.hugo.config import Site

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", default=str(CORPUS))
    parser.add_argument("--show", nargs="*", default=[], metavar="CODE")
    args = parser.parse_args()
    source = Path(args.source)
    if not (source / "content").is_dir():
        print(f"No site at {source}.", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        target = Path(scratch) / "site"
        shutil.copytree(source / "config", target / "config") if (source / "config").is_dir() else target.mkdir()
        for lang in ("en", "fr"):
            (target / "content" / lang).mkdir(parents=True)
        start = time.perf_counter()
        source_index = SiteIndex.build(Site.open(source))
        plan = plan_export(source_index, SiteIndex.build(Site.open(target)))
        seconds = time.perf_counter() - start
    owner = {str(posting.path): entry.key for entry in source_index.pairs for posting in entry.all_postings()}
    stopped: dict[str, set] = defaultdict(set)
    for finding in plan.errors:
        stopped[owner.get(finding.file, finding.file)].add(finding.code)
    print(f"{len(source_index.pairs)} pairs planned in {seconds:.1f} s; {len(stopped)} stopped by errors")
    for code, count in Counter(code for codes in stopped.values() for code in codes).most_common():
        print(f"  {count:4} pairs: {code}{'  (gate)' if code in BLOCKING else ''}")
    only = sorted(key for key, codes in stopped.items() if codes <= BLOCKING)
    print(f"stopped only by the gate: {len(only)}")
    for key in only:
        print(f"  {key}: {', '.join(sorted(stopped[key]))}")
    for finding in plan.errors:
        if finding.code in args.show:
            print(finding.as_text().replace(str(source) + "/", ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
