"""Conflict markers a merge left in a posting (git's ``<<<<<<<``, ``=======``, ``>>>>>>>``).

A pull or merge that both sides changed leaves them in the file; Hugo publishes them as text (the
``=======`` line even makes the line above it a heading). They are looked for in the whole file,
front matter included, valid or not: a front matter holding them fails to read with a YAML (or TOML,
JSON) error that says nothing of a merge.

Inside a fenced code block too: git writes its markers wherever the lines that conflict are, and its
own look for them (``git diff --check``'s "leftover conflict marker") reads each line as it is,
knowing nothing of Markdown; a file that must hold such lines tells git so (``conflict-marker-size``).

The file is read once, line by line: a posting of many opening and middle lines without closing ones
(a hand-edited merge, or a hostile file) must not cost more than one pass. One regular expression
over the whole text spanning the three lines took minutes on 3,000 of them.
"""

from __future__ import annotations

import re

from editor.model.findings import Finding, Severity
from editor.model.frontmatter.posting import Posting

__all__ = ["check_merge_markers"]

# A marker line: seven of one sign, alone or followed by a space and a label (git's is_conflict_marker);
# the middle one takes no label.
_OPENING = re.compile(r"<{7}(?:[ \t].*)?")
_MIDDLE = re.compile(r"={7}[ \t]*")
_CLOSING = re.compile(r">{7}(?:[ \t].*)?")


def check_merge_markers(posting: Posting, file: str) -> list[Finding]:
    """An error at the first line of each conflict a merge left in the file: an opening line followed,
    in that order, by a middle line and a closing line."""
    if posting.unreadable:
        return []
    text = posting.text()
    if "<<<<<<<" not in text:  # nearly every file: one search
        return []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    found: list[Finding] = []
    wanted = (_OPENING, _MIDDLE, _CLOSING)
    step = 0  # the marker looked for next
    opened = 0
    for number, line in enumerate(lines, start=1):
        if not wanted[step].fullmatch(line):
            continue
        if step == 0:
            opened = number
        elif step == 2:
            found.append(Finding(file, opened, 1, Severity.ERROR, "merge-conflict-markers"))
        step = (step + 1) % 3
    return found
