"""Every check the window shows, run on one pair: the one pipeline of the problems panel,
``posting-editor check`` and export's publish gate.

:func:`check_pair` runs, for each file of a pair, the per-file rules, the unfinished-text finder
(markers, template placeholders and guidance) and the whole-file language check, then the rules
between the two files and the checks between the languages. Findings that must never reach the
site (:data:`BLOCKING`) are errors wherever they are shown, so the window, ``check`` and export's
gate agree on what stops a posting (:func:`publish_gate`).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from editor.model.findings import Finding, Severity
from editor.model.site.index import PairEntry, SiteIndex
from editor.model.site.parallel import default_workers, map_in_processes
from editor.model.frontmatter.posting import Posting
from editor.model.hugo.config import Site

__all__ = ["BLOCKING", "CheckSetup", "check_entries", "check_pair", "check_site", "publish_gate", "to_finish"]

# Unfinished work: errors at export, whatever their severity in the window, with no override.
BLOCKING = frozenset({"translation-marker", "template-placeholder", "empty-title", "empty-description",
                      "untranslated-file", "missing-counterpart"})


@dataclass(frozen=True)
class CheckSetup:
    """What the checks read from the site besides the postings: translation settings, glossary,
    template guidance. Read once and shared by the pairs of one run."""

    settings: object = None  # TranslationSettings; None: the defaults
    glossary: object = None  # Glossary; None skips the glossary check
    guidance: frozenset[str] = field(default_factory=frozenset)
    words: object = None  # the site's SiteDictionary: spelling is checked; None: it is not
    grammar: bool = True  # French grammar (Grammalecte)

    @classmethod
    def for_site(cls, root: Path | str | None, *, spelling: bool = True, grammar: bool = True) -> "CheckSetup":
        from editor.model.language.site_dictionary import SiteDictionary
        from editor.model.site.templates import site_guidance
        from editor.model.translation import Glossary, TranslationSettings
        from editor.model.translation.glossary import GlossaryError

        words = SiteDictionary.load(root) if spelling else None
        if root is None:
            return cls(TranslationSettings(), None, site_guidance(None), words, grammar)
        try:
            glossary = Glossary.load(root)
        except GlossaryError:
            glossary = None  # check and the glossary dialog say why
        return cls(TranslationSettings.load(root), glossary, site_guidance(root), words, grammar)


def check_file(posting: Posting, file: str, lang: str | None, setup: CheckSetup, *,
               translation: bool = True) -> list[Finding]:
    """Every rule that reads one file only."""
    from editor.model.checks import check_posting
    from editor.model.translation import check_posting_translation
    from editor.model.translation.untranslated import check_file_language
    from editor.model.checks.unfinished import check_unfinished

    found = check_posting(posting, file, spelling=setup.words, lang=lang, grammar=setup.grammar) + check_unfinished(posting, file, setup.guidance)
    if lang is not None and posting.valid:
        found += check_file_language(posting, file, lang)
        if translation:
            found += check_posting_translation(posting, file, lang, settings=setup.settings)
    return publish_gate(found)


def check_pair(entry: PairEntry, site: Site | None, setup: CheckSetup, *, source: str = "en",
               label: Callable[[Posting], str] | None = None, translation: bool = True) -> list[Finding]:
    """Every finding of the files of ``entry`` (one pair; several files per language are a conflict).

    ``label`` names a posting's file in findings (default: relative to the site). ``source`` is the
    language translated from; ``translation`` False leaves out the checks between the languages
    and typography (the whole-file language check stays: it is part of the gate).
    """
    from editor.model.translation import check_pair_translation, translation_pairs
    from editor.model.checks.pairs import check_pairs

    if label is None:
        label = (lambda posting: site.relative(posting.path)) if site is not None else (lambda posting: str(posting.path))
    postings = entry.all_postings()
    names = {id(posting): label(posting) for posting in postings}
    found: list[Finding] = []
    for lang in ("en", "fr"):
        for posting in entry.postings(lang):
            found += check_file(posting, names[id(posting)], lang, setup, translation=translation)
    if site is not None and all(posting.path is not None for posting in postings):
        relabel = {site.relative(posting.path): names[id(posting)] for posting in postings}
        found += [_named(f, relabel.get(f.file, f.file)) for f in check_pairs(SiteIndex(site, [entry], []))]
    if translation:
        for en, fr in translation_pairs(entry):
            files = {"en": names[id(en)], "fr": names[id(fr)]}
            found += check_pair_translation(en, fr, settings=setup.settings, glossary=setup.glossary,
                                            source=source, files=files)
    return publish_gate(_unique(found))


PARALLEL_FROM = 200  # postings; as for the site-wide checks
_CHUNK = 10  # pairs per task


def check_entries(entries: list[PairEntry], site: Site, setup: CheckSetup, *, sources: dict[str, str] | None = None,
                  absolute: bool = False, workers: int | None = None) -> list[Finding]:
    """:func:`check_pair` on each of ``entries`` (files named relative to ``site``, or by their full path
    with ``absolute``), spread over processes when there are many."""
    sources = sources or {}
    jobs = [(entry, sources.get(entry.key, "en")) for entry in entries]
    if workers is None:
        workers = default_workers(sum(len(entry.all_postings()) for entry in entries), PARALLEL_FROM)
    chunks = [jobs[start:start + _CHUNK] for start in range(0, len(jobs), _CHUNK)]
    results = map_in_processes(_check_chunk, chunks, workers, site, setup, absolute) if workers > 1 and len(chunks) > 1 else None
    if results is None:
        results = [_check_chunk(chunk, site, setup, absolute) for chunk in chunks]
    return [finding for chunk in results for finding in chunk]


def _check_chunk(jobs, site: Site, setup: CheckSetup, absolute: bool) -> list[Finding]:
    label = (lambda posting: str(posting.path)) if absolute else None
    return [finding for entry, source in jobs
            for finding in check_pair(entry, site, setup, source=source, label=label)]


def check_site(index: SiteIndex, *, translation: bool = True, spelling: bool = True, grammar: bool = True,
               workers: int | None = None) -> list[Finding]:
    """:func:`check_pair` over a whole site, file names relative to it.

    The per-file and pair rules and the translation checks run as the site-wide functions do (spread
    over processes on large sites, terminology compared across pairs); the unfinished-text and
    whole-file language checks are added here, so a site check and a pair check agree.
    """
    from editor.model.checks import check_index
    from editor.model.site.templates import site_guidance
    from editor.model.translation import check_site_translation

    site = index.site
    guidance = site_guidance(site.root)  # only the guidance: settings, glossary and words are read by the site-wide checks
    found = check_index(index, workers=workers, spelling=spelling, grammar=grammar)
    postings = [(posting, lang) for entry in index.pairs for lang in ("en", "fr") for posting in entry.postings(lang)]
    if workers is None:
        workers = default_workers(len(postings), PARALLEL_FROM)
    # Postings edited in memory are checked here; the others are read again by the workers.
    on_disk = [(p.path, site.relative(p.path), lang) for p, lang in postings if workers > 1 and not p.modified]
    for posting, lang in postings:
        if workers <= 1 or posting.modified:
            found += _unfinished_and_language(posting, site.relative(posting.path), lang, guidance)
    chunks = [on_disk[start:start + 50] for start in range(0, len(on_disk), 50)]
    results = map_in_processes(_unfinished_chunk, chunks, workers, guidance) if chunks else []
    for chunk in results if results is not None else [_unfinished_chunk(on_disk, guidance)]:
        found += chunk
    if translation:
        found += check_site_translation(index, workers=workers)
    return publish_gate(_unique(found))


def _unfinished_and_language(posting: Posting, file: str, lang: str, guidance: frozenset[str]) -> list[Finding]:
    from editor.model.translation.untranslated import check_file_language
    from editor.model.checks.unfinished import check_unfinished

    return check_unfinished(posting, file, guidance) + check_file_language(posting, file, lang)


def _unfinished_chunk(files: list[tuple[Path, str, str]], guidance: frozenset[str]) -> list[Finding]:
    found: list[Finding] = []
    for path, file, lang in files:
        try:
            posting = Posting.load(path)
        except OSError:
            continue  # check_index reports the unreadable file
        found += _unfinished_and_language(posting, file, lang, guidance)
    return found


def publish_gate(findings: Iterable[Finding]) -> list[Finding]:
    """The findings as export sees them: unfinished work (:data:`BLOCKING`) raised to errors."""
    return [_raised(f) if f.code in BLOCKING and f.severity is not Severity.ERROR else f for f in findings]


def to_finish(errors: Iterable[Finding]) -> dict[str, Counter]:
    """Per file, how many errors of each code: what the writer has to finish before exporting."""
    by_file: dict[str, Counter] = {}
    for finding in errors:
        by_file.setdefault(finding.file, Counter())[finding.code] += 1
    return by_file


def _raised(finding: Finding) -> Finding:
    return _replace(finding, severity=Severity.ERROR)


def _named(finding: Finding, file: str) -> Finding:
    return _replace(finding, file=file)


def _replace(finding: Finding, **changes) -> Finding:
    return dataclasses.replace(finding, **changes)  # a typography finding keeps its fix


def _unique(found: list[Finding]) -> list[Finding]:
    """Sorted, each finding once. A marker is found both by the unfinished-text finder and by the
    translation checks, at the same place: keep one."""
    seen: set[tuple] = set()
    kept = []
    for finding in sorted(set(found), key=Finding.sort_key):
        place = (finding.file, finding.line, finding.code)
        if finding.code == "translation-marker":
            if place in seen:
                continue
            seen.add(place)
        kept.append(finding)
    return kept
