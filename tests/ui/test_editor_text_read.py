"""The Markdown editor reads its text once per change (``MarkdownEditor.raw_text``): what it gives is
always the document's text as it is now, after typing, undo, redo, a paste across lines, a new text
(short, or long enough to be set with the document's signals blocked) and another document."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtTest import QTest

from editor.ui import markdown_editor
from editor.ui.language_column import editor_text
from editor.ui.markdown_editor import MarkdownEditor


def read_now(editor: MarkdownEditor) -> str:
    return editor.document().toRawText().replace("\u2029", "\n")


@pytest.fixture
def editor(qtbot):
    widget = MarkdownEditor()
    qtbot.addWidget(widget)
    widget.setPlainText("## Title\n\nA line\u00a0: with a no-break space.\n")
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_text_follows_typing_undo_and_redo(editor):
    editor.moveCursor(QTextCursor.MoveOperation.End)
    for letter in "typed":
        QTest.keyClick(editor, letter)
        assert editor.raw_text() == read_now(editor)
        assert editor.raw_text() is editor.raw_text()  # read once for this change
    assert editor.raw_text().endswith("space.\ntyped")
    assert "\u00a0:" in editor_text(editor)
    QTest.keyClick(editor, "\r")
    assert editor.raw_text().endswith("typed\n")
    editor.undo()
    assert editor.raw_text() == read_now(editor) and editor.raw_text().endswith("typed")
    editor.undo()
    assert editor.raw_text() == read_now(editor) == "## Title\n\nA line\u00a0: with a no-break space.\n"
    editor.redo()
    assert editor.raw_text() == read_now(editor) and editor.raw_text().endswith("typed")
    QTest.keyClick(editor, "x")  # a change after an undo brings the document back to a revision seen before
    assert editor.raw_text() == read_now(editor) and editor.raw_text().endswith("typedx")


def test_a_paste_across_lines_and_a_deletion_across_lines(editor):
    cursor = editor.textCursor()
    cursor.setPosition(3)
    cursor.setPosition(12, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.insertPlainText("one\ntwo\u2029three")
    assert editor.raw_text() == read_now(editor) == "## one\ntwo\nthreeline\u00a0: with a no-break space.\n"
    cursor = editor.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(10, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    assert editor.raw_text() == read_now(editor) == "\nthreeline\u00a0: with a no-break space.\n"


def test_a_new_text_short_or_long_and_another_document(editor, monkeypatch):
    assert editor.raw_text().startswith("## Title")
    editor.setPlainText("short")
    assert editor.raw_text() == "short"
    monkeypatch.setattr(markdown_editor, "AT_ONCE_LINES", 10)  # set with the document's signals blocked
    long = "".join(f"## Part {number}\n\nText.\n\n" for number in range(20))
    editor.setPlainText(long)
    assert editor.raw_text() == long == read_now(editor)
    editor.setPlainText(long.replace("Text", "Texte"))
    assert editor.raw_text() == long.replace("Text", "Texte")
    other = QTextDocument(editor)
    other.setPlainText("another document")
    editor.set_document(other)
    assert editor.raw_text() == "another document"
    QTest.keyClick(editor, "z")
    assert editor.raw_text() == read_now(editor) and "z" in editor.raw_text()


def test_a_change_made_with_the_documents_signals_blocked_is_still_read(editor):
    assert editor.raw_text().startswith("## Title")
    document = editor.document()
    document.blockSignals(True)
    try:
        QTextCursor(document).insertText("added ")
    finally:
        document.blockSignals(False)
    assert editor.raw_text() == read_now(editor) and editor.raw_text().startswith("added ## Title")
