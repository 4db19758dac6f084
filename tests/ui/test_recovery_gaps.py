"""Moments when the window held edits that no recovery file had: a crash then lost them all, not
the last seconds."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from editor.ui import recovery
from tests.ui.window_fixtures import (EN, PM_EN, pyside_refcount_guard, recovery_dir,  # noqa: F401
                                      settings_file, site_copy)
from tests.ui.workflow_support import make_window  # noqa: F401


def recovered_titles(folder) -> list[str]:
    return [entry.titles.get("en", "") for entry in recovery.list_entries(folder)]


def test_edits_followed_to_a_file_renamed_outside_keep_their_recovery_file(make_window, site_copy, qtbot,  # noqa: F811
                                                                           recovery_dir):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    window.manager._autosave.timer.setInterval(600_000)  # only the writes the window makes itself
    qtbot.keyClicks(window.findChild(QLineEdit, "en.title"), " (draft)")
    window.manager.autosave_now()
    assert recovered_titles(recovery_dir) == ["Product Manager (draft)"]
    renamed = site_copy / EN / "product-manager.md"
    (site_copy / PM_EN).rename(renamed)
    qtbot.waitUntil(lambda: window.manager.posting("en").path == renamed, timeout=5000)
    assert window.manager.is_modified("en")
    entries = recovery.list_entries(recovery_dir)  # a crash now
    assert [entry.titles.get("en") for entry in entries] == ["Product Manager (draft)"]
    assert entries[0].paths["en"] == renamed


def test_edits_brought_back_by_undo_of_a_revert_are_kept_for_recovery_at_once(make_window, site_copy, qtbot,  # noqa: F811
                                                                             recovery_dir):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    window.manager._autosave.timer.setInterval(600_000)
    qtbot.keyClicks(window.findChild(QLineEdit, "en.title"), " (draft)")
    window.manager.revert()
    assert window.manager.undo_revert()
    assert recovered_titles(recovery_dir) == ["Product Manager (draft)"]


def test_an_autosave_after_an_outside_change_still_asks_about_it_when_restored(make_window, site_copy, qtbot,  # noqa: F811
                                                                               recovery_dir, monkeypatch):  # noqa: F811
    """The recovery file noted the file as it was on disk when it was written, not as the edits
    started from it: a colleague's change landing before the autosave (a git pull while the window
    asked nothing yet) was taken for the edits' own starting point, and after a crash the restored
    edits were put over it without a question, so the next save reverted the colleague's work."""
    from editor.ui import dialogs

    first = make_window(site_copy / PM_EN)
    first.manager._autosave.timer.setInterval(600_000)
    qtbot.keyClicks(first.findChild(QLineEdit, "en.title"), " (draft)")
    path = site_copy / PM_EN
    path.write_bytes(path.read_bytes().replace(b"\n---\n", b"\nleverId: colleague\n---\n", 1))
    first.manager.autosave_now()  # the timer fires before the window has read the change
    first.manager._autosave.stop()
    first.manager._pair = None  # the crash

    second = make_window(site_copy)
    asked = []
    monkeypatch.setattr(dialogs, "ask_recovery", lambda _parent, entries: (dialogs.RecoveryChoice.RESTORE, entries[0]))
    monkeypatch.setattr(dialogs, "ask_external_change",
                        lambda _parent, names, **_: asked.append(names) or dialogs.ExternalChoice.KEEP_MINE)
    second.crash_recovery.offer()
    assert asked == [[path.name]]


def test_an_autosave_that_keeps_failing_says_so_once(make_window, site_copy, qtbot, recovery_dir,  # noqa: F811
                                                     monkeypatch):
    """A full disk under the recovery folder opened a "Not saved" box at every autosave, every few
    seconds of typing; it is said once, and again only after an autosave went through."""
    import errno

    from PySide6.QtWidgets import QMessageBox

    window = make_window(site_copy / PM_EN)
    window.manager._autosave.timer.setInterval(600_000)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_args: warned.append(text))
    real = recovery.write_entry

    def full(folder, entry):
        raise OSError(errno.ENOSPC, "No space left on device", str(folder))

    monkeypatch.setattr(recovery, "write_entry", full)
    title = window.findChild(QLineEdit, "en.title")
    for text in (" (draft)", " again", " and again"):
        qtbot.keyClicks(title, text)
        assert window.manager.autosave_now() is None
    assert len(warned) == 1
    monkeypatch.setattr(recovery, "write_entry", real)
    qtbot.keyClicks(title, ".")
    assert window.manager.autosave_now() is not None  # room again
    monkeypatch.setattr(recovery, "write_entry", full)
    qtbot.keyClicks(title, ".")
    window.manager.autosave_now()
    assert len(warned) == 2
