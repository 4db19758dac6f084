"""A visible mark on the text areas, lists and previews that hold the keyboard's focus.

Qt's Fusion style marks a focused line edit with a coloured frame, but draws nothing for a focused
scroll area: with the keyboard alone, the body, the description, the posting list, a preview and
the problems list looked the same focused or not (only a text's thin cursor told, and a list or a
preview had none). A ring in the palette's highlight colour is drawn over the area's frame while it
has the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QComboBox, QWidget

RING_WIDTH = 2


class FocusRing(QWidget):
    """Drawn over ``area`` (its child, above its viewport), letting every mouse event through."""

    def __init__(self, area: QAbstractScrollArea) -> None:
        super().__init__(area)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._area = area
        area.installEventFilter(self)
        self.setVisible(area.hasFocus())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.setVisible(kind == QEvent.Type.FocusIn)
        if kind in (QEvent.Type.Resize, QEvent.Type.FocusIn, QEvent.Type.Show):
            self.setGeometry(self._area.rect())
            self.raise_()  # above the viewport and the scroll bars, which the area may add later
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight), RING_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        inset = RING_WIDTH / 2
        painter.drawRect(self.rect().toRectF().adjusted(inset, inset, -inset, -inset))


def ring_focusable_areas(window: QWidget) -> list[FocusRing]:
    """A ring on each of ``window``'s scroll areas that Tab reaches (not a combo box's own list)."""
    rings = []
    for area in window.findChildren(QAbstractScrollArea):
        inside_combo = any(isinstance(parent, QComboBox) for parent in _parents(area))
        if area.focusPolicy() & Qt.FocusPolicy.TabFocus and not inside_combo \
                and area.findChild(FocusRing, options=Qt.FindChildOption.FindDirectChildrenOnly) is None:
            rings.append(FocusRing(area))
    return rings


def _parents(widget: QWidget):
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()
