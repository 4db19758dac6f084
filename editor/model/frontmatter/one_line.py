"""Fields that must stay on one line: Hugo puts the title in the page's ``<title>`` and both the
title and the description in its meta tags (search results, link previews), where a line break
shows as a break or a stray gap. The command refuses one; the window joins pasted lines.

The fields that name or link a posting refuse every character a reader cannot see: a control
character, or a mark that reorders bidirectional text, makes a translationKey differ from the key
it looks like (the pair would never link) and a title read otherwise than it is written."""

from __future__ import annotations

import re

from editor.model.findings.worded import Phrase

ONE_LINE_FIELDS = frozenset({"title", "description"})
# What Python's str.splitlines() breaks at, and so what a browser or a YAML reader may show as one.
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_BREAKS = re.compile(f"[ \t]*[{re.escape(LINE_BREAKS)}]+[ \t]*")
# The fields a person types that must hold only what they show.
VISIBLE_FIELDS = ONE_LINE_FIELDS | {"translationKey"}
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_UNSEEN = re.compile(f"[\x00-\x08\x0a-\x1f\x7f-\x9f{_BIDI}\u2028\u2029\ufeff]")
_UNSEEN_IN_KEY = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}\u2028\u2029\ufeff]")


def has_line_break(text: str) -> bool:
    return any(char in LINE_BREAKS for char in text)


def on_one_line(text: str) -> str:
    """``text`` with each run of line breaks (and the spaces around it) made one space; none at the ends."""
    return _BREAKS.sub(" ", text.strip(LINE_BREAKS))


def unseen_character(field: str, text: str) -> tuple[str, Phrase] | None:
    """The first character of ``text`` that the ``field`` (one of :data:`VISIBLE_FIELDS`) must not
    hold, as ``U+XXXX``, and what kind it is; None when there is none. A tab is refused in a
    translationKey only: elsewhere it reads as a space."""
    if field not in VISIBLE_FIELDS:
        return None
    match = (_UNSEEN_IN_KEY if field == "translationKey" else _UNSEEN).search(text)
    if match is None:
        return None
    char = match.group(0)
    kind = ("hidden-line-break" if char in LINE_BREAKS
            else "hidden-bidi" if re.fullmatch(f"[{_BIDI}]", char) else "hidden-control")
    return f"U+{ord(char):04X}", Phrase(kind)
