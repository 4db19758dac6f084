"""The status bar, where a long message is read whole: the permanent widgets (the word counts) make
room for it while it shows, and what even the whole bar cannot hold is elided in the middle, the
whole message in the tooltip.

QStatusBar draws its message left of the permanent widgets and cuts it off there, mid-word; French
messages, and those naming both posting files, run past the counts at 1366 px.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizeGrip, QStatusBar, QStyle, QStyleOption, QWidget

# Where QStatusBar starts its message and how much it leaves at the right (qstatusbar.cpp).
_LEFT, _RIGHT = 6, 12


class MessageBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._permanent: list[QWidget] = []
        self._yielded: list[QWidget] = []
        self.messageChanged.connect(lambda _text: self._make_room())

    def addPermanentWidget(self, widget: QWidget, stretch: int | None = 0) -> None:  # noqa: N802 (Qt override)
        super().addPermanentWidget(widget, stretch or 0)
        self._permanent.append(widget)

    def message_rect(self) -> QRect:
        """Where the message is drawn now (as QStatusBar computes it)."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        left, right = _LEFT, self.width() - _RIGHT
        grip = self.findChild(QSizeGrip)
        if grip is not None and grip.isVisible():
            if rtl:
                left = grip.x() + grip.width()
            else:
                right = grip.x()
        for widget in self._permanent:
            if widget.isVisible():
                if rtl:
                    left = max(left, widget.x() + widget.width() + 2)
                else:
                    right = min(right, widget.x() - 2)
                break
        return QRect(left, 0, right - left, self.height())

    def _make_room(self) -> None:
        message = self.currentMessage()
        if not message:
            for widget in self._yielded:
                widget.show()
            self._yielded = []
            return
        shown = [widget for widget in self._permanent if widget.isVisible()]
        grip = self.findChild(QSizeGrip)
        room = self.width() - _LEFT - _RIGHT - (grip.width() if grip is not None and grip.isVisible() else 0)
        layout = self.layout()
        spacing = layout.spacing() if layout is not None else 0
        beside = room - sum(widget.sizeHint().width() + spacing + 4 for widget in shown + self._yielded)
        if self.fontMetrics().horizontalAdvance(message) > beside:
            for widget in shown:
                widget.hide()
                self._yielded.append(widget)
        else:
            for widget in self._yielded:
                widget.show()
            self._yielded = []

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._make_room()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        message = self.currentMessage()
        rect = self.message_rect()
        shown = self.fontMetrics().elidedText(message, Qt.TextElideMode.ElideMiddle, rect.width())
        self.setToolTip(message if shown != message else "")
        if shown == message:
            super().paintEvent(event)
            return
        # As QStatusBar paints, with the message elided instead of cut.
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
        for widget in self._permanent:
            if widget.isVisible():
                option.rect = widget.geometry().adjusted(-1, -1, 1, 1)
                self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameStatusBarItem, option, painter, widget)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
                         | Qt.TextFlag.TextSingleLine, shown)
