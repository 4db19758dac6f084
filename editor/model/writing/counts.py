"""Words and characters as a reader sees them: Markdown and HTML markup, link targets and front matter left out.

Translators are paid by the word of the source text, so the count is of what the posting says:
title, description and body, in the plain text the blocks give (editor.model.translation.blocks).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["TextCounts", "count_words", "plain_text", "posting_counts"]

# A word: letters or digits, with the apostrophes and hyphens inside it ("l’équipe", "bilingual-ready", "3,5").
_WORD = re.compile(r"\w+(?:[’'\-.,]\w+)*")
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class TextCounts:
    words: int
    characters: int  # spaces included, as word processors count them

    def __add__(self, other: TextCounts) -> TextCounts:
        return TextCounts(self.words + other.words, self.characters + other.characters)


def count_words(text: str) -> int:
    return sum(1 for _ in _WORD.finditer(text))


def plain_text(markdown: str) -> str:
    """The body's readable text, one block a line."""
    from editor.model.translation.blocks import split_blocks

    lines = []
    for block in split_blocks(markdown):
        text = _TAG.sub(" ", block.text) if block.kind == "html" else block.plain
        lines.append(" ".join(text.split()))
    return "\n".join(line for line in lines if line)


def counts_of(text: str) -> TextCounts:
    return TextCounts(count_words(text), len(" ".join(text.split())))


def posting_counts(title: str, description: str, body: str) -> TextCounts:
    """Counts of everything a reader of the posting reads."""
    return counts_of(title or "") + counts_of(description or "") + counts_of(plain_text(body or ""))
