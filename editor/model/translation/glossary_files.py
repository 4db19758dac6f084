"""The glossary in the formats terminology tools exchange: TBX (ISO 30042) out and in, CSV in.

:func:`glossary_tbx` writes the site's glossary as TBX-Basic (TBX v3, DCA style): one
``conceptEntry`` per entry, a ``langSec`` per language (``en-CA``, ``fr-CA``), a ``termSec`` per
accepted form, the first marked ``preferredTerm-admn-sts`` and the others ``admittedTerm-admn-sts``,
the entry's note as ``note``. :func:`read_terms` reads TBX v3 (``tbx``), TBX v2 (``martif``, as
MultiTerm and memoQ export it) or CSV (English, French, optional note; a header row may name the
columns, and without one the order is assumed and said; several forms in a cell are separated by ``|``). :func:`merge_terms` adds them to a
:class:`~editor.model.translation.glossary.Glossary` and says what was added, changed or skipped;
importing the same file again changes nothing.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from editor import __version__
from editor.model.findings.worded import Phrase, Worded
from editor.model.storage.files import read_bytes
from editor.model.translation.glossary import Glossary, fold
from editor.model.translation.xml_input import XmlInputError, local_name, read_xml_file
from editor.model.storage.reasons import system_reason

TBX_NS = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
LOCALES = {"en": "en-CA", "fr": "fr-CA"}
MAX_CSV_BYTES = 8 * 1024 * 1024
_HEADERS = {"en": {"en", "en-ca", "english", "anglais"}, "fr": {"fr", "fr-ca", "french", "français", "francais"},
            "note": {"note", "notes", "remarque", "comment", "definition"}}


# What else a header row may name a column, by what it says of it: a first row of column names that
# does not say which is English and which French is refused rather than imported as a term. A header
# names each column once: "English,anglais" or "Language,langue" names one twice, and is a term.
_OTHER_HEADERS = {
    "source": {"term", "terms", "terme", "termes", "source", "english term", "terme anglais"},
    "target": {"target", "cible", "translation", "traduction", "french term", "terme français", "terme francais"},
    "language": {"language", "langue"}}

# A column named by a language code, of any region ("en-US", "FR_CA"), alone or after the word:
# "Term (en)", "Terme [FR]", "term_fr", "Term (en-US)" (terminology tools).
_REGION = r"(?:[-_][a-z]{2}|[-_]\d{3})?"
_LOCALE = re.compile(f"(en|fr){_REGION}")
_CODED = re.compile(f".*?[\\s_(\\[-](en|fr){_REGION}[)\\]]?")


def _coded(name: str) -> str | None:
    found = _LOCALE.fullmatch(name) or _CODED.fullmatch(name)
    return found.group(1) if found else None


def _role(name: str) -> str | None:
    """What a header cell (casefolded) names: "en", "fr", "note", another column, or None: no column name."""
    for role, words in (*_HEADERS.items(), *_OTHER_HEADERS.items()):
        if name in words:
            return role
    return _coded(name)


class TermFileError(Worded, ValueError):
    """The term file cannot be read (the message says why)."""


@dataclass(frozen=True)
class Term:
    """One imported entry: ``where`` says where it was in the file (for the report, in its reader's language)."""

    en: tuple[str, ...]
    fr: tuple[str, ...]
    note: str
    where: Phrase


@dataclass
class MergeReport:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    skipped: list[Phrase] = field(default_factory=list)  # "term (reason)", in the reader's language

    @property
    def modified(self) -> bool:
        return bool(self.added or self.changed)


# ------------------------------------------------------------------------------------ export
def glossary_tbx(glossary: Glossary, *, title: str = "Glossary") -> bytes:
    root = etree.Element(f"{{{TBX_NS}}}tbx", nsmap={None: TBX_NS}, type="TBX-Basic", style="dca")
    root.set(XML_LANG, "en")
    header = etree.SubElement(root, f"{{{TBX_NS}}}tbxHeader")
    description = etree.SubElement(header, f"{{{TBX_NS}}}fileDesc")
    etree.SubElement(etree.SubElement(description, f"{{{TBX_NS}}}titleStmt"), f"{{{TBX_NS}}}title").text = title
    etree.SubElement(etree.SubElement(description, f"{{{TBX_NS}}}sourceDesc"), f"{{{TBX_NS}}}p").text = (
        f"Exported by Posting Editor {__version__} from the site's glossary.")
    body = etree.SubElement(etree.SubElement(root, f"{{{TBX_NS}}}text"), f"{{{TBX_NS}}}body")
    for number, entry in enumerate(glossary.entries, 1):
        concept = etree.SubElement(body, f"{{{TBX_NS}}}conceptEntry", id=f"c{number}")
        if entry.note:
            etree.SubElement(concept, f"{{{TBX_NS}}}note").text = entry.note
        for lang in ("en", "fr"):
            section = etree.SubElement(concept, f"{{{TBX_NS}}}langSec")
            section.set(XML_LANG, LOCALES[lang])
            for position, form in enumerate(entry.forms(lang)):
                term_section = etree.SubElement(section, f"{{{TBX_NS}}}termSec")
                etree.SubElement(term_section, f"{{{TBX_NS}}}term").text = form
                status = "preferredTerm-admn-sts" if position == 0 else "admittedTerm-admn-sts"
                etree.SubElement(term_section, f"{{{TBX_NS}}}termNote", type="administrativeStatus").text = status
    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return data


# ------------------------------------------------------------------------------------ import
@dataclass(frozen=True)
class TermFile:
    """The entries of a term file, and what had to be assumed to read them (to say to the user)."""

    terms: list[Term]
    assumed: Phrase | None = None  # a CSV without a header row: the columns' order taken as en, fr, note


def read_terms(path: Path | str) -> list[Term]:
    """The entries of a TBX or CSV file (by its content: XML is TBX, anything else CSV)."""
    return read_term_file(path).terms


def read_term_file(path: Path | str) -> TermFile:
    """:func:`read_terms`, saying what was assumed to read the file."""
    path = Path(path)
    try:
        head = read_bytes(path, 512)
    except FileNotFoundError:
        raise TermFileError.said("no-such-file", path=str(path)) from None
    except OSError as error:
        raise TermFileError.said("cannot-read", path=str(path), reason=system_reason(error)) from None
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        try:
            return TermFile(_tbx_terms(read_xml_file(path, "tbx"), path))
        except XmlInputError as error:
            raise TermFileError.carrying(error) from None
    return _csv_terms(path)


def _language(element: etree._Element) -> str | None:
    code = (element.get(XML_LANG) or element.get("lang") or "").split("-")[0].split("_")[0].lower()
    return code if code in LOCALES else None


def _tbx_terms(root: etree._Element, path: Path) -> list[Term]:
    if local_name(root) not in ("tbx", "martif"):
        raise TermFileError.said("tbx-root", path=str(path), root=local_name(root))
    terms = []
    for number, concept in enumerate((e for e in root.iter() if local_name(e) in ("conceptEntry", "termEntry")), 1):
        forms: dict[str, list[str]] = {"en": [], "fr": []}
        note = ""
        for child in concept:
            name = local_name(child)
            if name in ("note", "descrip") and not note and (name == "note" or child.get("type") == "definition"):
                note = " ".join("".join(child.itertext()).split())
            elif name in ("langSec", "langSet"):
                lang = _language(child)
                if lang is not None:
                    forms[lang] += [" ".join("".join(t.itertext()).split()) for t in child.iter() if local_name(t) == "term"]
        where = Phrase("term-at-entry", {"entry": str(concept.get("id") or number)})
        terms.append(Term(tuple(f for f in forms["en"] if f), tuple(f for f in forms["fr"] if f), note, where))
    return terms


def _csv_terms(path: Path) -> TermFile:
    try:
        data = read_bytes(path, MAX_CSV_BYTES)
    except OSError as error:
        raise TermFileError.said("cannot-read", path=str(path), reason=system_reason(error)) from None
    if len(data) > MAX_CSV_BYTES:
        raise TermFileError.said("terms-too-large", path=str(path), megabytes=MAX_CSV_BYTES // (1024 * 1024))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TermFileError.said("terms-not-utf8", path=str(path)) from None
    if "\x00" in text:
        raise TermFileError.said("terms-not-text", path=str(path))
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    if not any(cell.strip() for row in rows for cell in row):
        # Nothing to import is most likely the wrong file chosen: said, not "read without a header".
        raise TermFileError.said("terms-csv-empty", path=str(path))
    columns = {"en": 0, "fr": 1, "note": 2}
    first = 0
    assumed = Phrase("terms-csv-no-header", {"path": str(path)})
    if rows:
        names = [cell.strip().casefold() for cell in rows[0]]
        roles = [_role(name) for name in names if name]
        shown = ", ".join(cell.strip() for cell in rows[0] if cell.strip())
        if roles and None not in roles and len(set(roles)) == len(roles):
            found = {key: next((i for i, name in enumerate(names) if name and _role(name) == key), None)
                     for key in _HEADERS}
            if found["en"] is None or found["fr"] is None:
                # Column names that do not say which is English and which French ("Source,Target"): read
                # as a term, or as English-French when it may be French-English, the import would be wrong.
                raise TermFileError.said("terms-header-unclear", path=str(path), names=shown)
            columns = {key: value for key, value in found.items() if value is not None}
            first = 1
        elif any(role is not None for role in roles):
            # Words that also name columns, in a row that is no header: the reader is told how it was read.
            assumed = Phrase("terms-csv-first-row-term", {"path": str(path), "names": shown})
    terms = []
    for number, row in enumerate(rows[first:], first + 1):
        if not any(cell.strip() for cell in row):
            continue

        def cell(key: str, row: list[str] = row) -> str:
            index = columns.get(key)
            return row[index].strip() if index is not None and index < len(row) else ""

        en, fr = (tuple(f.strip() for f in cell(k).split("|") if f.strip()) for k in ("en", "fr"))
        terms.append(Term(en, fr, cell("note"), Phrase("term-at-line", {"line": number})))
    return TermFile(terms, None if first else assumed)


def merge_terms(glossary: Glossary, terms: list[Term]) -> MergeReport:
    """Add ``terms`` to ``glossary`` (in memory): an entry whose first English form is already an
    English form of an entry replaces that entry's forms (and its note, when one is given)."""
    report = MergeReport()
    seen: set[str] = set()
    for term in terms:
        label = term.en[0] if term.en else (term.fr[0] if term.fr else term.where)
        if not term.en or not term.fr:
            report.skipped.append(Phrase("term-skip-no-form", {"term": label, "where": term.where,
                                                               "lang": "en" if not term.en else "fr"}))
            continue
        key = fold(term.en[0])
        if key in seen:
            report.skipped.append(Phrase("term-skip-earlier", {"term": label, "where": term.where}))
            continue
        seen.add(key)
        existing = next((e for e in glossary.entries if key in {fold(f) for f in e.en}), None)
        if existing is None:
            glossary.add(list(term.en), list(term.fr), term.note)
            report.added.append(term.en[0])
            continue
        note = term.note or existing.note
        if existing.en == term.en and existing.fr == term.fr and existing.note == note:
            report.skipped.append(Phrase("term-skip-same", {"term": label}))
            continue
        glossary.update(existing, en=list(term.en), fr=list(term.fr), note=note)
        report.changed.append(term.en[0])
    return report
