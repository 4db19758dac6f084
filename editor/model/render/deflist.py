"""Definition lists the way Goldmark's extension reads them.

mdit-py-plugins' deflist follows pandoc: one term line, ``:`` or ``~`` markers
indented up to three spaces, tightness decided for the whole list.  Goldmark
(extension/definition_list.go) differs, and Hugo's output shows it:

* the term is the whole paragraph before the ``:`` line, each of its lines
  becoming its own ``<dt>``;
* the marker is ``:`` at the container's own indentation, followed by at
  least one space;
* a description is tight unless a blank line precedes its ``:`` line, and a
  tight description shows its paragraphs without ``<p>``;
* a later paragraph followed by ``:`` (or a ``:`` after blank lines) extends
  the list just closed instead of starting a new one.

The rule runs before markdown-it's paragraph rule and may interrupt a
paragraph; the term paragraph has already been emitted then, so it is turned
into ``dt`` tokens in place.
"""

from __future__ import annotations

from collections.abc import Callable

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock


def deflist_plugin(md: MarkdownIt, table_header: Callable[[str], int | None] | None = None) -> None:
    """``table_header`` gives the line of a paragraph's text that would head a table, or None."""

    def deflist(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
        return _deflist(state, start_line, end_line, silent, table_header)

    # before lheading: a ":" line followed by "-" is a description, not a setext heading
    md.block.ruler.before("lheading", "gm_deflist", deflist, {"alt": ["paragraph"]})
    md.add_render_rule("dd_open", _render_dd_open)


def _render_dd_open(self: object, tokens: list, idx: int, options: object, env: object) -> str:
    # Goldmark breaks the line after <dd> only for a loose description, whatever follows.
    return "<dd>" if tokens[idx].meta.get("tight") else "<dd>\n"


def _marker_content(state: StateBlock, line: int) -> tuple[int, int, int] | None:
    """Where the description after ``:`` starts: (position, column, content offset), or None.

    Inside a description the marker may sit at the enclosing list's
    indentation, which closes the description (Goldmark checks new blocks
    before it takes a line as a lazy paragraph continuation).
    """
    indent = state.sCount[line]
    if indent != state.blkIndent and indent not in getattr(state, "_gm_dl_indents", ()):
        return None
    pos = state.bMarks[line] + state.tShift[line]
    end = state.eMarks[line]
    if pos >= end or state.src[pos] != ":":
        return None
    column = start_column = indent + 1
    pos += 1
    while pos < end and state.src[pos] in " \t":
        column += 4 - (column + state.bsCount[line]) % 4 if state.src[pos] == "\t" else 1
        pos += 1
    width = column - start_column
    if width < 1:
        return None
    # with 8 columns or more the description starts with indented code
    offset = start_column + (5 if width >= 8 else width)
    return pos, column, offset


def _deflist(
    state: StateBlock,
    start_line: int,
    end_line: int,
    silent: bool,
    table_header: Callable[[str], int | None] | None,
) -> bool:
    found = _marker_content(state, start_line)
    if found is None:
        return False
    if silent:
        return True
    tokens = state.tokens
    level = state.level
    if (
        len(tokens) >= 3
        and tokens[-1].type == "paragraph_close"
        and tokens[-3].type == "paragraph_open"
        and tokens[-3].level == level
    ):
        term = tokens[-2]
        lines = term.content.split("\n")
        extends = len(tokens) > 3 and tokens[-4].type == "dl_close" and tokens[-4].level == level
        # A paragraph that extends the list just closed is taken whole, with no table test.
        header = table_header(term.content) if table_header is not None and not extends else None
        if header is not None:
            # Goldmark closes the paragraph through a path that skips the
            # delimiter row's indentation test: let the table rule skip it too.
            term.meta.pop("gm_indents", None)
            if header == 0:
                return False  # the table took every line: no term, no list
            # the table stays (first, as in Goldmark's tree) and the lines above its header are the terms
            term.content = "\n".join(lines[header:])
            lines = lines[:header]
            opening = state.push("dl_open", "dl", 1)
            opening.map = [start_line, 0]
        else:
            del tokens[-3:]
            if tokens and tokens[-1].type == "dl_close" and tokens[-1].level == level:
                tokens.pop()
                state.level += 1
            else:
                opening = state.push("dl_open", "dl", 1)
                opening.map = [term.map[0] if term.map else start_line, 0]
        for text in lines:
            dt = state.push("dt_open", "dt", 1)
            dt.map = term.map
            inline = state.push("inline", "", 0)
            inline.content = text.strip(" \t")
            inline.map = term.map
            inline.children = []
            state.push("dt_close", "dt", -1)
    elif tokens and tokens[-1].type == "dl_close" and tokens[-1].level == level:
        tokens.pop()
        state.level += 1
    else:
        return False
    _description(state, start_line, end_line, *found)
    state.push("dl_close", "dl", -1)
    return True


def _description(
    state: StateBlock, line: int, end_line: int, content_pos: int, column: int, offset: int
) -> None:
    tight = not (line > 0 and state.isEmpty(line - 1))
    opening = state.push("dd_open", "dd", 1)
    opening.map = [line, 0]
    opening.meta = {"tight": tight}
    first_token = len(state.tokens)

    saved = (state.blkIndent, state.tShift[line], state.sCount[line], state.tight, state.parentType)
    indents = getattr(state, "_gm_dl_indents", ())
    state._gm_dl_indents = (*indents, state.blkIndent)  # type: ignore[attr-defined]
    state.blkIndent = offset
    state.tShift[line] = content_pos - state.bMarks[line]
    state.sCount[line] = column
    state.parentType = "deflist"
    state.md.block.tokenize(state, line, end_line)
    state.blkIndent, state.tShift[line], state.sCount[line], state.tight, state.parentType = saved
    state._gm_dl_indents = indents  # type: ignore[attr-defined]

    if tight:
        # Goldmark swaps the first paragraph for a bare text block and, as it
        # loses its place in the sibling chain doing so, stops there.
        inner = opening.level + 1
        tokens = state.tokens
        for i in range(first_token, len(tokens)):
            if tokens[i].level == inner and tokens[i].type == "paragraph_open":
                tokens[i].hidden = True
                j = i + 1
                while tokens[j].type != "paragraph_close" or tokens[j].level != inner:
                    j += 1
                tokens[j].hidden = True
                break
    opening.map[1] = state.line
    state.push("dd_close", "dd", -1)
