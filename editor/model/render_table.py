"""Tables the way Goldmark's extension finds them: by rewriting finished paragraphs.

markdown-it's GFM table rule starts a table only where a block may start and
requires as many header cells as delimiter cells.  Goldmark (extension/table.go)
instead looks inside every paragraph once it is complete:

* the first line (after the first) made only of ``-``, ``:``, ``|`` and spaces
  whose cells all read ``---``, ``:--``, ``--:`` or ``:-:`` is the delimiter row,
  pipes optional;
* the line just before it is the header; lines before the header stay a
  paragraph; every later line of the paragraph is a body row;
* a header with fewer cells than the delimiter row is padded, one with more
  cells means no table; body rows are padded or cut to the delimiter's width;
* pipes split cells even inside code spans; only ``\\|`` is kept.

So this runs as a core rule between block and inline parsing and turns
paragraph tokens into table tokens.
"""

from __future__ import annotations

import re

from markdown_it.rules_core import StateCore
from markdown_it.token import Token

_DELIMITER_CHARS = frozenset("-:| \t\n\v\f\r")
_ALIGN = (
    (re.compile(r"\s*:-+\s*\Z"), "left"),
    (re.compile(r"\s*-+:\s*\Z"), "right"),
    (re.compile(r"\s*:-+:\s*\Z"), "center"),
    (re.compile(r"\s*-+\s*\Z"), ""),
)
_SPACE = " \t\n\v\f\r"
_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def tables_rule(state: StateCore) -> None:
    tokens = state.tokens
    i = 0
    while i < len(tokens):
        token = tokens[i]
        # every delimiter row has a "-", and a table needs two lines
        if token.type == "paragraph_open" and "-" in tokens[i + 1].content and "\n" in tokens[i + 1].content:
            replacement = _transform(tokens[i], tokens[i + 1], tokens[i + 2])
            if replacement is not None:
                tokens[i : i + 3] = replacement
                i += len(replacement)
                continue
        i += 1


def _delimiter(line: str) -> list[str] | None:
    if len(line) - len(line.lstrip(" ")) > 3 or not set(line) <= _DELIMITER_CHARS:
        return None
    cols = line.split("|")
    if not cols[0].strip(_SPACE):
        cols = cols[1:]
    if cols and not cols[-1].strip(_SPACE):
        cols = cols[:-1]
    aligns: list[str] = []
    for col in cols:
        for pattern, align in _ALIGN:
            if pattern.match(col):
                aligns.append(align)
                break
        else:
            return None
    return aligns or None


def _cells(line: str, width: int, header: bool) -> list[str]:
    """Goldmark's parseRow: cut at unescaped pipes, pad to ``width``; body rows are cut to it."""
    pos = len(line) - len(line.lstrip(_SPACE))
    limit = len(line.rstrip(_SPACE))
    if line and pos < len(line) and line[pos] == "|":
        pos += 1
    if line and limit > 0 and line[limit - 1] == "|":
        limit -= 1
    cells: list[str] = []
    while pos < limit:
        if len(cells) >= width and not header:
            return cells
        end = pos
        while end < limit and line[end] != "|":
            escaped = line[end] == "\\" and end + 1 < len(line) and line[end + 1] in _ASCII_PUNCT
            end += 2 if escaped else 1
        end = min(end, limit)
        cells.append(line[pos:end].strip(_SPACE))
        pos = end + 1
    cells.extend([""] * (width - len(cells)))
    return cells


def _transform(opening: Token, inline: Token, closing: Token) -> list[Token] | None:
    lines = inline.content.split("\n")
    for index in range(1, len(lines)):
        aligns = _delimiter(lines[index])
        if aligns is None:
            continue
        header = _cells(lines[index - 1], len(aligns), True)
        if len(header) != len(aligns):
            return None
        return _build(opening, inline, closing, lines, index, aligns, header)
    return None


def _build(
    opening: Token, inline: Token, closing: Token, lines: list[str], index: int, aligns: list[str], header: list[str]
) -> list[Token]:
    level = opening.level
    start = opening.map[0] if opening.map else 0
    out: list[Token] = []
    if index > 1:
        inline.content = "\n".join(lines[: index - 1])
        out.extend((opening, inline, closing))

    def push(kind: str, tag: str, nesting: int, depth: int) -> Token:
        token = Token(kind, tag, nesting)  # type: ignore[arg-type]
        token.level = level + depth
        token.block = True
        out.append(token)
        return token

    def row(cells: list[str], cell_tag: str, depth: int) -> None:
        push("tr_open", "tr", 1, depth)
        for text, align in zip(cells, aligns):
            cell = push(f"{cell_tag}_open", cell_tag, 1, depth + 1)
            if align:
                cell.attrs["style"] = f"text-align:{align}"
            content = push("inline", "", 0, depth + 2)
            content.content = text
            content.children = []
            content.map = [start, start + 1]
            push(f"{cell_tag}_close", cell_tag, -1, depth + 1)
        push("tr_close", "tr", -1, depth)

    table = push("table_open", "table", 1, 0)
    table.map = [start + index - 1, opening.map[1] if opening.map else start]
    push("thead_open", "thead", 1, 1)
    row(header, "th", 2)
    push("thead_close", "thead", -1, 1)
    body = lines[index + 1 :]
    if body:
        push("tbody_open", "tbody", 1, 1)
        for line in body:
            row(_cells(line, len(aligns), False), "td", 2)
        push("tbody_close", "tbody", -1, 1)
    push("table_close", "table", -1, 0)
    return out
