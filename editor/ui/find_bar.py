"""Find and replace bar for a plain-text editor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (QCheckBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QToolButton, QWidget)


class FindReplaceBar(QWidget):
    """A bar (usually under the editors) that searches one ``QPlainTextEdit``.

    ``set_editor()`` changes which editor it works on (the pair editor points
    it at the column that has focus). ``show_find()`` / ``show_replace()``
    open it with or without the replace row; Escape closes it and gives
    focus back to the editor. Searches wrap around the end of the text and
    match plain text, not patterns. Enter finds the next match, Shift+Enter
    the previous one.
    """

    closed = Signal()
    """The bar was hidden (Escape or its close button)."""
    message_changed = Signal(str)
    """The status text changed ("No matches", "3 replaced"…), for a status bar too."""

    def __init__(self, editor: QPlainTextEdit | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find_bar")
        self._editor: QPlainTextEdit | None = None
        self._message: Callable[[], str] = str  # the search's result, said again in a new language

        self._find_label = QLabel()
        self.find_field = QLineEdit()
        self.find_field.setObjectName("find_field")
        self.find_field.setClearButtonEnabled(True)
        self._find_label.setBuddy(self.find_field)

        self._replace_label = QLabel()
        self.replace_field = QLineEdit()
        self.replace_field.setObjectName("replace_field")
        self.replace_field.setClearButtonEnabled(True)
        self._replace_label.setBuddy(self.replace_field)

        self.match_case = QCheckBox()
        self.match_case.setObjectName("match_case")
        self.previous_button = QPushButton()
        self.previous_button.setObjectName("find_previous")
        self.next_button = QPushButton()
        self.next_button.setObjectName("find_next")
        self.replace_button = QPushButton()
        self.replace_button.setObjectName("replace")
        self.replace_all_button = QPushButton()
        self.replace_all_button.setObjectName("replace_all")
        self.close_button = QToolButton()
        self.close_button.setObjectName("close_find_bar")
        self.close_button.setAutoRaise(True)
        self.status = QLabel()
        self.status.setObjectName("find_status")

        layout = QGridLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self._find_label, 0, 0)
        layout.addWidget(self.find_field, 0, 1)
        layout.addWidget(self.previous_button, 0, 2)
        layout.addWidget(self.next_button, 0, 3)
        layout.addWidget(self.match_case, 0, 4)
        layout.addWidget(self.status, 0, 5)
        layout.addWidget(self.close_button, 0, 6, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self._replace_label, 1, 0)
        layout.addWidget(self.replace_field, 1, 1)
        layout.addWidget(self.replace_button, 1, 2)
        layout.addWidget(self.replace_all_button, 1, 3)
        layout.setColumnStretch(1, 1)
        layout.setColumnStretch(5, 1)
        chain = self.tab_chain()
        for before, after in zip(chain, chain[1:]):
            self.setTabOrder(before, after)

        # Enter / Shift+Enter are read in an event filter: returnPressed does
        # not say which modifiers were held.
        self.find_field.installEventFilter(self)
        self.replace_field.returnPressed.connect(self.replace)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.replace_button.clicked.connect(self.replace)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.close_bar)
        self.find_field.textChanged.connect(self._set_message_for_empty)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_bar)

        self.retranslate()
        self._set_replace_visible(False)
        self.hide()
        if editor is not None:
            self.set_editor(editor)

    def tab_chain(self) -> tuple[QWidget, ...]:
        """Its widgets in Tab's order: the two texts first, then the buttons (the grid's order put
        four buttons between them)."""
        return (self.find_field, self.replace_field, self.previous_button, self.next_button, self.match_case,
                self.replace_button, self.replace_all_button, self.close_button)

    # -- configuration -------------------------------------------------------

    def set_editor(self, editor: QPlainTextEdit | None) -> None:
        """Search ``editor`` from now on."""
        self._editor = editor

    def editor(self) -> QPlainTextEdit | None:
        return self._editor

    def retranslate(self) -> None:
        """Re-apply the texts (after a change of interface language)."""
        self._find_label.setText(self.tr("Find:"))
        self._replace_label.setText(self.tr("Replace with:"))
        self.find_field.setAccessibleName(self.tr("Text to find"))
        self.replace_field.setAccessibleName(self.tr("Replacement text"))
        self.match_case.setText(self.tr("Match case"))
        self.previous_button.setText(self.tr("Previous"))
        self.previous_button.setToolTip(self.tr("Find the previous match (Shift+Enter)"))
        self.next_button.setText(self.tr("Next"))
        self.next_button.setToolTip(self.tr("Find the next match (Enter)"))
        self.replace_button.setText(self.tr("&Replace"))
        self.replace_all_button.setText(self.tr("Replace &All"))
        self.close_button.setText("×")
        self.close_button.setAccessibleName(self.tr("Close the find bar"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.status.setAccessibleName(self.tr("Search result"))
        self.status.setText(self._message())
        self.setAccessibleName(self.tr("Find and replace"))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing and hiding ------------------------------------------------------

    def show_find(self) -> None:
        """Open the bar for searching, seeded with the editor's one-line selection."""
        self._open(replace=False)

    def show_replace(self) -> None:
        """Open the bar with the replace row."""
        self._open(replace=True)

    def _open(self, replace: bool) -> None:
        self._set_replace_visible(replace)
        selected = self._editor.textCursor().selectedText() if self._editor else ""
        if selected and "\u2029" not in selected:
            self.find_field.setText(selected)
        self.show()
        self.find_field.setFocus()
        self.find_field.selectAll()

    def close_bar(self) -> None:
        """Hide the bar and return focus to the editor."""
        self.hide()
        if self._editor is not None:
            self._editor.setFocus()
        self.closed.emit()

    def _set_replace_visible(self, visible: bool) -> None:
        for widget in (self._replace_label, self.replace_field, self.replace_button,
                       self.replace_all_button):
            widget.setVisible(visible)

    def replace_visible(self) -> bool:
        return not self.replace_field.isHidden()

    # -- searching -----------------------------------------------------------

    def _flags(self, backwards: bool = False) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.match_case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if backwards:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    def find_next(self) -> bool:
        """Select the next match after the cursor, wrapping around; False if none."""
        return self._find(backwards=False)

    def find_previous(self) -> bool:
        """Select the previous match before the cursor, wrapping around; False if none."""
        return self._find(backwards=True)

    def _find(self, backwards: bool) -> bool:
        needle = self.find_field.text()
        if self._editor is None or not needle:
            return False
        document = self._editor.document()
        flags = self._flags(backwards)
        found = document.find(needle, self._editor.textCursor(), flags)
        wrapped = False
        if found.isNull():
            start = QTextCursor(document)
            start.movePosition(QTextCursor.MoveOperation.End if backwards
                               else QTextCursor.MoveOperation.Start)
            found = document.find(needle, start, flags)
            wrapped = not found.isNull()
        if found.isNull():
            self._set_message(lambda: self.tr("No matches"))
            return False
        self._editor.setTextCursor(found)
        self._editor.ensureCursorVisible()
        self._set_message((lambda: self.tr("Search wrapped around")) if wrapped else str)
        return True

    def _selection_matches(self) -> bool:
        if self._editor is None:
            return False
        selected = self._editor.textCursor().selectedText()
        needle = self.find_field.text()
        if self.match_case.isChecked():
            return selected == needle
        return selected.casefold() == needle.casefold()

    def replace(self) -> bool:
        """Replace the selected match (if the selection is one) and find the next one."""
        if self._editor is None or not self.find_field.text():
            return False
        if self._editor.textCursor().hasSelection() and self._selection_matches():
            self._editor.textCursor().insertText(self.replace_field.text())
        return self.find_next()

    def replace_all(self) -> int:
        """Replace every match as one undo step; returns how many were replaced."""
        needle = self.find_field.text()
        if self._editor is None or not needle:
            return 0
        document = self._editor.document()
        replacement = self.replace_field.text()
        flags = self._flags()
        edit = QTextCursor(document)
        edit.beginEditBlock()
        count = 0
        found = document.find(needle, 0, flags)
        while not found.isNull():
            edit.setPosition(found.selectionStart())
            edit.setPosition(found.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
            edit.insertText(replacement)
            count += 1
            # Continue after the inserted text so a replacement that contains
            # the search text is not replaced again.
            found = document.find(needle, edit.position(), flags)
        edit.endEditBlock()
        self._set_message(lambda: self.tr("%n replaced", "", count) if count else self.tr("No matches"))
        return count

    # -- keys and messages -------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if (watched is self.find_field and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.find_previous()
            else:
                self.find_next()
            return True
        return super().eventFilter(watched, event)

    def _set_message_for_empty(self, text: str) -> None:
        if not text:
            self._set_message(str)

    def _set_message(self, words: Callable[[], str]) -> None:
        """Say ``words()`` now, and again after a change of interface language."""
        self._message = words
        message = words()
        self.status.setText(message)
        self.message_changed.emit(message)
