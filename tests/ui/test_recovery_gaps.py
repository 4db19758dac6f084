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
