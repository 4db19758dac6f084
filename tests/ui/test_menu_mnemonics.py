"""Every menu entry has an underlined letter of its own, in English and in French: Alt+F then a
letter reaches it in one key, where a letter two entries share only moves between them. And the
window's labels, buttons and find bar leave the menu bar's letters alone: Alt+F opens File wherever
the focus is."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu, QWidget

from editor.app import create_main_window
from editor.ui.settings import Settings
from tests.ui.window_fixtures import close_window, PM_EN, pyside_refcount_guard, recovery_dir, settings_file, site_copy  # noqa: F401


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
        close_window(window)


def window_mnemonics(window) -> list[str]:
    """The texts whose Alt+letter the window answers, wherever the focus is: labels with a buddy, buttons."""
    texts = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None or isinstance(widget, QAbstractButton):
            text = widget.text()
            if mnemonic(text) is not None:
                texts.append(text)
    return texts


@contextmanager
def window_in(language: str, opened, qtbot, settings_file, recovery_dir):  # noqa: F811
    """The window on ``opened``, its interface in ``language``, shown at a laptop's size; closed after."""
    window = create_main_window(opened, settings=Settings(settings_file), recovery_dir=recovery_dir)
    try:
        window.set_interface_language(language)
        QApplication.sendPostedEvents()  # the widgets' LanguageChange
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        yield window
    finally:
        window.set_interface_language("en")
        close_window(window)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_window_leaves_the_menu_bar_its_letters(language, qtbot, site_copy, settings_file, recovery_dir):  # noqa: F811
    with window_in(language, site_copy / PM_EN, qtbot, settings_file, recovery_dir) as window:
        # Everything that can show while a posting is edited: the find bar with its replace row, the
        # advanced fields, the first run's welcome, the notice about the site's engine.
        window.pair_editor.columns["en"].body.setFocus()
        window.app_actions["replace"].trigger()
        window.pair_editor.shared.advanced_toggle.setChecked(True)
        window.welcome.show()
        window.engine_notice.show()
        for bar in window.findChildren(QWidget, "outdatedBar"):
            bar.show()
        menu_letters = {mnemonic(action.text()): action.text() for action in window.menuBar().actions()}
        texts = window_mnemonics(window)
        assert len(texts) >= 15  # labels, the shared fields, the columns, the find bar
        clashes = [(text, menu_letters[mnemonic(text)]) for text in texts if mnemonic(text) in menu_letters]
        assert clashes == [], "\n".join(map(str, clashes))
        # And none with each other: the find bar's Alt+R went to Replace or to the Lever ID, its Alt+C to
        # Match Case or the French description. There are more of these texts than letters, so those
        # whose action has another way (Ctrl+F, Enter, Shift+Enter, a menu entry) or that are seldom used
        # have none.
        clashes = letter_problems("window", texts + list(menu_letters.values()))
        assert clashes == [], "\n".join(clashes)
        find_bar = [widget.text() for widget in window.pair_editor.find_bar.findChildren(QWidget)
                    if isinstance(widget, (QLabel, QAbstractButton)) and mnemonic(widget.text()) is not None]
        assert len(find_bar) == 2  # Replace and Replace All


@pytest.mark.parametrize("missing", [None, "fr", "en"])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_fields_of_a_posting_have_letters_of_their_own(language, missing, qtbot, site_copy, settings_file,  # noqa: F811
                                                           recovery_dir):  # noqa: F811
    """A letter two labels share only moves between them: Alt+L went to the Lever ID or the English
    title, and in French Alt+C to the search box or the English body (« Corps »); with one language
    missing, to the search box or « Créer la version française… » (in English, "Create the English
    Version…" and the French description)."""
    opened = site_copy / PM_EN
    if missing is not None:
        kept = "en" if missing == "fr" else "fr"
        opened = next((site_copy / f"content/{kept}/careers/positions").glob(f"*{PM_EN.name.split('--')[1]}"))
        next((site_copy / f"content/{missing}/careers/positions").glob(f"*{PM_EN.name.split('--')[1]}")).unlink()
    with window_in(language, opened, qtbot, settings_file, recovery_dir) as window:
        window.pair_editor.shared.advanced_toggle.setChecked(True)  # layout and type, shown together
        assert missing is None or window.manager.posting(missing) is None
        texts = window_mnemonics(window)
        assert len(texts) >= 11  # the list's search and filter, the shared fields, both columns, the problems
        clashes = letter_problems("window", texts)
        assert clashes == [], "\n".join(clashes)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_conflict_buttons_leave_the_menu_bar_and_each_other_their_letters(language, qtbot, site_copy,  # noqa: F811
                                                                             settings_file, recovery_dir):  # noqa: F811
    """"Keep the &French value" took Alt+F from File (« Garder la valeur &française », from « Fichier »), and
    both "Compare and &Settle…" buttons shared theirs: Alt+F no longer opened the File menu on a pair in conflict."""
    english = site_copy / "content/en/careers/positions"
    a11y = next(english.glob("accessibility-specialist--*.md"))
    (english / "accessibility-specialist-old.md").write_bytes(a11y.read_bytes())  # the key used twice in English
    with window_in(language, a11y, qtbot, settings_file, recovery_dir) as window:
        panel = window.pair_editor.conflict_panel
        buttons = [button.text() for button in panel.findChildren(QAbstractButton) if button.isVisibleTo(window)]
        assert len(buttons) == 3  # settle the English files; keep the English or the French archived value
        menu_letters = {mnemonic(action.text()): action.text() for action in window.menuBar().actions()}
        clashes = [(text, menu_letters[mnemonic(text)]) for text in buttons if mnemonic(text) in menu_letters]
        clashes += letter_problems("window", window_mnemonics(window))
        assert clashes == [], "\n".join(map(str, clashes))
