"""Rules that examine postings; one module per family. ``check_posting``/``check_index`` run them all."""

from __future__ import annotations

from ..findings import Finding
from ..index import SiteIndex
from ..posting import Posting


def check_posting(posting: Posting, file: str) -> list[Finding]:
    """Every single-file rule: syntax, fields, body."""
    from .body import check_body
    from .fields import check_fields
    from .syntax import check_syntax

    found = check_syntax(posting, file)
    if posting.valid:
        found += check_fields(posting, file)
        found += check_body(posting.body, file, posting.body_first_line)
    return sorted(found, key=Finding.sort_key)


def check_index(index: SiteIndex) -> list[Finding]:
    """Every rule over a whole site: each posting's own, then those between files."""
    from .pairs import check_pairs

    found: list[Finding] = []
    for entry in index.pairs:
        for posting in entry.all_postings():
            found += check_posting(posting, index.site.relative(posting.path))
    found += check_pairs(index)
    return sorted(found, key=Finding.sort_key)
