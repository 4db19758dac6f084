"""Minimal edits of a glossary file: only the lines of the entries added, changed or removed.

A terminologist's file has comments, blank lines between groups, a quoting style and a key
order of its own; a save from the window must leave all of that as it was. The entries are
found in the text through the YAML parser's node positions; an entry kept as it was keeps its
bytes, a changed one has its own lines written again, a removed one loses its lines, and a new
one is written after the entry it follows. The comments written in a changed entry's lines are the
terminologist's words: they come back beside (or above) the same field, and an entry written on one
line in flow style (``- {en: …, fr: …}  # note``) is changed within its braces. The result is read
again and accepted only when it gives exactly the data expected; otherwise the caller writes the
whole file as before.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import yaml

from editor.model.frontmatter.yaml_safe import YamlError, load_data

_ITEM_LEAD = re.compile(r"( *)- +")  # what is before an entry on its first line: indentation and dash


@dataclass(frozen=True)
class Step:
    """One item of the sequence to write: ``place`` in the text as read (None for a new item);
    ``data`` to write, or None to keep the item's lines as they are."""

    place: int | None
    data: object | None


@dataclass(frozen=True)
class _Comment:
    field: str | None  # the entry's field it was written beside or above (None: no field)
    text: str  # from its "#" to the end of its line
    gap: str  # the spaces before it ("" on a line of its own)


@dataclass(frozen=True)
class _Span:
    start: int  # the start of the item's first line
    end: int  # just past the line break of its last line
    indent: str  # before its dash
    comments: tuple[_Comment, ...] = ()
    flow: tuple[int, int] | None = None  # the item's own text, when it is a flow mapping on one line
    fields: tuple[str, ...] = ()  # its keys, in their order


def edited(text: str, steps: list[Step], count: int, reads_as: Any) -> str | None:
    """``text`` with its term sequence changed as ``steps`` say (each item as read not named in
    them is removed; ``count`` is how many the file had), or None when it cannot be done by
    line edits or would not read back as data equal to ``reads_as``."""
    try:
        sequence = _terms_node(yaml.compose(text, Loader=yaml.SafeLoader))
    except (yaml.YAMLError, RecursionError, ValueError):
        return None
    if sequence is None or len(sequence.value) != count:
        return None
    if sequence.flow_style:
        return _checked(_flow_edited(text, sequence, steps), reads_as)
    spans = _item_spans(text, sequence)
    if spans is None or not spans:
        return None  # no entry to place new lines against: the whole file is written instead
    newline = "\r\n" if "\r\n" in text else "\n"
    replaced: dict[int, str | None] = {}
    inserted: dict[int, list[str]] = {}
    last = -1
    for step in steps:
        if step.place is None:
            indent = spans[max(last, 0)].indent
            inserted.setdefault(last, []).append(_rendered(step.data, indent, newline))
            continue
        if step.place <= last or step.place >= len(spans):
            return None  # entries moved: line edits would not keep the order
        last = step.place
        replaced[last] = None if step.data is None else _replaced(text, spans[last], step.data, newline)
    pieces, position = [], 0
    if -1 in inserted:
        pieces += [text[: spans[0].start], *inserted[-1]]
        position = spans[0].start
    for index, span in enumerate(spans):
        pieces.append(text[position : span.start])  # comments and blank lines between entries stay
        if index in replaced:
            pieces.append(text[span.start : span.end] if replaced[index] is None else replaced[index] or "")
        position = span.end
        if index in inserted:
            if not text[: span.end].endswith("\n"):
                pieces.append(newline)  # the file ended without a line break after this entry
            pieces += inserted[index]
    pieces.append(text[position:])
    return _checked("".join(pieces), reads_as)


def _checked(result: str | None, reads_as: Any) -> str | None:
    """``result`` when it reads back as ``reads_as``."""
    if result is None:
        return None
    try:
        if load_data(result, lenient=True) != reads_as:
            return None
    except (YamlError, RecursionError, ValueError):
        return None
    return result


def _flow_edited(text: str, sequence: yaml.SequenceNode, steps: list[Step]) -> str | None:
    """A sequence written in flow style (``terms: [{…}, {…}]``, or JSON): each changed entry is written
    again within its own braces, so the commas, line breaks and comments around it stay. An entry
    added or removed, or one whose own text holds a comment, is left to the whole file's writing."""
    if len(steps) != len(sequence.value) or any(step.place != place for place, step in enumerate(steps)):
        return None
    pieces, position = [], 0
    for step, node in zip(steps, sequence.value):
        if step.data is None:
            continue
        start, end = int(node.start_mark.index), int(node.end_mark.index)
        covered = list(_scalar_ranges(text, node))
        if _comment_start(text, start, end, covered) is not None:
            return None
        own = _flow_text(step.data, json_style=text.startswith('{"', start))
        if own is None:
            return None
        pieces += [text[position:start], own]
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _flow_text(data: object, *, json_style: bool = False) -> str | None:
    """``data`` on one line in flow style: as JSON when the entry was written so, when it can be."""
    if json_style:
        try:
            return json.dumps(data, ensure_ascii=False)
        except (TypeError, ValueError):
            pass  # a value JSON has no type for (a date): YAML's flow style says it
    one_line = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1_000_000,
                         default_flow_style=True).rstrip("\n")
    return None if "\n" in one_line else one_line


def _item_spans(text: str, sequence: yaml.SequenceNode) -> list[_Span] | None:
    """Where each item of the glossary's (block) sequence of terms is, as whole lines."""
    spans: list[_Span] = []
    for node in sequence.value:
        start = node.start_mark.index
        line_start = text.rfind("\n", 0, start) + 1
        lead = _ITEM_LEAD.fullmatch(text, line_start, start)
        if lead is None:
            return None  # the dash on a line of its own, or after something else
        end = _end_of(node)
        line_break = text.rfind("\n", 0, end)
        if line_break >= start and not text[line_break + 1 : end].strip(" "):
            line_end = line_break + 1  # a block scalar's end is after its line break
        else:
            found = text.find("\n", end)
            line_end = len(text) if found < 0 else found + 1
            rest = text[end:line_end].strip()
            if rest and not rest.startswith("#"):
                return None
        if spans and line_start < spans[-1].end:
            return None
        flow = None
        if isinstance(node, yaml.MappingNode) and node.flow_style and node.start_mark.line == node.end_mark.line:
            flow = (start, int(node.end_mark.index))
        fields = tuple(str(key.value) for key, _value in node.value) if isinstance(node, yaml.MappingNode) else ()
        spans.append(_Span(line_start, line_end, lead.group(1), _comments(text, node, line_start, line_end), flow,
                           fields))
    return spans


def _comments(text: str, node: yaml.Node, start: int, end: int) -> tuple[_Comment, ...]:
    """The comments in the lines ``start``–``end`` of the item ``node``, each with the field it goes
    with: the one whose key is on its line (the first of them), else the one above it; a comment
    on a line of its own goes with the field below it."""
    covered = list(_scalar_ranges(text, node))
    keys = [(key.start_mark.index, str(key.value)) for key, _value in node.value
            if isinstance(key, yaml.ScalarNode)] if isinstance(node, yaml.MappingNode) else []
    found = []
    line = start
    while line < end:
        line_end = text.find("\n", line, end)
        line_end = end if line_end < 0 else line_end
        content_end = line_end - 1 if text[line:line_end].endswith("\r") else line_end
        hash_at = _comment_start(text, line, content_end, covered)
        if hash_at is not None:
            before = text[line:hash_at]
            comment = text[hash_at:content_end].rstrip(" \t")
            if not before.strip():
                below = [name for at, name in keys if at >= line_end]
                above = [name for at, name in keys if at < line]
                found.append(_Comment(below[0] if below else (above[-1] if above else None), comment, ""))
            else:
                here = [name for at, name in keys if line <= at < line_end]
                above = [name for at, name in keys if at < line]
                owner = here[0] if here else (above[-1] if above else None)
                found.append(_Comment(owner, comment, before[len(before.rstrip(" \t")):] or " "))
        line = line_end + 1
    return tuple(found)


def _scalar_ranges(text: str, node: yaml.Node) -> Iterator[tuple[int, int]]:
    """Where the scalars (keys and values) of ``node`` are: a "#" there is not a comment."""
    stack = [node]
    while stack:
        one = stack.pop()
        if isinstance(one, yaml.ScalarNode):
            start, end = int(one.start_mark.index), int(one.end_mark.index)
            if one.style in ("|", ">"):
                # Its header (">-", "|2") may be followed by a comment; its content lines may not.
                header_end = text.find("\n", start, end)
                header = re.match(r"[|>][-+0-9]*", text[start:end])
                yield start, start + (len(header.group()) if header else 1)
                if header_end >= 0:
                    yield header_end, end
            else:
                yield start, end
        elif isinstance(one, yaml.MappingNode):
            stack += [part for pair in one.value for part in pair]
        elif isinstance(one, yaml.SequenceNode):
            stack += one.value


def _comment_start(text: str, start: int, end: int, covered: list[tuple[int, int]]) -> int | None:
    hash_at = text.find("#", start, end)
    while hash_at >= 0:
        if (hash_at == start or text[hash_at - 1] in " \t") and not any(a <= hash_at < b for a, b in covered):
            return hash_at
        hash_at = text.find("#", hash_at + 1, end)
    return None


def _terms_node(root: yaml.Node | None) -> yaml.SequenceNode | None:
    if isinstance(root, yaml.SequenceNode):
        return root
    if isinstance(root, yaml.MappingNode):
        found = [value for key, value in root.value if isinstance(key, yaml.ScalarNode) and key.value == "terms"]
        if len(found) == 1 and isinstance(found[0], yaml.SequenceNode):
            return found[0]
    return None


def _end_of(node: yaml.Node) -> int:
    """Where the last character of ``node``'s own text is (a block collection ends where its last
    value does; its end mark is often on the next item's line)."""
    while isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and not node.flow_style and node.value:
        last = node.value[-1]
        node = last[1] if isinstance(node, yaml.MappingNode) else last
    return int(node.end_mark.index)


def _replaced(text: str, span: _Span, data: object, newline: str) -> str:
    """The new lines of the item at ``span``, with its comments."""
    if span.flow is not None:
        one_line = _flow_text(data)
        if one_line is not None:
            return text[span.start : span.flow[0]] + one_line + text[span.flow[1] : span.end]
    return _rendered(data, span.indent, newline, span)


def _rendered(data: object, indent: str, newline: str, old: _Span | None = None) -> str:
    dumped = yaml.dump([data], Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    lines = dumped.splitlines()
    if old is not None and old.comments:
        lines = _commented(lines, data, old.comments, old.fields)
    return "".join((indent + line if line else line) + newline for line in lines)


def _commented(lines: list[str], data: object, comments: tuple[_Comment, ...], order: tuple[str, ...]) -> list[str]:
    """``lines`` (an item as dumped) with ``comments`` beside or above their fields: a comment
    at the end of a field's line goes at the end of that field's line again (the end of its last
    line when a plain or quoted value runs over several); one more than its line can take goes on
    a line of its own above its field; the comment of a field no longer there (``order``: the
    fields as they were) goes on a line of its own where the field was. When that would not read
    back as ``data``, all of them go above the item."""
    mapping = yaml.compose("\n".join(lines), Loader=yaml.SafeLoader)
    fields: dict[str, tuple[int, int]] = {}  # field -> (its key's line, the line where a comment can end it)
    if isinstance(mapping, yaml.SequenceNode) and mapping.value and isinstance(mapping.value[0], yaml.MappingNode):
        for key, value in mapping.value[0].value:
            end_line = key.start_mark.line
            if isinstance(value, yaml.ScalarNode) and value.style not in ("|", ">"):
                end_line = value.end_mark.line
            elif isinstance(value, (yaml.SequenceNode, yaml.MappingNode)) and value.flow_style:
                end_line = value.end_mark.line
            fields.setdefault(str(key.value), (key.start_mark.line, end_line))
    above: dict[int, list[str]] = {}
    ends: dict[int, str] = {}
    for comment in comments:
        key_line, end_line = fields.get(comment.field or "", (0, -1))
        if comment.field is not None and comment.field not in fields:
            following = order[order.index(comment.field) + 1:] if comment.field in order else ()
            key_line = next((fields[name][0] for name in following if name in fields), len(lines))
            end_line = -1
        if comment.gap and end_line >= 0 and end_line not in ends:
            ends[end_line] = comment.gap + comment.text
        else:
            column = 2 if key_line else 0  # a field's, after "- "; the item's dash on its first line
            above.setdefault(key_line, []).append(" " * column + comment.text)
    placed = [text for number, line in enumerate(lines)
              for text in (*above.get(number, ()), line + ends.get(number, ""))] + above.get(len(lines), [])
    if yaml.safe_load("\n".join(placed)) == [data]:
        return placed
    return [comment.text for comment in comments] + lines


class _Dumper(yaml.SafeDumper):
    """Block mappings, and a list of forms on one line, as the glossary's documentation writes them."""

    def represent_list(self, data: Any) -> yaml.SequenceNode:
        node = super().represent_list(data)
        node.flow_style = all(isinstance(item, yaml.ScalarNode) for item in node.value) and len(node.value) > 0
        return node


    def represent_text(self, data: str) -> yaml.ScalarNode:
        # A note of several lines as a literal block, as a person writes one (YAML falls back to
        # quotes when the text cannot be a block).
        return self.represent_scalar("tag:yaml.org,2002:str", data, style="|" if "\n" in data else None)


_Dumper.add_representer(list, _Dumper.represent_list)
_Dumper.add_representer(str, _Dumper.represent_text)
