"""Icons for pair statuses and problem severities, each with its own shape.

Shapes differ (cross in a circle, triangle, dashed page, box, dot) so the icons still
read for someone who cannot tell the colours apart; the words beside them say it too.
A file ``resources/icons/status-<name>.svg`` (or ``.png``) replaces the drawn icon.
Each icon is made once a process: every window's list, problems panel and bars share it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from editor.resources import resource_path
from editor.ui.icon_cache import IconCache

_SIZE = 64
# Statuses that share a picture with another.
_FILE_NAMES = {"merge-conflict": "invalid", "missing-en": "missing", "missing-fr": "missing", "mixed-archived": "conflict"}
_MADE = IconCache()  # status -> its icon, made on first use
_RED, _ORANGE, _BLUE, _GREY = QColor(196, 30, 40), QColor(205, 120, 0), QColor(30, 100, 190), QColor(110, 110, 110)


def status_icon(name: str) -> QIcon:
    """Icon for a status id (``invalid``, ``conflict``, ``missing-en``…) or severity (``error``…)."""
    return _MADE.get(name, lambda: _make_icon(name))


def _make_icon(name: str) -> QIcon:
    for extension in ("svg", "png"):
        path = resource_path("icons", f"status-{_FILE_NAMES.get(name, name)}.{extension}")
        if path.is_file():
            return QIcon(str(path))
    drawer = _DRAWERS.get(name)
    if drawer is None:
        return QIcon()
    pixmap = QPixmap(_SIZE, _SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    drawer(painter)
    painter.end()
    return QIcon(pixmap)


def _mark(painter: QPainter, text: str, rect: QRectF, colour=Qt.GlobalColor.white) -> None:
    font = QFont()
    font.setPixelSize(int(rect.height() * 0.62))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(colour)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


def _circle(colour: QColor, text: str):
    def draw(painter: QPainter) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QRectF(6, 6, 52, 52))
        _mark(painter, text, QRectF(6, 6, 52, 52))
    return draw


def _triangle(colour: QColor):
    def draw(painter: QPainter) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF([QPointF(32, 4), QPointF(61, 58), QPointF(3, 58)]))
        _mark(painter, "!", QRectF(3, 20, 58, 38))
    return draw


def _missing(painter: QPainter) -> None:
    pen = QPen(_BLUE, 5, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(12, 5, 40, 54), 4, 4)
    _mark(painter, "?", QRectF(12, 8, 40, 50), _BLUE)


def _archived(painter: QPainter) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_GREY)
    painter.drawRect(QRectF(6, 10, 52, 12))  # lid
    path = QPainterPath()
    path.addRect(QRectF(10, 24, 44, 32))
    painter.drawPath(path)
    painter.setBrush(Qt.GlobalColor.white)
    painter.drawRoundedRect(QRectF(24, 30, 16, 6), 3, 3)  # handle


def _unsaved(painter: QPainter) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_BLUE)
    painter.drawEllipse(QRectF(18, 18, 28, 28))


_DRAWERS = {
    "invalid": _circle(_RED, "×"),
    "unreadable": _circle(_RED, "×"),
    "merge-conflict": _circle(_RED, "×"),
    "error": _circle(_RED, "×"),
    "conflict": _triangle(_ORANGE),
    "mixed-archived": _triangle(_ORANGE),
    "warning": _triangle(_ORANGE),
    "info": _circle(_BLUE, "i"),
    "missing-en": _missing,
    "missing-fr": _missing,
    "archived": _archived,
    "unsaved": _unsaved,
}
