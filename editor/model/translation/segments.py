"""A pair's translation segments: the title, the description and each text block of the body,
split into sentences where both languages split cleanly, with their source and target text.

The segmentation of the translation memory, ``suggest`` and TMX. XLIFF's units come from
``exchange_segments``, one per block with the same ``b<n>`` ids: an XLIFF unit is written back
into one target block (marker, state and refusals of split or joined blocks), while a memory
segment is a text pair (a split block's parts joined, sentences split), so the two differ on
purpose and share the block alignment and numbering only. Segment ids are stable while the source
file keeps its shape: ``title``, ``description``, ``b<n>`` (the n-th block of the source body,
0-based) and ``b<n>.s<k>`` (its k-th sentence). Text is the Markdown source of the block (inline
markup kept), never the file's ``##`` or list marker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor.model.frontmatter.posting import Posting
from editor.model.translation.blocks import TEXT_KINDS, Block
from editor.model.translation.context import FIELD_NAMES, PairContext, Side

__all__ = ["Segment", "pair_segments", "split_sentences", "sentence_pairs"]


@dataclass(frozen=True)
class Segment:
    """One unit of translation.

    ``kind`` is "title", "description", "heading", "paragraph" or "item". ``target`` is None when
    the target posting has no counterpart (no file, an empty field, a block left out).
    ``source_line``/``target_line`` are 1-based file lines (None without a counterpart).
    ``source_block``/``target_blocks`` let callers edit the files (fields are pseudo-blocks with
    a negative index, as in :mod:`~editor.model.translation.context`).
    """

    id: str
    kind: str
    source: str
    target: str | None
    source_line: int
    target_line: int | None
    source_block: Block
    target_blocks: tuple[Block, ...] = ()


# A sentence ends at . ! ? (or … ) followed by space and an upper-case letter, digit or an opening
# quote. Abbreviations both languages use in postings must not end one.
_BOUNDARY = re.compile(r"(?<=[.!?…])((?:[ \u00a0\u202f]?[\"”»)])?)\s+(?=[«\"“(]?\s?[A-ZÀ-ÖØ-Þ0-9])")
_ABBREVIATION = re.compile(r"(?:\b(?:e\.g|i\.e|etc|p\. ex|c\.-à-d|M|Mme|Dr|St|no|No|art|min|max|approx|env|Inc|Ltd|ex|vs)\.|\b[A-Z]\.)$")


def split_sentences(text: str) -> list[str]:
    """The sentences of one block's text (one item when it holds one sentence)."""
    parts: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if _ABBREVIATION.search(text[start:match.start()]) or _inside_markup(text, match.start()):
            continue
        parts.append(text[start:match.end(1)])
        start = match.end()
    parts.append(text[start:])
    return [part.strip() for part in parts if part.strip()]


def _inside_markup(text: str, at: int) -> bool:
    """A boundary inside a link's text or target, or inside inline code, is none."""
    before = text[:at]
    return before.count("[") > before.count("]") or before.count("(") > before.count(")") or before.count("`") % 2 == 1


def sentence_pairs(source: str, target: str) -> list[tuple[str, str]] | None:
    """Source and target sentences side by side when both split cleanly into the same number
    (at least two) and each pair is of a plausible length for a translation; else None."""
    a, b = split_sentences(source), split_sentences(target)
    if len(a) < 2 or len(a) != len(b):
        return None
    for x, y in zip(a, b):
        ratio = (len(y) + 10) / (len(x) + 10)
        if not 0.5 <= ratio <= 2.0 or set(re.findall(r"\d+", x)) != set(re.findall(r"\d+", y)):
            return None
    return list(zip(a, b))


def pair_segments(source: Posting, target: Posting | None, source_lang: str, *,
                  sentences: bool = False, files: dict[str, str] | None = None,
                  context: PairContext | None = None) -> list[Segment]:
    """The segments of ``source`` (in ``source_lang``), with their translation in ``target``.

    Body blocks are lined up with :func:`~editor.model.translation.blocks.align`; a block the
    translator split in two has both parts, joined by a space, as its target. With ``sentences``,
    a block whose source and target split cleanly (:func:`sentence_pairs`) gives one segment per
    sentence instead (``b<n>.s<k>``; without a target a block is never split). Code, tables and
    raw HTML are not segments.
    """
    if not source.valid:
        return []
    if target is not None and target.valid:
        en, fr = (source, target) if source_lang == "en" else (target, source)
        ctx = context or PairContext.of(en, fr, files=files, source=source_lang)
        side, other = ctx.side(source_lang), ctx.side("fr" if source_lang == "en" else "en")
        row_side = 0 if source_lang == "en" else 1
        partners: dict[int, list[Block]] = {}
        for row in ctx.alignment:
            if row[row_side] is not None and row[1 - row_side] is not None:
                partners.setdefault(row[row_side].index, []).append(row[1 - row_side])
    else:
        side, other, partners = Side.of(source, source_lang, str(source.path)), None, {}
    found: list[Segment] = []
    for name in FIELD_NAMES:
        block = side.fields.get(name)
        if block is None or not block.text.strip():
            continue
        match = other.fields.get(name) if other is not None else None
        if other is not None and match is not None and match.text.strip():
            found.append(Segment(name, name, block.text, match.text, side.position(block)[0], other.position(match)[0],
                                 block, (match,)))
        else:
            found.append(Segment(name, name, block.text, None, side.position(block)[0], None, block, ()))
    for block in side.blocks:
        if block.kind not in TEXT_KINDS or not block.text.strip():
            continue
        matched = tuple(b for b in partners.get(block.index, ()) if b.kind in TEXT_KINDS)
        target_text = " ".join(b.text for b in matched) if matched else None
        target_line = other.position(matched[0])[0] if matched and other is not None else None
        line = side.position(block)[0]
        split = sentence_pairs(block.text, target_text) if sentences and target_text else None
        if split:
            for number, (a, b) in enumerate(split):
                found.append(Segment(f"b{block.index}.s{number}", block.kind, a, b, line, target_line, block, matched))
        else:
            found.append(Segment(f"b{block.index}", block.kind, block.text, target_text, line, target_line, block, matched))
    return found


def is_field(segment: Segment) -> bool:
    return segment.kind in FIELD_NAMES
