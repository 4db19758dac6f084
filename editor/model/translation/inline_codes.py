"""Markdown and HTML inline markup as the inline codes of CAT tools (XLIFF ``<ph>``).

A block's Markdown source is cut into runs of text, which the translator translates, and runs of
markup (emphasis markers, the two halves of a link, inline code, HTML tags, entities, escapes, hard
breaks, Hugo shortcodes, heading attributes), which a CAT tool shows as tags to move but not edit.
The cut is a partition of the string: joining the runs gives back the source byte for byte,
whatever is taken for markup, so a wrong guess costs the translator a tag, never the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARKUP = re.compile(
    "|".join((
        r"\{\{[<%].*?[%>]\}\}",                                   # Hugo shortcode
        r"(`+)(?:.+?)(?<!`)\1(?!`)",                              # inline code (not translated)
        r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s]+)>",  # autolink
        r"<!--.*?-->",                                            # HTML comment
        r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>",              # HTML tag
        r"!?\[(?=(?:[^\[\]\\]|\\.)*\]\()",                        # opening of a link or image
        r"\]\((?:<[^>]*>|[^()\s]|\([^()\s]*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)",  # link target
        r"\s*\{[#.][^}]*\}\s*$",                                  # heading attributes
        r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});",  # entity
        r"\\[!-/:-@\[-`{-~]",                                     # backslash escape
        r"(?: {2,}|\\)(?=\n)",                                    # hard line break
        r"\*+|~~",                                                # emphasis, strikethrough
        r"(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])",                  # emphasis with underscores
    )),
    re.S,
)


@dataclass(frozen=True)
class Code:
    """A run of markup: ``id`` numbers it within its segment (1, 2…), ``text`` is the Markdown."""

    id: int
    text: str


def split_markup(text: str) -> list[str | Code]:
    """``text`` as text runs (str) and markup runs (:class:`Code`), in order."""
    parts: list[str | Code] = []
    position = 0
    for match in _MARKUP.finditer(text):
        if not match.group(0):
            continue
        if match.start() > position:
            parts.append(text[position:match.start()])
        parts.append(Code(sum(isinstance(p, Code) for p in parts) + 1, match.group(0)))
        position = match.end()
    if position < len(text):
        parts.append(text[position:])
    return parts


def number_like(parts: list[str | Code], reference: list[str | Code]) -> list[str | Code]:
    """``parts`` (a translation) with each code given the id of the same markup in ``reference``
    (the source), so a CAT tool pairs them; markup the source lacks gets ids after the source's."""
    free: dict[str, list[int]] = {}
    for part in reference:
        if isinstance(part, Code):
            free.setdefault(part.text, []).append(part.id)
    next_id = max((p.id for p in reference if isinstance(p, Code)), default=0) + 1
    numbered: list[str | Code] = []
    for part in parts:
        if isinstance(part, Code):
            ids = free.get(part.text)
            if ids:
                part = Code(ids.pop(0), part.text)
            else:
                part = Code(next_id, part.text)
                next_id += 1
        numbered.append(part)
    return numbered


def join(parts: list[str | Code]) -> str:
    return "".join(p.text if isinstance(p, Code) else p for p in parts)
