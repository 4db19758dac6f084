"""XLIFF 1.2 for CAT tools (Trados, memoQ, OmegaT): one posting's segments out, a translation in.

:func:`export_pair` writes the title, the description and each text block of the source body as
a ``trans-unit`` (ids ``title``, ``description``, ``b<n>``), Markdown and HTML inline markup as
``<ph>`` codes holding the markup itself (so any tool gives it back byte for byte), the present
translation as ``<target state=…>`` (``needs-translation`` while the skeleton's marker is there),
the posting's key and files in the header's notes, and in each unit's ``context-group`` the
source file and line and a fingerprint of the target text as exported (``x-target-sha256``), so
an import can tell a block someone changed in the meantime. :func:`read_units` reads such a file
back, as our export wrote it or as a CAT tool saved it (``<x/>`` codes, ``<mrk>`` segments, units
in any order, whitespace not preserved). Importing is :mod:`editor.model.translation.xliff_import`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from editor import __version__
from editor.model.findings.worded import Worded
from editor.model.translation.inline_codes import Code, number_like, split_markup
from editor.model.translation.exchange_segments import fingerprint, pair_segments
from editor.model.translation.xml_input import XmlInputError, local_name

if TYPE_CHECKING:
    from editor.model.frontmatter.posting import Posting
    from editor.model.site.index import PairEntry, SiteIndex

NS = "urn:oasis:names:tc:xliff:document:1.2"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
LOCALES = {"en": "en-CA", "fr": "fr-CA"}
TOOL = "posting-editor"
# Target states a translator sets when the text is done (or done and awaiting review); the others
# (new, needs-translation, needs-l10n, needs-adaptation) leave the block as it is, marker included.
DONE_STATES = frozenset({"translated", "signed-off", "final", "needs-review-translation", "needs-review-l10n",
                         "needs-review-adaptation"})
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class XliffError(Worded, ValueError):
    """The export or import cannot be done (the message says why and what to do).

    ``code`` names the refusals a window words itself: ``source-changed`` (``detail``: the
    difference, as a unified diff) and ``target-changed`` (``detail``: the places, one a line: kind and source line)."""

    def __init__(self, message: str, code: str = "", detail: str = ""):
        super().__init__(message)
        self.code, self.detail = code, detail


def language_of(locale: str | None) -> str | None:
    """``en`` or ``fr`` for a locale such as ``fr-CA`` or ``FR``; None for any other."""
    code = (locale or "").split("-")[0].split("_")[0].lower()
    return code if code in LOCALES else None


# ------------------------------------------------------------------------------------ export
def pair_for_export(index: SiteIndex, key: str, to_lang: str, *, source_file: str | None = None,
                    target_file: str | None = None, title: str | None = None) -> tuple[Posting, Posting, bool]:
    """``(source posting, target posting or its skeleton, whether the target is new)``.

    ``key`` is a translationKey or the source posting's file (relative to the site or not): a key
    kept by several files per language (old copies) needs the file. ``source_file``/``target_file``
    (relative to the site) pick the files an export named; ``title`` names a new target's file."""
    from editor.model.translation import translation_pairs
    from editor.model.translation.skeleton import SkeletonError, create_counterpart

    if to_lang not in LOCALES:
        raise XliffError.said("not-a-site-language", code=to_lang)
    from_lang = "en" if to_lang == "fr" else "fr"
    entry = index.pair_for_key(key)
    if entry is None:
        entry, source_file = _entry_of_file(index, key)
        key = entry.key
    refusal = index.unreadable_refusal(key)
    if refusal:
        raise XliffError.saying(refusal)
    sources, targets = entry.postings(from_lang), entry.postings(to_lang)
    if source_file is not None:
        sources = [p for p in sources if index.site.relative(p.file_path) == source_file]
        if not sources:
            raise XliffError.said("xliff-not-source", path=source_file, from_lang=from_lang, key=key)
    if len(sources) > 1:
        files = ", ".join(index.site.relative(p.file_path) for p in sources)
        raise XliffError.said("xliff-several-sources", key=key, from_lang=from_lang, files=files)
    if not sources:
        raise XliffError.said("no-source-posting", key=key, from_lang=from_lang)
    source = sources[0]
    if target_file is not None and any(index.site.relative(p.file_path) == target_file for p in targets):
        targets = [p for p in targets if index.site.relative(p.file_path) == target_file]
    elif len(targets) > 1:
        pairs = translation_pairs(entry)
        targets = [b if a is source else a for a, b in pairs if source in (a, b)]
        if not targets:
            raise XliffError.said("xliff-no-target", to_lang=to_lang, key=key,
                                      path=index.site.relative(source.file_path))
    for posting in (source, *targets):
        if not posting.valid:
            raise XliffError.said("repair-first", path=index.site.relative(posting.file_path), problem=posting.problem)
    if targets:
        return source, targets[0], False
    try:
        return source, create_counterpart(index, source, to_lang, title=title), True
    except SkeletonError as error:
        raise XliffError.carrying(error) from None


def _entry_of_file(index: SiteIndex, name: str) -> tuple[PairEntry, str]:
    """The index entry of the posting file ``name`` (relative to the site, or to the current folder),
    and its path relative to the site."""
    wanted = {name.replace("\\", "/").removeprefix("./")}
    if Path(name).exists():
        wanted.add(index.site.relative(Path(name).resolve()))
    for entry in index.pairs:  # names first: resolving every posting's path costs ~0.3 ms each
        for posting in entry.all_postings():
            relative = index.site.relative(posting.file_path)
            if relative in wanted:
                return entry, relative
    raise XliffError.said("no-such-key-or-file", key=name, site=str(index.site.root))


def export_pair(index: SiteIndex, key: str, to_lang: str) -> bytes:
    """The XLIFF 1.2 file for translating the pair ``key`` (or the posting file ``key``) into
    ``to_lang`` (UTF-8 bytes)."""
    source, target, new = pair_for_export(index, key, to_lang)
    key = str(source.get("translationKey") or key)
    from_lang = "en" if to_lang == "fr" else "fr"
    source_file = index.site.relative(source.file_path)
    target_file = index.site.relative(target.file_path)
    for name in (source_file, target_file):
        # The import finds the files by these names, which XML (UTF-8 here) cannot carry otherwise.
        try:
            name.encode("utf-8")
        except UnicodeEncodeError:
            raise XliffError.said("xliff-name-not-utf8", path=name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")) from None
    root = etree.Element(f"{{{NS}}}xliff", nsmap={None: NS}, version="1.2")
    file = etree.SubElement(root, f"{{{NS}}}file", {
        "original": source_file, "source-language": LOCALES[from_lang], "target-language": LOCALES[to_lang],
        "datatype": "x-markdown", "tool-id": TOOL})
    header = etree.SubElement(file, f"{{{NS}}}header")
    etree.SubElement(header, f"{{{NS}}}tool", {"tool-id": TOOL, "tool-name": "Posting Editor", "tool-version": __version__})
    _note(header, f"translationKey: {key}")
    _note(header, f"target: {target_file}")
    _note(header, "Keep the codes (tags): they are the page's formatting and links. Set a unit's state to "
                  "'translated' when its text is done; units left 'needs-translation' stay marked as not translated.")
    body = etree.SubElement(file, f"{{{NS}}}body")
    for segment in pair_segments(source, target, to_lang):
        unit = etree.SubElement(body, f"{{{NS}}}trans-unit", {"id": segment.id, "resname": segment.id})
        unit.set(XML_SPACE, "preserve")
        if not segment.translatable:
            unit.set("translate", "no")
        source_parts: list[str | Code] = [segment.source] if segment.kind in ("title", "description") else split_markup(segment.source)
        _fill(etree.SubElement(unit, f"{{{NS}}}source"), source_parts, segment.id)
        if segment.target is not None:
            target_parts: list[str | Code] = ([segment.target] if segment.kind in ("title", "description")
                            else number_like(split_markup(segment.target), source_parts))
            element = etree.SubElement(unit, f"{{{NS}}}target", state=segment.state)
            _fill(element, target_parts, segment.id)
        group = etree.SubElement(unit, f"{{{NS}}}context-group", purpose="location")
        for kind, value in (("sourcefile", source_file), ("linenumber", str(segment.line)),
                            ("x-target-sha256", fingerprint(segment.current))):
            etree.SubElement(group, f"{{{NS}}}context", {"context-type": kind}).text = value
        _note(unit, segment.note or f"{segment.kind} · {source_file}:{segment.line} · {key}")
    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return data


def _note(parent: etree._Element, text: str) -> None:
    etree.SubElement(parent, f"{{{NS}}}note", {"from": TOOL}).text = text


def _fill(element: etree._Element, parts: list[str | Code], unit_id: str) -> None:
    last = None
    for part in parts:
        text = part.text if isinstance(part, Code) else part
        if _NOT_IN_XML.search(text):
            raise XliffError.said("xliff-control-character", unit=unit_id)
        if isinstance(part, Code):
            last = etree.SubElement(element, f"{{{NS}}}ph", id=str(part.id))
            last.text = part.text
        elif last is None:
            element.text = (element.text or "") + part
        else:
            last.tail = (last.tail or "") + part


# ------------------------------------------------------------------------------------ reading
@dataclass
class Unit:
    id: str
    source: str
    target: str | None
    state: str | None
    fingerprint: str | None
    preserve: bool
    translate: bool = True


@dataclass
class XliffFile:
    original: str
    source_lang: str
    target_lang: str
    key: str | None
    target_file: str | None = None
    units: dict[str, Unit] = field(default_factory=dict)


def read_units(root: etree._Element) -> list[XliffFile]:
    """The ``<file>`` elements of an XLIFF 1.2 document, each with its units by id."""
    if local_name(root) != "xliff" or root.nsmap.get(root.prefix) not in (NS, None) or not str(root.tag).startswith(f"{{{NS}}}"):
        raise XliffError.said("xliff-not-xliff")
    found = []
    for file in root.iterfind(f"{{{NS}}}file"):
        source_lang = language_of(file.get("source-language"))
        target_lang = language_of(file.get("target-language"))
        if source_lang is None or target_lang is None or source_lang == target_lang:
            raise XliffError.said("xliff-languages", path=file.get("original"), source=file.get("source-language"),
                                  target=file.get("target-language"))
        notes: dict[str, str] = {}
        for note in file.iterfind(f"{{{NS}}}header/{{{NS}}}note"):
            name, _, value = (note.text or "").strip().partition(":")
            notes.setdefault(name, value.strip())
        entry = XliffFile(file.get("original") or "", source_lang, target_lang, notes.get("translationKey") or None,
                          notes.get("target") or None)
        for unit in file.iter(f"{{{NS}}}trans-unit"):
            read = _read_unit(unit)
            if read.id in entry.units:
                raise XliffError.said("xliff-unit-twice", unit=read.id, path=entry.original)
            entry.units[read.id] = read
        found.append(entry)
    if not found:
        raise XliffError.said("xliff-no-file")
    return found


def _read_unit(unit: etree._Element) -> Unit:
    unit_id = unit.get("id") or ""
    preserve = _preserved(unit)
    source = unit.find(f"{{{NS}}}source")
    if source is None:
        raise XliffError.said("xliff-no-source", unit=unit_id)
    codes: dict[str, str] = {}
    source_text = _text(source, codes, unit_id)
    target = unit.find(f"{{{NS}}}target")
    target_text = _text(target, codes, unit_id) if target is not None else None
    if not preserve:
        source_text = collapse(source_text)
        target_text = collapse(target_text) if target_text is not None else None
    mark = None
    for context in unit.iter(f"{{{NS}}}context"):
        if context.get("context-type") == "x-target-sha256":
            mark = (context.text or "").strip()
    state = target.get("state") if target is not None else None
    return Unit(unit_id, source_text, target_text, state, mark, preserve, unit.get("translate", "yes") != "no")


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _preserved(element: etree._Element | None) -> bool:
    while element is not None:
        space = element.get(XML_SPACE)
        if space is not None:
            return bool(space == "preserve")
        element = element.getparent()
    return False


def _text(element: etree._Element, codes: dict[str, str], unit_id: str) -> str:
    """The Markdown an element stands for: text, codes given back (by content, else by id from the
    same unit's source), segment marks (``<mrk>``, ``<g>``) read through."""
    parts = [element.text or ""]
    for child in element:
        name = local_name(child)
        if name in ("mrk", "g"):
            parts.append(_text(child, codes, unit_id))
        elif name in ("ph", "bpt", "ept", "it", "x", "bx", "ex"):
            code_id = child.get("id") or child.get("rid") or ""
            content = "".join(child.itertext()) if name not in ("x", "bx", "ex") else ""
            if content:
                codes.setdefault(code_id, content)
            elif code_id in codes:
                content = codes[code_id]
            else:
                raise XliffError.said("xliff-unknown-code", unit=unit_id, element=name, id=code_id)
            parts.append(content)
        parts.append(child.tail or "")
    return "".join(parts)


__all__ = ["export_pair", "read_units", "XliffError", "XmlInputError", "Unit", "XliffFile", "DONE_STATES"]
