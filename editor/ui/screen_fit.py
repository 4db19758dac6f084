"""Sizes asked for a window or a dialog, given way to the screen it opens on.

A size that suits a 1920×1080 screen (the main window's 1280×800, the export dialog's 1160×700)
put a window's bottom or right side past the edge of a small or scaled one (1366×768 at 125% is
1093×614): its buttons could not be reached. Qt keeps a restored geometry on the screen; a size
given in code it does not.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """``widget.resize(width, height)``, but no larger than the room its screen leaves (its layout's
    minimum still wins where the screen is smaller than that)."""
    parent = widget.parentWidget()
    screen = (parent.window() if parent is not None else widget).screen() or QApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    room = screen.availableGeometry()
    widget.resize(min(width, room.width()), min(height, room.height()))
