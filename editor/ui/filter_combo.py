"""The posting list's filter: a combo box whose current choice gives way when the list is narrow
("Toutes les offres (2500)" at 1024 pixels in French) by eliding its words, never its count; the
whole choice is its tooltip and the open list shows every choice whole."""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

_COUNT = re.compile(r"(.*?)(\s*\(\d[\d\s\u00a0\u202f,.]*\))$")


class FilterComboBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentTextChanged.connect(self._current_changed)

    def shown_text(self) -> str:
        """The current choice as drawn in the room the box has: its end elided before the count."""
        return self._fitted(self.currentText(), self._room())

    def minimumSizeHint(self) -> QSize:
        # A few letters and the count: the layout gives the rest to the list's other rows first.
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        arrow = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxArrow, self).width()
        return QSize(min(hint.width(), metrics.horizontalAdvance("Tout… (0000)") + arrow + 12), hint.height())

    def setItemText(self, index: int, text: str) -> None:  # noqa: N802 (Qt override)
        super().setItemText(index, text)
        self._fit_popup()
        if index == self.currentIndex():
            self._current_changed(text)

    def addItems(self, texts) -> None:  # noqa: N802 (Qt override)
        super().addItems(texts)
        self._fit_popup()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self._fitted(option.currentText, self._room(option))
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def _room(self, option: QStyleOptionComboBox | None = None) -> int:
        if option is None:
            option = QStyleOptionComboBox()
            self.initStyleOption(option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        return max(0, field.width() - 2)

    def _fitted(self, text: str, room: int) -> str:
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(text) <= room:
            return text
        found = _COUNT.fullmatch(text)
        if found is None:
            return metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        words, count = found.groups()
        left = room - metrics.horizontalAdvance(count)
        # Whole words where they fit ("Toutes les… (2500)"), rather than a word cut in its middle;
        # but not words another choice begins with too ("Offres… (5)" was "Offres ouvertes" and
        # "Offres archivées" alike): its end then, the words that tell it apart ("…ouvertes (5)").
        others = [self._words(self.itemText(i)) for i in range(self.count())]
        others = [other for other in others if other != words]
        split = words.split()
        for kept in range(len(split) - 1, 0, -1):
            start = " ".join(split[:kept])
            if any(other.startswith(start + " ") for other in others):
                return self._end_fitted(split, left) + count
            shown = start.rstrip(",;:") + "…"
            if metrics.horizontalAdvance(shown) <= left:
                return shown + count
        shown = metrics.elidedText(words, Qt.TextElideMode.ElideRight, max(0, left))
        return shown + count if shown else metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)

    def _end_fitted(self, split: list[str], room: int) -> str:
        metrics = self.fontMetrics()
        for dropped in range(1, len(split)):
            shown = "…" + " ".join(split[dropped:])
            if metrics.horizontalAdvance(shown) <= room:
                return shown
        return metrics.elidedText(" ".join(split), Qt.TextElideMode.ElideLeft, max(0, room))

    @staticmethod
    def _words(text: str) -> str:
        found = _COUNT.fullmatch(text)
        return found.group(1) if found is not None else text

    def _current_changed(self, text: str) -> None:
        self.setToolTip(text)

    def _fit_popup(self) -> None:
        # The open list is never narrower than its longest choice, whatever the box's width.
        view = self.view()
        widest = max((self.fontMetrics().horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        view.setMinimumWidth(widest + 2 * view.frameWidth() + 24)
