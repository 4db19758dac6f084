"""Where a merge left its conflict markers in a file (git's ``<<<<<<<``, ``=======``, ``>>>>>>>``).

A pull or merge that both sides changed leaves them in the file; Hugo publishes them as text (the
``=======`` line even makes the line above it a heading). They are looked for in the whole file,
front matter included, valid or not: a front matter holding them fails to read with a YAML (or TOML,
JSON) error that says nothing of a merge. The check (``checks.merge_markers``) and the site index,
which shows such a posting in the list, both ask here.

Inside a fenced code block too: git writes its markers wherever the lines that conflict are, and its
own look for them (``git diff --check``'s "leftover conflict marker") reads each line as it is,
knowing nothing of Markdown; a file that must hold such lines tells git so (``conflict-marker-size``).

The file is read once, line by line: a posting of many opening and middle lines without closing ones
(a hand-edited merge, or a hostile file) must not cost more than one pass. One regular expression
over the whole text spanning the three lines took minutes on 3,000 of them.
"""

from __future__ import annotations

import re

__all__ = ["conflict_lines", "saved_conflict_lines"]

# A marker line: seven of one sign, alone or followed by a space and a label (git's is_conflict_marker);
# the middle one takes no label. One conflict is an opening, a middle and a closing line, in that order.
_MARKERS = (re.compile(r"<{7}(?:[ \t].*)?"), re.compile(r"={7}[ \t]*"), re.compile(r">{7}(?:[ \t].*)?"))
_OPENING = "<" * 7
_OPENING_BYTES = _OPENING.encode()


def conflict_lines(text: str) -> tuple[int, ...]:
    """The 1-based line where each conflict of ``text`` opens; () for nearly every file, after one search."""
    if "<" not in text or _OPENING not in text:  # one character first: memchr, 3× faster (5,000 postings: 7 ms)
        return ()
    found = []
    step = 0  # the marker looked for next
    opened = 0
    for number, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1):
        if not _MARKERS[step].fullmatch(line):
            continue
        if step == 0:
            opened = number
        elif step == 2:
            found.append(opened)
        step = (step + 1) % 3
    return tuple(found)


def saved_conflict_lines(raw: bytes) -> tuple[int, ...]:
    """:func:`conflict_lines` of a file's bytes (the markers are ASCII, a line break is one in any
    encoding a posting may have: only a file that holds an opening marker is decoded)."""
    if b"<" not in raw or _OPENING_BYTES not in raw:
        return ()
    return conflict_lines(raw.decode("utf-8", errors="replace").removeprefix("\ufeff"))
