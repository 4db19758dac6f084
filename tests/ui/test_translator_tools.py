"""The translator's workflow in the window: what needs translating, the skeleton, copying across,
typography fixes from the problems panel, and the glossary."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from editor.app import create_main_window
from editor.model.translation.glossary import Glossary
from editor.model.translation.status import record_translation_saved
from editor.ui import dialogs
from editor.ui.language_column import editor_text
from editor.ui.posting_list_model import DETAIL_ROLE, FILTERS, STATUS_ROLE
from editor.ui.settings import Settings
from tests.ui.window_fixtures import (close_window, EN, FR, PM_EN, PM_FR, entry_for, pyside_refcount_guard, recovery_dir,  # noqa: F401
                                      settings_file, site_copy)
from tests.ui.workflow_support import shown_and_active

# The window's pauses are shortened (tests/ui/conftest.py): these tests wait for what follows a change.
pytestmark = pytest.mark.usefixtures("short_pauses")

SALARY_FR = "Salaire annuel: 85000 $ par an."
BENEFITS = "## Benefits\n\n- Generous leave\n- A defined-benefit pension plan\n\n"


@pytest.fixture
def make_window(qtbot, settings_file, recovery_dir):  # noqa: F811
    windows = []

    def make(path):
        window = create_main_window(path, settings=Settings(settings_file), recovery_dir=recovery_dir)
        window.resize(1280, 800)
        windows.append(window)
        qtbot.waitUntil(lambda: window.translator.watcher.runner.is_idle(), timeout=10000)
        return window

    yield make
    for window in windows:
        close_window(window)


def settle(window, qtbot):
    qtbot.waitUntil(lambda: window.checker.is_idle() and window.translator.watcher.runner.is_idle()
                    and window.pair_editor.aligned.is_idle(), timeout=10000)


@pytest.fixture
def outdated_site(site_copy):  # noqa: F811
    """The product manager's French translation saved, then its English source changed."""
    site, entry = entry_for(site_copy, "product-manager")
    record_translation_saved(site, entry, translated="fr")
    english = site_copy / PM_EN
    english.write_text(english.read_text(encoding="utf-8").replace(
        "## About us", "## About the team\n\nWe moved to a new office in 2024.\n\n## About us", 1), encoding="utf-8")
    return site_copy


def test_needs_translation_filter_counts_missing_and_outdated(make_window, outdated_site, qtbot):
    window = make_window(outdated_site)
    settle(window, qtbot)
    plist = window.posting_list
    position = FILTERS.index("translation")
    assert plist.filter.itemText(position) == "Needs translation (2)"
    plist.filter.setCurrentIndex(position)
    assert sorted(plist.keys()) == ["product-manager", "security-engineer"]
    row = plist.proxy.index(plist.keys().index("product-manager"), 0)
    assert "needs-translation" in row.data(STATUS_ROLE)
    assert "French: translation outdated" in row.data(DETAIL_ROLE)  # in words, beside the icon
    missing = plist.proxy.index(plist.keys().index("security-engineer"), 0)
    assert missing.data(DETAIL_ROLE) == "security-engineer · French missing"
    assert "Needs translation — French missing" in missing.data(Qt.ItemDataRole.ToolTipRole)
    assert not row.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert plist.filter.itemText(0).startswith("All postings (")


def test_outdated_pair_shows_what_changed_in_the_source(make_window, outdated_site, qtbot):
    window = make_window(outdated_site / PM_FR)
    settle(window, qtbot)
    bar = window.pair_editor.outdated_bar
    assert not bar.isHidden()
    assert "English text changed" in bar.text.text() and "into French" in bar.text.text()
    assert window.app_actions["source_changes"].isEnabled()
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.translator.changes_dialog is not None, timeout=10000)
    dialog = window.translator.changes_dialog
    items = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert any("new office" in text for text in items)
    html = dialog.text.toHtml()
    assert "underline" in html  # insertions underlined, not only tinted
    assert "We moved to a new office" in dialog.text.toPlainText()
    dialog.close()


def test_tab_reaches_what_changed_after_the_shared_fields(make_window, outdated_site, qtbot):
    """The outdated notice's What Changed… button, shown above the columns, came after both columns
    in the Tab order."""
    from PySide6.QtWidgets import QApplication, QWidget

    window = make_window(outdated_site / PM_FR)
    shown_and_active(window, qtbot)
    settle(window, qtbot)
    assert window.pair_editor.outdated_bar.isVisible()
    window.findChild(QWidget, "pair.advanced").setFocus()
    window.focusNextChild()
    assert QApplication.focusWidget().objectName() == "outdated.showChanges"


def test_saving_the_translation_clears_outdated_outside_git(make_window, outdated_site, qtbot):
    window = make_window(outdated_site / PM_FR)
    settle(window, qtbot)
    assert "product-manager" in window.translator.watcher.outdated()
    body = window.findChild(object, "fr.body")
    body.appendPlainText("\n## À propos de l’équipe\n\nNous avons déménagé en 2024.")
    assert window.save()
    qtbot.waitUntil(lambda: "product-manager" not in window.translator.watcher.outdated(), timeout=10000)
    assert window.pair_editor.outdated_bar.isHidden()


def test_creating_the_missing_version_copies_the_skeleton(make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    window = make_window(site_copy)
    window.select_pair("security-engineer")
    monkeypatch.setattr(dialogs, "ask_title", lambda _parent, lang: "Ingénieure ou ingénieur en sécurité")
    qtbot.mouseClick(window.findChild(object, "fr.create"), Qt.MouseButton.LeftButton)
    created = window.manager.posting("fr")
    english = window.manager.posting("en")
    assert created is not None and created.path.parent == site_copy / FR
    assert created.get("title") == "Ingénieure ou ingénieur en sécurité"
    assert created.get("description") == ""
    body = editor_text(window.findChild(object, "fr.body"))
    assert "[À TRADUIRE]" in body
    english_headings = [line for line in english.body.splitlines() if line.startswith("#")]
    french_headings = [line for line in body.splitlines() if line.startswith("#")]
    assert len(french_headings) == len(english_headings)
    settle(window, qtbot)
    assert any(p.finding.code == "translation-marker" and p.lang == "fr" for p in window.problems.problems())


def test_copy_a_field_asks_before_replacing_and_can_be_undone(make_window, site_copy, qtbot):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    copy = window.translator.copy
    asked = []
    copy.confirm = lambda question: asked.append(question) or True
    title = window.findChild(QLineEdit, "fr.title")
    before = title.text()
    window.findChild(object, "fr.copyTitle").click()
    assert asked and before in asked[0]
    assert title.text() == "Product Manager"
    assert window.manager.posting("fr").get("title") == "Product Manager"
    title.undo()
    assert title.text() == before
    assert window.manager.posting("fr").get("title") == before
    copy.confirm = lambda question: False
    assert not copy.copy_field("fr", "title")
    assert title.text() == before


def test_copy_a_block_across(make_window, site_copy, qtbot):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    copy = window.translator.copy
    asked = []
    copy.confirm = lambda question: asked.append(question) or True
    fr_body = window.findChild(object, "fr.body")
    before = editor_text(fr_body)
    # A paragraph of the bilingual template is already in its translated form: nothing changes.
    template = next(n for n, text in enumerate(before.splitlines()) if text.startswith("L’Agence"))
    assert not copy.bring_here("fr", template)
    line = next(n for n, text in enumerate(before.splitlines()) if text.startswith("Les propriétaires"))
    assert copy.bring_here("fr", line)
    after = editor_text(fr_body)
    assert asked
    assert after.splitlines()[line].startswith("[À TRADUIRE] Small business owners")
    assert after.splitlines()[:line] == before.splitlines()[:line]
    fr_body.undo()
    assert editor_text(fr_body) == before
    # A block the French text lacks goes in as a new block, without asking.
    en_body = window.findChild(object, "en.body")
    en_body.setPlainText(editor_text(en_body).replace("## How to apply", BENEFITS + "## How to apply"))
    asked.clear()
    leave = editor_text(en_body).splitlines().index("- Generous leave")
    assert copy.send_across("en", leave)
    assert not asked
    assert "- [À TRADUIRE] Generous leave" in editor_text(fr_body).splitlines()


def test_cursor_highlights_the_matching_block_and_marks_one_sided_blocks(make_window, site_copy, qtbot):  # noqa: F811
    english = site_copy / PM_EN
    english.write_text(english.read_text(encoding="utf-8").replace("## How to apply", BENEFITS + "## How to apply"),
                       encoding="utf-8")
    window = make_window(english)
    settle(window, qtbot)
    en_body, fr_body = window.findChild(object, "en.body"), window.findChild(object, "fr.body")
    lines = editor_text(en_body).splitlines()
    line = next(n for n, text in enumerate(lines) if text.startswith("The Digital Services Agency"))
    en_body.go_to_line(line + 1)
    highlighted = fr_body.extra_layer("alignment")
    assert highlighted
    assert editor_text(fr_body).splitlines()[highlighted[0].cursor.blockNumber()].startswith("L’Agence")
    current = [m for m in fr_body.block_marks() if m.kind == "current"]
    assert current and current[0].tooltip  # a bar in the gutter and words, not only a tint
    only_english = lines.index("- Generous leave")
    assert any(m.kind == "unmatched" and m.start <= only_english < m.end for m in en_body.block_marks())
    en_body.grab()  # paints the gutter marks


def test_sync_scroll_follows_the_aligned_blocks(make_window, site_copy, qtbot):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    window.show()
    qtbot.waitExposed(window)
    window.app_actions["toggle_preview"].setChecked(True)
    if not window.app_actions["sync_scroll"].isChecked():
        window.app_actions["sync_scroll"].trigger()
    settle(window, qtbot)
    qtbot.waitUntil(lambda: window.pair_editor.renderer.is_idle(), timeout=10000)
    en_body, fr_body = window.findChild(object, "en.body"), window.findChild(object, "fr.body")
    en_bar = en_body.verticalScrollBar()
    assert en_bar.maximum() > 0
    en_bar.setValue(en_bar.maximum() // 2)
    assert fr_body.verticalScrollBar().value() > 0
    assert window.findChild(object, "en.preview").verticalScrollBar().value() > 0
    # The top line of each body is the same block of the posting.
    aligned = window.pair_editor.aligned
    from editor.model.translation.blocks import map_line
    expected = map_line(aligned.result.anchors, aligned.body_top("en"), 0)
    assert abs(aligned.body_top("fr") - expected) < 1.5
    window.app_actions["sync_scroll"].trigger()
    fr_value = fr_body.verticalScrollBar().value()
    en_bar.setValue(0)
    assert fr_body.verticalScrollBar().value() == fr_value


def test_typography_findings_are_listed_live_and_fixed_from_the_panel(make_window, site_copy, qtbot):  # noqa: F811
    window = make_window(site_copy / PM_FR)
    fr_body = window.findChild(object, "fr.body")
    fr_body.appendPlainText("\n" + SALARY_FR)
    settle(window, qtbot)
    problems = [p for p in window.problems.problems() if p.finding.code.startswith("typography-")]
    assert {p.finding.code for p in problems} >= {"typography-colon", "typography-amount"}
    line = editor_text(fr_body).splitlines().index(SALARY_FR)
    colon = next(p for p in problems if p.finding.code == "typography-colon")
    assert colon.lang == "fr" and colon.finding.line == window.manager.posting("fr").body_first_line + line
    window.problems.tree.setCurrentItem(window.problems.item_for(colon))
    assert window.problems.fix_button.isEnabled()
    qtbot.mouseClick(window.problems.fix_button, Qt.MouseButton.LeftButton)
    assert editor_text(fr_body).splitlines()[line] == "Salaire annuel\u00a0: 85000 $ par an."
    assert window.manager.modified
    fr_body.undo()
    assert editor_text(fr_body).splitlines()[line] == SALARY_FR
    settle(window, qtbot)
    counts = window.translator.fix_typography()
    assert counts.get("fr", 0) >= 2
    assert editor_text(fr_body).splitlines()[line] == "Salaire annuel\u00a0: 85\u00a0000\u00a0$ par an."
    settle(window, qtbot)
    assert not [p for p in window.problems.problems() if p.finding.code.startswith("typography-")]


def test_glossary_dialog_saves_term_pairs_to_the_site(make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    from editor.ui.glossary_dialog import GlossaryDialog

    window = make_window(site_copy / PM_EN)
    dialog = GlossaryDialog(site_copy, window)
    starter = dialog.table.rowCount()
    dialog.add_row()
    row = dialog.table.rowCount() - 1
    dialog.table.item(row, 0).setText("Digital Service Agency")
    dialog.table.item(row, 1).setText("Agence des services numériques; ASN")
    dialog.add_row()  # left empty: dropped
    assert dialog.save()
    saved = Glossary.load(site_copy)
    assert saved.path == site_copy / ".posting-editor" / "glossary.yaml"
    assert len(saved.entries) == starter + 1
    assert saved.entries[-1].fr == ("Agence des services numériques", "ASN")
    # Only the new term's lines were added: the starter's comments and layout are all there.
    starter_text = Glossary.starter_path().read_text(encoding="utf-8")
    assert saved.path.read_text(encoding="utf-8").startswith(starter_text.rstrip("\n"))
    again = GlossaryDialog(site_copy, window)
    again.table.item(again.table.rowCount() - 1, 1).setText("")
    assert not again.save()
    assert "needs both" in again.error.text()
    again.table.removeRow(again.table.rowCount() - 1)
    assert again.save()
    assert len(Glossary.load(site_copy).entries) == starter
    assert saved.path.read_text(encoding="utf-8") == starter_text  # the term's lines went, nothing else changed


def test_a_term_changed_in_the_glossary_dialog_keeps_its_lines_comments(qtbot, tmp_path):
    from editor.ui.glossary_dialog import GlossaryDialog

    site = tmp_path / "site"
    (site / "content" / "en").mkdir(parents=True)
    path = site / ".posting-editor" / "glossary.yaml"
    path.parent.mkdir()
    text = ("terms:\n"
            "  - en: term employment   # not 'temporary'\n"
            "    fr: durée déterminée  # TERMIUM, 2019\n"
            "  - en: public service\n"
            "    fr: fonction publique\n")
    path.write_text(text, encoding="utf-8")
    dialog = GlossaryDialog(site)
    qtbot.addWidget(dialog)
    dialog.table.item(0, 1).setText("période déterminée")
    assert dialog.save()
    assert path.read_text(encoding="utf-8") == text.replace("durée déterminée", "période déterminée")


def test_closing_the_glossary_with_unsaved_terms_asks_first(qtbot, tmp_path):
    """Escape twice (the cell's edit, then the dialog) or Cancel threw away every term typed, without a
    word; the dialog asks first when its table changed, and leaves at once when it did not."""
    from editor.ui.glossary_dialog import GlossaryDialog
    from tests.ui.workflow_support import DialogAnswers

    site = tmp_path / "site"
    (site / "content" / "en").mkdir(parents=True)
    dialog = GlossaryDialog(site)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # nothing changed: no question
    assert not dialog.isVisible()
    dialog.show()
    dialog.add_row()
    dialog.table.item(dialog.table.rowCount() - 1, 0).setText("Service Desk")
    answers = DialogAnswers().expect("discardGlossary.cancel")
    dialog.reject()
    assert answers.done and not answers.errors and dialog.isVisible()  # kept, to save
    answers = DialogAnswers().expect("discardGlossary.discard")
    dialog.reject()
    assert answers.done and not dialog.isVisible()
    assert not (site / ".posting-editor" / "glossary.yaml").exists()


def test_copy_buttons_wait_for_both_files(make_window, site_copy, qtbot):  # noqa: F811
    window = make_window(site_copy)
    window.select_pair("security-engineer")  # no French file yet
    assert not window.findChild(object, "en.copyTitle").isEnabled()
    window.select_pair("product-manager")
    assert window.findChild(object, "en.copyTitle").isEnabled()
    assert window.findChild(object, "fr.copyDescription").isEnabled()


@pytest.mark.skipif(__import__("shutil").which("git") is None, reason="git is needed")
def test_in_git_history_decides_and_nothing_is_added_to_the_repository(make_window, site_copy, qtbot):  # noqa: F811
    import subprocess

    def git(*args):
        subprocess.run(["git", "-C", str(site_copy), *args], check=True, capture_output=True, timeout=60)

    git("init", "-q")
    git("config", "user.name", "Writer")
    git("config", "user.email", "writer@example.org")
    git("add", "-A")
    git("commit", "-q", "-m", "Both languages")
    english = site_copy / PM_EN
    english.write_text(english.read_text(encoding="utf-8").replace("## About us", "## About the team", 1),
                       encoding="utf-8")
    git("commit", "-q", "-am", "The English source moves on")
    window = make_window(site_copy / PM_FR)
    settle(window, qtbot)
    status = window.translator.watcher.status("product-manager")
    assert status.outdated and status.method == "git"
    assert not window.pair_editor.outdated_bar.isHidden()
    window.findChild(object, "fr.body").appendPlainText("\nUne phrase de plus.")
    assert window.save()
    settle(window, qtbot)
    # git keeps the history: no state file is added to the repository (the site's own files, such
    # as its spelling dictionary, are committed already).
    untracked = subprocess.run(["git", "-C", str(site_copy), "status", "--porcelain", "--untracked-files=all"],
                               check=True, capture_output=True, text=True, timeout=60).stdout
    assert not [line for line in untracked.splitlines() if line.startswith("??")]
    git("commit", "-q", "-am", "The French translation follows")
    window.site.rebuild()
    qtbot.waitUntil(lambda: not window.translator.watcher.status("product-manager").outdated, timeout=10000)


def test_a_grammar_finding_with_one_suggestion_is_fixed_from_the_panel(make_window, site_copy, qtbot):  # noqa: F811
    window = make_window(site_copy / PM_FR)
    fr_body = window.findChild(object, "fr.body")
    sentence = "Les développeur de l’équipe travaillent ensemble."
    fr_body.appendPlainText("\n" + sentence)
    settle(window, qtbot)
    [problem] = [p for p in window.problems.problems() if p.finding.code.startswith("grammar-")]
    assert problem.lang == "fr" and problem.finding.code == "grammar-agreement"
    line = editor_text(fr_body).splitlines().index(sentence)
    assert problem.finding.line == window.manager.posting("fr").body_first_line + line
    window.problems.tree.setCurrentItem(window.problems.tree.topLevelItem(window.problems.problems().index(problem)))
    assert window.problems.fix_button.isEnabled()
    qtbot.mouseClick(window.problems.fix_button, Qt.MouseButton.LeftButton)
    assert editor_text(fr_body).splitlines()[line] == "Les développeurs de l’équipe travaillent ensemble."
    settle(window, qtbot)
    assert not [p for p in window.problems.problems() if p.finding.code.startswith("grammar-")]


def test_a_fix_that_would_change_a_heading_id_asks_first(make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    asked, answer = [], [None]

    def ask(parent, anchors, *, can_keep, several=False):
        asked.append((anchors, can_keep, several))
        return answer[0]

    monkeypatch.setattr(dialogs, "ask_heading_ids", ask)
    window = make_window(site_copy / PM_FR)
    fr_body = window.findChild(object, "fr.body")
    fr_body.appendPlainText("\n## Atouts :\n")
    assert window.save()  # saved: its id is the published page's, which links may point to
    settle(window, qtbot)
    [colon] = [p for p in window.problems.problems() if p.finding.code == "typography-colon"
               and editor_text(fr_body).splitlines()[p.finding.line - window.manager.posting("fr").body_first_line] == "## Atouts :"]
    window.problems.tree.setCurrentItem(window.problems.tree.topLevelItem(window.problems.problems().index(colon)))
    qtbot.mouseClick(window.problems.fix_button, Qt.MouseButton.LeftButton)  # cancelled
    assert asked == [(["atouts-"], True, False)] and "## Atouts :" in editor_text(fr_body).splitlines()
    answer[0] = "keep"  # the site lets headings carry attributes (Hugo's default): {#id} keeps the id
    qtbot.mouseClick(window.problems.fix_button, Qt.MouseButton.LeftButton)
    assert "## Atouts\u00a0: {#atouts-}" in editor_text(fr_body).splitlines()
    fr_body.undo()  # one step takes back the fix and the id
    assert "## Atouts :" in editor_text(fr_body).splitlines()
    answer[0] = "change"
    qtbot.mouseClick(window.problems.fix_button, Qt.MouseButton.LeftButton)
    assert "## Atouts\u00a0:" in editor_text(fr_body).splitlines()
    fr_body.undo()
    settle(window, qtbot)
    answer[0] = None
    assert window.translator.fix_typography() == {}  # cancelled: nothing fixed, not even the other lines
    assert "## Atouts :" in editor_text(fr_body).splitlines() and asked[-1] == (["atouts-"], True, True)
    answer[0] = "keep"
    assert window.translator.fix_typography()
    assert "## Atouts\u00a0: {#atouts-}" in editor_text(fr_body).splitlines()
    assert "kept with {#id}" in window.statusBar().currentMessage()


def test_without_heading_attributes_the_ids_cannot_be_kept(make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    config = site_copy / "config" / "_default" / "config.yaml"
    config.write_text(config.read_text(encoding="utf-8")
                      + "\nmarkup:\n  goldmark:\n    parser:\n      attribute:\n        title: false\n", encoding="utf-8")
    asked = []
    monkeypatch.setattr(dialogs, "ask_heading_ids",
                        lambda parent, anchors, *, can_keep, several=False: asked.append((can_keep, several)) or "skip")
    window = make_window(site_copy / PM_FR)
    fr_body = window.findChild(object, "fr.body")
    fr_body.appendPlainText("\n## Atouts :\n\nTexte : ici.\n")
    assert window.save()
    settle(window, qtbot)
    assert window.translator.fix_typography()
    assert asked == [(False, True)]
    assert "## Atouts :" in editor_text(fr_body).splitlines() and "Texte\u00a0: ici." in editor_text(fr_body).splitlines()
    assert "left as written" in window.statusBar().currentMessage()


def test_a_heading_typed_since_the_save_is_fixed_without_asking_about_its_id(make_window, site_copy, qtbot,  # noqa: F811
                                                                              monkeypatch):
    """Fix Typography acts on what the editor shows: a heading that is only there, unsaved, has an id
    no published link points to, so it is fixed without a question and without a {#id} (it asked,
    and wrote {#atouts-} into a heading nobody had linked to). An id the text itself links to counts."""
    asked = []
    monkeypatch.setattr(dialogs, "ask_heading_ids",
                        lambda parent, anchors, *, can_keep, several=False: asked.append(anchors) or "keep")
    window = make_window(site_copy / PM_FR)
    fr_body = window.findChild(object, "fr.body")
    fr_body.appendPlainText("\n## Atouts :\n\n## Exigences :\n\nVoir [plus bas](#exigences-).\n")
    settle(window, qtbot)
    assert window.translator.fix_typography()
    lines = editor_text(fr_body).splitlines()
    assert "## Atouts\u00a0:" in lines  # fixed, its id free to change
    assert "## Exigences\u00a0: {#exigences-}" in lines and asked == [["exigences-"]]  # linked from the text
    assert "1 heading id(s) kept" in window.statusBar().currentMessage()
    # One fix from the problems list asks the same way: here, of the heading typed since the save.
    fr_body.appendPlainText("\n## Profil :\n")
    settle(window, qtbot)
    [colon] = [p for p in window.problems.problems() if p.finding.code == "typography-colon"
               and editor_text(fr_body).splitlines()[p.finding.line - window.manager.posting("fr").body_first_line] == "## Profil :"]
    window.problems.tree.setCurrentItem(window.problems.tree.topLevelItem(window.problems.problems().index(colon)))
    qtbot.mouseClick(window.problems.fix_button, Qt.MouseButton.LeftButton)
    assert "## Profil\u00a0:" in editor_text(fr_body).splitlines() and asked == [["exigences-"]]
