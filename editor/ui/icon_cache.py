"""Icons made once a process and shared by every window (each drawn or looked up once, not once a
window or a row), let go when the application quits: no pixmap outlives the application that made it."""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon


class IconCache:
    """Icons by key, each made by the caller's function the first time it is asked for."""

    def __init__(self) -> None:
        self._made: dict[Hashable, QIcon] = {}

    def get(self, key: Hashable, make: Callable[[], QIcon]) -> QIcon:
        """A copy of the icon kept for ``key`` (copies share its pixmaps), made by ``make`` if none is."""
        icon = self._made.get(key)
        if icon is None:
            app = QCoreApplication.instance()
            if not self._made and app is not None:
                app.aboutToQuit.connect(self._made.clear)
            icon = self._made[key] = make()
        return QIcon(icon)
