import os
import time
from pathlib import Path

import pytest

from editor.model.site.index import SiteIndex
from editor.model.site.index_cache import IndexCache
from editor.model.hugo.config import Site

LEVER = "0f8fad5b-d9cb-469f-a165-70867728950e"


def write(path: Path, key: str, title: str = "T", archived: str = "false", age: float = 60) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"---\nlayout: job-posting\ntitle: {title}\ndescription: D\narchived: {archived}\ntranslationKey: {key}\n---\nBody of {key}\n",
        encoding="utf-8",
    )
    past = time.time() - age  # older than the racy window, as files that were not just edited
    os.utime(path, (past, past))
    return path


@pytest.fixture
def site(tmp_path):
    root = tmp_path / "site"
    write(root / "en/a.md", "a", "Alpha")
    write(root / "fr/a.md", "a", "Alpha FR")
    write(root / "en/b.md", "b")
    (root / "en/notes.md").write_text("not a posting\n")
    return root


def build(root, cache_file):
    return SiteIndex.build(Site.open(root), cache=IndexCache(cache_file))


def test_second_build_comes_from_the_cache_and_reads_lazily(site, tmp_path):
    cache_file = tmp_path / "cache.json"
    first = build(site, cache_file)
    assert cache_file.exists()
    second = build(site, cache_file)
    assert [(e.key, e.status) for e in second.pairs] == [(e.key, e.status) for e in first.pairs]
    posting = second.pair_for_key("a").first("en")
    assert posting._summary is not None  # not read yet
    assert posting.get("title") == "Alpha"
    assert posting.body == "Body of a\n"  # reading the body loads the file
    assert posting._summary is None
    posting.set("title", "Alpha 2")
    posting.save()
    assert "title: Alpha 2" in (site / "en/a.md").read_text()


def test_a_changed_file_is_read_again(site, tmp_path):
    cache_file = tmp_path / "cache.json"
    build(site, cache_file)
    write(site / "fr/a.md", "a", "Alpha FR", archived="true")
    index = build(site, cache_file)
    assert index.pair_for_key("a").status == "conflict"


def test_files_changed_moments_ago_are_not_cached(site, tmp_path):
    cache_file = tmp_path / "cache.json"
    write(site / "en/c.md", "c", age=0)
    build(site, cache_file)
    assert str(site / "en/c.md") not in cache_file.read_text()
    assert str(site / "en/b.md") in cache_file.read_text()


def test_a_damaged_cache_is_ignored(site, tmp_path):
    cache_file = tmp_path / "cache.json"
    cache_file.write_text("{not json")
    index = build(site, cache_file)
    assert {e.key for e in index.pairs} == {"a", "b"}


def test_deleted_files_leave_the_cache(site, tmp_path):
    cache_file = tmp_path / "cache.json"
    build(site, cache_file)
    (site / "en/b.md").unlink()
    index = build(site, cache_file)
    assert {e.key for e in index.pairs} == {"a"}
    assert "en/b.md" not in cache_file.read_text()


def test_cache_can_be_switched_off(site, tmp_path, monkeypatch):
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", "off")
    assert IndexCache.for_site(site).file is None
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", str(tmp_path / "c"))
    assert IndexCache.for_site(site).file.parent == tmp_path / "c"


def test_parallel_and_serial_builds_agree(site, tmp_path):
    for number in range(30):
        write(site / f"en/x{number}.md", f"x{number}")
    serial = SiteIndex.build(Site.open(site), workers=1, cache=IndexCache(None))
    parallel = SiteIndex.build(Site.open(site), workers=2, cache=IndexCache(None))
    assert [(e.key, e.status, [p.path for p in e.all_postings()]) for e in serial.pairs] == [
        (e.key, e.status, [p.path for p in e.all_postings()]) for e in parallel.pairs
    ]
