"""After Ctrl+S only the saved pair is read again: the index is what a full re-read gives, the list
changes that pair's row without a reset (selection and scroll stay), and a search reads again only
the files whose content changed. View ▸ Reload Site reads the site off the UI thread."""

from __future__ import annotations

import threading

import pytest

from editor.model.hugo.config import Site
from editor.model.site.index import SiteIndex
from editor.ui import posting_list_model
from editor.ui.site_controller import SiteController
from tests.model.site.test_index_update import described
from tests.ui.window_fixtures import (PM_EN, pyside_refcount_guard, recovery_dir, reload_held,  # noqa: F401
                                      settings_file, site_copy)
from tests.ui.workflow_support import make_window  # noqa: F401

pytestmark = pytest.mark.usefixtures("short_pauses")


def fresh(root) -> list:
    return described(SiteIndex.build(Site.open(root)))


def resets(window) -> list:
    found: list = []
    window.posting_list.model.modelReset.connect(lambda: found.append(1))
    return found


def test_saving_a_title_changes_that_row_only(make_window, site_copy, qtbot):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    before = {entry.key: entry for entry in window.site.pairs()}
    reset = resets(window)
    changed: list = []
    window.posting_list.model.dataChanged.connect(lambda first, last: changed.append((first.row(), last.row())))
    assert window.manager.set_field("en", "title", "Product Lead")
    assert window.save()
    assert described(window.site.index) == fresh(site_copy)
    assert not reset
    assert window.posting_list.current_key() == "product-manager"
    assert window.posting_list.view.currentIndex().data() == "Product Lead"
    row = window.posting_list.model.row_of("product-manager")
    assert (row, row) in changed and all(first == last == row for first, last in changed)
    for entry in window.site.pairs():
        assert (entry is before[entry.key]) == (entry.key != "product-manager")


def test_saving_another_key_and_archived(make_window, site_copy, qtbot):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    count = len(window.posting_list.keys())
    reset = resets(window)
    assert window.manager.set_shared("translationKey", "product-lead")
    assert window.manager.set_archived(True)
    assert window.save()
    assert described(window.site.index) == fresh(site_copy)
    assert not reset
    keys = window.posting_list.keys()
    assert "product-lead" in keys and "product-manager" not in keys and len(keys) == count
    assert window.posting_list.current_key() == window.manager.key == "product-lead"
    assert "archived" in window.posting_list.model.statuses(window.site.entry("product-lead"))


def test_a_search_after_a_save_reads_the_changed_file_only(make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    read: list = []
    real = posting_list_model.file_search_text
    monkeypatch.setattr(posting_list_model, "file_search_text", lambda posting: read.append(posting.path) or real(posting))
    window.posting_list.proxy.set_search("zebra")
    assert len(read) == sum(len(entry.all_postings()) for entry in window.site.pairs())
    read.clear()
    assert window.manager.set_field("en", "title", "Zebra keeper")
    assert window.save()
    window.posting_list.proxy.set_search("zebra keeper")
    assert read == [site_copy / PM_EN]
    assert window.posting_list.keys() == ["product-manager"]
    read.clear()
    window.outside.reload_site()  # every pair read again, the files unchanged: no body read again
    qtbot.waitUntil(lambda: not window.site.reloading())
    window.posting_list.proxy.set_search("keeper")
    assert read == [] and window.posting_list.keys() == ["product-manager"]


def test_a_save_while_the_site_is_read_again_is_not_lost(qapp, qtbot, site_copy, monkeypatch):  # noqa: F811
    with reload_held(site_copy, monkeypatch, qtbot) as controller:
        posting = controller.entry("product-manager").first("en")
        posting.set("title", "Saved meanwhile")
        posting.save()
        controller.update([posting.path])
        assert controller.entry("product-manager").title("en") == "Saved meanwhile"
    assert controller.entry("product-manager").title("en") == "Saved meanwhile"
    assert described(controller.index) == fresh(site_copy)
    assert not controller.refresh()  # the saved file's new time and size are known
    controller.shutdown()


def test_the_search_box_used_reads_the_texts_off_the_ui_thread(make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    on_ui_thread: list = []
    real = posting_list_model.file_search_text

    def counted(posting):
        if threading.current_thread() is threading.main_thread():
            on_ui_thread.append(posting.path)
        return real(posting)

    monkeypatch.setattr(posting_list_model, "file_search_text", counted)
    search = window.posting_list.search
    qtbot.keyClicks(search, "o")  # as the first key typed in the box
    window.posting_list._search_timer.stop()  # its search would read what is missing on the UI thread
    qtbot.waitUntil(lambda: not window.posting_list.model.missing_texts())
    search.clear()
    window.posting_list.proxy.set_search("about the role")
    assert on_ui_thread == []
    found = window.posting_list.keys()
    window.posting_list.model.set_entries(window.site.pairs())  # every text read on the UI thread
    window.posting_list.proxy.set_search("about the role")
    assert on_ui_thread and window.posting_list.keys() == found


def test_a_search_typed_while_the_texts_are_read_waits_for_them(make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    go_on = threading.Event()
    real = posting_list_model.read_search_texts

    def slow(files, stop=None):
        go_on.wait(10)
        return real(files, stop)

    monkeypatch.setattr("editor.ui.posting_list.read_search_texts", slow)
    listing = window.posting_list
    qtbot.keyClicks(listing.search, "product manager")
    qtbot.waitUntil(lambda: listing._search_waiting, timeout=5000)  # past the pause after typing
    assert len(listing.keys()) > 1  # the search waits for the texts
    go_on.set()
    qtbot.waitUntil(lambda: listing.keys() == ["product-manager"])
    assert not listing._search_waiting


def test_a_save_named_through_a_link_to_the_site_is_known(qapp, site_copy, monkeypatch):  # noqa: F811
    # The window's saved paths may name the site otherwise than its index does (opened through a link):
    # the saved file was then taken for an outside change, and the whole site read again.
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", str(site_copy.parent / "cache"))
    link = site_copy.parent / "link-to-site"
    link.symlink_to(site_copy)
    controller = SiteController()
    controller.open(link)
    posting = controller.entry("product-manager").first("en")
    posting.set("title", "Saved through the link")
    posting.save()
    controller.update([link / posting.path.relative_to(site_copy)])
    assert controller.entry("product-manager").title("en") == "Saved through the link"
    assert not controller.refresh()  # the saved file's new time and size are known
    controller.shutdown()
