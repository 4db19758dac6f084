"""“Pre-translate from memory” for a new translation (the skeleton of the other language).

A 100 % match goes in as translated only when the blocks before and after it (of those that need
translating) are 100 % matches too: a paragraph that is word for word the site's standard "About
us" text, in a run of such paragraphs, is the site's translation; the same sentence alone in a new
context may need another wording. Every other match scoring the threshold or more goes in behind
the not-yet-translated marker, so the publish gate keeps it out until a translator has read it.
"""

from __future__ import annotations

from dataclasses import dataclass

from editor.model.translation.blocks import TEXT_KINDS, split_blocks
from editor.model.translation.memory.store import TranslationMemory

DEFAULT_THRESHOLD = 85


@dataclass(frozen=True)
class Filled:
    text: str  # the block's new text (inline Markdown), without any marker
    score: int
    translated: bool  # False: the caller puts the not-yet-translated marker before it


def pretranslation(memory: TranslationMemory, body: str, source_lang: str, *, key: str | None,
                   threshold: int = DEFAULT_THRESHOLD) -> dict[int, Filled]:
    """Per source block index, what the memory offers for it (blocks without a match are left out)."""
    blocks = [b for b in split_blocks(body) if b.kind in TEXT_KINDS and b.text.strip()]
    best = {}
    for block in blocks:
        found = memory.lookup(block.text, source_lang, exclude_key=key, limit=1, threshold=threshold, kind=block.kind)
        if found:
            best[block.index] = found[0]
    filled: dict[int, Filled] = {}
    for position, block in enumerate(blocks):
        match = best.get(block.index)
        if match is None:
            continue
        neighbours = [blocks[n].index for n in (position - 1, position + 1) if 0 <= n < len(blocks)]
        exact_around = all(n in best and best[n].score == 100 for n in neighbours)
        filled[block.index] = Filled(match.target, match.score, match.score == 100 and exact_around)
    return filled


def field_pretranslation(memory: TranslationMemory, value: object, source_lang: str, *, key: str | None,
                         threshold: int = DEFAULT_THRESHOLD, kind: str | None = None) -> Filled | None:
    """The memory's translation of a title or description (``kind``), if it scores ``threshold`` or more."""
    if not isinstance(value, str) or not value.strip():
        return None
    found = memory.lookup(value, source_lang, exclude_key=key, limit=1, threshold=threshold, kind=kind)
    return Filled(found[0].target, found[0].score, found[0].score == 100) if found else None
