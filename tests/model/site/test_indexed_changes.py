"""A posting known only from the site's index (its file not read again since): a file changed after
the index was made is a changed file, not the version the user chose from."""

from __future__ import annotations

import os
import time

import pytest

from editor.model.hugo.config import Site
from editor.model.site.conflicts import delete_duplicate
from editor.model.site.index import SiteIndex
from editor.model.storage.files import FileChangedError
from tests.model.site.test_conflicts import drafts, posting, write  # noqa: F401


@pytest.fixture(autouse=True)
def index_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", str(tmp_path / "cache"))


def warm_index(root):
    for path in root.rglob("*.md"):
        os.utime(path, (time.time() - 3600,) * 2)  # files this new are not cached
    SiteIndex.build(Site.open(root), workers=1)  # the cache, as the window's earlier run left it
    index = SiteIndex.build(Site.open(root), workers=1)
    assert all("_summary" in vars(p) for entry in index.pairs for p in entry.all_postings())  # not read again
    return index


def test_deleting_an_extra_copy_changed_since_the_index_is_refused(drafts):  # noqa: F811
    keep = write(drafts / "en", "a.md", posting("analyst", "Analyst"))
    extra = write(drafts / "en", "b.md", posting("analyst", "Analyst copy"))
    entry = warm_index(drafts).pair_for_key("analyst")
    assert [p.get("title") for p in entry.postings("en")] == ["Analyst", "Analyst copy"]
    extra.write_text(posting("analyst", "Analyst copy, with a colleague's new paragraph"), encoding="utf-8")
    with pytest.raises(FileChangedError):
        delete_duplicate(entry, extra)
    assert b"colleague" in extra.read_bytes() and keep.exists()


def test_an_indexed_posting_unchanged_on_disk_is_not_changed(drafts):  # noqa: F811
    write(drafts / "en", "a.md", posting("analyst", "Analyst"))
    [indexed] = warm_index(drafts).pair_for_key("analyst").postings("en")
    assert not indexed.disk_changed()



def test_a_save_landing_right_after_the_delete_looked_is_not_deleted(drafts, monkeypatch):  # noqa: F811
    from editor.model.frontmatter.posting import Posting

    write(drafts / "en", "a.md", posting("analyst", "Analyst"))
    extra = write(drafts / "en", "b.md", posting("analyst", "Analyst copy"))
    entry = warm_index(drafts).pair_for_key("analyst")
    looked = Posting.disk_changed

    def then_a_colleague_saves(self):
        answer = looked(self)
        extra.write_text(posting("analyst", "Saved by a colleague just now"), encoding="utf-8")
        return answer

    monkeypatch.setattr(Posting, "disk_changed", then_a_colleague_saves)
    with pytest.raises(FileChangedError):
        delete_duplicate(entry, extra)
    assert b"colleague" in extra.read_bytes()
