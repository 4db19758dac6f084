import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from editor.ui.find_bar import FindReplaceBar

TEXT = "Apply now. apply today. APPLY!\nNothing here.\nApply again."


@pytest.fixture
def setup(qtbot):
    host = QWidget()
    layout = QVBoxLayout(host)
    editor = QPlainTextEdit()
    editor.setPlainText(TEXT)
    bar = FindReplaceBar(editor)
    layout.addWidget(editor)
    layout.addWidget(bar)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    yield editor, bar
    del host  # kept alive until the test ends (qtbot only holds a weak reference)


def selection(editor):
    cursor = editor.textCursor()
    return cursor.selectionStart(), cursor.selectedText()


def test_hidden_until_asked_and_focus_goes_to_field(setup, qtbot):
    editor, bar = setup
    assert bar.isHidden()
    bar.show_find()
    assert bar.isVisible()
    assert not bar.replace_visible()
    qtbot.waitUntil(bar.find_field.hasFocus)
    bar.show_replace()
    assert bar.replace_visible()


def test_find_next_and_previous_wrap_ignoring_case(setup):
    editor, bar = setup
    bar.find_field.setText("apply")
    assert bar.find_next()
    assert selection(editor) == (0, "Apply")
    bar.find_next()
    assert selection(editor) == (11, "apply")
    bar.find_next()
    bar.find_next()
    assert selection(editor)[1] == "Apply"  # "Apply again."
    bar.find_next()  # wraps to the first one
    assert selection(editor) == (0, "Apply")
    assert bar.status.text() == "Search wrapped around"
    bar.find_previous()  # wraps backwards to the last one
    assert selection(editor)[0] == TEXT.rindex("Apply")


def test_match_case(setup):
    editor, bar = setup
    bar.match_case.setChecked(True)
    bar.find_field.setText("APPLY")
    assert bar.find_next()
    assert selection(editor) == (TEXT.index("APPLY"), "APPLY")
    bar.find_field.setText("nothing")
    assert not bar.find_next()
    assert bar.status.text() == "No matches"


def test_enter_and_shift_enter_in_the_field(setup, qtbot):
    editor, bar = setup
    bar.show_find()
    bar.find_field.setText("apply")
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Return)
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Return)
    assert selection(editor) == (11, "apply")
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert selection(editor) == (0, "Apply")


def test_replace_replaces_current_match_then_moves_on(setup):
    editor, bar = setup
    bar.find_field.setText("apply")
    bar.replace_field.setText("Submit")
    bar.find_next()
    bar.replace()
    assert editor.toPlainText().startswith("Submit now. apply today.")
    assert selection(editor) == (12, "apply")


def test_replace_all_is_one_undo_step(setup):
    editor, bar = setup
    bar.find_field.setText("apply")
    bar.replace_field.setText("apply apply")  # contains the needle: must not loop
    assert bar.replace_all() == 4
    assert editor.toPlainText().count("apply apply") == 4
    assert bar.status.text() == "4 replaced"
    editor.undo()
    assert editor.toPlainText() == TEXT


def test_escape_hides_and_returns_focus(setup, qtbot):
    editor, bar = setup
    bar.show_find()
    qtbot.waitUntil(bar.find_field.hasFocus)
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Escape)
    assert bar.isHidden()
    qtbot.waitUntil(editor.hasFocus)


def test_selection_seeds_the_search(setup):
    editor, bar = setup
    cursor = editor.textCursor()
    cursor.setPosition(TEXT.index("Nothing"))
    cursor.setPosition(TEXT.index("Nothing") + 7, cursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    bar.show_find()
    assert bar.find_field.text() == "Nothing"


def test_labels_have_buddies_and_controls_have_accessible_names(setup):
    _, bar = setup
    buddies = {label.buddy() for label in bar.findChildren(QLabel) if label.buddy()}
    assert bar.find_field in buddies and bar.replace_field in buddies
    for widget in (bar.find_field, bar.replace_field, bar.close_button):
        assert widget.accessibleName()
    for button in (bar.replace_button, bar.replace_all_button):
        assert "&" in button.text()  # keyboard mnemonic
    # Enter and Shift+Enter find, Ctrl+F comes to the field: their letters went to the window's fields.
    for button in (bar.next_button, bar.previous_button):
        assert "Enter" in button.toolTip()


def test_set_editor_retargets(setup):
    _, bar = setup
    other = QPlainTextEdit()
    other.setPlainText("postuler maintenant")
    bar.set_editor(other)
    bar.find_field.setText("maintenant")
    assert bar.find_next()
    assert other.textCursor().selectedText() == "maintenant"
    other.deleteLater()


def test_tab_goes_from_the_text_to_find_to_its_replacement(setup, qtbot):
    """Tab from the find field went through Previous, Next, Match case and the close button before
    reaching "Replace with": four keys to type a replacement."""
    _editor, bar = setup
    bar.show_replace()
    qtbot.waitUntil(bar.find_field.hasFocus)
    order = []
    for _ in range(8):
        qtbot.keyClick(bar.window().focusWidget(), Qt.Key.Key_Tab)
        order.append(bar.window().focusWidget())
    assert order[:7] == [bar.replace_field, bar.previous_button, bar.next_button, bar.match_case,
                         bar.replace_button, bar.replace_all_button, bar.close_button]
    bar.close_bar()
    bar.show_find()  # without the replace row, Tab goes straight to the buttons
    qtbot.waitUntil(bar.find_field.hasFocus)
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Tab)
    assert bar.window().focusWidget() is bar.previous_button
