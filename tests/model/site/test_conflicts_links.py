"""Settling a key used twice when one of the files is a symbolic link to the other (an old name
kept as a link after a rename): the link is the extra copy, and the posting it leads to must stay."""

from __future__ import annotations

import pytest

from editor.model.site.conflicts import ConflictError, archive_duplicate, delete_duplicate, rekey_duplicate
from editor.model.site.index import SiteIndex, Status
from editor.model.hugo.config import Site
from tests.model.site.test_conflicts import posting, write


@pytest.fixture
def linked(tmp_path):
    """A pair whose English posting also has an old name, a symbolic link to it."""
    for lang in ("en", "fr"):
        (tmp_path / lang).mkdir()
    live = write(tmp_path / "en", "analyst--new.md", posting("analyst", "Analyst"))
    write(tmp_path / "fr", "analyste.md", posting("analyst", "Analyste"))
    old = tmp_path / "en" / "analyst--old.md"
    old.symlink_to(live.name)
    return tmp_path, live, old


def entry_of(root):
    return SiteIndex.build(Site.open(root), workers=1).pair_for_key("analyst")


def test_deleting_the_link_removes_the_link_and_keeps_the_posting_it_leads_to(linked):
    root, live, old = linked
    before = live.read_bytes()
    assert delete_duplicate(entry_of(root), old) == old
    assert not old.is_symlink() and live.read_bytes() == before
    assert entry_of(root).status == Status.OK


@pytest.mark.parametrize("settle", [
    lambda index, entry, path: rekey_duplicate(index, entry, path, "analyst-old"),
    lambda index, entry, path: archive_duplicate(index, entry, path),
], ids=["rekey", "archive"])
def test_the_link_is_not_given_a_key_or_archived_through_the_posting_it_leads_to(linked, settle):
    root, live, old = linked
    index = SiteIndex.build(Site.open(root), workers=1)
    with pytest.raises(ConflictError, match="symbolic link to analyst--new.md") as refused:
        settle(index, index.pair_for_key("analyst"), old)
    assert "Delete the link, analyst--old.md" in str(refused.value)


def test_the_posting_a_link_of_the_pair_leads_to_is_not_deleted_rekeyed_or_archived(linked):
    root, live, old = linked
    index = SiteIndex.build(Site.open(root), workers=1)
    entry = index.pair_for_key("analyst")
    before = live.read_bytes()
    for settle in (lambda: delete_duplicate(entry, live), lambda: rekey_duplicate(index, entry, live, "other"),
                   lambda: archive_duplicate(index, entry, live)):
        with pytest.raises(ConflictError, match="Delete the link, analyst--old.md"):
            settle()
    assert live.read_bytes() == before and old.is_symlink()
