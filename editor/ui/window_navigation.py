"""Moving around the window from the keyboard: Ctrl+Tab between the two bodies, F6 between the panes,
Ctrl+L to a line.

The panes, in the order the eye reads them: the posting list, the fields (the first column's
title), the text (the body of the language last worked in), the problems.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget


class Navigation(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._last_body_lang: str | None = None
        actions = window.app_actions
        actions["next_body"].triggered.connect(self.other_body)
        actions["previous_body"].triggered.connect(self.other_body)
        actions["next_pane"].triggered.connect(lambda: self.cycle(1))
        actions["previous_pane"].triggered.connect(lambda: self.cycle(-1))
        actions["go_to_line"].triggered.connect(self.go_to_line)
        cast(QApplication, QApplication.instance()).focusChanged.connect(self._focus_changed)
        # A text editor takes Ctrl+Tab for Qt's own focus chain before any shortcut sees it.
        for column in window.pair_editor.columns.values():
            column.body.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier \
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # deliver it as a key press, which the filter handles below
            else:
                self.other_body()
            return True
        return super().eventFilter(watched, event)

    def go_to_line(self) -> None:
        """Edit ▸ Go to Line…: in the text of the column with the focus."""
        from editor.ui import dialogs

        column = self.window.pair_editor.focused_column()
        if column is None:
            return
        editor = column.active_editor()
        line = dialogs.ask_line(self.window, editor.current_line(), editor.blockCount())
        if line is not None:
            editor.go_to_line(line)
            editor.setFocus()

    def _focus_changed(self, _old, new) -> None:
        for lang, column in self.window.pair_editor.columns.items():
            if new is column.body:
                self._last_body_lang = lang

    def _bodies(self) -> list:
        editor = self.window.pair_editor
        return [editor.columns[lang].body for lang in editor.column_order()
                if editor.columns[lang].body.isVisibleTo(self.window)]

    def other_body(self) -> bool:
        """From one body to the other, each keeping its own cursor; from anywhere else, to the first body."""
        bodies = self._bodies()
        if not bodies:
            return False
        focus = QApplication.focusWidget()
        target = bodies[(bodies.index(focus) + 1) % len(bodies)] if focus in bodies else bodies[0]
        target.setFocus()
        return True

    def panes(self) -> list[QWidget]:
        window = self.window
        editor = window.pair_editor
        # The first column with a file: a pair waiting for its translation has none in the other.
        shown = [editor.columns[lang] for lang in editor.column_order()
                 if editor.columns[lang].title.isVisibleTo(window)] or [editor.columns[editor.column_order()[0]]]
        first = shown[0]
        last = editor.columns[self._last_body_lang] if self._last_body_lang else first
        body = last.body if last in shown else first.body
        panes = [window.posting_list.view]
        if window.stack.currentWidget() is editor:
            panes += [first.title, body]
        panes.append(window.problems.tree)
        # A short window shows the problems as a tab: behind the suggestions' tab they are still a pane.
        behind = window.problems.tree if window.translator.area.is_tabbed() else None
        return [pane for pane in panes if (pane.isVisibleTo(window) or pane is behind) and pane.isEnabled()]

    def current_pane(self, panes: list[QWidget]) -> int | None:
        focus = QApplication.focusWidget()
        editor = self.window.pair_editor
        for index, pane in enumerate(panes):
            if focus is not None and (focus is pane or pane.isAncestorOf(focus)):
                return index
        if focus is not None and editor.isAncestorOf(focus):
            # Any field (shared fields, descriptions) counts as the fields pane; previews as the text.
            in_text = any(focus is c.body or c.preview.isAncestorOf(focus) or focus is c.preview
                          for c in editor.columns.values())
            bodies = [c.body for c in editor.columns.values()]
            wanted = next((pane for pane in panes if pane in bodies), None) if in_text else None
            for index, pane in enumerate(panes):
                if (wanted is not None and pane is wanted) or (wanted is None and pane is not self.window.posting_list.view
                                                               and pane is not self.window.problems.tree):
                    return index
        return None

    def cycle(self, step: int) -> bool:
        panes = self.panes()
        if not panes:
            return False
        current = self.current_pane(panes)
        target = panes[0 if current is None and step > 0 else (-1 if current is None else (current + step) % len(panes))]
        self.window.translator.area.reveal(target)
        target.setFocus()
        return True
