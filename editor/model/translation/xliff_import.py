"""A translator's XLIFF back into the posting of the other language, with the usual minimal edits.

:func:`plan_import` reads the file against the site as it is now and returns the postings to save
(nothing is written; :func:`import_xliff` saves them all or none). It refuses, with the difference,
when the source text changed since the export (the translation would no longer fit it), and when a
block the translation would replace was also changed in the target file since the export. A unit
whose target is done (state ``translated``, ``signed-off``, ``final``, ``needs-review-…``, or a
target with no state) replaces its title, description or block; a unit left ``new`` or
``needs-translation`` keeps the block, marker included; an unchanged unit changes no byte.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from editor.model.frontmatter.posting import Posting, save_postings
from editor.model.findings.catalogue import say
from editor.model.findings.worded import Phrase
from editor.model.translation.blocks import Block, fit_block_text, replace_block_text, split_blocks
from editor.model.translation.exchange_segments import NEEDS_TRANSLATION, Segment, fingerprint, pair_segments
from editor.model.frontmatter.one_line import ONE_LINE_FIELDS, on_one_line
from editor.model.translation.xliff import DONE_STATES, Unit, XliffError, XliffFile, collapse, pair_for_export, read_units
from editor.model.translation.xml_input import read_xml_file

if TYPE_CHECKING:
    from editor.model.site.index import SiteIndex

@dataclass
class ImportReport:
    """What importing did (or would do) to one posting."""

    path: Path
    file: str  # relative to the site
    posting: Posting
    created: bool = False
    key: str = ""
    source: Posting | None = None  # the posting translated from
    updated: list[Segment] = field(default_factory=list)
    kept: list[Segment] = field(default_factory=list)  # still marked to translate
    unchanged: int = 0
    skipped: list[Segment] = field(default_factory=list)  # no single block to write to (in the editor)

    @property
    def changed(self) -> bool:
        return self.created or bool(self.updated)

    def summary(self, lang: str = "en") -> str:
        """What importing did to this posting, in ``lang``."""
        if not self.changed:
            head = say("xliff-report-unchanged", lang, path=self.file)
        else:
            head = say("xliff-report-created" if self.created else "xliff-report-updated", lang, path=self.file,
                       count=len(self.updated))
        parts = [head]
        if self.kept:
            parts.append(say("xliff-report-kept", lang, count=len(self.kept)))
        if self.unchanged:
            parts.append(say("xliff-report-same", lang, count=self.unchanged))
        if self.skipped:
            parts.append(say("xliff-report-skipped", lang, count=len(self.skipped),
                             places=", ".join(describe(s, lang) for s in self.skipped)))
        return say("xliff-report", lang, parts="; ".join(parts))


_KINDS = ("title", "description", "heading", "paragraph", "item", "table")


def describe(segment: Segment, lang: str = "en") -> str:
    """Where ``segment`` is, in a few words of ``lang`` ("the title", "the heading at line 12")."""
    return _place(segment).text(lang)


def _place(segment: Segment) -> Phrase:
    if segment.kind in _KINDS:
        return Phrase(f"segment-{segment.kind}", {"line": segment.line})
    return Phrase("segment-other", {"line": segment.line})


def plan_import(index: SiteIndex, path: Path | str) -> list[ImportReport]:
    """The postings an XLIFF file would change, edited in memory. Raises XliffError (or
    XmlInputError) with the reason when it cannot be imported."""
    files = read_units(read_xml_file(path, "xliff"))
    # The edits go into copies of the index's postings: the window keeps its index, and an import
    # refused or not written must leave it as the disk is, or trying again would find nothing to
    # change. Files of the XLIFF naming the same posting share its copy, so all their edits land.
    working: dict[Path, Posting] = {}
    return [_plan_file(index, entry, working) for entry in files]


def import_xliff(index: SiteIndex, path: Path | str) -> list[ImportReport]:
    """Import and save: every changed posting is written, or none (FileChangedError/OSError)."""
    reports = plan_import(index, path)
    for report in reports:
        if report.created:
            report.path.parent.mkdir(parents=True, exist_ok=True)  # the site's first posting in that language
    save_postings(list(dict.fromkeys(r.posting for r in reports if r.changed)))  # a posting two files changed, once
    _remember_translations(index, [r for r in reports if r.changed])
    return reports


def _remember_translations(index: SiteIndex, reports: list[ImportReport]) -> None:
    """Outside git, record each imported translation as saved, as the window records a save: the
    translation written would otherwise read as changed since it was saved, and the source, untouched,
    as behind it. In git, the commits say it."""
    from editor.model.site.pair import PostingPair
    from editor.model.translation.status import GitHistory, TranslationState, pair_status, record_translation_saved

    if not reports:
        return
    history, state = GitHistory.read(index.site), TranslationState.load(index.site.root)
    for report in reports:
        if report.source is None or report.posting.language not in ("en", "fr"):
            continue
        english, french = (report.source, report.posting) if report.posting.language == "fr" else (report.posting, report.source)
        pair = PostingPair(report.key, english, french)
        status = pair_status(pair, history, state)
        if status is not None and status.method == "git":
            continue
        try:
            record_translation_saved(index.site, pair, translated=report.posting.language)
        except OSError:
            pass  # the translation is written; without its record the pair's state is unknown, as before


def _find_key(index: SiteIndex, entry: XliffFile) -> str:
    if entry.key:
        return entry.key
    found = index.pair_for_path(index.site.root / entry.original) if entry.original else None
    if found is None:
        raise XliffError.said("xliff-unknown-posting", path=entry.original, site=str(index.site.root))
    return found.key


def _plan_file(index: SiteIndex, entry: XliffFile, working: dict[Path, Posting]) -> ImportReport:
    key = _find_key(index, entry)
    title = entry.units.get("title")
    done_title = on_one_line(title.target).strip() if title and title.target and (title.state is None or title.state in DONE_STATES) else None
    try:
        source, target, new = pair_for_export(index, key, entry.target_lang, source_file=entry.original or None,
                                              target_file=entry.target_file, title=done_title)
    except XliffError as error:
        raise XliffError.said("nothing-imported", reason=error) from None
    target = working.setdefault(target.file_path, target if new else target.saved_version())
    if source.language != entry.source_lang and source.language is not None:
        raise XliffError.said("xliff-other-way", from_lang=entry.source_lang, key=key)
    segments = {s.id: s for s in pair_segments(source, target, entry.target_lang)}
    _refuse_changed_source(index, source, entry, segments)
    report = ImportReport(target.file_path, index.site.relative(target.file_path), target, created=new, key=key,
                          source=source)
    fields: dict[str, str] = {}
    blocks: list[tuple[Segment, str]] = []
    conflicts: list[Segment] = []
    for unit_id, segment in segments.items():
        unit = entry.units[unit_id]
        text = unit.target
        if text is None or not ((unit.state is None or unit.state in DONE_STATES) and text.strip()):
            if segment.state == NEEDS_TRANSLATION:
                report.kept.append(segment)
            else:
                report.unchanged += 1
            continue
        if not segment.translatable or not unit.translate:
            report.skipped.append(segment)
            continue
        if segment.block is None and unit_id in ONE_LINE_FIELDS:
            text = on_one_line(text)  # a line break typed in the CAT tool: the window joins pasted lines too
        elif segment.block is not None:
            text = fit_block_text(segment.block.kind, text)  # as it will be written: one block, never two
        current = segment.current or ""
        if text == current or (not unit.preserve and collapse(current) == text):
            report.unchanged += 1
            continue
        # A new file (the one exported deleted or moved since) has nothing anyone changed: its
        # skeleton takes the translation.
        if unit.fingerprint and not new and unit.fingerprint != fingerprint(segment.current):
            conflicts.append(segment)
            continue
        if segment.block is None:
            fields[unit_id] = text
        else:
            blocks.append((segment, text))
        report.updated.append(segment)
    if conflicts:
        refusal = XliffError.said("xliff-target-changed", path=report.file, places=tuple(map(_place, conflicts)))
        refusal.code, refusal.detail = "target-changed", "\n".join(f"{s.kind} {s.line}" for s in conflicts)
        raise refusal
    _apply(target, fields, blocks, report.file)
    if new and not (report.updated or done_title):
        report.created = False  # nothing translated yet: no file to create
    return report


def _apply(posting: Posting, fields: dict[str, str], blocks: list[tuple[Segment, str]], file: str) -> None:
    try:
        for name, text in fields.items():
            posting.set(name, text)
        if blocks:
            body = posting.body
            kinds = _kinds(body)
            for segment, text in sorted(blocks, key=lambda item: _block(item[0]).start, reverse=True):
                body = replace_block_text(body, _block(segment), text)
                if _kinds(body) != kinds:
                    # A line of the target begins a heading, a list item or another block: the pair
                    # would fall out of line from there on.
                    raise XliffError.said("xliff-block-split", path=file, place=_place(segment), unit=segment.id,
                                          text=_shortened(text.replace("\n", " ↵ ")))
            posting.set_body(body)
    except ValueError as error:
        if isinstance(error, XliffError):
            raise
        raise XliffError.said("xliff-cannot-apply", path=file, reason=error) from None


def _shortened(text: str, most: int = 80) -> str:
    return text if len(text) <= most else text[:most - 1] + "…"


def _block(segment: Segment) -> Block:
    assert segment.block is not None  # only block segments are given to _apply as blocks
    return segment.block


def _kinds(body: str) -> list[tuple[str, int]]:
    return [(block.kind, block.level) for block in split_blocks(body)]


def _refuse_changed_source(index: SiteIndex, source: Posting, entry: XliffFile, segments: dict[str, Segment]) -> None:
    def same(unit: Unit, segment: Segment) -> bool:
        return unit.source == segment.source if unit.preserve else unit.source == collapse(segment.source)

    then = [f"{uid}: {unit.source}" for uid, unit in entry.units.items()]
    now = [f"{sid}: {segment.source}" for sid, segment in segments.items()]
    changed = (set(entry.units) != set(segments)
               or any(not same(entry.units[sid], segment) for sid, segment in segments.items()))
    if not changed:
        return
    _refuse_missing_units(index, source, entry, segments, same)
    order = {sid: n for n, sid in enumerate(segments)}
    then.sort(key=lambda line: order.get(line.split(":", 1)[0], len(order)))
    # Segment lines only: the hunk headers count list positions, which tell the reader nothing.
    diff = "\n".join(line for line in difflib.unified_diff(then, now, lineterm="", n=0)
                     if line[:1] in "-+" and line[:3] not in ("---", "+++"))
    refusal = XliffError.said("xliff-source-changed", path=index.site.relative(source.file_path), diff=diff)
    refusal.code, refusal.detail = "source-changed", diff
    raise refusal


def _refuse_missing_units(index: SiteIndex, source: Posting, entry: XliffFile, segments: dict[str, Segment],
                          same: Callable[[Unit, Segment], bool]) -> None:
    """When every unit both have reads the same, refuse naming them: units the file holds that no
    export writes (an id not ``title``, ``description`` or ``b<n>``: a CAT tool split a unit), and
    units it lacks where the source cannot have lost a block, each missing one coming before one the
    file holds (a block added to or removed from the source renumbers the blocks after it, and one
    added at the end is the source's change): a CAT tool joined them to another, or they were deleted."""
    if any(not same(unit, segments[uid]) for uid, unit in entry.units.items() if uid in segments):
        return
    foreign = [unit for uid, unit in entry.units.items() if not re.fullmatch(r"title|description|b\d+", uid)]
    if foreign:  # no export writes such an id, so no change of the source explains it
        raise XliffError.said("xliff-units-unknown", path=index.site.relative(source.file_path), count=len(foreign),
                              units=", ".join(f"{unit.id} ({unit.source})" for unit in foreign))
    last = max((int(uid[1:]) for uid in entry.units if re.fullmatch(r"b\d+", uid)), default=-1)
    missing = [segments[uid] for uid in segments if uid not in entry.units]
    if not missing or any(not re.fullmatch(r"b\d+", s.id) or int(s.id[1:]) > last for s in missing):
        return
    units = ", ".join(f"{s.id} ({s.source})" for s in missing)
    raise XliffError.said("xliff-units-missing", path=index.site.relative(source.file_path), units=units,
                          count=len(missing))
