"""French grammar in the window: blue underlines in the French fields, Grammalecte's message and
suggestions in the context menu, "Ignore in this posting" reaching the problems panel."""

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QColor, QContextMenuEvent, QHelpEvent, QTextCharFormat, QTextCursor

from editor.app import create_main_window
from editor.ui import spell_underline
from editor.ui.grammar_underline import GrammarUnderliner
from editor.ui.language_column import editor_text
from editor.ui.settings import Settings
from tests.ui.window_fixtures import opened_window, type_at_end, words_of, pyside_refcount_guard, recovery_dir, settings_file, site_copy  # noqa: F401

SENTENCE = "Les développeur de l’équipe travaillent ensemble."
WAIT = 60000  # Grammalecte loads and compiles its rules on first use: seconds on a loaded machine


@pytest.fixture
def window(qtbot, site_copy, settings_file, recovery_dir, short_pauses):  # noqa: F811
    with opened_window(site_copy, settings_file, recovery_dir) as window:
        window.select_pair("product-manager")
        yield window


def grammar(window, field: str):
    widget = getattr(window.pair_editor.columns["fr"], field)
    return next(u for u in window.spelling.grammar.underliners if u.widget is widget)


def test_grammar_is_underlined_in_blue_in_the_french_body_only(window, qtbot):
    under = grammar(window, "body")
    type_at_end(window.pair_editor.columns["fr"].body, "\n" + SENTENCE + "\n")
    qtbot.waitUntil(lambda: "développeur" in words_of(under), timeout=WAIT)
    [mark] = [u for u in under.underlines if u.word == "développeur"]
    assert mark.suggestions == ("développeurs",) and "pluriel" in mark.message
    layer = window.pair_editor.columns["fr"].body.extra_layer("grammar")
    [selection] = [s for s in layer if s.cursor.selectedText() == "développeur"]
    assert selection.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    assert selection.format.underlineColor() == QColor(30, 90, 230)  # blue; spelling is red
    english = window.pair_editor.columns["en"]
    assert not [u for u in window.spelling.grammar.underliners if u.widget in (english.body, english.title)]


def test_title_and_description_are_underlined(window, qtbot):
    column = window.pair_editor.columns["fr"]
    column.description.setPlainText("Nous cherchons une personne motivé.")
    column.title.setText("Les développeur")
    qtbot.waitUntil(lambda: words_of(grammar(window, "description")) == ["motivé"]
                    and words_of(grammar(window, "title")) == ["développeur"], timeout=WAIT)


def test_a_suggestion_replaces_the_words_as_one_undo_step(window, qtbot):
    body = window.pair_editor.columns["fr"].body
    under = grammar(window, "body")
    type_at_end(body, "\n" + SENTENCE + "\n")
    qtbot.waitUntil(lambda: "développeur" in words_of(under), timeout=WAIT)
    mark = next(u for u in under.underlines if u.word == "développeur")
    menu = under.context_menu(mark)
    actions = [a for a in menu.actions() if not a.isSeparator()]
    assert actions[0].objectName() == "grammarMessage" and not actions[0].isEnabled()
    assert "pluriel" in actions[0].text()
    assert actions[1].text() == "développeurs" and actions[1].font().bold()
    assert any(a.objectName() == "grammarIgnore" for a in actions)
    actions[1].trigger()  # the single suggestion: one click fixes it
    assert "Les développeurs de l’équipe travaillent ensemble." in editor_text(body)
    assert "Les développeurs de l’équipe" in window.manager.posting("fr").body
    body.undo()
    assert SENTENCE in editor_text(body)
    qtbot.waitUntil(lambda: "développeur" in words_of(under), timeout=WAIT)


def test_ignoring_lasts_for_the_posting_and_reaches_the_problems(window, qtbot):
    body = window.pair_editor.columns["fr"].body
    under = grammar(window, "body")
    type_at_end(body, "\n" + SENTENCE + "\n")
    qtbot.waitUntil(lambda: "développeur" in words_of(under), timeout=WAIT)
    qtbot.waitUntil(lambda: window.checker.is_idle() and any(
        p.finding.code == "grammar-agreement" for p in window.checker.results), timeout=WAIT)
    line = editor_text(body).splitlines().index(SENTENCE) + 1
    assert not [p for p in body.problems_at(line) if "pluriel" in p.message]  # its own underline, not the line
    assert body.problems_at(line)  # the paragraph has no English match: the whole line is underlined too
    word = editor_text(body).index(SENTENCE) + len("Les ")
    covering = [s for s in body.extraSelections() if s.cursor.selectionStart() <= word < s.cursor.selectionEnd()]
    assert covering[-1].format.underlineColor() == QColor(30, 90, 230)  # the word's blue is drawn over the line's
    mark = next(u for u in under.underlines if u.word == "développeur")
    next(a for a in under.context_menu(mark).actions() if a.objectName() == "grammarIgnore").trigger()
    qtbot.waitUntil(lambda: "développeur" not in words_of(under), timeout=WAIT)
    qtbot.waitUntil(lambda: window.checker.is_idle(), timeout=WAIT)
    assert not any(p.finding.code == "grammar-agreement" for p in window.checker.results)
    type_at_end(body, "Une autre phrase.\n")  # still ignored after more typing
    # The pause after typing has run out and the check it started has answered.
    qtbot.waitUntil(lambda: not any(timer.isActive() for timer in under.findChildren(QTimer))
                    and window.spelling.grammar.is_idle(), timeout=WAIT)
    assert "développeur" not in words_of(under)


def test_right_click_opens_the_grammar_menu_and_hovering_names_the_colour(window, qtbot, monkeypatch):
    window.show()
    qtbot.waitExposed(window)
    shown = []
    monkeypatch.setattr(GrammarUnderliner, "_popup", lambda _self, menu, _at: shown.append([a.text() for a in menu.actions()]))
    body = window.pair_editor.columns["fr"].body
    under = grammar(window, "body")
    type_at_end(body, "\n" + SENTENCE + "\n")
    qtbot.waitUntil(lambda: "développeur" in words_of(under), timeout=WAIT)
    mark = next(u for u in under.underlines if u.word == "développeur")
    cursor = QTextCursor(body.document())
    cursor.setPosition(mark.qt_start + 2)
    body.setTextCursor(cursor)
    body.ensureCursorVisible()
    point = body.cursorRect(cursor).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, body.viewport().mapToGlobal(point))
    assert under.eventFilter(body.viewport(), event)
    assert shown and "développeurs" in shown[0] and "Ignore in this posting" in shown[0]
    hover = QHelpEvent(QEvent.Type.ToolTip, point, body.viewport().mapToGlobal(point))
    texts = []
    monkeypatch.setattr(spell_underline.QToolTip, "showText", lambda _at, text, *_args: texts.append(text))
    assert under.eventFilter(body.viewport(), hover)
    assert texts[0].startswith("Blue wavy underline: grammar.") and "pluriel" in texts[0]
    start = body.cursorRect(QTextCursor(body.document())).center()
    elsewhere = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, start, body.viewport().mapToGlobal(start))
    assert not under.eventFilter(body.viewport(), elsewhere)


def test_the_title_shows_spelling_and_grammar_underlines_together(window, qtbot, monkeypatch):
    title = window.pair_editor.columns["fr"].title
    spelling = next(u for u in window.spelling.service.underliners if u.widget is title)
    title.setText("Les développeur Coordonateur")
    qtbot.waitUntil(lambda: words_of(grammar(window, "title")) == ["développeur"]
                    and "Coordonateur" in words_of(spelling), timeout=WAIT)
    sent = []
    monkeypatch.setattr(spell_underline.QCoreApplication, "sendEvent", lambda _to, event: sent.append(event))
    spelling._paint_line_edit()  # whichever underliner paints, both kinds are in the one event
    colours = {attribute.value.underlineColor().name() for attribute in sent[-1].attributes()}
    assert colours == {QColor(220, 30, 30).name(), QColor(30, 90, 230).name()}

