"""The words of a Markdown text (or a plain field value) that a spell checker should look at.

Left out, because they are written for machines or are names rather than words of a language:
code (spans and blocks), web and e-mail addresses, link targets and reference labels, HTML tags
and comments, shortcodes, entities, heading attributes (all of these through
``translation.protect``), anything holding a digit (numbers, ``AS-02``, ``1er``), acronyms in
capitals (``IT``, ``CV's``), names with a capital inside (``GitHub``, ``iPhone``, ``DevOps``),
single letters, ``snake_case`` and ``file.name`` parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..translation.protect import protected_ranges

# Letters and digits joined by apostrophes or hyphens: "l'équipe", "well-being", "AS-02".
# "·" joins French inclusive forms ("directeur·rice") so that they are judged whole.
_TOKEN = re.compile(r"[^\W_]+(?:['’\-·][^\W_]+)*")
_DIGIT = re.compile(r"\d")
_REFERENCE_LABEL = re.compile(r"\]\[[^\]\n]*\]")
_CLITIC = re.compile(r"['’](?:s|S)$")


@dataclass(frozen=True)
class Word:
    """``text[start:end]`` is ``word``."""

    start: int
    end: int
    word: str


def _is_name_or_acronym(token: str) -> bool:
    if token[1:].islower():
        return False  # most words: the quick answer
    letters = _CLITIC.sub("", token)
    for part in re.split(r"['’\-·]", letters):
        if len(part) > 1 and part.isupper():
            return True  # IT, CV's, GC-wide
        if any(ch.isupper() for ch in part[1:]):
            return True  # GitHub, iPhone, DevOps: product names, written as their owners do
    return False


def _joined(text: str, start: int, end: int) -> bool:
    """True for a piece of ``snake_case``, ``file.ext`` or ``@handle``: not prose."""
    before, after = text[max(0, start - 2):start], text[end:end + 2]
    if len(before) == 2 and before[1] in "_@." and before[0].isalnum():
        return True
    if start and text[start - 1] == "@":
        return True
    return len(after) == 2 and after[0] in "_@." and after[1].isalnum()


def _abbreviated_ending(text: str, start: int, end: int) -> bool:
    """True for the ending of an abbreviated form, "administratif(ve)", "employé(e)s": the
    inclusive-writing check speaks of those, and the ending alone is not a word."""
    return start >= 2 and text[start - 1] == "(" and text[start - 2].isalpha() and text[end:end + 1] == ")"


def checkable_words(text: str, *, markdown: bool = True) -> list[Word]:
    """The words of ``text`` to spell-check, in order, with their offsets in ``text``."""
    ranges = list(protected_ranges(text, markdown=markdown).ranges)
    if markdown and "][" in text:
        ranges = sorted(ranges + [(m.start(), m.end()) for m in _REFERENCE_LABEL.finditer(text)])
    found: list[Word] = []
    position, count = 0, len(ranges)  # ranges are sorted: walk them beside the words
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        while position < count and ranges[position][1] <= start:
            position += 1
        if position < count and ranges[position][0] < end:
            continue  # inside code, an address, a tag…
        token = match.group(0)
        if len(token) < 2 or _DIGIT.search(token):
            continue
        if _is_name_or_acronym(token) or _joined(text, start, end) or _abbreviated_ending(text, start, end):
            continue
        found.append(Word(start, end, token))
    return found
