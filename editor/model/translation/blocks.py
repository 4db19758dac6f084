"""A posting body as blocks (headings, paragraphs, list items…), and the two languages lined up.

:func:`split_blocks` reads a body with the same Markdown parser as the checks, so a ``#`` in a code
block or a bold line that merely looks like a heading is never taken for one. :func:`align` lines
two bodies up block by block: sections first (a sequence alignment of the headings by level, the
shape of what is under them and their place in the page, where a section of one language only is
left out), then the blocks between two matched headings by order, allowing for a block left out,
added, split in two or joined (translators do all four; a split needs evidence).

For the window: :func:`counterpart_range` gives the lines of the block matching the cursor's
block, :func:`scroll_anchors` and :func:`map_line` turn an alignment into a scroll mapping, and
:func:`replace_block_text` / :func:`insert_block_after` copy one block into the other body.
All line numbers here are 0-based lines of the *body* (add ``Posting.body_first_line - 1`` for
file lines).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it.token import Token

from editor.model.translation import matching
from editor.model.translation.matching import align_headings, align_region, expected_ratio, match_cost, positions, profile
from editor.model.translation.parsers import parser_for
from editor.model.frontmatter.one_line import on_one_line


TEXT_KINDS = ("heading", "paragraph", "item")  # blocks a translator translates
_LINE_END = re.compile(r"\r\n|\n|\r")
_HEADING_ATTRIBUTES = re.compile(r"\s*\{[#.][^}]*\}\s*$")


@dataclass(frozen=True)
class Block:
    """One block of a body.

    ``kind`` is "heading", "paragraph", "item" (the first paragraph of a list item), "table",
    "code" or "html". ``level`` is the heading level, or the list depth of an item (1 = top list).
    ``start``/``end`` are the block's body lines (end excluded). ``text`` is its Markdown source
    (inline text for headings, paragraphs and items); ``plain`` what a reader sees (markup and link
    targets removed); ``links`` the link targets in order. ``section`` is the index of the heading
    the block is under (-1 before the first one); ``list_id`` identifies the list of an item (-1
    otherwise). ``content_line``/``content_column`` (0-based) locate the first character of the
    text after any ``##``, list marker or indentation.
    """

    index: int
    kind: str
    level: int
    start: int
    end: int
    text: str
    plain: str
    links: tuple[str, ...] = ()
    section: int = -1
    list_id: int = -1
    content_line: int = 0
    content_column: int = 0


def body_lines(body: str) -> list[str]:
    """The body's lines as the file counts them (\\r\\n, \\n or \\r end a line)."""
    return _LINE_END.split(body)


@lru_cache(maxsize=64)
def parse_tokens(body: str) -> tuple[Token, ...]:
    """markdown-it's tokens for a body (cached: several checks read the same body; never mutate them)."""
    return tuple(parser_for(body).parse(body))


def forget_parses() -> None:
    """Drop the parses kept for the checks of the bodies read last (:func:`parse_tokens`,
    :func:`split_blocks`): the caller is done with those bodies."""
    parse_tokens.cache_clear()
    _split.cache_clear()


@lru_cache(maxsize=64)
def _split(body: str) -> tuple[Block, ...]:
    builder = _Builder(body_lines(body))
    builder.run(list(parse_tokens(body)))
    return tuple(builder.blocks)


def split_blocks(body: str) -> list[Block]:
    """The blocks of a Markdown body, in order."""
    return list(_split(body))


# Bodies and alignments kept only up to a size: every pause in typing a pasted document of 1.7 MB
# makes a new body, and 2,048 of them kept (or 128 alignments of 100,000 blocks a side) would be
# gigabytes. Real postings are under 13 KB and 100 blocks.
_KEPT_BODY_CHARS = 100_000
_KEPT_ALIGNMENT_BLOCKS = 2_000


def block_count(body: str) -> int:
    """How many blocks :func:`split_blocks` finds in ``body``, kept for more bodies than the blocks
    are: pairing the several files of a key (``translation_pairs``) compares every file's count,
    and a memory build asked again for each pair of the site (the corpus: 0.3 CPU-s a time) once
    the blocks of the bodies read since had pushed them out."""
    return _kept_block_count(body) if len(body) < _KEPT_BODY_CHARS else len(_split(body))


@lru_cache(maxsize=2048)
def _kept_block_count(body: str) -> int:
    return len(_split(body))


class _Builder:
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.blocks: list[Block] = []
        self.section = -1
        self.lists: list[int] = []  # ids of the open lists, innermost last
        self.items: list[bool] = []  # per open list item: still waiting for its first paragraph
        self.list_count = 0

    def run(self, tokens: list[Token]) -> None:
        position = 0
        while position < len(tokens):
            token = tokens[position]
            kind = token.type
            if kind in ("bullet_list_open", "ordered_list_open"):
                self.lists.append(self.list_count)
                self.list_count += 1
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.lists.pop()
            elif kind == "list_item_open":
                self.items.append(True)
            elif kind == "list_item_close":
                self.items.pop()
            elif kind == "heading_open":
                inline = tokens[position + 1]
                self._text_block("heading", int(token.tag[1]), token.map, inline)
                self.section = len(self.blocks) - 1
                position += 2
            elif kind == "paragraph_open":
                inline = tokens[position + 1]
                if self.items and self.items[-1]:
                    self.items[-1] = False
                    self._text_block("item", len(self.lists), token.map, inline)
                else:
                    self._text_block("paragraph", 0, token.map, inline)
                position += 2
            elif kind == "table_open":
                position = self._table(tokens, position)
                continue
            elif kind in ("fence", "code_block", "html_block") and token.map:
                self._first_child_seen()
                if not (kind == "html_block" and token.content.strip().startswith("<!--")):
                    start, end = token.map
                    source = "\n".join(self.lines[start:end])
                    self._add("html" if kind == "html_block" else "code", 0, start, end, source, "", (), start)
            position += 1

    def _first_child_seen(self) -> None:
        if self.items:
            self.items[-1] = False

    def _text_block(self, kind: str, level: int, block_map: list[int] | None, inline: Token) -> None:
        start, end = block_map or (0, 1)
        content = inline.content
        plain, links = inline_plain(inline.children or [])
        if kind == "heading":
            plain = _HEADING_ATTRIBUTES.sub("", plain)
        first = content.split("\n", 1)[0]
        line = self.lines[start] if start < len(self.lines) else ""
        column = line.find(first) if first else -1
        if column < 0:
            column = len(line) - len(line.lstrip())
        self._add(kind, level, start, end, content, plain, tuple(links), start, column)

    def _table(self, tokens: list[Token], position: int) -> int:
        self._first_child_seen()
        start, end = tokens[position].map or (0, 1)
        cells, links = [], []
        while position < len(tokens) and tokens[position].type != "table_close":
            token = tokens[position]
            if token.type == "inline":
                plain, found = inline_plain(token.children or [])
                cells.append(plain)
                links += found
            position += 1
        source = "\n".join(self.lines[start:end])
        self._add("table", 0, start, end, source, " | ".join(cells), tuple(links), start)
        return position + 1

    def _add(self, kind: str, level: int, start: int, end: int, text: str, plain: str, links: tuple[str, ...],
             content_line: int, content_column: int | None = None) -> None:
        if content_column is None:
            line = self.lines[content_line] if content_line < len(self.lines) else ""
            content_column = len(line) - len(line.lstrip())
        self.blocks.append(
            Block(len(self.blocks), kind, level, start, end, text, plain, links, self.section,
                  self.lists[-1] if kind == "item" else -1, content_line, content_column)
        )


def inline_plain(children: list[Token]) -> tuple[str, list[str]]:
    """The text a reader sees in an inline token's children, and the link targets."""
    parts: list[str] = []
    links: list[str] = []
    for child in children:
        kind = child.type
        if kind in ("text", "code_inline"):
            parts.append(child.content)
        elif kind in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif kind == "image":
            parts.append(child.content)
            if child.attrs.get("src"):
                links.append(str(child.attrs["src"]))
        elif kind == "link_open":
            links.append(str(child.attrs.get("href", "")))
    return "".join(parts), links


# ------------------------------------------------------------------------------- alignment
class Alignment(list):
    """Rows ``(source block or None, target block or None)`` in the order of both bodies.

    A block split in two by the translator appears in two consecutive rows, once with each part
    (``(a, b1), (a, b2)``). ``costs`` holds each row's mismatch cost (0 = clearly the same block);
    ``reliable`` says whether block-by-block comparisons can be trusted for this pair.
    """

    def __init__(self, rows: Iterable[tuple[Block | None, Block | None]] = (), costs: Iterable[float] = (),
                 sizes: tuple[int, int] = (0, 0)) -> None:
        super().__init__(rows)
        self.costs: list[float] = list(costs)
        self.sizes = sizes

    @property
    def reliable(self) -> bool:
        matched = [cost for (a, b), cost in zip(self, self.costs) if a is not None and b is not None]
        if not matched:
            return False
        matched_source = {a.index for a, b in self if a is not None and b is not None}
        matched_target = {b.index for a, b in self if a is not None and b is not None}
        total_source, total_target = self.sizes
        coverage = min(len(matched_source) / max(1, total_source), len(matched_target) / max(1, total_target))
        return coverage >= 0.8 and sum(matched) / len(matched) <= 0.9

    def partners(self, side: int, block: Block) -> list[Block]:
        """The blocks of the other side lined up with ``block`` (side 0 = source, 1 = target)."""
        return list(self._partners[side].get(block.index, ()))

    @cached_property
    def _partners(self) -> tuple[dict[int, list[Block]], dict[int, list[Block]]]:
        # Read once per block by the checks: a scan of every row each time was quadratic in the
        # blocks (minutes for a pasted document of 100,000). Rows are never changed once aligned.
        found: tuple[dict[int, list[Block]], dict[int, list[Block]]] = ({}, {})
        for a, b in self:
            if a is not None and b is not None:
                found[0].setdefault(a.index, []).append(b)
                found[1].setdefault(b.index, []).append(a)
        return found

    def innermost_at(self, side: int, line: int) -> Block | None:
        """The block of ``side`` covering body line ``line`` that starts last (nested list items are
        blocks of their own, inside their parent's lines); None on a line outside every block.

        Asked at each move of the cursor: a scan of every row took 20 ms in a pasted document of
        100,000 blocks. Blocks in order of their start, with the furthest end reached so far: the
        search goes back from the last block starting at or before the line only while an earlier
        block still reaches past it."""
        starts, blocks, reach = self._by_start[side]
        index = bisect_right(starts, line) - 1
        while index >= 0 and reach[index] > line:
            found = blocks[index]
            if line < found.end:
                # The first found going back starts last; of the blocks starting there, the first row's
                # (as a scan of the rows chose).
                start, index = found.start, index - 1
                while index >= 0 and blocks[index].start == start:
                    if line < blocks[index].end:
                        found = blocks[index]
                    index -= 1
                return found
            index -= 1
        return None

    @cached_property
    def _by_start(self) -> tuple[tuple[list[int], list[Block], list[int]], ...]:
        found = []
        for side in (0, 1):
            blocks = sorted({id(row[side]): row[side] for row in self if row[side] is not None}.values(),
                            key=lambda block: block.start)
            reach, furthest = [], -1
            for block in blocks:
                furthest = max(furthest, block.end)
                reach.append(furthest)
            found.append(([block.start for block in blocks], blocks, reach))
        return tuple(found)

    def groups(self) -> list[tuple[list[Block], list[Block]]]:
        """Rows joined where a block was split: ``([a], [b1, b2])`` instead of two rows."""
        groups: list[tuple[list[Block], list[Block]]] = []
        for a, b in self:
            if groups and ((a is not None and any(x.index == a.index for x in groups[-1][0]))
                           or (b is not None and any(y.index == b.index for y in groups[-1][1]))):
                if a is not None and all(x.index != a.index for x in groups[-1][0]):
                    groups[-1][0].append(a)
                if b is not None and all(y.index != b.index for y in groups[-1][1]):
                    groups[-1][1].append(b)
                continue
            groups.append(([a] if a is not None else [], [b] if b is not None else []))
        return groups


def align_bodies(source_body: str, target_body: str) -> Alignment:
    return align(split_blocks(source_body), split_blocks(target_body))


def align(source: list[Block], target: list[Block]) -> Alignment:
    """Line up two bodies' blocks: sections first (by level, shape and place), then the blocks
    between two matched headings in order.

    The rows of the last pairs of bodies are kept (by the blocks' values): the XLIFF import lines
    up the pair its export lined up, and segment verification lines up every pair again each time
    a site is verified from scratch (the real site's XLIFF round trip aligned 532 times for 200
    distinct pairs of bodies). A new :class:`Alignment` of the caller's own blocks every time."""
    if len(source) + len(target) > _KEPT_ALIGNMENT_BLOCKS:
        return _align(source, target)
    rows, costs = _aligned(tuple(source), tuple(target), matching._FULL_ALIGNMENT_CELLS)
    return Alignment([(source[a] if a >= 0 else None, target[b] if b >= 0 else None) for a, b in rows], costs,
                     (len(source), len(target)))


@lru_cache(maxsize=128)
def _aligned(source: tuple[Block, ...], target: tuple[Block, ...],
             _cells: int) -> tuple[tuple[tuple[int, int], ...], tuple[float, ...]]:
    """:func:`align`'s rows as positions in ``source`` and ``target`` (-1: no block), and their
    costs. ``_cells``: the size from which alignment takes its banded path, part of the key."""
    alignment = _align(list(source), list(target))
    where = ({id(block): number for number, block in enumerate(source)},
             {id(block): number for number, block in enumerate(target)})
    return (tuple((-1 if a is None else where[0][id(a)], -1 if b is None else where[1][id(b)]) for a, b in alignment),
            tuple(alignment.costs))


def _align(source: list[Block], target: list[Block]) -> Alignment:
    source_pos, target_pos = positions(source), positions(target)
    anchors = align_headings(source, target, source_pos, target_pos)
    rows: list[tuple[Block | None, Block | None]] = []
    costs: list[float] = []
    previous = (0, 0)
    home = (-1, -1)
    expected = expected_ratio(source, target)
    for i, j in anchors + [(len(source), len(target))]:
        region_rows, region_costs = align_region(source[previous[0]:i], target[previous[1]:j], home, expected)
        rows += region_rows
        costs += region_costs
        if i < len(source):
            rows.append((source[i], target[j]))
            costs.append(match_cost(profile(source[i]), profile(target[j]), 0.0))
        previous = (i + 1, j + 1)
        home = (i, j)
    return Alignment(rows, costs, (len(source), len(target)))


# ------------------------------------------------------------------------ for the window
def block_at(blocks: list[Block], line: int) -> Block | None:
    """The block covering body line ``line`` (0-based), or None on a blank line."""
    for block in blocks:
        if block.start <= line < block.end:
            return block
    return None


def counterpart_range(alignment: Alignment, side: int, line: int) -> tuple[int, int] | None:
    """Body lines ``(start, end)`` on the other side matching the block at ``line`` on ``side``.

    ``side`` is 0 for the alignment's source body, 1 for its target body. Nested list items are
    blocks of their own, so the innermost block at the line wins. None when the line is not in a
    block or its block has no counterpart.
    """
    block = alignment.innermost_at(side, line)
    if block is None:
        return None
    partners = alignment.partners(side, block)
    if not partners:
        return None
    return min(b.start for b in partners), max(b.end for b in partners)


def unmatched_blocks(alignment: Alignment, side: int) -> list[Block]:
    """Blocks present on one side only (for a gutter mark)."""
    other = 1 - side
    matched = {row[side].index for row in alignment if row[side] is not None and row[other] is not None}
    return [row[side] for row in alignment if row[side] is not None and row[side].index not in matched]


def scroll_anchors(alignment: Alignment) -> list[tuple[int, int]]:
    """Pairs of body lines (source, target) that show the same content, increasing on both sides."""
    anchors = [(0, 0)]
    for a, b in alignment:
        if a is None or b is None:
            continue
        if a.start > anchors[-1][0] and b.start > anchors[-1][1]:
            anchors.append((a.start, b.start))
    return anchors


def map_line(anchors: list[tuple[int, int]], line: float, side: int = 0) -> float:
    """The line of the other side matching ``line`` of ``side``, interpolated between anchors."""
    keys = [anchor[side] for anchor in anchors]
    position = bisect_right(keys, line) - 1
    if position < 0:
        return float(anchors[0][1 - side])
    here = anchors[position]
    if position + 1 >= len(anchors):
        return here[1 - side] + (line - here[side])
    after = anchors[position + 1]
    span = after[side] - here[side]
    fraction = (line - here[side]) / span if span else 0.0
    return here[1 - side] + fraction * (after[1 - side] - here[1 - side])


def replace_block_text(body: str, block: Block, new_text: str) -> str:
    """``body`` with the text of ``block`` replaced, keeping its ``##``, list marker and indentation.

    ``new_text`` is inline Markdown; its line breaks become continuation lines indented like the
    block's text (see :func:`fit_block_text`). The window asks before calling this on a block that
    already holds text.
    """
    new_text = fit_block_text(block.kind, new_text)
    lines = body_lines(body)
    first = lines[block.content_line]
    prefix = first[: block.content_column]
    last = block.content_line
    if block.kind in TEXT_KINDS:
        last = max(block.content_line, block.end - 1)
        if block.kind == "heading" and block.end - block.start == 2 and _is_setext_underline(lines[block.end - 1]):
            last = block.end - 2  # keep a setext heading's underline
    indent = " " * len(prefix) if block.kind == "item" else ""
    replacement = [prefix + line if number == 0 else indent + line for number, line in enumerate(new_text.split("\n"))]
    lines[block.content_line:last + 1] = replacement
    return _newline(body).join(lines)


def fit_block_text(kind: str, text: str) -> str:
    """``text`` as a block of ``kind`` can hold it and stay one block: a heading's lines joined (a
    line break would end it, the rest becoming a paragraph), another block's blank lines left out
    (a blank line would end it, making two blocks where the other language has one)."""
    if kind == "heading":
        return on_one_line(text)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")  # a CR is a line break: the file's own
    return "\n".join(line for line in lines if line.strip())


def insert_block_after(body: str, block: Block | None, markdown: str) -> str:
    """``body`` with ``markdown`` (a whole block, e.g. ``"- item"`` or ``"## Title"``) added after
    ``block`` (at the top when None), separated by a blank line like the site's files."""
    lines = body_lines(body)
    at = 0 if block is None else block.end
    new_lines = markdown.split("\n")
    if block is None or block.kind != "item":  # an item goes straight under the previous one
        if at > 0 and lines[at - 1].strip():
            new_lines = [""] + new_lines
        if at < len(lines) and lines[at].strip():
            new_lines = new_lines + [""]
    lines[at:at] = new_lines
    return _newline(body).join(lines)


def _is_setext_underline(line: str) -> bool:
    return bool(re.fullmatch(r" {0,3}(=+|-+)[ \t]*", line))


def _newline(body: str) -> str:
    match = _LINE_END.search(body)
    return match.group(0) if match else "\n"
