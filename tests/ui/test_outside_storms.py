"""A site rewritten under the window in one burst (``git checkout`` of another branch, ``git pull``): the
list takes the changed pairs in at once, not one row at a time each recounting every filter."""

from __future__ import annotations

import pytest

from tests.ui.window_fixtures import EN, PM_EN, pyside_refcount_guard, recovery_dir, settings_file, site_copy  # noqa: F401
from tests.ui.workflow_support import make_window  # noqa: F401

pytestmark = pytest.mark.usefixtures("short_pauses")


def test_many_pairs_changed_outside_count_the_filters_once(make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    files = sorted((site_copy / EN).glob("*--*.md"))
    assert len(files) >= 3
    counted: list[int] = []
    model = window.posting_list.model
    counts = model.filter_counts

    def counting():
        counted.append(1)
        return counts()

    monkeypatch.setattr(model, "filter_counts", counting)
    for path in files:  # every posting changed, as a checkout of another branch does
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("archived: false", "archived: true") + "\nChanged on another branch.\n",
                        encoding="utf-8")
    window.outside._site_files_changed()  # what the watcher's signal runs, without its pause
    assert len(counted) == 1
    archived = window.posting_list.filter.itemText(2)
    assert archived.endswith(f"({counts()['archived']})")
