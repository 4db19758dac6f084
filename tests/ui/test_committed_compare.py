"""View ▸ Compare with Last Commit…: a reviser sees what the pair changes from the committed version."""

from __future__ import annotations

import subprocess

from PySide6.QtWidgets import QMessageBox

from editor.ui import committed_compare
from tests.ui.window_fixtures import (PM_EN, opened_window, pyside_refcount_guard, recovery_dir,  # noqa: F401
                                      settings_file, site_copy, type_at_end)


def _commit(folder) -> None:
    for command in (["init", "-q"], ["add", "-A"],
                    ["-c", "user.name=Writer", "-c", "user.email=writer@example.org", "commit", "-q", "-m", "Site"]):
        subprocess.run(["git", *command], cwd=folder, check=True, capture_output=True, timeout=60)


def test_the_difference_from_the_last_commit_holds_saved_and_unsaved_edits(qtbot, site_copy, settings_file,  # noqa: F811
                                                                          recovery_dir, monkeypatch):
    _commit(site_copy)
    with opened_window(site_copy / PM_EN, settings_file, recovery_dir) as window:
        english = window.pair_editor.columns["en"].body
        type_at_end(english, "\nA line saved since the commit.\n")
        assert window.save()
        type_at_end(english, "A line not saved yet.\n")
        shown = []
        monkeypatch.setattr(committed_compare.dialogs, "show_difference",
                            lambda _parent, diff, **words: shown.append((diff, words["title"])))
        window.app_actions["compare_committed"].trigger()
        diff, title = shown[0]
        assert title == "Changes since the last commit"
        assert "(last commit)" in diff and "+A line saved since the commit." in diff and "+A line not saved yet." in diff
        assert "gestionnaire" not in diff  # the French file did not change: no diff of it


def test_a_site_outside_git_says_there_is_nothing_to_compare_with(qtbot, site_copy, settings_file, recovery_dir,  # noqa: F811
                                                                  monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: said.append(text))
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(site_copy.parent))
    with opened_window(site_copy / PM_EN, settings_file, recovery_dir) as window:
        window.app_actions["compare_committed"].trigger()
    assert said and "is not in a git repository" in said[0]
