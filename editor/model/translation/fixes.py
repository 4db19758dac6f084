"""Typography findings that carry their fix, and fixing whole postings or files at once.

A finding with a fix is a :class:`FixableFinding`: a subclass of :class:`~editor.model.findings.
Finding` with one more field, ``fix``. Everything that takes findings keeps working (it is a
Finding: same fields, same ``as_text``, ``sort_key``; ``as_dict`` gains a ``"fix"`` entry), and a
caller that can apply fixes tests ``isinstance(finding, FixableFinding)`` or
``getattr(finding, "fix", None)``. A subclass rather than a separate list keeps each fix with its
finding through sorting, filtering and de-duplication.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from editor.model.findings import Finding, Severity
from editor.model.frontmatter.posting import Posting

# typography (its rules compiled at import) is imported where a fix is made: a warm ``check``
# rebuilds its FixableFindings from the findings cache without making any.
if TYPE_CHECKING:
    from editor.model.translation.typography import Edit
    from editor.model.hugo.config import Site
    from editor.model.render.markdown import RenderOptions

_LINE_END = re.compile(r"\r\n|\n|\r")
# Spacing and apostrophes only change where a line may break or how a mark looks: information.
# A number, amount or time in the other language's notation reads wrong: a warning.
_INFO_CODES = frozenset({"typography-apostrophe", "typography-colon", "typography-guillemets",
                         "typography-space-before-punctuation", "typography-percent", "typography-quote-punctuation"})


@dataclass(frozen=True)
class Fix:
    """Replace columns ``[column, end_column)`` of ``line`` with ``replacement`` (1-based, end
    excluded; ``column == end_column`` inserts). Columns count characters (code points).

    With ``field`` None, ``line`` and the columns are positions in the file (always inside the
    body, never across a line end). With ``field`` set ("title", "description"), ``line`` is the
    field's line and the columns are positions in the field's *value* (as ``Posting.get`` returns
    it): YAML quoting and folding make file columns meaningless there, so the window applies the
    fix to the value and writes it back with ``Posting.set``.
    """

    file: str
    line: int
    column: int
    end_column: int
    replacement: str
    field: str | None = None

    def as_dict(self) -> dict:
        return {"line": self.line, "column": self.column, "end_column": self.end_column,
                "replacement": self.replacement, "field": self.field}


@dataclass(frozen=True)
class FixableFinding(Finding):
    fix: Fix

    def as_dict(self, lang: str = "en") -> dict:
        data = super().as_dict(lang)
        data["fix"] = self.fix.as_dict()
        return data


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _LINE_END.finditer(text)]


def _position(starts: list[int], offset: int) -> tuple[int, int]:
    """0-based line and 0-based column of ``offset``."""
    low, high = 0, len(starts) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if starts[middle] <= offset:
            low = middle
        else:
            high = middle - 1
    return low, offset - starts[low]


def _severity(code: str) -> Severity:
    return Severity.INFO if code in _INFO_CODES else Severity.WARNING


def typography_findings(posting: Posting, file: str, lang: str, options: object = None) -> list[FixableFinding]:
    """One finding per needed change in the body, title and description, each with its fix."""
    from editor.model.translation.typography import typography_edits

    if not posting.valid:
        return []
    found: list[FixableFinding] = []
    body = posting.body
    starts = _line_starts(body)
    first = posting.body_first_line
    apostrophe = _apostrophe_of(posting)
    for edit in typography_edits(body, lang, options, apostrophe=apostrophe):
        line, column = _position(starts, edit.start)
        end_line, end_column = _position(starts, edit.end)
        if end_line != line:
            continue  # never produced by the rules; a fix must stay on one line
        fix = Fix(file, first + line, column + 1, end_column + 1, edit.replacement)
        found.append(FixableFinding(file, first + line, column + 1, _severity(edit.code), edit.code, fix,
                                    params=_params(edit, body), variant=edit.variant))
    for name in ("title", "description"):
        value = posting.get(name)
        if not isinstance(value, str):
            continue
        line, column = posting.field_position(name)
        for edit in typography_edits(value, lang, options, markdown=False, apostrophe=apostrophe):
            fix = Fix(file, line, edit.start + 1, edit.end + 1, edit.replacement, field=name)
            found.append(FixableFinding(file, line, column, _severity(edit.code), edit.code, fix,
                                        params=_params(edit, value, name), variant=edit.variant))
    return found


def _params(edit: Edit, text: str, field: str = "") -> dict:
    """What the message names: the rule's own values, the words around the change before and after
    it, whether a non-breaking space shows in them, and the field (none in the body)."""
    line_start = max(text.rfind("\n", 0, edit.start), text.rfind("\r", 0, edit.start)) + 1
    start = max(line_start, edit.start - 12)
    tail = re.split(r"[\r\n]", text[edit.end:edit.end + 12])[0]
    # Whole words at either end: « mpact people's everyday l » left the reader to guess them.
    word_start = re.search(r"\S{0,20}$", text[line_start:start])
    start -= len(word_start.group(0)) if word_start else 0
    word_end = re.match(r"\S{0,20}", text[edit.end + len(tail):]) if tail and not tail[-1].isspace() else None
    tail += word_end.group(0) if word_end else ""
    before = text[start:edit.end] + tail
    after = text[start:edit.start] + edit.replacement + tail
    hard = "\u00a0" in before + after or "\u202f" in before + after

    def shown(value: str) -> str:
        return value.replace("\u00a0", "⍽").replace("\u202f", "⍽").strip()

    return {**dict(edit.params), "in_where": field, "before": shown(before), "after": shown(after), "hard": hard}


def _apostrophe_of(posting: Posting) -> str:
    """One apostrophe style for the whole posting: the body decides, the title and description follow."""
    from editor.model.translation.typography import preferred_apostrophe

    fields = [v for v in (posting.get("title"), posting.get("description")) if isinstance(v, str)]
    return preferred_apostrophe([posting.body]) if "'" in posting.body or "’" in posting.body \
        else preferred_apostrophe(fields, markdown=False)


def _fix_text(text: str, lang: str, options: object, *, markdown: bool, apostrophe: str | None = None,
              skip_lines: frozenset[int] = frozenset()) -> tuple[str, int]:
    """``text`` fixed, and the number of changes; lines ``skip_lines`` (0-based) are left as written."""
    from editor.model.translation.typography import apply_edits, typography_edits

    count = 0
    for _ in range(4):
        edits = typography_edits(text, lang, options, markdown=markdown, apostrophe=apostrophe)
        if skip_lines and edits:
            starts = _line_starts(text)
            edits = [edit for edit in edits if _position(starts, edit.start)[0] not in skip_lines]
        if not edits:
            break
        count += len(edits)
        text = apply_edits(text, edits)
    return text, count


def _fix_body(body: str, lang: str, options: object, apostrophe: str, headings: str, render: RenderOptions | None,
              said: dict[int, tuple[str, bool]], linkable: frozenset[str] | None = None) -> tuple[str, int]:
    """The body fixed, doing ``headings`` (SKIP, KEEP, CHANGE) with fixes that would change a
    ``linkable`` heading id (see ``heading_ids.changed_heading_ids``); ``said[line]`` (0-based) =
    (the id, whether ``{#id}`` keeps it)."""
    from editor.model.translation.heading_ids import CHANGE, KEEP, changed_heading_ids, keep_heading_ids

    fixed, count = _fix_text(body, lang, options, markdown=True, apostrophe=apostrophe)
    if headings == CHANGE or not count:
        return fixed, count
    if headings == KEEP:
        kept = keep_heading_ids(body, fixed, render, linkable)
        if kept is not None:
            said.update((line, (anchor, True)) for line, anchor in kept[1])
            return kept[0], count
    skipped: set[int] = set()
    while True:  # leaving a heading as written can change the suffix of a later namesake's id
        changed = changed_heading_ids(body, fixed, render, linkable)
        said.update((line, (anchor, False)) for line, anchor in changed)
        new = {line for line, _ in changed} - skipped
        if not new:
            return fixed, count
        skipped |= new
        fixed, count = _fix_text(body, lang, options, markdown=True, apostrophe=apostrophe,
                                 skip_lines=frozenset(skipped))


def fix_posting(posting: Posting, lang: str, options: object = None, *, notes: list[str] | None = None,
                headings: str = "skip", render: RenderOptions | None = None,
                linkable: frozenset[str] | None = None) -> int:
    """Apply every typography fix to the body, title and description (in memory; not saved).
    Returns the number of changes. A change that would alter a heading's id (with the site's
    ``render`` options, Hugo's defaults when None) is left out (``headings`` "skip"), made with
    ``{#old-id}`` added to keep the id ("keep"), or made ("change"); ``notes`` get one line for
    each heading left out or kept ("line N: …"). ``linkable``: the ids that count (the window's
    ``heading_ids.linkable_ids`` of its unsaved text), None for every id (a file as saved)."""
    if not posting.valid:
        return 0
    total = 0
    apostrophe = _apostrophe_of(posting)
    said: dict[int, tuple[str, bool]] = {}
    body, count = _fix_body(posting.body, lang, options, apostrophe, headings, render, said, linkable)
    if notes is not None:
        first = posting.body_first_line
        notes += [f"line {first + line}: heading fixed; its id “{anchor}” kept with {{#{anchor}}}." if kept else
                  f"line {first + line}: heading not fixed: its id “{anchor}” would change, and links to it "
                  f"would break (fix it by hand, adding {{#{anchor}}} if the site allows heading attributes)."
                  for line, (anchor, kept) in sorted(said.items())]
    if count:
        posting.set_body(body)
        total += count
    for name in ("title", "description"):
        value = posting.get(name)
        if isinstance(value, str):
            fixed, count = _fix_text(value, lang, options, markdown=False, apostrophe=apostrophe)
            if count:
                posting.set(name, fixed)
                total += count
    return total


def heading_ids_changed_by_fixes(posting: Posting, lang: str, options: object = None,
                                 render: RenderOptions | None = None,
                                 linkable: frozenset[str] | None = None) -> list[tuple[int, str]]:
    """(file line, id) of each heading whose ``linkable`` id (see :func:`fix_posting`) fixing the
    posting's typography would change."""
    if not posting.valid:
        return []
    said: dict[int, tuple[str, bool]] = {}
    _fix_body(posting.body, lang, options, _apostrophe_of(posting), "skip", render, said, linkable)
    return [(posting.body_first_line + line, anchor) for line, (anchor, _) in sorted(said.items())]


def linkable_heading_ids(posting: Posting, render: RenderOptions | None = None) -> frozenset[str]:
    """The heading ids of an edited ``posting`` that a link may point to: its saved file's, and
    those its text links to (``heading_ids.linkable_ids``). The window fixes what the user sees,
    the unsaved text, and asks only about these."""
    from editor.model.translation.heading_ids import linkable_ids

    saved = posting.saved_version()
    return linkable_ids(saved.body if saved.valid else "", posting.body, render)


def fix_file(path: Path | str, lang: str | None = None, options: object = None, *, notes: list[str] | None = None,
             headings: str | None = None, site: Site | None = None) -> int:
    """Fix a posting file's typography and save it; returns the number of changes (0: untouched).

    ``lang`` defaults to the language of the site folder the file is in; ``options`` (a
    TranslationSettings, a TypographyOptions or "canada"/"france") to the site's settings;
    ``headings`` (see :func:`fix_posting`) to "keep" when the site lets headings carry attributes,
    "skip" when it does not or the file is in no site. ``site``: the site the file is in, when the
    caller has it open (fixing a whole site would otherwise read its configuration again per file).
    Raises ValueError when the language cannot be told, OSError / FileChangedError when saving fails.
    """
    from editor.model.hugo.config import Site
    from editor.model.render.markdown import RenderOptions
    from editor.model.storage.confine import check_inside
    from editor.model.translation.heading_ids import KEEP, SKIP

    path = Path(path)
    posting = Posting.load(path)
    if not posting.valid:
        return 0
    # A link leading out of its language's folder is said as such (saving refuses it anyway),
    # not as a file whose language cannot be told, nor read in the language of where it leads.
    check_inside(path, site)
    if site is None:
        site = Site.containing(path)
    render = RenderOptions.of_site(site)
    if headings is None:
        headings = KEEP if site is not None and render.heading_attributes else SKIP
    if lang is None or options is None:
        from editor.model.translation.settings import TranslationSettings

        if lang is None:
            lang = site.language_of(path) if site is not None else None
            if lang is None:
                from editor.model.frontmatter.document import EditError

                raise EditError.said("fix-language-unknown", path=str(path))
        if options is None:
            options = TranslationSettings.load(site.root) if site is not None else None
    count = fix_posting(posting, lang, options, notes=notes, headings=headings, render=render)
    if count and posting.modified:
        before = _digest_of(path)
        posting.save(site=site)
        if site is not None:
            _carry_translation_record(site, posting, lang, before)
    return count


def _digest_of(path: Path) -> str:
    from editor.model.storage.files import digest, read_bytes

    try:
        return digest(read_bytes(path))
    except OSError:
        return ""


def _carry_translation_record(site: Site, posting: Posting, lang: str, before: str) -> None:
    """A typography fix changes how a file is written, not what it says. Where the site's record of
    the pair's last translation (outside git) held this file as it was, it now holds it as fixed: the
    fix neither makes the other language look behind it, nor hides that the pair was outdated."""
    from editor.model.storage.files import FileChangedError, digest, read_bytes
    from editor.model.translation.status import TranslationState

    state = TranslationState.load(site.root)
    record = state.record(str(posting.get("translationKey") or ""))
    if record is None or not before or record["hashes"].get(lang) != before:
        return
    try:
        data = read_bytes(posting.file_path)
        record["hashes"][lang] = digest(data)
        if record["source"] == lang:
            record["source_text"] = data.decode("utf-8", errors="replace")
        state.save()
    except (FileChangedError, OSError):
        pass  # the file is fixed; without the record carried over, the pair reads as changed, as before
