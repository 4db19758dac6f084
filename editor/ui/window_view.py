"""View ▸ Show Preview, where it goes, synchronised scrolling and line numbers: each choice shown
in the pair editor at once and kept in the settings for the next time."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSignalBlocker


class ViewOptions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        a = window.app_actions
        a["toggle_preview"].toggled.connect(self._toggle_preview)
        a["preview_below"].toggled.connect(self._preview_below)
        a["preview_auto"].toggled.connect(self._preview_auto)
        window.pair_editor.previewPlacementChanged.connect(self._preview_placed)
        a["sync_scroll"].toggled.connect(self._sync_scroll)
        a["line_numbers"].toggled.connect(self._line_numbers)

    def _toggle_preview(self, visible: bool) -> None:
        self.window.settings.set_preview_visible(visible)
        self.window.pair_editor.set_preview_visible(visible)

    def _preview_below(self, below: bool) -> None:
        """The reader chose a place: automatic placement stops."""
        self.window.app_actions["preview_auto"].setChecked(False)
        self.window.settings.set_preview_position("below" if below else "beside")
        self.window.pair_editor.set_preview_below(below)

    def _preview_auto(self, auto: bool) -> None:
        self.window.settings.set_preview_position("auto" if auto else "below" if self.window.pair_editor.preview_is_below() else "beside")
        self.window.pair_editor.set_preview_auto(auto)
        self._preview_placed(self.window.pair_editor.preview_is_below())

    def _preview_placed(self, below: bool) -> None:
        with QSignalBlocker(self.window.app_actions["preview_below"]):
            self.window.app_actions["preview_below"].setChecked(below)

    def _sync_scroll(self, enabled: bool) -> None:
        self.window.settings.set_sync_scroll(enabled)
        self.window.pair_editor.set_sync_scroll(enabled)

    def _line_numbers(self, visible: bool) -> None:
        self.window.settings.set_line_numbers(visible)
        self.window.pair_editor.set_line_numbers(visible)
