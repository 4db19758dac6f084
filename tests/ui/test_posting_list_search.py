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

