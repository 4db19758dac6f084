"""The text-bearing elements of raw HTML in a body (``<p>``, ``<li>``, ``<h2>``…), for the skeleton.

Many postings were pasted from a content management system and hold their whole body as HTML
blocks. Markdown sees each such block as one opaque piece; a translator sees paragraphs, list
items and headings. :func:`text_elements` finds, in one HTML block, each block-level element
whose own text (the text not inside a nested block-level element) is worth translating, and
where that text starts: right after the element's opening tag, which is where the skeleton puts
its marker, inside the element, so the rendered structure stays the same.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser

# Elements that start a block of their own: text directly inside one of them is one block.
BLOCK_TAGS = frozenset(
    "address article aside blockquote caption dd details dialog div dl dt fieldset figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 header hgroup legend li main nav ol p section summary table tbody td tfoot th "
    "thead tr ul".split()
)
# Text inside these is code or data, never translated.
_SKIPPED = frozenset({"script", "style", "pre", "code", "textarea", "svg", "math"})
# Opening one of these ends an open <p> (as browsers read HTML).
_CLOSES_P = BLOCK_TAGS - {"summary", "td", "th", "caption", "legend"}
_SELF_CLOSING = {"li": {"li"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"}, "tr": {"tr"}, "td": {"td", "th"},
                 "th": {"td", "th"}, "p": {"p"}}


@dataclass(frozen=True)
class TextElement:
    """``offset``: where in the HTML the element's text starts (just after its opening tag, or at
    the first letter for text outside any element); ``plain``: its own text as a reader sees it."""

    tag: str
    offset: int
    plain: str


class _Walker(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self._line_starts = [0] + [match.end() for match in re.finditer("\n", text)]
        self.found: list[TextElement] = []
        # Open block elements: [tag, insertion offset, text parts]; the first is the block itself.
        self._stack: list[list] = [["", None, []]]
        self._skipping: list[str] = []

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def _close(self) -> None:
        tag, offset, parts = self._stack.pop()
        plain = " ".join("".join(parts).split())
        if plain and offset is not None:
            self.found.append(TextElement(tag, offset, plain))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping.append(tag)
            return
        if tag not in BLOCK_TAGS or self._skipping:
            return
        top = self._stack[-1][0]
        if top in _SELF_CLOSING.get(tag, ()) or (top == "p" and tag in _CLOSES_P):
            self._close()
        start_tag = self.get_starttag_text() or ""
        self._stack.append([tag, self._offset() + len(start_tag), []])

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        pass  # <br/>, <img/>: no text of their own

    def handle_endtag(self, tag: str) -> None:
        if self._skipping:
            if tag == self._skipping[-1]:
                self._skipping.pop()
            return
        if tag not in BLOCK_TAGS or not any(frame[0] == tag for frame in self._stack[1:]):
            return
        while self._stack[-1][0] != tag:
            self._close()
        self._close()

    def _text(self, text: str, offset: int | None) -> None:
        if self._skipping:
            return
        frame = self._stack[-1]
        if len(self._stack) == 1 and frame[1] is None and text.strip() and offset is not None:
            # Text outside any element: the marker goes before its first letter.
            frame[1] = offset + len(text) - len(text.lstrip())
        frame[2].append(text)

    def handle_data(self, data: str) -> None:
        self._text(data, self._offset())

    def handle_entityref(self, name: str) -> None:
        self._text(html.unescape(f"&{name};"), self._offset())

    def handle_charref(self, name: str) -> None:
        self._text(html.unescape(f"&#{name};"), self._offset())

    def finish(self) -> list[TextElement]:
        self.close()
        while len(self._stack) > 1:
            self._close()
        self._close()
        return sorted(self.found, key=lambda element: element.offset)


def text_elements(text: str) -> list[TextElement]:
    """The elements of an HTML block that hold text of their own, in order of where that text starts."""
    walker = _Walker(text)
    walker.feed(text)
    return walker.finish()


def mark_elements(text: str, marker: str, wanted: Callable[[str], bool]) -> str:
    """``text`` with ``marker`` and a space put where each element's text starts, for the elements
    ``wanted(plain)`` accepts."""
    for element in reversed(text_elements(text)):
        if wanted(element.plain):
            text = f"{text[:element.offset]}{marker} {text[element.offset:]}"
    return text
