"""Every check the window shows, run on one pair: the one pipeline of the problems panel,
``posting-editor check`` and export's publish gate.

:func:`check_pair` runs, for each file of a pair, the per-file rules, the unfinished-text finder
(markers, template placeholders and guidance) and the whole-file language check, then the rules
between the two files and the checks between the languages. Findings that must never reach the
site (:data:`BLOCKING`) are errors wherever they are shown, so the window, ``check`` and export's
gate agree on what stops a posting (``gate.publish_gate``). What the checks read from the site
besides the postings is a ``setup.CheckSetup``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor.model.checks.collector import collector_paused
from editor.model.checks.gate import publish_gate
from editor.model.checks.setup import CheckSetup, raw_html_published, read_site_setup
from editor.model.checks.unread import Unread
from editor.model.findings import Finding
from editor.model.site.index import PairEntry, SiteIndex
from editor.model.site.parallel import default_workers, map_in_processes
from editor.model.frontmatter.posting import Posting
from editor.model.hugo.config import Site

if TYPE_CHECKING:
    from editor.model.checks.results_cache import FindingsCache, SiteResult
    from editor.model.translation.memory.store import TranslationMemory
    from editor.model.translation.memory.verify import Lookups, PairRead, PairState
    from editor.model.translation.settings import TranslationSettings
    from editor.model.translation.terminology import TermUse

# A pair's source language, or in a site check that and whether the site approved its translation.
_Source = str | tuple[str, bool]

__all__ = ["check_entries", "check_file", "check_pair", "check_site", "site_check", "verify_segments"]


def check_file(posting: Posting, file: str, lang: str | None, setup: CheckSetup, *,
               translation: bool = True, names: frozenset[str] = frozenset()) -> list[Finding]:
    """Every rule that reads one file only (``names``: the counterpart's, accepted by spelling)."""
    from editor.model.checks import check_posting
    from editor.model.translation import check_posting_translation
    from editor.model.translation.untranslated import check_file_language
    from editor.model.checks.unfinished import check_unfinished

    found = check_posting(posting, file, spelling=setup.words, lang=lang, grammar=setup.grammar, names=names,
                          raw_html_published=setup.raw_html_published) + check_unfinished(posting, file, setup.guidance)
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
    from editor.model.translation import check_pair_translation, cross_checks
    from editor.model.checks.pairs import check_pairs

    label = label or _site_label(site)
    postings = entry.all_postings()
    names = {id(posting): label(posting) for posting in postings}
    found: list[Finding] = []
    for lang in ("en", "fr"):
        for posting in entry.postings(lang):
            found += check_file(posting, names[id(posting)], lang, setup, translation=translation,
                                names=_counterpart_names(entry, lang, setup))
    if site is not None and all(posting.path is not None for posting in postings):
        relabel = {site.relative(posting.file_path): names[id(posting)] for posting in postings}
        found += [_named(f, relabel.get(f.file, f.file)) for f in check_pairs(SiteIndex(site, [entry], []))]
    if translation:
        for en, fr, only in cross_checks(entry):
            files = {"en": names[id(en)], "fr": names[id(fr)]}
            found += [f for f in check_pair_translation(en, fr, settings=setup.settings, glossary=setup.glossary,
                                                        source=source, files=files)
                      if only is None or f.file == files[only]]
            found += _verified_segments(en, fr, only, files, setup, source, entry.key)
    return publish_gate(_unique(found))


def verify_segments(entry: PairEntry, site: Site | None, setup: CheckSetup, *, source: str = "en",
                    label: Callable[[Posting], str] | None = None) -> list[Finding]:
    """The findings of segment verification alone (against ``setup.memory``; none without one):
    what :func:`check_pair` adds to its other findings when given the memory. When this is empty,
    ``check_pair`` with the memory finds what it finds without it, so a caller that has the latter
    need not run the rest again."""
    from editor.model.translation import cross_checks

    label = label or _site_label(site)
    names = {id(posting): label(posting) for posting in entry.all_postings()}
    found: list[Finding] = []
    for en, fr, only in cross_checks(entry):
        found += _verified_segments(en, fr, only, {"en": names[id(en)], "fr": names[id(fr)]}, setup, source, entry.key)
    return publish_gate(_unique(found))


def _verified_segments(en: Posting, fr: Posting, only: str | None, files: dict[str, str], setup: CheckSetup,
                       source: str, key: str) -> list[Finding]:
    if setup.memory is None or only is not None:
        return []
    return _other_source(en, fr, files, source, setup.memory, key, setup.settings)


def _site_label(site: Site | None) -> Callable[[Posting], str]:
    """How findings name a posting's file by default: relative to the site."""
    return (lambda posting: site.relative(posting.file_path)) if site is not None else (lambda posting: str(posting.path))


PARALLEL_FROM = 200  # postings; Markdown parsing makes checks worth spreading over processes early
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


def _check_chunk(jobs: list[tuple[PairEntry, str]], site: Site, setup: CheckSetup, absolute: bool) -> list[Finding]:
    label = (lambda posting: str(posting.path)) if absolute else None
    with collector_paused():
        return [finding for entry, source in jobs
                for finding in check_pair(entry, site, setup, source=source, label=label)]


def check_site(index: SiteIndex, *, translation: bool = True, spelling: bool = True,
               grammar: bool = True, workers: int | None = None, cache: bool = True) -> list[Finding]:
    """Every finding of a whole site, file names relative to it: the same rules as :func:`check_pair`
    plus those between pairs (duplicate keys, terminology drift) and warnings about the site's
    settings, glossary and dictionary.

    Each pair is read and parsed once, all its rules run together (in worker processes on large
    sites, one pool for everything), and its findings are kept between runs (``cache``, see
    ``results_cache``): a pair whose files and setup are unchanged is not checked again.
    """
    return site_check(index, translation=translation, spelling=spelling, grammar=grammar, workers=workers,
                      cache=cache).findings()


def site_check(index: SiteIndex, *, translation: bool = True, spelling: bool = True, grammar: bool = True,
               workers: int | None = None, cache: bool = True) -> SiteResult:
    """:func:`check_site` with its findings made only when asked for (``findings()``), and the
    digest of everything they depend on known at once: what a caller makes of them is kept under
    it (``results_cache.SiteResult``), so ``check`` with nothing changed prints what it printed."""
    from editor.model.checks.results_cache import SiteResult, result_digest, setup_digest, site_digest
    from editor.model.checks.unread import read_guidance, state_findings, unread_key

    site = index.site
    sources: dict[str, tuple[str, bool]] = {}  # the source language, and whether the site approved the translation
    if translation:
        from editor.model.translation.status import translation_status

        sources = {key: (status.source, status.approved) for key, status in translation_status(index).items()}
    row_keys = [_row_key(entry, site, sources.get(entry.key, ("en", False))) for entry in index.pairs]
    # The templates' guidance and whether the site's Hugo configuration publishes raw HTML
    # (checks.setup.raw_html_published) are read once, for the digest and the checks.
    (guidance, unread), raw_html = read_guidance(site.root), raw_html_published(site)
    # The record of translations is left out of the setup digest (its records are in the row keys), but
    # whether it can be read at all decides a warning.
    state_read = not (translation and state_findings(site.root))
    setup = setup_digest(site.root, guidance, (translation, spelling, grammar, raw_html, unread_key(unread), state_read)) if cache else ""
    pairs = site_digest(site.root, row_keys) if cache else None
    return SiteResult.for_site(site.root, result_digest(setup, pairs, [entry.key for entry in index.pairs]) if cache else None,
                               lambda: _check_site(index, sources, row_keys, setup, pairs, translation=translation,
                                                   spelling=spelling, grammar=grammar, workers=workers, cache=cache,
                                                   guidance=guidance, unread=unread, raw_html=raw_html))


def _check_site(index: SiteIndex, sources: dict[str, tuple[str, bool]], row_keys: list[tuple | None], setup_key: str,
                digest: str | None, *, translation: bool, spelling: bool, grammar: bool, workers: int | None,
                cache: bool, guidance: frozenset[str], unread: list[Unread], raw_html: bool) -> list[Finding]:
    """:func:`check_site` once :func:`site_check` has read the pairs' sources and row keys, the
    setup digest and the site digest, the templates' guidance and the raw HTML setting."""
    from editor.model.checks.pairs import check_pairs
    from editor.model.checks.results_cache import FindingsCache, unpacked, unpacked_uses

    site = index.site
    setup, found = read_site_setup(site.root, translation=translation, spelling=spelling, grammar=grammar,
                                   templates=(guidance, unread), raw_html=raw_html)
    store = FindingsCache.for_site(site.root, setup_key) if cache else FindingsCache(None, "")
    results: dict[str, list[Finding]] = {}
    fresh_uses: dict[str, bytes] = {}  # the terminology uses of the pairs checked in this run
    jobs: list[tuple[PairEntry, _Source, bool]] = []
    for entry, key in zip(index.pairs, row_keys):
        source = sources.get(entry.key, ("en", False))
        result = store.lookup(entry.key, key) if key is not None else None
        if result is not None:
            results[entry.key] = result
        else:
            jobs.append((entry, source, True))
    # The pairs checked again whose segment verification is kept (the glossary was edited, say)
    # are not read for it: only the others are verified again.
    kept = _kept_verification(store, site.root) if jobs and _verifies(translation, setup.settings) else None
    if kept:
        rows = {entry.key: key for entry, key in zip(index.pairs, row_keys)}
        jobs = [(entry, source, rows[entry.key] is None or entry.key not in kept or kept[entry.key][0] != rows[entry.key])
                for entry, source, _ in jobs]
    verifying_workers = workers  # segment verification decides by its own work, not the pairs checked
    if workers is None:
        workers = default_workers(sum(len(entry.all_postings()) for entry, _, _ in jobs), PARALLEL_FROM)
    chunks = [jobs[start:start + _CHUNK] for start in range(0, len(jobs), _CHUNK)]
    if workers > 1 and len(chunks) > 1 and setup.words is not None:
        from editor.model.language.dictionaries import SpellingUnavailable, speller

        try:  # loaded once here, the worker processes forked below share them
            speller("en"), speller("fr")
        except SpellingUnavailable:
            pass  # each posting's check reports it
    if workers > 1 and len(chunks) > 1 and grammar:
        from editor.model.language.grammar import warm_up

        warm_up()  # Grammalecte loads and compiles its rules once here, not once in every worker
    done = _site_chunks_in_processes(jobs, workers, site, setup, translation) if workers > 1 and len(chunks) > 1 else None
    if done is None:
        done = [_site_chunk(chunk, site, setup, translation) for chunk in chunks]
    read: dict[str, PairRead] = {}  # what segment verification needs of the pairs checked
    for chunk in done:
        for pair_key, pair_findings, pair_uses, checked, verification in chunk:
            results[pair_key] = unpacked(pair_findings)
            fresh_uses[pair_key] = pair_uses
            if checked is not None:
                store.store(pair_key, checked, pair_findings, pair_uses)
            if verification is not None:
                read[pair_key] = verification
    store.forget_missing({entry.key for entry in index.pairs})
    for entry in index.pairs:
        found += results[entry.key]
    found += check_pairs(index)
    if translation:
        # Terminology drift reads every pair's uses: kept for the whole site while no pair changed.
        drift = store.lookup_site("terminology", digest)
        if drift is None:
            from editor.model.translation.terminology import check_terminology_uses

            uses = []
            for entry in index.pairs:  # in the site's order, as terminology drift counts wordings in order
                pair_uses = fresh_uses.get(entry.key)
                uses += unpacked_uses(pair_uses) if pair_uses is not None else store.uses(entry.key)
            drift = [f for f in check_terminology_uses(uses) if setup.settings is None or setup.settings.enabled(f.code)]
            store.store_site("terminology", digest, drift)
        found += drift
        # Between pairs: one memory, each pair against the others; all kept while no pair changed,
        # and after a change only the pairs whose findings can change are verified again.
        other = store.lookup_site("other-source", digest)
        if other is None:
            other = _other_source_site(index, sources, setup.settings, row_keys, store, read, verifying_workers, kept)
            store.store_site("other-source", digest, other)
        found += other
    store.save()
    return publish_gate(_unique(found))


def _row_key(entry: PairEntry, site: Site, source: _Source) -> tuple | None:
    """What a pair's cached findings were made from: each file's name and digest, and the source
    language (with whether the site approved the translation, which terminology drift uses). None when a file is edited in memory or unreadable (checked afresh every time)."""
    files = []
    for posting in entry.all_postings():
        summary = posting.__dict__.get("_summary")  # an indexed posting not read since: its digest as indexed
        if summary is not None:
            files.append((posting.language, site.relative(posting.file_path), summary.digest))
        elif posting.unreadable or posting.path is None or posting.modified:
            return None
        else:
            files.append((posting.language, site.relative(posting.file_path), posting.summary().digest))
    return (source, tuple(files))


_worker_jobs: tuple[list[tuple[PairEntry, _Source, bool]], Site, CheckSetup, bool] | None = None  # see _take_jobs


def _site_chunks_in_processes(jobs: list[tuple[PairEntry, _Source, bool]], workers: int, site: Site, setup: CheckSetup,
                              translation: bool) -> list[list[tuple]] | None:
    """:func:`_site_chunk` of each chunk of ``jobs`` in ``workers`` processes (None: none to be had).

    Forked workers inherit the jobs and are sent only where each chunk starts and ends: the pairs
    themselves, pickled, were some 60 MB on 5,000 postings the index had read (0.4 CPU-s to
    pickle and unpickle). Other workers start empty and are sent their chunks as before, rather
    than every job once each."""
    from editor.model.site.parallel import start_method

    if start_method() != "fork":
        chunks = [jobs[start:start + _CHUNK] for start in range(0, len(jobs), _CHUNK)]
        return map_in_processes(_site_chunk, chunks, workers, site, setup, translation)
    bounds = [(start, start + _CHUNK) for start in range(0, len(jobs), _CHUNK)]
    return map_in_processes(_site_chunk_between, bounds, workers, initializer=_take_jobs,
                            initargs=(jobs, site, setup, translation))


def _take_jobs(jobs: list[tuple[PairEntry, _Source, bool]], site: Site, setup: CheckSetup, translation: bool) -> None:
    global _worker_jobs
    _worker_jobs = (jobs, site, setup, translation)


def _site_chunk_between(bounds: tuple[int, int]) -> list[tuple]:
    assert _worker_jobs is not None  # set by _take_jobs when the worker started
    jobs, site, setup, translation = _worker_jobs
    return _site_chunk(jobs[bounds[0]:bounds[1]], site, setup, translation)


def _site_chunk(jobs: list[tuple[PairEntry, _Source, bool]], site: Site, setup: CheckSetup,
                translation: bool) -> list[tuple]:
    """(pair key, findings, terminology uses, row key, what segment verification reads of the pair)
    of each pair, findings and uses packed as the findings cache keeps them: worded here, in the
    worker, and quicker to send back."""
    from editor.model.checks.results_cache import packed, packed_uses
    from editor.model.translation.blocks import forget_parses

    done = []
    with collector_paused():
        for entry, source, read in jobs:
            (found, uses), key, verification = _site_pair(entry, site, setup, source, translation, read)
            done.append((entry.key, packed(_unique(found)), packed_uses(uses), key, verification))
        # The chunk's bodies are parsed for its own pairs' checks. Their tokens (some 17,000
        # objects) kept until later chunks pushed them out were scanned by each collection after
        # a chunk, three or four times each as they aged: dropped here, they are freed at once.
        forget_parses()
    return done


def _site_pair(entry: PairEntry, site: Site, setup: CheckSetup, source: _Source, translation: bool,
               read: bool = True) -> tuple[tuple[list[Finding], list[TermUse]], tuple | None, PairRead | None]:
    """((findings, terminology uses), row key of what was read, what segment verification reads of
    the pair, unless ``read`` is False) for one pair of a site check. All its rules run one after
    the other, so the parsed front matter and Markdown are shared."""
    from editor.model.checks import check_posting
    from editor.model.translation import check_pair_translation, check_posting_translation, cross_checks
    from editor.model.translation.context import PairContext
    from editor.model.translation.memory.verify import read_pair
    from editor.model.translation.terminology import terminology_uses

    found: list[Finding] = []
    uses: list[TermUse] = []
    verifying = read and _verifies(translation, setup.settings)
    verified: list[tuple[PairContext, dict[str, str]]] = []
    for posting in entry.all_postings():
        file = site.relative(posting.file_path)
        found += check_posting(posting, file, spelling=setup.words, lang=posting.language, grammar=setup.grammar,
                               raw_html_published=setup.raw_html_published,
                               names=_counterpart_names(entry, posting.language, setup))
        if not posting.unreadable:
            found += _unfinished_and_language(posting, file, posting.file_language, setup.guidance)
        if translation and posting.valid:
            found += check_posting_translation(posting, file, posting.file_language, settings=setup.settings)
    if translation:
        language, approved = source if isinstance(source, tuple) else (source, False)
        for en, fr, only in cross_checks(entry):
            files = {"en": site.relative(en.file_path), "fr": site.relative(fr.file_path)}
            ctx = PairContext.of(en, fr, files=files, source=language)
            found += [f for f in check_pair_translation(en, fr, settings=setup.settings, glossary=setup.glossary,
                                                        context=ctx) if only is None or f.file == files[only]]
            if only is None:  # a leftover file's wordings are not the pair's approved translation
                uses += list(terminology_uses(entry.key, ctx, approved=approved))
                verified.append((ctx, files))
    return (found, uses), _row_key(entry, site, source), read_pair(entry.key, verified) if verifying else None


def _counterpart_names(entry: PairEntry, lang: str | None, setup: CheckSetup) -> frozenset[str]:
    """The names the pair's other language writes (spelling accepts them): none without spelling."""
    if setup.words is None or lang not in ("en", "fr"):
        return frozenset()
    from editor.model.language.spelling import counterpart_names

    return counterpart_names(entry.postings("fr" if lang == "en" else "en"))


def _other_source(en: Posting, fr: Posting, files: dict[str, str], source: str, memory: TranslationMemory | None,
                  key: str | None, settings: TranslationSettings | None) -> list[Finding]:
    from editor.model.translation.context import PairContext
    from editor.model.translation.memory.verify import CODE, check_other_source

    if not en.valid or not fr.valid or (settings is not None and not settings.enabled(CODE)):
        return []
    return check_other_source(PairContext.of(en, fr, files=files, source=source), memory, key)


def _other_source_site(index: SiteIndex, sources: dict[str, tuple[str, bool]], settings: TranslationSettings | None,
                       row_keys: list[tuple | None] | None = None, store: FindingsCache | None = None,
                       read: dict[str, PairRead] | None = None,
                       workers: int | None = None, kept: dict[str, PairState] | None = None) -> list[Finding]:
    """Segment verification over a site: one memory, each pair checked against the others.
    ``sources`` and ``settings`` are the run's (the translation status reads git: once a run);
    ``row_keys`` the pairs' (as :func:`_row_key`, in the site's order) and ``store`` the run's
    findings cache: each pair's verification is kept there, and only the pairs a change can
    affect are verified again (``verify_site``). ``read``: the units and lookups of the pairs the
    run's workers checked (:func:`_site_pair`); the other pairs are read here when needed.
    ``workers``: the processes to verify in (None: as many as are worth it); ``kept``: the
    verification the store kept, when the caller has read it already (:func:`_kept_verification`)."""
    from editor.model.checks.results_cache import verification_digest
    from editor.model.translation import translation_pairs
    from editor.model.translation.context import PairContext
    from editor.model.translation.memory.build import build_memory
    from editor.model.translation.memory.verify import CODE, Lookups, verify_site

    if settings is not None and not settings.enabled(CODE):
        return []
    site = index.site
    keys = row_keys if row_keys is not None else [None] * len(index.pairs)
    read = read or {}

    def lookups(entry: PairEntry) -> Callable[[], list[Lookups]]:
        def parse() -> list[Lookups]:
            if entry.key in read:
                return read[entry.key].lookups
            source = sources.get(entry.key, ("en", False))[0]
            return [Lookups.of(PairContext.of(en, fr, files={"en": site.relative(en.path), "fr": site.relative(fr.path)},
                                              source=source))
                    for en, fr in translation_pairs(entry)
                    if en.path is not None and fr.path is not None and en.valid and fr.valid]
        return parse

    own = verification_digest(site.root) if store is not None else None
    previous = kept if kept is not None else store.verification(own) if store is not None else {}
    found, states = verify_site([(entry.key, key, lookups(entry)) for entry, key in zip(index.pairs, keys)],
                                lambda: build_memory(index, history=False, known={k: r.units for k, r in read.items()}),
                                previous, workers, {key: pair.groups for key, pair in read.items()})
    if store is not None:
        store.store_verification(own, states)
    return found


def _verifies(translation: bool, settings: TranslationSettings | None) -> bool:
    """Whether a site check runs segment verification."""
    from editor.model.translation.memory.verify import CODE

    return translation and (settings is None or settings.enabled(CODE))


def _kept_verification(store: FindingsCache, root: Path) -> dict[str, PairState]:
    """Each pair's segment verification as the store kept it (``verify.PairState``)."""
    from editor.model.checks.results_cache import verification_digest

    return store.verification(verification_digest(root)) if store.file is not None else {}


def _unfinished_and_language(posting: Posting, file: str, lang: str, guidance: frozenset[str]) -> list[Finding]:
    from editor.model.translation.untranslated import check_file_language
    from editor.model.checks.unfinished import check_unfinished

    return check_unfinished(posting, file, guidance) + check_file_language(posting, file, lang)


def _named(finding: Finding, file: str) -> Finding:
    return _replace(finding, file=file)


def _replace(finding: Finding, **changes: Any) -> Finding:
    return dataclasses.replace(finding, **changes)  # a typography finding keeps its fix


def _unique(found: list[Finding]) -> list[Finding]:
    """Sorted, each finding once. A marker is found both by the unfinished-text finder and by the
    translation checks, at the same place: keep one."""
    seen: set[tuple] = set()
    kept = []
    # dict.fromkeys rather than a set keeps the order found: runs already sorted (a pair's, kept in
    # the cache so) make the sort quick.
    for finding in sorted(dict.fromkeys(found), key=Finding.sort_key):
        place = (finding.file, finding.line, finding.code)
        if finding.code == "translation-marker":
            if place in seen:
                continue
            seen.add(place)
        kept.append(finding)
    return kept
