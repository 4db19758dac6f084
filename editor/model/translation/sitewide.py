"""All translation checks over a site, spread over worker processes on large sites.

Each pair is independent except for terminology drift, which compares pairs: workers return the
small per-pair "uses" (terminology.terminology_uses, marked approved when the pair's translation
is up to date) and the comparison runs once at the end.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from editor.model.findings import Finding, Severity
from editor.model.site.parallel import default_workers, map_in_processes
from editor.model.translation.context import PairContext
from editor.model.translation.glossary import Glossary, GlossaryError
from editor.model.translation.settings import STATE_FOLDER, TranslationSettings
from editor.model.translation.status import translation_status
from editor.model.translation.terminology import TermUse, check_terminology_uses, terminology_uses

if TYPE_CHECKING:
    from editor.model.hugo.config import Site
    from editor.model.site.index import PairEntry, SiteIndex

PARALLEL_FROM = 200  # postings; as for the other site checks, worker processes pay off early
_CHUNK = 20  # entries per task


def check_site(index: SiteIndex, *, settings: TranslationSettings | None, glossary: Glossary | None,
               with_status: bool, workers: int | None) -> list[Finding]:
    site = index.site
    found: list[Finding] = []
    if settings is None:
        settings = TranslationSettings.load(site.root)
        if settings.problem:
            found.append(Finding(f"{STATE_FOLDER}/config.yaml", 1, 1, Severity.WARNING, "settings-unreadable",
                                 params={"detail": settings.problem}))
    if glossary is None:
        try:
            glossary = Glossary.load(site.root)
        except GlossaryError as error:
            glossary = Glossary([])
            found.append(Finding(f"{STATE_FOLDER}/glossary.yaml", 1, 1, Severity.WARNING, "glossary-unreadable",
                                 params={"detail": str(error)}))
    statuses = translation_status(index) if with_status else {}
    jobs = [(entry, statuses[entry.key].source if entry.key in statuses else "en", entry.key in statuses and statuses[entry.key].approved)
            for entry in index.pairs]
    if workers is None:
        postings = sum(len(entry.all_postings()) for entry in index.pairs)
        workers = default_workers(postings, PARALLEL_FROM)
    chunks = [jobs[start:start + _CHUNK] for start in range(0, len(jobs), _CHUNK)]
    task = (site, settings, glossary)
    results = map_in_processes(_check_chunk, chunks, workers, *task) if workers > 1 and len(chunks) > 1 else None
    if results is None:
        results = [_check_chunk(chunk, *task) for chunk in chunks]
    uses: list[TermUse] = []
    for chunk_findings, chunk_uses in results:
        found += chunk_findings
        uses += chunk_uses
    found += [f for f in check_terminology_uses(uses) if settings.enabled(f.code)]
    return sorted(found, key=Finding.sort_key)


def _check_chunk(jobs: list[tuple[PairEntry, str, bool]], site: Site, settings: TranslationSettings,
                 glossary: Glossary) -> tuple[list[Finding], list[TermUse]]:
    from editor.model.translation import check_pair_translation, check_posting_translation, cross_checks

    found: list[Finding] = []
    uses: list[TermUse] = []
    for entry, source, approved in jobs:
        for posting in entry.all_postings():
            if posting.valid and posting.path is not None:
                found += check_posting_translation(posting, site.relative(posting.path), posting.language or "",
                                                   settings=settings)
        for en, fr, only in cross_checks(entry):
            files = {"en": site.relative(en.file_path), "fr": site.relative(fr.file_path)}
            ctx = PairContext.of(en, fr, files=files, source=source)
            found += [f for f in check_pair_translation(en, fr, settings=settings, glossary=glossary, context=ctx)
                      if only is None or f.file == files[only]]
            if only is None:  # a leftover copy would count its counterpart's wording twice
                uses += list(terminology_uses(entry.key, ctx, approved=approved))
    return found, uses
