"""A different number of headings, or of items in a list, between the two languages.

Findings go to the translation (the target language): that is the text that follows the source.
"""

from __future__ import annotations

from collections import Counter
from typing import TypedDict

from editor.model.findings import Finding, Severity
from editor.model.translation.blocks import Block
from editor.model.translation.context import PairContext
from editor.model.translation.text import shorten, words


def check_structure(ctx: PairContext) -> list[Finding]:
    from editor.model.translation.sections import check_sections

    # A missing section is unfinished however short the translation: looked for before comparing.
    found = _length(ctx) + check_sections(ctx)
    if ctx.comparable:
        found += _headings(ctx) + _lists(ctx) + _paragraphs(ctx)
    return found


def _paragraphs(ctx: PairContext) -> list[Finding]:
    """Paragraphs of one language with nothing matching in the other (reliable alignments only;
    headings and list items have checks of their own)."""
    if not ctx.alignment.reliable:
        return []
    source, target = ctx.source, ctx.target
    found = []
    for lang in (source, target):
        side_index = 0 if lang == "en" else 1
        matched = {row[side_index].index for row in ctx.alignment if row[side_index] is not None and row[1 - side_index] is not None}
        for row in ctx.alignment:
            block = row[side_index]
            if block is None or block.index in matched or block.kind != "paragraph" or len(words(block.plain)) < 6:
                continue
            if _lead_in_joined(ctx, side_index, block):
                continue
            if lang == source:
                found.append(ctx.finding(target, ctx.place_in(target, block), Severity.WARNING, "paragraph-unmatched",
                                         variant="source", source_lang=source, target_lang=target,
                                         text=shorten(block.plain, 60), where=ctx.side(source).describe(block)))
            else:
                found.append(ctx.finding(target, ctx.side(target).position(block), Severity.WARNING, "paragraph-unmatched",
                                         variant="target", text=shorten(block.plain, 50), source_lang=source))
    return found


def _lead_in_joined(ctx: PairContext, side_index: int, block: Block) -> bool:
    """Whether ``block`` (of side ``side_index``, unmatched) is the lead-in of a list ("A few
    examples:") that the other language ran into the paragraph before it: the paragraph before it
    is matched with one that ends with a colon and leads into the same list. Translators often join
    a short lead-in to the sentence before; the words are there, in one paragraph instead of two."""
    blocks = ctx.side("en" if side_index == 0 else "fr").blocks
    if not _leads_into_list(blocks, block) or block.index == 0:
        return False
    before = blocks[block.index - 1]
    if before.kind != "paragraph" or _ends_with_colon(before):
        return False
    others = ctx.side("fr" if side_index == 0 else "en").blocks
    following = ctx.alignment.partners(side_index, blocks[block.index + 1])
    return any(_leads_into_list(others, partner) and following and following[0].index == partner.index + 1
               for partner in ctx.alignment.partners(side_index, before))


def _leads_into_list(blocks: list[Block], block: Block) -> bool:
    return (block.kind == "paragraph" and _ends_with_colon(block) and block.index + 1 < len(blocks)
            and blocks[block.index + 1].kind == "item")


def _ends_with_colon(block: Block) -> bool:
    return block.plain.rstrip().endswith(":")


def _length(ctx: PairContext) -> list[Finding]:
    """A body much shorter than the other: whole parts are missing from one language."""
    lengths = {lang: ctx.body_length(lang) for lang in ("en", "fr")}
    # French runs about 15 % longer than English; compare like with like.
    scaled = {"en": lengths["en"] * 1.15, "fr": lengths["fr"]}
    short, long = sorted(("en", "fr"), key=lambda lang: scaled[lang])
    if scaled[long] < 400 or scaled[short] >= 0.6 * scaled[long]:
        return []
    return [ctx.finding(short, ctx.side(short).body_start(), Severity.WARNING, "length-mismatch",
                        short_lang=short, long_lang=long, short_count=lengths[short], long_count=lengths[long])]


class _HeadingCounts(TypedDict):
    source_lang: str
    target_lang: str
    source_count: int
    target_count: int


def _headings(ctx: PairContext) -> list[Finding]:
    source, target = ctx.source, ctx.target
    heads = {lang: [b for b in ctx.side(lang).blocks if b.kind == "heading"] for lang in (source, target)}
    if len(heads[source]) == len(heads[target]):
        return []
    extra = [b for b in heads[target] if not any(p.kind == "heading" for p in ctx.partners(target, b))]
    missing = [b for b in heads[source] if not any(p.kind == "heading" for p in ctx.partners(source, b))]
    counts = _HeadingCounts(source_lang=source, target_lang=target, source_count=len(heads[source]),
                            target_count=len(heads[target]))
    if len(heads[target]) > len(heads[source]) and extra:
        block = extra[0]
        return [ctx.finding(target, ctx.side(target).position(block), Severity.WARNING, "heading-count-mismatch",
                            variant="extra", text=shorten(block.plain, 50), **counts)]
    if missing:
        block = missing[0]
        return [ctx.finding(target, ctx.place_in(target, block), Severity.WARNING, "heading-count-mismatch",
                            variant="missing", text=shorten(block.plain, 50), where=ctx.side(source).describe(block),
                            **counts)]
    return [ctx.finding(target, ctx.side(target).body_start(), Severity.WARNING, "heading-count-mismatch", **counts)]


def _lists_of(blocks: list[Block]) -> dict[int, list[Block]]:
    lists: dict[int, list[Block]] = {}
    for block in blocks:
        if block.kind == "item":
            lists.setdefault(block.list_id, []).append(block)
    return lists


def _lists(ctx: PairContext) -> list[Finding]:
    source, target = ctx.source, ctx.target
    source_lists = _lists_of(ctx.side(source).blocks)
    target_lists = _lists_of(ctx.side(target).blocks)
    if ctx.alignment.reliable:
        mapping = {}
        for list_id, items in source_lists.items():
            partner_lists = Counter(p.list_id for item in items for p in ctx.partners(source, item) if p.kind == "item")
            mapping[list_id] = partner_lists.most_common(1)[0][0] if partner_lists else None
    elif len(source_lists) == len(target_lists):
        mapping = dict(zip(source_lists, target_lists))  # same number of lists: pair them in order
    else:
        return []
    found = []
    used = Counter(v for v in mapping.values() if v is not None)
    for list_id, items in source_lists.items():
        first = items[0]
        target_id = mapping.get(list_id)
        where = ctx.side(source).describe(first)
        if target_id is None:
            if len(items) > 1:
                found.append(ctx.finding(target, ctx.place_in(target, first), Severity.WARNING, "list-item-count-mismatch",
                                         variant="no-list", source_lang=source, target_lang=target,
                                         source_count=len(items), where=where))
            continue
        if used[target_id] > 1:
            continue  # two lists joined into one: the heading and item checks say enough
        theirs = target_lists[target_id]
        if len(theirs) != len(items):
            found.append(ctx.finding(target, ctx.side(target).position(theirs[0]), Severity.WARNING, "list-item-count-mismatch",
                                     target_count=len(theirs), source_lang=source, where=where, source_count=len(items)))
    return found
