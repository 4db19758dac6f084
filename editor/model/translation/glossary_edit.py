"""Minimal edits of a glossary file: only the lines of the entries added, changed or removed.

A terminologist's file has comments, blank lines between groups, a quoting style and a key
order of its own; a save from the window must leave all of that as it was. The entries are
found in the text through the YAML parser's node positions; an entry kept as it was keeps its
bytes, a changed one has its own lines written again, a removed one loses its lines, and a new
one is written after the entry it follows. The result is read again and accepted only when it
gives exactly the data expected; otherwise the caller writes the whole file as before.
"""

from __future__ import annotations

import re
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
class _Span:
    start: int  # the start of the item's first line
    end: int  # just past the line break of its last line
    indent: str  # before its dash


def edited(text: str, steps: list[Step], count: int, reads_as: Any) -> str | None:
    """``text`` with its term sequence changed as ``steps`` say (each item as read not named in
    them is removed; ``count`` is how many the file had), or None when it cannot be done by
    line edits or would not read back as data equal to ``reads_as``."""
    spans = _item_spans(text, count)
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
        replaced[last] = None if step.data is None else _rendered(step.data, spans[last].indent, newline)
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
    result = "".join(pieces)
    try:
        if load_data(result, lenient=True) != reads_as:
            return None
    except (YamlError, RecursionError, ValueError):
        return None
    return result


def _item_spans(text: str, count: int) -> list[_Span] | None:
    """Where each item of the glossary's sequence of terms is, as whole lines."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except (yaml.YAMLError, RecursionError, ValueError):
        return None
    sequence = _terms_node(root)
    if sequence is None or sequence.flow_style or len(sequence.value) != count:
        return None
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
        spans.append(_Span(line_start, line_end, lead.group(1)))
    return spans


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


def _rendered(data: object, indent: str, newline: str) -> str:
    dumped = yaml.dump([data], Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    return "".join((indent + line if line else line) + newline for line in dumped.splitlines())


class _Dumper(yaml.SafeDumper):
    """Block mappings, and a list of forms on one line, as the glossary's documentation writes them."""

    def represent_list(self, data: Any) -> yaml.SequenceNode:
        node = super().represent_list(data)
        node.flow_style = all(isinstance(item, yaml.ScalarNode) for item in node.value) and len(node.value) > 0
        return node


_Dumper.add_representer(list, _Dumper.represent_list)
