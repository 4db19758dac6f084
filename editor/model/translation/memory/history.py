"""Units from earlier versions of a site's pairs, read from git (newest commits first, bounded)."""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from editor.model.frontmatter.posting import Posting
from editor.model.interrupt import Interrupted, StopAsked, check
from editor.model.translation.memory.store import Unit

if TYPE_CHECKING:
    from editor.model.hugo.config import Site
    from editor.model.site.index import SiteIndex
    from editor.model.translation.memory.build import _Cache
    from editor.model.translation.status import GitHistory


def history_units(index: SiteIndex, store: _Cache, commits: int, seconds: float,
                  stop: StopAsked | None = None) -> list[Unit]:
    """Units of the pairs as they were at each of the newest ``commits`` commits touching postings,
    within ``seconds`` (commits already in ``store`` cost nothing: a commit never changes).
    ``stop`` is asked before each commit and each pair read from it (a commit can touch hundreds):
    when it answers True, the commits read whole so far go into ``store`` (not saved) and ``Interrupted`` is raised.

    A pair's earlier version is read at the paths its files have now; a file renamed since is not
    followed. ``store`` is the memory cache (``commits``: sha -> unit rows; ``changed``)."""
    from editor.model.translation import translation_pairs
    from editor.model.translation.status import GitHistory
    from editor.model.storage.files import resolved

    history = GitHistory.read(index.site)
    if history is None:
        return []
    site = index.site
    by_path: dict[str, tuple[str, Path, Path]] = {}
    for entry in index.pairs:
        for en, fr in translation_pairs(entry):
            if en.path is not None and fr.path is not None:
                for file in (en.path, fr.path):
                    by_path[str(resolved(file))] = (str(entry.key), en.path, fr.path)
    touched: dict[int, set[str]] = {}
    for path, numbers in history.touched.items():
        if path in by_path:
            for number in numbers:
                touched.setdefault(number, set()).add(path)
    deadline = time.monotonic() + seconds
    units: list[Unit] = []
    kept: dict[str, list] = {}
    try:
        for number in range(min(commits, len(history.commits))):
            check(stop)
            sha = history.commits[number]
            rows = store.commits.get(sha)
            units_here = _cached_rows(rows)
            if units_here is None or rows is None:  # (rows is set whenever units_here is)
                if time.monotonic() > deadline:
                    break
                units_here = _commit_units(history, number, touched.get(number, ()), by_path, site, stop)
                rows = [u.to_row() for u in units_here]
                store.changed = True
            kept[sha] = rows
            units += units_here
    except Interrupted:
        store.commits = {**store.commits, **kept}  # a commit is kept whole or not at all
        raise
    if store.commits.keys() - kept.keys():
        store.changed = True
    store.commits = kept
    return units


def _cached_rows(rows: object) -> list[Unit] | None:
    try:
        return [Unit.from_row(row) for row in rows] if isinstance(rows, list) else None
    except (ValueError, TypeError, IndexError):
        return None


def _commit_units(history: GitHistory, number: int, paths: Iterable[str], by_path: dict[str, tuple[str, Path, Path]],
                  site: Site, stop: StopAsked | None = None) -> list[Unit]:
    from editor.model.translation.memory.build import pair_units

    found: list[Unit] = []
    pairs: dict[str, tuple[Path, Path]] = {}
    for path in sorted(paths):
        key, en_path, fr_path = by_path[path]
        pairs.setdefault(key, (en_path, fr_path))
    texts = history.texts_at(number, [path for pair in pairs.values() for path in pair])
    for key, (en_path, fr_path) in pairs.items():
        check(stop)
        en_text, fr_text = texts[en_path], texts[fr_path]
        if en_text is None or fr_text is None:
            continue
        en = Posting(en_text.encode("utf-8"), en_path, "en", on_disk=False)
        fr = Posting(fr_text.encode("utf-8"), fr_path, "fr", on_disk=False)
        if en.valid and fr.valid:
            files = {"en": site.relative(en_path), "fr": site.relative(fr_path)}
            found += pair_units(en, fr, files, key, history.commits[number][:8])
    return found
