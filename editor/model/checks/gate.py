"""Export's publish gate: the findings that must never reach the site, whatever their severity in
the window, and what a writer has to finish before exporting."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable

from editor.model.findings import Finding, Severity

__all__ = ["BLOCKING", "publish_gate", "to_finish"]

# Unfinished work: errors at export, whatever their severity in the window, with no override.
# Text left in the other language (a paragraph, a list, the title) and a section with no text in
# the translation are here; a heading count that differs is not (published pairs write a heading
# as a sentence, or join two sections, with all their text there): it stays a warning to accept.
BLOCKING = frozenset({"translation-marker", "template-placeholder", "empty-title", "empty-description",
                      "untranslated-file", "missing-counterpart", "body-not-translated",
                      "writer-note", "section-not-translated", "untranslated-text", "wrong-language",
                      "title-not-translated"})


def publish_gate(findings: Iterable[Finding]) -> list[Finding]:
    """The findings as export sees them: unfinished work (:data:`BLOCKING`) raised to errors."""
    return [_raised(f) if f.code in BLOCKING and f.severity is not Severity.ERROR else f for f in findings]


def to_finish(errors: Iterable[Finding]) -> dict[str, Counter]:
    """Per file, how many errors of each code: what the writer has to finish before exporting."""
    by_file: dict[str, Counter] = {}
    for finding in errors:
        by_file.setdefault(finding.file, Counter())[finding.code] += 1
    return by_file


def _raised(finding: Finding) -> Finding:
    return dataclasses.replace(finding, severity=Severity.ERROR)  # a typography finding keeps its fix
