"""File ▸ Export to Site…: the preview before writing, blocking errors, warnings, git, the result."""

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from editor.ui.export_dialog import ExportDialog
from editor.ui.settings import Settings
from tests.export_support import git, sample_site_in_git
from tests.ui.window_fixtures import EN, PM_EN, pyside_refcount_guard, site_copy  # noqa: F401

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is needed")
PAIRS = [("product-manager", "Product Manager"), ("security-engineer", "Security Engineer"),
         ("accessibility-specialist", "Accessibility Specialist")]
# The pause before planning again after a choice changes (400 ms for people): short, so the tests do
# not wait on it, and still a pause, so a burst of changes is planned once (tested below).
PLAN_DELAY_MS = 20


@pytest.fixture
def target(tmp_path):
    """The website: a copy of the sample site in its own git repository."""
    return sample_site_in_git(tmp_path / "website")


@pytest.fixture
def make_dialog(qtbot, tmp_path):
    def make(source, target, current="product-manager", pairs=PAIRS):
        dialog = ExportDialog(source, pairs, current, Settings(tmp_path / "settings.ini"), plan_delay_ms=PLAN_DELAY_MS)
        qtbot.addWidget(dialog)
        dialog.set_target(target)
        dialog.request_plan(now=True)
        qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.outcome() is not None, timeout=10000)
        return dialog
    return make


def groups(dialog):
    tree = dialog.preview
    return {tree.topLevelItem(i).text(0): [tree.topLevelItem(i).child(j).text(0)
                                           for j in range(tree.topLevelItem(i).childCount())]
            for i in range(tree.topLevelItemCount())}


def test_preview_shows_the_diff_then_export_commits_on_a_branch(make_dialog, site_copy, target, qtbot):  # noqa: F811
    source_file = site_copy / PM_EN
    source_file.write_text(source_file.read_text(encoding="utf-8").replace(
        "title: 'Product Manager'", "title: 'Senior Product Manager'"), encoding="utf-8")
    before = {p: p.read_bytes() for p in target.rglob("*.md")}
    dialog = make_dialog(site_copy, target)
    found = groups(dialog)
    changed = next(items for title, items in found.items() if title.startswith("Changed files"))
    assert changed == [f"EN  {PM_EN.as_posix()}"]
    assert not any(title.startswith("Errors") for title in found)
    # Nothing written by the preview.
    assert {p: p.read_bytes() for p in target.rglob("*.md")} == before
    item = dialog.preview.findItems(f"EN  {PM_EN.as_posix()}", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)[0]
    dialog.preview.setCurrentItem(item)
    diff = dialog.diff.toPlainText()
    assert "-title: 'Product Manager'" in diff and "+title: 'Senior Product Manager'" in diff
    assert dialog.export_button.isEnabled()

    dialog.branch.setText("postings")
    dialog.commit.setChecked(True)
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.outcome() is not None, timeout=10000)
    assert dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.result_label.isHidden(), timeout=15000)
    commit = git(target, "rev-parse", "postings").strip()
    assert commit[:12] in dialog.result_label.text()
    assert "postings" in dialog.result_label.text()
    assert git(target, "show", "--name-only", "--format=", "postings").split() == [PM_EN.as_posix()]
    assert b"Senior Product Manager" in (target / PM_EN).read_bytes()
    assert not dialog.export_button.isEnabled()  # done; changing a choice plans again
    assert str(target) in Settings(dialog._settings.store.fileName()).export_targets()


def messages(group):
    """Each file row's summary and the messages of its findings, as the second column shows them."""
    return [text for f in range(group.childCount()) for text in
            [group.child(f).text(1)] + [group.child(f).child(n).text(1) for n in range(group.child(f).childCount())]]


def test_errors_block_and_lead_to_their_line(make_dialog, site_copy, target, qtbot):  # noqa: F811
    dialog = make_dialog(site_copy, target, current="accessibility-specialist")
    errors = next(items for title, items in groups(dialog).items() if title.startswith("Errors"))
    assert any("accessibility" in text for text in errors)
    group = dialog.preview.topLevelItem(0)
    assert any("'archived' differs" in text for text in messages(group))
    assert not dialog.export_button.isEnabled()
    assert "must be fixed" in dialog.status.text()
    with qtbot.waitSignal(dialog.locationActivated) as signal:
        dialog.preview.itemActivated.emit(group.child(0).child(0), 0)
    file, line, _column = signal.args
    assert "accessibility-specialist" in file or "spécialiste" in file
    assert line > 1


def test_warnings_must_be_accepted(make_dialog, site_copy, target, qtbot):  # noqa: F811
    source_file = site_copy / PM_EN
    source_file.write_text(source_file.read_text(encoding="utf-8").replace(
        "title: 'Product Manager'", "title: 'Product &amp; Manager'"), encoding="utf-8")
    dialog = make_dialog(site_copy, target)
    assert any(title.startswith("Warnings") for title in groups(dialog))
    assert not dialog.export_button.isEnabled()
    dialog.accept_warnings.setChecked(True)
    assert dialog.export_button.isEnabled()


def test_git_refusal_is_shown_before_anything_is_written(make_dialog, site_copy, target, qtbot):  # noqa: F811
    (site_copy / PM_EN).write_text((site_copy / PM_EN).read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
    (target / PM_EN).write_text((target / PM_EN).read_text(encoding="utf-8") + "\nLocal edit.\n", encoding="utf-8")
    dialog = make_dialog(site_copy, target)
    dialog.commit.setChecked(True)
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.outcome() is not None, timeout=10000)
    refusals = next(items for title, items in groups(dialog).items() if title.startswith("Git refuses"))
    assert refusals and not dialog.export_button.isEnabled()
    assert (target / PM_EN).read_text(encoding="utf-8").endswith("Local edit.\n")


def test_nothing_to_choose_says_so(make_dialog, site_copy, target, qtbot):  # noqa: F811
    dialog = make_dialog(site_copy, target)
    dialog.check_none.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)
    assert "at least one posting" in dialog.status.text()
    dialog.check_all.click()
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.outcome() is not None, timeout=10000)
    assert dialog.selected_keys() == [key for key, _title in PAIRS]
    dialog.set_target(target / "no-such-folder")
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.outcome() is not None, timeout=10000)
    assert "no such folder" in dialog.status.text()


def test_a_burst_of_choices_is_planned_once_for_the_last(make_dialog, site_copy, target, qtbot):  # noqa: F811
    dialog = make_dialog(site_copy, target)
    plans = []
    dialog._timer.timeout.connect(lambda: plans.append(dialog.target_folder()))
    for name in ("a", "b", "no-such-folder"):
        dialog.set_target(target / name)
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.outcome() is not None, timeout=10000)
    assert plans == [target / "no-such-folder"]
    assert "no such folder" in dialog.status.text()


def test_labels_are_bound_and_named(make_dialog, site_copy, target):  # noqa: F811
    from PySide6.QtWidgets import QLabel

    dialog = make_dialog(site_copy, target)
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    assert {dialog.target, dialog.pairs, dialog.branch, dialog.preview, dialog.diff} <= buddies
    for widget in (dialog.target, dialog.pairs, dialog.branch, dialog.preview, dialog.diff):
        assert widget.accessibleName()


def test_unfinished_work_is_refused_per_file_with_messages_in_a_column(make_dialog, site_copy, target, qtbot):  # noqa: F811
    from tests.ui.window_fixtures import PM_FR

    french = site_copy / PM_FR
    text = french.read_text(encoding="utf-8")
    body_start = text.index("\n---\n", 4) + 5
    french.write_text(text[:body_start] + "\n[À TRADUIRE] Write <p>here</p> what the team does.\n" + text[body_start:],
                      encoding="utf-8")
    english = site_copy / PM_EN
    english.write_text(english.read_text(encoding="utf-8") + "\n- _Describe another responsibility…_\n", encoding="utf-8")
    dialog = make_dialog(site_copy, target)
    dialog.accept_warnings.setChecked(True)
    assert not dialog.export_button.isEnabled()
    group = dialog.preview.topLevelItem(0)
    assert group.text(0).startswith("Errors")
    rows = {group.child(n).text(0): group.child(n) for n in range(group.childCount())}
    assert set(rows) == {PM_EN.name, PM_FR.name}
    assert "replace the template placeholders (1)" in rows[PM_EN.name].text(1)
    assert "translate the texts still marked to translate (1)" in rows[PM_FR.name].text(1)
    marker = next(rows[PM_FR.name].child(n) for n in range(rows[PM_FR.name].childCount())
                  if rows[PM_FR.name].child(n).text(1).startswith("This text is still marked"))
    # The tooltip is rich text that shows the markup as written instead of swallowing it.
    assert "&lt;p&gt;" in marker.toolTip(1) or "<p>" not in marker.text(1)
    # The column shows what fits; choosing the problem shows the whole message, wrapped.
    dialog.preview.setCurrentItem(marker)
    assert dialog.detail.isVisibleTo(dialog)
    assert dialog.detail.text().endswith("translate it, then remove the marker.")
    assert PM_FR.as_posix() in dialog.detail.text()
    before = {p: p.read_bytes() for p in target.rglob("*.md")}
    dialog.export()
    assert {p: p.read_bytes() for p in target.rglob("*.md")} == before


def test_an_untranslated_file_a_null_description_and_a_missing_language_block_until_finished(  # noqa: F811
        make_dialog, site_copy, target, qtbot):
    from tests.ui.window_fixtures import PM_FR

    analyst = site_copy / EN / "data-analyst--8552a8ea-faa5-442e-83f7-3f5895e25342.md"
    french, original = site_copy / PM_FR, {}
    for path in (analyst, french):
        original[path] = path.read_bytes()
    analyst.write_text(analyst.read_text(encoding="utf-8").replace(
        "  We are looking for a Data Analyst", "  null\n#", 1), encoding="utf-8")
    english = (site_copy / PM_EN).read_text(encoding="utf-8")
    text = french.read_text(encoding="utf-8")
    french.write_text(text[:text.index("\n---\n", 4) + 5] + english[english.index("\n---\n", 4) + 5:], encoding="utf-8")
    pairs = PAIRS + [("data-analyst", "Data Analyst")]
    dialog = make_dialog(site_copy, target, current="", pairs=pairs)
    dialog.accept_warnings.setChecked(True)
    group = dialog.preview.topLevelItem(0)
    summaries = {group.child(n).text(0): group.child(n).text(1) for n in range(group.childCount())}
    assert "translate the text (most of it is in the other language)" in summaries[PM_FR.name]
    assert "write the description" in summaries[analyst.name]
    assert "write the other language's file" in summaries["security-engineer--56fb226e-1118-462b-9234-98f41a59b345.md"]
    assert not dialog.export_button.isEnabled()

    for path, data in original.items():
        path.write_bytes(data)
    for title in ("Security Engineer — security-engineer", "Accessibility Specialist — accessibility-specialist"):
        # Security Engineer has no French yet; the sample site's Accessibility Specialist has an error of its own.
        dialog.pairs.findItems(title, Qt.MatchFlag.MatchExactly)[0].setCheckState(Qt.CheckState.Unchecked)
    (site_copy / PM_EN).write_text(english.replace("title: 'Product Manager'", "title: 'Senior Product Manager'"),
                                   encoding="utf-8")
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.outcome() is not None, timeout=10000)
    assert not any(title.startswith("Errors") for title in groups(dialog))
    dialog.accept_warnings.setChecked(True)
    assert dialog.export_button.isEnabled()
    dialog.export()
    qtbot.waitUntil(lambda: not dialog.result_label.isHidden(), timeout=15000)
    assert b"Senior Product Manager" in (target / PM_EN).read_bytes()


def test_the_search_box_narrows_the_postings_and_check_all_acts_on_those_shown(make_dialog, site_copy, target):  # noqa: F811
    dialog = make_dialog(site_copy, target)
    shown = lambda: [dialog.pairs.item(n).data(Qt.ItemDataRole.UserRole) for n in range(dialog.pairs.count())  # noqa: E731
                     if not dialog.pairs.item(n).isHidden()]
    dialog.search.setText("ACCESSIBILITÉ")  # case and accents ignored
    assert shown() == []
    dialog.search.setText("accessib spécial")
    assert shown() == ["accessibility-specialist"]
    dialog.check_none.click()
    dialog.search.setText("engineer")
    dialog.check_all.click()
    assert dialog.selected_keys() == ["product-manager", "security-engineer"]
    dialog.search.clear()
    assert len(shown()) == len(PAIRS)


def _preview_texts(dialog) -> set[str]:
    texts = set()
    stack = [dialog.preview.topLevelItem(n) for n in range(dialog.preview.topLevelItemCount())]
    while stack:
        item = stack.pop()
        texts |= {item.text(c) for c in range(2)} | {item.toolTip(1)}
        stack += [item.child(n) for n in range(item.childCount())]
    return {text for text in texts if text}


def test_the_french_interface_lists_every_problem_in_french(make_dialog, site_copy, target, qtbot, qapp,  # noqa: F811
                                                            tmp_path, monkeypatch):
    import sys
    from pathlib import Path

    from editor.ui import i18n
    from tests.ui.window_fixtures import PM_FR

    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    french = site_copy / PM_FR
    text = french.read_text(encoding="utf-8")
    body_start = text.index("\n---\n", 4) + 5
    french.write_text(text[:body_start] + "\n[À TRADUIRE] Texte.\n\nSalaire : 85000 $.\n" + text[body_start:],
                      encoding="utf-8")
    english = _preview_texts(make_dialog(site_copy, target))
    built = tmp_path / "qm"
    built.mkdir()
    subprocess.run([str(lrelease), "-silent", str(i18n.translations_dir() / "posting_editor_fr.ts"),
                    "-qm", str(built / "posting_editor_fr.qm")], check=True, timeout=60)
    monkeypatch.setattr(i18n, "translations_dir", lambda: built)
    i18n.install_translator(qapp, "fr")
    try:
        dialog = make_dialog(site_copy, target)
        texts = _preview_texts(dialog)
        assert any(t.startswith("Ce texte est encore marqué [À TRADUIRE]") for t in texts), texts
        # File names, paths and the postings' titles are the same in both languages; every sentence is not.
        data = ("Product Manager", "Gestionnaire de produit", "content/")
        same = {t for t in texts & english if not t.endswith(".md") and not any(d in t for d in data)}
        assert same == set()
    finally:
        i18n.remove_translators(qapp)


def test_a_file_without_a_key_is_named_in_the_interface_language(make_dialog, site_copy, target):  # noqa: F811
    """The list of postings named a file without a translationKey by the index's own key, "(no
    translationKey: x.md)", English in the French interface; it says what the window's list says."""
    from editor.model.site.index import pseudo_key
    from editor.ui.queue_texts import key_text

    keyless = pseudo_key("no-key", "chef-de-cabinet.md")
    dialog = make_dialog(site_copy, target, pairs=[*PAIRS, (keyless, "Chef de cabinet")])
    shown = [dialog.pairs.item(n).text() for n in range(dialog.pairs.count())]
    assert shown[-1] == f"Chef de cabinet — {key_text(keyless)}"
    assert key_text(keyless) != keyless


def test_enter_after_typing_the_folder_plans_the_export_and_presses_no_button(make_dialog, site_copy, target, qtbot,  # noqa: F811
                                                                              monkeypatch):
    """Enter in the folder field pressed Browse… (the first button after it): a folder chooser came
    up over the path just typed. Nor may Enter in a field press Export or Close."""
    from PySide6.QtWidgets import QFileDialog

    chooser = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: chooser.append(args) or "")
    dialog = make_dialog(site_copy, target)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.target.setFocus()
    dialog.target.setEditText(str(target))
    qtbot.keyClick(dialog.target.lineEdit(), Qt.Key.Key_Return)
    assert chooser == [] and dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.outcome() is not None, timeout=10000)
    assert not any(button.autoDefault() or button.isDefault() for button in dialog.findChildren(QPushButton))


def test_french_left_in_english_is_listed_under_to_finish(make_dialog, site_copy, target, qtbot):  # noqa: F811
    from tests.ui.window_fixtures import PM_FR

    french = site_copy / PM_FR
    text = french.read_text(encoding="utf-8")
    french.write_text(text.replace(text[text.index("title: "):text.index("\n", text.index("title: "))],
                                   "title: 'Product Manager'", 1), encoding="utf-8")
    dialog = make_dialog(site_copy, target)
    dialog.accept_warnings.setChecked(True)
    assert not dialog.export_button.isEnabled()
    group = dialog.preview.topLevelItem(0)
    assert group.text(0).startswith("Errors")
    summaries = {group.child(n).text(0): group.child(n).text(1) for n in range(group.childCount())}
    assert summaries[PM_FR.name] == "To finish: translate the title"


def test_every_kind_of_unfinished_work_says_what_to_do():
    from collections import Counter

    from editor.model.checks.gate import BLOCKING
    from editor.ui.export_findings import to_finish_text

    for code in BLOCKING:
        assert "other errors" not in to_finish_text(Counter({code: 2})), code
