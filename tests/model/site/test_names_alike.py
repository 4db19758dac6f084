"""A new file is never given a name that only differs from an existing one in Unicode form (NFC/NFD,
as a Mac writes names) or case: a colleague's Mac or Windows clone, whose file systems take those
for one name, would keep one of the two files, and Hugo would publish both at one address."""

from __future__ import annotations

import os
import shutil
import unicodedata
from pathlib import Path

import pytest

from editor.model.hugo.config import Site
from editor.model.site.create import CreateError, build_pair
from editor.model.site.index import SiteIndex
from editor.model.storage.files import name_alike

REPO = Path(__file__).resolve().parents[3]
LEVER = "cc1e6c24-d9e9-44eb-962e-31a8f19b0447"


@pytest.fixture
def sample(tmp_path):
    target = tmp_path / "site"
    shutil.copytree(REPO / "resources" / "sample-site", target)
    return target


def _rename(path: Path, name: str) -> Path:
    new = path.with_name(name)
    os.rename(path, new)
    return new


def _french_accessibility(site: Path) -> Path:
    [path] = (site / "content" / "fr" / "careers" / "positions").glob("sp*cialiste-en-accessibilit*--*.md")
    return path


@pytest.mark.parametrize("form", ["NFD", "upper"])
def test_new_refuses_a_name_an_existing_file_has_in_another_form(sample, form):
    existing = _french_accessibility(sample)
    name = unicodedata.normalize("NFD", existing.name) if form == "NFD" else existing.name.upper().replace(".MD", ".md")
    existing = _rename(existing, name)
    # Another key, so that only the names meet: the pair of a colleague's new posting.
    index = SiteIndex.build(Site.open(sample))
    with pytest.raises(CreateError) as refused:
        build_pair(index, {"en": "Accessibility lead", "fr": "Spécialiste en accessibilité"}, key="other", lever_id=LEVER)
    assert str(existing) in str(refused.value)


def test_names_alike_are_found_and_others_not(tmp_path):
    (tmp_path / unicodedata.normalize("NFD", "spécialiste.md")).write_text("x", encoding="utf-8")
    assert name_alike(tmp_path / "spécialiste.md") == tmp_path / unicodedata.normalize("NFD", "spécialiste.md")
    assert name_alike(tmp_path / "SPÉCIALISTE.md") is not None
    assert name_alike(tmp_path / "specialiste.md") is None
    assert name_alike(tmp_path / "missing" / "spécialiste.md") is None


def test_export_refuses_a_name_a_site_file_has_in_another_case(tmp_path):
    from editor.model.site.export import plan_export
    from tests.export_support import LEVER_NEW, make_drafts, make_site, site_file

    site, drafts = make_site(tmp_path / "site"), make_drafts(tmp_path / "drafts")
    squatter = site_file("en", site, f"UX-Researcher--{LEVER_NEW}.md")
    squatter.write_text("---\ntitle: Something else\n---\nNot a posting.\n", encoding="utf-8")
    plan = plan_export(SiteIndex.build(Site.open(drafts)), SiteIndex.build(Site.open(site)), ["ux-researcher"])
    assert [f.code for f in plan.errors] == ["export-target-exists"]
    assert squatter.name in str(plan.errors[0].params)


def test_translate_refuses_a_name_an_existing_file_has_in_another_case(sample):
    from editor.model.translation.skeleton import SkeletonError, create_counterpart

    _french_accessibility(sample).unlink()  # the pair has no French file yet
    clash = sample / "content" / "fr" / "careers" / "positions" / f"Accessibility-Specialist--{LEVER}.md"
    clash.write_text("---\ntitle: Someone else's\ntranslationKey: other\n---\n", encoding="utf-8")
    index = SiteIndex.build(Site.open(sample))
    english = index.pair_for_key("accessibility-specialist").first("en")
    with pytest.raises(SkeletonError) as refused:
        create_counterpart(index, english, "fr")
    assert clash.name in str(refused.value)


def _set_mtime(folder: Path, seconds: int) -> None:
    os.utime(folder, ns=(seconds * 1_000_000_000, seconds * 1_000_000_000))


def test_a_name_added_in_the_same_tick_as_the_listing_is_found(tmp_path):
    """On a file system that keeps times to the second or two (FAT, some network mounts), a file
    created in the same tick as a cached listing leaves the folder's time as it was: the listing
    said nothing of it, and a name differing only in case could be written beside it."""
    import time

    (tmp_path / "first.md").write_text("x", encoding="utf-8")
    tick = int(time.time())  # a whole second, as such a file system keeps it
    _set_mtime(tmp_path, tick)
    assert name_alike(tmp_path / "other.md") is None
    (tmp_path / "Other.md").write_text("x", encoding="utf-8")
    _set_mtime(tmp_path, tick)  # the same tick: the folder's time has not moved
    assert name_alike(tmp_path / "other.md") == tmp_path / "Other.md"


def test_a_settled_folder_is_listed_once(tmp_path, monkeypatch):
    """The listing of a folder last changed well before it was taken is kept: an export looks up
    every new file of a folder of thousands in turn."""
    (tmp_path / "first.md").write_text("x", encoding="utf-8")
    _set_mtime(tmp_path, 1_700_000_000)
    listed = []
    real = os.listdir
    monkeypatch.setattr(os, "listdir", lambda folder: listed.append(folder) or real(folder))
    for name in ("a.md", "b.md", "FIRST.md"):
        name_alike(tmp_path / name)
    assert len(listed) == 1
