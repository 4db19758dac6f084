"""The translator's queue in the window: a pair stays under "Needs translation" while work is left,
with the count, and the list keeps its filter and selection through creating and saving."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from editor.app import create_main_window
from editor.ui import dialogs
from editor.ui.language_column import editor_text
from editor.ui.posting_list_model import DETAIL_ROLE, FILTERS, STATUS_ROLE
from editor.ui.settings import Settings
from tests.ui.window_fixtures import close_window, EN, pyside_refcount_guard, recovery_dir, settings_file, site_copy  # noqa: F401

SECURITY_EN = EN / "security-engineer--56fb226e-1118-462b-9234-98f41a59b345.md"
HTML_BODY = """
<p>We protect the services that people use every day.</p>
<h2>What you will do</h2>
<ul>
<li>Review the design of new services with the teams</li>
<li>Answer security questions from partners</li>
</ul>
<p>Send us your résumé and a short letter.</p>
"""
FRENCH = {
    "We protect the services that people use every day.": "Nous protégeons les services que les gens utilisent tous les jours.",
    "What you will do": "Ce que vous ferez",
    "Review the design of new services with the teams": "Revoir la conception des nouveaux services avec les équipes",
    "Answer security questions from partners": "Répondre aux questions de sécurité des partenaires",
    "Send us your résumé and a short letter.": "Envoyez-nous votre curriculum vitæ et une courte lettre.",
}


@pytest.fixture
def html_site(site_copy):  # noqa: F811
    english = site_copy / SECURITY_EN
    front, _sep, _body = english.read_text(encoding="utf-8").partition("\n---\n")
    english.write_text(front + "\n---\n" + HTML_BODY, encoding="utf-8")
    return site_copy


@pytest.fixture
def window(qtbot, html_site, settings_file, recovery_dir):  # noqa: F811
    made = create_main_window(html_site, settings=Settings(settings_file), recovery_dir=recovery_dir)
    made.resize(1280, 800)
    settle(made, qtbot)
    yield made
    from PySide6.QtWidgets import QApplication

    from editor.ui import i18n

    i18n.remove_translators(QApplication.instance())  # the next tests read the source strings
    close_window(made)


def settle(window, qtbot):
    qtbot.waitUntil(lambda: window.checker.is_idle() and window.translator.watcher.runner.is_idle()
                    and window.pair_editor.aligned.is_idle(), timeout=20000)


def row(window):
    plist = window.posting_list
    return plist.proxy.index(plist.keys().index("security-engineer"), 0)


def translate(body, english: str) -> None:
    """Select the marker and the English text of one block and type the French over it."""
    cursor = body.document().find(f"[À TRADUIRE] {english}")
    assert not cursor.isNull(), english
    body.setTextCursor(cursor)
    typed = QTextCursor(cursor)
    typed.insertText(FRENCH[english])


def test_a_skeleton_stays_in_the_queue_until_every_block_is_translated(window, qtbot, monkeypatch):
    window.set_interface_language("en")  # English plural forms ("5 blocks") come from its translation
    plist = window.posting_list
    queue = FILTERS.index("translation")
    plist.filter.setCurrentIndex(queue)
    assert plist.keys() == ["security-engineer"]
    assert window.select_pair("security-engineer")
    monkeypatch.setattr(dialogs, "ask_title", lambda _parent, _lang: "Ingénieure ou ingénieur en sécurité")
    qtbot.mouseClick(window.findChild(object, "fr.create"), Qt.MouseButton.LeftButton)
    settle(window, qtbot)
    body = window.findChild(object, "fr.body")
    assert editor_text(body).count("[À TRADUIRE]") == 5  # every HTML element is marked
    # Creating the French version kept the filter and the selection.
    assert plist.filter.currentIndex() == queue and plist.current_key() == "security-engineer"
    assert "needs-translation" in row(window).data(STATUS_ROLE)
    assert "French: 5 blocks to translate" in row(window).data(DETAIL_ROLE)

    window.set_interface_language("fr")
    assert "Français\u00a0: 5 blocs à traduire" in row(window).data(DETAIL_ROLE)
    window.set_interface_language("en")

    translate(body, "We protect the services that people use every day.")
    assert window.save()
    settle(window, qtbot)
    assert plist.filter.currentIndex() == queue and plist.current_key() == "security-engineer"
    assert plist.filter.itemText(queue) == "Needs translation (1)"
    assert "French: 4 blocks to translate" in row(window).data(DETAIL_ROLE)

    for english in list(FRENCH)[1:]:
        translate(body, english)
    assert window.save()
    settle(window, qtbot)
    assert "[À TRADUIRE]" not in editor_text(body)
    assert plist.filter.itemText(queue) == "Needs translation (0)"  # it left the queue…
    assert "needs-translation" not in row(window).data(STATUS_ROLE)
    assert "to translate" not in row(window).data(DETAIL_ROLE)
    # …and stays in sight while it is the pair being edited, the filter unchanged.
    assert plist.filter.currentIndex() == queue and plist.current_key() == "security-engineer"
    assert plist.keys() == ["security-engineer"]
    plist.filter.setCurrentIndex(0)
    plist.filter.setCurrentIndex(queue)
    assert plist.keys() == []


def test_new_posting_in_one_language_then_the_translator_creates_the_other(window, html_site, qtbot, monkeypatch):
    from PySide6.QtWidgets import QLabel

    from tests.ui.window_fixtures import FR

    def fill_and_confirm(dialog):
        texts = [label.text() for label in dialog.findChildren(QLabel)]
        assert any(text.startswith("Creates a file from the posting templates for each language given a title")
                   for text in texts)
        qtbot.keyClicks(dialog.title_en, "Records Archivist")  # the French title left empty
        assert dialog.key.placeholderText() == "records-archivist"
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(dialogs.NewPostingDialog, "exec", fill_and_confirm)
    assert window.new_posting()
    settle(window, qtbot)
    assert window.manager.key == "records-archivist"
    assert window.manager.posting("en") is not None and window.manager.posting("fr") is None
    assert list((html_site / EN).glob("records-archivist*.md")) and not list((html_site / FR).glob("*archivist*"))
    assert window.posting_list.current_key() == "records-archivist"
    # Fresh from the template: a draft, and in the translator's queue for its missing French.
    assert row_of(window, "records-archivist").data(STATUS_ROLE) == ["draft"]
    assert "French missing" in row_of(window, "records-archivist").data(DETAIL_ROLE)
    create = window.findChild(object, "fr.create")
    assert create.isVisibleTo(window)
    monkeypatch.setattr(dialogs, "ask_title", lambda _parent, _lang: "Archiviste des documents")
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    settle(window, qtbot)
    assert window.manager.posting("fr").get("title") == "Archiviste des documents"
    assert window.manager.posting("fr").get("translationKey") == "records-archivist"


def row_of(window, key):
    plist = window.posting_list
    return plist.proxy.index(plist.keys().index(key), 0)


def test_a_conflict_pair_with_a_language_missing_is_in_the_queue_as_on_the_command_line(
        qtbot, site_copy, settings_file, recovery_dir, capsys):  # noqa: F811
    import json

    from editor.cli import main

    english = site_copy / SECURITY_EN
    (english.parent / "security-engineer-copy--0f8fad5b-d9cb-469f-a165-70867728950e.md").write_bytes(english.read_bytes())
    assert main(["list", str(site_copy), "--needs-translation", "--format", "json"]) == 0
    rows = {row["translationKey"]: row for row in json.loads(capsys.readouterr().out)}
    assert rows["security-engineer"]["status"] == "conflict"  # two English files, no French one
    made = create_main_window(site_copy, settings=Settings(settings_file), recovery_dir=recovery_dir)
    try:
        made.resize(1280, 800)
        settle(made, qtbot)
        plist = made.posting_list
        plist.filter.setCurrentIndex(FILTERS.index("translation"))
        qtbot.waitUntil(lambda: sorted(plist.keys()) == sorted(rows), timeout=5000)
        detail = plist.proxy.index(plist.keys().index("security-engineer"), 0).data(DETAIL_ROLE)
        assert "French missing" in detail
    finally:
        close_window(made)


def test_an_empty_french_body_and_a_todo_are_in_the_queue_as_the_gate_stops_them(qtbot, site_copy, settings_file,  # noqa: F811
                                                                                   recovery_dir):  # noqa: F811
    from tests.ui.window_fixtures import PM_EN, PM_FR

    french = site_copy / PM_FR
    front, _sep, _body = french.read_text(encoding="utf-8").partition("\n---\n")
    french.write_text(front + "\n---\n\n", encoding="utf-8")
    english = site_copy / PM_EN
    english.write_text(english.read_text(encoding="utf-8") + "\nSalary: TBD.\n", encoding="utf-8")
    made = create_main_window(site_copy, settings=Settings(settings_file), recovery_dir=recovery_dir)
    try:
        settle(made, qtbot)
        made.set_interface_language("en")
        plist = made.posting_list
        plist.filter.setCurrentIndex(FILTERS.index("attention"))
        assert "product-manager" in plist.keys()
        index = plist.proxy.index(plist.keys().index("product-manager"), 0)
        assert "draft" in index.data(STATUS_ROLE)
        detail = index.data(DETAIL_ROLE)
        assert "French: text empty" in detail and "English: 1 note left (TODO)" in detail, detail
    finally:
        close_window(made)
