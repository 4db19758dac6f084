"""One-line labels that give way when the window is narrow instead of widening it: a long name (a
posting's file) with its middle elided, so that its start and its end (the id, ".md") both stay
readable; a sentence (the problems' count) with its end elided, whole in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class ElidedLabel(QLabel):
    """Give it its text with :meth:`set_full_text`; ``text()`` is what is shown, ``full_text()`` the
    whole (also the accessible name, so a screen reader reads the whole name)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setAccessibleName(text)
        self._elide()
        self.updateGeometry()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right() + 2
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("…") * 3, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(0, self.contentsRect().width())
        super().setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, room))


class ShrinkingLabel(QLabel):
    """A label whose ``text()`` stays whole (its mnemonic and buddy work as a QLabel's) but that asks
    for no more room than ``keeps`` characters of it: when narrower than its text, the words that fit
    are drawn followed by "…" (never a word cut in two, while one fits) and the whole text is its tooltip. (Asking for less would let the widgets beside it keep
    their room first: a layout short of room takes it most from what can give most.)"""

    def __init__(self, parent: QWidget | None = None, keeps: int = 3) -> None:
        super().__init__(parent)
        self._keeps = keeps

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text.replace("&&", "\0").replace("&", "").replace("\0", "&"))

    def minimumSizeHint(self) -> QSize:
        whole = super().minimumSizeHint()
        return QSize(min(whole.width(), self.fontMetrics().averageCharWidth() * self._keeps), whole.height())

    def shown_text(self) -> str:
        """What is drawn: the text, or its first words and "…" (with the mnemonic's "&")."""
        return _whole_words(self.fontMetrics(), self.text(), self.contentsRect().width(), self._flags())

    def _flags(self) -> int:
        return int(Qt.TextFlag.TextShowMnemonic) if self.buddy() is not None else 0

    def paintEvent(self, event: QPaintEvent) -> None:
        room = self.contentsRect()
        flags = self._flags()
        shown = self.shown_text()
        painter = QPainter(self)
        self.style().drawItemText(painter, room, int(self.alignment()) | int(flags), self.palette(),
                                  self.isEnabled(), shown, self.foregroundRole())
        painter.end()


def _whole_words(metrics: QFontMetrics, text: str, width: int, flags: int) -> str:
    """``text`` if it fits ``width``, else its most parts that fit followed by "…": whole items of a
    list ("Problems: 2 errors, …", never "2 errors, 1 …", read as one of something), else whole words;
    a first word too long is elided itself."""
    if metrics.elidedText(text, Qt.TextElideMode.ElideRight, width, flags) == text:
        return text
    for separator in (", ", " "):
        parts = text.split(separator)
        for count in range(len(parts) - 1, 0, -1):
            shown = separator.join(parts[:count]) + separator.rstrip() + " …"
            if metrics.elidedText(shown, Qt.TextElideMode.ElideRight, width, flags) == shown:
                return shown
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width, flags)
