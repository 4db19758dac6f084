"""Tools ▸ Make Site Templates from This Posting: the window's ``templates init --from``. It asks
first (Cancel the default when templates would be replaced, and the replaced ones are kept), refuses
while the posting has unsaved changes, and is reachable from the keyboard."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.window_fixtures import (PM_EN, PM_FR, opened_window, pyside_refcount_guard, recovery_dir,  # noqa: F401
                                      settings_file, site_copy)

TEMPLATES = ".posting-editor/templates"


@pytest.fixture
def window(qtbot, site_copy, settings_file, recovery_dir):  # noqa: F811
    with opened_window(site_copy / PM_EN, settings_file, recovery_dir) as made:
        yield made


def answer(qtbot, key=None, button: str | None = None) -> list[tuple[str, str]]:
    """Once the question shows: press ``key`` on it, or click the button named ``button``; returns
    what was seen (the box's object name and text)."""
    seen: list[tuple[str, str]] = []

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, act)
            return
        seen.append((box.objectName(), box.text() + "\n" + box.informativeText()))
        if button is not None:
            box.findChild(object, button).click()
        else:
            QTest.keyClick(box, key)

    QTimer.singleShot(0, act)
    return seen


def templates(site) -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in sorted((site / TEMPLATES).iterdir())}


def test_it_is_in_the_tools_menu_with_its_letter_and_needs_an_open_posting(window):
    action = window.app_actions["make_templates"]
    assert action in window.menus.tools.actions() and "&T" in action.text()
    assert action.isEnabled()
    window.manager.close_pair()
    assert not action.isEnabled()


def test_unsaved_changes_are_refused_and_nothing_is_written(window, site_copy, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text, *_a: told.append((title, text)))
    before = templates(site_copy)
    window.findChild(object, "fr.body").appendPlainText("\nUne phrase de plus.\n")
    assert window.manager.modified
    assert not window.templates.make_from_posting()
    assert told and told[0][0] == "Save the Posting First" and "unsaved changes" in told[0][1]
    assert templates(site_copy) == before


def test_replacing_asks_with_cancel_first_then_keeps_the_templates_it_replaces(window, site_copy, qtbot):
    before = templates(site_copy)  # the sample site has templates of its own
    seen = answer(qtbot, Qt.Key.Key_Return)  # Enter, without reading: Cancel
    assert not window.templates.make_from_posting()
    assert seen[0][0] == "replaceTemplatesDialog" and "“Product Manager”" in seen[0][1]
    assert "English: from content/en/careers/positions/product-manager--" in seen[0][1]
    assert templates(site_copy) == before
    answer(qtbot, button="replaceTemplates.replace")
    assert window.templates.make_from_posting()
    after = templates(site_copy)
    assert "title: '$title'" in after["posting.en.md"] and "translationKey: $translation_key" in after["posting.fr.md"]
    kept = {name: text for name, text in after.items() if name.startswith("replaced-")}
    assert sorted(text for text in kept.values()) == sorted(before.values())  # both old ones, as they were
    assert "The ones replaced are kept as replaced-" in window.statusBar().currentMessage()


def test_a_site_without_templates_gets_them_with_enter(window, site_copy, qtbot):
    shutil.rmtree(site_copy / TEMPLATES)
    seen = answer(qtbot, Qt.Key.Key_Return)
    assert window.templates.make_from_posting()
    assert seen[0][0] == "makeTemplatesDialog"
    assert "French: from content/fr/careers/positions/gestionnaire-de-produit--" in seen[0][1]
    assert sorted(templates(site_copy)) == ["posting.en.md", "posting.fr.md"]
    assert (site_copy / PM_FR).read_text(encoding="utf-8").startswith("---\n")  # the posting itself untouched
    assert "new postings of this site start from them" in window.statusBar().currentMessage()
