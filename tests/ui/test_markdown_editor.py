import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontInfo, QHelpEvent, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QApplication, QLineEdit, QToolTip, QVBoxLayout, QWidget

from editor.model.findings import Severity
from editor.ui.markdown_editor import MarkdownEditor

TEXT = "\n".join(f"line {n} with some words" for n in range(1, 41))


@pytest.fixture
def editor(qtbot):
    widget = MarkdownEditor()
    qtbot.addWidget(widget)
    widget.resize(500, 300)
    widget.setPlainText(TEXT)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_monospace_soft_wrap_and_tab_moves_focus(editor):
    assert QFontInfo(editor.font()).fixedPitch()
    assert editor.lineWrapMode() == editor.LineWrapMode.WidgetWidth
    assert editor.tabChangesFocus()


def test_line_numbers_toggle_reserves_a_gutter(editor):
    assert not editor.line_numbers_visible()
    assert editor.viewportMargins().left() == 0
    editor.set_line_numbers_visible(True)
    assert editor.line_numbers_visible()
    width = editor.line_number_area_width()
    assert width > 0
    assert editor.viewportMargins().left() == width
    assert editor.findChild(QWidget, "line_numbers").width() == width
    editor.grab()  # paints the gutter: must not raise
    editor.set_line_numbers_visible(False)
    assert editor.viewportMargins().left() == 0


def test_go_to_line_moves_cursor_and_scrolls(editor):
    editor.go_to_line(35, 6)
    cursor = editor.textCursor()
    assert cursor.blockNumber() == 34
    assert cursor.positionInBlock() == 5
    assert editor.verticalScrollBar().value() > 0
    assert editor.cursorRect().intersects(editor.viewport().rect())
    editor.go_to_line(999, 999)  # clamped, no exception
    assert editor.current_line() == 40
    assert editor.textCursor().atBlockEnd()


def test_go_to_line_counts_characters_not_utf16_units(editor):
    editor.setPlainText("😀😀x")
    editor.go_to_line(1, 3)
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.Right, cursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "x"


def _selection_lines(editor):
    return {sel.cursor.blockNumber() + 1: QTextCharFormat(sel.format)
            for sel in editor.extraSelections()}


def test_problem_lines_get_wavy_underlines(editor):
    editor.set_problem_lines([
        (3, 1, "error", "Broken link"),
        (7, 2, Severity.WARNING, "Long line"),
        (7, 5, "error", "Second problem on the same line"),
        (9, 1, "info", "Note"),
    ])
    lines = _selection_lines(editor)
    assert set(lines) == {3, 7, 9}
    assert lines[3].underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert lines[7].underlineColor() == lines[3].underlineColor()  # worst severity wins
    assert lines[9].underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    selected = [sel.cursor.selectedText() for sel in editor.extraSelections()]
    assert "line 3 with some words" in selected
    assert [p.message for p in editor.problems_at(7)] == ["Second problem on the same line",
                                                          "Long line"]
    editor.set_problem_lines([])
    assert editor.extraSelections() == []


def test_blank_problem_line_is_tinted(editor):
    editor.setPlainText("first\n\nthird")
    editor.set_problem_lines([(2, 1, "error", "Empty paragraph")])
    (selection,) = editor.extraSelections()
    assert selection.format.background().color().alpha() > 0


def test_tooltip_shows_problem_messages(editor, qtbot):
    editor.set_problem_lines([(2, 1, "error", "Heading skips a level")])
    pos = editor.cursorRect(_cursor_at_line(editor, 2)).center()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, editor.viewport().mapToGlobal(pos))
    QApplication.sendEvent(editor.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == "Heading skips a level"
    QToolTip.hideText()


def _cursor_at_line(editor, line):
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().findBlockByNumber(line - 1).position())
    return cursor


def test_next_problem_wraps_around(editor):
    editor.set_problem_lines([(5, 3, "error", "a"), (20, 1, "warning", "b")])
    editor.go_to_line(1)
    assert editor.go_to_next_problem().line == 5
    assert editor.textCursor().positionInBlock() == 2
    assert editor.go_to_next_problem().line == 20
    assert editor.go_to_next_problem().line == 5
    assert editor.go_to_next_problem(backwards=True).line == 20


def test_set_document_keeps_each_documents_undo_history(editor, qtbot):
    first = QTextDocument()
    first.setPlainText("english")
    editor.set_document(first)
    other = QTextDocument()
    other.setPlainText("français")
    editor.set_document(other)
    assert editor.toPlainText() == "français"
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "!")
    assert editor.toPlainText() == "français!"
    editor.set_document(first)
    assert editor.toPlainText() == "english"
    editor.set_document(other)
    editor.undo()
    assert editor.toPlainText() == "français"
    # The highlighter followed the document.
    assert editor.highlighter.document() is other


def test_tab_leaves_the_editor(qtbot):
    host = QWidget()
    layout = QVBoxLayout(host)
    editor = MarkdownEditor()
    after = QLineEdit()
    layout.addWidget(editor)
    layout.addWidget(after)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(after.hasFocus)
    assert "\t" not in editor.toPlainText()
