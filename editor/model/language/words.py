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
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from editor.model.translation.protect import protected_ranges

# Letters and digits joined by apostrophes, hyphens or "·" (French inclusive forms, "directeur·rice",
# judged whole). Not a piece of a longer run: never right after or before a letter or digit, nor
# joined to one by "_", "@" or "." ("snake_case", "file.txt", "@handle": not prose).
_TOKEN = re.compile(r"(?<![^\W_])(?<![^\W_][_@.])(?<!@)[^\W_]+(?:['’\-·][^\W_]+)*(?![^\W_])(?![_@.][^\W_])")
# The ending of an abbreviated form, "administratif(ve)", "employé(e)s", "conseiller (ère)": the
# inclusive-writing and abbreviated-form-spaced checks speak of those; the ending alone is not a word.
_ABBREVIATED_ENDING = re.compile(r"(?:(?<=[^\W\d_]\()|(?<=[^\W\d_] \())-?[^\W\d_]{1,6}(?=\))")
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


def checkable_words(text: str, *, markdown: bool = True) -> list[Word]:
    """The words of ``text`` to spell-check, in order, with their offsets in ``text``."""
    return list(_checkable_words(text, markdown))


# Kept for a few texts: a site check reads each body's words to check its spelling and again for
# its names, which the other language's file accepts (spelling.counterpart_names).
@lru_cache(maxsize=32)
def _checkable_words(text: str, markdown: bool) -> tuple[Word, ...]:
    ranges: list[tuple[int, int]] = list(protected_ranges(text, markdown=markdown).ranges)
    extra: list[tuple[int, int]] = [(m.start(), m.end()) for m in _REFERENCE_LABEL.finditer(text)] if markdown and "][" in text else []
    if "(" in text:
        extra += [(m.start(), m.end()) for m in _ABBREVIATED_ENDING.finditer(text)]
    if extra:
        ranges = sorted(ranges + extra)
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
        if _is_name_or_acronym(token):
            continue
        found.append(Word(start, end, token))
    return tuple(found)


# What may stand between a sentence's end (or a line's start) and its first word: spaces, opening
# quotes and brackets, emphasis. A capital after those opens a sentence, item or heading.
_OPENING = frozenset(" \t\u00a0\u202f*_[(\"“«‘'")
_SENTENCE_END = frozenset(".!?:;\r\n•")
_HEADING_LINE = re.compile(r"^[ \t]{0,3}#{1,6}(?:[ \t]|$)", re.MULTILINE)


def names_in(text: str, *, markdown: bool = True) -> frozenset[str]:
    """The names of ``text``, case folded: words capitalised in the middle of a sentence outside
    headings ("Trello" in "tools like Google Docs, Trello and Slack") and words with a capital
    inside ("GMail"). A capitalised word that a pair's other language writes as a name is a name
    (a product, team or place), whichever dictionary lacks it. Sentence openings say nothing, nor
    do headings (English writes them in Title Case), nor acronyms in capitals ("COVID")."""
    # Each heading line's start and end, in order and apart: only the last one starting at or before a
    # word can hold it (a look through all of them for each word took a minute for 50,000 headings).
    headings = [(m.start(), text.find("\n", m.start())) for m in _HEADING_LINE.finditer(text)] if markdown else []
    heading_starts = [start for start, _end in headings]
    found = set()
    for word in checkable_words(text, markdown=markdown):
        if not word.word[:1].isupper():
            continue
        at = word.start - 1
        while at >= 0 and text[at] in _OPENING:
            at -= 1
        if at < 0 or text[at] in _SENTENCE_END or (markdown and text[at] in "-+>|" and _line_opening(text, at)):
            continue
        last = bisect_right(heading_starts, word.start) - 1
        if last >= 0 and (headings[last][1] < 0 or word.start < headings[last][1]):
            continue
        found.add(word.word.casefold())
    for token in _TOKEN.findall(text):
        if token[1:].islower():
            continue  # no capital inside: most words
        if not token.isupper() and not _DIGIT.search(token) and any(ch.isupper() for ch in token[1:]):
            found.add(token.casefold())
    return frozenset(found)


def _line_opening(text: str, at: int) -> bool:
    """Whether only spaces and markers stand between the line's start and ``text[at]``."""
    line_start = max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1
    return not text[line_start:at].strip(" \t-+*>|0123456789.)")
