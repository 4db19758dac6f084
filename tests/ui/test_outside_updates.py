"""Files changed, added, deleted or renamed by another program (an editor, ``git pull``): the window
reads again only those files. Its index is what a full re-read gives, and only their rows change in
the list (no reset; the other pairs are the same objects)."""

from __future__ import annotations

import os
import threading

import pytest

from editor.model.hugo.config import Site
from editor.model.site.index import SiteIndex
from editor.ui import site_controller
from tests.model.site.test_index_update import described
from tests.ui.window_fixtures import (EN, NEW_POSTING, PM_EN, pyside_refcount_guard, recovery_dir,  # noqa: F401
                                      reload_held, settings_file, site_copy)
from tests.ui.workflow_support import make_window  # noqa: F401

pytestmark = pytest.mark.usefixtures("short_pauses")



def _file(site, prefix: str):
    return next((site / EN).glob(f"{prefix}--*.md"))


def _watched(window, monkeypatch) -> dict:
    """The window ready for an outside change: what it holds now, and a record of what follows."""
    seen: dict = {"before": {entry.key: entry for entry in window.site.pairs()}, "resets": [], "rows": [],
                  "built": []}  # full builds on the UI thread
    window.posting_list.model.modelReset.connect(lambda: seen["resets"].append(1))
    window.posting_list.model.dataChanged.connect(lambda first, last: seen["rows"].append((first.row(), last.row())))
    build = SiteIndex.build

    def counted(site, **options):
        if threading.current_thread() is threading.main_thread():  # the memory reads the site on a worker
            seen["built"].append(site)
        return build(site, **options)

    monkeypatch.setattr(site_controller.SiteIndex, "build", counted)
    return seen


def _noticed(window, site, seen, touched: set[str], qtbot) -> None:
    """The watcher's answer, then: a fresh build's index, only ``touched`` pairs new, no full read."""
    window.outside._site_files_changed()  # what the watcher's signal runs, without its pause
    qtbot.waitUntil(lambda: not window.site.refreshing())  # the files are looked at off the UI thread
    assert seen["built"] == []
    assert described(window.site.index) == described(SiteIndex.build(Site.open(site)))
    assert not seen["resets"]
    for entry in window.site.pairs():
        known = seen["before"].get(entry.key)
        assert (entry is known) == (entry.key not in touched), entry.key
    assert sorted(window.posting_list.keys()) == sorted(entry.key for entry in window.site.pairs())
    assert not window.site.refresh()  # the new snapshot is known


def test_a_file_changed_outside_changes_its_row_only(make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    seen = _watched(window, monkeypatch)
    path = _file(site_copy, "data-analyst")
    path.write_text(path.read_text(encoding="utf-8").replace("title: 'Data Analyst'", "title: 'Data Lead'"),
                    encoding="utf-8")
    _noticed(window, site_copy, seen, {"data-analyst"}, qtbot)
    assert window.site.entry("data-analyst").title("en") == "Data Lead"
    row = window.posting_list.model.row_of("data-analyst")
    assert seen["rows"] and all(first == last == row for first, last in seen["rows"])
    assert window.posting_list.current_key() == "product-manager"


def test_a_file_added_outside_adds_its_row(make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    seen = _watched(window, monkeypatch)
    (site_copy / EN / "archivist.md").write_text(NEW_POSTING, encoding="utf-8")
    _noticed(window, site_copy, seen, {"archivist"}, qtbot)
    assert "archivist" in window.posting_list.keys()
    assert window.site.entry("archivist").status == "missing-fr"


def test_a_file_deleted_outside_changes_its_row(make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    seen = _watched(window, monkeypatch)
    _file(site_copy, "data-analyst").unlink()
    _noticed(window, site_copy, seen, {"data-analyst"}, qtbot)
    assert window.site.entry("data-analyst").status == "missing-en"


def test_a_file_renamed_outside_to_another_key(make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    seen = _watched(window, monkeypatch)
    path = _file(site_copy, "data-analyst")
    target = site_copy / EN / "archivist.md"
    os.rename(path, target)
    target.write_text(target.read_text(encoding="utf-8").replace("translationKey: data-analyst",
                                                                 "translationKey: archivist"), encoding="utf-8")
    _noticed(window, site_copy, seen, {"data-analyst", "archivist"}, qtbot)
    assert window.site.entry("archivist").first("en").path == target
    assert window.site.entry("data-analyst").status == "missing-en"


def test_an_unchanged_site_is_not_read_again(make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    seen = _watched(window, monkeypatch)
    index = window.site.index
    assert not window.site.refresh()
    assert window.site.index is index and seen["built"] == []


def test_a_change_noticed_while_the_site_is_read_again_is_not_lost(qapp, qtbot, site_copy, monkeypatch):  # noqa: F811
    with reload_held(site_copy, monkeypatch, qtbot) as controller:
        path = _file(site_copy, "data-analyst")
        path.write_text(path.read_text(encoding="utf-8").replace("title: 'Data Analyst'", "title: 'Data Lead'"),
                        encoding="utf-8")
        assert controller.refresh()
        assert controller.entry("data-analyst").title("en") == "Data Lead"
    assert controller.entry("data-analyst").title("en") == "Data Lead"
    assert described(controller.index) == described(SiteIndex.build(Site.open(site_copy)))
    assert not controller.refresh()
    controller.shutdown()
