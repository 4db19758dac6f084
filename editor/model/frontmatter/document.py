"""Split a posting file into its exact parts so that writing them back gives the same bytes.

A posting is ``[BOM] "---" NL <yaml> "---" NL <body>``, or as Hugo also reads it
``[BOM] "+++" NL <toml> "+++" NL <body>`` or ``[BOM] "{" <json> "}" NL <body>``. Nothing here
interprets the front matter: the parts are kept as text, and :mod:`editor.model.frontmatter` edits
that text in place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING

from editor.model.findings.worded import Worded

if TYPE_CHECKING:
    from editor.model.frontmatter.yaml_safe import FrontMatter

BOM = "\ufeff"
MAX_FILE_BYTES = 2 * 1024 * 1024  # postings are ~10 KB; anything this large is not a posting

# Hugo accepts trailing blanks after the delimiters; so do we, and we keep them as they are.
_DELIMITER = re.compile(r"---[ \t]*(\r\n|\n|\r|$)")
_TOML_DELIMITER = re.compile(r"\+\+\+[ \t]*(\r\n|\n|\r|$)")
_JSON_END = re.compile(r"[ \t]*(\r\n|\n|\r|$)")
FORMATS = ("yaml", "toml", "json")
DELIMITERS = {"yaml": "---", "toml": "+++"}
_LINE_END = re.compile(r"\r\n|\n|\r")


class PositionedError(ValueError):
    """A problem with a stable code, where it is, and the parameters of its message (see
    :mod:`editor.model.findings`); ``message`` is the English sentence."""

    def __init__(self, code: str, line: int, column: int, *, variant: str = "", params: dict | None = None):
        from editor.model.findings import Params, render

        self.code = code
        self.variant = variant
        self.params = Params(params)
        self.message = render(code, variant, self.params)
        super().__init__(self.message)
        self.line = line
        self.column = column
        # set by readers that can still use the rest when some values are unreadable (YAML)
        self.partial: FrontMatter | None = None


class EditError(Worded, ValueError):
    """An edit of the front matter or body refused (the value cannot be written safely, the field
    cannot be removed alone, the posting would grow too large); nothing was changed."""


class DocumentError(PositionedError):
    """The bytes cannot be taken apart as a posting. ``line``/``column`` are 1-based file positions."""

    def __init__(self, code: str, line: int = 1, column: int = 1, *, variant: str = "", params: dict | None = None):
        super().__init__(code, line, column, variant=variant, params=params)


@dataclass(frozen=True)
class Document:
    """The text of a posting in four verbatim parts: ``opening + front + closing + body``."""

    bom: bool
    opening: str  # "---" (or "+++") and its line ending, exactly as in the file; "" for JSON
    front: str  # the front matter text, with its own line endings (JSON: from "{" to "}")
    closing: str  # "---" (or "+++") and its line ending (possibly none at end of file); JSON: what ends the "}" line
    body: str
    format: str = "yaml"  # "yaml", "toml" or "json"

    @property
    def newline(self) -> str:
        """The line ending new lines should use: the file's first one, LF when it has none."""
        match = _LINE_END.search(self.opening + self.front + self.closing + self.body)
        return match.group(0) if match else "\n"

    @property
    def front_first_line(self) -> int:
        """1-based file line on which the front matter text starts."""
        return 1 if self.format == "json" else 2

    @property
    def body_first_line(self) -> int:
        """1-based file line on which the body starts."""
        return 1 + count_lines(self.opening + self.front + self.closing)

    def text(self) -> str:
        return (BOM if self.bom else "") + self.opening + self.front + self.closing + self.body

    def to_bytes(self) -> bytes:
        return self._bytes

    @cached_property
    def _bytes(self) -> bytes:
        # Asked several times a keystroke (the size limit, "modified", the checks' copy of the pair):
        # encoded once per version of the text (an edit makes a new Document). Not a field: equality
        # and ``replace`` leave it alone.
        return self.text().encode("utf-8")

    def with_front(self, front: str) -> Document:
        return replace(self, front=front)

    def with_body(self, body: str) -> Document:
        return replace(self, body=body)


def count_lines(text: str) -> int:
    """Number of line endings in ``text`` (so the line after it is ``count + 1``)."""
    return len(_LINE_END.findall(text))


def keep_line_endings(old: str, new: str, newline: str, breaks: re.Pattern[str] = _LINE_END) -> str:
    """``new`` (the text replacing ``old``) with its line breaks written as the file writes them: all
    ``newline`` when ``old`` ends every line alike; when ``old`` mixes them, each line of ``new`` that
    was already there (or replaces one) keeps the line break it had, and an added line takes the
    break of the line before it, so an edit never rewrites the lines it did not change.

    ``breaks``: what ends a line of ``old`` as the text ``new`` came from shows it (a text editor
    also shows U+2029 as a line break); an added line only ever takes a real line break."""
    if not _other_breaks(old, newline, breaks):
        return _LINE_END.sub(newline, new) if newline != "\n" else new.replace("\r\n", "\n")
    import difflib  # only for the rare mixed file

    before, after = _lines(old, breaks), _lines(new, breaks)
    fallback = next((ending for _, ending in before if _LINE_END.fullmatch(ending)), newline)
    matcher = difflib.SequenceMatcher(None, [text for text, _ in before], [text for text, _ in after], autojunk=False)
    out = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        for offset, (text, ending) in enumerate(after[j1:j2]):
            if ending:  # a last line without a break stays without one
                if tag != "insert" and i1 + offset < i2 and before[i1 + offset][1]:
                    ending = before[i1 + offset][1]
                else:
                    previous = before[i1 - 1][1] if i1 > 0 else ""
                    ending = previous if _LINE_END.fullmatch(previous) else fallback
            out.append(text + ending)
    return "".join(out)


def _other_breaks(text: str, newline: str, breaks: re.Pattern[str]) -> bool:
    """Whether ``text`` has a line break (as ``breaks`` finds them) other than ``newline``.

    Without a list of every break (a pasted document's 200,000 lines made that list 50 ms a
    keystroke), and for the usual patterns and line endings without a copy of the text either (10 ms
    at 1.7 MB, twice a keystroke): counting characters finds what the pattern would."""
    lone = _SIMPLE_BREAKS.get(breaks.pattern)
    if lone is None or newline not in ("\n", "\r", "\r\n"):
        return breaks.search(text.replace(newline, "")) is not None
    if any(char in text for char in lone):
        return True
    if newline == "\n":
        return "\r" in text
    if newline == "\r":
        return "\n" in text
    pairs = text.count("\r\n")
    return text.count("\r") != pairs or text.count("\n") != pairs


# Patterns of line breaks that are CR LF, LF, CR or one of a few characters alone: those characters.
_SIMPLE_BREAKS = {_LINE_END.pattern: "", r"\r\n|\n|\r|\u2029": "\u2029"}


def _lines(text: str, breaks: re.Pattern[str] = _LINE_END) -> list[tuple[str, str]]:
    """``text`` as (line, its line break) pairs; the last line's break is "" when the text has none."""
    lines, start = [], 0
    for match in breaks.finditer(text):
        lines.append((text[start:match.start()], match.group(0)))
        start = match.end()
    if start < len(text):
        lines.append((text[start:], ""))
    return lines


def decode(raw: bytes) -> tuple[str, bool]:
    """UTF-8 text of ``raw`` without its BOM, and whether there was one."""
    if len(raw) > MAX_FILE_BYTES:
        raise DocumentError("file-too-large", params={"kilobytes": str(MAX_FILE_BYTES // 1024)})
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise DocumentError("not-utf8", line, column, params={"byte": f"0x{raw[error.start]:02x}"}) from None
    if text.startswith(BOM):
        return text[1:], True
    return text, False


def announced_format(text: str) -> str | None:
    """The front matter format a text's first characters announce ("yaml", "toml" or "json"), as
    Hugo tells them apart; None when they announce none."""
    text = text.removeprefix(BOM)
    for kind, start in (("yaml", "---"), ("toml", "+++"), ("json", "{")):
        if text.startswith(start):
            return kind
    return None


def parse_document(raw: bytes) -> Document:
    """Take a posting's bytes apart. Raises :class:`DocumentError` when there is no front matter."""
    text, bom = decode(raw)
    if not text or text.isspace():  # what "not text.strip()" says, without copying the whole text
        raise DocumentError("empty-file")
    kind = announced_format(text)
    if kind == "json":
        return _json_document(text, bom)
    toml = kind == "toml"
    delimiter = _TOML_DELIMITER if toml else _DELIMITER
    opening = delimiter.match(text)
    if opening is None or opening.group(1) == "":
        raise DocumentError("no-front-matter")
    # The closing line is the first line from here that is the delimiter: only a line starting
    # with its three characters can be, so those are found with str.find rather than by trying
    # the pattern at every line. The opening ends with a line break, so its end starts a line.
    marker = "+++" if toml else "---"
    position = text.find(marker, opening.end())
    while position >= 0:
        if text[position - 1] in "\n\r":  # a line starts here ("\r\n" is one break: never between them)
            closing = delimiter.match(text, position)
            if closing is not None:
                return Document(
                    bom=bom,
                    opening=opening.group(0),
                    front=text[opening.end() : position],
                    closing=closing.group(0),
                    body=text[closing.end() :],
                    format="toml" if toml else "yaml",
                )
        position = text.find(marker, position + 1)
    raise DocumentError("unclosed-front-matter", variant="toml" if toml else "")


def _json_document(text: str, bom: bool) -> Document:
    """JSON front matter ends at the brace that closes the first one, as Hugo finds it: braces
    inside strings do not count."""
    depth, index, in_string = 0, 0, False
    while index < len(text):
        ch = text[index]
        if in_string:
            if ch == "\\":
                index += 1
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                end = _JSON_END.match(text, index + 1)
                close = end.end() if end is not None else index + 1
                return Document(bom, "", text[: index + 1], text[index + 1 : close], text[close:], "json")
        index += 1
    raise DocumentError("unclosed-front-matter", variant="json")
