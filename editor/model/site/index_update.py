"""Bringing a site index up to date when only a few known files changed (the window's own saves).

A full ``SiteIndex.build`` stats every file and looks up every cache row: on a 5,000-posting site
that is more than a second, too long to hold the window after each Ctrl+S. When the caller knows
which files it wrote, created, renamed or deleted, only those are read again; every other posting,
and every pair none of those files belongs to (before or after), is kept as the very same object,
so views can tell which pairs changed by identity. The result is what a fresh build would give.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from editor.model.frontmatter.posting import Posting
from editor.model.hugo.config import LANGUAGES, Site
from editor.model.storage.files import resolved
from editor.model.storage.safe_write import tidy

if TYPE_CHECKING:
    from editor.model.site.index import PairEntry, SiteIndex


def updated_index(index: SiteIndex, paths: Iterable[Path | str]) -> SiteIndex | None:
    """``index`` with the files at ``paths`` read again (or dropped, when gone or no longer listed).

    None when the index holds a folder that could not be listed: it stands for an unknown number
    of postings, and only a full build says which."""
    from editor.model.site.index import Job, PairEntry, SiteIndex, _load_chunk, pseudo_key_parts

    site = index.site
    if any((parts := pseudo_key_parts(entry.key)) is not None and parts[1].endswith(os.sep) for entry in index.pairs):
        return None
    targets = {str(as_listed(Path(path))) for path in paths}
    listed = listed_languages(site, targets)
    for folder in dict.fromkeys(Path(path).parent for path in listed):
        tidy(folder)  # as the build does: a pair's half-finished write is finished before reading

    # The pairs any of the files belonged to, without those files.
    files: dict[str, dict[str, list[Posting]]] = {}
    for entry in index.pairs:
        if any(str(posting.path) in targets for posting in entry.all_postings()):
            files[entry.key] = {lang: [p for p in entry.postings(lang) if str(p.path) not in targets] for lang in LANGUAGES}
    others = [posting for posting in index.others if str(posting.path) not in targets]
    jobs: list[Job] = [(number, Path(path), listed[path], None)
                       for number, path in enumerate(sorted(listed, key=lambda p: (LANGUAGES.index(listed[p]), p)))]
    existing = {entry.key: entry for entry in index.pairs}
    for _number, _path, lang, _stat, posting, key in _load_chunk(jobs, index.guidance):
        if posting is None:
            continue
        if key is None:
            others.append(posting)
            continue
        if key not in files:
            known = existing.get(key)
            files[key] = {lang: list(known.postings(lang)) if known else [] for lang in LANGUAGES}
        files[key][posting.file_language].append(posting)

    def listed_order(posting: Posting) -> tuple[int, str]:
        # The build's order: each language's files in turn, sorted by path.
        return LANGUAGES.index(posting.file_language), str(posting.path)

    kept = [entry for entry in index.pairs if entry.key not in files]
    changed = [PairEntry(key, {lang: sorted(found[lang], key=listed_order) for lang in LANGUAGES})
               for key, found in files.items() if any(found.values())]
    pairs = sorted(kept + changed, key=lambda entry: (entry.key.casefold(), entry.key))
    others.sort(key=listed_order)
    unreadable = {lang: [p for entry in pairs for p in entry.postings(lang) if p.unreadable] for lang in LANGUAGES}
    fresh = {id(entry) for entry in changed}
    for number, entry in enumerate(pairs):
        elsewhere = {lang: unreadable[lang] for lang in LANGUAGES if unreadable[lang] and not entry.postings(lang)}
        if id(entry) in fresh:
            entry.unreadable_elsewhere = elsewhere
        elif not _same_elsewhere(entry, elsewhere):
            pairs[number] = replace(entry, unreadable_elsewhere=elsewhere)  # a kept pair is never changed in place
    return SiteIndex(site, pairs, others, index.guidance)


def as_listed(path: Path) -> Path:
    """``path`` named as the build names it: its folder resolved (the site's root is, and the walk
    never follows a linked folder), its own name kept (a linked file is listed under its name). A
    file named otherwise (relative, through a link to the site, with '..') matched no posting."""
    return resolved(path.parent) / path.name


def listed_languages(site: Site, paths: set[str]) -> dict[str, str]:
    """The language of each of ``paths`` that ``site.markdown_files`` lists (without listing them all)."""
    if site.loose:  # one folder, where a file's language may be guessed from its words
        return {str(path): lang for lang in LANGUAGES for path in site.markdown_files(lang) if str(path) in paths}
    found: dict[str, str] = {}
    for text in paths:
        path = Path(text)
        if not path.name.endswith(".md") or path.name == "_index.md" or not os.path.lexists(path) or os.path.isdir(path):
            continue
        for lang in LANGUAGES:
            folder = site.content_dirs.get(lang)
            if folder is None or not path.parent.is_relative_to(folder) or not folder.is_dir():
                continue
            parts = path.parent.relative_to(folder).parts
            # The walk skips hidden folders and never follows a linked one.
            if any(part.startswith(".") for part in parts) or any(
                    os.path.islink(folder.joinpath(*parts[:depth])) for depth in range(1, len(parts) + 1)):
                continue
            found[text] = lang
            break
    return found


def _same_elsewhere(entry: PairEntry, elsewhere: dict[str, list[Posting]]) -> bool:
    if set(entry.unreadable_elsewhere) != set(elsewhere):
        return False
    return all(len(entry.unreadable_elsewhere[lang]) == len(found)
               and all(a is b for a, b in zip(entry.unreadable_elsewhere[lang], found, strict=True))
               for lang, found in elsewhere.items())
