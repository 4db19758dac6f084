"""The XLIFF dialogs' "File:" row: one field and its Browse… button."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from editor.ui.file_field import FileField


def test_browse_takes_the_chosen_file_and_a_cancel_keeps_the_field(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    answers = ["/tmp/chosen.xlf", ""]
    asked = []
    row = FileField(parent, "demo", "/tmp/start.xlf", lambda current: asked.append(current) or answers.pop(0))
    form = QFormLayout(parent)
    row.add_to(form, parent)
    assert parent.findChild(QLineEdit, "demo.file") is row.edit
    label = form.labelForField(row)
    assert isinstance(label, QLabel) and label.buddy() is row.edit
    browse = parent.findChild(QPushButton, "demo.browse")
    assert not browse.autoDefault()
    browse.click()
    browse.click()
    assert asked == ["/tmp/start.xlf", "/tmp/chosen.xlf"]
    assert row.edit.text() == "/tmp/chosen.xlf"
