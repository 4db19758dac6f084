"""A file of the open pair renamed *and* changed outside the editor while it holds edits (a ``git pull``
bringing both, an export renaming postings to their titles): the window follows the new name, and the
other program's changes are an outside change to settle, never silently overwritten by the next save."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from editor.ui import dialogs
from tests.ui.window_fixtures import (EN, PM_EN, pyside_refcount_guard, recovery_dir,  # noqa: F401
                                      settings_file, site_copy)
from tests.ui.workflow_support import make_window  # noqa: F401

# The window's pauses are shortened (tests/ui/conftest.py): these tests wait for what follows a change.
pytestmark = pytest.mark.usefixtures("short_pauses")


def rename_and_change(site_copy):  # noqa: F811
    old = site_copy / PM_EN
    renamed = site_copy / EN / "product-manager.md"
    renamed.write_bytes(old.read_bytes().replace(b"## About us", b"## About the agency (pulled)"))
    old.unlink()
    return renamed


@pytest.mark.parametrize("choice", [dialogs.ExternalChoice.TAKE_THEIRS, dialogs.ExternalChoice.KEEP_MINE])
def test_a_file_renamed_and_changed_outside_asks_whose_version_wins(make_window, site_copy, qtbot, monkeypatch,  # noqa: F811
                                                                   choice):
    asked = []
    monkeypatch.setattr(dialogs, "ask_external_change", lambda _parent, files, **_: asked.append(files) or choice)
    window = make_window(site_copy / PM_EN)
    qtbot.keyClicks(window.findChild(QLineEdit, "en.title"), " (draft)")
    renamed = rename_and_change(site_copy)
    qtbot.waitUntil(lambda: window.manager.posting("en").path == renamed, timeout=5000)
    assert asked == [["product-manager.md"]]
    window.save()
    saved = renamed.read_bytes()
    if choice is dialogs.ExternalChoice.TAKE_THEIRS:
        assert b"(pulled)" in saved and b"(draft)" not in saved
    else:
        assert b"(draft)" in saved and b"(pulled)" not in saved


def test_a_file_only_renamed_outside_asks_nothing(make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    monkeypatch.setattr(dialogs, "ask_external_change", lambda *_: pytest.fail("nothing changed but the name"))
    window = make_window(site_copy / PM_EN)
    qtbot.keyClicks(window.findChild(QLineEdit, "en.title"), " (draft)")
    renamed = site_copy / EN / "product-manager.md"
    (site_copy / PM_EN).rename(renamed)
    qtbot.waitUntil(lambda: window.manager.posting("en").path == renamed, timeout=5000)
    window.save()
    assert b"(draft)" in renamed.read_bytes()
