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

from editor.model.storage.files import read_bytes

MAX_XML_BYTES = 32 * 1024 * 1024  # a whole site's postings as XLIFF stays far below this
_DECLARATION = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


class XmlInputError(ValueError):
    """The file cannot be read as safe XML (the message says why)."""


def read_xml_file(path: Path | str, what: str) -> etree._Element:
    """The root element of the XML file ``path``; ``what`` names it in messages ("XLIFF file")."""
    path = Path(path)
    try:
        data = read_bytes(path, MAX_XML_BYTES)
    except FileNotFoundError:
        raise XmlInputError(f"{path}: no such file.") from None
    except OSError as error:
        raise XmlInputError(f"{path}: cannot read the {what} ({error.strerror or error}).") from None
    return parse_xml(data, f"{path}", what)


def parse_xml(data: bytes, name: str, what: str) -> etree._Element:
    if len(data) > MAX_XML_BYTES:
        raise XmlInputError(f"{name}: the {what} is larger than {MAX_XML_BYTES // (1024 * 1024)} MB; "
                            "split it or export fewer postings at a time.")
    sample = data if data[:2] not in (b"\xff\xfe", b"\xfe\xff") else data.decode("utf-16", "replace").encode()
    if _DECLARATION.search(sample):
        raise XmlInputError(f"{name}: the {what} declares a document type or entities (<!DOCTYPE>, <!ENTITY>); "
                            "files from translation tools have none, and such declarations can expand without "
                            "bound or read other files, so it was not read.")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                             huge_tree=False, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        line = f" (line {error.lineno})" if getattr(error, "lineno", None) else ""
        raise XmlInputError(f"{name}: the {what} is not well-formed XML{line}: {error.msg}") from None
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise XmlInputError(f"{name}: the {what} declares a document type; files from translation tools have none.")
    return root


def local_name(element: etree._Element) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
