"""The preview follows the writer: it keeps the block under the cursor in view, and a click in the
preview puts the cursor at the start of the block shown there (as ghostwriter and ReText do).

Where a body line is in the page comes from ``AlignedEditing``'s measure of the preview, the same
one Synchronize Scrolling uses, so the two never disagree.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextCursor

from editor.ui.aligned_editing import AlignedEditing

FOLLOW_DELAY_MS = 60  # after the cursor settles: arrow keys held down do not scroll the page each step


class PreviewFollower(QObject):
    def __init__(self, aligned: AlignedEditing, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.aligned = aligned
        self._lang = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FOLLOW_DELAY_MS)
        self._timer.timeout.connect(self.follow_now)
        for lang, column in aligned.columns.items():
            column.body.cursorPositionChanged.connect(lambda lang=lang: self._cursor_moved(lang))
            column.preview.clicked_at.connect(lambda y, lang=lang: self.go_to_preview_y(lang, y))

    def _cursor_moved(self, lang: str) -> None:
        if self.aligned.columns[lang].body.hasFocus():
            self._lang = lang
            self._timer.start()

    def follow_now(self) -> None:
        self._timer.stop()
        if self._lang:
            body = self.aligned.columns[self._lang].body
            self.aligned.show_line_in_preview(self._lang, float(body.textCursor().blockNumber()))

    def go_to_preview_y(self, lang: str, y: float) -> None:
        column = self.aligned.columns[lang]
        if column.raw_mode or column.is_missing or self.aligned.result is None:
            return
        line = self.aligned.line_at_preview_y(lang, y)
        block = column.body.document().findBlockByNumber(min(line, column.body.document().blockCount() - 1))
        cursor = QTextCursor(block)
        column.body.setTextCursor(cursor)
        column.body.centerCursor()
        column.body.setFocus()

    def shutdown(self) -> None:
        self._timer.stop()
