"""Conflict markers a merge left in a posting (see ``frontmatter.merge_markers``): an error each."""

from __future__ import annotations

from editor.model.findings import Finding, Severity
from editor.model.frontmatter.merge_markers import conflict_lines
from editor.model.frontmatter.posting import Posting

__all__ = ["check_merge_markers"]


def check_merge_markers(posting: Posting, file: str) -> list[Finding]:
    """An error at the first line of each conflict a merge left in the file: an opening line followed,
    in that order, by a middle line and a closing line."""
    if posting.unreadable:
        return []
    return [Finding(file, line, 1, Severity.ERROR, "merge-conflict-markers") for line in conflict_lines(posting.text())]
