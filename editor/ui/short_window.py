"""A short window (a 1366×768 laptop screen at 125 % or 150 %: 614 or 512 pixels high) gives its
height to the text and the problems: the problems and the suggestions become tabs, the toolbar's
icons small, and each description two lines instead of three. A tall window is left as it was."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize

SHORT_HEIGHT = 640  # window heights (device-independent pixels) below which the window is short
_SMALL_ICONS = QSize(16, 16)


class ShortWindow(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._icons = window.menus.toolbar.iconSize()
        self._short: bool | None = None
        # Fitted by the window once it has its size (a window not sized yet is 480 pixels high: it
        # was made short, then tall again as it was shown, moving the problems and suggestions twice),
        # then from its resizeEvent: an event filter on the window was called for its every event.

    def is_short(self) -> bool:
        return bool(self._short)

    def fit(self, height: int) -> None:
        short = height < SHORT_HEIGHT
        if short == self._short:
            return
        self._short = short
        window = self.window
        window.translator.area.set_tabbed(short)
        window.menus.toolbar.setIconSize(_SMALL_ICONS if short else self._icons)
        window.pair_editor.conflict_panel.set_short(short)
        for column in window.pair_editor.columns.values():
            column.set_description_lines(2 if short else 3)
            column.set_short_texts(short)
