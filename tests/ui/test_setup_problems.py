"""The window says what ``check`` says about the site's own files (a broken glossary, a template
that is a link to nothing), and its New Posting dialog refuses what ``new`` refuses."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from editor.ui import dialogs
from editor.model.hugo.config import Site
from editor.ui.problem_checker import SITE, _Snapshot, check_snapshot
from tests.model.checks.test_pipeline import ENGLISH, FRENCH, drafts
from tests.ui.window_fixtures import PM_EN, opened_window, pyside_refcount_guard, recovery_dir, settings_file, site_copy  # noqa: F401

pytestmark = pytest.mark.usefixtures("short_pauses")
WAIT = 20000


def _site_problems(window) -> list:
    return [p for p in window.problems.problems() if p.lang == SITE]


def test_problems_panel_shows_the_setup_warnings_check_gives(qtbot, site_copy, settings_file, recovery_dir):  # noqa: F811
    state = site_copy / ".posting-editor"
    state.mkdir(exist_ok=True)
    (state / "glossary.yaml").write_text("terms: [unclosed\n", encoding="utf-8")
    (state / "templates" / "posting.en.md").unlink()
    (state / "templates" / "posting.en.md").symlink_to(site_copy / "no-such-template.md")
    with opened_window(site_copy / PM_EN, settings_file, recovery_dir) as window:
        qtbot.waitUntil(lambda: window.checker.is_idle() and len(_site_problems(window)) == 2, timeout=WAIT)
        codes = sorted(p.finding.code for p in _site_problems(window))
        assert codes == ["glossary-unreadable", "template-unreadable"]
        rows = [window.problems.tree.topLevelItem(n) for n in range(window.problems.tree.topLevelItemCount())]
        site_rows = [row for row in rows if row.text(2) == "Site"]
        assert len(site_rows) == 2 and all(row.text(3) == "" for row in site_rows)
        assert any("glossary" in row.text(1) for row in site_rows)
        assert "none" not in window.problems.summary.text()
        went = []
        window.problems.problemActivated.connect(lambda *where: went.append(where))
        window.problems._activate(site_rows[0])
        assert went == []  # nowhere in the pair to go to, and no error for trying
        # Repaired: the warnings go at the next check, as check's would.
        (state / "glossary.yaml").write_text("terms: []\n", encoding="utf-8")
        (state / "templates" / "posting.en.md").unlink()
        window.checker.request(window.manager, now=True)
        qtbot.waitUntil(lambda: window.checker.is_idle() and not _site_problems(window), timeout=WAIT)


def _fill(dialog, **fields) -> str:
    for name, text in fields.items():
        getattr(dialog, name).setText(text)
    dialog._confirm()
    return dialog.error.text() if dialog.error.isVisibleTo(dialog) else ""


def test_new_posting_dialog_says_the_site_template_is_a_broken_link(qtbot, site_copy, settings_file, recovery_dir,  # noqa: F811
                                                                    monkeypatch):
    templates = site_copy / ".posting-editor" / "templates"
    (templates / "posting.en.md").unlink()
    (templates / "posting.en.md").symlink_to(site_copy / "gone.md")
    seen = {}

    def fill_and_confirm(dialog):
        seen["shown"] = dialog.error.text()
        seen["box"] = dialog.bundled.isVisibleTo(dialog)
        seen["refused"] = _fill(dialog, title_en="Archivist")
        dialog.bundled.setChecked(True)
        dialog._confirm()
        return dialog.result()

    monkeypatch.setattr(dialogs.NewPostingDialog, "exec", fill_and_confirm)
    with opened_window(site_copy / PM_EN, settings_file, recovery_dir) as window:
        assert window.new_posting()
        assert "symbolic link" in seen["shown"] and "gone.md" in seen["shown"] and seen["box"]
        assert "symbolic link" in seen["refused"]
        assert window.manager.key == "archivist"


def test_new_posting_dialog_refuses_a_key_with_an_unseen_character(qtbot, site_copy, settings_file, recovery_dir,  # noqa: F811
                                                                    monkeypatch):
    said = []

    def fill_and_confirm(dialog):
        assert not dialog.bundled.isVisibleTo(dialog)  # the site's templates are fine
        said.append(_fill(dialog, title_en="Archivist", key="archivist\u202etsivihcra"))
        return dialog.result()

    monkeypatch.setattr(dialogs.NewPostingDialog, "exec", fill_and_confirm)
    with opened_window(site_copy / PM_EN, settings_file, recovery_dir) as window:
        assert not window.new_posting()
        assert "U+202E" in said[0] and "translationKey" in said[0]
        assert not list(site_copy.rglob("archivist*.md"))
        # The shared key field refuses such a character pasted into it.
        key = window.findChild(QLineEdit, "pair.translationKey")
        before = key.text()
        key.insert("\u202e")
        key.insert("\n")
        assert key.text() == before



def test_the_window_s_check_accepts_the_glossary_s_french_terms_too(tmp_path):
    # The window's checker replaced the setup's words by the site dictionary as read, without the
    # glossary's terms: the same one-pipeline gap as check SITE had.
    fr_body = FRENCH + "\nVous serez notre mégadonnéiste en chef.\n"
    root = drafts(tmp_path, en_body=ENGLISH + "\nYou will be our chief big-data steward.\n", fr_body=fr_body)
    site = Site.open(root)
    files = {lang: ((root / lang / "a.md").read_bytes(), root / lang / "a.md", f"{lang}/a.md") for lang in ("en", "fr")}

    def spelling():
        return [p.finding.message for p in check_snapshot(_Snapshot("analyst", site, files))
                if p.finding.code == "spelling" and "mégadonnéiste" in p.finding.message]

    assert spelling()
    (root / ".posting-editor").mkdir()
    (root / ".posting-editor" / "glossary.yaml").write_text("- en: big-data steward\n  fr: mégadonnéiste\n", encoding="utf-8")
    assert spelling() == []
