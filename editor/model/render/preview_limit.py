"""Cutting a huge body (a pasted document, a broken export) to its first blocks for the preview.

Qt parses and lays out a preview page in one call per page, about 0.15 ms a block: a body of
50,000 headings held the window for many seconds at each render. The preview of such a body shows
its first ``PREVIEW_MAX_BLOCKS`` blocks, with a note; a posting shorter than that (every real
one) is rendered whole, exactly as before.
"""

from __future__ import annotations

from dataclasses import dataclass

# The longest of the 305 real postings has under 150 blocks.
PREVIEW_MAX_BLOCKS = 1000
_FENCES = ("```", "~~~")


@dataclass(frozen=True)
class PreviewCut:
    """The Markdown to render, and how many of the body's blocks it keeps (``None``: all)."""

    markdown: str
    shown_blocks: int | None = None
    total_blocks: int = 0


def cut_for_preview(markdown: str, max_blocks: int = PREVIEW_MAX_BLOCKS) -> PreviewCut:
    """``markdown`` up to the end of its ``max_blocks``-th block, when it has more blocks than that.

    A block is a run of non-blank lines; blank lines inside a fenced code block do not end one,
    so the cut never opens a fence it does not close. Linear in the text's length.
    """
    if markdown.count("\n\n") < max_blocks:  # cheap: fewer blank lines than blocks allowed
        return PreviewCut(markdown)
    blocks, cut_at, fence, in_block, position = 0, -1, "", False, 0
    for line in markdown.splitlines(keepends=True):
        stripped = line.strip()
        if fence:
            if stripped.startswith(fence):
                fence = ""
        elif stripped.startswith(_FENCES):
            fence = stripped[:3]
        if stripped or fence:
            if not in_block:
                blocks += 1
                in_block = True
        elif in_block:
            in_block = False
            if blocks == max_blocks:
                cut_at = position
        position += len(line)
    if blocks <= max_blocks or cut_at < 0:
        return PreviewCut(markdown)
    return PreviewCut(markdown[:cut_at], max_blocks, blocks)
