"""Work left unfinished in a posting: template placeholders, template guidance, "to translate" markers.

A template guides the writer with italic sentences (``_Describe a main responsibility…_``). A
posting still holding one of them, or an italic span that ends in an ellipsis, is a draft: it must
not reach the site. The same goes for the ``[À TRADUIRE]`` / ``[TO TRANSLATE]`` markers that a
skeleton puts before each block still to translate.

This module only finds such text; the publish gate (export), the list's status and the
translator's queue decide what it means for them, so all three count the same things.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from pathlib import Path

from editor.model.storage.files import read_text
from editor.model.findings import Finding, Severity
from editor.model.frontmatter.posting import Posting

__all__ = [
    "MARKERS",
    "Unfinished",
    "check_unfinished",
    "find_unfinished",
    "guidance_from_templates",
    "guidance_from_text",
    "marked_spans",
    "writer_note_count",
]

# What a skeleton puts before each block still to translate; Markdown shows it as written, so it
# stays visible in the preview until the translator replaces the text.
MARKERS = {"fr": "[À TRADUIRE]", "en": "[TO TRANSLATE]"}
_MARKER = re.compile("|".join(re.escape(marker) for marker in MARKERS.values()), re.IGNORECASE)

# Where a marked block ends: a blank line, or a line opening another block (list item, heading, HTML).
_MARKED_BLOCK_END = re.compile(r"\n[ \t]*(?:\n|(?:[-*+]|\d+[.)])[ \t]|#|<)")

# An emphasised span, `_…_` or `*…*`, not inside a word (so snake_case and 2*3*4 are left alone).
# The mark comes first and the look behind it second (no word character or star before it):
# the same matches, but the search can then skip to the next "_" or "*" instead of looking
# behind every character of a body (four times faster).
_EMPHASIS = re.compile(r"([_*])(?<![\w*][_*])(?![\s_*])(.+?)(?<![\s_*])\1(?![\w*])")
_ELLIPSIS = ("…", "...")
# Guidance shorter than this is an ordinary word in italics ("_avec_"), not an instruction.
_MIN_GUIDANCE = 12
# A writer's note to come back to: in capitals as such notes are written, whole words only (so "todos",
# "Xbox" or the Roman numeral in "XXe siècle" are left alone; "$XX,XXX" is a salary not written yet).
_WRITER_NOTE = re.compile(r"\b(?:TODO|TBD|FIXME|X{3,})\b")
_LIST_OR_HEADING_MARK = re.compile(r"^(?:[-*+]|\d+[.)]|#+)\s+")
_NEWLINE = re.compile("\n")


@dataclass(frozen=True)
class Unfinished:
    """One piece of unfinished text. ``offset`` counts characters from the start of the body."""

    kind: str  # "marker", "placeholder" (an italic span ending in …) or "guidance" (template text)
    offset: int
    text: str


def marked_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds a block still marked to translate: from each marker to its block's end.

    A skeleton leaves the other language's words there on purpose, so checks of the text's own
    language (spelling) pass over them: the marker's own finding says what to do, once."""
    if "[" not in text:
        return []
    spans = []
    for match in _MARKER.finditer(text):
        end = _MARKED_BLOCK_END.search(text, match.end())
        spans.append((match.start(), end.start() if end else len(text)))
    return spans


def _normalise(text: str) -> str:
    # split() cuts at what \s matches (no-break and thin spaces included) and drops the spaces at
    # either end, which strip(" _*") drops anyway: the words joined by one space, as a regular
    # expression made them at a fraction of the cost (a check normalises every line of a body).
    return " ".join(text.replace("’", "'").split()).strip(" _*").casefold()


def guidance_from_text(text: str) -> frozenset[str]:
    """The guidance sentences of one template: its emphasised spans, normalised."""
    found = set()
    for match in _EMPHASIS.finditer(text):
        normal = _normalise(match.group(2))
        if len(normal) >= _MIN_GUIDANCE:
            found.add(normal)
    return frozenset(found)


def guidance_from_templates(folders: Iterable[Path], unread: list[tuple[Path, Exception]] | None = None) -> frozenset[str]:
    """The guidance sentences of every ``posting.*.md`` template in these folders (unreadable ones skipped:
    a broken site template must not stop a check of the bundled ones; each is added to ``unread``,
    with why, for the check to say that its guidance was not looked for)."""
    found: set[str] = set()
    for folder in folders:
        for path in sorted(Path(folder).glob("posting.*.md")):
            try:
                found |= guidance_from_text(read_text(path))
            except (OSError, UnicodeDecodeError) as error:
                if unread is not None:
                    unread.append((path, error))
                continue
    return frozenset(found)


def find_unfinished(text: str, guidance: frozenset[str] = frozenset()) -> list[Unfinished]:
    """Markers, placeholders and template guidance left in ``text`` (a body, a title or a description)."""
    found = [Unfinished("marker", match.start(), match.group(0)) for match in _MARKER.finditer(text)]
    for match in _EMPHASIS.finditer(text):
        inner = match.group(2)
        if _normalise(inner) in guidance:
            found.append(Unfinished("guidance", match.start(), match.group(0)))
        elif inner.rstrip().endswith(_ELLIPSIS):
            found.append(Unfinished("placeholder", match.start(), match.group(0)))
    if guidance and _may_hold_guidance(text, guidance):
        # Guidance whose underscores were removed but whose words were kept is still guidance.
        taken = {item.offset for item in found}
        for line_start, line in _lines(text):
            stripped = line.strip()
            bare = _LIST_OR_HEADING_MARK.sub("", stripped)
            if bare and _normalise(bare) in guidance and line_start + line.find(stripped) not in taken:
                if not _EMPHASIS.fullmatch(bare):
                    found.append(Unfinished("guidance", line_start + line.index(bare), bare))
    return sorted(found, key=lambda item: item.offset)


def _may_hold_guidance(text: str, guidance: frozenset[str]) -> bool:
    """Whether a line of ``text`` can be guidance without its underscores: only when every word of
    some guidance sentence is in the text. A line's normal form (:func:`_normalise`) is made of
    its words, case-folded one character at a time, so each of its words is in the text folded
    the same way. A few searches in C then spare most bodies normalising every line."""
    folded = text.replace("’", "'").casefold()
    # Nearly every guidance sentence ends in an ellipsis, which no other character folds into:
    # a text without one is searched for the words of the few others only.
    longest, words = _guidance_words(guidance, "…" in folded)
    # The sentences whose longest (rarest) word is in the text, picked in C; then their other words.
    return any(all(word in folded for word in rest) for rest in compress(words, map(folded.__contains__, longest)))


@lru_cache(maxsize=8)
def _guidance_words(guidance: frozenset[str], ellipsis: bool) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Each guidance sentence's longest word, and its other words: of every sentence, or with
    ``ellipsis`` False of those without "…"."""
    each = [sorted(set(sentence.split(" ")), key=len, reverse=True) for sentence in guidance
            if ellipsis or "…" not in sentence]
    return tuple(words[0] for words in each), tuple(tuple(words[1:]) for words in each)


def _lines(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    for line in text.splitlines(keepends=True):
        yield start, line.rstrip("\r\n")
        start += len(line)


# The finding code and message variant of each kind of unfinished text.
_CODES = {
    "marker": ("translation-marker", ""),
    "placeholder": ("template-placeholder", "placeholder"),
    "guidance": ("template-placeholder", "guidance"),
}


def check_unfinished(posting: Posting, file: str, guidance: frozenset[str] = frozenset(), *,
                     severity: Severity = Severity.WARNING) -> list[Finding]:
    """Findings for unfinished text in a valid posting's title, description and body."""
    if not posting.valid:
        return []
    found = []
    for field in ("title", "description"):
        value = posting.get(field)
        if isinstance(value, str):
            for item in find_unfinished(value, guidance):
                code, variant = _CODES[item.kind]
                found.append(Finding(file, *posting.field_position(field), severity, code, params={"text": _short(item.text)},
                                     variant=variant))
    for field, value in posting.data.items():
        # A marker in any other field (a custom parameter, a list of aliases…) is unfinished too.
        if field in ("title", "description"):
            continue
        texts = [value] if isinstance(value, str) else [v for v in value if isinstance(v, str)] if isinstance(value, list) else []
        marker = next((m.group(0) for text in texts for m in [_MARKER.search(text)] if m), None)
        if marker:
            code, variant = _CODES["marker"]
            found.append(Finding(file, *posting.field_position(field), severity, code, params={"text": marker}, variant=variant))
    body = posting.body
    items = find_unfinished(body, guidance)
    # Where the lines start only for a body with something to place (most have nothing).
    line_starts = [0] + [match.end() for match in _NEWLINE.finditer(body)] if items else []
    for item in items:
        line = _line_of(line_starts, item.offset)
        code, variant = _CODES[item.kind]
        found.append(Finding(file, posting.body_first_line + line, item.offset - line_starts[line] + 1, severity,
                             code, params={"text": _short(item.text)}, variant=variant))
    return found + _writer_notes(posting, file, severity)


def _writer_notes(posting: Posting, file: str, severity: Severity) -> list[Finding]:
    """A TODO, TBD, FIXME or XXX left in the title, the description or the body, with the rest of its line."""
    found = []
    for field in ("title", "description"):
        value = posting.get(field)
        match = _WRITER_NOTE.search(value) if isinstance(value, str) else None
        if match:
            found.append(Finding(file, *posting.field_position(field), severity, "writer-note",
                                 params={"text": _short(value[match.start():], 40)}))
    body = posting.body
    line_starts = [0] + [match.end() for match in _NEWLINE.finditer(body)]
    for match in _WRITER_NOTE.finditer(body):
        line = _line_of(line_starts, match.start())
        end = line_starts[line + 1] if line + 1 < len(line_starts) else len(body)
        found.append(Finding(file, posting.body_first_line + line, match.start() - line_starts[line] + 1, severity,
                             "writer-note", params={"text": _short(body[match.start():end], 40)}))
    return found


def writer_note_count(text: str) -> int:
    """How many TODO, TBD, FIXME or XXX notes ``text`` holds (the list counts them as the gate finds them)."""
    return sum(1 for _ in _WRITER_NOTE.finditer(text))


def _line_of(line_starts: list[int], offset: int) -> int:
    return bisect.bisect_right(line_starts, offset) - 1


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
