"""An empty folder opened in the window is offered as a drafts folder, as `posting-editor new` makes one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from editor.app import create_main_window
from editor.ui import drafts_offer, main_window
from editor.ui.settings import Settings
from tests.ui.window_fixtures import close_window, pyside_refcount_guard, recovery_dir, settings_file, site_copy  # noqa: F401


@pytest.fixture
def window(qtbot, site_copy, settings_file, recovery_dir):  # noqa: F811
    made = create_main_window(site_copy, settings=Settings(settings_file), recovery_dir=recovery_dir)
    made.show()
    qtbot.waitExposed(made)
    yield made
    close_window(made)


@pytest.fixture
def warnings(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(main_window.QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    return said


def test_yes_makes_the_empty_folder_a_drafts_folder_and_opens_it(window, tmp_path, monkeypatch, warnings):
    empty = tmp_path / "drafts"
    empty.mkdir()
    asked = []
    monkeypatch.setattr(drafts_offer, "ask_make_drafts", lambda _parent, folder: asked.append(folder) or True)
    window.open_site(empty)  # False all the same: no posting to select yet
    assert asked == [empty]
    assert sorted(p.name for p in empty.iterdir()) == ["en", "fr"]
    assert window.site.site is not None and window.site.site.root == empty.resolve()
    assert warnings == []
    assert window.app_actions["new"].isEnabled()  # the next step, a new posting, is one click away


def test_no_writes_nothing_and_keeps_the_open_site(window, site_copy, tmp_path, monkeypatch, warnings):  # noqa: F811
    empty = tmp_path / "drafts"
    empty.mkdir()
    monkeypatch.setattr(drafts_offer, "ask_make_drafts", lambda _parent, _folder: False)
    assert not window.open_site(empty)
    assert list(empty.iterdir()) == []
    assert window.site.site is not None and window.site.site.root == site_copy.resolve()
    assert warnings == []  # the user answered; no second message


def test_enter_on_the_question_is_the_safe_answer(window, tmp_path, qtbot):
    empty = tmp_path / "drafts"
    empty.mkdir()
    seen = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press_enter)
            return
        seen.append((box.objectName(), box.text()))
        QTest.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    assert not window.open_site(empty)
    assert seen and seen[0][0] == "draftsFolderDialog" and str(empty) in seen[0][1]
    assert list(empty.iterdir()) == []


def test_a_folder_holding_other_things_is_not_offered(window, tmp_path, monkeypatch, warnings):
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "cat.jpg").write_bytes(b"\xff\xd8")
    monkeypatch.setattr(drafts_offer, "ask_make_drafts", lambda *_: pytest.fail("only an empty folder is offered"))
    assert not window.open_site(folder)
    assert len(warnings) == 1 and "drafts folder" in warnings[0]
    assert [p.name for p in folder.iterdir()] == ["cat.jpg"]


def test_a_folder_filled_meanwhile_is_left_as_it_is(window, tmp_path, monkeypatch, warnings):
    empty = tmp_path / "drafts"
    empty.mkdir()

    def someone_writes(_parent, folder):
        (folder / "notes.txt").write_text("mine")
        return True

    monkeypatch.setattr(drafts_offer, "ask_make_drafts", someone_writes)
    monkeypatch.setattr(drafts_offer.QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    assert not window.open_site(empty)
    assert [p.name for p in empty.iterdir()] == ["notes.txt"]
    assert len(warnings) == 1 and "not empty" in warnings[0]


def test_the_welcome_panels_button_reaches_the_offer(window, tmp_path, monkeypatch):
    empty = tmp_path / "drafts"
    empty.mkdir()
    monkeypatch.setattr(main_window.QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(empty))
    monkeypatch.setattr(drafts_offer, "ask_make_drafts", lambda _parent, _folder: True)
    window.welcome.show()
    window.welcome.open_button.click()
    assert window.site.site is not None and window.site.site.root == empty.resolve()
    assert (empty / "en").is_dir() and (empty / "fr").is_dir()


def test_the_new_drafts_folder_says_how_to_write_its_first_posting(window, tmp_path, monkeypatch, warnings):
    """It said "Choose a posting in the list." beside an empty list: there is none to choose."""
    empty = tmp_path / "drafts"
    empty.mkdir()
    monkeypatch.setattr(drafts_offer, "ask_make_drafts", lambda _parent, _folder: True)
    window.open_site(empty)
    assert window.stack.currentWidget() is window.placeholder
    assert window.placeholder.text() == "No postings here yet: File ▸ New Posting… (Ctrl+N) writes the first one."
