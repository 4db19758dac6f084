"""Abbreviated doublets in French body text (candidat(e), agent·e, conseiller/conseillère…).

The federal language portal (Language Portal of Canada, "Inclusive writing" guidelines)
recommends writing both forms in full in running text — « les agentes et les agents » — and
keeping abbreviated forms for where space is tight (tables, forms, some titles). These are notes
(severity info), and a site switches them off with ``inclusive_writing: false`` in
``.posting-editor/config.yaml``.
"""

from __future__ import annotations

import re

from editor.model.findings import Finding, Severity
from editor.model.frontmatter.posting import Posting
from editor.model.translation.protect import protected_ranges

# Feminine endings that abbreviated doublets add to the masculine form.
_ENDINGS = r"(?:e|es|ne|nes|le|les|te|tes|ère|ères|rice|rices|trice|trices|euse|euses|esse|esses|ive|ives|ve|ves)"
_LETTERS = "a-zà-öø-ÿœæ"
# Each branch starts at the separator, so the search skips quickly through ordinary text; the
# word before the separator is checked in code.
_SEPARATED = re.compile(
    rf"\((?P<paren>{_ENDINGS})\)(?:s\b)?"  # candidat(e), étudiant(e)s
    rf"|[·•∙⋅](?P<dot>{_ENDINGS})(?:[·•∙⋅]s)?\b"  # agent·e, étudiant·e·s, conseiller·ère
    rf"|\.(?P<period>{_ENDINGS})(?:\.s)?(?![\w.])"  # étudiant.e, étudiant.e.s
    r"|-(?P<hyphen>e|es|ère|ères|rice|rices|trice|trices|euse|euses|ne|nes)\b"  # conseiller-ère, adjoint-e
    rf"|/(?P<slash>[{_LETTERS}]+)\b"  # administrateur/trice, conseiller/conseillère
)
_CAPITAL_ENDING = re.compile(r"[a-zà-öø-ÿ](?:E|ES|NE|NES|LE|TE|ÈRE|RICE|EUSE)\b")  # principalE, étudiantEs
_WORD_BEFORE = re.compile(r"(?<![\w·.(/-])[^\W\d_]+$")
_MINIMUM = {"paren": 2, "dot": 2, "period": 3, "hyphen": 3, "slash": 3}


def abbreviated_forms(text: str) -> list[tuple[int, int, str]]:
    """Abbreviated doublets in a Markdown text as (start, end, form); code and addresses skipped."""
    protected = protected_ranges(text)
    found: dict[int, tuple[int, int, str]] = {}
    for match in _SEPARATED.finditer(text):
        kind = match.lastgroup or ""  # every alternative is a named group
        before = _WORD_BEFORE.search(text, max(0, match.start() - 60), match.start())
        if before is None or len(before.group(0)) < _MINIMUM[kind]:
            continue
        if kind == "slash":
            first, second = before.group(0), match.group("slash")
            if not (re.fullmatch(_ENDINGS, second) or (len(second) > len(first) and second[:4].lower() == first[:4].lower())):
                continue
        start, end = before.start(), match.end()
        if not protected.touches(start, end):
            found.setdefault(start, (start, end, text[start:end]))
    for match in _CAPITAL_ENDING.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, match.start() - 60), match.start() + 1)
        if before is None or len(before.group(0)) < 3:
            continue
        start, end = before.start(), match.end()
        if not protected.touches(start, end):
            found.setdefault(start, (start, end, text[start:end]))
    return [found[key] for key in sorted(found)]


def check_inclusive(posting: Posting, file: str) -> list[Finding]:
    """Notes for the abbreviated doublets of a French posting's body."""
    if not posting.valid:
        return []
    body = posting.body
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\n|\r", body)]
    found = []
    line = 0
    first_line = None
    params: dict[str, object]
    for start, _end, form in abbreviated_forms(body):
        while line + 1 < len(starts) and starts[line + 1] <= start:
            line += 1
        file_line = posting.body_first_line + line
        if first_line is None:
            first_line = file_line
            variant, params = "first", {"form": form}
        else:
            variant, params = "again", {"form": form, "first_line": first_line}
        found.append(Finding(file, file_line, start - starts[line] + 1, Severity.INFO, "inclusive-abbreviated-form",
                             params=params, variant=variant))
    return found
