"""Hold background work asked for before the window's first paint, and start it right after.

At start-up the window asks for a preview of each language, the pair's checks, the translation
status and the block alignment. Each runs in a worker thread, but Python threads share one
interpreter lock: started at once, they slow the building of the window itself by about a
quarter of a second. Held until the first paint and then replayed (the latest request of each
kind), the window appears sooner and those panes fill in a moment later, as they would anyway.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class StartupGate(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._open = False
        self._held: dict[tuple, tuple[Callable, tuple, dict]] = {}
        self._window = window
        window.installEventFilter(self)

    def hold(self, owner: QObject, name: str, *, per_first_argument: bool = False) -> None:
        """Route ``owner.name(...)`` through the gate until the first paint.

        The latest call is kept (one per first argument with ``per_first_argument``, as the
        preview renderer takes one request per language)."""
        original = getattr(owner, name)

        def gated(*args, **kwargs):
            if self._open:
                return original(*args, **kwargs)
            key = (id(owner), name, args[0] if per_first_argument and args else None)
            self._held.pop(key, None)  # keep the order of the latest requests
            self._held[key] = (original, args, kwargs)
            return None

        setattr(owner, name, gated)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self._window and event.type() == QEvent.Type.Paint and not self._open:
            self._open = True
            self._window.removeEventFilter(self)
            # After this paint has finished, so the first frame is not delayed by the replay.
            QTimer.singleShot(0, self._replay)
        return False

    def _replay(self) -> None:
        held, self._held = self._held, {}
        for original, args, kwargs in held.values():
            original(*args, **kwargs)
