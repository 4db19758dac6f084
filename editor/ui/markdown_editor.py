"""The plain-text editor for one language's Markdown body."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (QBrush, QColor, QFont, QFontDatabase, QFontInfo, QPainter, QPalette, QPen, QTextCharFormat,
                           QTextCursor, QTextDocument, QTextFormat, QTextOption)
from PySide6.QtWidgets import (QPlainTextDocumentLayout, QPlainTextEdit, QTextEdit, QToolTip,
                               QWidget)

from editor.ui.markdown_highlighter import AT_ONCE_LINES, MarkdownHighlighter

# Severity colours are semantic (the same in light and dark themes); the
# underline style and the bold gutter number carry the meaning without colour.
_SEVERITY_COLOURS = {"error": QColor(214, 40, 40), "warning": QColor(214, 140, 0),
                     "info": QColor(40, 120, 210)}
_SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class Problem:
    """One problem shown in the editor; ``line`` and ``column`` are 1-based editor positions."""

    line: int
    column: int
    severity: str
    message: str


def _severity_name(severity) -> str:
    """Accept ``editor.model.findings.Severity`` or a plain string."""
    name = str(getattr(severity, "value", severity)).lower()
    return name if name in _SEVERITY_RANK else "error"


class _LineNumberArea(QWidget):
    """The gutter: line numbers (optional) and the block marks of aligned editing."""

    def __init__(self, editor: MarkdownEditor) -> None:
        super().__init__(editor)
        self._editor = editor
        self.setObjectName("line_numbers")

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self._editor.line_number_area_width(), 0)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._editor._paint_line_numbers(event.rect())

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self._editor.mark_tooltip_at(event.pos().y())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


@dataclass(frozen=True)
class BlockMark:
    """A mark in the gutter beside lines ``start``..``end - 1`` (0-based editor lines).

    ``kind`` "current": a solid bar (the block matching the other text's cursor);
    "unmatched": a hatched bar with a dashed outline (a block only this language has). The shapes
    differ so the marks read without colour; ``tooltip`` says it in words."""

    start: int
    end: int
    kind: str
    tooltip: str = ""


def monospace_font() -> QFont:
    """The system's fixed-width font, or the first installed one Qt knows to be fixed-width.

    Some systems map "monospace" to a font Qt does not report as fixed pitch (Noto Sans Mono on
    Debian, with its variable-font metadata); Markdown lists and tables need real columns."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if QFontInfo(font).fixedPitch():
        return font
    for family in QFontDatabase.families():
        if QFontDatabase.isFixedPitch(family) and not QFontDatabase.isPrivateFamily(family):
            font.setFamily(family)
            return font
    return font


def is_alt_digit(event) -> bool:
    """Alt+1…3 insert a suggestion; with none to insert (the action disabled) the key reached the text
    and typed its digit into it. The text fields ignore Alt and a digit: no layout types a character so."""
    return event.modifiers() == Qt.KeyboardModifier.AltModifier and Qt.Key.Key_0 <= event.key() <= Qt.Key.Key_9


class MarkdownEditor(QPlainTextEdit):
    """Monospace, soft-wrapping Markdown editor with optional line numbers and
    problem underlines.

    Lines and columns in this API are 1-based and count the editor's own text;
    a caller showing only the body of a file adds the front matter's line count
    itself. Undo/redo is the document's own stack, so each posting keeps its
    history when given its own ``QTextDocument`` through ``set_document``.
    """

    problems_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Created before anything that sends change events (setFont) reaches changeEvent.
        self._problems: list[Problem] = []
        self._layers: dict[str, list] = {}  # other extra selections, by owner (e.g. "alignment")
        self._above: set[str] = set()  # layers drawn over the problem underlines (words' own underlines)
        self._marks: list[BlockMark] = []
        self._marks_enabled = False
        self._numbers_visible = False
        # Owned by the editor, not the document: documents come and go.
        self._highlighter = MarkdownHighlighter(self, self.palette())
        self._highlighter.setDocument(self.document())
        # The text as last read (see ``raw_text``): the document, its revision and length then, the text.
        self._text_read: tuple[QTextDocument, tuple[int, int], str] | None = None
        self._watch_text(self.document())
        self._line_numbers = _LineNumberArea(self)
        self._line_numbers.hide()
        self.setFont(monospace_font())
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        # Tab moves focus to the next control instead of inserting a tab:
        # keyboard-only users must be able to leave the editor, and postings
        # never need tab characters (a leading tab turns a Markdown line into
        # a code block, which the site does not style).
        self.setTabChangesFocus(True)
        self.blockCountChanged.connect(self._update_margins)
        self.updateRequest.connect(self._scroll_line_numbers)
        self._apply_tab_width()

    # -- document ----------------------------------------------------------

    @property
    def highlighter(self) -> MarkdownHighlighter:
        return self._highlighter

    def raw_text(self) -> str:
        """The text exactly (``toPlainText()`` would turn no-break spaces, French typography, into
        plain spaces and line separators into new lines), read from the document once per change.

        A keystroke in a pasted document of 1.7 MB had the text read ten times over (the pair's
        body, its alignment, the suggestions, the spelling of both languages…), each read a copy of
        the whole text: the first read after a change keeps it for the others."""
        document = self.document()
        state = (document.revision(), document.characterCount())
        read = self._text_read
        if read is not None and read[0] is document and read[1] == state:
            return read[2]
        text = document.toRawText().replace("\u2029", "\n")
        self._text_read = (document, state, text)
        return text

    def _watch_text(self, document: QTextDocument) -> None:
        self._text_read = None
        # Any change of the contents (formats too, which is only cautious) makes the next read a real one.
        document.contentsChange.connect(self._forget_text)

    def _forget_text(self, *_args) -> None:
        self._text_read = None

    def setPlainText(self, text: str) -> None:  # noqa: N802 (Qt override)
        self._highlighter.restart()
        self._text_read = None  # a long text is set with the document's signals blocked (below)
        if text.count("\n") < AT_ONCE_LINES:
            super().setPlainText(text)
            return
        # A pasted document: with the document's signals on, Qt's highlighter would call Python
        # for each of its 200,000 lines there and then (6 s even for the lines it leaves for later).
        # Nothing else needs them at a load: the columns load with the editor's own signals blocked.
        document = self.document()
        document.blockSignals(True)
        try:
            super().setPlainText(text)
        finally:
            document.blockSignals(False)
        self._highlighter.colour_in_chunks()
        self._update_margins()

    def set_document(self, document: QTextDocument) -> None:
        """Show ``document`` (with its own undo history) and highlight it."""
        if not isinstance(document.documentLayout(), QPlainTextDocumentLayout):
            document.setDocumentLayout(QPlainTextDocumentLayout(document))
        self.setDocument(document)
        self._watch_text(document)
        self._highlighter.setDocument(document)
        self._apply_tab_width()
        self.set_problem_lines([])
        self._update_margins()

    def _apply_tab_width(self) -> None:
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 4)

    # -- line numbers --------------------------------------------------------

    def set_line_numbers_visible(self, visible: bool) -> None:
        """Show or hide the line-number gutter."""
        self._numbers_visible = bool(visible)
        self._line_numbers.setVisible(self._numbers_visible or self._marks_enabled)
        self._update_margins()

    def line_numbers_visible(self) -> bool:
        return self._numbers_shown()

    def line_number_area_width(self) -> int:
        """Width in pixels of the gutter: line numbers when shown, block marks when enabled (0: none)."""
        width = 0
        if self._numbers_shown():
            digits = max(3, len(str(self.blockCount())))
            width += 12 + self.fontMetrics().horizontalAdvance("9") * digits
        if self._marks_enabled:
            width += self._mark_width()
        return width

    def _numbers_shown(self) -> bool:
        return self._numbers_visible

    def _mark_width(self) -> int:
        return max(12, self.fontMetrics().height() * 4 // 5)

    # -- block marks and extra highlight layers -------------------------------

    def set_block_marks_enabled(self, enabled: bool) -> None:
        """Reserve a strip of the gutter for ``set_block_marks`` (aligned editing)."""
        self._marks_enabled = bool(enabled)
        self._line_numbers.setVisible(self._numbers_shown() or self._marks_enabled)
        self._update_margins()

    def set_block_marks(self, marks: list[BlockMark]) -> None:
        self._marks = list(marks)
        self._line_numbers.update()

    def block_marks(self) -> list[BlockMark]:
        return list(self._marks)

    def mark_tooltip_at(self, y: int) -> str:
        block = self.cursorForPosition(QPoint(0, y)).block()
        line = block.blockNumber()
        return "\n".join(dict.fromkeys(m.tooltip for m in self._marks if m.start <= line < m.end and m.tooltip))

    def set_extra_layer(self, name: str, selections: list, *, above: bool = False) -> None:
        """Show ``selections`` (QTextEdit.ExtraSelection) under the problem underlines, or ``above``
        them (a misspelt word's underline stays red on a line with a problem of its own)."""
        if selections:
            self._layers[name] = list(selections)
        else:
            self._layers.pop(name, None)
        (self._above.add if above else self._above.discard)(name)
        self._apply_problem_selections()

    def extra_layer(self, name: str) -> list:
        return list(self._layers.get(name, []))

    def _update_margins(self, *_args) -> None:
        self.setViewportMargins(self.line_number_area_width(), 0, 0, 0)
        self._place_line_numbers()

    def _place_line_numbers(self) -> None:
        rect = self.contentsRect()
        self._line_numbers.setGeometry(QRect(rect.left(), rect.top(),
                                             self.line_number_area_width(), rect.height()))

    def _scroll_line_numbers(self, rect: QRect, dy: int) -> None:
        if self._line_numbers.isHidden():
            return
        if dy:
            self._line_numbers.scroll(0, dy)
        else:
            self._line_numbers.update(0, rect.y(), self._line_numbers.width(), rect.height())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._place_line_numbers()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if is_alt_digit(event):
            event.ignore()
            return
        super().keyPressEvent(event)

    def _paint_line_numbers(self, clip: QRect) -> None:
        painter = QPainter(self._line_numbers)
        palette = self.palette()
        painter.fillRect(clip, palette.color(QPalette.ColorRole.AlternateBase))
        normal = palette.color(QPalette.ColorRole.PlaceholderText)
        worst = self._worst_severity_by_line()
        height = self.fontMetrics().height()
        block = self.firstVisibleBlock()
        # Only the lines that can show (a block fills one line at least): a pasted document's
        # 100,000 marks took 50 ms a paint to sort and spread over their lines.
        first = block.blockNumber()
        marks = self._marks_by_line(first, first + clip.bottom() // max(1, height) + 2) if self._marks_enabled else {}
        mark_width = self._mark_width() if self._marks_enabled else 0
        font = QFont(self.font())
        bold = QFont(font)
        bold.setBold(True)
        width = self._line_numbers.width() - 6 - mark_width
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        while block.isValid() and top <= clip.bottom():
            bottom = top + round(self.blockBoundingRect(block).height())
            if block.isVisible() and bottom >= clip.top():
                line = block.blockNumber() + 1
                if self._numbers_shown():
                    severity = worst.get(line)
                    painter.setFont(bold if severity else font)
                    painter.setPen(_SEVERITY_COLOURS[severity] if severity else normal)
                    painter.drawText(0, top, width, height, Qt.AlignmentFlag.AlignRight, str(line))
                kind = marks.get(line - 1)
                if kind:
                    self._paint_mark(painter, kind, QRect(self._line_numbers.width() - mark_width + 2, top,
                                                          mark_width - 4, bottom - top))
            block = block.next()
            top = bottom
        painter.end()

    def _paint_mark(self, painter: QPainter, kind: str, rect: QRect) -> None:
        palette = self.palette()
        if kind == "current":
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
            return
        # Hatched and outlined: reads as "different" beside the solid bar, in any colour scheme.
        colour = palette.color(QPalette.ColorRole.Text)
        painter.fillRect(rect.adjusted(0, 1, 0, -1), QBrush(colour, Qt.BrushStyle.BDiagPattern))
        painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(0, 1, -1, -2))

    def _marks_by_line(self, first: int, last: int) -> dict[int, str]:
        """The marks' kinds by line (0-based) from ``first`` up to ``last``."""
        found: dict[int, str] = {}
        showing = [mark for mark in self._marks if mark.end > first and mark.start < last]
        for mark in sorted(showing, key=lambda m: m.kind != "current"):  # the cursor's match wins
            for line in range(max(mark.start, first), min(mark.end, last)):
                found.setdefault(line, mark.kind)
        return found

    # -- navigation ----------------------------------------------------------

    def go_to_line(self, line: int, column: int = 1) -> None:
        """Put the cursor at ``line``:``column`` (1-based, clamped) and scroll it into view.

        ``column`` counts characters (code points), as the checks report them.
        Focus is left to the caller.
        """
        block = self.document().findBlockByNumber(max(1, min(line, self.blockCount())) - 1)
        text = block.text()
        chars = max(0, min(column - 1, len(text)))
        # Qt positions count UTF-16 units; emoji and other astral characters take two.
        offset = len(text[:chars].encode("utf-16-le")) // 2
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + offset)
        self.setTextCursor(cursor)
        self.centerCursor()

    def current_line(self) -> int:
        """1-based line of the cursor."""
        return self.textCursor().blockNumber() + 1

    # -- problems ------------------------------------------------------------

    def set_problem_lines(self, problems) -> None:
        """Underline lines that have problems.

        ``problems`` is an iterable of ``(line, column, severity, message)``
        tuples (or ``Problem``); severity is ``"error"``, ``"warning"``,
        ``"info"`` or a ``Severity``. Errors and warnings get a wavy underline,
        information a dotted one; hovering shows the messages. An empty list
        clears them.
        """
        self._problems = sorted(
            (Problem(int(line), int(column), _severity_name(severity), str(message))
             for line, column, severity, message in problems),
            key=lambda p: (p.line, _SEVERITY_RANK[p.severity], p.column))
        self._apply_problem_selections()
        self._line_numbers.update()
        self.problems_changed.emit()

    def problem_lines(self) -> list[Problem]:
        """The problems last given to ``set_problem_lines``, sorted by line."""
        return list(self._problems)

    def problems_at(self, line: int) -> list[Problem]:
        """Problems on ``line`` (1-based), worst first."""
        return [p for p in self._problems if p.line == line]

    def go_to_next_problem(self, backwards: bool = False) -> Problem | None:
        """Move to the next (or previous) problem line after the cursor, wrapping around.

        Returns the problem moved to, or None when there are none.
        """
        if not self._problems:
            return None
        here = self.current_line()
        lines = sorted({p.line for p in self._problems}, reverse=backwards)
        after = [n for n in lines if (n < here if backwards else n > here)]
        target = after[0] if after else lines[0]
        problem = self.problems_at(target)[0]
        self.go_to_line(problem.line, problem.column)
        return problem

    def _worst_severity_by_line(self) -> dict[int, str]:
        worst: dict[int, str] = {}
        for problem in self._problems:  # sorted worst first within a line
            worst.setdefault(problem.line, problem.severity)
        return worst

    def _apply_problem_selections(self) -> None:
        selections = []
        document = self.document()
        for line, severity in self._worst_severity_by_line().items():
            block = document.findBlockByNumber(line - 1)
            if not block.isValid():
                continue
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            colour = _SEVERITY_COLOURS[severity]
            cursor = QTextCursor(block)
            text = block.text()
            if text.strip():
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine if severity == "info"
                                      else QTextCharFormat.UnderlineStyle.WaveUnderline)
                fmt.setUnderlineColor(colour)
                leading = len(text) - len(text.lstrip())
                cursor.setPosition(block.position() + leading)
                cursor.setPosition(block.position() + block.length() - 1,
                                   QTextCursor.MoveMode.KeepAnchor)
            else:
                # Nothing to underline on a blank line: tint the whole row.
                tint = QColor(colour)
                tint.setAlpha(40)
                fmt.setBackground(tint)
                fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
            selection.format = fmt
            selection.cursor = cursor
            selections.append(selection)
        under = [selection for name, layer in self._layers.items() if name not in self._above for selection in layer]
        over = [selection for name, layer in self._layers.items() if name in self._above for selection in layer]
        self.setExtraSelections(under + selections + over)

    def viewportEvent(self, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.ToolTip:
            line = self.cursorForPosition(event.pos()).blockNumber() + 1
            problems = self.problems_at(line)
            if problems:
                QToolTip.showText(event.globalPos(),
                                  "\n".join(p.message for p in problems), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._highlighter.set_palette(self.palette())
            self._line_numbers.update()
        elif event.type() == QEvent.Type.FontChange:
            self._apply_tab_width()
            self._update_margins()
