"""Problems that stop a file from being read at all (section 'Safety' of the posting format)."""

from __future__ import annotations

from editor.model.findings import Finding
from editor.model.frontmatter.posting import Posting


def check_syntax(posting: Posting, file: str) -> list[Finding]:
    return posting.syntax_findings(file)
