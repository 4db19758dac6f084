"""A change of interface language in the running window words again everything it shows: no text set
once (a notice, a search's result, a placeholder, a dialog left open) stays in the language left."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from editor.model.translation.status import record_translation_saved
from tests.ui.window_fixtures import (EN, FR, PM_EN, PM_FR, entry_for, pyside_refcount_guard,  # noqa: F401
                                      recovery_dir, settings_file, site_copy)
from tests.ui.workflow_support import DialogAnswers, make_window  # noqa: F401

pytestmark = pytest.mark.usefixtures("short_pauses")


def switch(window, language: str) -> None:
    window.set_interface_language(language)
    QApplication.sendPostedEvents()  # the widgets' LanguageChange


@contextmanager
def english_french_english(window, shown: Callable[[], str], english: str, french: str) -> Iterator[None]:
    """``shown()`` says ``english``, then ``french`` once the window is in French, then ``english`` again."""
    try:
        assert shown() == english
        switch(window, "fr")
        assert shown() == french
        switch(window, "en")
        assert shown() == english
        yield
    finally:
        window.set_interface_language("en")


def test_the_notice_over_a_pair_with_an_unreadable_file(make_window, site_copy):  # noqa: F811
    english = site_copy / PM_EN
    english.write_text(english.read_text(encoding="utf-8").replace("title:", "title: [", 1), encoding="utf-8")
    window = make_window(site_copy / PM_EN)
    notice = window.pair_editor.notice
    with english_french_english(window, notice.text, "The shared fields can be changed once both files can be read.",
                                "Les champs communs pourront être modifiés quand les deux fichiers pourront être lus."):
        assert notice.isVisibleTo(window)


def test_the_placeholder_of_a_posting_deleted_outside(make_window, site_copy, qtbot):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    answers = DialogAnswers().expect("vanished.close")
    (site_copy / PM_FR).unlink()
    (site_copy / PM_EN).unlink()
    qtbot.waitUntil(lambda: answers.done and window.manager.pair is None, timeout=5000)
    assert window.stack.currentWidget() is window.placeholder
    # Not "Choose a posting in the list.": what happened, in the other language.
    with english_french_english(window, window.placeholder.text, "The posting was deleted outside the editor.",
                                "L’offre a été supprimée en dehors de l’éditeur."):
        pass


def test_the_find_bars_result(make_window, site_copy):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    window.pair_editor.columns["en"].body.setFocus()
    window.app_actions["find"].trigger()
    bar = window.pair_editor.find_bar
    bar.find_field.setText("no such words in the posting")
    assert not bar.find_next()
    with english_french_english(window, bar.status.text, "No matches", "Aucune occurrence"):
        pass


def test_the_export_dialogs_status(make_window, site_copy, settings_file):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    window.app_actions["export"].trigger()
    dialog = window.handoff.export_dialog
    dialog.target.setEditText("")
    dialog.request_plan(now=True)
    with english_french_english(window, dialog.status.text, "Choose the site folder to export into.",
                                "Choisissez le dossier du site vers lequel exporter."):
        dialog.close()


def test_the_source_changes_dialog(make_window, site_copy, qtbot):  # noqa: F811
    site, entry = entry_for(site_copy, "product-manager")
    record_translation_saved(site, entry, translated="fr")
    english = site_copy / PM_EN
    english.write_text(english.read_text(encoding="utf-8").replace(
        "## About us", "## About the team\n\nWe moved in 2024.\n\n## About us", 1), encoding="utf-8")
    window = make_window(site_copy / PM_FR)
    qtbot.waitUntil(lambda: window.app_actions["source_changes"].isEnabled(), timeout=10000)
    window.app_actions["source_changes"].trigger()
    qtbot.waitUntil(lambda: window.translator.changes_dialog is not None, timeout=10000)
    dialog = window.translator.changes_dialog

    def said() -> str:
        return " | ".join([dialog.windowTitle(), dialog.list.item(0).text(), dialog.list.item(0).toolTip(),
                           dialog.legend.text()])

    with english_french_english(
            window, said,
            "What Changed in the English Text | Added: “## About the team We moved in 2024.” | "
            "Added: “## About the team We moved in 2024.” | Underlined on a green tint: added to the source. "
            "Struck through on a red tint: removed from it.",
            "Ce qui a changé dans le texte anglais | Ajouté\u00a0: «\u00a0## About the team We moved in 2024.\u00a0» | "
            "Ajouté\u00a0: «\u00a0## About the team We moved in 2024.\u00a0» | Souligné sur fond vert\u00a0: ajouté "
            "à la source. Barré sur fond rouge\u00a0: retiré de la source."):
        assert dialog.list.item(0).data(Qt.ItemDataRole.UserRole) == 0
        dialog.close()


def test_the_placeholders_of_the_search_box_and_the_lever_id(make_window, site_copy):  # noqa: F811
    window = make_window(site_copy / PM_EN)

    def said() -> str:
        return f"{window.posting_list.search.placeholderText()} | {window.pair_editor.shared.lever_id.placeholderText()}"

    with english_french_english(window, said, "Title, key, Lever ID or text | e.g. 0f8fad5b-d9cb-469f-a165-70867728950e",
                                "Titre, clé, identifiant Lever ou texte | p. ex. 0f8fad5b-d9cb-469f-a165-70867728950e"):
        pass


def test_the_export_dialogs_posting_titles(make_window, site_copy):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    window.app_actions["export"].trigger()
    dialog = window.handoff.export_dialog
    dialog.search.setText("gestionnaire")  # a search follows the titles as shown

    def shown() -> str:
        rows = [dialog.pairs.item(n) for n in range(dialog.pairs.count())]
        return " | ".join(item.text() for item in rows if item.data(Qt.ItemDataRole.UserRole) == "product-manager"
                          and not item.isHidden())

    checked = dialog.selected_keys()
    with english_french_english(window, shown, "", "Gestionnaire de produit — product-manager"):
        assert dialog.selected_keys() == checked  # names changed, not choices
        dialog.close()
