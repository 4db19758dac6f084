"""Aligned editing: the two bodies lined up block by block, and the views kept together.

The alignment (``editor.model.translation.blocks``) is worked out in a worker a moment after
typing stops. With it:

* the block matching the cursor's block is highlighted in the other body — a light
  background and a solid bar in the gutter, so not by colour alone;
* blocks that only one language has get an outlined, dashed bar in their gutter;
* with Synchronize Scrolling on, scrolling either body, or either preview, scrolls the three
  other views to the matching place: between bodies through the aligned blocks, between a
  body and its preview through where each block's text is found in the page (proportionally
  between those places).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextEdit

if TYPE_CHECKING:
    from editor.model.translation.blocks import Alignment

from editor.ui.background import BackgroundRunner, long_text
from editor.ui.language_column import LanguageColumn, editor_text
from editor.ui.markdown_editor import BlockMark

ALIGN_DELAY_MS = 250
_SIDE = {"en": 0, "fr": 1}
_SNIPPET = 40  # characters of a block's text looked for in its preview
_LOOK_AHEAD = 40  # page paragraphs searched for one block before it is taken as not shown


@dataclass
class AlignmentResult:
    """What the worker found: each body's blocks and, with both, their alignment (English side 0)."""

    bodies: dict[str, str]
    blocks: dict[str, list] = field(default_factory=dict)
    alignment: Alignment | None = None
    anchors: list[tuple[int, int]] = field(default_factory=list)
    unmatched: dict[str, list] = field(default_factory=dict)


def compute_alignment(bodies: dict[str, str]) -> AlignmentResult:
    """Blocks, alignment, scroll anchors and one-side-only blocks (safe in a worker thread)."""
    from editor.model.translation.blocks import align, scroll_anchors, split_blocks, unmatched_blocks

    result = AlignmentResult(dict(bodies), {lang: split_blocks(body) for lang, body in bodies.items()})
    if "en" in bodies and "fr" in bodies:
        result.alignment = align(result.blocks["en"], result.blocks["fr"])
        result.anchors = scroll_anchors(result.alignment)
        result.unmatched = {lang: unmatched_blocks(result.alignment, side) for lang, side in _SIDE.items()}
    return result


def interpolate(points: list[tuple[float, float]], x: float, forward: bool = True) -> float:
    """Piecewise-linear map through increasing ``(a, b)`` points: a → b, or b → a when not ``forward``."""
    pairs = points if forward else [(b, a) for a, b in points]
    if not pairs:
        return x
    if x <= pairs[0][0]:
        return pairs[0][1]
    for (a0, b0), (a1, b1) in zip(pairs, pairs[1:]):
        if x <= a1:
            return b0 + ((x - a0) / (a1 - a0) if a1 != a0 else 0.0) * (b1 - b0)
    return pairs[-1][1]


class AlignedEditing(QObject):
    aligned = Signal()  # a new alignment is in place

    def __init__(self, columns: dict[str, LanguageColumn], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.runner = BackgroundRunner(self)
        self.result: AlignmentResult | None = None
        self._sync = False
        self._syncing = False
        self._cursor_lang = ""
        self._shown: dict[str, tuple[int, int]] = {}  # the highlighted span of each language
        self._unmatched_marks: dict[str, list[BlockMark]] = {}
        self._preview_anchors: dict[str, list[tuple[float, float]]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(ALIGN_DELAY_MS)
        self._timer.timeout.connect(self.align_now)
        self._stale_previews: set[str] = set()
        self._remeasure = QTimer(self)
        self._remeasure.setSingleShot(True)
        self._remeasure.setInterval(ALIGN_DELAY_MS)
        self._remeasure.timeout.connect(self._measure_previews)
        for lang, column in columns.items():
            column.body.set_block_marks_enabled(True)
            column.body.textChanged.connect(self.request)
            column.body.cursorPositionChanged.connect(lambda lang=lang: self._cursor_moved(lang))
            column.body.verticalScrollBar().valueChanged.connect(lambda _v, lang=lang: self._scrolled(lang, "body"))
            column.preview.verticalScrollBar().valueChanged.connect(lambda _v, lang=lang: self._scrolled(lang, "preview"))

    # --------------------------------------------------------------- aligning
    def _bodies(self) -> dict[str, str]:
        """The bodies on show in their normal editors (raw and missing files take no part)."""
        return {lang: editor_text(column.body) for lang, column in self.columns.items()
                if not column.raw_mode and not column.is_missing}

    def reset(self) -> None:
        """Another pair is shown: nothing measured on the last one applies."""
        self._preview_anchors.clear()
        self._stale_previews.clear()
        self._shown = {}

    def request(self, now: bool = False) -> None:
        self._timer.start()
        if now:
            self.align_now()

    def align_now(self) -> None:
        self._timer.stop()
        bodies = self._bodies()
        if not bodies:
            self.runner.cancel("align")
            self._store(AlignmentResult({}))
            return
        self.runner.run("align", lambda: compute_alignment(bodies), self._store, long=long_text(*bodies.values()))

    def current(self) -> AlignmentResult | None:
        """The alignment of the bodies as they are this instant, or None while it is being worked
        out (asked for now, off the interface thread; ``aligned`` is emitted once it is in). Long
        bodies are aligned once typing pauses instead: a pasted document's 2 x 50,000 headings took
        18 s of a worker's Python, which the UI thread waited for at every key."""
        result, bodies = self.result, self._bodies()
        if result is not None and result.bodies == bodies:
            return result
        self.request(now=not long_text(*bodies.values()))
        return None

    def fresh(self) -> AlignmentResult:
        """The alignment of the bodies as they are this instant (computed here when stale)."""
        bodies = self._bodies()
        result = self.result
        if result is None or result.bodies != bodies:
            result = compute_alignment(bodies)
            self._store(result)
        return result

    def is_idle(self) -> bool:
        return not self._timer.isActive() and self.runner.is_idle()

    def _store(self, result: AlignmentResult) -> None:
        self.result = result
        self._stale_previews.update(self._preview_anchors)
        self._remeasure.start()
        self._unmatched_marks = self._one_sided_marks()
        self._update_marks(force=True)
        self.aligned.emit()

    def preview_changed(self, lang: str) -> None:
        """The page in ``lang``'s preview was replaced: where blocks are in it is found again once
        typing pauses; until then the old places serve (a keystroke moves them very little)."""
        self._stale_previews.add(lang)
        self._remeasure.start()

    def _measure_previews(self) -> None:
        for lang in list(self._stale_previews):
            self._preview_anchors.pop(lang, None)
            if self.result is not None and lang in self.result.blocks:
                self._preview_points(lang)
        self._stale_previews.clear()

    # ------------------------------------------------------------ highlighting
    def _cursor_moved(self, lang: str) -> None:
        self._cursor_lang = lang
        self._update_marks()
        if self._sync and not self._syncing:
            self._reveal_counterpart(lang)

    def counterpart(self, lang: str, line: int) -> tuple[int, int] | None:
        """Body lines (start, end) of the other text matching body line ``line`` of ``lang``."""
        from editor.model.translation.blocks import counterpart_range

        if self.result is None or self.result.alignment is None:
            return None
        return counterpart_range(self.result.alignment, _SIDE[lang], line)

    def _update_marks(self, *, force: bool = False) -> None:
        """Gutter marks and the tint for the cursor's matching block; cheap when nothing moved."""
        current: dict[str, tuple[int, int]] = {}
        if self._cursor_lang in self.columns:
            span = self.counterpart(self._cursor_lang, self.columns[self._cursor_lang].body.textCursor().blockNumber())
            if span is not None:
                current["fr" if self._cursor_lang == "en" else "en"] = span
        if current == self._shown and not force:
            return  # typing inside one block: the same block stays highlighted
        self._shown = current
        for lang, column in self.columns.items():
            marks = list(self._unmatched_marks.get(lang, []))
            span = current.get(lang)
            if span is not None:
                other_name = self.tr("English") if lang == "fr" else self.tr("French")
                marks.append(BlockMark(span[0], span[1], "current",
                                       self.tr("Matches the block at the cursor in the %1 text").replace("%1", other_name)))
            column.body.set_block_marks(marks)
            column.body.set_extra_layer("alignment", self._highlight(column, span))

    def _one_sided_marks(self) -> dict[str, list[BlockMark]]:
        found = {}
        for lang, blocks in (self.result.unmatched.items() if self.result is not None else []):
            other_name = self.tr("English") if lang == "fr" else self.tr("French")
            tip = self.tr("Only in this language: the %1 text has no matching block").replace("%1", other_name)
            found[lang] = [BlockMark(b.start, b.end, "unmatched", tip) for b in blocks]
        return found

    @staticmethod
    def _highlight(column: LanguageColumn, span: tuple[int, int] | None) -> list:
        if span is None:
            return []
        tint = QColor(column.body.palette().color(QPalette.ColorRole.Highlight))
        tint.setAlpha(45)
        selections = []
        document = column.body.document()
        for line in range(span[0], span[1]):
            block = document.findBlockByNumber(line)
            if not block.isValid():
                break
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(tint)
            fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
            selection.format = fmt
            cursor = QTextCursor(block)
            # The whole block, so every wrapped line of a long paragraph is tinted.
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        return selections

    def _reveal_counterpart(self, lang: str) -> None:
        """Scroll the other body so the block matching the cursor's is in view."""
        other = "fr" if lang == "en" else "en"
        span = self.counterpart(lang, self.columns[lang].body.textCursor().blockNumber())
        if span is None or other not in self.columns:
            return
        editor = self.columns[other].body
        first = editor.firstVisibleBlock().blockNumber()
        visible = max(1, editor.viewport().height() // max(1, editor.fontMetrics().lineSpacing()))
        if first <= span[0] and span[1] <= first + visible:
            return
        self._syncing = True
        try:
            self._set_body_top(other, float(span[0]))
        finally:
            self._syncing = False

    # ---------------------------------------------------------------- scrolling
    def set_sync(self, enabled: bool) -> None:
        self._sync = bool(enabled)

    def _scrolled(self, lang: str, view: str) -> None:
        if not self._sync or self._syncing or self.result is None:
            return
        column = self.columns[lang]
        if view == "preview" and getattr(column.preview, "replacing", False):
            return  # a new page keeping its place is not the reader scrolling
        self._syncing = True
        try:
            line = self.body_top(lang) if view == "body" else self._preview_line(lang)
            if view == "body":
                self._set_preview_top(lang, line)
            else:
                self._set_body_top(lang, line)
            other = "fr" if lang == "en" else "en"
            if other in self.columns and self.result.alignment is not None and other in self.result.blocks:
                from editor.model.translation.blocks import map_line

                other_line = max(0.0, map_line(self.result.anchors, line, _SIDE[lang]))
                self._set_body_top(other, other_line)
                self._set_preview_top(other, other_line)
        finally:
            self._syncing = False

    def body_top(self, lang: str) -> float:
        """The body line at the top of ``lang``'s editor, with the fraction of it scrolled past."""
        editor = self.columns[lang].body
        block = editor.firstVisibleBlock()
        value = editor.verticalScrollBar().value()
        fraction = (value - block.firstLineNumber()) / max(1, block.lineCount())
        return block.blockNumber() + max(0.0, min(1.0, fraction))

    def _set_body_top(self, lang: str, line: float) -> None:
        editor = self.columns[lang].body
        document = editor.document()
        block = document.findBlockByNumber(max(0, min(int(line), document.blockCount() - 1)))
        value = block.firstLineNumber() + round((line - int(line)) * block.lineCount())
        editor.verticalScrollBar().setValue(value)

    def _preview_points(self, lang: str) -> list[tuple[float, float]]:
        """(body line, page y) of each block found in the preview, increasing on both sides.

        One pass over the page's paragraphs, each body block looked for a little ahead of the
        last one found: a few milliseconds on a 10 KB posting, so scrolling stays smooth."""
        if lang in self._preview_anchors:
            return self._preview_anchors[lang]
        self._stale_previews.discard(lang)
        document = self.columns[lang].preview.document()
        layout = document.documentLayout()
        pages, block = [], document.begin()
        while block.isValid():
            pages.append((" ".join(block.text().split()), block))
            block = block.next()
        points, position = [(0.0, 0.0)], 0
        for body_block in (self.result.blocks.get(lang, []) if self.result is not None else []):
            snippet = " ".join(body_block.plain.split())[:_SNIPPET]
            if len(snippet) < 4 or body_block.start <= points[-1][0]:
                continue
            for ahead in range(position, min(len(pages), position + _LOOK_AHEAD)):
                if snippet in pages[ahead][0]:
                    y = layout.blockBoundingRect(pages[ahead][1]).top()
                    if y > points[-1][1]:
                        points.append((float(body_block.start), float(y)))
                    position = ahead + 1
                    break
        lines = self.columns[lang].body.document().blockCount()
        height = layout.documentSize().height()
        if lines > points[-1][0] and height > points[-1][1]:
            points.append((float(lines), float(height)))
        self._preview_anchors[lang] = points
        return points

    def show_line_in_preview(self, lang: str, line: float) -> None:
        """Scroll ``lang``'s preview so that body line ``line`` sits a third of the way down,
        unless it is already comfortably in view (the page does not jump while one types)."""
        preview = self.columns[lang].preview
        if preview.isHidden() or self.result is None:
            return
        y = interpolate(self._preview_points(lang), line)
        bar, height = preview.verticalScrollBar(), preview.viewport().height()
        if bar.value() + 0.1 * height <= y <= bar.value() + 0.75 * height:
            return
        self._syncing = True  # our own move, not the reader scrolling the preview
        try:
            bar.setValue(round(y - height / 3))
        finally:
            self._syncing = False

    def line_at_preview_y(self, lang: str, y: float) -> int:
        """The body line whose text the preview shows at page height ``y``."""
        return max(0, int(interpolate(self._preview_points(lang), y, forward=False)))

    def _preview_line(self, lang: str) -> float:
        return interpolate(self._preview_points(lang), float(self.columns[lang].preview.verticalScrollBar().value()),
                           forward=False)

    def _set_preview_top(self, lang: str, line: float) -> None:
        preview = self.columns[lang].preview
        if preview.isHidden():
            return
        preview.verticalScrollBar().setValue(round(interpolate(self._preview_points(lang), line)))

    def shutdown(self) -> None:
        self._timer.stop()
        self._remeasure.stop()
        self.runner.shutdown()
