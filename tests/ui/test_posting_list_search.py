"""The list's search text is built when a search needs it, never before the window's first paint."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from editor.model.hugo.config import Site
from editor.model.site.index import SiteIndex
from editor.model.site.index_cache import IndexCache
from editor.ui.posting_list_model import KEY_ROLE, PostingFilterModel, PostingListModel

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample-site"


def _indexed_site(tmp_path) -> SiteIndex:
    """The sample site indexed from a warm cache: its postings are summaries, files not read yet."""
    root = shutil.copytree(SAMPLE, tmp_path / "site")
    an_hour_ago = time.time() - 3600
    for path in (root / "content").rglob("*.md"):
        os.utime(path, (an_hour_ago, an_hour_ago))
    cache = tmp_path / "cache.json"
    SiteIndex.build(Site.open(root), cache=IndexCache(cache))
    return SiteIndex.build(Site.open(root), cache=IndexCache(cache))


def _files_read(index: SiteIndex) -> int:
    return sum(1 for entry in index.pairs for posting in entry.all_postings() if "_raw" in posting.__dict__)


def test_listing_and_filtering_read_no_file_and_a_search_still_finds_body_text(qapp, tmp_path):
    index = _indexed_site(tmp_path)
    model = PostingListModel()
    proxy = PostingFilterModel()
    proxy.setSourceModel(model)
    model.set_entries(index.pairs)
    proxy.set_filter("open")
    model.filter_counts()
    assert proxy.rowCount() > 0
    assert _files_read(index) == 0
    # A word only the body of one pair holds (not its title, key or Lever ID).
    entry = next(e for e in index.pairs if e.first("en") is not None and e.first("en").valid)
    word = next(w for w in entry.first("en").body.casefold().split() if len(w) > 9 and w.isalpha()
                and not any(w in str(e.first("en").get("title") or "").casefold() for e in index.pairs if e.first("en")))
    proxy.set_filter("all")
    proxy.set_search(word)
    shown = {proxy.index(row, 0).data(KEY_ROLE) for row in range(proxy.rowCount())}
    assert entry.key in shown



def test_switching_the_filter_counts_the_filters_once_not_per_row_removed(qapp, qtbot, tmp_path, monkeypatch):
    """Open postings on a site whose archived ones lie between them: the list removes the archived
    rows range by range (601 ranges on the 5,000-posting site), and each removal counted every filter
    over every pair again: the window froze 20 s."""
    from dataclasses import replace

    from editor.ui.posting_list import PostingList

    index = _indexed_site(tmp_path)
    archived = next(e for e in index.pairs if e.archived is True)
    open_ = next(e for e in index.pairs if e.archived is False)
    entries = [replace(archived if n % 2 else open_, key=f"pair-{n}") for n in range(200)]
    widget = PostingList()
    qtbot.addWidget(widget)
    widget.set_entries(entries)
    counted = []
    real = widget.model.filter_counts
    monkeypatch.setattr(widget.model, "filter_counts", lambda: counted.append(1) or real())
    widget.filter.setCurrentIndex(1)  # open postings
    assert widget.proxy.rowCount() == 100
    assert counted == []  # a filter shows other rows; what each filter counts has not changed
    assert widget.filter.itemText(1).endswith("(100)") and widget.filter.itemText(2).endswith("(100)")
    widget.set_entries(entries[:50])  # what the filters count follows the pairs
    assert widget.filter.itemText(0).endswith("(50)") and widget.filter.itemText(1).endswith("(25)")
    from editor.ui import i18n

    i18n.install_translator(qapp, "en")  # the plural forms of "%n of %1 posting(s)", as the app installs them
    qtbot.waitUntil(lambda: widget.count.text() == "25 of 50 postings")
    i18n.install_translator(qapp, "fr")
    qtbot.waitUntil(lambda: widget.count.text() == "25 offres sur 50")
    widget.set_entries(entries[:2])  # one open posting of two
    assert widget.count.text() == "1 offre sur 2"  # it said « 1 offres sur 2 »


def test_painting_rows_again_makes_each_status_icon_once(qapp, tmp_path, monkeypatch):
    """A row's icon is asked for at every paint; making one looks for its file on disk and reads
    the SVG, which showed in the profile of a change on 5,000 postings."""
    from PySide6.QtCore import Qt

    from editor.ui import posting_list_model

    made = []
    real = posting_list_model.status_icon
    monkeypatch.setattr(posting_list_model, "status_icon", lambda name: made.append(name) or real(name))
    index = _indexed_site(tmp_path)
    model = PostingListModel()
    model.set_entries(index.pairs)
    for _paint in range(3):
        icons = [model.index(row, 0).data(Qt.ItemDataRole.DecorationRole) for row in range(model.rowCount())]
    assert all(not icon.isNull() for icon in icons)
    assert sorted(made) == sorted(set(made)) and len(made) >= 2  # each status once, several statuses shown


def test_a_narrow_list_elides_its_rows_instead_of_scrolling_sideways(qapp, qtbot, tmp_path):
    """At 150% scale on a 1366×768 laptop the list is under 200 px wide: rows asked for 200 px, so the
    titles were cut at the edge and a sideways scroll bar appeared."""
    from editor.ui.posting_list import PostingList

    index = _indexed_site(tmp_path)
    listing = PostingList()
    qtbot.addWidget(listing)
    listing.set_entries(index.pairs)
    listing.resize(150, 400)
    listing.show()
    qapp.processEvents()
    view = listing.view
    assert view.model().rowCount() > 1
    assert view.horizontalScrollBar().maximum() == 0
    assert view.visualRect(view.model().index(0, 0)).width() <= view.viewport().width()


def test_progress_changes_only_the_rows_that_show_something_else(qapp, tmp_path):
    """The translation queue's first progress usually says what the index said already: a change of
    every row made the views sort, filter, count and paint them all again for nothing."""
    from editor.model.site.queue import PairProgress
    from editor.ui.queue_texts import fallback_progress

    index = _indexed_site(tmp_path)
    model = PostingListModel()
    model.set_entries(index.pairs)
    model.filter_counts()  # every row worked out, as the list's counts and filter do
    changed = []
    model.dataChanged.connect(lambda first, last: changed.append((first.row(), last.row())))
    progress = {entry.key: fallback_progress(entry) for entry in index.pairs}
    model.set_progress(progress)
    assert changed == []
    row = next(row for row, entry in enumerate(index.pairs) if progress[entry.key].word == "ok")
    progress[index.pairs[row].key] = PairProgress("draft")
    model.set_progress(progress)
    assert changed == [(row, row)]
    assert model.statuses(index.pairs[row])[0] == "draft"


def test_a_list_that_shows_no_row_says_why(qapp, qtbot, tmp_path):
    """A filter or search leaving no row showed a blank list, read as a site without postings or a
    window still loading."""
    from editor.ui.posting_list import PostingList

    index = _indexed_site(tmp_path)
    widget = PostingList()
    qtbot.addWidget(widget)
    widget.show()
    widget.set_entries(index.pairs)
    assert widget.empty_note.isHidden() and widget.view.isVisibleTo(widget)
    widget.search.setText("zzzqqq")
    widget._apply_search(now=True)
    assert widget.proxy.rowCount() == 0
    assert widget.empty_note.text() == "No posting matches “zzzqqq”." and widget.empty_note.isVisibleTo(widget)
    widget.filter.setCurrentIndex(2)  # archived postings
    assert widget.empty_note.text() == "No posting among “Archived postings” matches “zzzqqq”."
    widget.search.setText("")
    widget._apply_search(now=True)
    assert widget.proxy.rowCount() > 0 and widget.empty_note.isHidden() and widget.view.isVisibleTo(widget)
    widget.set_entries([entry for entry in index.pairs if entry.archived is False])
    assert widget.filter.currentIndex() == 2 and widget.proxy.rowCount() == 0  # no archived posting left
    assert widget.empty_note.text() == ("No posting to show under “Archived postings”. "
                                        "Choose “All postings” to see every posting.")


def test_the_note_of_a_list_showing_no_row_in_french(qapp, qtbot, tmp_path):
    from editor.ui import i18n
    from editor.ui.posting_list import PostingList

    index = _indexed_site(tmp_path)
    i18n.install_translator(qapp, "fr")
    try:
        widget = PostingList()
        qtbot.addWidget(widget)
        widget.set_entries(index.pairs)
        widget.search.setText("zzzqqq")
        widget._apply_search(now=True)
        assert widget.empty_note.text() == "Aucune offre ne correspond à «\u00a0zzzqqq\u00a0»."
    finally:
        i18n.install_translator(qapp, "en")
