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
    during: list[int] = []  # the counts made while the list takes the pairs read again in
    update = window.posting_list.update_entries

    def updating(*args, **options):
        before = len(counted)
        update(*args, **options)
        during.append(len(counted) - before)

    monkeypatch.setattr(window.posting_list, "update_entries", updating)
    window.outside._site_files_changed()  # what the watcher's signal runs, without its pause
    qtbot.waitUntil(lambda: bool(during))
    assert during == [1]
    archived = window.posting_list.filter.itemText(2)
    assert archived.endswith(f"({counts()['archived']})")


def test_the_site_is_looked_at_off_the_ui_thread(make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    """Stating every file of a 5,000-posting site and reading hundreds of changed ones held the window
    for seconds after a checkout: the watcher's answer does both on a worker."""
    import threading

    from editor.model.site import index_update
    from editor.ui import site_controller

    window = make_window(site_copy / PM_EN)
    threads: list[str] = []
    files_of, updated = site_controller._files_of, index_update.updated_index
    monkeypatch.setattr(site_controller, "_files_of",
                        lambda site: threads.append(threading.current_thread().name) or files_of(site))
    monkeypatch.setattr(index_update, "updated_index",
                        lambda index, paths: threads.append(threading.current_thread().name) or updated(index, paths))
    path = next((site_copy / EN).glob("data-analyst--*.md"))
    path.write_text(path.read_text(encoding="utf-8").replace("title: 'Data Analyst'", "title: 'Data Lead'"),
                    encoding="utf-8")
    window.outside._site_files_changed()
    qtbot.waitUntil(lambda: window.site.entry("data-analyst").title("en") == "Data Lead")
    assert len(threads) == 2
    assert threading.main_thread().name not in threads


def test_a_save_while_the_site_is_looked_at_is_not_lost(make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    """The window saves the open pair while the worker looks at the site as it was before: the look is
    done again from the saved index, which keeps the save and the outside change."""
    import threading

    from editor.ui import site_controller

    window = make_window(site_copy / PM_EN)
    held, looking = threading.Event(), threading.Event()
    files_of = site_controller._files_of

    def slow(site):
        if threading.current_thread() is not threading.main_thread() and not held.is_set():
            looking.set()
            held.wait(30)
        return files_of(site)

    monkeypatch.setattr(site_controller, "_files_of", slow)
    other = next((site_copy / EN).glob("data-analyst--*.md"))
    other.write_text(other.read_text(encoding="utf-8").replace("title: 'Data Analyst'", "title: 'Data Lead'"),
                     encoding="utf-8")
    window.outside._site_files_changed()
    qtbot.waitUntil(looking.is_set)
    key = window.manager.key
    window.manager.set_field("en", "title", "Saved Meanwhile")
    assert window.manager.save()
    held.set()
    qtbot.waitUntil(lambda: not window.site.refreshing())
    assert window.site.entry(key).title("en") == "Saved Meanwhile"
    assert window.site.entry("data-analyst").title("en") == "Data Lead"
    from editor.model.hugo.config import Site
    from editor.model.site.index import SiteIndex
    from tests.model.site.test_index_update import described

    assert described(window.site.index) == described(SiteIndex.build(Site.open(site_copy)))


def test_progress_of_many_scattered_pairs_counts_the_filters_once(make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    """The translation status of a storm of outside writes, worked out off the UI thread, changes rows
    here and there: the list counted every filter over every pair once for each run of rows."""
    from editor.model.site.queue import PairProgress

    window = make_window(site_copy / PM_EN)
    model = window.posting_list.model
    keys = [entry.key for entry in window.site.pairs()]
    assert len(keys) >= 5
    counted: list[int] = []
    counts = model.filter_counts

    def counting():
        counted.append(1)
        return counts()

    monkeypatch.setattr(model, "filter_counts", counting)
    runs: list[int] = []
    model.dataChanged.connect(lambda *_: runs.append(1))
    window.posting_list.set_progress({key: PairProgress("draft") for key in keys[::2]})  # every other row
    assert len(runs) > 1  # rows apart, changed in several runs
    assert len(counted) == 1
    assert window.posting_list.filter.itemText(3).endswith(f"({counts()['attention']})")


def test_an_open_file_deleted_and_back_before_the_look_is_not_a_rename(make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    """``git checkout`` of a branch without the open pair, then back: by the time the site had been read
    (seconds on a large site, on the UI thread) the files were back, and the window said "Renamed
    outside the editor: a → a". The site is read off the UI thread; a file back is no deletion."""
    import threading

    from editor.ui import site_controller, workflow_dialogs

    window = make_window(site_copy / PM_EN)
    manager = window.manager
    manager.set_field("en", "title", "Unsaved Title")
    asked: list = []
    monkeypatch.setattr(workflow_dialogs, "ask_vanished", lambda *args, **options: asked.append(args) or
                        workflow_dialogs.VanishedChoice.KEEP)
    held, looking, on_ui_thread = threading.Event(), threading.Event(), []
    files_of = site_controller._files_of

    def slow(site):
        if threading.current_thread() is threading.main_thread():
            on_ui_thread.append(1)
        elif not held.is_set():
            looking.set()
            held.wait(30)
        return files_of(site)

    monkeypatch.setattr(site_controller, "_files_of", slow)
    path = manager.posting("en").path
    kept = path.read_bytes()
    path.unlink()
    manager.check_disk()  # what the pair's watcher runs once the burst settles
    qtbot.waitUntil(looking.is_set)
    path.write_bytes(kept)  # checked out again
    held.set()
    qtbot.waitUntil(lambda: not window.site.refreshing())
    assert not on_ui_thread
    assert asked == []
    assert "Renamed" not in window.statusBar().currentMessage()
    assert manager.posting("en").path == path and manager.posting("en").get("title") == "Unsaved Title"
    path.unlink()  # deleted again: said again
    manager.check_disk()
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert manager.posting("en").get("title") == "Unsaved Title"
