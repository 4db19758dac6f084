"""The question asked before a typography fix changes a heading's id: keep it, change it, cancel."""

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from editor.ui import dialogs


def answer(qtbot, button_text: str | None, anchors, **options):
    seen = []

    def click():
        box = QApplication.activeModalWidget()
        if box is None:  # not shown yet: look again as soon as the dialog's loop runs
            QTimer.singleShot(10, click)
            return
        seen.extend(b.text() for b in box.buttons())
        for button in box.buttons():
            if button.text() == button_text or button_text is None and box.buttonRole(button) == box.ButtonRole.RejectRole:
                button.click()
                return

    QTimer.singleShot(0, click)
    return dialogs.ask_heading_ids(None, anchors, **options), seen


@pytest.mark.parametrize(("text", "expected"), [("&Keep the Id", "keep"), ("&Change the Id", "change"), (None, None)])
def test_one_heading_whose_id_can_be_kept(qtbot, text, expected):
    choice, buttons = answer(qtbot, text, ["atouts-"], can_keep=True)
    assert choice == expected
    assert "&Keep the Id" in buttons and "&Change the Id" in buttons


def test_several_headings_on_a_site_without_attributes_can_be_left_as_written(qtbot):
    choice, buttons = answer(qtbot, "&Leave Those Headings", ["a-", "b-"], can_keep=False, several=True)
    assert choice == "skip" and not any("Keep" in b for b in buttons)
    choice, buttons = answer(qtbot, "&Change the Id", ["a-"], can_keep=False)
    assert choice == "change" and len(buttons) == 2  # one fix: change it or cancel
