"""A section of the source posting with no text in the translation: left out, or held by an HTML
comment ("<!-- section à venir -->") or nothing under its heading.

A heading count that differs is not enough to call a translation unfinished: published pairs
write a section's heading as a plain sentence ("Ce que vous ferez :") or run two sections
together, and their text is all there. What is unfinished is a section whose *text* has no
counterpart: no heading lined up with it and none of its paragraphs or list items either, or a
heading lined up with it and nothing readable under that heading. Export's gate stops both.
"""

from __future__ import annotations

from collections.abc import Iterable

from editor.model.findings import Finding, Severity
from editor.model.translation.blocks import Block, body_lines
from editor.model.translation.context import PairContext
from editor.model.translation.text import shorten, words

# Blocks that hold what a reader reads; an HTML block counts unless it is only a comment.
_TEXT_KINDS = ("paragraph", "item", "table", "code")
# A section shorter than this (a lone "Apply now." line) is not worth stopping an export for.
_MINIMUM_WORDS = 3
# French runs about 15 % longer than English (as structure._length counts): the ratio taken when too
# few words are lined up to measure the pair's own. The words a translation is short of must be most
# of what the section's would be.
_LONGER = {"fr": 1.15, "en": 1 / 1.15}
_MEASURED_FROM = 30  # lined-up source words
_LACKING = 0.6


def check_sections(ctx: PairContext) -> list[Finding]:
    """Sections of the source language whose text the target language lacks."""
    source, target = ctx.source, ctx.target
    blocks = ctx.side(source).blocks
    measured: tuple[float, float] | None = None  # _lacking's, worked out for the first section lined up with nothing
    found = []
    for heading in (block for block in blocks if block.kind == "heading"):
        counted = [(block, len(words(block.plain))) for block in _section(blocks, heading)
                   if block.kind in ("paragraph", "item", "table")]
        text = [block for block, number in counted if number >= _MINIMUM_WORDS]
        if not text:
            continue
        count = sum(number for _, number in counted if number >= _MINIMUM_WORDS)
        params: dict[str, object] = {"text": shorten(heading.plain, 50), "words": count,
                                     "where": ctx.side(source).describe(heading), "source_lang": source}
        partners = [block for block in ctx.partners(source, heading) if block.kind == "heading"]
        if partners:
            hollow = _hollow(ctx, partners[0])
            if hollow is not None:
                place = ctx.side(target).position(partners[0])
                found.append(Finding(ctx.side(target).file, *place, Severity.WARNING, "section-not-translated",
                                     params=params, variant=hollow))
        elif not any(ctx.partners(source, block) for block in text):
            if measured is None:
                measured = _lacking(ctx)
            lacking, longer = measured
            if lacking < _LACKING * count * longer:
                continue
            # Lined up with nothing, and the translation is short of most of the section's words:
            # an alignment thrown off by a heading written as a sentence leaves the words there.
            found.append(Finding(ctx.side(target).file, *ctx.place_in(target, heading), Severity.WARNING,
                                 "section-not-translated", params={**params, "target_lang": target}))
    return found


def _words(blocks: Iterable[Block]) -> int:
    return sum(len(words(block.plain)) for block in blocks if block.kind != "code")


def _lacking(ctx: PairContext) -> tuple[float, float]:
    """(the words the translation is short of, how much longer it writes the source's words).

    Both are the pair's own, from what the alignment lined up: a translation's length beside its
    source varies more than any one ratio allows (French written in both genders runs 30-40 %
    longer), and a section's words missing hid in the surplus when the whole texts were compared.
    Only the text lined up with nothing counts as short of: the source's, at the pair's ratio, less
    the translation's (a section whose alignment was thrown off keeps its words there)."""
    source, target = ctx.source, ctx.target
    source_all = source_lined = 0
    partners: dict[int, Block] = {}  # the target's blocks lined up with the source's, once each
    for block in ctx.side(source).blocks:
        if block.kind == "code":
            continue
        count = len(words(block.plain))
        source_all += count
        lined_up = ctx.partners(source, block)
        if lined_up:
            source_lined += count
            partners.update((id(partner), partner) for partner in lined_up)
    target_lined = _words(partners.values())
    longer = _LONGER[target]
    if source_lined >= _MEASURED_FROM and target_lined:
        # Within bounds no real pair leaves: a lopsided alignment is not a measure of length.
        longer = min(max(target_lined / source_lined, _LONGER[target] / 2), _LONGER[target] * 1.6)
    alone_source = source_all - source_lined
    alone_target = _words(ctx.side(target).blocks) - target_lined
    return alone_source * longer - alone_target, longer


def _section(blocks: list[Block], heading: Block) -> list[Block]:
    """The blocks under ``heading``, up to the next heading of its level or above."""
    under = []
    # By index, not a slice: copying the rest of the body for each heading was quadratic.
    for block in map(blocks.__getitem__, range(heading.index + 1, len(blocks))):
        if block.kind == "heading" and block.level <= heading.level:
            break
        under.append(block)
    return under


def _hollow(ctx: PairContext, heading: Block) -> str | None:
    """``"comment"`` or ``"empty"`` when the target's ``heading`` has nothing readable under it
    (only an HTML comment, or nothing at all); None when it has text."""
    side = ctx.side(ctx.target)
    under = _section(side.blocks, heading)
    if any(block.kind in _TEXT_KINDS or (block.kind == "html" and not _is_comment(block.text)) for block in under):
        return None
    # Comments are no blocks of their own: read the lines between the heading and what follows it.
    following = side.blocks[heading.index + 1 + len(under)] if heading.index + 1 + len(under) < len(side.blocks) else None
    lines = body_lines(side.posting.body)[heading.end:following.start if following else None]
    return "comment" if any("<!--" in line for line in lines) else "empty"


def _is_comment(text: str) -> bool:
    stripped = text.strip()
    return stripped.startswith("<!--") and stripped.endswith("-->")
