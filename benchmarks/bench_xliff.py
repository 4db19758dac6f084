"""XLIFF export and unchanged re-import of every real pair, both ways: time per pair, units, codes.

    .venv/bin/python benchmarks/bench_xliff.py [SITE]

SITE defaults to the shared real-postings corpus (../shared/corpus/cds-site beside the checkout);
nothing is written to it (the import is planned only, which is where its work is).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
CORPUS = REPO.parent / "shared" / "corpus" / "cds-site"


def main() -> int:
    from lxml import etree

    from editor.model.hugo.config import Site
    from editor.model.site.index import SiteIndex
    from editor.model.translation import translation_pairs
    from editor.model.translation.xliff import NS, export_pair
    from editor.model.translation.xliff_import import plan_import

    site = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    if not (site / "content").is_dir():
        print(f"No site at {site}; give one.")
        return 2
    index = SiteIndex.build(Site.open(site))
    exports, imports, units, codes, changed = [], [], 0, 0, 0
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "pair.xlf"
        for entry in index.pairs:
            for en, fr in translation_pairs(entry):
                for source, to in ((en, "fr"), (fr, "en")):
                    started = time.perf_counter()
                    data = export_pair(index, index.site.relative(source.path), to)
                    exports.append(time.perf_counter() - started)
                    root = etree.fromstring(data)
                    units += len(root.findall(f".//{{{NS}}}trans-unit"))
                    codes += len(root.findall(f".//{{{NS}}}source/{{{NS}}}ph"))
                    path.write_bytes(data)
                    started = time.perf_counter()
                    [report] = plan_import(index, path)
                    imports.append(time.perf_counter() - started)
                    changed += report.changed
    if not exports:
        print("No pairs.")
        return 0
    ms = lambda values: f"median {statistics.median(values) * 1000:.1f} ms, max {max(values) * 1000:.1f} ms"  # noqa: E731
    print(f"{len(exports)} exports (pairs both ways), {units} units, {codes} inline codes in the sources")
    print(f"export: {ms(exports)}")
    print(f"import (unchanged, planned): {ms(imports)}; files it would change: {changed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
