import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QListView, QMessageBox, QPlainTextEdit

from editor.app import create_main_window
from editor.resources import resource_path
from editor.ui import dialogs, i18n
from editor.ui.language_column import editor_text
from editor.model.frontmatter.posting import Posting
from editor.ui.settings import Settings
from tests.ui.window_fixtures import (close_window, pyside_refcount_guard, EN, FR, PM_EN, PM_FR, SharedWindow, changed_lines,  # noqa: F401
                                      recovery_dir, settings_file, site_copy)
from tests.ui.workflow_support import shown_and_active

# The window's pauses are shortened (tests/ui/conftest.py): these tests wait for what follows a change.
pytestmark = pytest.mark.usefixtures("short_pauses")


@pytest.fixture
def make_window(qtbot, settings_file, recovery_dir):  # noqa: F811
    windows = []

    def make(path):
        window = create_main_window(path, settings=Settings(settings_file), recovery_dir=recovery_dir)
        window.resize(1280, 800)
        windows.append(window)
        return window

    yield make
    for window in windows:
        close_window(window)


@pytest.fixture(scope="module")
def shared_window(qapp, tmp_path_factory):
    """One window on the product-manager pair for the tests that only look at it and move the focus
    (tests/ui/window_fixtures.py's SharedWindow puts it back after each)."""
    shared = SharedWindow(tmp_path_factory.mktemp("shared-window"), PM_EN)
    yield shared
    shared.close()


# The tests lent the shared window run in one worker, which builds it once.
ON_THE_SHARED_WINDOW = pytest.mark.xdist_group("main-window-shared")


@pytest.fixture
def pm_window(shared_window, qtbot):
    with shared_window.handed_out(qtbot) as window:
        yield window


@pytest.fixture(autouse=True)
def no_real_dialogs(monkeypatch):
    """A dialog that slipped through would block the test run: fail loudly instead."""
    def refuse(*_args, **_kwargs):
        raise AssertionError("an unexpected dialog was opened")

    for name in ("ask_unsaved", "ask_external_change", "show_difference", "ask_recovery", "ask_title"):
        monkeypatch.setattr(dialogs, name, refuse)


def widget(window, cls, name):
    found = window.findChild(cls, name)
    assert found is not None, name
    return found


@ON_THE_SHARED_WINDOW
def test_object_names_are_in_place(pm_window):
    window = pm_window
    assert window.findChild(QListView, "postingList") is not None
    for name in ("pair.leverId", "pair.translationKey", "en.title", "fr.title"):
        assert window.findChild(QLineEdit, name) is not None
    for name in ("en.description", "fr.description", "en.body", "fr.body", "en.preview", "fr.preview"):
        assert window.findChild(QPlainTextEdit, name) is not None or window.findChild(object, name) is not None
    assert {a.objectName() for a in window.app_actions} >= {"action.save", "action.open", "action.new"}


def test_opening_a_file_selects_its_pair(make_window, site_copy):  # noqa: F811
    window = make_window(site_copy / PM_FR)
    assert window.posting_list.current_key() == "product-manager"
    assert window.manager.key == "product-manager"
    assert widget(window, QLineEdit, "fr.title").text() == "Gestionnaire de produit"
    assert widget(window, QLineEdit, "en.title").text() == "Product Manager"
    assert widget(window, QLineEdit, "pair.translationKey").text() == "product-manager"


def test_typing_in_the_body_updates_the_preview(make_window, site_copy, qtbot):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    preview = window.findChild(object, "en.preview")
    qtbot.waitUntil(lambda: "About us" in preview.html_source(), timeout=3000)
    body = widget(window, QPlainTextEdit, "en.body")
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "Zanzibar quokka")
    qtbot.waitUntil(lambda: "Zanzibar quokka" in preview.html_source(), timeout=3000)
    assert window.isWindowModified()
    assert "*" in window.findChild(object, "en.header").text()


def test_saving_writes_minimal_diffs_to_both_files(make_window, site_copy, qtbot):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    en_before, fr_before = (site_copy / PM_EN).read_bytes(), (site_copy / PM_FR).read_bytes()
    title = widget(window, QLineEdit, "fr.title")
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " principal")
    assert window.app_actions["save"].isEnabled()
    window.app_actions["save"].trigger()
    assert changed_lines(fr_before, (site_copy / PM_FR).read_bytes()) == [
        (4, b"title: 'Gestionnaire de produit'\n", b"title: 'Gestionnaire de produit principal'\n")]
    assert (site_copy / PM_EN).read_bytes() == en_before  # untouched file: byte-identical
    assert not window.isWindowModified()

    # A shared field goes to both files, one line each.
    en_before, fr_before = (site_copy / PM_EN).read_bytes(), (site_copy / PM_FR).read_bytes()
    qtbot.mouseClick(widget(window, object, "pair.archived"), Qt.MouseButton.LeftButton)
    window.save()
    for before, path in ((en_before, PM_EN), (fr_before, PM_FR)):
        assert changed_lines(before, (site_copy / path).read_bytes()) == [
            (7, b"archived: false\n", b"archived: true\n")]


def test_unsaved_changes_prompt_when_switching_pairs(make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    widget(window, QLineEdit, "en.title").setText("")
    qtbot.keyClicks(widget(window, QLineEdit, "en.title"), "Changed title")
    asked = []

    def answer(choice):
        def ask(_parent, title):
            asked.append(title)
            return choice
        return ask

    monkeypatch.setattr(dialogs, "ask_unsaved", answer(dialogs.UnsavedChoice.CANCEL))
    window.posting_list.select_key("data-analyst")
    qtbot.waitUntil(lambda: asked == ["Changed title"])
    assert window.manager.key == "product-manager"
    assert window.posting_list.current_key() == "product-manager"
    assert window.manager.modified

    monkeypatch.setattr(dialogs, "ask_unsaved", answer(dialogs.UnsavedChoice.DISCARD))
    window.posting_list.select_key("data-analyst")
    qtbot.waitUntil(lambda: window.manager.key == "data-analyst")
    assert len(asked) == 2
    assert b"Changed title" not in (site_copy / PM_EN).read_bytes()

    widget(window, QLineEdit, "en.title").setText("")
    qtbot.keyClicks(widget(window, QLineEdit, "en.title"), "Data Scientist")
    monkeypatch.setattr(dialogs, "ask_unsaved", answer(dialogs.UnsavedChoice.SAVE))
    window.posting_list.select_key("product-manager")
    qtbot.waitUntil(lambda: window.manager.key == "product-manager")
    assert len(asked) == 3
    assert b"title: 'Data Scientist'\n" in next((site_copy / EN).glob("data-analyst--*.md")).read_bytes()


def test_closing_with_unsaved_changes_can_be_cancelled(make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    window.show()
    qtbot.keyClicks(widget(window, QLineEdit, "en.title"), "!")
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda *_: dialogs.UnsavedChoice.CANCEL)
    assert not window.close()
    assert window.isVisible()


def test_recovery_after_a_crash(make_window, site_copy, qtbot, monkeypatch, recovery_dir):  # noqa: F811
    first = make_window(site_copy / PM_EN)
    original = (site_copy / PM_FR).read_bytes()
    body = widget(first, QPlainTextEdit, "fr.body")
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, "Texte tape")
    # Non-ASCII text (QTest types ASCII only), with the no-break space French puts before a colon.
    body.insertPlainText(" juste avant la panne\u00a0: é")
    first.manager.autosave_now()  # what the timer does every few seconds
    first.manager._autosave.stop()
    first.manager._pair = None  # the crash: nothing is saved or cleaned up
    assert (site_copy / PM_FR).read_bytes() == original

    second = make_window(site_copy)
    assert second.manager.key == "accessibility-specialist"
    monkeypatch.setattr(dialogs, "ask_recovery",
                        lambda _parent, entries: (dialogs.RecoveryChoice.RESTORE, entries[0]))
    second.crash_recovery.offer()
    assert second.manager.key == "product-manager"
    assert second.manager.is_modified("fr")
    assert editor_text(widget(second, QPlainTextEdit, "fr.body")).endswith("Texte tape juste avant la panne\u00a0: é")
    assert second.isWindowModified()
    assert (site_copy / PM_FR).read_bytes() == original


def test_outside_change_reloads_silently_when_clean(make_window, site_copy, qtbot):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    path = site_copy / PM_EN
    path.write_bytes(path.read_bytes().replace(b"title: 'Product Manager'", b"title: 'Product Lead'"))
    title = widget(window, QLineEdit, "en.title")
    qtbot.waitUntil(lambda: title.text() == "Product Lead", timeout=3000)
    assert not window.manager.modified


def test_outside_change_with_edits_asks(make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    qtbot.keyClicks(widget(window, QLineEdit, "en.title"), " (draft)")
    asked = []
    monkeypatch.setattr(dialogs, "ask_external_change",
                        lambda _parent, names, **_: asked.append(names) or dialogs.ExternalChoice.TAKE_THEIRS)
    path = site_copy / PM_EN
    path.write_bytes(path.read_bytes().replace(b"title: 'Product Manager'", b"title: 'Product Lead'"))
    qtbot.waitUntil(lambda: bool(asked), timeout=3000)
    assert asked == [[PM_EN.name]]
    assert widget(window, QLineEdit, "en.title").text() == "Product Lead"
    assert not window.manager.modified


def test_invalid_file_opens_in_raw_mode_and_returns_after_repair(make_window, site_copy, qtbot):  # noqa: F811
    path = site_copy / PM_FR
    good = path.read_bytes()
    path.write_bytes(good.replace(b"archived: false", b"archived: [false"))
    window = make_window(path)
    column = window.pair_editor.columns["fr"]
    assert column.raw_mode
    assert "Line 7" in column.raw_message.text() or "Line 8" in column.raw_message.text()
    raw = column.raw
    assert raw.current_line() in (7, 8)
    raw.setPlainText(editor_text(raw).replace("[false", "false"))
    qtbot.waitUntil(lambda: not column.raw_mode, timeout=2000)
    assert widget(window, QLineEdit, "fr.title").text() == "Gestionnaire de produit"
    window.save()
    assert path.read_bytes() == good


def test_repairing_by_typing_keeps_the_raw_text_until_the_user_leaves_it(make_window, site_copy, qtbot):  # noqa: F811
    """Retyping a broken line: once the line was deleted the file parsed, the window switched to its
    fields and moved the focus to the title, and the rest of the line went into the title."""
    from PySide6.QtGui import QTextCursor

    path = site_copy / PM_FR
    good = path.read_bytes()
    path.write_bytes(good.replace(b"archived: false", b"archived: [false"))
    window = make_window(path)
    shown_and_active(window, qtbot)
    column = window.pair_editor.columns["fr"]
    column.go_to_problem()
    raw = column.raw
    qtbot.waitUntil(raw.hasFocus)
    cursor = raw.textCursor()
    cursor.select(QTextCursor.SelectionType.LineUnderCursor)
    raw.setTextCursor(cursor)
    qtbot.keyClick(raw, Qt.Key.Key_Delete)  # the file parses now, without its archived line
    assert column.raw_mode and raw.hasFocus()
    assert "can be read again" in column.raw_message.text()
    qtbot.keyClicks(QApplication.focusWidget(), "archived: [")  # broken again for a moment: the cursor stays
    assert column.raw_mode and raw.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backspace)
    qtbot.keyClicks(QApplication.focusWidget(), "false")
    assert column.raw_mode and editor_text(raw).count("archived: false\n") == 1
    widget(window, QLineEdit, "fr.title").setFocus(Qt.FocusReason.TabFocusReason)  # leaving the text
    qtbot.waitUntil(lambda: not column.raw_mode)
    assert widget(window, QLineEdit, "fr.title").text() == "Gestionnaire de produit"
    window.save()
    assert path.read_bytes() == good


def test_problem_click_goes_to_the_line(make_window, site_copy, qtbot):  # noqa: F811
    path = site_copy / PM_EN
    path.write_bytes(path.read_bytes().replace(b"## About the role", b"#### About the role"))
    window = make_window(path)
    qtbot.waitUntil(lambda: any(p.finding.code == "heading-skip" for p in window.problems.problems()), timeout=3000)
    problem = next(p for p in window.problems.problems() if p.finding.code == "heading-skip")
    body = widget(window, QPlainTextEdit, "en.body")
    posting = window.manager.posting("en")
    expected = problem.finding.line - posting.body_first_line + 1
    assert any(p.line == expected for p in body.problem_lines())
    item = window.problems.item_for(problem)
    window.problems.tree.itemActivated.emit(item, 0)
    assert body.current_line() == expected
    assert body.textCursor().block().text().startswith("#### About the role")


def test_french_interface_loads(make_window, site_copy, tmp_path, monkeypatch, qapp, qtbot):  # noqa: F811
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    source = i18n.translations_dir() / "posting_editor_fr.ts"
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(tmp_path / "posting_editor_fr.qm")],
                   check=True, timeout=60)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    window = make_window(site_copy / PM_EN)
    try:
        assert window.set_interface_language("fr") == "fr"
        assert window.file_menu.title() == "&Fichier"
        assert window.edit_menu.title() == "&Édition"
        assert window.view_menu.title() == "&Affichage"
        assert window.help_menu.title() == "Ai&de"
        qtbot.waitUntil(lambda: window.pair_editor.shared.archived.text().startswith("Archivée"))
        assert window.posting_list.count.text() == "6 offres"
        assert window.settings.interface_language() == "fr"
        # The hand-off and translator features speak French too.
        assert window.menus.tools.title() == "&Outils"
        assert window.app_actions["export"].text() == "E&xporter vers le site…"
        assert window.app_actions["export"].iconText() == "Exporter"
        qtbot.waitUntil(lambda: window.posting_list.filter.itemText(4).startswith("À traduire ("))
        assert window.problems.fix_button.text() == "Corri&ger"
    finally:
        i18n.remove_translators(qapp)
    window.set_interface_language("en")
    assert window.file_menu.title() == "&File"


@ON_THE_SHARED_WINDOW
def test_keyboard_order_follows_the_layout(pm_window, qtbot):
    window = pm_window
    shown_and_active(window, qtbot)
    window.posting_list.search.setFocus()
    order = []
    for _ in range(20):
        order.append(QApplication.focusWidget().objectName())
        window.focusNextChild()
    first, second = window.pair_editor.column_order()
    expected = ["postingSearch", "postingFilter", "postingList", "pair.archived", "pair.leverId",
                "pair.translationKey", "pair.advanced",
                f"{first}.title", f"{first}.copyTitle", f"{first}.description", f"{first}.copyDescription",
                f"{first}.body", f"{first}.preview",
                f"{second}.title", f"{second}.copyTitle", f"{second}.description", f"{second}.copyDescription",
                f"{second}.body", f"{second}.preview", "problems"]
    assert order == expected


@ON_THE_SHARED_WINDOW
def test_down_from_the_search_box_goes_to_the_results(pm_window, qtbot):
    """Typing a search then Down (as in most search-as-you-type lists) reaches the results; it did nothing."""
    window = pm_window
    shown_and_active(window, qtbot)
    search = window.posting_list.search
    search.setFocus()
    qtbot.keyClicks(search, "engineer")
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.posting_list.view
    assert window.posting_list.view.currentIndex().isValid()


@ON_THE_SHARED_WINDOW
def test_every_stop_of_the_keyboard_has_a_name(pm_window, qtbot):
    """What Tab reaches is named for a screen reader: its accessible name, or a button's own text (the
    Suggestions pane's scrolling list was reached and named nothing)."""
    from PySide6.QtWidgets import QAbstractButton

    window = pm_window
    shown_and_active(window, qtbot)
    window.posting_list.search.setFocus()
    unnamed = []
    for _ in range(40):
        focused = QApplication.focusWidget()
        text = focused.text() if isinstance(focused, QAbstractButton) else ""
        if not (focused.accessibleName() or text.replace("&", "").strip()):
            unnamed.append(f"{type(focused).__name__} {focused.objectName()!r} in {type(focused.parent()).__name__}")
        window.focusNextChild()
    assert unnamed == []


def test_new_posting_creates_both_files_and_opens_them(make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    window = make_window(site_copy / PM_EN)

    def fill_and_confirm(dialog):
        dialog.title_en.setText("Service Designer")
        dialog.title_fr.setText("Conceptrice ou concepteur de services")
        dialog.lever_id.setText("not-a-uuid")
        dialog._confirm()
        assert dialog.error.isVisibleTo(dialog) and "leverId" in dialog.error.text()
        dialog.lever_id.setText("")
        dialog._confirm()
        return dialog.result()

    monkeypatch.setattr(dialogs.NewPostingDialog, "exec", fill_and_confirm)
    assert window.new_posting()
    assert window.manager.key == "service-designer"
    assert widget(window, QLineEdit, "fr.title").text() == "Conceptrice ou concepteur de services"
    assert len(list((site_copy / EN).glob("service-designer*.md"))) == 1
    assert len(list((site_copy / FR).glob("conceptrice-ou-concepteur-de-services*.md"))) == 1
    assert "service-designer" in window.posting_list.keys()


def test_new_posting_from_the_open_one_keeps_its_text_with_the_new_title_key_and_no_archiving(  # noqa: F811
        make_window, site_copy, qtbot, monkeypatch):
    source = site_copy / PM_EN
    source.write_text(source.read_text(encoding="utf-8").replace("archived: false", "archived: true"), encoding="utf-8")
    window = make_window(source)
    intros = []

    def fill_and_confirm(dialog):
        intros.append((dialog.windowTitle(), dialog.findChild(QLabel, "new.intro").text()))
        dialog.title_en.setText("Product Manager, Benefits")
        dialog.title_fr.setText("Gestionnaire de produit, avantages")
        dialog._confirm()
        return dialog.result()

    monkeypatch.setattr(dialogs.NewPostingDialog, "exec", fill_and_confirm)
    window.app_actions["new_from_current"].trigger()
    assert intros[0][0] == "New Posting from This One" and "Product Manager" in intros[0][1]
    assert window.manager.key == "product-manager-benefits"
    [created] = list((site_copy / EN).glob("product-manager-benefits*.md"))
    earlier = Posting.load(source)
    new = Posting.load(created)
    assert new.body == earlier.body and new.get("description") == earlier.get("description")
    assert new.get("archived") is False and "leverId" not in new.data
    assert len(list((site_copy / FR).glob("gestionnaire-de-produit-avantages*.md"))) == 1


KILLED_SESSION = r"""
import sys, time
from PySide6.QtWidgets import QApplication
from editor.app import create_main_window, guard_none_refcount
from editor.ui.settings import Settings
guard_none_refcount()
app = QApplication([])
window = create_main_window(sys.argv[1], settings=Settings(sys.argv[2]), recovery_dir=sys.argv[3])
window.manager._autosave.timer.setInterval(200)
window.manager.recoveryWritten.connect(lambda _path: print("autosaved", flush=True))
body = window.findChild(object, "fr.body")
body.moveCursor(body.textCursor().MoveOperation.End)
body.insertPlainText("Tapé juste avant l'arrêt brutal")
app.exec()
"""


@pytest.mark.skipif(sys.platform.startswith("win"), reason="SIGKILL")
def test_killed_process_loses_nothing_and_corrupts_nothing(site_copy, tmp_path, recovery_dir, window_server):  # noqa: F811
    import os
    import signal

    from editor.ui.document_manager import DocumentManager

    originals = {path: path.read_bytes() for path in site_copy.rglob("*.md")}
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    process = window_server.popen(KILLED_SESSION, [str(site_copy / PM_FR), str(tmp_path / "s.ini"), str(recovery_dir)],
                                  env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        assert process.stdout.readline().strip() == "autosaved"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    assert {path: path.read_bytes() for path in site_copy.rglob("*.md")} == originals
    entries = DocumentManager(recovery_dir=recovery_dir).recoverable()
    assert [e.key for e in entries] == ["product-manager"]
    assert entries[0].texts["fr"].endswith("Tapé juste avant l'arrêt brutal")


def test_several_files_with_one_key_can_each_be_edited(make_window, site_copy, qtbot):  # noqa: F811
    # An old copy without the leverId in its name, as sites accumulate them.
    old_copy = site_copy / EN / "product-manager.md"
    old_copy.write_bytes((site_copy / PM_EN).read_bytes().replace(b"Product Manager", b"Old Product Manager"))
    window = make_window(site_copy / PM_FR)
    assert window.manager.key == "product-manager"
    choice = window.findChild(object, "en.fileChoice")
    assert choice.isVisibleTo(window)
    assert sorted(choice.itemText(i) for i in range(choice.count())) == sorted([PM_EN.name, "product-manager.md"])
    assert choice.currentText() == PM_EN.name  # the one named as the site names postings
    assert "Several English files" in " ".join(
        label.text() for label in window.pair_editor.conflict_panel.findChildren(type(window.placeholder)))
    assert widget(window, QLineEdit, "en.title").text() == "Product Manager"
    choice.activated.emit(choice.findText("product-manager.md"))
    assert widget(window, QLineEdit, "en.title").text() == "Old Product Manager"
    assert window.manager.posting("en").path == old_copy
    assert window.manager.posting("fr").path == site_copy / PM_FR


def test_missing_language_version_can_be_created(make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    window = make_window(site_copy)
    window.select_pair("security-engineer")
    column = window.pair_editor.columns["fr"]
    assert column.is_missing
    monkeypatch.setattr(dialogs, "ask_title", lambda _parent, lang: "Ingénieure ou ingénieur en sécurité")
    qtbot.mouseClick(window.findChild(object, "fr.create"), Qt.MouseButton.LeftButton)
    assert not column.is_missing
    assert widget(window, QLineEdit, "fr.title").text() == "Ingénieure ou ingénieur en sécurité"
    created = window.manager.posting("fr")
    english = window.manager.posting("en")
    assert created.path.parent == site_copy / FR
    assert created.path.name.endswith(f"--{english.get('leverId')}.md")
    for name in ("translationKey", "leverId", "archived", "layout", "type"):
        assert created.get(name) == english.get(name)
    assert not window.manager.modified
    assert "security-engineer" in window.posting_list.keys()
    assert window.site.entry("security-engineer").status == "ok"


def test_new_posting_uses_the_sites_own_templates_and_says_when_it_has_none(make_window, site_copy, qtbot,  # noqa: F811
                                                                            monkeypatch):
    own = site_copy / ".posting-editor" / "templates"
    shutil.rmtree(own)  # the sample site's own: this test starts without
    window = make_window(site_copy / PM_EN)
    intros = []

    def fill_and_confirm(dialog):
        intros.append(dialog.findChild(QLabel, "new.intro").text())
        dialog.title_en.setText(f"Service Designer {len(intros)}")
        dialog.title_fr.setText(f"Conceptrice ou concepteur de services {len(intros)}")
        dialog._confirm()
        return dialog.result()

    monkeypatch.setattr(dialogs.NewPostingDialog, "exec", fill_and_confirm)
    assert window.new_posting()
    assert "templates init" in intros[0]
    own.mkdir(parents=True)
    for lang, words in (("en", "Our branch hires"), ("fr", "Notre direction embauche")):
        bundled = (resource_path("templates") / f"posting.{lang}.md").read_text(encoding="utf-8")
        (own / f"posting.{lang}.md").write_text(bundled + f"\n{words} people who care.\n", encoding="utf-8")
    assert window.new_posting()
    assert "templates init" not in intros[1]
    [created] = list((site_copy / EN).glob("service-designer-2*.md"))
    assert created.read_text(encoding="utf-8").endswith("Our branch hires people who care.\n")


def test_about_names_the_licence_the_application_is_distributed_under(qapp, monkeypatch):
    """The box said "Licence: MIT", yet the application ships Grammalecte (GPL-3.0), so as a whole it
    is distributed under the GPL-3.0 (packaging/LICENSES.md); MIT is its own code's licence."""
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: said.append(text))
    dialogs.show_about(None)
    assert "GPL-3.0" in said[0] and "MIT" in said[0] and "Grammalecte" in said[0]


@ON_THE_SHARED_WINDOW
def test_a_focused_text_list_or_preview_is_marked(pm_window, qtbot):
    """With the keyboard alone, the body, the description, the posting list and a preview looked the
    same focused or not (Fusion frames a focused line edit only): a ring now marks the focused one."""
    from PySide6.QtWidgets import QWidget

    window = pm_window
    shown_and_active(window, qtbot)
    leaver = window.findChild(QLineEdit, "pair.leverId")
    for name in ("en.body", "fr.description", "postingList", "en.preview", "problems"):
        area = window.findChild(QWidget, name)
        leaver.setFocus(Qt.FocusReason.TabFocusReason)
        before = window.grab(area.geometry().translated(area.parentWidget().mapTo(window, area.pos()) - area.pos()))
        area.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(area.hasFocus)
        after = window.grab(area.geometry().translated(area.parentWidget().mapTo(window, area.pos()) - area.pos()))
        ring = area.findChild(QWidget, "focusRing")
        assert ring is not None and ring.isVisible(), name
        left = [after.toImage().pixelColor(1, y) != before.toImage().pixelColor(1, y) for y in range(after.height())]
        assert sum(left) > after.height() // 2, name  # its whole left edge, not only a text cursor
        leaver.setFocus(Qt.FocusReason.TabFocusReason)
        assert not ring.isVisible(), name


def test_a_refused_save_says_the_edits_are_kept_and_what_to_do(make_window, site_copy, monkeypatch):  # noqa: F811
    """"Not saved: …: Permission denied (the file is read-only)" left the user to guess whether the
    edits were lost and what next; the box now says they are still in the window, unsaved."""
    import os

    window = make_window(site_copy / PM_EN)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_args: warned.append(text))
    real = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: False if mode & os.W_OK else real(path, mode, **kw))
    window.manager.set_field("en", "title", "Product Lead")
    assert not window.save()
    assert "read-only" in warned[0] and "still here, unsaved" in warned[0]
    assert window.manager.modified


def test_the_find_bar_is_made_on_first_use_in_its_place(make_window, site_copy, qtbot):  # noqa: F811
    """The find bar is made when Edit ▸ Find first asks for it: it then searches the text that had the
    focus, says its results in the status bar and comes after the columns in the Tab order."""
    from PySide6.QtWidgets import QWidget

    window = make_window(site_copy / PM_EN)
    assert window.findChild(QWidget, "find_bar") is None
    shown_and_active(window, qtbot)
    body = window.findChild(QPlainTextEdit, "en.body")
    body.setFocus()
    qtbot.waitUntil(body.hasFocus)
    window.app_actions["find"].trigger()
    bar = window.findChild(QWidget, "find_bar")
    assert bar is not None and bar.isVisible() and bar.editor() is body
    bar.find_field.setText("no such words anywhere")
    window.app_actions["find_next"].trigger()
    assert window.statusBar().currentMessage() == bar.status.text() != ""
    window.findChild(QWidget, f"{window.pair_editor.column_order()[1]}.preview").setFocus()
    window.focusNextChild()
    assert QApplication.focusWidget() is bar.find_field
