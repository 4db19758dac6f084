"""The prose of a Markdown text, paragraph by paragraph, each character tied to its place in the source.

Markup, code, addresses, link targets, shortcodes and HTML are left out (``translation.protect``),
entities become the character they stand for; headings, list items and table cells are
paragraphs of their own. Used where a check reads sentences (grammar) or must know which
language a block is written in (typography fixes leave blocks in the other language alone).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    """One paragraph's prose: ``text[i]`` is the source character at ``offsets[i]`` (an entity's
    character points at its ``&``); ``gaps`` are indexes of ``text`` standing for left-out markup."""

    text: str
    offsets: tuple[int, ...]
    gaps: frozenset[int]


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\n|\r|$)")
# What opens a block line: quote markers, then a heading, list or task marker.
_BLOCK_START = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)*(?:#{1,6}(?=[ \t]|$)|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))?(?:[ \t]+\[[ xX]\](?=[ \t]))?[ \t]*")
_HEADING = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)*#{1,6}(?:[ \t]|$)")
_ITEM = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)*(?:[-*+]|\d{1,9}[.)])[ \t]")
_SETEXT = re.compile(r"^[ \t]{0,3}(?:=+|-+)[ \t]*$")
_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{1,31});")
_EMPHASIS = frozenset("*_[]|\\~")
_SPECIAL = re.compile(r"[*_\[\]|\\~]")  # the characters of _EMPHASIS
_AS_SPACE = str.maketrans(dict.fromkeys("\t\u2009\u2007\u2002\u2003", " "))
_PIECES = re.compile(r" +|[^ ]+")


def prose(text: str, *, markdown: bool = True) -> list[Segment]:
    """The paragraphs of ``text`` (Markdown, or a plain value with ``markdown=False``) as prose."""
    from editor.model.translation.protect import protected_ranges

    protected = protected_ranges(text, markdown=markdown).ranges
    segments: list[Segment] = []
    chars: list[str] = []
    offsets: list[int] = []
    gaps: set[int] = set()

    def close() -> None:
        while chars and chars[-1] == " ":
            chars.pop()
            offsets.pop()
        if any(ch.isalpha() for ch in chars):
            segments.append(Segment("".join(chars), tuple(offsets), frozenset(g for g in gaps if g < len(chars))))
        chars.clear()
        offsets.clear()
        gaps.clear()

    def add(ch: str, at: int, gap: bool = False) -> None:
        if ch == " " and (not chars or chars[-1] == " "):
            return  # one space stands for any run of spaces and left-out markup
        if gap:
            gaps.add(len(chars))
        chars.append(ch)
        offsets.append(at)

    position = 0  # index in ``protected``
    for match in _LINE.finditer(text):
        if match.start() == match.end():
            break
        line_start = match.start()
        line = match.group(0).rstrip("\r\n")
        if markdown:
            if not line.strip() or _SETEXT.match(line) and chars:
                close()
                continue
            opener = _BLOCK_START.match(line)
            if _HEADING.match(line) or _ITEM.match(line):
                close()  # a heading or list item is a paragraph of its own
            begin = line_start + (opener.end() if opener else 0)
            heading = bool(_HEADING.match(line))
            end = line_start + len(line)
            if heading:
                closing = _CLOSING_HASHES.search(line)
                end = line_start + (closing.start() if closing else len(line))
        else:
            begin, end, heading = line_start, line_start + len(line), False
        at = begin
        while at < end:
            while position < len(protected) and protected[position][1] <= at:
                position += 1
            if position < len(protected) and protected[position][0] <= at:
                stop = protected[position][1]
                entity = _ENTITY.fullmatch(text, at, stop) if text[at] == "&" else None
                if entity is not None:
                    decoded = html.unescape(entity.group(0))
                    add(" " if decoded.isspace() and decoded not in "\u00a0\u202f" else decoded, at)
                else:
                    add(" ", at, gap=True)
                at = max(stop, at + 1)
                continue
            ch = text[at]
            if markdown and ch in _EMPHASIS and not (ch == "_" and _inside_word(text, at)):
                if ch == "|":
                    close()  # a table cell is a paragraph of its own
                elif ch == "\\" and at + 1 < end and not text[at + 1].isalnum():
                    add(text[at + 1], at + 1)
                    at += 2
                    continue
                at += 1
                continue
            # Plain text up to the next markup, protected range or end of line, in one step: a
            # character at a time, this loop was most of a site check's typography and grammar.
            stop = protected[position][0] if position < len(protected) and protected[position][0] < end else end
            special = _SPECIAL.search(text, at + 1, stop) if markdown else None
            stop = special.start() if special else stop
            run = text[at:stop].translate(_AS_SPACE)
            if "  " not in run and (run[0] != " " or chars and chars[-1] != " "):
                chars.extend(run)  # no space to fold into another
                offsets.extend(range(at, stop))
                at = stop
                continue
            for piece in _PIECES.finditer(run):
                if piece.group(0)[0] == " ":
                    add(" ", at + piece.start())
                else:
                    chars.extend(piece.group(0))
                    offsets.extend(range(at + piece.start(), at + piece.end()))
            at = stop
        if heading:
            close()
        else:
            add(" ", end)  # lines of a paragraph are joined by a space
    close()
    return segments


def _inside_word(text: str, at: int) -> bool:
    return 0 < at < len(text) - 1 and text[at - 1].isalnum() and text[at + 1].isalnum()




def foreign_ranges(text: str, lang: str, *, markdown: bool = True) -> list[tuple[int, int]]:
    """Source ranges ``[start, end)`` of the paragraphs of ``text`` written in the other language
    than ``lang`` (text left untranslated, a quotation): clearly so, by the common-word guess.

    A paragraph too short to guess (a heading such as "In this role, you will:", a short list item)
    is in the language of the next one that can be guessed, which it introduces, else of the one
    before it: French spacing was put into the English headings of a French file left in English."""
    from editor.model.translation.text import guess_language

    other = {"en": "fr", "fr": "en"}.get(lang)
    segments = [segment for segment in prose(text, markdown=markdown) if segment.offsets]
    guessed = [guess_language(segment.text) for segment in segments]
    following: str | None = None
    for index in range(len(guessed) - 1, -1, -1):  # the next guess, for each paragraph without one
        if guessed[index] is None:
            guessed[index] = following
        else:
            following = guessed[index]
    if guessed and guessed[-1] is None:
        last = next((guess for guess in reversed(guessed) if guess is not None), None)
        guessed = [guess if guess is not None else last for guess in guessed]
    return [(segment.offsets[0], segment.offsets[-1] + 1) for segment, guess in zip(segments, guessed)
            if guess == other]
