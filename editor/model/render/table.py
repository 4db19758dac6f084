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

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock, lheading, paragraph
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from editor.model.render.lists import indent_columns

_DELIMITER_CHARS = frozenset("-:| \t\n\v\f\r")


def table_block_plugin(md: MarkdownIt) -> None:
    """Block-phase help for the table rule below; see the two wrappers' docstrings."""

    def gm_paragraph(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        """Record, per line, the indentation Goldmark sees when it looks for a delimiter row.

        A delimiter row indented four columns or more past its container is
        text.  markdown-it strips up to the container's indentation even from
        lazy continuation lines, which Goldmark measures from the line start.
        """
        if not paragraph(state, start, end, silent):
            return False
        # only a paragraph of two lines or more with a "-" can hold a delimiter row
        if not silent and state.line - start > 1 and "-" in state.tokens[-2].content:
            base = state.blkIndent
            state.tokens[-2].meta["gm_indents"] = [
                _line_indent(state, line) if state.sCount[line] < base else state.sCount[line] - base
                for line in range(start, state.line)
            ]
        return True

    def gm_lheading(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        """A setext underline first makes Goldmark look for a table in the paragraph.

        Then the lines before the table's header become the heading, placed
        after the table; with no lines left the underline is parsed anew (so a
        "---" right after a table is a thematic break).
        """
        if not lheading(state, start, end, silent):
            return False
        if silent:
            return True
        tokens = state.tokens
        lines = tokens[-2].content.split("\n")
        found = find_table(lines)
        if found is None:
            return True
        heading = tokens[-3:]
        del tokens[-3:]
        header = found[0] - 1
        table_start = start + header
        opening = state.push("paragraph_open", "p", 1)
        opening.map = [table_start, state.line - 1]
        inline = state.push("inline", "", 0)
        inline.content = "\n".join(lines[header:])
        inline.map = [table_start, state.line - 1]
        inline.children = []
        state.push("paragraph_close", "p", -1)
        if header > 0:
            heading[1].content = "\n".join(lines[:header])
            tokens.extend(heading)
        else:
            state.line -= 1
        return True

    md.block.ruler.at("paragraph", gm_paragraph)
    md.block.ruler.at("lheading", gm_lheading)


def _line_indent(state: StateBlock, line: int) -> int:
    """Columns of leading whitespace of a source line, from its very start."""
    return indent_columns(state.src[state.bMarks[line] : state.eMarks[line]])


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


def _delimiter(line: str, indent: int) -> list[str] | None:
    if indent > 3 or not set(line) <= _DELIMITER_CHARS:
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


def _cells(line: str, width: int, header: bool) -> list[str | None]:
    """Goldmark's parseRow: cut at unescaped pipes, pad to ``width`` with None; body rows are cut to it."""
    pos = len(line) - len(line.lstrip(_SPACE))
    limit = len(line.rstrip(_SPACE))
    if line and pos < len(line) and line[pos] == "|":
        pos += 1
    if line and limit > 0 and line[limit - 1] == "|":
        limit -= 1
    cells: list[str | None] = []
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
    cells.extend([None] * (width - len(cells)))
    return cells


def _transform(opening: Token, inline: Token, closing: Token) -> list[Token] | None:
    lines = inline.content.split("\n")
    found = find_table(lines, (inline.meta or {}).get("gm_indents"))
    if found is None:
        return None
    index, aligns, header = found
    return _build(opening, inline, closing, lines, index, aligns, header)


def find_table(
    lines: list[str], indents: list[int] | None = None
) -> tuple[int, list[str], list[str | None]] | None:
    """Delimiter row index, alignments and header cells of the table in these paragraph lines.

    Without ``indents`` the indentation is not checked, as when Goldmark
    closes a paragraph because a definition list marker interrupts it.
    """
    for index in range(1, len(lines)):
        indent = indents[index] if indents and index < len(indents) else 0
        aligns = _delimiter(lines[index], indent)
        if aligns is None:
            continue
        header = _cells(lines[index - 1], len(aligns), True)
        if len(header) != len(aligns):
            return None
        return index, aligns, header
    return None


def _build(
    opening: Token,
    inline: Token,
    closing: Token,
    lines: list[str],
    index: int,
    aligns: list[str],
    header: list[str | None],
) -> list[Token]:
    level = opening.level
    start = opening.map[0] if opening.map else 0
    out: list[Token] = []
    if index > 1:
        inline.content = "\n".join(lines[: index - 1]).rstrip(" \t")
        out.extend((opening, inline, closing))

    def push(kind: str, tag: str, nesting: int, depth: int) -> Token:
        token = Token(kind, tag, nesting)  # type: ignore[arg-type]
        token.level = level + depth
        token.block = True
        out.append(token)
        return token

    def row(cells: list[str | None], cell_tag: str, depth: int) -> None:
        push("tr_open", "tr", 1, depth)
        for text, align in zip(cells, aligns):
            cell = push(f"{cell_tag}_open", cell_tag, 1, depth + 1)
            if align and text is not None:  # Goldmark's padding cells have no alignment
                cell.attrs["style"] = f"text-align:{align}"
            content = push("inline", "", 0, depth + 2)
            content.content = text or ""
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
