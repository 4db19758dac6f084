"""Slips of the keyboard that a reviser fixes in either language: double spaces, a missing space
after a full stop, and Markdown that does not do what its writer meant.

- ``double-space``: two spaces between words. The page collapses them, but they show in the file,
  get copied into other documents and usually mark a deleted word;
- ``missing-space-after-stop``: ``stakeholders.Contribute`` — a full stop glued to the next
  sentence (web and e-mail addresses, file names, ``p.ex.``, ``e.g.``, decimals and names such as
  ``Node.JS`` never match: a lower-case word of two letters or more, a full stop, then a
  capitalised word);
- ``markdown-heading-space``: ``##Heading`` is a paragraph starting with hashes, not a heading;
- ``markdown-link-space``: ``[text] (https://…)`` is not a link: the brackets and address show;
- ``list-marker-missing``: a line between two items of a list, written as an item but without its
  ``-``/``*``/``1.``: it joins the item above instead of starting its own.

Code, addresses, link targets, HTML and shortcodes are never looked at (``translation.protect``).
"""

from __future__ import annotations

import re

from editor.model.findings import Finding, Severity
from editor.model.frontmatter.posting import Posting
from editor.model.translation.protect import Protected, protected_ranges

__all__ = ["check_slips", "slips"]

_LINE_END = re.compile(r"\r\n|\n|\r")
_DOUBLE = re.compile(r"(?<=\S)  +(?=\S)")  # between two words: indentation and hard breaks are Markdown
_STOP = re.compile(r"(?<![\w.@/-])[^\W\d_]*[a-zà-öø-ÿ]{2}\.(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?![\w.@/]))")
_HEADING = re.compile(r"^ {0,3}(#{2,6})(?=[^\s#])")
_LINK = re.compile(r"\[[^\]\n]+\] +\((?:https?://|mailto:|www\.|/|#)[^()\s]*\)")
_ITEM = re.compile(r"^( {0,3})([-*+]|\d{1,9}[.)])[ \t]+\S")
_TABLE_ROW = re.compile(r"^\s*\|")
_MARKER_ONLY = re.compile(r"^\s*(?:[-*+>]|\d{1,9}[.)])$")

# Each slip's message is in the findings catalogue (messages_en/messages_fr); these are its parameters.
_SEVERITY = {"double-space": Severity.INFO}


def slips(text: str, *, markdown: bool = True) -> list[tuple[int, int, str, dict]]:
    """(start, end, code, params) for each slip in ``text`` (Markdown, or a plain field value); the
    params of its catalogue message, ``in_where`` left empty (check_slips names the field)."""
    protected = protected_ranges(text, markdown=markdown)
    found: list[tuple[int, int, str, dict]] = []

    def add(start: int, end: int, code: str, **values: object) -> None:
        if not protected.touches(start, end):
            found.append((start, end, code, dict(values)))

    starts = [0] + [m.end() for m in _LINE_END.finditer(text)]
    lines = _LINE_END.split(text)
    for number, line in enumerate(lines):
        base = starts[number]
        if not (markdown and _TABLE_ROW.match(line)):  # table cells are padded on purpose
            for match in _DOUBLE.finditer(line):
                if markdown and _MARKER_ONLY.match(line[:match.start()]):
                    continue  # "-  item": the marker's own spacing
                add(base + match.start(), base + match.end(), "double-space", in_where="")
        for match in _STOP.finditer(line):
            end = match.end()
            following = re.match(r"[^\s]+", line[end:])
            add(base + end - 1, base + end, "missing-space-after-stop", in_where="",
                text=line[match.start():end] + (following.group(0) if following else ""))
        if not markdown:
            continue
        heading = _HEADING.match(line)
        if heading:
            add(base + heading.start(1), base + heading.end(1), "markdown-heading-space", in_where="", text=line.strip()[:40])
        for match in _LINK.finditer(line):
            # Protected ranges include "](…)" targets only when they parse as links; this one does not.
            if not protected.touches(base + match.start(), base + match.start() + 1):
                found.append((base + match.start(), base + match.end(), "markdown-link-space",
                              {"in_where": "", "text": match.group(0)[:60]}))
    if markdown:
        found += _unmarked_items(lines, starts, protected)
    return sorted(found)


def _unmarked_items(lines: list[str], starts: list[int], protected: Protected) -> list[tuple[int, int, str, dict]]:
    found: list[tuple[int, int, str, dict]] = []
    for number in range(1, len(lines) - 1):
        line = lines[number]
        before, after = _ITEM.match(lines[number - 1]), _ITEM.match(lines[number + 1])
        if not (before and after) or _ITEM.match(line) or not line.strip():
            continue
        # A wrapped item continues in lower case or indented; a forgotten marker starts like an item.
        if line[0].isspace() or not line[0].isupper():
            continue
        if before.group(1) != after.group(1) or _marker_kind(before.group(2)) != _marker_kind(after.group(2)):
            continue
        start = starts[number]
        if protected.touches(start, start + len(line)):
            continue
        marker = before.group(2) if not before.group(2)[0].isdigit() else "1."
        found.append((start, start + len(line), "list-marker-missing", {"in_where": "", "marker": marker}))
    return found


def _marker_kind(marker: str) -> str:
    return "number" if marker[0].isdigit() else marker


def check_slips(posting: Posting, file: str) -> list[Finding]:
    """The slips of a posting's body, title and description, at their places in the file."""
    if not posting.valid:
        return []
    found: list[Finding] = []
    body = posting.body
    starts = [0] + [m.end() for m in _LINE_END.finditer(body)]
    for start, _end, code, params in slips(body):
        line = _line_of(starts, start)
        found.append(Finding(file, posting.body_first_line + line, start - starts[line] + 1,
                             _SEVERITY.get(code, Severity.WARNING), code, params=params))
    for name in ("title", "description"):
        value = posting.get(name)
        if not isinstance(value, str):
            continue
        line, column = posting.field_position(name)
        # A folded description's line breaks are spaces once read: only the value is looked at.
        for _start, _end, code, params in slips(value, markdown=False):
            found.append(Finding(file, line, column, _SEVERITY.get(code, Severity.WARNING), code,
                                 params={**params, "in_where": name}))
    return found


def _line_of(starts: list[int], offset: int) -> int:
    from bisect import bisect_right

    return bisect_right(starts, offset) - 1
