"""The parts of a Markdown text that typography fixes must never touch.

Code (blocks and spans), web and e-mail addresses, link targets, reference definitions, raw HTML,
Hugo shortcodes, heading attributes, entities and table delimiter rows are written for machines:
a non-breaking space or a converted number there would break them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from editor.model.translation.blocks import parse_tokens
from editor.model.translation.text import EMAIL_RE, URL_RE

# (substring every match contains, pattern): the cheap substring test skips most patterns.
_PATTERNS = [
    ("<!--", re.compile(r"<!--.*?-->", re.DOTALL)),
    ("{{", re.compile(r"\{\{[<%].*?[>%]\}\}", re.DOTALL)),  # Hugo shortcodes
    ("<", re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>")),  # autolinks
    ("<", re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")),  # HTML tags
    # Link and image targets: from "](" to the closing parenthesis, with an optional title.
    ("](", re.compile(r"\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?\s*\)")),
    ("]:", re.compile(r"^ {0,3}\[[^\]\n]+\]:.*$", re.MULTILINE)),  # reference definitions, footnote labels
    ("{", re.compile(r"\{[#.][^}\n]*\}")),  # heading attributes {#id .class}
    ("&", re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{1,31});")),
    # A delimiter row holds "-" and "|": the bar is the rarer of the two in prose.
    ("|", re.compile(r"^ {0,3}\|?(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*(?::?-+:?)?[ \t]*\|?[ \t]*$", re.MULTILINE)),
    ("http", URL_RE),
    ("www.", URL_RE),
    ("@", EMAIL_RE),
    ("mailto:", _MAILTO := re.compile(r"mailto:\S+", re.IGNORECASE)),
]
_LINE_END = re.compile(r"\r\n|\n|\r")
_NEWLINE = re.compile("\n")


class Protected:
    """Sorted, merged character ranges ``[start, end)`` of a text that must stay as they are."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(ranges):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [r[0] for r in merged]
        self.ranges = [(start, end) for start, end in merged]

    def touches(self, start: int, end: int) -> bool:
        """True when changing ``[start, end)`` would alter a protected character (an insertion,
        ``start == end``, is allowed at the edges of a range but not inside one)."""
        position = bisect_right(self.starts, max(start, end - 1) if end > start else start) - 1
        for index in (position, position + 1):
            if 0 <= index < len(self.ranges):
                low, high = self.ranges[index]
                if end > start and start < high and end > low:
                    return True
                if end == start and low < start < high:
                    return True
        return False


class ProtectedLater:
    """:func:`protected_ranges` of a text, worked out when first asked about: a check that finds
    nothing to ask about (most texts hold no slip) never scans the text for code and addresses."""

    def __init__(self, text: str, *, markdown: bool = True) -> None:
        self._text, self._markdown = text, markdown
        self._ranges: Protected | None = None

    def touches(self, start: int, end: int) -> bool:
        """:meth:`Protected.touches` of the text's protected ranges."""
        if self._ranges is None:
            self._ranges = protected_ranges(self._text, markdown=self._markdown)
        return self._ranges.touches(start, end)


@lru_cache(maxsize=16)
def protected_ranges(text: str, *, markdown: bool = True) -> Protected:
    """The protected ranges of ``text`` (cached: typography and inclusive checks ask for the same
    body one after the other)."""
    ranges: list[tuple[int, int]] = []
    if markdown:
        starts = line_starts(text)
        for token in parse_tokens(text):
            if token.type in ("fence", "code_block", "html_block") and token.map:
                first, last = token.map
                ranges.append((starts[first], starts[last] if last < len(starts) else len(text)))
        ranges += _code_spans(text)
    lowered = text.lower()
    # Where each pattern's first match can start at the earliest (see _earliest): the scans that
    # cost most (addresses) then skip the text before it, most of a posting.
    same_places = len(lowered) == len(text)
    for needle, pattern in _PATTERNS:
        if pattern is URL_RE and needle == "www." and "http" in lowered:
            continue  # scanned for "http" already, from the earlier of the two
        at = lowered.find(needle)
        if at >= 0:
            start = _earliest(pattern, text, lowered, at) if same_places else 0
            ranges += [(m.start(), m.end()) for m in pattern.finditer(text, start)]
    return Protected(ranges)


def _earliest(pattern: re.Pattern[str], text: str, lowered: str, at: int) -> int:
    """A place in ``text`` before which ``pattern`` has no match, given that ``lowered`` (``text``
    lower-cased, character for character) first holds the pattern's needle at ``at``.

    An address starts with "http" or "www." in any case (no other character matches those letters
    when case is ignored), so at the first of them; an e-mail address holds an "@" after its
    first character on its line ([\\w.+-] is never a line end); the lookbehind still sees the text
    before. "mailto:" starts at its first place too unless the text holds "ı": besides "i" and "I",
    the only character that matches "i" when case is ignored and that ``lower`` leaves one
    character ("İ" becomes two, and then no place is the same). The other patterns are scanned
    from the start."""
    if pattern is URL_RE:
        other = lowered.find("www.", 0, at)
        return other if other >= 0 else at
    if pattern is EMAIL_RE:
        return lowered.rfind("\n", 0, at) + 1
    if pattern is _MAILTO and "\u0131" not in text:
        return at
    return 0


def line_starts(text: str) -> list[int]:
    """Where each line of ``text`` starts (\\r\\n, \\n or \\r end a line)."""
    # A single-character pattern is searched for several times faster than the alternation, and
    # almost every text has no \r.
    return [0] + [m.end() for m in (_LINE_END if "\r" in text else _NEWLINE).finditer(text)]


def _code_spans(text: str) -> list[tuple[int, int]]:
    """Backtick code spans: a run of n backticks up to the next run of exactly n, within a paragraph."""
    found: list[tuple[int, int]] = []
    if "`" not in text:
        return found  # the search below reads the whole text to find no backtick, ten times slower
    position = 0
    runs = re.compile(r"`+")
    while True:
        opening = runs.search(text, position)
        if opening is None:
            return found
        size = len(opening.group(0))
        closing = runs.search(text, opening.end())
        while closing is not None and len(closing.group(0)) != size:
            closing = runs.search(text, closing.end())
        paragraph_end = re.compile(r"\n[ \t]*\n").search(text, opening.end())
        limit = paragraph_end.start() if paragraph_end else len(text)
        if closing is None or closing.start() > limit:
            position = opening.end()
            continue
        found.append((opening.start(), closing.end()))
        position = closing.end()
