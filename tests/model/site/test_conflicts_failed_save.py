"""Settling an extra copy whose save fails leaves the site's index as the disk is, so that the
window's dialog (which keeps the index) can try again."""

from __future__ import annotations

import errno

import pytest

from editor.model.frontmatter import posting as posting_module
from editor.model.site.conflicts import archive_duplicate, rekey_duplicate, save_postings
from tests.model.site.test_conflicts import OLD_LEVER, drafts, index_of, posting, write  # noqa: F401  (drafts is a fixture)


@pytest.fixture
def extra_copy(drafts):  # noqa: F811
    write(drafts / "en", "analyst--new.md", posting("analyst", "Analyst"))
    old = write(drafts / "en", "analyst--old.md", posting("analyst", "Old Analyst", lever=OLD_LEVER))
    write(drafts / "fr", "analyste.md", posting("analyst", "Analyste"))
    return drafts, old


def _failing_once(monkeypatch):
    real = posting_module.write_files

    def full(changes):
        monkeypatch.setattr(posting_module, "write_files", real)
        raise OSError(errno.ENOSPC, "No space left on device", str(changes[0].path))

    monkeypatch.setattr(posting_module, "write_files", full)


@pytest.mark.parametrize("settle", [rekey_duplicate, archive_duplicate])
def test_a_settlement_that_could_not_be_written_can_be_made_again(extra_copy, monkeypatch, settle):
    """The failed save had already given the index's copy its new key: trying again with the same
    key was refused as "already has the key analyst-2019", which the file on disk did not have."""
    root, old = extra_copy
    index = index_of(root)
    entry = index.pair_for_key("analyst")
    before = old.read_bytes()
    _failing_once(monkeypatch)
    with pytest.raises(OSError):
        save_postings([settle(index, entry, old, "analyst-2019")])
    assert old.read_bytes() == before
    [kept] = [p for p in entry.postings("en") if p.path == old]
    assert kept.get("translationKey") == "analyst" and not kept.modified
    save_postings([settle(index, entry, old, "analyst-2019")])
    assert b"translationKey: analyst-2019\n" in old.read_bytes()
