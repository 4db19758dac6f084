"""Spell checking in the window: underlines, the context menu's suggestions, adding and ignoring words."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor

from editor.app import create_main_window
from editor.model.language.site_dictionary import dictionary_path
from editor.ui.language_column import editor_text
from editor.ui.settings import Settings
from tests.ui.window_fixtures import opened_window, type_at_end, words_of, pyside_refcount_guard, recovery_dir, settings_file, site_copy  # noqa: F401


@pytest.fixture
def window(qtbot, site_copy, settings_file, recovery_dir, short_pauses):  # noqa: F811
    with opened_window(site_copy, settings_file, recovery_dir) as window:
        window.select_pair("product-manager")
        yield window


def underliner(window, lang: str, field: str):
    widget = getattr(window.pair_editor.columns[lang], field)
    return next(u for u in window.spelling.service.underliners if u.widget is widget)


def test_misspelt_words_are_underlined_in_the_body_of_each_language(window, qtbot):
    english, french = underliner(window, "en", "body"), underliner(window, "fr", "body")
    type_at_end(window.pair_editor.columns["en"].body, "\nYou will recieve a reply.\n")
    type_at_end(window.pair_editor.columns["fr"].body, "\nLe Coordonateur répondra.\n")
    qtbot.waitUntil(lambda: "recieve" in words_of(english) and "Coordonateur" in words_of(french), timeout=10000)
    layer = window.pair_editor.columns["en"].body.extra_layer("spelling")
    assert any(s.cursor.selectedText() == "recieve" for s in layer)
    assert all(s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline for s in layer)


def test_a_name_the_other_language_writes_is_not_underlined(window, qtbot):
    french = underliner(window, "fr", "body")
    type_at_end(window.pair_editor.columns["fr"].body, "\nNous planifions dans Zorblax et Quibbitz.\n")
    qtbot.waitUntil(lambda: {"Zorblax", "Quibbitz"} <= set(words_of(french)), timeout=10000)
    # Written as a name in the English column: accepted in the French one, as check does.
    type_at_end(window.pair_editor.columns["en"].body, "\nWe plan our work in Zorblax.\n")
    qtbot.waitUntil(lambda: "Zorblax" not in words_of(french) and "Quibbitz" in words_of(french), timeout=10000)


def test_title_and_description_are_underlined(window, qtbot):
    column = window.pair_editor.columns["en"]
    title, description = underliner(window, "en", "title"), underliner(window, "en", "description")
    column.title.setText("Senior develper")
    column.description.setPlainText("A carefull person.")
    qtbot.waitUntil(lambda: words_of(title) == ["develper"] and words_of(description) == ["carefull"], timeout=10000)


def test_the_menu_replaces_the_word_with_a_suggestion_as_one_undo_step(window, qtbot):
    body = window.pair_editor.columns["en"].body
    under = underliner(window, "en", "body")
    type_at_end(body, "\nYou will recieve a reply.\n")
    qtbot.waitUntil(lambda: "recieve" in words_of(under), timeout=10000)
    line = next(u for u in under.underlines if u.word == "recieve")
    menu = under.spelling_menu(line)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[0] == "receive"
    assert "Add to the site's dictionary" in texts and "Ignore in this posting" in texts
    next(a for a in menu.actions() if a.text() == "receive").trigger()
    assert "You will receive a reply." in editor_text(body)
    assert "You will receive a reply." in window.manager.posting("en").body
    body.undo()
    assert "You will recieve a reply." in editor_text(body)


def test_adding_a_word_writes_the_site_dictionary_and_clears_the_underline(window, qtbot, site_copy):
    body = window.pair_editor.columns["en"].body
    under = underliner(window, "en", "body")
    type_at_end(body, "\nWe use Zorblax daily.\n")
    qtbot.waitUntil(lambda: "Zorblax" in words_of(under), timeout=10000)
    line = next(u for u in under.underlines if u.word == "Zorblax")
    menu = under.spelling_menu(line)
    next(a for a in menu.actions() if a.objectName() == "spellingAdd").trigger()
    assert "en:Zorblax" in dictionary_path(site_copy).read_text(encoding="utf-8").splitlines()
    qtbot.waitUntil(lambda: "Zorblax" not in words_of(under), timeout=10000)
    qtbot.waitUntil(lambda: window.checker.is_idle(), timeout=10000)
    assert not any("Zorblax" in p.finding.message for p in window.checker.results)


def test_ignoring_a_word_lasts_for_the_posting_and_reaches_the_problems(window, qtbot, site_copy):
    body = window.pair_editor.columns["en"].body
    under = underliner(window, "en", "body")
    type_at_end(body, "\nWe use Zorblax daily.\n")
    qtbot.waitUntil(lambda: "Zorblax" in words_of(under), timeout=10000)
    qtbot.waitUntil(lambda: window.checker.is_idle() and any(
        "Zorblax" in p.finding.message for p in window.checker.results), timeout=10000)
    line = next(u for u in under.underlines if u.word == "Zorblax")
    next(a for a in under.spelling_menu(line).actions() if a.objectName() == "spellingIgnore").trigger()
    qtbot.waitUntil(lambda: "Zorblax" not in words_of(under), timeout=10000)
    qtbot.waitUntil(lambda: window.checker.is_idle(), timeout=10000)
    assert not any("Zorblax" in p.finding.message for p in window.checker.results)
    assert not dictionary_path(site_copy).read_text(encoding="utf-8").count("Zorblax")


def test_a_spelling_finding_does_not_underline_its_whole_line(window, qtbot):
    body = window.pair_editor.columns["en"].body
    under = underliner(window, "en", "body")
    type_at_end(body, "\nYou will recieve a reply.\n")
    qtbot.waitUntil(lambda: "recieve" in words_of(under), timeout=10000)
    qtbot.waitUntil(lambda: window.checker.is_idle() and any(
        p.finding.code == "spelling" for p in window.checker.results), timeout=10000)
    line = editor_text(body).splitlines().index("You will recieve a reply.") + 1
    assert not body.problems_at(line)


def test_words_are_underlined_as_soon_as_a_pair_opens(window, qtbot, site_copy):
    path = site_copy / "content/en/careers/positions/data-analyst--8552a8ea-faa5-442e-83f7-3f5895e25342.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nYou will recieve a reply.\n", encoding="utf-8")
    window.select_pair("data-analyst")
    qtbot.waitUntil(lambda: "recieve" in words_of(underliner(window, "en", "body")), timeout=10000)


def recieve_typed(window, qtbot, monkeypatch):
    """The window shown, "recieve" typed into the English body and underlined, and the spelling
    menu's entries kept instead of shown: (the body, its underliner, the menus' entries)."""
    from editor.ui.spell_underline import SpellUnderliner

    window.show()
    qtbot.waitExposed(window)
    shown: list[list[str]] = []
    monkeypatch.setattr(SpellUnderliner, "_popup", lambda _self, menu, _at: shown.append([a.text() for a in menu.actions()]))
    body = window.pair_editor.columns["en"].body
    under = underliner(window, "en", "body")
    type_at_end(body, "\nYou will recieve a reply.\n")
    qtbot.waitUntil(lambda: "recieve" in words_of(under), timeout=10000)
    return body, under, shown


def test_right_clicking_a_misspelt_word_opens_the_spelling_menu(window, qtbot, monkeypatch):
    from PySide6.QtGui import QContextMenuEvent

    body, under, shown = recieve_typed(window, qtbot, monkeypatch)
    line = next(u for u in under.underlines if u.word == "recieve")
    cursor = QTextCursor(body.document())
    cursor.setPosition(line.qt_start + 2)
    body.ensureCursorVisible()
    body.setTextCursor(cursor)
    body.ensureCursorVisible()
    point = body.cursorRect(cursor).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, body.viewport().mapToGlobal(point))
    # Handed to the filter itself: were it to decline, Qt's own menu would open and wait for a click.
    assert under.eventFilter(body.viewport(), event)
    assert shown and shown[0][0] == "receive" and "Ignore in this posting" in shown[0]
    start = body.cursorRect(QTextCursor(body.document())).center()
    elsewhere = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, start, body.viewport().mapToGlobal(start))
    assert not under.eventFilter(body.viewport(), elsewhere)  # not on a misspelt word: the usual menu


def test_the_menu_key_opens_the_spelling_menu_for_the_word_at_the_text_cursor(window, qtbot, monkeypatch):
    """Qt gives a keyboard context menu (the menu key, Shift+F10) to the editor itself, not to its
    viewport, where the suggestions were: from the keyboard only Qt's own menu came up."""
    from PySide6.QtCore import QPoint, QTimer
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    body, under, shown = recieve_typed(window, qtbot, monkeypatch)
    cursor = QTextCursor(body.document())
    cursor.setPosition(next(u for u in under.underlines if u.word == "recieve").qt_start + 2)
    body.setTextCursor(cursor)
    # Where Qt puts a keyboard menu: the text cursor, in the editor's own coordinates.
    point = body.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle).toRect().center()
    QTimer.singleShot(500, lambda: QApplication.activePopupWidget() and QApplication.activePopupWidget().close())
    QApplication.sendEvent(body, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, point, body.mapToGlobal(point)))
    assert shown and shown[0][0] == "receive"
    shown.clear()
    QTimer.singleShot(500, lambda: QApplication.activePopupWidget() and QApplication.activePopupWidget().close())
    # The mouse may be anywhere: the word is the one at the text cursor.
    QApplication.sendEvent(body, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(1, 1), body.mapToGlobal(QPoint(1, 1))))
    assert shown and shown[0][0] == "receive"
