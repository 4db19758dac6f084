"""Units from earlier versions of a site's pairs, read from git (newest commits first, bounded)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from editor.model.frontmatter.posting import Posting
from editor.model.interrupt import Interrupted, StopAsked, check
from editor.model.storage.changes import digest
from editor.model.translation.memory.store import Unit

if TYPE_CHECKING:
    from editor.model.hugo.config import Site
    from editor.model.site.index import SiteIndex
    from editor.model.translation.memory.build import _Cache
    from editor.model.translation.status import GitHistory


def history_units(index: SiteIndex, store: _Cache, commits: int, seconds: float,
                  stop: StopAsked | None = None, present: list[Unit] | None = None) -> list[Unit]:
    """Units of the pairs as they were at each of the newest ``commits`` commits touching postings,
    within ``seconds`` (commits already in ``store`` cost nothing: a commit never changes).
    ``stop`` is asked before each commit and each pair read from it (a commit can touch hundreds):
    when it answers True, the commits read whole so far go into ``store`` (not saved) and ``Interrupted`` is raised.

    A pair's earlier version is read at the paths its files have now; a file renamed since is not
    followed. ``store`` is the memory cache (``commits``: sha -> unit rows; ``changed``).

    ``present``: the units of every pair as its files are now, as the memory read them (blank ones
    too): a pair whose files at a commit are byte for byte its files now has the same units, only
    the commit differs, so they are copied rather than aligned again (most pairs, at the newest
    commit touching them and at the one that added them)."""
    from editor.model.translation.status import GitHistory

    history = GitHistory.read(index.site)
    if history is None:
        return []
    site = index.site
    # Made for the first commit not in the cache: matching the files of a key with several versions
    # parses their bodies, which a build whose commits are all in the cache need not do.
    plan: _Plan | None = None
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
                plan = plan or _Plan(index, history, present)
                units_here = _commit_units(history, number, plan, site, stop)
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


class _Plan:
    """What the commits not in the cache are read for: each file of a present pair (resolved path
    -> key, English and French paths), the files each commit touched among them, and the present
    pairs (:class:`_PresentPairs`)."""

    def __init__(self, index: SiteIndex, history: GitHistory, present: list[Unit] | None):
        from editor.model.storage.files import resolved
        from editor.model.translation import translation_pairs

        self.by_path: dict[str, tuple[str, Path, Path]] = {}
        self.now = _PresentPairs(present, index.site)
        for entry in index.pairs:
            for en, fr in translation_pairs(entry):
                if en.path is not None and fr.path is not None:
                    for file in (en.path, fr.path):
                        self.by_path[str(resolved(file))] = (str(entry.key), en.path, fr.path)
                    if present is not None:
                        self.now.know(en, fr)
        self.touched: dict[int, set[str]] = {}
        for path, numbers in history.touched.items():
            if path in self.by_path:
                for number in numbers:
                    self.touched.setdefault(number, set()).add(path)


def _cached_rows(rows: object) -> list[Unit] | None:
    try:
        return [Unit.from_row(row) for row in rows] if isinstance(rows, list) else None
    except (ValueError, TypeError, IndexError):
        return None


class _PresentPairs:
    """The present pairs' files (their digests, as read) and units, to know a commit's version of a
    pair for the present one. Only files read and not edited since count: the units of a file
    edited in memory were aligned from the edit, not from what any commit holds."""

    def __init__(self, present: list[Unit] | None, site: Site):
        self._present = present
        self._site = site
        self._digests: dict[tuple[Path, Path], tuple[str, str]] = {}
        self._units: dict[tuple[str, str, str], list[Unit]] | None = None

    def know(self, en: Posting, fr: Posting) -> None:
        assert en.path is not None and fr.path is not None
        if en.base_digest and fr.base_digest and not en.modified and not fr.modified:
            self._digests[(en.path, fr.path)] = (en.base_digest, fr.base_digest)

    def units(self, key: str, files: dict[str, str], en_path: Path, fr_path: Path, en_raw: bytes, fr_raw: bytes,
              commit: str) -> list[Unit] | None:
        """The pair's present units, as of ``commit``, when ``en_raw`` and ``fr_raw`` are its files
        now; None otherwise."""
        known = self._digests.get((en_path, fr_path))
        if known is None or known != (digest(en_raw), digest(fr_raw)):
            return None
        if self._units is None:
            # A pair's units name its two files on each: several pairs of one key (a posting
            # re-published under a new name) are told apart by them, in the order aligned.
            self._units = {}
            for unit in self._present or ():
                if not unit.commit:
                    place = (unit.key, unit.origin[0].rpartition(":")[0], unit.origin[1].rpartition(":")[0])
                    self._units.setdefault(place, []).append(unit)
        return [Unit(u.en, u.fr, u.kind, u.origin, u.key, commit, u.masks)
                for u in self._units.get((key, files["en"], files["fr"]), ())]


def _commit_units(history: GitHistory, number: int, plan: _Plan, site: Site, stop: StopAsked | None = None) -> list[Unit]:
    from editor.model.translation.memory.build import pair_units

    found: list[Unit] = []
    pairs: dict[str, tuple[Path, Path]] = {}
    for path in sorted(plan.touched.get(number, ())):
        key, en_path, fr_path = plan.by_path[path]
        pairs.setdefault(key, (en_path, fr_path))
    texts = history.texts_at(number, [path for pair in pairs.values() for path in pair])
    for key, (en_path, fr_path) in pairs.items():
        check(stop)
        en_text, fr_text = texts[en_path], texts[fr_path]
        if en_text is None or fr_text is None:
            continue
        en_raw, fr_raw = en_text.encode("utf-8"), fr_text.encode("utf-8")
        files = {"en": site.relative(en_path), "fr": site.relative(fr_path)}
        commit = history.commits[number][:8]
        same = plan.now.units(key, files, en_path, fr_path, en_raw, fr_raw, commit)
        if same is not None:
            found += same
            continue
        en = Posting(en_raw, en_path, "en", on_disk=False)
        fr = Posting(fr_raw, fr_path, "fr", on_disk=False)
        if en.valid and fr.valid:
            found += pair_units(en, fr, files, key, commit)
    return found
