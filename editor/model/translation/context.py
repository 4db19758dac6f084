"""The two postings of a pair as the cross-language checks see them: blocks, fields, alignment.

Findings must point where the translator acts, so the context knows, for a block of one side,
where its counterpart is (or would go) in the other side's file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from editor.model.findings import Finding, Severity
from editor.model.frontmatter.posting import Posting
from editor.model.translation.blocks import Alignment, Block, align, split_blocks

LANGUAGE_NAMES = {"en": "English", "fr": "French"}
FIELD_NAMES = ("title", "description")
_FIELD_INDEX = {"title": -1, "description": -2}


def other_language(lang: str) -> str:
    return "fr" if lang == "en" else "en"


def _field_block(posting: Posting, name: str) -> Block | None:
    value = posting.get(name)
    if not isinstance(value, str):
        return None
    return Block(_FIELD_INDEX[name], name, 0, 0, 0, value, value)


@dataclass
class Side:
    lang: str
    posting: Posting
    file: str  # how findings name the file (site-relative path, usually)
    blocks: list[Block] = field(default_factory=list)

    @classmethod
    def of(cls, posting: Posting, lang: str, file: str) -> Side:
        return cls(lang, posting, file, split_blocks(posting.body) if posting.valid else [])

    @cached_property
    def fields(self) -> dict[str, Block]:
        found = {}
        for name in FIELD_NAMES:
            block = _field_block(self.posting, name)
            if block is not None:
                found[name] = block
        return found

    def all_blocks(self) -> list[Block]:
        """Title and description first, then the body's blocks."""
        return list(self.fields.values()) + self.blocks

    def position(self, block: Block) -> tuple[int, int]:
        """1-based file (line, column) where ``block``'s text starts."""
        if block.kind in FIELD_NAMES:
            return self.posting.field_position(block.kind)
        return (self.posting.body_first_line + block.content_line, block.content_column + 1)

    def body_start(self) -> tuple[int, int]:
        return (self.posting.body_first_line, 1)

    def describe(self, block: Block) -> str:
        """Where ``block`` is, for messages that send the reader to the other file: ``"title"``,
        ``"description"`` or ``"line:12"`` (a ``…where`` parameter, shown “the title”, “line 12”)."""
        if block.kind in FIELD_NAMES:
            return block.kind
        return f"line:{self.position(block)[0]}"


@dataclass
class PairContext:
    en: Side
    fr: Side
    source: str = "en"  # the language translated from (see status.py); findings of "this text is
    # not translated" go to the other one

    @classmethod
    def of(cls, en: Posting, fr: Posting, *, files: dict[str, str] | None = None, source: str = "en") -> PairContext:
        files = files or {}
        return cls(
            Side.of(en, "en", files.get("en") or str(en.path or "English posting")),
            Side.of(fr, "fr", files.get("fr") or str(fr.path or "French posting")),
            source,
        )

    @property
    def target(self) -> str:
        return other_language(self.source)

    def side(self, lang: str) -> Side:
        return self.en if lang == "en" else self.fr

    @cached_property
    def alignment(self) -> Alignment:
        """English blocks on side 0, French on side 1, whichever language is the source."""
        return align(self.en.blocks, self.fr.blocks)

    def body_length(self, lang: str) -> int:
        return sum(len(b.plain) for b in self.side(lang).blocks if b.kind in ("heading", "paragraph", "item", "table"))

    @cached_property
    def comparable(self) -> bool:
        """False when one body is a small fraction of the other (a stub, a placeholder, half a
        translation): comparing numbers and links block by block would only repeat that."""
        lengths = sorted((self.body_length("en"), self.body_length("fr")))
        return lengths[1] < 400 or lengths[0] >= 0.3 * lengths[1]

    def partners(self, lang: str, block: Block) -> list[Block]:
        """Blocks of the other language lined up with ``block`` of ``lang`` (fields with fields)."""
        other = self.side(other_language(lang))
        if block.kind in FIELD_NAMES:
            match = other.fields.get(block.kind)
            return [match] if match is not None else []
        return self.alignment.partners(0 if lang == "en" else 1, block)

    def place_in(self, lang: str, other_block: Block) -> tuple[int, int]:
        """Where, in ``lang``'s file, the counterpart of ``other_block`` (a block of the other
        language) is, or would go: the next lined-up block when it has none."""
        side = self.side(lang)
        partners = self.partners(other_language(lang), other_block)
        if partners:
            return side.position(partners[0])
        if other_block.kind in FIELD_NAMES:
            return side.posting.field_position(other_block.kind)
        side_index = 0 if other_language(lang) == "en" else 1
        rows = list(self.alignment)
        here = next((n for n, row in enumerate(rows) if row[side_index] is not None and row[side_index].index == other_block.index), None)
        if here is not None:
            for row in rows[here + 1:]:
                if row[1 - side_index] is not None:
                    return side.position(row[1 - side_index])
            for row in reversed(rows[:here]):
                if row[1 - side_index] is not None:
                    return side.position(row[1 - side_index])
        return side.body_start()

    def finding(self, file_lang: str, place: tuple[int, int], severity: Severity, code: str, /, *,
                variant: str = "", **params: object) -> Finding:
        """A finding in ``file_lang``'s file; ``params`` fill the message (``lang`` among them, often)."""
        return Finding(self.side(file_lang).file, place[0], place[1], severity, code, params=params, variant=variant)
