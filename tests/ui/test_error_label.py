"""A dialog's refusal line: hidden until it has something to say, then read by name."""

from PySide6.QtWidgets import QWidget

from editor.ui.error_label import ErrorLabel


def test_an_error_shows_and_names_itself(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    label = ErrorLabel("demo.error", parent)
    assert label.objectName() == "demo.error" and label.isHidden() and label.wordWrap()
    label.say("Choose the file to write.")
    assert not label.isHidden() and label.text() == label.accessibleName() == "Choose the file to write."
