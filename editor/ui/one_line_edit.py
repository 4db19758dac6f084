"""Fields whose text must stay on one line (a posting's title and description, see
``editor.model.frontmatter.one_line``): pasted or dropped lines are joined with spaces, and Enter
adds no line break. Text read from a file is shown as it is: only what the user puts in is joined."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QClipboard, QContextMenuEvent, QDropEvent, QFocusEvent, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from editor.model.frontmatter.one_line import has_line_break, on_one_line
from editor.ui.markdown_editor import is_alt_digit


def _one_line_mime(source: QMimeData) -> QMimeData:
    data = QMimeData()
    data.setText(on_one_line(source.text()))
    return data


class OneLineEdit(QLineEdit):
    """A line edit that joins the lines of what is pasted or dropped (QLineEdit keeps them).

    Through ``insert``, so that the paste is one step of the field's undo, like any other."""

    _showing_start = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A cursor or selection set since (selectAll, a click) is where the keyboard goes on.
        self.selectionChanged.connect(self._forget_start)
        self.cursorPositionChanged.connect(self._forget_start)

    def _forget_start(self, *_args) -> None:
        self._showing_start = False

    def show_start(self) -> None:
        """Show a text just set from its start (``setText`` shows its end, where it puts the cursor);
        the keyboard's focus still finds the cursor at the end, a click where it clicks."""
        self.setCursorPosition(0)
        self._showing_start = True

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        if self._showing_start and event.reason() != Qt.FocusReason.MouseFocusReason:
            self.end(False)
        self._showing_start = False
        super().focusInEvent(event)

    def paste(self) -> None:
        if self.isReadOnly():
            return
        text = QApplication.clipboard().text()
        if text:
            self.insert(on_one_line(text))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if is_alt_digit(event):
            event.ignore()
            return
        if self._showing_start:  # keys sent without a focus change first (a script, a test)
            self._showing_start = False
            self.end(False)
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt override)
        menu = self.createStandardContextMenu()
        for action in menu.actions():
            if action.objectName() == "edit-paste":  # Qt's own calls the C++ paste, which keeps the breaks
                action.triggered.disconnect()
                action.triggered.connect(self.paste)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        # X11's middle click pastes the selection in Qt's own code, which keeps the breaks.
        clipboard = QApplication.clipboard()
        if event.button() == Qt.MouseButton.MiddleButton and not self.isReadOnly() and clipboard.supportsSelection():
            text = clipboard.text(QClipboard.Mode.Selection)
            if has_line_break(text):
                self.insert(on_one_line(text))
                event.accept()
                return
        super().mouseReleaseEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        source = event.mimeData()
        if self.isReadOnly() or source is None or not source.hasText() or not has_line_break(source.text()):
            super().dropEvent(event)
            return
        # Lines from another program (this field holds none to move): inserted joined where dropped.
        self.deselect()
        self.setCursorPosition(self.cursorPositionAt(event.position().toPoint()))
        self.insert(on_one_line(source.text()))
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.setFocus()


class OneLineTextEdit(QPlainTextEdit):
    """A wrapping text box for one line of text (a description): room to read it whole, no line breaks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keep: QMimeData | None = None  # the mime data handed to Qt last: it must outlive the insertion

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt override)
        if source.hasText() and has_line_break(source.text()):
            self._keep = joined = _one_line_mime(source)
            super().insertFromMimeData(joined)
            return
        super().insertFromMimeData(source)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.matches(QKeySequence.StandardKey.InsertParagraphSeparator) or \
                event.matches(QKeySequence.StandardKey.InsertLineSeparator) or is_alt_digit(event):
            event.ignore()  # a dialog's default button may still take Enter
            return
        super().keyPressEvent(event)
