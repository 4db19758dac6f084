"""The window's title and description take no line break: a title with one renders badly in Hugo's
<title> and meta tags, and pasting a multi-line text into the title put one there."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from editor.app import create_main_window
from editor.ui.settings import Settings
from tests.ui.window_fixtures import close_window, PM_EN, pyside_refcount_guard, recovery_dir, settings_file, site_copy  # noqa: F401

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot, site_copy, settings_file, recovery_dir):  # noqa: F811
    made = create_main_window(site_copy / PM_EN, settings=Settings(settings_file), recovery_dir=recovery_dir)
    made.resize(1280, 800)
    made.show()
    qtbot.waitExposed(made)
    yield made
    close_window(made)


def test_pasting_lines_into_the_title_joins_them(window, qtbot):
    title = window.findChild(QLineEdit, "en.title")
    title.setFocus()
    title.selectAll()
    QApplication.clipboard().setText("Senior Product Manager\nDigital Services\n")
    QTest.keySequence(title, "Ctrl+V")
    assert title.text() == "Senior Product Manager Digital Services"
    assert window.manager.posting("en").get("title") == "Senior Product Manager Digital Services"
    title.undo()  # the paste is one step of the field's history, as any paste
    assert title.text() == "Product Manager"


def test_the_edit_menus_paste_joins_them_too(window, qtbot):
    title = window.findChild(QLineEdit, "fr.title")
    title.setFocus()
    title.end(False)
    QApplication.clipboard().setText(" principal\r\n(e)\n")  # a copied line ends with its break
    window._edit_command("paste")
    assert title.text() == "Gestionnaire de produit principal (e)"
    assert window.manager.posting("fr").get("title") == title.text()


def test_the_context_menus_paste_joins_them_too(window, qtbot):
    title = window.findChild(QLineEdit, "en.title")
    title.setFocus()
    title.selectAll()
    QApplication.clipboard().setText("Product\nLead")
    chosen = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, choose)
            return
        paste = next(action for action in menu.actions() if action.objectName() == "edit-paste")
        chosen.append(paste.text())
        paste.trigger()
        menu.close()

    QTimer.singleShot(0, choose)
    centre = title.rect().center()
    title.contextMenuEvent(QContextMenuEvent(QContextMenuEvent.Reason.Mouse, centre, title.mapToGlobal(centre)))
    assert chosen and title.text() == "Product Lead"


def test_dropping_lines_on_the_title_joins_them(window, qtbot):
    title = window.findChild(QLineEdit, "en.title")
    title.selectAll()
    data = QMimeData()
    data.setText("Product\nOwner")
    drop = QDropEvent(QPointF(title.rect().center()), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    title.dropEvent(drop)
    assert "\n" not in title.text() and "Product Owner" in title.text()


def test_the_description_takes_no_line_break_from_enter_or_a_paste(window, qtbot):
    description = window.findChild(QPlainTextEdit, "en.description")
    description.setFocus()
    cursor = description.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    description.setTextCursor(cursor)
    before = description.toPlainText()
    QTest.keyClick(description, Qt.Key.Key_Return)
    QTest.keyClick(description, Qt.Key.Key_Enter)
    QTest.keyClick(description, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert description.toPlainText() == before
    QApplication.clipboard().setText(" Apply\nby Friday.")
    QTest.keySequence(description, "Ctrl+V")
    assert description.toPlainText() == before + " Apply by Friday."
    assert window.manager.posting("en").get("description") == before + " Apply by Friday."


def test_a_title_read_with_a_line_break_is_shown_as_it_is(window, site_copy, qtbot):  # noqa: F811
    """Only what the user puts in is joined: opening a file changes nothing in it."""
    title = window.findChild(QLineEdit, "en.title")
    column = window.pair_editor.columns["en"]
    column._set_quietly(title, "Two\nlines")
    assert title.text() == "Two\nlines" and not window.manager.modified


def test_the_new_language_versions_title_is_joined_too(qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from editor.ui import dialogs

    def pasted(dialog):
        dialog.setTextValue("Archiviste\nprincipal ")
        return QInputDialog.DialogCode.Accepted

    monkeypatch.setattr(QInputDialog, "exec", pasted)
    assert dialogs.ask_title(None, "fr") == "Archiviste principal"


_MIDDLE_CLICK = """
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QClipboard
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from editor.ui.one_line_edit import OneLineEdit
app = QApplication([])
if not app.clipboard().supportsSelection():
    print("no selection clipboard")
    raise SystemExit(0)
edit = OneLineEdit()
edit.show()
QTest.qWaitForWindowExposed(edit)
app.clipboard().setText("Senior Product Manager\\nDigital Services\\n", QClipboard.Mode.Selection)
QTest.mouseClick(edit, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, QPoint(5, 5))
print(repr(edit.text()))
"""


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run: offscreen Qt has no selection clipboard")
def test_a_middle_click_paste_of_the_selection_joins_the_lines_too(tmp_path):
    """X11's middle click pastes the selection through QLineEdit's own C++ code, not ``paste()``."""
    done = subprocess.run(["xvfb-run", "-a", sys.executable, "-c", _MIDDLE_CLICK], capture_output=True, text=True,
                          timeout=120, cwd=REPO, env={**os.environ, "QT_QPA_PLATFORM": "xcb"})
    if "Could not load the Qt platform plugin" in done.stderr:
        # xvfb without the libraries Qt's xcb plugin needs (since Qt 6.5, libxcb-cursor0).
        pytest.skip("Qt's xcb platform cannot load here: " + done.stderr.strip().splitlines()[0])
    assert done.returncode == 0, done.stderr
    said = done.stdout.strip().splitlines()[-1]
    if said == "no selection clipboard":
        pytest.skip("this X server offers no selection clipboard")
    assert said == repr("Senior Product Manager Digital Services")


def test_a_long_title_shows_its_beginning(window, site_copy, qtbot):
    """A title wider than its field was shown from its end ("…chargé de la consultation : Conception"):
    setting a line edit's text puts its cursor, and so its view, at the end."""
    french = site_copy / "content/fr/careers/positions/gestionnaire-de-produit--3a2f11bd-e6f1-4460-b7fc-e13ff4d49120.md"
    long_title = "Gestionnaire de produit principal ou principale, services numériques aux entreprises et aux partenaires"
    french.write_text(french.read_text(encoding="utf-8").replace(
        "title: 'Gestionnaire de produit'", f"title: '{long_title}'", 1), encoding="utf-8")
    window.site.rebuild()
    window.select_pair("product-manager")
    title = window.findChild(QLineEdit, "fr.title")
    assert title.text() == long_title
    assert title.cursorPosition() == 0
    title.setFocus()  # from the keyboard (F6, a shortcut), typing still goes on at the end
    assert title.cursorPosition() == len(long_title)
