"""A pair as translation segments: the title, the description and each text block of the source
body, with what the other language holds for it now.

The segmentation of a pair for XLIFF exchange with translators' tools: one unit per block, whose
target is written back into the file. Blocks come from :func:`blocks.align`, so a segment's target
is the block the window shows opposite it, and are numbered ``b<n>`` from the source body as in
``segments`` (the translation memory's), so a memory segment ``b3.s1`` and the unit ``b3`` name
the same block. Why two segmentations: an import replaces one target block with minimal edits, so
a unit needs exactly one target place (``block``), the text the file holds there with its marker
(``current``, ``state``) and a refusal where the translation split, joined or left out the block;
the memory instead wants text pairs, joins a split block's parts into one target and splits
sentences, none of which an import could write back.
A target block that still carries the skeleton's marker is given without it and marked
``needs-translation``; a source block the translation split, joined or left out has no target and
says why (``note``): it is to be translated in the editor, where the blocks can be lined up again.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from editor.model.checks.unfinished import MARKERS
from editor.model.frontmatter.posting import Posting
from editor.model.translation.blocks import TEXT_KINDS, Block, align, split_blocks
from editor.model.translation.context import LANGUAGE_NAMES
from editor.model.translation.untranslated import has_marker

TRANSLATED = "translated"
NEEDS_TRANSLATION = "needs-translation"
FIELDS = ("title", "description")


@dataclass(frozen=True)
class Segment:
    """``id`` is ``title``, ``description`` or ``b<n>`` (the source body's block n). ``source`` and
    ``target`` are Markdown (``target`` None: nothing to start from). ``current`` is the target
    text as the file holds it, marker included (what an import replaces). ``line`` is the source
    file's line; ``block`` the target block an import rewrites (None for fields)."""

    id: str
    kind: str
    source: str
    target: str | None
    state: str
    current: str | None
    line: int
    block: Block | None = None
    note: str = ""

    @property
    def translatable(self) -> bool:
        """False when the segment has no single target place (the note says why)."""
        return not self.note


def fingerprint(text: str | None) -> str:
    """What an export records of a target text, to tell at import whether it changed since."""
    return hashlib.sha256(("" if text is None else text).encode("utf-8")).hexdigest()[:16]


def strip_marker(text: str, target_lang: str) -> tuple[str, bool]:
    """``text`` without the skeleton's leading marker, and whether it was still marked at all."""
    marker = MARKERS[target_lang]
    if text[:len(marker)].casefold() == marker.casefold():
        return text[len(marker):].lstrip(" "), True
    return text, has_marker(text) is not None


def _field(posting: Posting | None, name: str) -> str:
    value = posting.get(name) if posting is not None else None
    return "" if value is None else str(value)


def pair_segments(source: Posting, target: Posting | None, target_lang: str) -> list[Segment]:
    """The segments of ``source`` with their translations in ``target`` (None: no file yet)."""
    segments: list[Segment] = []
    for name in FIELDS:
        text = _field(source, name)
        if not text.strip():
            continue
        current = _field(target, name)
        stripped, marked = strip_marker(current, target_lang)
        state = NEEDS_TRANSLATION if marked or not current.strip() else TRANSLATED
        segments.append(Segment(name, name, text, stripped if stripped.strip() else None, state,
                                current, source.field_line(name) or 1))
    source_blocks = split_blocks(source.body)
    target_blocks = split_blocks(target.body) if target is not None else []
    partners: dict[int, list[Block]] = {}
    shared: dict[int, int] = {}
    for group_source, group_target in align(source_blocks, target_blocks).groups():
        for block in group_source:
            partners[block.index] = group_target
            shared[block.index] = len(group_source)
    language = LANGUAGE_NAMES.get(target_lang, target_lang)
    for block in source_blocks:
        if block.kind not in TEXT_KINDS:
            continue
        line = source.body_first_line + block.start
        found = partners.get(block.index, [])
        note = ""
        if not found:
            note = f"The {language} file has no counterpart for this {block.kind}: add it in the editor."
        elif len(found) > 1 or shared.get(block.index, 1) > 1:
            note = f"The {language} file splits or joins this {block.kind}: translate it in the editor."
        elif found[0].kind not in TEXT_KINDS:
            note = f"The {language} file has a {found[0].kind} block here: translate it in the editor."
        if note:
            segments.append(Segment(f"b{block.index}", block.kind, block.text, None, NEEDS_TRANSLATION,
                                    None, line, None, note))
            continue
        partner = found[0]
        stripped, marked = strip_marker(partner.text, target_lang)
        segments.append(Segment(f"b{block.index}", block.kind, block.text, stripped,
                                NEEDS_TRANSLATION if marked else TRANSLATED, partner.text, line, partner))
    return segments
