"""Conflict markers a merge left in a posting (git's ``<<<<<<<``, ``=======``, ``>>>>>>>``).

A pull or merge that both sides changed leaves them in the file; Hugo publishes them as text (the
``=======`` line even makes the line above it a heading). They are looked for in the whole file,
front matter included, valid or not: a front matter holding them fails to read with a YAML (or TOML,
JSON) error that says nothing of a merge.
"""

from __future__ import annotations

import re

from editor.model.findings import Finding, Severity
from editor.model.frontmatter.posting import Posting

__all__ = ["check_merge_markers"]

# One conflict: its opening line, then its middle (and diff3's base) and closing lines, in order.
_CONFLICT = re.compile(r"^<{7}(?:[ \t][^\n]*)?\n(?:[^\n]*\n)*?={7}[ \t]*\n(?:[^\n]*\n)*?>{7}(?:[ \t][^\n]*)?$",
                       re.MULTILINE)


def check_merge_markers(posting: Posting, file: str) -> list[Finding]:
    """An error at the first line of each conflict a merge left in the file."""
    if posting.unreadable:
        return []
    text = posting.text()
    if "<<<<<<<" not in text:  # nearly every file: one search
        return []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [Finding(file, text.count("\n", 0, match.start()) + 1, 1, Severity.ERROR, "merge-conflict-markers")
            for match in _CONFLICT.finditer(text)]
