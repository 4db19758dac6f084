"""Translation support: checks between the two languages of a pair, typography, status, skeletons.

Entry points (all pure Python; findings use :class:`~editor.model.findings.Finding`, typography
ones are :class:`~editor.model.translation.fixes.FixableFinding` with a ``fix``):

- :func:`check_pair_translation` — cross-language checks of one English/French pair;
- :func:`check_posting_translation` — one posting's typography and inclusive-writing notes (a whole
  site, with terminology drift between pairs: ``editor.model.checks.pipeline.check_site``);
- ``fixes.fix_file`` / ``fixes.fix_posting`` / ``typography.fix_typography`` — typography fixes;
- ``fixes.heading_ids_changed_by_fixes`` / ``heading_ids.keep_heading_ids`` — fixes that would change a
  heading's id, and keeping it with Hugo's ``{#id}`` (``fix_posting(headings="keep")``);
- ``status.outdated_keys`` / ``status.translation_status`` / ``status.source_changes`` /
  ``status.record_translation_saved`` — what needs translating;
- ``skeleton.create_counterpart`` / ``skeleton.copy_block`` — filling in the other language;
- ``blocks.align`` and helpers — block alignment for cursor highlighting and sync scroll;
- ``glossary.Glossary`` — the site's glossary, editable; ``glossary_files.glossary_tbx`` /
  ``read_terms`` / ``merge_terms`` — the glossary as TBX (out and in) and CSV (in);
- ``exchange_segments.pair_segments`` — a pair as XLIFF units (title, description, text blocks
  with their present translation and state); ``segments.pair_segments`` — the same split into
  sentences where both languages split alike, for the translation memory and TMX;
- ``xliff.export_pair`` / ``xliff_import.plan_import`` / ``xliff_import.import_xliff`` — XLIFF 1.2
  out and back in with minimal edits (``inline_codes`` turns inline markup into ``<ph>`` codes;
  ``xml_input.read_xml_file`` reads untrusted XML safely).

In the window (off the keystroke path: on the real corpus a pair takes ~20 ms, 35 ms at the 90th percentile): build ``context.PairContext.of(en, fr,
files=..., source=...)`` once per edit, pass it to ``check_pair_translation(..., context=ctx)``
and use ``ctx.alignment`` (English on side 0, French on side 1) with ``blocks.counterpart_range``
for the cursor, ``blocks.scroll_anchors``/``blocks.map_line`` for sync scroll and
``blocks.unmatched_blocks`` for a gutter. Block lines are 0-based body lines:
file line = ``Posting.body_first_line + block.start``.

Finding codes: number-mismatch, classification-mismatch, link-missing, email-missing,
link-other-language, length-mismatch, heading-count-mismatch, paragraph-unmatched, list-item-count-mismatch, untranslated-text,
wrong-language, untranslated-file, translation-marker, title-not-translated, description-not-translated,
body-not-translated,
terminology-drift, glossary-term-missing, glossary-unreadable, settings-unreadable,
typography-amount, typography-thousands, typography-percent, typography-time, typography-colon,
typography-space-before-punctuation, typography-guillemets, typography-apostrophe, typography-quote-punctuation,
inclusive-abbreviated-form, french-title-case, french-quotation-marks, abbreviated-form-spaced, anglicism.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from editor.model.findings import Finding

if TYPE_CHECKING:
    from editor.model.frontmatter.posting import Posting
    from editor.model.site.index import PairEntry
    from editor.model.translation.context import PairContext
    from editor.model.translation.fixes import FixableFinding, Fix, fix_file, fix_posting  # noqa: F401
    from editor.model.translation.glossary import Glossary
    from editor.model.translation.settings import TranslationSettings
    from editor.model.translation.status import outdated_keys, translation_status  # noqa: F401

# The public names, each imported from its module on first use (PEP 562): importing one small
# module of this package (``settings`` for its folder name, say) must not load the Markdown parser
# and every check, which cost a plain ``list`` 40% of its time.
_LAZY = {
    "FixableFinding": "fixes", "Fix": "fixes", "fix_file": "fixes", "fix_posting": "fixes",
    "typography_findings": "fixes", "Glossary": "glossary", "check_glossary": "glossary",
    "TranslationSettings": "settings", "outdated_keys": "status", "translation_status": "status",
    "PairContext": "context",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value

__all__ = [
    "check_pair_translation", "check_posting_translation", "cross_checks", "translation_pairs",
    "fix_file", "fix_posting", "outdated_keys", "translation_status", "Fix", "FixableFinding",
    "Glossary", "TranslationSettings",
]


def check_pair_translation(en: Posting, fr: Posting, *, settings: TranslationSettings | None = None,
                           glossary: Glossary | None = None, source: str = "en",
                           files: dict[str, str] | None = None, context: PairContext | None = None) -> list[Finding]:
    """Cross-language findings of an English/French pair, each in the file to change.

    ``source`` is the language translated from (see ``status.translation_status``): text left
    untranslated and structure differences are reported in the other one. ``files`` names the
    files in findings ({"en": "content/en/…", "fr": …}; default: their paths). ``glossary`` None
    skips the glossary check. The window may pass its own ``context`` to reuse the alignment.
    """
    from editor.model.translation.context import PairContext
    from editor.model.translation.glossary import check_glossary
    from editor.model.translation.links import check_links
    from editor.model.translation.settings import TranslationSettings
    from editor.model.translation.numbers import check_numbers
    from editor.model.translation.structure import check_structure
    from editor.model.translation.untranslated import check_untranslated

    if not en.valid or not fr.valid:
        return []
    settings = settings or TranslationSettings()
    ctx = context or PairContext.of(en, fr, files=files, source=source)
    found = check_structure(ctx) + check_untranslated(ctx)
    if ctx.comparable:
        found += check_numbers(ctx) + check_links(ctx)
        if glossary is not None:
            found += check_glossary(ctx, glossary)
    return sorted((f for f in found if settings.enabled(f.code)), key=Finding.sort_key)


def check_posting_translation(posting: Posting, file: str, lang: str, *,
                              settings: TranslationSettings | None = None) -> list[Finding]:
    """Typography (with fixes) and, in French, title case, quotation marks, spaced abbreviated forms
    (translation.french) and inclusive-writing notes for one posting."""
    from editor.model.translation.fixes import typography_findings
    from editor.model.translation.french import check_french
    from editor.model.translation.inclusive import check_inclusive
    from editor.model.translation.settings import TranslationSettings

    if not posting.valid or lang not in ("en", "fr"):
        return []
    settings = settings or TranslationSettings()
    found: list[Finding] = list(typography_findings(posting, file, lang, settings))
    if lang == "fr":
        found += check_french(posting, file)
        if settings.inclusive_writing:
            found += check_inclusive(posting, file)
    return sorted((f for f in found if settings.enabled(f.code)), key=Finding.sort_key)


def translation_pairs(entry: PairEntry) -> list[tuple[Posting, Posting]]:
    """The English/French postings of an index entry that translate each other.

    One file per language: that pair. Several (a posting re-published under a new name, old
    copies kept): each English file goes with the French file most like it — same leverId, same
    naming (with or without ``--leverId``), closest body structure. Files left over are in
    :func:`cross_checks`."""
    return [(en, fr) for en, fr, only in cross_checks(entry) if only is None]


def cross_checks(entry: PairEntry) -> list[tuple[Posting, Posting, str | None]]:
    """Every comparison between the languages an index entry needs: :func:`translation_pairs`
    (third item None), then each file left over (more files in one language than in the other)
    with its likeliest counterpart, the third item naming the leftover's language: only its
    findings are kept, its counterpart's were found with its own partner."""
    english = [p for p in entry.postings("en") if p.valid]
    french = [p for p in entry.postings("fr") if p.valid]
    if len(english) == 1 and len(french) == 1:
        return [(english[0], french[0], None)]
    if not english or not french:
        return []
    from editor.model.translation.blocks import block_count

    sizes = {id(p): block_count(p.body) for p in english + french}
    scored = []
    for en in english:
        for fr in french:
            score = 0.0
            if en.get("leverId") == fr.get("leverId"):
                score += 2
            if _named_with_lever(en) == _named_with_lever(fr):
                score += 1
            a, b = sizes[id(en)], sizes[id(fr)]
            score += 2 * (1 - abs(a - b) / max(1, a, b))
            scored.append((score, str(en.path), str(fr.path), en, fr))
    ranked = sorted(scored, key=lambda s: (-s[0], s[1], s[2]))
    pairs: list[tuple[Posting, Posting, str | None]] = []
    used: set[int] = set()
    for _score, _a, _b, en, fr in ranked:
        if id(en) not in used and id(fr) not in used:
            used.update((id(en), id(fr)))
            pairs.append((en, fr, None))
    for lang, files in (("en", english), ("fr", french)):
        for posting in files:
            if id(posting) in used:
                continue
            best = next(item for item in ranked if item[3 if lang == "en" else 4] is posting)
            pairs.append((best[3], best[4], lang))
    return pairs


def _named_with_lever(posting: Posting) -> bool:
    lever = posting.get("leverId")
    return bool(lever) and posting.path is not None and posting.path.name.endswith(f"--{lever}.md")
