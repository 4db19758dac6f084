"""A site check keeps each pair's findings between runs, and never shows stale ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.model.checks import pipeline
from editor.model.checks.pipeline import check_site
from editor.model.hugo.config import Site
from editor.model.site.index import SiteIndex
from editor.model.translation.glossary import Glossary
from tests.export_support import posting
from tests.model.checks.test_pipeline import ENGLISH, FRENCH


def site(root: Path) -> Path:
    for key, en_title, fr_title in (("analyst", "Analyst", "Analyste"), ("writer", "Writer", "Rédactrice ou rédacteur")):
        for lang, title, body in (("en", en_title, ENGLISH), ("fr", fr_title, FRENCH)):
            (root / lang).mkdir(parents=True, exist_ok=True)
            (root / lang / f"{key}.md").write_text(posting(title, key, None, body=body), encoding="utf-8")
    return root


@pytest.fixture
def checked(monkeypatch, tmp_path):
    """Runs a site check and returns (findings, keys of the pairs that were checked, not cached)."""
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", str(tmp_path / "cache"))
    root = site(tmp_path / "site")
    calls: list[str] = []
    original, original_site = pipeline._site_pair, pipeline._other_source_site

    def counting(entry, *args):
        calls.append(entry.key)
        return original(entry, *args)

    def counting_site(index, *args):
        run.verified += 1
        return original_site(index, *args)

    monkeypatch.setattr(pipeline, "_site_pair", counting)
    monkeypatch.setattr(pipeline, "_other_source_site", counting_site)

    def run(**options):
        calls.clear()
        run.verified = 0
        found = check_site(SiteIndex.build(Site.open(root)), workers=1, **options)
        return found, sorted(calls)

    run.root = root
    return run


def uncached(root: Path):
    return check_site(SiteIndex.build(Site.open(root)), workers=1, cache=False)


def test_a_second_run_checks_nothing_again_and_finds_the_same(checked):
    first, checked_first = checked()
    assert checked_first == ["analyst", "writer"]
    again, checked_again = checked()
    assert checked_again == [] and again == first


def test_segment_verification_is_not_run_again_while_nothing_changed(checked):
    first, _ = checked()
    assert checked.verified == 1
    again, _ = checked()
    assert checked.verified == 0 and again == first


def test_segment_verification_runs_again_when_any_pair_changes(checked):
    """Each pair is verified against the memory of all the others: one edited pair re-checks only
    that pair's own rules, but the verification between pairs again, and never shows stale findings."""
    checked()
    path = checked.root / "fr" / "analyst.md"
    path.write_text(path.read_text(encoding="utf-8").replace("équipe", "escouade"), encoding="utf-8")
    after, again = checked()
    assert again == ["analyst"] and checked.verified == 1
    assert after == uncached(checked.root)


def test_a_new_translation_memory_file_verifies_segments_again(checked):
    from editor.model.translation.memory.build import OWN_FOLDER

    folder = checked.root / OWN_FOLDER
    folder.mkdir(parents=True)
    checked()
    (folder / "mine.tmx").write_text('<?xml version="1.0"?><tmx version="1.4"><header/><body/></tmx>', encoding="utf-8")
    _, again = checked()
    assert again == [] and checked.verified == 1
    checked()
    assert checked.verified == 0


def test_an_edited_file_is_checked_again_alone_and_its_findings_change(checked):
    before, _ = checked()
    path = checked.root / "en" / "writer.md"
    path.write_text(path.read_text(encoding="utf-8") + "- _Describe a main responsibility…_\n", encoding="utf-8")
    after, again = checked()
    assert again == ["writer"]
    assert "template-placeholder" not in {f.code for f in before}
    assert [f.file for f in after if f.code == "template-placeholder"] == ["en/writer.md"]


def test_a_changed_glossary_checks_every_pair_again(checked):
    before, _ = checked()
    glossary = Glossary.load(checked.root)
    glossary.add("small team", "grande équipe")  # the French bodies say "petite équipe": now a missing term
    glossary.save()
    after, again = checked()
    assert again == ["analyst", "writer"]
    assert {f.code for f in after} - {f.code for f in before} == {"glossary-term-missing"}


def test_other_options_are_checked_afresh(checked):
    checked()
    _, again = checked(spelling=False)
    assert again == ["analyst", "writer"]
    _, again = checked(spelling=False)
    assert again == []


def test_a_damaged_cache_file_means_a_full_check(checked, tmp_path):
    first, _ = checked()
    [cache_file] = (tmp_path / "cache").glob("checks-*")
    cache_file.write_bytes(b"not a cache")
    again, checked_again = checked()
    assert checked_again == ["analyst", "writer"] and again == first


def test_pipes_at_the_cache_files_names_are_passed_by_not_waited_on(checked, tmp_path):
    import os

    from editor.model.checks.results_cache import SiteResult

    first, _ = checked()
    [cache_file] = (tmp_path / "cache").glob("checks-*")
    cache_file.unlink()
    os.mkfifo(cache_file)  # opened for reading, a pipe waits for a writer: the check never ended
    again, checked_again = checked()
    assert checked_again == ["analyst", "writer"] and again == first
    os.mkfifo(tmp_path / "cache" / "result-site-text-en.pickle")
    assert SiteResult(tmp_path / "cache", "one", lambda: [], "site").made("text-en", ("here",)) is None


def test_a_posting_edited_in_memory_is_never_taken_from_the_cache(checked):
    checked()
    index = SiteIndex.build(Site.open(checked.root))
    [english] = index.pair_for_key("writer").postings("en")
    english.set_body(english.body + "- _Describe a main responsibility…_\n")
    found = check_site(index, workers=1)
    assert [f.file for f in found if f.code == "template-placeholder"] == ["en/writer.md"]


def test_no_cache_folder_no_cache(checked, monkeypatch, tmp_path):
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", "off")
    checked()
    _, again = checked()
    assert again == ["analyst", "writer"] and not (tmp_path / "cache").exists()


def test_what_is_made_of_a_site_check_is_given_back_only_under_its_digest_and_context(tmp_path):
    from editor.model.checks.results_cache import SiteResult

    def result(digest):
        return SiteResult(tmp_path / "cache", digest, lambda: [], "site")

    result("one").keep("text-en", ("here",), "printed")
    assert result("one").made("text-en", ("here",)) == "printed"
    assert result("two").made("text-en", ("here",)) is None
    assert result("one").made("text-en", ("elsewhere",)) is None
    assert result("one").made("json-en", ("here",)) is None
    result(None).keep("text-en", ("here",), "not kept")  # no digest (a posting edited in memory): nothing kept
    assert result(None).made("text-en", ("here",)) is None and result("one").made("text-en", ("here",)) == "printed"


def test_the_program_includes_its_vendored_grammar_checker(monkeypatch, tmp_path):
    """Grammalecte's findings are kept in each pair's row: a patched copy of it (its version
    number unchanged) checks every pair again, as the grammar's paragraph store does."""
    import importlib.util
    import os

    from editor.model.checks.results_cache import code_digest

    folder = tmp_path / "grammalecte"
    folder.mkdir()
    (folder / "rules.py").write_text("RULES = 1\n", encoding="utf-8")
    spec = importlib.util.spec_from_file_location("grammalecte", folder / "__init__.py",
                                                  submodule_search_locations=[str(folder)])
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *args: spec if name == "grammalecte" else None)
    before = code_digest()
    assert code_digest() == before
    (folder / "rules.py").write_text("RULES = 2\n", encoding="utf-8")
    os.utime(folder / "rules.py", ns=(1, 1))
    assert code_digest() != before
