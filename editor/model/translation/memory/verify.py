"""Segment verification: a block that translates a different source block than the one beside it.

A reviser's read of the real postings found French paragraphs that translate another English
paragraph (moved, pasted twice, left behind by an edit). The memory knows the site's approved
translations: when a target block matches (≥ 90) the translation of a source text, and that text
is another block of this posting's source rather than the block aligned with it, the finding
``translation-of-other-source`` names the block it does translate.
"""

from __future__ import annotations

from editor.model.findings import Finding, Severity
from editor.model.translation.blocks import TEXT_KINDS, Block
from editor.model.translation.context import PairContext
from editor.model.translation.memory.store import TranslationMemory, similarity
from editor.model.translation.text import shorten

CODE = "translation-of-other-source"
THRESHOLD = 90
_MIN_WORDS = 4  # short headings and items ("Benefits", "Python") repeat everywhere: no evidence


def check_other_source(ctx: PairContext, memory: TranslationMemory | None, key: str | None) -> list[Finding]:
    """The ``translation-of-other-source`` warnings of one pair, in the target file; the pair's own
    units are left out of the memory's evidence."""
    if memory is None or not len(memory) or not ctx.alignment.reliable:
        return []
    source, target = ctx.source, ctx.target
    side = 0 if source == "en" else 1
    source_side, target_side = ctx.side(source), ctx.side(target)
    candidates = [b for b in source_side.blocks if b.kind in TEXT_KINDS and len(b.plain.split()) >= _MIN_WORDS]
    found: list[Finding] = []
    for row in ctx.alignment:
        here, there = row[side], row[1 - side]
        if here is None or there is None or there.kind not in TEXT_KINDS or len(there.plain.split()) < _MIN_WORDS:
            continue
        beside = ctx.alignment.partners(1 - side, there)
        translated = _translated_block(memory, there, target, candidates, beside, key)
        if translated is None or any(b.index == translated.index for b in beside):
            continue
        found.append(ctx.finding(
            target, target_side.position(there), Severity.WARNING, CODE, source_lang=source,
            text=shorten(translated.plain, 60), where=source_side.describe(translated),
            beside_text=shorten(here.plain, 60), beside_where=source_side.describe(here)))
    return found


def _translated_block(memory: TranslationMemory, block: Block, lang: str, candidates: list[Block],
                      beside: list[Block], key: str | None) -> Block | None:
    """The source block of this posting that ``block`` is an approved translation of, if any.

    None as soon as the memory also knows ``block`` as a translation of the block beside it: the
    same sentence can translate two wordings, and other pairs may disagree; only a translation
    never seen with its neighbour is worth a warning."""
    best: tuple[int, Block] | None = None
    for match in memory.lookup(block.text, lang, exclude_key=key, limit=6, threshold=THRESHOLD):
        if any(similarity(match.target, b.text) >= THRESHOLD for b in beside):
            return None
        for candidate in candidates:
            score = similarity(match.target, candidate.text)
            if score >= THRESHOLD and (best is None or score > best[0]):
                best = (score, candidate)
    return best[1] if best else None
