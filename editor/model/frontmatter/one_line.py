"""Fields that must stay on one line: Hugo puts the title in the page's ``<title>`` and both the
title and the description in its meta tags (search results, link previews), where a line break
shows as a break or a stray gap. The command refuses one; the window joins pasted lines."""

from __future__ import annotations

import re

ONE_LINE_FIELDS = frozenset({"title", "description"})
# What Python's str.splitlines() breaks at, and so what a browser or a YAML reader may show as one.
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_BREAKS = re.compile(f"[ \t]*[{re.escape(LINE_BREAKS)}]+[ \t]*")


def has_line_break(text: str) -> bool:
    return any(char in LINE_BREAKS for char in text)


def on_one_line(text: str) -> str:
    """``text`` with each run of line breaks (and the spaces around it) made one space; none at the ends."""
    return _BREAKS.sub(" ", text.strip(LINE_BREAKS))
