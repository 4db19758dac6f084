"""What the readers of every front matter format share: the bounds checked before parsing, line
positions, and the comparison that accepts an edit.

The bounds are those of YAML front matter (:mod:`editor.model.frontmatter.yaml_safe`): a posting
needs a few dozen values two or three levels deep, so anything far past that is refused before a
parser spends time (or recursion) on it.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from editor.model.frontmatter.yaml_safe import MAX_DEPTH, MAX_NODES

_LINE_END = re.compile(r"\r\n|\n|\r")


def line_starts(text: str) -> list[int]:
    """Offsets where each line starts, and ``len(text)`` last."""
    return [0, *(match.end() for match in _LINE_END.finditer(text)), len(text)]


def position_of(text: str, offset: int, starts: list[int] | None = None) -> tuple[int, int]:
    """0-based (line, column) of ``offset`` in ``text``; ``starts`` from :func:`line_starts` when known."""
    starts = (starts or line_starts(text))[:-1]
    line = max(0, bisect.bisect_right(starts, offset) - 1)
    return line, offset - starts[line]


def bounds_problem(text: str, kind: str) -> tuple[str, str, dict, int] | None:
    """(code, variant, params, offset) of the finding when ``text`` nests lists or tables deeper than ``MAX_DEPTH`` or holds
    more than ``MAX_NODES`` values; None when it is within bounds. Quotes (and TOML comments) are
    skipped so their brackets and commas do not count."""
    depth = values = 0
    index, length = 0, len(text)
    toml = kind == "toml"
    while index < length:
        ch = text[index]
        if ch == '"' or (toml and ch == "'"):
            index = _after_string(text, index, toml)
            continue
        if toml and ch == "#":
            newline = text.find("\n", index)
            index = length if newline < 0 else newline
            continue
        if ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return ("front-matter-too-complex", "depth", {"depth": str(MAX_DEPTH)}, index)
        elif ch in "]}":
            depth = max(0, depth - 1)
        elif ch in ",=:\n":
            values += 1
            if values > MAX_NODES:
                return ("front-matter-too-complex", "values", {"count": f"{MAX_NODES:,}"}, index)
        index += 1
    return None


def _after_string(text: str, index: int, toml: bool) -> int:
    quote = text[index]
    if toml and text.startswith(quote * 3, index):
        close = text.find(quote * 3, index + 3)
        return len(text) if close < 0 else close + 3
    position = index + 1
    while position < len(text):
        ch = text[position]
        if ch == "\\" and quote == '"':
            position += 2
            continue
        if ch == quote or (toml and ch in "\r\n"):
            return position + 1
        position += 1
    return position


def same(a: Any, b: Any) -> bool:
    """Equal values of the same types (so ``True`` is not ``1`` and ``"1"`` is not ``1``)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    equal: bool = a == b
    return equal
