"""Syntax colouring for the Markdown of a job posting.

Covers what postings use: ATX headings, list markers, links, emphasis and
strong emphasis, inline code, fenced code, block quotes, and a YAML front
matter block at the very top. Colours are mixed from the widget palette, so a
dark palette gives a readable dark scheme, and structure never relies on
colour alone: headings and strong text are bold, emphasis and quotes italic,
links underlined.
"""

from __future__ import annotations

import re
import time

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import (QColor, QFont, QPalette, QSyntaxHighlighter, QTextCharFormat,
                           QTextDocument)

_HEADING = re.compile(r"^ {0,3}(#{1,6})(?=\s|$)")
_SETEXT_OR_RULE = re.compile(r"^ {0,3}(=+|-{3,}|\*{3,}|_{3,})\s*$")
_QUOTE = re.compile(r"^( {0,3}>\s?)+")
_LIST = re.compile(r"^\s*([-*+]|\d{1,9}[.)])(?=\s)")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)")
_LINK = re.compile(r"(!?\[)([^\]]*)(\]\()([^)\s]*(?:\s+\"[^\"]*\")?)(\))")
_AUTOLINK = re.compile(r"<(?:https?|mailto):[^>\s]+>|<[^\s<>@]+@[^\s<>@]+>"
                       r"|\bhttps?://[^\s<>()]+[^\s<>().,;:!?'\"]")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?!\*)"
                       r"|(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")

# Block states carried from one line to the next (QSyntaxHighlighter keeps an int).
NORMAL = -1          # Qt's "no state" value
FENCE_BACKTICK = 1
FENCE_TILDE = 2
FRONT_MATTER = 3      # YAML, between "---" lines
FRONT_MATTER_TOML = 4  # between "+++" lines
FRONT_MATTER_JSON = 5  # from "{" to the "}" that starts a line
_FRONT_MATTERS = {FRONT_MATTER: ("---", "..."), FRONT_MATTER_TOML: ("+++",), FRONT_MATTER_JSON: ("}",)}

# A real posting has a few hundred lines and is coloured whole at once, as Qt does. A pasted document
# of 200,000 lines took 20 s to colour, all of it on the UI thread as the text was loaded: it is
# coloured a chunk at a time between the window's events instead.
AT_ONCE_LINES = 25_000
CHUNK_LINES = 250
# A chunk also ends once it has taken this long (250 lines took 50 ms, and far more while a worker held
# Python's lock): a key pressed meanwhile waits for the end of a chunk, not for a tenth of a second.
CHUNK_SECONDS = 0.008


def _mix(first: QColor, second: QColor, amount: float) -> QColor:
    """``first`` moved ``amount`` (0..1) of the way towards ``second``."""
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * amount,
        first.greenF() + (second.greenF() - first.greenF()) * amount,
        first.blueF() + (second.blueF() - first.blueF()) * amount,
    )


class MarkdownHighlighter(QSyntaxHighlighter):
    """Highlights Markdown in ``document`` using colours taken from ``palette``.

    Call ``set_palette()`` when the widget's palette changes (the editor does
    it on ``QEvent.PaletteChange``) to follow a switch to or from dark mode.
    """

    def __init__(self, parent: QTextDocument | QObject, palette: QPalette | None = None) -> None:
        """Highlight ``parent`` when it is a document; otherwise ``parent`` only owns
        the highlighter and ``setDocument()`` chooses the document (an editor that
        swaps documents keeps one highlighter that way)."""
        super().__init__(parent)
        self._formats: dict[str, QTextCharFormat] = {}
        self._build_formats(palette or QPalette())
        self._coloured_lines = AT_ONCE_LINES  # lines past this wait for the chunks
        self._chunks = QTimer(self)
        self._chunks.setInterval(0)
        self._chunks.timeout.connect(self._colour_chunk)

    def set_palette(self, palette: QPalette) -> None:
        """Recompute the colours from ``palette`` and re-colour the whole document."""
        self._build_formats(palette)
        self.restart()
        self.rehighlight()

    def setDocument(self, document: QTextDocument | None) -> None:  # noqa: N802 (Qt override)
        self.restart()
        super().setDocument(document)

    def restart(self) -> None:
        """The whole text is about to be coloured again (a new text or document): a long one is
        coloured from its first lines on, in chunks again."""
        self._coloured_lines = AT_ONCE_LINES
        self._chunks.stop()

    def colour_in_chunks(self) -> None:
        """Colour the whole text a chunk at a time from its first line (a long text loaded
        without Qt colouring it: see MarkdownEditor.setPlainText)."""
        self._coloured_lines = 0
        self._chunks.start()

    def is_colouring(self) -> bool:
        """Whether the lines of a long text are still being coloured, a chunk at a time."""
        return self._chunks.isActive()

    def _colour_chunk(self) -> None:
        document = self.document()
        if document is None:
            self._chunks.stop()
            return
        block = document.findBlockByNumber(self._coloured_lines)
        deadline = time.perf_counter() + CHUNK_SECONDS
        # Colouring a line tells the document's listeners its contents changed (the editor's
        # textChanged, so the pair's body was read again and its alignment redone, a line at a
        # time): the text did not change, and the layout is told directly, signals or not.
        was_blocked = document.blockSignals(True)
        try:
            for _ in range(CHUNK_LINES):
                if not block.isValid():
                    self._chunks.stop()
                    return
                # Counted before it is coloured: highlightBlock leaves the lines past the count alone.
                self._coloured_lines += 1
                self.rehighlightBlock(block)
                block = block.next()
                if time.perf_counter() > deadline:
                    break
        finally:
            document.blockSignals(was_blocked)

    def format_for(self, name: str) -> QTextCharFormat:
        """The format used for ``name`` (heading, heading_marker, list_marker, link,
        link_target, emphasis, strong, code, quote, quote_marker, front_matter)."""
        return QTextCharFormat(self._formats[name])

    def _build_formats(self, palette: QPalette) -> None:
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        link = palette.color(QPalette.ColorRole.Link)
        # 45% towards the background still gives about 4.5:1 contrast on both
        # light and dark palettes.
        dim = _mix(text, base, 0.45)

        def fmt(color: QColor | None = None, *, bold=False, italic=False,
                underline=False, background: QColor | None = None) -> QTextCharFormat:
            result = QTextCharFormat()
            if color is not None:
                result.setForeground(color)
            if bold:
                result.setFontWeight(QFont.Weight.Bold)
            if italic:
                result.setFontItalic(True)
            if underline:
                result.setFontUnderline(True)
            if background is not None:
                result.setBackground(background)
            return result

        self._formats = {
            "heading": fmt(_mix(text, link, 0.35), bold=True),
            "heading_marker": fmt(dim, bold=True),
            "list_marker": fmt(link, bold=True),
            "link": fmt(link, underline=True),
            "link_target": fmt(dim),
            "emphasis": fmt(italic=True),
            "strong": fmt(bold=True),
            "code": fmt(text, background=_mix(base, text, 0.08)),
            "quote": fmt(_mix(text, base, 0.25), italic=True),
            "quote_marker": fmt(link, bold=True),
            "front_matter": fmt(dim),
            "rule": fmt(dim, bold=True),
        }

    # -- highlighting ------------------------------------------------------

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        if (self.document().blockCount() > self._coloured_lines
                and self.currentBlock().blockNumber() >= self._coloured_lines):
            # Left as it is (its state too, so no change runs on through the next lines) until
            # a chunk reaches it, after the lines before it.
            self._chunks.start()
            return
        previous = self.previousBlockState()
        if previous in _FRONT_MATTERS or (previous == NORMAL and self._starts_front_matter(text)):
            self._front_matter_line(text, previous)
            return
        if previous in (FENCE_BACKTICK, FENCE_TILDE):
            self._fenced_line(text, previous)
            return
        self.setCurrentBlockState(NORMAL)

        fence = _FENCE.match(text)
        if fence:
            self.setFormat(0, len(text), self._formats["code"])
            self.setCurrentBlockState(FENCE_BACKTICK if fence.group(1)[0] == "`" else FENCE_TILDE)
            return

        inline_start = 0
        heading = _HEADING.match(text)
        if heading:
            self.setFormat(0, len(text), self._formats["heading"])
            self.setFormat(0, heading.end(), self._formats["heading_marker"])
            inline_start = heading.end()
        elif _SETEXT_OR_RULE.match(text):
            self.setFormat(0, len(text), self._formats["rule"])
            return
        else:
            quote = _QUOTE.match(text)
            if quote:
                self.setFormat(0, len(text), self._formats["quote"])
                self.setFormat(0, quote.end(), self._formats["quote_marker"])
                inline_start = quote.end()
            listed = _LIST.match(text, inline_start)
            if listed:
                self.setFormat(listed.start(1), len(listed.group(1)), self._formats["list_marker"])
                inline_start = listed.end()
        self._inline(text, inline_start)

    def _starts_front_matter(self, text: str) -> bool:
        # The text first: asking Qt for the block costs more than the rest, on every line typed.
        return (text.rstrip() in ("---", "+++") or text.startswith("{")) and self.currentBlock().blockNumber() == 0

    def _front_matter_line(self, text: str, previous: int) -> None:
        self.setFormat(0, len(text), self._formats["front_matter"])
        if previous in _FRONT_MATTERS:
            closing = text.rstrip() in _FRONT_MATTERS[previous] or (previous == FRONT_MATTER_JSON and text.startswith("}"))
            self.setCurrentBlockState(NORMAL if closing else previous)
            return
        kind = FRONT_MATTER_TOML if text.startswith("+++") else FRONT_MATTER_JSON if text.startswith("{") else FRONT_MATTER
        one_line_json = kind == FRONT_MATTER_JSON and text.rstrip().endswith("}")
        self.setCurrentBlockState(NORMAL if one_line_json else kind)

    def _fenced_line(self, text: str, state: int) -> None:
        self.setFormat(0, len(text), self._formats["code"])
        fence = _FENCE.match(text)
        char = "`" if state == FENCE_BACKTICK else "~"
        closes = fence is not None and fence.group(1)[0] == char and not text[fence.end():].strip()
        self.setCurrentBlockState(NORMAL if closes else state)

    def _inline(self, text: str, start: int) -> None:
        """Colour spans inside a line; earlier kinds win where spans overlap."""
        taken: list[tuple[int, int]] = []

        def free(begin: int, end: int) -> bool:
            return all(end <= a or begin >= b for a, b in taken)

        def paint(begin: int, end: int, name: str) -> None:
            # Merge with what is already there so that a link in a heading
            # stays bold and emphasis inside strong text stays bold too.
            merged = QTextCharFormat(self.format(begin))
            merged.merge(self._formats[name])
            self.setFormat(begin, end - begin, merged)

        for match in _CODE_SPAN.finditer(text, start):
            paint(match.start(), match.end(), "code")
            taken.append(match.span())
        for match in _LINK.finditer(text, start):
            if not free(*match.span()):
                continue
            paint(match.start(2), match.end(2), "link")
            paint(match.start(1), match.end(1), "link_target")
            paint(match.start(3), match.end(), "link_target")
            taken.append(match.span())
        for match in _AUTOLINK.finditer(text, start):
            if free(*match.span()):
                paint(match.start(), match.end(), "link")
                taken.append(match.span())
        for match in _STRONG.finditer(text, start):
            if free(*match.span()):
                paint(match.start(), match.end(), "strong")
        for match in _EMPHASIS.finditer(text, start):
            if free(*match.span()):
                paint(match.start(), match.end(), "emphasis")
