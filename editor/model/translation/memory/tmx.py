"""TMX 1.4b, the translation-memory exchange format every CAT tool reads and writes.

Written: one ``<tu>`` per distinct English/French unit, languages ``en-CA`` and ``fr-CA``, the
Markdown text as plain segment text, where it comes from in ``<prop>`` elements. Read: any TMX
1.4 file's units that have an English and a French variant (any region), inline codes taken as
their native text. The parser never loads a DTD, resolves an entity or touches the network.
"""

from __future__ import annotations

import time
from pathlib import Path

from editor import __version__
from editor.model.findings.worded import Worded
from editor.model.storage.files import atomic_write, read_bytes
from editor.model.translation.memory.store import Unit

LANG_TAGS = {"en": "en-CA", "fr": "fr-CA"}
MAX_TMX_BYTES = 64 * 1024 * 1024
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# The kinds of unit this program writes as x-kind (a block's, or a sentence cut from a longer one);
# another tool's value of that property is read as the segment type says.
UNIT_KINDS = frozenset({"title", "description", "heading", "paragraph", "item", "sentence"})


class TmxError(Worded, ValueError):
    """Not a TMX file this program can read (the message says why)."""


def tmx_bytes(units: list[Unit], *, source_lang: str = "en") -> bytes:
    """A TMX 1.4b document of ``units`` (distinct English/French pairs, in order)."""
    from lxml import etree

    root = etree.Element("tmx", version="1.4")
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    etree.SubElement(root, "header", {
        "creationtool": "posting-editor", "creationtoolversion": __version__, "segtype": "paragraph",
        "o-tmf": "posting-editor", "adminlang": "en-CA", "srclang": LANG_TAGS[source_lang],
        "datatype": "plaintext", "creationdate": stamp})
    body = etree.SubElement(root, "body")
    seen: set[tuple[str, str]] = set()
    for unit in units:
        if (unit.en, unit.fr) in seen:
            continue
        seen.add((unit.en, unit.fr))
        tu = etree.SubElement(body, "tu", {"segtype": "sentence" if unit.kind == "sentence" else "paragraph"})
        for name, value in (("x-kind", unit.kind), ("x-key", unit.key), ("x-commit", unit.commit)):
            if value:
                etree.SubElement(tu, "prop", type=name).text = value
        for lang in ("en", "fr"):
            tuv = etree.SubElement(tu, "tuv", {_XML_LANG: LANG_TAGS[lang]})
            if unit.origin[0 if lang == "en" else 1]:
                etree.SubElement(tuv, "prop", type="x-origin").text = unit.origin[0 if lang == "en" else 1]
            etree.SubElement(tuv, "seg").text = _xml_safe(unit.text(lang))
    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True,
                                 doctype='<!DOCTYPE tmx SYSTEM "tmx14.dtd">')
    return data


def _xml_safe(text: str) -> str:
    """XML 1.0 cannot hold most control characters; a posting should not either."""
    return "".join(c for c in text if c in "\t\n\r" or ord(c) >= 0x20)


def write_tmx(units: list[Unit], path: Path) -> int:
    data = tmx_bytes(units)
    atomic_write(path, data)
    return unit_count(data)


def unit_count(data: bytes) -> int:
    """How many translation units a document of :func:`tmx_bytes` holds."""
    return data.count(b"<tu ")


def read_tmx(path: Path, *, origin: str | None = None, keep_origin: bool = True) -> list[Unit]:
    """The English/French units of a TMX file. Raises TmxError (or OSError) when it cannot be read."""
    return parse_tmx(read_bytes(path, MAX_TMX_BYTES), origin or path.name, keep_origin=keep_origin)


def parse_tmx(data: bytes, origin: str, *, keep_origin: bool = True) -> list[Unit]:
    """Units of a TMX document; their origin is the ``x-origin`` property this program writes
    (``keep_origin``) or ``origin:line`` of the unit in the file."""
    return parse_tmx_counted(data, origin, keep_origin=keep_origin)[0]


def parse_tmx_counted(data: bytes, origin: str, *, keep_origin: bool = True) -> tuple[list[Unit], int]:
    """:func:`parse_tmx`'s units, and how many ``<tu>`` were left out for want of an English and a
    French text (other languages only, an empty segment)."""
    from lxml import etree

    if len(data) > MAX_TMX_BYTES:  # read_bytes stops one byte past the limit: what is there is not all
        raise TmxError.said("tmx-too-large", megabytes=str(MAX_TMX_BYTES // (1024 * 1024)))
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise TmxError.said("tmx-not-well-formed", line=str(getattr(error, "lineno", "") or ""), reason=error.msg) from None
    if etree.QName(root).localname != "tmx":
        raise TmxError.said("tmx-root", root=etree.QName(root).localname)
    version = root.get("version")
    if version is None:
        raise TmxError.said("tmx-no-version")
    if not version.startswith("1."):
        raise TmxError.said("tmx-version", version=version)
    body = root.find("body")
    if root.find("header") is None or body is None:
        raise TmxError.said("tmx-parts")
    units: list[Unit] = []
    left_out = 0
    for tu in body.iter("tu"):
        texts: dict[str, str] = {}
        places: dict[str, str] = {}
        for tuv in tu.findall("tuv"):
            tag = str(tuv.get(_XML_LANG) or tuv.get("lang") or "").lower()
            lang = tag.split("-")[0].split("_")[0]
            seg = tuv.find("seg")
            if lang not in LANG_TAGS or seg is None or lang in texts:
                continue
            texts[lang] = "".join(seg.itertext())
            place = tuv.find("prop[@type='x-origin']")
            places[lang] = place.text if keep_origin and place is not None and place.text else f"{origin}:{tu.sourceline}"
        if texts.get("en", "").strip() and texts.get("fr", "").strip():
            props = {p.get("type"): p.text or "" for p in tu.findall("prop")}
            kind = props.get("x-kind", "")
            if kind not in UNIT_KINDS:
                kind = "sentence" if tu.get("segtype") == "sentence" else "paragraph"
            units.append(Unit(texts["en"], texts["fr"], kind, (places["en"], places["fr"]), props.get("x-key", ""),
                              props.get("x-commit", "")))
        else:
            left_out += 1
    return units, left_out
