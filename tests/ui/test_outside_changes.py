"""Files added, deleted or renamed by other programs while the window is open."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from editor.ui import problem_checker
from editor.ui.site_watcher import SiteWatcher
from tests.ui.window_fixtures import (EN, NEW_POSTING, PM_EN, PM_FR, pyside_refcount_guard, recovery_dir,  # noqa: F401
                                      settings_file, site_copy)
from tests.ui.workflow_support import DialogAnswers, make_window, shown_and_active  # noqa: F401

# The window's pauses are shortened (tests/ui/conftest.py): these tests wait for what follows a change.
pytestmark = pytest.mark.usefixtures("short_pauses")


def test_postings_added_and_deleted_outside_show_in_the_list(make_window, site_copy, qtbot):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    assert window.outside.watcher.folders()
    sub = site_copy / EN / "older"
    sub.mkdir()
    (sub / "archivist.md").write_text(NEW_POSTING, encoding="utf-8")
    qtbot.waitUntil(lambda: "archivist" in window.posting_list.keys(), timeout=5000)
    assert window.site.entry("archivist").status == "missing-fr"
    assert window.posting_list.current_key() == "product-manager"  # the selection stays

    for path in (site_copy / EN).glob("data-analyst--*.md"):
        path.unlink()
    qtbot.waitUntil(lambda: window.site.entry("data-analyst").status == "missing-en", timeout=5000)
    (sub / "archivist.md").unlink()
    qtbot.waitUntil(lambda: "archivist" not in window.posting_list.keys(), timeout=5000)


def test_a_burst_of_changes_is_answered_once(qtbot, site_copy):  # noqa: F811
    from editor.model.hugo.config import Site

    # The 20 writes are all made before the event loop runs, so the kernel holds all their events
    # when the watcher first reads: a short pause is enough to see them as one burst, and three
    # pauses of quiet after the answer show that no second one follows.
    settle_ms = 40
    watcher = SiteWatcher(settle_ms=settle_ms)
    watcher.watch(Site.open(site_copy))
    with qtbot.waitSignal(watcher.changed, timeout=5000):
        for number in range(20):
            (site_copy / EN / f"file-{number}.md").write_text("x", encoding="utf-8")
    emitted = []
    watcher.changed.connect(lambda: emitted.append(1))
    qtbot.wait(3 * settle_ms)
    assert emitted == []


def _french_title_edited_then_deleted(make_window, site_copy, qtbot, answer: str):
    """The product manager's pair open, " senior" typed at the end of its French title, then its
    French file deleted outside and the editor's question answered with ``answer``."""
    window = make_window(site_copy / PM_EN)
    title = window.findChild(QLineEdit, "fr.title")
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " senior")
    answers = DialogAnswers().expect(answer)
    (site_copy / PM_FR).unlink()
    qtbot.waitUntil(lambda: answers.done, timeout=5000)
    return window, title, answers


def test_selected_pair_whose_french_file_was_deleted_can_be_recreated(make_window, site_copy, qtbot):  # noqa: F811
    window, title, answers = _french_title_edited_then_deleted(make_window, site_copy, qtbot, "vanished.recreate")
    assert not answers.errors
    assert answers.seen[0]["text"] == "The French file was deleted outside the editor."
    assert PM_FR.name in answers.seen[0]["informative"]
    assert b"title: 'Gestionnaire de produit senior'" in (site_copy / PM_FR).read_bytes()
    assert not window.manager.is_modified("fr")
    assert title.text() == "Gestionnaire de produit senior"
    qtbot.waitUntil(lambda: window.site.entry("product-manager").status == "ok", timeout=5000)


def test_closing_a_deleted_file_leaves_the_other_language_open(make_window, site_copy, qtbot):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    answers = DialogAnswers().expect("vanished.close")
    (site_copy / PM_FR).unlink()
    qtbot.waitUntil(lambda: answers.done, timeout=5000)
    assert window.manager.posting("fr") is None and window.manager.posting("en") is not None
    assert window.pair_editor.columns["fr"].is_missing
    qtbot.waitUntil(lambda: window.site.entry("product-manager").status == "missing-fr", timeout=5000)
    assert not (site_copy / PM_FR).exists()

    answers = DialogAnswers().expect("vanished.close")
    (site_copy / PM_EN).unlink()
    qtbot.waitUntil(lambda: answers.done, timeout=5000)
    assert answers.seen[0]["text"] == "The English file was deleted outside the editor."
    assert window.manager.pair is None
    assert "deleted outside the editor" in window.placeholder.text()
    qtbot.waitUntil(lambda: "product-manager" not in window.posting_list.keys(), timeout=5000)


def test_a_file_renamed_outside_is_followed_with_its_edits(make_window, site_copy, qtbot):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    qtbot.keyClicks(window.findChild(QLineEdit, "en.title"), " (draft)")
    renamed = site_copy / EN / "product-manager.md"
    (site_copy / PM_EN).rename(renamed)
    qtbot.waitUntil(lambda: window.manager.posting("en").path == renamed, timeout=5000)
    assert window.findChild(QLineEdit, "en.title").text() == "Product Manager (draft)"
    assert window.manager.is_modified("en")
    window.save()
    assert b"title: 'Product Manager (draft)'" in renamed.read_bytes()


def test_f5_reads_the_site_again(make_window, site_copy, qtbot):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    window.outside.watcher.watch(None)  # as on a network drive that sends no notifications
    (site_copy / EN / "archivist.md").write_text(NEW_POSTING, encoding="utf-8")
    qtbot.wait(100)
    assert "archivist" not in window.posting_list.keys()
    shown_and_active(window, qtbot)
    window.posting_list.view.setFocus()
    triggered = []
    window.app_actions["reload_site"].triggered.connect(lambda: triggered.append(1))
    qtbot.keyClick(window.posting_list.view, Qt.Key.Key_F5)
    assert triggered
    qtbot.waitUntil(lambda: "archivist" in window.posting_list.keys())  # read off the UI thread
    assert window.statusBar().currentMessage().startswith("Read 7 posting")
    assert window.view_menu.actions().count(window.app_actions["reload_site"]) == 1


def test_problems_of_the_previous_pair_never_show(make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    window = make_window(site_copy)
    assert window.manager.key == "accessibility-specialist"  # its files disagree on archived
    qtbot.waitUntil(window.checker.is_idle, timeout=10000)

    def theirs(problems):
        return [p for p in problems if "accessib" in p.finding.file or "spécialiste" in p.finding.file]

    assert theirs(window.problems.problems())
    real = problem_checker.check_snapshot
    gates = {"product-manager": threading.Event(), "accessibility-specialist": threading.Event()}
    checked = []

    def held_check(snapshot):
        problems = gates[snapshot.key].wait(10) and real(snapshot)
        checked.append(snapshot.key)
        return problems

    monkeypatch.setattr(problem_checker, "check_snapshot", held_check)

    window.select_pair("product-manager")  # its check is slow: the panel must not keep the last pair's
    assert not theirs(window.problems.problems())
    assert all(not column.body.problem_lines() for column in window.pair_editor.columns.values())
    gates["product-manager"].set()
    qtbot.waitUntil(window.checker.is_idle, timeout=10000)

    # A check of a pair the user has already left answers late: it is dropped.
    gates["product-manager"].clear()
    shown = []
    window.checker.results_changed.connect(lambda problems: shown.append(problems))
    window.select_pair("accessibility-specialist")
    window.select_pair("product-manager")
    gates["accessibility-specialist"].set()
    # The checks run one at a time: the late answer reaches the window before the next check starts.
    qtbot.waitUntil(lambda: "accessibility-specialist" in checked, timeout=10000)
    gates["product-manager"].set()
    qtbot.waitUntil(window.checker.is_idle, timeout=10000)
    assert shown and not any(theirs(batch) for batch in shown)
    assert not theirs(window.problems.problems())


def test_a_check_that_raises_shows_checks_failed_not_none(make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    def broken(_snapshot):
        raise KeyError("a bug in a check")

    monkeypatch.setattr(problem_checker, "check_snapshot", broken)
    window = make_window(site_copy)
    window.select_pair("product-manager")
    qtbot.waitUntil(lambda: window.checker.is_idle() and window.checker.checks_failed, timeout=10000)
    assert "failed" in window.problems.summary.text()
    assert "none" not in window.problems.summary.text()
    assert window.problems.problems() == []


def test_a_preview_that_raises_says_so_in_the_window(make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    from editor.ui import preview_renderer

    def broken(**_kwargs):
        raise ValueError("renderer exploded")

    monkeypatch.setattr(preview_renderer, "_preview_html", broken)
    window = make_window(site_copy)
    window.select_pair("product-manager")
    preview = window.pair_editor.columns["en"].preview
    qtbot.waitUntil(lambda: "could not be made" in preview.toPlainText(), timeout=10000)
    assert "renderer exploded" in preview.toPlainText()


def test_saving_a_file_deleted_outside_asks_about_the_deletion_not_a_change(make_window, site_copy, qtbot):  # noqa: F811
    """After "Decide later" on a deleted file, Save asked "Another program changed … Keep mine /
    Take theirs", about a file nobody changed; it asks again what to do with the deleted file."""
    window, _title, _answers = _french_title_edited_then_deleted(make_window, site_copy, qtbot, "vanished.later")
    assert window.manager.is_modified("fr") and not (site_copy / PM_FR).exists()
    answers = DialogAnswers().expect("vanished.recreate")
    window.save()
    qtbot.waitUntil(lambda: answers.done, timeout=5000)
    assert not answers.errors, answers.errors
    assert [seen["name"] for seen in answers.seen] == ["vanishedDialog"]
    assert b"title: 'Gestionnaire de produit senior'" in (site_copy / PM_FR).read_bytes()
    assert not window.manager.modified


def test_saving_a_file_that_was_not_utf8_asks_before_writing_its_unreadable_characters(make_window, site_copy,  # noqa: F811
                                                                                      qtbot):
    """A Latin-1 file shows its "é" as "�"; one edit anywhere made it readable, and Save wrote "�"
    over the user's "é" without a word. Save now says so first; Cancel leaves the file as it was."""
    path = site_copy / PM_EN
    path.write_bytes(path.read_bytes() + "\nCafé au lait.\n".encode("latin-1"))
    before = path.read_bytes()
    window = make_window(path)
    text = window.manager.posting("en").text()
    assert "Caf\ufffd au lait." in text
    window.manager.set_raw_text("en", text.replace("title: ", "title: New ", 1))
    assert window.manager.posting("en").valid and window.manager.modified
    answers = DialogAnswers().expect("unreadable.cancel")
    assert not window.save()
    assert answers.done and not answers.errors, answers.errors
    assert path.name in answers.seen[0]["text"] and "1" in answers.seen[0]["text"], answers.seen
    assert path.read_bytes() == before and window.manager.modified

    window.manager.set_raw_text("en", window.manager.posting("en").text().replace("Caf\ufffd", "Café"))
    assert window.save()  # typed again: nothing to ask
    assert "Café au lait.".encode() in path.read_bytes() and b"\xef\xbf\xbd" not in path.read_bytes()
