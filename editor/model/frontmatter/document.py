"""Split a posting file into its exact parts so that writing them back gives the same bytes.

A posting is ``[BOM] "---" NL <yaml> "---" NL <body>``. Nothing here interprets the YAML: the
parts are kept as text, and :mod:`editor.model.frontmatter` edits the YAML text in place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

BOM = "\ufeff"
MAX_FILE_BYTES = 2 * 1024 * 1024  # postings are ~10 KB; anything this large is not a posting

# Hugo accepts trailing blanks after the delimiters; so do we, and we keep them as they are.
_DELIMITER = re.compile(r"---[ \t]*(\r\n|\n|\r|$)")
_LINE_END = re.compile(r"\r\n|\n|\r")


class PositionedError(ValueError):
    """A problem with a stable code, a plain message and where it is."""

    def __init__(self, code: str, message: str, line: int, column: int):
        super().__init__(message)
        self.code = code
        self.message = message
        self.line = line
        self.column = column


class DocumentError(PositionedError):
    """The bytes cannot be taken apart as a posting. ``line``/``column`` are 1-based file positions."""

    def __init__(self, code: str, message: str, line: int = 1, column: int = 1):
        super().__init__(code, message, line, column)


@dataclass(frozen=True)
class Document:
    """The text of a posting in four verbatim parts: ``opening + front + closing + body``."""

    bom: bool
    opening: str  # "---" and its line ending, exactly as in the file
    front: str  # the YAML text, with its own line endings
    closing: str  # "---" and its line ending (possibly none at end of file)
    body: str

    @property
    def newline(self) -> str:
        """The line ending new lines should use: the file's first one, LF when it has none."""
        match = _LINE_END.search(self.opening + self.front + self.closing + self.body)
        return match.group(0) if match else "\n"

    @property
    def front_first_line(self) -> int:
        """1-based file line on which the YAML text starts."""
        return 2

    @property
    def body_first_line(self) -> int:
        """1-based file line on which the body starts."""
        return 1 + count_lines(self.opening + self.front + self.closing)

    def text(self) -> str:
        return (BOM if self.bom else "") + self.opening + self.front + self.closing + self.body

    def to_bytes(self) -> bytes:
        return self.text().encode("utf-8")

    def with_front(self, front: str) -> Document:
        return replace(self, front=front)

    def with_body(self, body: str) -> Document:
        return replace(self, body=body)


def count_lines(text: str) -> int:
    """Number of line endings in ``text`` (so the line after it is ``count + 1``)."""
    return len(_LINE_END.findall(text))


def decode(raw: bytes) -> tuple[str, bool]:
    """UTF-8 text of ``raw`` without its BOM, and whether there was one."""
    if len(raw) > MAX_FILE_BYTES:
        raise DocumentError(
            "file-too-large",
            f"The file is larger than {MAX_FILE_BYTES // 1024} KB, the most a posting may be. "
            "It was not opened.",
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise DocumentError(
            "not-utf8",
            f"The file is not UTF-8 text (byte 0x{raw[error.start]:02x}). "
            "Save it as UTF-8 in your text editor, then open it again.",
            line,
            column,
        ) from None
    if text.startswith(BOM):
        return text[1:], True
    return text, False


def parse_document(raw: bytes) -> Document:
    """Take a posting's bytes apart. Raises :class:`DocumentError` when there is no front matter."""
    text, bom = decode(raw)
    if not text.strip():
        raise DocumentError("empty-file", "The file is empty: a posting needs front matter and a body.")
    opening = _DELIMITER.match(text)
    if opening is None or opening.group(1) == "":
        first = text.lstrip()[:3]
        hint = (
            " This file seems to use TOML (+++) or JSON front matter; postings use YAML between --- lines."
            if first in ("+++",) or first.startswith("{")
            else ""
        )
        raise DocumentError(
            "no-front-matter",
            "The file does not start with a '---' line, so it has no front matter." + hint,
        )
    position = opening.end()
    while position <= len(text):
        closing = _DELIMITER.match(text, position)
        if closing is not None:
            return Document(
                bom=bom,
                opening=opening.group(0),
                front=text[opening.end() : position],
                closing=closing.group(0),
                body=text[closing.end() :],
            )
        next_line = _LINE_END.search(text, position)
        if next_line is None:
            break
        position = next_line.end()
    raise DocumentError(
        "unclosed-front-matter",
        "The front matter that starts on line 1 is never closed: add a line with '---' after the last field.",
    )
