"""A long status message is read whole: the word counts make room for it, and what still does not
fit is elided with the whole message in the tooltip; at 1366×768, in English and in French."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSizeGrip

from tests.ui.window_fixtures import (laptop_window, pyside_refcount_guard,  # noqa: F401
                                      recovery_dir, settings_file, site_copy)


@pytest.fixture
def window(laptop_window):  # noqa: F811
    yield laptop_window
    laptop_window.set_interface_language("en")


def message_room(window) -> int:
    """The width QStatusBar draws its message in: left of the first permanent widget and the size grip."""
    bar = window.statusBar()
    right = bar.width() - 12
    grip = bar.findChild(QSizeGrip)
    if grip is not None and grip.isVisible():
        right = min(right, grip.x())
    if window.word_counts.isVisible():
        right = min(right, window.word_counts.x() - 2)
    return right - 6


def saved_message(window) -> str:
    names = ", ".join(posting.path.name for posting in window.manager.pair.present())
    return QCoreApplication.translate("MainWindow", "Saved %1").replace("%1", names)


def readable(window, message: str) -> bool:
    bar = window.statusBar()
    bar.grab()  # painted as on screen
    return bar.fontMetrics().horizontalAdvance(message) <= message_room(window) or bar.toolTip() == message


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_counts_make_room_for_the_saved_message(window, qtbot, language):
    window.set_interface_language(language)
    window.word_counts.refresh()
    assert window.word_counts.text()
    message = saved_message(window)  # two posting file names: longer than the room the counts leave
    window.statusBar().showMessage(message)
    qtbot.waitUntil(lambda: readable(window, message))
    assert window.statusBar().fontMetrics().horizontalAdvance(message) <= message_room(window)
    window.statusBar().clearMessage()
    qtbot.waitUntil(lambda: window.word_counts.isVisible())  # back once the message is gone
    assert window.statusBar().toolTip() == ""


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_short_message_leaves_the_counts_in_place(window, qtbot, language):
    window.set_interface_language(language)
    window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Your changes are back, unsaved."))
    window.statusBar().grab()
    assert window.word_counts.isVisible() and window.statusBar().toolTip() == ""


def test_what_even_the_whole_bar_cannot_hold_is_elided_with_a_tooltip(window, qtbot):
    window.set_interface_language("fr")
    window.resize(window.minimumWidth(), 600)
    folder = "/home/recruteuse/Documents/Offres d’emploi/Approbations/2026/Équipe produit/"
    message = QCoreApplication.translate("HandOff", "Review copy saved to %1").replace(
        "%1", folder + "gestionnaire-de-produit--3a2f11bd-e6f1-4460-b7fc-e13ff4d49120.pdf")
    window.statusBar().showMessage(message)
    qtbot.waitUntil(lambda: readable(window, message))
    assert window.statusBar().toolTip() == message
    assert not window.word_counts.isVisible()  # the counts made room first
