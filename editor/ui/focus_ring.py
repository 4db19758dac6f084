"""A visible mark on the text areas, lists and previews that hold the keyboard's focus.

Qt's Fusion style marks a focused line edit with a coloured frame, but draws nothing for a focused
scroll area: with the keyboard alone, the body, the description, the posting list, a preview and
the problems list looked the same focused or not (only a text's thin cursor told, and a list or a
preview had none). A ring in the palette's highlight colour is drawn over the area's frame while it
has the focus.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QComboBox, QWidget

RING_WIDTH = 2


class FocusRing(QWidget):
    """Drawn over ``area`` (its child, above its viewport), letting every mouse event through. It
    follows the area's size only while the area has the focus (``follow``): an event filter on
    every ring's area was called from Python for each event of each area, focused or not."""

    def __init__(self, area: QAbstractScrollArea) -> None:
        super().__init__(area)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._area = area
        self.hide()
        if area.hasFocus():
            self.follow(True)

    def follow(self, focused: bool) -> None:
        """Shown over the area while it has the focus, hidden otherwise."""
        if focused:
            self._area.installEventFilter(self)
            self._fit()
        else:
            self._area.removeEventFilter(self)
        self.setVisible(focused)

    def _fit(self) -> None:
        self.setGeometry(self._area.rect())
        self.raise_()  # above the viewport and the scroll bars, which the area may add later

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._fit()
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight), RING_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        inset = RING_WIDTH / 2
        painter.drawRect(self.rect().toRectF().adjusted(inset, inset, -inset, -inset))


class _FocusWatch(QObject):
    """The window's rings, told when the focus comes to their area or leaves it (one connection to
    the application's focusChanged a window)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRings")
        self.rings: dict[QWidget, FocusRing] = {}
        cast(QApplication, QApplication.instance()).focusChanged.connect(self._focus_changed)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and (ring := self.rings.get(old)) is not None:
            ring.follow(False)
        if new is not None and (ring := self.rings.get(new)) is not None:
            ring.follow(True)


def ring_focusable_areas(widget: QWidget) -> list[FocusRing]:
    """A ring on each of ``widget``'s scroll areas that Tab reaches (not a combo box's own list);
    ``widget`` is a window, or a part of one made later."""
    window = widget.window()
    watch = window.findChild(_FocusWatch, "focusRings", Qt.FindChildOption.FindDirectChildrenOnly) or _FocusWatch(window)
    rings = []
    for area in widget.findChildren(QAbstractScrollArea):
        inside_combo = any(isinstance(parent, QComboBox) for parent in _parents(area))
        if area.focusPolicy() & Qt.FocusPolicy.TabFocus and not inside_combo \
                and area.findChild(FocusRing, options=Qt.FindChildOption.FindDirectChildrenOnly) is None:
            ring = watch.rings[area] = FocusRing(area)  # an area goes with its window: kept as long
            rings.append(ring)
    return rings


def _parents(widget: QWidget):
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()
