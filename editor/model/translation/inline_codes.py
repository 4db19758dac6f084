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


def _shape(markup: str) -> str:
    """What kind of markup a code is, so that a link whose address the translation changed (the
    French page of a site) still pairs with the source's link."""
    if markup.startswith("]("):
        return "link"
    tag = re.match(r"</?([A-Za-z][A-Za-z0-9-]*)", markup)
    return f"<{tag.group(1).lower()}" if tag else markup


def number_like(parts: list[str | Code], reference: list[str | Code]) -> list[str | Code]:
    """``parts`` (a translation) with each code given the id of the same markup in ``reference``
    (the source), else of markup of the same kind, so a CAT tool pairs them; markup the source
    lacks gets ids after the source's."""
    source = [p for p in reference if isinstance(p, Code)]
    mine = [p for p in parts if isinstance(p, Code)]
    given: dict[int, int] = {}  # position in mine -> id
    used: set[int] = set()
    for same in (lambda a, b: a.text == b.text, lambda a, b: _shape(a.text) == _shape(b.text)):
        for position, code in enumerate(mine):
            if position in given:
                continue
            match = next((s for s in source if s.id not in used and same(code, s)), None)
            if match is not None:
                given[position] = match.id
                used.add(match.id)
    next_id = max((s.id for s in source), default=0) + 1
    numbered: list[str | Code] = []
    position = 0
    for part in parts:
        if isinstance(part, Code):
            if position not in given:
                given[position], next_id = next_id, next_id + 1
            part = Code(given[position], part.text)
            position += 1
        numbered.append(part)
    return numbered


def join(parts: list[str | Code]) -> str:
    return "".join(p.text if isinstance(p, Code) else p for p in parts)
