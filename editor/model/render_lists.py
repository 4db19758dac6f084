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


def _indent(line: str) -> int:
    stripped = line.lstrip(" >")
    body = line[: len(line) - len(stripped)]
    return len(body) - body.rfind(">") - 1 if ">" in body else len(body)


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
    stack: list[int] = []  # indices of the open lists
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.type in _LISTS:
            stack.append(i)
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            stack.pop()
        elif (
            token.type == "list_item_open"
            and stack
            and tokens[i + 1].type in _LISTS
            and token.map
            and tokens[i + 1].map
            and tokens[i + 1].map[0] == token.map[0] + 1  # type: ignore[index]
            and token.map[0] < len(lines)
            and _EMPTY_ITEM_LINE.match(lines[token.map[0]])
            and _indent(lines[token.map[0] + 1]) - _indent(lines[token.map[0]]) < 4
        ):
            nested_end = _close_index(tokens, i + 1)
            if tokens[nested_end + 1].type == "list_item_close":
                _hoist(tokens, stack[-1], i, nested_end)
                continue  # look at the same item again: it is empty now
        i += 1


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
