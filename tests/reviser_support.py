"""The reviser set (tests/data/reviser_set.tsv): real pairs of the shared corpus read as a Government of
Canada reviser would, with the defects found. :func:`measure` runs the whole-site check on the corpus and
scores it against them: recall (of the reviser's defects, how many a finding points at) and, per finding
code, precision (of the findings on those files, how many are true).

Shared by tests/model/checks/test_reviser_set.py (floors) and benchmarks/bench_reviser.py (figures).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

SET_FILE = Path(__file__).resolve().parent / "data" / "reviser_set.tsv"
UNCATCHABLE = "uncatchable:"


@dataclass(frozen=True)
class Row:
    file: str
    line: int
    codes: tuple[str, ...]  # empty for an uncatchable defect
    kind: str  # "defect" or "minor"
    reason: str
    what: str  # the code column as written


def read_set(path: Path = SET_FILE) -> list[Row]:
    rows = []
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not text.strip() or text.startswith("#"):
            continue
        parts = text.split("\t")
        if len(parts) != 5 or parts[3] not in ("defect", "minor"):
            raise ValueError(f"{path.name}:{number}: expected file, line, code(s), defect|minor, reason")
        file, line, what, kind, reason = parts
        codes = () if what.startswith(UNCATCHABLE) else tuple(what.split("|"))
        rows.append(Row(file, int(line), codes, kind, reason, what))
    return rows


@dataclass
class Score:
    defects: int = 0
    caught: int = 0
    uncatchable: int = 0
    findings: Counter = field(default_factory=Counter)  # code -> findings on the set's files
    true: Counter = field(default_factory=Counter)  # code -> of those, true ones
    missed: list[Row] = field(default_factory=list)
    false: list = field(default_factory=list)  # findings matching no row

    @property
    def recall(self) -> float:
        return self.caught / self.defects if self.defects else 0.0

    @property
    def recall_catchable(self) -> float:
        catchable = self.defects - self.uncatchable
        return self.caught / catchable if catchable else 0.0

    def precision(self, code: str) -> float:
        return self.true[code] / self.findings[code] if self.findings[code] else 1.0


def score(rows: list[Row], findings) -> Score:
    """``findings``: Finding objects named relative to the corpus."""
    files = {row.file for row in rows}
    mine = [f for f in findings if f.file in files]
    by_place: dict[tuple[str, int], list[Row]] = {}
    for row in rows:
        by_place.setdefault((row.file, row.line), []).append(row)
    result = Score()
    hit: set[int] = set()
    for finding in mine:
        result.findings[finding.code] += 1
        matched = [row for row in by_place.get((finding.file, finding.line), []) if _matches(finding.code, row.codes)]
        if matched:
            result.true[finding.code] += 1
            hit.update(id(row) for row in matched)
        else:
            result.false.append(finding)
    for row in rows:
        if row.kind != "defect":
            continue
        result.defects += 1
        if not row.codes:
            result.uncatchable += 1
        if id(row) in hit:
            result.caught += 1
        else:
            result.missed.append(row)
    return result


def _matches(code: str, codes: tuple[str, ...]) -> bool:
    # "grammar-*": any code of the family (Grammalecte's rules each have their own code).
    return any(code == wanted or (wanted.endswith("*") and code.startswith(wanted[:-1])) for wanted in codes)


def measure(corpus: Path) -> Score:
    """Every check of ``posting-editor check SITE`` on the corpus, scored on the reviser set."""
    from editor.model.checks.pipeline import check_site
    from editor.model.hugo.config import Site
    from editor.model.site.index import SiteIndex

    index = SiteIndex.build(Site.open(corpus))
    return score(read_set(), check_site(index))
