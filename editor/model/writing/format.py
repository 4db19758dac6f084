"""Markdown formatting commands (bold, italics, link, heading, lists) as pure text edits.

Each command takes the whole text and a selection and returns one ``Edit``: the span to replace,
its new text and where the selection goes afterwards, so the window applies it as a single undo
step. Applying a command twice gives the text back (bold on bold removes the bold).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Edit", "make_link", "toggle_heading", "toggle_inline", "toggle_list"]


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement``; then select ``selection`` (offsets in the new text)."""

    start: int
    end: int
    replacement: str
    selection: tuple[int, int]

    def apply(self, text: str) -> str:
        return text[: self.start] + self.replacement + text[self.end:]


_WORD = re.compile(r"[\w’'-]+")


def toggle_inline(text: str, start: int, end: int, marker: str) -> Edit:
    """Wraps the selection in ``marker`` (``**`` bold, ``_`` italics), or removes the marker around it.

    Without a selection the word at the cursor is taken; outside any word an empty pair is inserted
    with the cursor between. Spaces at the ends of a selection stay outside the markers, where
    Markdown needs them."""
    start, end = sorted((start, end))
    if start == end:
        word = _word_at(text, start)
        if word is None:
            return Edit(start, start, marker * 2, (start + len(marker),) * 2)
        start, end = word
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    size = len(marker)
    inner = text[start:end]
    if text[max(0, start - size):start] == marker and text[end:end + size] == marker:
        return Edit(start - size, end + size, inner, (start - size, end - size))
    if len(inner) >= 2 * size and inner.startswith(marker) and inner.endswith(marker):
        stripped = inner[size:-size]
        return Edit(start, end, stripped, (start, start + len(stripped)))
    return Edit(start, end, f"{marker}{inner}{marker}", (start + size, end + size))


def make_link(text: str, start: int, end: int) -> Edit:
    """``[selection](https://)`` with the address selected to type over; a selected address becomes the target."""
    start, end = sorted((start, end))
    if start == end and (word := _word_at(text, start)) is not None:
        start, end = word
    chosen = text[start:end].strip()
    if re.match(r"(?:https?://|mailto:|www\.)\S+$", chosen):
        replacement = f"[]({chosen})"
        return Edit(start, end, replacement, (start + 1, start + 1))
    replacement = f"[{chosen}](https://)"
    address = start + len(chosen) + 3
    return Edit(start, end, replacement, (address, address + len("https://")))


_HEADING = re.compile(r"^(#{1,6})[ \t]+")
_BULLET = re.compile(r"^([ \t]*)[-*+][ \t]+")
_NUMBER = re.compile(r"^([ \t]*)\d{1,9}[.)][ \t]+")


def toggle_heading(text: str, start: int, end: int, level: int) -> Edit:
    """Makes the selected lines headings of ``level`` (## for 2), or plain paragraphs if they already are."""
    first, last = _line_span(text, start, end)
    lines = text[first:last].split("\n")
    prefix = "#" * level + " "
    heads = [_HEADING.match(line) for line in lines if line.strip()]
    already = all(head is not None and len(head.group(1)) == level for head in heads)
    out = []
    for line in lines:
        bare = _HEADING.sub("", line)
        bare = _BULLET.sub("", _NUMBER.sub("", bare)) if not already else bare
        out.append(bare if already or not line.strip() else prefix + bare.lstrip())
    return _lines_edit(first, last, out)


def toggle_list(text: str, start: int, end: int, numbered: bool) -> Edit:
    """Starts each selected line with ``- `` (or ``1. ``, ``2. ``…), or removes the markers if all lines have them."""
    first, last = _line_span(text, start, end)
    lines = text[first:last].split("\n")
    pattern = _NUMBER if numbered else _BULLET
    filled = [line for line in lines if line.strip()]
    already = bool(filled) and all(pattern.match(line) for line in filled)
    out = []
    number = 0
    for line in lines:
        if not line.strip():
            out.append(line)
            continue
        if already:
            out.append(pattern.sub(r"\1", line))
            continue
        indent = line[:len(line) - len(line.lstrip(" \t"))]
        bare = _BULLET.sub("", _NUMBER.sub("", _HEADING.sub("", line)))
        number += 1
        out.append(f"{indent}{number}. {bare.lstrip()}" if numbered else f"{indent}- {bare.lstrip()}")
    return _lines_edit(first, last, out)


def _lines_edit(first: int, last: int, lines: list[str]) -> Edit:
    replacement = "\n".join(lines)
    return Edit(first, last, replacement, (first, first + len(replacement)))


def _line_span(text: str, start: int, end: int) -> tuple[int, int]:
    start, end = sorted((start, end))
    if end > start and text[end - 1] == "\n":
        end -= 1  # a selection ending at the start of a line does not take that line
    first = text.rfind("\n", 0, start) + 1
    newline = text.find("\n", end)
    return first, len(text) if newline < 0 else newline


def _word_at(text: str, position: int) -> tuple[int, int] | None:
    for match in _WORD.finditer(text, max(0, position - 100), position + 100):
        if match.start() <= position <= match.end():
            return match.start(), match.end()
    return None
