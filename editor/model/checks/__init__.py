"""Rules that examine postings; one module per family. ``check_posting``/``check_index`` run them all."""

from __future__ import annotations

from pathlib import Path

from ..findings import Finding
from ..index import SiteIndex
from ..parallel import default_workers, map_in_processes
from ..posting import Posting

PARALLEL_FROM = 200  # postings; Markdown parsing makes checks worth spreading over processes early


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


def check_index(index: SiteIndex, *, workers: int | None = None) -> list[Finding]:
    """Every rule over a whole site: each posting's own, then those between files."""
    from .pairs import check_pairs

    postings = [posting for entry in index.pairs for posting in entry.all_postings()]
    labels = [index.site.relative(posting.path) for posting in postings]
    if workers is None:
        workers = default_workers(len(postings), PARALLEL_FROM)
    # Postings edited in memory are checked here; the others can be read again by workers.
    # Files that could not be read keep the reason found then (a folder would read as "not a file").
    in_memory = [(p, label) for p, label in zip(postings, labels) if workers <= 1 or p.modified or p.unreadable]
    on_disk = [(p.path, label) for p, label in zip(postings, labels) if workers > 1 and not (p.modified or p.unreadable)]
    found: list[Finding] = []
    for posting, label in in_memory:
        found += check_posting(posting, label)
    if on_disk:
        found += _check_files(on_disk, workers)
    found += check_pairs(index)
    return sorted(found, key=Finding.sort_key)


def _check_files(files: list[tuple[Path, str]], workers: int) -> list[Finding]:
    chunks = [files[start : start + 50] for start in range(0, len(files), 50)]
    results = map_in_processes(_check_chunk, chunks, workers)
    if results is None:
        return _check_chunk(files)
    return [finding for chunk in results for finding in chunk]


def _check_chunk(files: list[tuple[Path, str]]) -> list[Finding]:
    found: list[Finding] = []
    for path, label in files:
        try:
            posting = Posting.load(path)
        except OSError as error:
            posting = Posting.unreadable_file(path, None, error)
        found += check_posting(posting, label)
    return found
