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
  ``-``/``*``/``1.``: it joins the item above instead of starting its own;
- ``double-full-stop``: ``the end..`` (an ellipsis has three);
- ``markdown-sublist-indent``: an item indented under another, but by fewer spaces than the item
  above's text starts at (`` * case`` under ``* Create``): Markdown keeps it in the same list, not
  nested;
- ``paragraph-break-missing``: a long line ending a sentence, then a line opening another, with no
  blank line between: Markdown runs them into one paragraph (lines wrapped by hand are short);
- ``markdown-emphasis-unclosed``: ``*Out of caution, …`` with no closing star: the page shows the
  star instead of italics (:mod:`checks.emphasis`);
- ``list-item-stop-missing``: the one item of a list that lacks the full stop (or semicolon) all the
  others end with;
- ``parenthesis-unclosed``: ``(English essential, … as well as tenures (indeterminate, …) may vary``:
  a parenthesis opened and never closed in its paragraph, item or heading (a closing one alone,
  as in ``a) remote or b) office``, and smileys are left alone);
- ``hyphen-for-dash``: ``difference - we celebrate it``, a hyphen between two spaces standing in for
  a dash (— or a spaced –), in the body, title or description. Between two words only: list
  markers, rules (``- - -``), ranges of numbers and table cells never match.

Code, addresses, link targets, HTML and shortcodes are never looked at (``translation.protect``).
"""

from __future__ import annotations

import re
from itertools import compress

from editor.model.findings import Finding, Severity
from editor.model.frontmatter.posting import Posting
from editor.model.translation.protect import ProtectedLater, line_starts

__all__ = ["check_slips", "slips"]

_LINE_END = re.compile(r"\r\n|\n|\r")
_DOUBLE = re.compile(r"(?<=\S)  +(?=\S)")  # between two words: indentation and hard breaks are Markdown
_STOP = re.compile(r"(?<![\w.@/-])[^\W\d_]*[a-zà-öø-ÿ]{2}\.(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?![\w.@/]))")
_STOP_HINT = re.compile(r"\.[A-ZÀ-ÖØ-Þ]")  # in every _STOP match: most texts have none
_NON_SPACE = re.compile(r"\S+")
# At the start of a line as _LINE_END splits them (after \r as well as \n, which "^" does not know).
_HEADING = re.compile(r"(?<![^\r\n]) {0,3}(#{2,6})(?=[^\s#])")
# The same in a text without \r, where "^" finds the same line starts at less than half the cost.
_HEADING_LF = re.compile(r"(?m)^ {0,3}(#{2,6})(?=[^\s#])")
_LINK = re.compile(r"\[[^\]\r\n]+\] +\((?:https?://|mailto:|www\.|/|#)[^()\s]*\)")
_ITEM = re.compile(r"^( {0,3})([-*+]|\d{1,9}[.)])[ \t]+\S")
_TABLE_ROW = re.compile(r"^\s*\|")
_MARKER_ONLY = re.compile(r"^\s*(?:[-*+>]|\d{1,9}[.)])$")
# Two full stops after a word, not three (an ellipsis) nor a path ("../") or a range ("1..5").
_DOUBLE_STOP = re.compile(r"(?<=[^\W\d_])\.\.(?![.\w/])")
_ANY_ITEM = re.compile(r"^( *)([-*+]|\d{1,9}[.)])( +)\S")
_BLOCK_OPENING = re.compile(r"^\s*(?:[-*+>#|]|\d{1,9}[.)]\s|```|~~~|<|\{\{)")
LONG_LINE = 120  # characters: lines wrapped by hand are shorter
_SENTENCE_END = re.compile(r"[.!?][)”»\"’']?$")
# "…; and" / "…, ou": an item joined to the next by a conjunction ends its clause (items ending
# with ";" continue their lead-in).
_CLAUSE_JOINED = re.compile(r"[;,][ \t]+(?:and|or|et|ou)[ \t]*$")
_PAREN = re.compile(r"[()]")
# Where a paragraph, list item or heading starts (where parentheses start over).
_BLOCK_START = re.compile(r"\n[ \t]*(?:\r?\n|[-*+][ \t]|\d{1,9}[.)][ \t]|#)")
# A hyphen between single spaces, then a word; the word before it (and the punctuation closing it)
# is found from there: a pattern opening with the word was tried at every letter of the text.
_HYPHEN_DASH = re.compile(r" - (?=([^\W\d_]+))")
_CLOSING_WORD = ",.;:!?)”»’'\""

# Each slip's message is in the findings catalogue (messages_en/messages_fr); these are its parameters.
_SEVERITY = {"double-space": Severity.INFO, "hyphen-for-dash": Severity.INFO}


def slips(text: str, *, markdown: bool = True) -> list[tuple[int, int, str, dict]]:
    """(start, end, code, params) for each slip in ``text`` (Markdown, or a plain field value); the
    params of its catalogue message, ``in_where`` left empty (check_slips names the field)."""
    return _slips(text, markdown)[0]


def _slips(text: str, markdown: bool) -> tuple[list[tuple[int, int, str, dict]], list[int]]:
    """:func:`slips`, and where each line of ``text`` starts."""
    protected = ProtectedLater(text, markdown=markdown)  # asked about only where a slip is found
    found: list[tuple[int, int, str, dict]] = []

    def add(start: int, end: int, code: str, **values: object) -> None:
        if not protected.touches(start, end):
            found.append((start, end, code, dict(values)))

    starts = line_starts(text)
    lines = _LINE_END.split(text) if "\r" in text else text.split("\n")  # the same lines, several times faster
    # Each pattern runs once over the whole text rather than once a line (a fifth of a structural
    # check went to those loops); none of them matches across a line end, so each finds what it
    # found line by line, and the line is looked up only for a match. The substring tests skip
    # the patterns that cannot match at all, as in most texts.
    if ".." in text:
        for match in _DOUBLE_STOP.finditer(text):
            base, line = _line_at(starts, lines, match.start())
            if markdown and _TABLE_ROW.match(line):  # table cells are padded on purpose
                continue
            start, end = match.start() - base, match.end() - base
            add(match.start(), match.end(), "double-full-stop", in_where="",
                text=line[max(0, start - 30):end].split(" ", 1)[-1] if start > 30 else line[:end])
    if "  " in text:
        for match in _DOUBLE.finditer(text):
            base, line = _line_at(starts, lines, match.start())
            if markdown and (_TABLE_ROW.match(line) or _MARKER_ONLY.match(line[:match.start() - base])):
                continue  # table cells are padded on purpose; "-  item": the marker's own spacing
            add(match.start(), match.end(), "double-space", in_where="")
    if _STOP_HINT.search(text):
        for match in _STOP.finditer(text):
            end = match.end()
            following = _NON_SPACE.match(text, end)
            add(end - 1, end, "missing-space-after-stop", in_where="",
                text=text[match.start():end] + (following.group(0) if following else ""))
    if "(" in text:
        for start in _unclosed_parentheses(text, markdown):
            add(start, start + 1, "parenthesis-unclosed", in_where="",
                text=" ".join(text[start:start + 40].split()[:5]))
    if " - " in text:
        for match in _HYPHEN_DASH.finditer(text):
            word = _word_before(text, match.start())
            if not word:
                continue
            if markdown and _TABLE_ROW.match(_line_at(starts, lines, match.start())[1]):
                continue  # a table's cells
            add(match.start(), match.end(), "hyphen-for-dash", in_where="", text=f"{word} - {match.group(1)}")
    if not markdown:
        return sorted(found), starts
    if "##" in text:
        for heading in (_HEADING if "\r" in text else _HEADING_LF).finditer(text):
            _base, line = _line_at(starts, lines, heading.start())
            add(heading.start(1), heading.end(1), "markdown-heading-space", in_where="", text=line.strip()[:40])
    if "] " in text:
        for match in _LINK.finditer(text):
            # Protected ranges include "](…)" targets only when they parse as links; this one does not.
            if not protected.touches(match.start(), match.start() + 1):
                found.append((match.start(), match.end(), "markdown-link-space",
                              {"in_where": "", "text": match.group(0)[:60]}))
    items, any_items = list(map(_ITEM.match, lines)), list(map(_ANY_ITEM.match, lines))
    found += _unmarked_items(lines, starts, protected, items)
    found += _shallow_sublists(lines, starts, protected, any_items)
    found += _joined_paragraphs(lines, starts, protected)
    found += _items_without_stop(lines, starts, protected, any_items)
    from editor.model.checks.emphasis import unclosed_emphasis

    for start, end, opened in unclosed_emphasis(text):
        add(start, end, "markdown-emphasis-unclosed", in_where="", text=opened)
    return sorted(found), starts


def _word_before(text: str, end: int) -> str:
    """The word ending at ``end`` with the one punctuation mark that may close it ("ready," "it)"),
    or "" when no letter ends there. Letters are ``[^\\W\\d_]``: word characters but digits and "_"."""
    start = end
    if start and text[start - 1] in _CLOSING_WORD:
        start -= 1
    letters = start
    while letters and text[letters - 1].isalnum() and not text[letters - 1].isdecimal():
        letters -= 1
    return text[letters:end] if letters < start else ""


def _unclosed_parentheses(text: str, markdown: bool) -> list[int]:
    """Where the first parenthesis each paragraph, item or heading opens and never closes is.

    Only the blocks holding an opening parenthesis are read, from it to where the next block starts
    (a closing one before it closes nothing): reading every block start of every posting cost 70 µs."""
    found: list[int] = []
    start = text.find("(")
    while start != -1:
        following = _BLOCK_START.search(text, start) if markdown else None
        end = following.start() if following is not None else len(text)
        opened: list[int] = []
        for match in _PAREN.finditer(text, start, end):
            if match.group(0) == "(":
                opened.append(match.start())
            elif opened:
                before = text[max(0, match.start() - 2):match.start()]
                if before[-1:] not in ":;" and before != ":-":  # not a smiley's
                    opened.pop()
        if opened:
            found.append(opened[0])
        start = text.find("(", end)
    return found


def _line_at(starts: list[int], lines: list[str], offset: int) -> tuple[int, str]:
    """Where the line holding ``offset`` starts, and the line."""
    number = _line_of(starts, offset)
    return starts[number], lines[number]


def _shallow_sublists(lines: list[str], starts: list[int], protected: ProtectedLater,
                      any_items: list[re.Match[str] | None]) -> list[tuple[int, int, str, dict]]:
    """Items indented more than the item above but less than where its text starts (``any_items``:
    each line's ``_ANY_ITEM`` match)."""
    found: list[tuple[int, int, str, dict]] = []
    # Only the lines that are items under an item are looked at; compress() picks them in C.
    for number in compress(range(1, len(lines)), map(all, zip(any_items[1:], any_items))):
        item, above = any_items[number], any_items[number - 1]
        assert item is not None and above is not None
        indent, content = len(item.group(1)), len(above.group(1)) + len(above.group(2)) + len(above.group(3))
        if len(above.group(1)) < indent < content and not protected.touches(starts[number], starts[number] + indent + 1):
            found.append((starts[number], starts[number] + indent + len(item.group(2)), "markdown-sublist-indent",
                          {"in_where": "", "spaces": indent, "wanted": content}))
    return found


def _joined_paragraphs(lines: list[str], starts: list[int], protected: ProtectedLater) -> list[tuple[int, int, str, dict]]:
    """A long line ending a sentence followed, without a blank line, by a line opening one."""
    found: list[tuple[int, int, str, dict]] = []
    # Only the lines after a long one are looked at (most lines are shorter, stripped or not);
    # compress() picks them in C.
    for number in compress(range(1, len(lines)), map(LONG_LINE.__le__, map(len, lines))):
        line = lines[number]
        if not line[:1].isupper():
            continue  # a blank line, most often: the one test of these that reads no long line
        before = lines[number - 1].rstrip()
        if len(before) < LONG_LINE or not _SENTENCE_END.search(before) or before.endswith("  "):
            continue
        if _BLOCK_OPENING.match(before) and not _ITEM.match(before) or _BLOCK_OPENING.match(line) or _TABLE_ROW.match(before):
            continue  # a heading, quote, table or HTML; an item's continuation is its own paragraph anyway
        if _ITEM.match(before) or lines[number - 1].endswith(("\\", "  ")):
            continue
        start = starts[number]
        if not protected.touches(starts[number - 1], start + len(line)):
            found.append((start, start + len(line), "paragraph-break-missing", {"in_where": "", "text": line.strip()[:40]}))
    return found


def _items_without_stop(lines: list[str], starts: list[int], protected: ProtectedLater,
                        any_items: list[re.Match[str] | None]) -> list[tuple[int, int, str, dict]]:
    """In a list of four items or more of which every other ends a sentence (". ! ?") or a clause
    (";", items continuing their lead-in), the one that does not (``any_items``: each line's
    ``_ANY_ITEM`` match)."""
    found: list[tuple[int, int, str, dict]] = []
    run: list[int] = []
    indent = -1  # the run's first item's
    for number in range(len(lines) + 1):
        match = any_items[number] if number < len(lines) else None
        if match and (not run or len(match.group(1)) == indent):
            if not run:
                indent = len(match.group(1))
            run.append(number)
            continue
        if number < len(lines) and lines[number].startswith((" ", "\t")) and lines[number].strip() and run:
            continue  # a nested item or a continuation: the list goes on
        if len(run) >= 4:
            ends = [lines[n].rstrip().rstrip(")]”»\"’'*_")[-1:] for n in run]
            joined = {n for n, end in zip(run, ends) if end.isalnum() and _CLAUSE_JOINED.search(lines[n])}
            bare = [n for n, end in zip(run, ends) if end.isalnum() and n not in joined]
            stopped = sum(end in ".!?;" for end in ends) + len(joined)  # ";": items continuing their lead-in
            if len(bare) == 1 and stopped == len(run) - 1 and lines[bare[0]].rstrip().count(" ") >= 3:
                line = lines[bare[0]].rstrip().rstrip(")]”»\"’'*_")
                end = starts[bare[0]] + len(line)
                if not protected.touches(end - 1, end):
                    found.append((end - 1, end, "list-item-stop-missing", {"in_where": "", "text": line.strip()[-40:]}))
        run = [number] if match else []
        if match:
            indent = len(match.group(1))
    return found


def _unmarked_items(lines: list[str], starts: list[int], protected: ProtectedLater,
                    items: list[re.Match[str] | None]) -> list[tuple[int, int, str, dict]]:
    """A line between two items written as one but without its marker (``items``: each line's ``_ITEM`` match)."""
    found: list[tuple[int, int, str, dict]] = []
    # Only the lines between two items are looked at; compress() picks them in C.
    for number in compress(range(1, len(lines) - 1), map(all, zip(items, items[2:]))):
        line = lines[number]
        before, after = items[number - 1], items[number + 1]
        assert before is not None and after is not None
        if items[number] or not line.strip():
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
    found_in_body, starts = _slips(posting.body, True)
    for start, _end, code, params in found_in_body:
        line = _line_of(starts, start)
        found.append(Finding(file, posting.body_first_line + line, start - starts[line] + 1,
                             _SEVERITY.get(code, Severity.WARNING), code, params=params))
    for name in ("title", "description"):
        value = posting.get(name)
        if not isinstance(value, str):
            continue
        # A folded description's line breaks are spaces once read: only the value is looked at.
        in_value = slips(value, markdown=False)
        if not in_value:
            continue  # the field's place is worked out only for a finding (the full YAML reader knows it)
        line, column = posting.field_position(name)
        for _start, _end, code, params in in_value:
            found.append(Finding(file, line, column, _SEVERITY.get(code, Severity.WARNING), code,
                                 params={**params, "in_where": name}))
    return found


def _line_of(starts: list[int], offset: int) -> int:
    from bisect import bisect_right

    return bisect_right(starts, offset) - 1
