"""Terminology drift across a site: the same source text translated two different ways.

Postings repeat whole paragraphs (about the organisation, equity and accommodation, how to
apply). When one English paragraph has two French translations in two postings, a reader of both
sees the organisation contradict itself, and a translator should pick one. Compared: paragraphs
and list items of at least six words, lined up one-to-one in pairs whose alignment is reliable;
wording only (case, spacing and punctuation never make a difference). Reported as information at
each place that uses a less common translation, naming a place that uses the other one; archived
postings count when finding the usual translation but are not reported (nobody revises them).
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from dataclasses import dataclass

from editor.model.findings import Finding, Severity
from editor.model.translation.context import PairContext
from editor.model.translation.text import word_key
from editor.model.translation.untranslated import has_marker

MINIMUM_WORDS = 6


@dataclass(frozen=True)
class _Use:
    pair: str
    archived: bool
    file: str
    line: int
    column: int
    wording: str  # word key of the translation


def terminology_uses(pair_key: str, ctx: PairContext):
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
        if len(key.split()) < MINIMUM_WORDS or wording == key:
            continue
        line, column = ctx.side(target).position(b)
        archived = ctx.side(target).posting.get("archived") is True
        yield source, key, _Use(pair_key, archived, ctx.side(target).file, line, column, wording)


def check_terminology_uses(uses: list[tuple[str, str, _Use]]) -> list[Finding]:
    by_source: dict[tuple[str, str], list[_Use]] = defaultdict(list)
    for source, key, use in uses:
        by_source[(source, key)].append(use)
    found = []
    for (source, _key), uses in by_source.items():
        pairs_by_wording: dict[str, set[str]] = defaultdict(set)
        for use in uses:
            pairs_by_wording[use.wording].add(use.pair)
        if len(pairs_by_wording) < 2 or len({use.pair for use in uses}) < 2:
            continue
        ranked = sorted(pairs_by_wording, key=lambda w: (-len(pairs_by_wording[w]), w))
        top = len(pairs_by_wording[ranked[0]])
        majority = ranked[0] if sum(1 for w in ranked if len(pairs_by_wording[w]) == top) == 1 else None
        reported = set()
        for use in uses:
            if use.wording == majority or use.archived or (use.file, use.line) in reported:
                continue
            other = next(u for u in uses if u.wording != use.wording and (majority is None or u.wording == majority))
            reported.add((use.file, use.line))
            here, there = _difference(use.wording, other.wording)
            found.append(Finding(
                use.file, use.line, use.column, Severity.INFO, "terminology-drift",
                params={"lang": source, "count": len({u.pair for u in uses}), "other_file": other.file,
                        "other_line": str(other.line), "there": there, "here": here,
                        "target_lang": "fr" if source == "en" else "en"},
            ))
    return found


def _difference(mine: str, theirs: str, context: int = 3) -> tuple[str, str]:
    """The first differing stretch of two wordings, with a few words around it."""
    a, b = mine.split(), theirs.split()
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            return (" ".join(a[max(0, i1 - context):i2 + context]), " ".join(b[max(0, j1 - context):j2 + context]))
    return mine, theirs
