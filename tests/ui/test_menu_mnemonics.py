"""Every menu entry has an underlined letter of its own, in English and in French: Alt+F then a
letter reaches it in one key, where a letter two entries share only moves between them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu

from editor.app import create_main_window
from editor.ui.settings import Settings
from tests.ui.window_fixtures import PM_EN, pyside_refcount_guard, recovery_dir, settings_file, site_copy  # noqa: F401


def mnemonic(text: str) -> str | None:
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].casefold() if 0 <= at < len(plain) - 1 else None


def letter_problems(title: str, texts: list[str]) -> list[str]:
    problems = [f"{title}: {text!r} has no underlined letter" for text in texts if mnemonic(text) is None]
    by_letter: dict[str, list[str]] = {}
    for text in texts:
        if (letter := mnemonic(text)) is not None:
            by_letter.setdefault(letter, []).append(text)
    problems += [f"{title}: '{letter}' underlined in {shared}" for letter, shared in by_letter.items() if len(shared) > 1]
    return problems


def menu_problems(menu: QMenu) -> list[str]:
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    problems = letter_problems(menu.title(), texts)
    for action in menu.actions():
        if action.menu() is not None:
            problems += menu_problems(action.menu())
    return problems


def test_the_letters_that_underline_and_clash():
    assert letter_problems("Edit", ["&Paste", "Next &Problem", "Back", "Save && &Close"]) == [
        "Edit: 'Back' has no underlined letter", "Edit: 'p' underlined in ['&Paste', 'Next &Problem']"]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_each_menu_entry_has_a_letter_of_its_own(language, qtbot, site_copy, settings_file, recovery_dir):  # noqa: F811
    window = create_main_window(site_copy / PM_EN, settings=Settings(settings_file), recovery_dir=recovery_dir)
    try:
        window.set_interface_language(language)
        window.menus.fill_recent()
        bar = window.menuBar()
        problems = letter_problems("menu bar", [action.text() for action in bar.actions()])
        for action in bar.actions():
            problems += menu_problems(action.menu())
        assert problems == []
    finally:
        window.set_interface_language("en")
        window.manager.close_pair()
        window.close()
        window.deleteLater()
