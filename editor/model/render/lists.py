"""Goldmark's reading of an empty list item followed by an indented list line.

CommonMark (and markdown-it) nest ``- e`` inside the empty item in::

    -
      - e

Goldmark's list parser first asks whether a line continuing a list whose
last item is still empty starts an item of its own (parser/list.go, "Empty
list items like ... must be rendered as a list"): with the same marker the
line becomes the next item of the same list, with another marker it closes
the list and starts a new one.  Hugo's output shows both.  This core rule
moves the nested list's tokens accordingly when the empty item holds nothing
but that list.
"""

from __future__ import annotations

import re

from markdown_it.rules_core import StateCore
from markdown_it.token import Token

_EMPTY_ITEM_LINE = re.compile(r"[ \t>]*(?:[-+*]|[0-9]{1,9}[.)])[ \t]*\Z")
_LISTS = ("bullet_list_open", "ordered_list_open")
_QUOTE_PREFIX = re.compile(r"(?:[ ]{0,3}>[ ]?)*")


def _indent(line: str) -> int:
    """Columns of indentation after any blockquote markers, tabs to multiples of four."""
    return indent_columns(line[_QUOTE_PREFIX.match(line).end() :])  # type: ignore[union-attr]


def indent_columns(text: str) -> int:
    """Columns of ``text``'s leading spaces and tabs, a tab reaching the next multiple of four."""
    column = 0
    for ch in text:
        if ch == " ":
            column += 1
        elif ch == "\t":
            column += 4 - column % 4
        else:
            break
    return column


def _close_index(tokens: list[Token], start: int) -> int:
    """Index of the token closing ``tokens[start]``."""
    depth = 0
    for index in range(start, len(tokens)):
        depth += tokens[index].nesting
        if depth == 0:
            return index
    return len(tokens) - 1


def _marker_kind(token: Token) -> tuple[str, str]:
    """List type and marker (``-``, ``*``, ``+``, or ``.``/``)`` for ordered lists)."""
    return token.type, token.markup


def empty_items_rule(state: StateCore) -> None:
    tokens = state.tokens
    if not any(t.type == "list_item_open" for t in tokens):
        return
    lines = state.src.split("\n")
    # open lists as (token index, column where their container's content starts)
    stack: list[tuple[int, int]] = []
    items: list[int] = []  # indices of the open list items
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.type in _LISTS:
            stack.append((i, _content_column(tokens[items[-1]], lines) if items else 0))
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            stack.pop()
        elif token.type == "list_item_close":
            items.pop()
        elif token.type == "list_item_open":
            items.append(i)
            if stack and _starts_sibling(tokens, i, lines, stack[-1][1]):
                nested_end = _close_index(tokens, i + 1)
                if tokens[nested_end + 1].type == "list_item_close":
                    items.pop()
                    _hoist(tokens, stack[-1][0], i, nested_end)
                    continue  # look at the same item again: it is empty now
        i += 1


def _starts_sibling(tokens: list[Token], i: int, lines: list[str], container: int) -> bool:
    """Whether Goldmark reads the list nested in empty item ``i`` as items of the enclosing list."""
    item, nested = tokens[i], tokens[i + 1]
    return (
        nested.type in _LISTS
        and item.map is not None
        and nested.map is not None
        and nested.map[0] == item.map[0] + 1
        and item.map[0] + 1 < len(lines)
        and _EMPTY_ITEM_LINE.match(lines[item.map[0]]) is not None
        and _indent(lines[item.map[0] + 1]) - container < 4
    )


_ITEM_START = re.compile(r"([ \t]*)([-+*]|[0-9]{1,9}[.)])([ \t]*)")


def _content_column(item: Token, lines: list[str]) -> int:
    """Column where the text of a list item starts (relative to any blockquote markers)."""
    if item.map is None or item.map[0] >= len(lines):
        return 0
    line = lines[item.map[0]]
    line = line[_QUOTE_PREFIX.match(line).end() :]  # type: ignore[union-attr]
    m = _ITEM_START.match(line)
    if m is None:
        return 0
    spaces = len(m.group(3))
    return len(m.group(1)) + len(m.group(2)) + (spaces if 1 <= spaces <= 4 else 1)


def _hoist(tokens: list[Token], parent: int, item: int, nested_end: int) -> None:
    nested = tokens[item + 1 : nested_end + 1]
    for token in nested:
        token.level -= 2
    del tokens[item + 1 : nested_end + 1]  # the item is now empty: open, close
    after_item = item + 2
    if _marker_kind(tokens[parent]) == _marker_kind(nested[0]):
        # same kind of list: its items continue the parent list
        tokens[after_item:after_item] = nested[1:-1]
        return
    # another marker: the parent list ends here and the nested one follows it
    parent_close = _close_index(tokens, parent)
    rest = tokens[after_item:parent_close]
    closing = tokens[parent_close]
    reopened: list[Token] = []
    if rest:
        # the parent's remaining items form a list of their own after the nested one
        reopen = Token(tokens[parent].type, tokens[parent].tag, 1)
        reclose = Token(closing.type, closing.tag, -1)
        for copy, original in ((reopen, tokens[parent]), (reclose, closing)):
            copy.markup, copy.level, copy.block = original.markup, original.level, True
        reopened = [reopen, *rest, reclose]
        tokens[after_item : parent_close + 1] = [closing, *nested, *reopened]
        return
    following = parent_close + 1
    if following < len(tokens) and _marker_kind(tokens[following]) == _marker_kind(nested[0]):
        # a list with the nested list's marker right after: Goldmark continues it
        tokens[after_item : following + 1] = [closing, *nested[:-1]]
    else:
        tokens[after_item : parent_close + 1] = [closing, *nested]
