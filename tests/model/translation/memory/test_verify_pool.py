"""Segment verification in a site check's processes: the pairs are read once, by the workers that
check them, and verified in workers holding the one memory; the findings are those of a
verification in one process, reading every pair again."""

from __future__ import annotations

import pytest

from editor.model.checks import pipeline
from editor.model.checks.pipeline import check_site
from editor.model.hugo.config import Site
from editor.model.site import parallel
from editor.model.site.index import SiteIndex
from editor.model.translation.context import PairContext
from editor.model.translation.memory import verify
from tests.model.translation.helpers import write_site
from tests.model.translation.memory.fixtures import EN, FR, pair

CODE = "translation-of-other-source"


def _site(root):
    """Twelve approved pairs teach the memory; two others have paragraphs swapped (findings)."""
    pairs = {f"approved-{n}": pair(f"approved-{n}", EN, FR) for n in range(12)}
    pairs["moved"] = pair("moved", EN, [FR[0], FR[2], FR[1], FR[3]])
    pairs["moved-too"] = pair("moved-too", EN, [FR[0], FR[1], FR[3], FR[2]])
    return write_site(root, pairs)


@pytest.fixture
def pooled(monkeypatch):
    """Small tasks, so that a small site is spread over two processes; records each map's work."""
    monkeypatch.setattr(pipeline, "_CHUNK", 3)
    monkeypatch.setattr(verify, "_CHUNK", 3)
    maps = []
    real = parallel.map_in_processes

    def recording(function, chunks, workers, *shared, **options):
        maps.append(function.__name__)
        return real(function, chunks, workers, *shared, **options)

    monkeypatch.setattr(parallel, "map_in_processes", recording)
    monkeypatch.setattr(pipeline, "map_in_processes", recording)
    return maps


def test_a_pooled_check_verifies_in_workers_and_finds_what_one_process_finds(tmp_path, monkeypatch, pooled):
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", "off")
    index = _site(tmp_path / "site")
    alone = check_site(index, workers=1, cache=False, spelling=False, grammar=False)
    assert pooled == []
    together = check_site(SiteIndex.build(Site.open(tmp_path / "site")), workers=2, cache=False, spelling=False,
                          grammar=False)
    assert pooled == ["_site_chunk", "_verify_chunk"]
    assert together == alone
    assert {(f.file.rsplit("/", 1)[-1], f.line) for f in together if f.code == CODE} == {
        ("moved-fr.md", 15), ("moved-fr.md", 17), ("moved-too-fr.md", 17), ("moved-too-fr.md", 19)}
    # As segment verification reading every pair again itself, in this process.
    fresh = SiteIndex.build(Site.open(tmp_path / "site"))
    assert [f for f in together if f.code == CODE] == pipeline._other_source_site(fresh, {}, None, None, None, None, 1)


def test_the_pairs_a_pooled_check_reads_are_not_read_again_for_verification(tmp_path, monkeypatch, pooled):
    """The workers that check a pair hand its memory units and lookups over: this process parses
    no pair (it used to align every pair twice more, for the memory and for the lookups)."""
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", "off")
    index = _site(tmp_path / "site")
    contexts = []
    real = PairContext.of.__func__

    def counting(cls, *args, **kwargs):
        contexts.append(args)
        return real(cls, *args, **kwargs)

    monkeypatch.setattr(PairContext, "of", classmethod(counting))  # the workers forked get their own list
    found = check_site(index, workers=2, cache=False, spelling=False, grammar=False)
    assert pooled == ["_site_chunk", "_verify_chunk"] and any(f.code == CODE for f in found)
    assert contexts == []


def test_a_check_in_one_process_aligns_each_pair_once(tmp_path, monkeypatch):
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", "off")
    index = _site(tmp_path / "site")
    contexts = []
    real = PairContext.of.__func__
    monkeypatch.setattr(PairContext, "of", classmethod(lambda cls, en, fr, **k: contexts.append(en.path) or real(cls, en, fr, **k)))
    check_site(index, workers=1, cache=False, spelling=False, grammar=False)
    assert sorted(contexts) == sorted(entry.postings("en")[0].path for entry in index.pairs)


def test_after_an_edit_only_the_edited_pair_is_read_for_verification(tmp_path, monkeypatch):
    import os
    import time

    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "site"
    _site(root)
    an_hour_ago = time.time() - 3600  # as checked out a while ago: the caches trust the files
    for path in root.rglob("*.md"):
        os.utime(path, (an_hour_ago, an_hour_ago))
    read = []
    real = verify.read_pair
    monkeypatch.setattr(verify, "read_pair", lambda key, *a: read.append(key) or real(key, *a))

    def check(**options):
        return check_site(SiteIndex.build(Site.open(root)), workers=1, spelling=False, grammar=False, **options)

    check()
    path = next((root / "content" / "fr").rglob("approved-3-fr.md"))
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(FR[0], "\0").replace(FR[3], FR[0]).replace("\0", FR[3]), encoding="utf-8")
    read.clear()
    found = check()
    assert read == ["approved-3"]
    assert found == check(cache=False)
    assert any(f.code == CODE and "approved-3" in f.file for f in found)


def test_workers_started_without_fork_receive_the_memory(tmp_path, monkeypatch):
    """From the window (no fork there), each worker gets the memory once, pickled."""
    from editor.model.translation import translation_pairs
    from editor.model.translation.memory.build import build_memory

    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", "off")
    monkeypatch.setattr(parallel, "start_method", lambda methods=None: "forkserver")
    monkeypatch.setattr(verify, "_CHUNK", 4)
    index = _site(tmp_path / "site")
    memory = build_memory(index, history=False, cache=False)
    todo = [(entry.key, [verify.Lookups.of(PairContext.of(en, fr, files={"en": str(en.path), "fr": str(fr.path)}))
                         for en, fr in translation_pairs(entry)]) for entry in index.pairs]
    ran = []
    real = parallel.map_in_processes
    monkeypatch.setattr(parallel, "map_in_processes", lambda *a, **k: ran.append(real(*a, **k)) or ran[-1])
    assert verify._verify_all(todo, memory, 2) == verify._verify_all(todo, memory, 1)
    assert len(ran) == 1 and ran[0] is not None  # the work was done in processes
    assert any(findings for _codes, findings in verify._verify_all(todo, memory, 1).values())
