"""Reading XML that comes from elsewhere (a translator's XLIFF, a terminology file), safely.

Files from CAT tools have no document type declaration; one that declares entities could expand
without bound ("billion laughs") or make the parser read other files or the network (XXE), so a
DTD is refused outright, entities are never expanded, nothing is fetched, and the file is read
up to a size limit before it is parsed.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from editor.model.findings.worded import Phrase, Worded
from editor.model.storage.files import read_bytes
from editor.model.storage.reasons import system_reason

MAX_XML_BYTES = 32 * 1024 * 1024  # a whole site's postings as XLIFF stays far below this
_DECLARATION = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


class XmlInputError(Worded, ValueError):
    """The file cannot be read as safe XML (the message says why)."""


def read_xml_file(path: Path | str, what: str) -> etree._Element:
    """The root element of the XML file ``path``; ``what`` names its kind in messages ("xliff", "tbx")."""
    path = Path(path)
    try:
        data = read_bytes(path, MAX_XML_BYTES)
    except FileNotFoundError:
        raise XmlInputError.said("no-such-file", path=str(path)) from None
    except OSError as error:
        raise XmlInputError.said("xml-unreadable", path=str(path), what=_kind(what),
                                 reason=system_reason(error)) from None
    return parse_xml(data, f"{path}", what)


def parse_xml(data: bytes, name: str, what: str) -> etree._Element:
    if len(data) > MAX_XML_BYTES:
        raise XmlInputError.said("xml-too-large", path=name, what=_kind(what), megabytes=str(MAX_XML_BYTES // (1024 * 1024)))
    sample = data if data[:2] not in (b"\xff\xfe", b"\xfe\xff") else data.decode("utf-16", "replace").encode()
    if _DECLARATION.search(sample):
        raise XmlInputError.said("xml-declarations", path=name, what=_kind(what))
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                             huge_tree=False, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise XmlInputError.said("xml-not-well-formed", path=name, what=_kind(what), line=str(getattr(error, "lineno", "") or ""),
                                 reason=error.msg) from None
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise XmlInputError.said("xml-doctype", path=name, what=_kind(what))
    return root


def _kind(what: str) -> Phrase:
    return Phrase(f"xml-what-{what}")


def local_name(element: etree._Element) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
