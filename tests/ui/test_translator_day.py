"""A translator's day in the window, by keyboard: what a French-speaking translator met and what
was fixed (the new version, its checks, the suggestions, saving and the hand-off)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from editor.ui import dialogs
from tests.ui.window_fixtures import PM_EN, pyside_refcount_guard, recovery_dir, settings_file, site_copy  # noqa: F401
from tests.ui.workflow_support import make_window, shown_and_active  # noqa: F401

pytestmark = pytest.mark.usefixtures("short_pauses")


def new_service_designer(window, monkeypatch) -> bool:
    """File ▸ New Posting… answered with an English and a French title."""

    def fill_and_confirm(dialog):
        dialog.title_en.setText("Service Designer")
        dialog.title_fr.setText("Conceptrice ou concepteur de services")
        dialog._confirm()
        return dialog.result()

    monkeypatch.setattr(dialogs.NewPostingDialog, "exec", fill_and_confirm)
    return window.new_posting()


def test_the_keyboard_goes_on_at_the_first_block_to_translate_once_the_version_is_made(
        make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    window = make_window(site_copy)
    shown_and_active(window, qtbot)
    window.select_pair("security-engineer")
    monkeypatch.setattr(dialogs, "ask_title", lambda _parent, lang: "Ingénieure ou ingénieur en sécurité")
    create = window.findChild(object, "fr.create")
    create.setFocus()
    qtbot.keyClick(create, Qt.Key.Key_Space)
    body = window.pair_editor.columns["fr"].body
    assert QApplication.focusWidget() is body
    line = body.textCursor().block().text()
    assert line[body.textCursor().positionInBlock():].startswith("[À TRADUIRE]")


def test_the_suggestions_get_room_enough_to_read_beside_the_problems_and_keep_the_room_given(
        make_window, site_copy, qtbot, settings_file):  # noqa: F811
    window = make_window(site_copy)
    window.resize(1366, 768)
    shown_and_active(window, qtbot)
    pane = window.translator.suggestions
    holder = window.findChild(object, "problemsSplitter")
    assert pane.width() >= holder.width() // 4  # it had its least width, 144 of 1,078 pixels
    holder.setSizes([holder.width() // 2, holder.width() // 2])
    holder.splitterMoved.emit(holder.width() // 2, 1)
    from editor.ui.settings import Settings

    assert Settings(settings_file).splitter_sizes("problems") == holder.sizes()



def test_the_new_version_s_message_gives_its_counts_first_and_says_when_the_memory_was_not_read(
        make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    """A long file name ahead of the counts had the status bar elide them (« créé à partir de la
    mémoire de trad…uits »); made before the memory was read, nothing said why no block was filled."""
    from editor.ui import i18n

    i18n.install_translator(QApplication.instance(), "fr")
    window = make_window(site_copy)
    window.translator.suggestions.memory = None  # the memory still being read
    window.select_pair("security-engineer")
    monkeypatch.setattr(dialogs, "ask_title", lambda _parent, lang: "Ingénieure ou ingénieur en sécurité")
    assert window.translator.create_counterpart("fr")
    said = window.statusBar().currentMessage()
    assert said.startswith("Nouvelle version\u00a0: chaque bloc contient le texte de l’autre langue")
    assert "la mémoire de traduction était encore en lecture" in said
    assert said.endswith("Fichier\u00a0: " + window.manager.posting("fr").path.name)


def test_a_new_posting_puts_the_cursor_on_its_first_text_to_write_in_the_left_column(
        make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    """The keyboard was left in the list's search box, far from the template's placeholders."""
    window = make_window(site_copy)
    shown_and_active(window, qtbot)
    assert new_service_designer(window, monkeypatch)
    left = window.pair_editor.column_order()[0]
    body = window.pair_editor.columns[left].body
    assert QApplication.focusWidget() is body
    cursor = body.textCursor()
    assert cursor.block().text()[cursor.positionInBlock():].startswith("_")  # a placeholder in italics


def test_a_new_posting_from_templates_without_placeholders_puts_the_cursor_in_its_empty_description(
        make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    """A site's own templates made from a posting hold its whole text, no placeholder: the keyboard
    goes to what the new posting lacks first, its description (left in the search box before)."""
    from editor.model.site.templates import plan_templates, write_templates

    write_templates(plan_templates(site_copy, site_copy / PM_EN), force=True)
    window = make_window(site_copy)
    shown_and_active(window, qtbot)
    assert new_service_designer(window, monkeypatch)
    left = window.pair_editor.column_order()[0]
    assert QApplication.focusWidget() is window.pair_editor.columns[left].description


def test_f8_says_the_whole_message_of_the_problem_it_goes_to(make_window, site_copy, qtbot):  # noqa: F811
    """The problem column shows a few words at 1366 pixels and its tooltip needs a mouse: a
    keyboard reviser going from problem to problem could not read what to do."""
    window = make_window(site_copy)
    window.resize(1366, 768)
    shown_and_active(window, qtbot)
    window.select_pair("accessibility-specialist")
    qtbot.waitUntil(lambda: bool(window.problems.problems()))
    window.app_actions["next_problem"].trigger()
    item = window.problems.tree.currentItem()
    assert window.statusBar().currentMessage() == item.text(1)
    assert len(item.text(1)) > 40  # more than the column shows


def test_a_message_said_in_one_language_is_not_left_in_the_status_bar_after_a_switch(
        make_window, site_copy, qtbot):  # noqa: F811
    window = make_window(site_copy)
    window.select_pair("accessibility-specialist")
    qtbot.waitUntil(lambda: bool(window.problems.problems()))
    window.app_actions["next_problem"].trigger()
    assert window.statusBar().currentMessage()  # the problem's message, in English
    window.set_interface_language("fr")
    assert window.statusBar().currentMessage() == ""
