"""Settling conflicts: a shared field taken from one language, an extra file using a key."""

from __future__ import annotations

import pytest

from editor.model.site.conflicts import (ConflictError, DuplicateKey, FieldConflict, archive_duplicate, delete_duplicate,
                                    pair_conflicts, rekey_duplicate, save_postings, suggest_key, take_field)
from editor.model.storage.files import FileChangedError
from editor.model.site.index import SiteIndex, Status
from editor.model.hugo.config import Site

LEVER = "0f8fad5b-d9cb-469f-a165-70867728950e"
OLD_LEVER = "7a1b2c3d-0000-4a6b-9c0d-1e2f3a4b5c6d"


def posting(key, title, archived="false", lever=LEVER, extra=""):
    lever_line = f"leverId: {lever}\n" if lever is not None else ""
    return (f"---\nlayout: job-posting\ntype: section\ntitle: {title}\ndescription: d\narchived: {archived}\n"
            f"translationKey: {key}\n{lever_line}{extra}---\nBody\n")


@pytest.fixture
def drafts(tmp_path):
    for lang in ("en", "fr"):
        (tmp_path / lang).mkdir()
    return tmp_path


def write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def index_of(root):
    return SiteIndex.build(Site.open(root), workers=1)


def test_field_conflict_takes_one_languages_value_with_minimal_edits(drafts):
    en = write(drafts / "en", "analyst.md", posting("analyst", "Analyst", lever=LEVER))
    fr = write(drafts / "fr", "analyste.md", posting("analyst", "Analyste", lever=OLD_LEVER, archived="true"))
    entry = index_of(drafts).pair_for_key("analyst")
    conflicts = pair_conflicts(entry)
    assert [c.field for c in conflicts] == ["archived", "leverId"]
    assert all(isinstance(c, FieldConflict) for c in conflicts)
    assert conflicts[1].value_of("fr") == (True, OLD_LEVER)
    en_before, fr_before = en.read_bytes(), fr.read_bytes()

    changed = take_field(entry, "leverId", "en")
    assert [p.path for p in changed] == [fr]
    save_postings(changed)
    assert en.read_bytes() == en_before
    assert fr.read_bytes() == fr_before.replace(OLD_LEVER.encode(), LEVER.encode())

    entry = index_of(drafts).pair_for_key("analyst")
    save_postings(take_field(entry, "archived", "fr"))
    assert en.read_bytes() == en_before.replace(b"archived: false", b"archived: true")
    entry = index_of(drafts).pair_for_key("analyst")
    assert pair_conflicts(entry) == [] and entry.status == Status.OK


def test_taking_a_missing_field_removes_it_from_the_other_file(drafts):
    write(drafts / "en", "analyst.md", posting("analyst", "Analyst", lever=None))
    fr = write(drafts / "fr", "analyste.md", posting("analyst", "Analyste"))
    entry = index_of(drafts).pair_for_key("analyst")
    save_postings(take_field(entry, "leverId", "en"))
    assert b"leverId" not in fr.read_bytes()
    assert index_of(drafts).pair_for_key("analyst").status == Status.OK


def test_field_resolution_refuses_what_it_cannot_do(drafts):
    write(drafts / "en", "analyst.md", posting("analyst", "Analyst"))
    write(drafts / "fr", "analyste.md", posting("analyst", "Analyste"))
    entry = index_of(drafts).pair_for_key("analyst")
    with pytest.raises(ConflictError, match="already agree"):
        take_field(entry, "leverId", "en")
    with pytest.raises(ConflictError, match="not a shared field"):
        take_field(entry, "title", "en")
    write(drafts / "fr", "analyste.md", posting("analyst", "Analyste", archived="true"))
    write(drafts / "en", "broken.md", "---\nlayout: job-posting\ntranslationKey: analyst\ntitle: [x\n---\n")
    entry = index_of(drafts).pair_for_key("analyst")
    with pytest.raises(ConflictError, match="cannot be read"):
        take_field(entry, "archived", "en")


def test_key_used_twice_is_listed_and_an_extra_copy_can_be_rekeyed(drafts):
    keep = write(drafts / "en", "analyst--new.md", posting("analyst", "Analyst"))
    old = write(drafts / "en", "analyst--old.md", posting("analyst", "Old Analyst", lever=OLD_LEVER))
    write(drafts / "fr", "analyste.md", posting("analyst", "Analyste"))
    write(drafts / "en", "designer.md", posting("designer", "Designer"))
    index = index_of(drafts)
    entry = index.pair_for_key("analyst")
    [duplicate, field] = pair_conflicts(entry)
    assert isinstance(duplicate, DuplicateKey) and duplicate.lang == "en"
    assert sorted(p.path for p in duplicate.postings) == sorted([keep, old])
    assert field.field == "leverId"
    with pytest.raises(ConflictError, match="disagree .* among themselves"):
        take_field(entry, "leverId", "en")
    with pytest.raises(ConflictError, match="already has the key"):
        rekey_duplicate(index, entry, old, "analyst")
    with pytest.raises(ConflictError, match="already used by the English file designer.md"):
        rekey_duplicate(index, entry, old, "designer")
    with pytest.raises(ConflictError, match="empty"):
        rekey_duplicate(index, entry, old, "  ")
    before = old.read_bytes()
    save_postings([rekey_duplicate(index, entry, old, "analyst-2019")])
    assert old.read_bytes() == before.replace(b"translationKey: analyst\n", b"translationKey: analyst-2019\n")
    index = index_of(drafts)
    assert index.pair_for_key("analyst").status == Status.OK
    assert index.pair_for_key("analyst-2019").status == Status.MISSING_FR


def test_archiving_an_extra_copy_gives_it_a_key_of_its_own_shared_by_its_old_counterpart(drafts):
    write(drafts / "en", "analyst--new.md", posting("analyst", "Analyst"))
    old_en = write(drafts / "en", "analyst--old.md", posting("analyst", "Old Analyst", lever=OLD_LEVER))
    write(drafts / "fr", "analyste--new.md", posting("analyst", "Analyste"))
    old_fr = write(drafts / "fr", "analyste--old.md", posting("analyst", "Ancienne", lever=OLD_LEVER))
    index = index_of(drafts)
    entry = index.pair_for_key("analyst")
    assert suggest_key(index, entry, old_en) == "analyst-7a1b2c3d"
    save_postings([archive_duplicate(index, entry, old_en)])
    index = index_of(drafts)
    entry = index.pair_for_key("analyst")
    save_postings([archive_duplicate(index, entry, old_fr)])
    index = index_of(drafts)
    assert index.pair_for_key("analyst").status == Status.OK
    archived = index.pair_for_key("analyst-7a1b2c3d")
    assert archived.status == Status.OK and archived.archived is True
    assert {p.path for p in archived.all_postings()} == {old_en, old_fr}


def test_suggested_key_without_a_leverid_of_its_own_is_unique(drafts):
    write(drafts / "en", "a.md", posting("analyst", "Analyst"))
    b = write(drafts / "en", "b.md", posting("analyst", "Analyst copy"))
    write(drafts / "en", "c.md", posting("analyst-archived", "Older", lever=OLD_LEVER))
    index = index_of(drafts)
    assert suggest_key(index, index.pair_for_key("analyst"), b) == "analyst-archived-2"


def test_delete_only_an_extra_copy(drafts):
    keep = write(drafts / "en", "a.md", posting("analyst", "Analyst"))
    extra = write(drafts / "en", "b.md", posting("analyst", "Analyst copy"))
    index = index_of(drafts)
    entry = index.pair_for_key("analyst")
    with pytest.raises(ConflictError, match="not one of the files"):
        delete_duplicate(entry, drafts / "en" / "nothing.md")
    extra.write_text(posting("analyst", "Changed meanwhile"), encoding="utf-8")
    _ = entry.postings("en")[1].body  # read now: the next outside change comes after
    extra.write_text(posting("analyst", "Changed again"), encoding="utf-8")
    with pytest.raises(FileChangedError):
        delete_duplicate(entry, extra)
    assert extra.exists()
    entry = index_of(drafts).pair_for_key("analyst")
    assert delete_duplicate(entry, extra) == extra
    assert not extra.exists() and keep.exists()
    entry = index_of(drafts).pair_for_key("analyst")
    with pytest.raises(ConflictError, match="only English file"):
        delete_duplicate(entry, keep)


def test_save_writes_nothing_when_one_file_changed_on_disk(drafts):
    en = write(drafts / "en", "analyst.md", posting("analyst", "Analyst", archived="true"))
    fr = write(drafts / "fr", "analyste.md", posting("analyst", "Analyste"))
    entry = index_of(drafts).pair_for_key("analyst")
    for p in entry.all_postings():
        _ = p.body  # loaded now
    changed = take_field(entry, "archived", "en")
    fr.write_text(posting("analyst", "Changed by someone"), encoding="utf-8")
    with pytest.raises(FileChangedError):
        save_postings(changed)
    assert b"Changed by someone" in fr.read_bytes() and en.read_bytes().count(b"archived: true") == 1
