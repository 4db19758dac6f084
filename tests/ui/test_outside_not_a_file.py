"""A file of the open pair that another program replaced by something the window cannot read (a
folder, a file made unreadable): said plainly, the edits kept, never an "unexpected error"."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox

from editor.ui import dialogs
from tests.ui.window_fixtures import PM_EN, recovery_dir, settings_file, site_copy  # noqa: F401
from tests.ui.workflow_support import make_window  # noqa: F401


def _replace_by_a_folder(path) -> bytes:
    data = path.read_bytes()
    path.unlink()
    path.mkdir()
    return data


def test_a_file_with_edits_replaced_by_a_folder_is_asked_about_and_the_edits_kept(make_window, site_copy, qtbot,  # noqa: F811
                                                                                  recovery_dir, monkeypatch):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    qtbot.keyClicks(window.findChild(QLineEdit, "en.title"), " (draft)")
    asked, warned = [], []
    monkeypatch.setattr(dialogs, "ask_external_change",
                        lambda _parent, names, **_: asked.append(names) or dialogs.ExternalChoice.TAKE_THEIRS)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_args: warned.append(text))
    _replace_by_a_folder(site_copy / PM_EN)
    window.manager.check_disk()  # what the watcher does once the other program's events settle
    assert asked == [[(site_copy / PM_EN).name]]
    assert window.manager.is_modified("en")  # taking "theirs" could not read it: the edits stay
    assert window.manager.posting("en").get("title") == "Product Manager (draft)"
    assert warned and (site_copy / PM_EN).name in warned[0]


def test_a_file_without_edits_replaced_by_a_folder_is_said(make_window, site_copy, qtbot,  # noqa: F811
                                                          recovery_dir, monkeypatch):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_args: warned.append(text))
    _replace_by_a_folder(site_copy / PM_EN)
    window.manager.check_disk()
    assert warned and (site_copy / PM_EN).name in warned[0]
    window.manager.check_disk()  # the watcher again (the folder changes): said once
    assert len(warned) == 1


def test_a_save_refused_while_the_other_file_is_a_folder_asks_about_the_changed_one(make_window, site_copy, qtbot,  # noqa: F811
                                                                                   recovery_dir, monkeypatch):  # noqa: F811
    """A checkout that changed the edited file and put a folder at the other one's name: working out
    which files changed raised from the save, an "unexpected error" instead of the question."""
    from tests.ui.window_fixtures import PM_FR

    window = make_window(site_copy / PM_EN)
    qtbot.keyClicks(window.findChild(QLineEdit, "en.title"), " (draft)")
    window.manager._disk.stop()  # both changes land before the window looks
    en = site_copy / PM_EN
    en.write_bytes(en.read_bytes().replace(b"\n---\n", b"\nleverId: colleague\n---\n", 1))
    _replace_by_a_folder(site_copy / PM_FR)
    conflicts = []
    window.manager.saveConflict.disconnect()
    window.manager.saveConflict.connect(conflicts.append)
    assert not window.manager.save()
    assert conflicts == [["en", "fr"]] and window.manager.is_modified("en")


def test_a_site_folder_renamed_while_a_pair_holds_edits_is_said_and_never_recreated_where_it_was(
        make_window, site_copy, qtbot, recovery_dir, monkeypatch):  # noqa: F811
    """The whole site renamed (or moved) outside: its files were said to be "deleted", and Recreate,
    the default, made a stray site folder holding only the open pair where the site used to be."""
    import os

    from editor.ui import workflow_dialogs

    window = make_window(site_copy / PM_EN)
    qtbot.keyClicks(window.findChild(QLineEdit, "en.title"), " (draft)")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *_args: warned.append((title, text)))
    monkeypatch.setattr(workflow_dialogs, "ask_vanished",
                        lambda *_a, **_k: pytest.fail("asked to recreate files of a site that was renamed"))
    os.rename(site_copy, site_copy.with_name("renamed"))
    window.manager.check_disk()
    assert not window.save()  # Ctrl+S too: found gone, said the same way
    assert not site_copy.exists()  # no stray copy of the site's folders
    assert [title for title, _ in warned] == ["Site Folder No Longer There"] * 2
    assert str(site_copy) in warned[0][1] and "renamed, moved or deleted" in warned[0][1]
    assert window.manager.is_modified("en") and window.manager.posting("en").get("title") == "Product Manager (draft)"
