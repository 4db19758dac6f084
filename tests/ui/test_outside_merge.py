"""Combine Both: a file of the open pair changed by another program on other lines than the edits
here gets both, as unsaved edits; changes to the same lines are named, and keep today's choices."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from editor.ui import dialogs
from editor.ui.language_column import editor_text
from tests.ui.test_outside_rename_changes import rename_and_change
from tests.ui.window_fixtures import (PM_EN, PM_FR, pyside_refcount_guard, recovery_dir,  # noqa: F401
                                      settings_file, site_copy)
from tests.ui.workflow_support import DialogAnswers, make_window  # noqa: F401

pytestmark = pytest.mark.usefixtures("short_pauses")

OLD_ID = b"leverId: 3a2f11bd-e6f1-4460-b7fc-e13ff4d49120"
NEW_ID = b"leverId: 9c0ffee0-0000-4000-8000-000000000001"


def _type_at_end_of_body(window, qtbot, lang: str, text: str) -> None:
    body = window.findChild(QPlainTextEdit, f"{lang}.body")
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(body, text)


def edited_here(make_window, site_copy, qtbot, *, notified: bool = True):
    """A window on PM_EN with a sentence typed at the end of its English body, and the bytes of those
    edits. ``notified`` False: as on a drive that sends no notifications, the save itself finds a change."""
    window = make_window(site_copy / PM_EN)
    if not notified:
        window.outside.watcher.watch(None)
        window.manager._disk.stop()
    _type_at_end_of_body(window, qtbot, "en", "We answer every application.")
    return window, window.manager.posting("en").to_bytes()


def lever_id_changed(path) -> bytes:
    """What another program writes (a leverId fixed in the front matter): the file's new bytes."""
    path.write_bytes(path.read_bytes().replace(OLD_ID, NEW_ID))
    return path.read_bytes()


def _pull_new_lever_id(site_copy) -> None:
    """What a git pull fixing the leverId of both files writes."""
    for name in (PM_EN, PM_FR):
        lever_id_changed(site_copy / name)


def test_a_front_matter_fix_on_disk_and_a_body_edit_are_combined_unsaved(make_window, site_copy, qtbot):  # noqa: F811
    window, mine = edited_here(make_window, site_copy, qtbot)
    answers = DialogAnswers().expect("external.combine")
    _pull_new_lever_id(site_copy)  # French has no edits: read again without a word
    qtbot.waitUntil(lambda: answers.done, timeout=5000)
    assert not answers.errors
    asked = answers.seen[0]
    assert asked["name"] == "externalChangeDialog" and PM_EN.name in asked["text"]
    assert asked["buttons"][:2] == ["external.combine", "external.keep"]
    assert "Combine Both keeps them all" in asked["informative"]

    theirs = (site_copy / PM_EN).read_bytes()
    assert window.findChild(QLineEdit, "pair.leverId").text() == NEW_ID.split(b": ")[1].decode()
    assert editor_text(window.findChild(QPlainTextEdit, "en.body")).endswith("We answer every application.")
    assert window.manager.is_modified("en") and not window.manager.is_modified("fr")
    assert (site_copy / PM_EN).read_bytes() == theirs  # nothing written: the user looks first
    assert window.statusBar().currentMessage().startswith("Combined the change made on disk to " + PM_EN.name)

    assert window.save()
    assert (site_copy / PM_EN).read_bytes() == mine.replace(OLD_ID, NEW_ID)


def test_undo_puts_the_edits_back_as_they_were_and_saving_asks_again(make_window, site_copy, qtbot):  # noqa: F811
    window, mine = edited_here(make_window, site_copy, qtbot)
    answers = DialogAnswers().expect("external.combine")
    _pull_new_lever_id(site_copy)
    qtbot.waitUntil(lambda: answers.done, timeout=5000)
    theirs = (site_copy / PM_EN).read_bytes()
    assert window.app_actions["undo"].isEnabled() and window.revert_undo.armed

    body = window.findChild(QPlainTextEdit, "en.body")
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the keys, from the body itself
    assert window.manager.posting("en").to_bytes() == mine and not window.revert_undo.armed
    assert window.findChild(QLineEdit, "pair.leverId").text() == OLD_ID.split(b": ")[1].decode()
    assert "still holds the other program's change" in window.statusBar().currentMessage()
    qtbot.wait(100)  # the question already answered for that change on disk is not asked again by itself

    # Saving the edits as they were would undo the other program's change: asked again, never written unasked.
    answers = DialogAnswers().expect("external.theirs")
    assert not window.save()
    assert answers.done and not answers.errors
    assert (site_copy / PM_EN).read_bytes() == theirs
    assert "We answer every application." not in editor_text(window.findChild(QPlainTextEdit, "en.body"))


def test_both_files_of_the_pair_are_combined_at_once(make_window, site_copy, qtbot):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    _type_at_end_of_body(window, qtbot, "en", "We answer every application.")
    _type_at_end_of_body(window, qtbot, "fr", "Nous repondons a chaque candidature.")
    mine = {lang: window.manager.posting(lang).to_bytes() for lang in ("en", "fr")}
    answers = DialogAnswers().expect("external.combine")
    _pull_new_lever_id(site_copy)
    qtbot.waitUntil(lambda: answers.done, timeout=5000)
    assert len(answers.seen) == 1
    assert PM_EN.name in answers.seen[0]["text"] and PM_FR.name in answers.seen[0]["text"]
    assert window.save()
    assert (site_copy / PM_EN).read_bytes() == mine["en"].replace(OLD_ID, NEW_ID)
    assert (site_copy / PM_FR).read_bytes() == mine["fr"].replace(OLD_ID, NEW_ID)


def test_changes_to_the_same_line_are_named_and_not_combined(make_window, site_copy, qtbot):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    title = window.findChild(QLineEdit, "en.title")
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " (draft)")
    path = site_copy / PM_EN
    answers = DialogAnswers().expect("external.difference", "difference.close", "external.keep")
    path.write_bytes(path.read_bytes().replace(b"title: 'Product Manager'", b"title: 'Product Lead'"))
    qtbot.waitUntil(lambda: answers.done, timeout=5000)
    assert not answers.errors
    asked, difference = answers.seen[0], answers.seen[1]
    assert "external.combine" not in asked["buttons"]
    where = f"{PM_EN.name}: line 4 of your version, line 4 on disk"
    assert "Both versions changed the same lines" in asked["informative"] and where in asked["informative"]
    assert difference["name"] == "differenceDialog"
    assert any(where in label for label in difference["labels"])
    assert answers.seen[2]["name"] == "externalChangeDialog"  # asked again once the difference is closed
    assert window.save()
    assert b"title: 'Product Manager (draft)'" in path.read_bytes()


def test_a_file_renamed_and_changed_outside_combines_with_the_edits_made_before(make_window, site_copy,  # noqa: F811
                                                                              qtbot):
    """The edits were made to the old file: what the rename brought is their base's change, kept too."""
    window = make_window(site_copy / PM_EN)
    title = window.findChild(QLineEdit, "en.title")
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " (draft)")
    answers = DialogAnswers().expect("external.combine")
    renamed = rename_and_change(site_copy)
    qtbot.waitUntil(lambda: answers.done, timeout=5000)
    assert not answers.errors and answers.seen[0]["text"].endswith("product-manager.md while you were editing it.")
    assert window.manager.posting("en").path == renamed
    assert window.save()
    saved = renamed.read_bytes()
    assert b"title: 'Product Manager (draft)'" in saved and b"## About the agency (pulled)" in saved


def test_edits_restored_over_a_file_changed_since_the_crash_are_combined_from_the_text_they_started_from(
        make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    from tests.ui.test_window_hardening import _colleague_edits, _crash_with_autosaved_edit

    _crash_with_autosaved_edit(make_window, site_copy, qtbot, "Tape avant la panne")
    theirs = _colleague_edits(site_copy)  # a line added at the top of the body
    monkeypatch.setattr(dialogs, "ask_recovery", lambda _parent, entries: (dialogs.RecoveryChoice.RESTORE, entries[0]))
    answers = DialogAnswers().expect("external.combine")
    second = make_window(site_copy)
    second.crash_recovery.offer()
    assert answers.done and not answers.errors
    assert second.save()
    assert (site_copy / PM_FR).read_bytes() == theirs + b"Tape avant la panne"  # typed on the body's last, empty line


def test_edits_restored_from_an_earlier_version_s_recovery_file_cannot_be_combined(make_window, site_copy, qtbot,  # noqa: F811
                                                                                 monkeypatch, recovery_dir):
    """Such a file holds no text the edits started from: combining with the file as it is now would
    take the other program's change for the edits' own starting point and drop it."""
    import json

    from tests.ui.test_window_hardening import _colleague_edits, _crash_with_autosaved_edit

    _crash_with_autosaved_edit(make_window, site_copy, qtbot, "Tape avant la panne")
    for path in recovery_dir.glob("*.json"):
        payload = json.loads(path.read_text(encoding="utf-8"))
        for item in payload["files"].values():
            del item["base"]
        path.write_text(json.dumps(payload), encoding="utf-8")
    _colleague_edits(site_copy)
    offered = []
    monkeypatch.setattr(dialogs, "ask_external_change",
                        lambda _parent, files, **options: offered.append(options) or dialogs.ExternalChoice.KEEP_MINE)
    monkeypatch.setattr(dialogs, "ask_recovery", lambda _parent, entries: (dialogs.RecoveryChoice.RESTORE, entries[0]))
    second = make_window(site_copy)
    second.crash_recovery.offer()
    assert offered and not offered[0]["combinable"]


def test_a_change_found_when_saving_is_combined_and_left_unsaved_to_look_over(make_window, site_copy, qtbot):  # noqa: F811
    """On a drive that sends no notifications the change is found by the save itself."""
    window, mine = edited_here(make_window, site_copy, qtbot, notified=False)
    path = site_copy / PM_EN
    theirs = lever_id_changed(path)
    answers = DialogAnswers().expect("external.combine")
    assert not window.save()
    assert answers.done and not answers.errors
    assert path.read_bytes() == theirs and window.manager.is_modified("en")
    assert window.save()
    assert path.read_bytes() == mine.replace(OLD_ID, NEW_ID)


def test_one_file_that_conflicts_keeps_the_pair_from_being_combined_and_is_the_one_named(make_window, site_copy,  # noqa: F811
                                                                                       qtbot):
    window = make_window(site_copy / PM_EN)
    _type_at_end_of_body(window, qtbot, "en", "We answer every application.")
    title = window.findChild(QLineEdit, "fr.title")
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " senior")
    answers = DialogAnswers().expect("external.keep")
    english, french = site_copy / PM_EN, site_copy / PM_FR
    lever_id_changed(english)
    french.write_bytes(french.read_bytes().replace(b"title: 'Gestionnaire de produit'", b"title: 'Chef de produit'"))
    qtbot.waitUntil(lambda: answers.done, timeout=5000)
    asked = answers.seen[0]
    assert "external.combine" not in asked["buttons"]
    assert PM_FR.name + ": line 4" in asked["informative"] and PM_EN.name + ":" not in asked["informative"]
