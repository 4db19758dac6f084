"""Terminology drift across a site: a source text the site has approved one translation of,
translated differently elsewhere.

Postings repeat whole paragraphs (about the organisation, equity and accommodation, how to
apply). Two faithful translations of one paragraph are both right, so the most common wording is
never held up as the one to use (on the real corpus that pointed translators at the anglicism as
often as not). A wording is suggested only when the site has *approved* it: the pair it comes from
has its translation up to date with its source (in git, or saved through the editor:
``status.translation_status``), while the pair reported has not (outdated, or nothing known).
When the site approved two different wordings, neither is pushed. Glossary terms are the
glossary check's (``glossary-term-missing``).

Compared: paragraphs and list items of at least six words, lined up one-to-one in pairs whose
alignment is reliable and whose two sides are of comparable length (a French paragraph that
translates a different English sentence is not a translation of this one); wording only (case,
spacing and punctuation never make a difference). Archived postings are never reported.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from editor.model.findings import Finding, Severity
from editor.model.translation.context import PairContext
from editor.model.translation.text import word_key
from editor.model.translation.untranslated import has_marker

MINIMUM_WORDS = 6
# Words of a translation per word of its source: French runs longer than English, never twice or half as long.
_RATIO = (0.6, 1.9)


@dataclass(frozen=True)
class _Use:
    pair: str
    archived: bool
    file: str
    line: int
    column: int
    wording: str  # word key of the translation
    approved: bool = False  # the pair's translation is up to date with its source


# (source language, source wording, use): what terminology_uses gives for one block
TermUse = tuple[str, str, _Use]


def terminology_uses(pair_key: str, ctx: PairContext, *, approved: bool = False) -> Iterator[TermUse]:
    """(source language, source wording, use) for each one-to-one block of a reliable pair; what
    :func:`check_terminology_uses` compares across the site (small and picklable, so pairs can be
    read in worker processes)."""
    if not ctx.alignment.reliable:
        return
    source, target = ctx.source, ctx.target
    source_side = 0 if source == "en" else 1
    for group in ctx.alignment.groups():
        mine, theirs = (group[0], group[1]) if source_side == 0 else (group[1], group[0])
        if len(mine) != 1 or len(theirs) != 1:
            continue
        a, b = mine[0], theirs[0]
        if a.kind != b.kind or a.kind not in ("paragraph", "item") or has_marker(b.text):
            continue
        key = word_key(a.plain)
        wording = word_key(b.plain)
        size = len(key.split())
        if size < MINIMUM_WORDS or wording == key or not _RATIO[0] <= len(wording.split()) / size <= _RATIO[1]:
            continue
        line, column = ctx.side(target).position(b)
        archived = ctx.side(target).posting.get("archived") is True
        yield source, key, _Use(pair_key, archived, ctx.side(target).file, line, column, wording, approved)


def check_terminology_uses(uses: list[TermUse]) -> list[Finding]:
    by_source: dict[tuple[str, str], list[_Use]] = defaultdict(list)
    for source, key, use in uses:
        by_source[(source, key)].append(use)
    found = []
    for (source, _key), same_source in by_source.items():
        approved = {use.wording for use in same_source if use.approved}
        if len(approved) != 1:
            continue  # nothing approved, or two approved wordings: both stand
        wording = approved.pop()
        reference = next(use for use in same_source if use.approved)
        reported = set()
        for use in same_source:
            if use.approved or use.wording == wording or use.archived or (use.file, use.line) in reported:
                continue
            reported.add((use.file, use.line))
            here, there = _difference(use.wording, wording)
            found.append(Finding(
                use.file, use.line, use.column, Severity.INFO, "terminology-drift",
                params={"lang": source, "other_file": reference.file, "other_line": str(reference.line),
                        "there": there, "here": here, "target_lang": "fr" if source == "en" else "en"},
            ))
    return found


def _difference(mine: str, theirs: str, context: int = 3) -> tuple[str, str]:
    """The first differing stretch of two wordings, with a few words around it."""
    a, b = mine.split(), theirs.split()
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            return (" ".join(a[max(0, i1 - context):i2 + context]), " ".join(b[max(0, j1 - context):j2 + context]))
    return mine, theirs
