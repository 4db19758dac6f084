"""``SiteIndex.updated``: after writing a few known files, the same index as a fresh build, with the
pairs none of those files belongs to kept as the same objects."""

import os
from pathlib import Path

import pytest

from editor.model.site.index import SiteIndex
from editor.model.hugo.config import Site


def posting(key, title, archived="false", body="Body"):
    return (f"---\nlayout: job-posting\ntype: section\ntitle: {title}\ndescription: d\narchived: {archived}\n"
            f"translationKey: {key}\nleverId: 0f8fad5b-d9cb-469f-a165-70867728950e\n---\n{body}\n")


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def site(tmp_path, monkeypatch):
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "site"
    write(root / "hugo.toml", '[languages.en]\ncontentDir = "content/en"\n[languages.fr]\ncontentDir = "content/fr"\n')
    for key, title in (("alpha", "Alpha"), ("beta", "Beta"), ("gamma", "Gamma"), ("delta", "Delta")):
        write(root / f"content/en/jobs/{key}.md", posting(key, title, body=f"The {title} body"))
        write(root / f"content/fr/emplois/{key}.md", posting(key, f"{title} FR", body=f"Le corps {title}"))
    write(root / "content/en/jobs/only-en.md", posting("lonely", "Lonely"))
    write(root / "content/en/about.md", "---\ntitle: About\n---\nNot a posting\n")
    return root


def described(index: SiteIndex) -> list:
    """Everything the window and the commands read of an index, in its order."""
    def of(p):
        return (str(p.path), p.language, p.valid, p.unreadable, p.summary().digest, repr(sorted(p.data.items())),
                repr(p.progress))

    pairs = [(e.key, e.status, e.archived, e.title("en"), e.title("fr"),
              {lang: [of(p) for p in e.postings(lang)] for lang in ("en", "fr")},
              {lang: [str(p.path) for p in found] for lang, found in sorted(e.unreadable_elsewhere.items())})
             for e in index.pairs]
    return [pairs, [of(p) for p in index.others], sorted(index.guidance)]


def check(index: SiteIndex, root: Path, paths) -> SiteIndex:
    updated = index.updated(paths)
    assert described(updated) == described(SiteIndex.build(Site.open(root)))
    return updated


def test_saving_a_title_keeps_every_other_pair(site):
    index = SiteIndex.build(Site.open(site))
    path = write(site / "content/en/jobs/beta.md", posting("beta", "Beta renamed", body="New words"))
    updated = check(index, site, [path])
    before = {e.key: e for e in index.pairs}
    for entry in updated.pairs:
        assert (entry is before[entry.key]) == (entry.key != "beta")
    assert updated.pair_for_key("beta").title("en") == "Beta renamed"


def test_changing_the_translation_key_moves_the_pair(site):
    index = SiteIndex.build(Site.open(site))
    en = write(site / "content/en/jobs/gamma.md", posting("omega", "Gamma"))
    fr = write(site / "content/fr/emplois/gamma.md", posting("omega", "Gamma FR"))
    updated = check(index, site, [en, fr])
    assert updated.pair_for_key("gamma") is None and updated.pair_for_key("omega") is not None


def test_a_key_joining_another_pair_makes_a_conflict(site):
    index = SiteIndex.build(Site.open(site))
    path = write(site / "content/en/jobs/only-en.md", posting("alpha", "Lonely"))
    updated = check(index, site, [path])
    assert updated.pair_for_key("lonely") is None
    assert len(updated.pair_for_key("alpha").postings("en")) == 2


def test_archiving_both_files(site):
    index = SiteIndex.build(Site.open(site))
    paths = [write(site / "content/en/jobs/delta.md", posting("delta", "Delta", archived="true")),
             write(site / "content/fr/emplois/delta.md", posting("delta", "Delta FR", archived="true"))]
    assert check(index, site, paths).pair_for_key("delta").archived is True


def test_archiving_one_file_only(site):
    index = SiteIndex.build(Site.open(site))
    path = write(site / "content/fr/emplois/delta.md", posting("delta", "Delta FR", archived="true"))
    assert check(index, site, [path]).pair_for_key("delta").archived is None


def test_renaming_a_file(site):
    index = SiteIndex.build(Site.open(site))
    old = site / "content/fr/emplois/alpha.md"
    new = site / "content/fr/emplois/alpha-renamed.md"
    os.rename(old, new)
    updated = check(index, site, [old, new])
    assert [p.path for p in updated.pair_for_key("alpha").postings("fr")] == [new]


def test_deleting_a_file_and_a_page_becoming_a_posting(site):
    index = SiteIndex.build(Site.open(site))
    gone = site / "content/en/jobs/only-en.md"
    gone.unlink()
    page = write(site / "content/en/about.md", posting("about", "About"))
    updated = check(index, site, [gone, page])
    assert updated.pair_for_key("lonely") is None and updated.pair_for_key("about") is not None


def test_a_posting_that_stops_being_one_and_a_broken_file(site):
    index = SiteIndex.build(Site.open(site))
    page = write(site / "content/en/jobs/alpha.md", "---\ntitle: Alpha page\n---\nNo longer a posting\n")
    broken = write(site / "content/fr/emplois/beta.md", "---\nlayout: job-posting\ntitle: 'it's\ntranslationKey: beta\n---\n")
    check(index, site, [page, broken])


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads every file")
def test_an_unreadable_file_makes_other_pairs_incomplete_no_more(site):
    index = SiteIndex.build(Site.open(site))
    path = site / "content/fr/emplois/beta.md"
    path.chmod(0)
    try:
        updated = check(index, site, [path])
        assert updated.pair_for_key("lonely").unreadable_elsewhere  # its French half may be that file
        path.chmod(0o644)
        check(updated, site, [path])
    finally:
        path.chmod(0o644)


def test_unchanged_paths_and_paths_outside_the_site(site, tmp_path):
    index = SiteIndex.build(Site.open(site))
    outside = write(tmp_path / "elsewhere.md", posting("alpha", "Not in the site"))
    updated = check(index, site, [site / "content/en/jobs/alpha.md", outside])
    assert len(updated.pairs) == len(index.pairs)


def test_the_corpus(tmp_path, monkeypatch):
    corpus = Path("/work/shared/corpus/cds-site")
    if not corpus.is_dir():
        pytest.skip("the real corpus is not on this machine")
    from tests.model.corpus import writable_copy

    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "site"
    writable_copy(corpus, root, symlinks=True)
    index = SiteIndex.build(Site.open(root))
    entry = next(e for e in index.pairs if e.first("en") is not None and e.first("fr") is not None
                 and e.first("en").valid and e.first("fr").valid)
    en, fr = entry.first("en"), entry.first("fr")
    en.set("title", "A new title")
    fr.set("translationKey", entry.key + "-moved")
    fr.save()
    en.save()
    check(index, root, [en.path, fr.path])


def test_files_the_build_does_not_list(site):
    index = SiteIndex.build(Site.open(site))
    hidden = write(site / "content/en/.drafts/x.md", posting("hidden", "Hidden"))
    section = write(site / "content/en/jobs/_index.md", posting("section", "Section"))
    not_markdown = write(site / "content/en/jobs/notes.txt", posting("notes", "Notes"))
    updated = check(index, site, [hidden, section, not_markdown])
    assert [entry.key for entry in updated.pairs] == [entry.key for entry in index.pairs]


def test_a_loose_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "downloads"
    en = write(folder / "clerk.en.md", posting("clerk", "Clerk"))
    write(folder / "commis.fr.md", posting("clerk", "Commis"))
    index = SiteIndex.build(Site.loose_folder(folder))
    write(en, posting("clerk", "Records clerk"))
    updated = index.updated([en])
    assert described(updated) == described(SiteIndex.build(Site.loose_folder(folder)))
    assert updated.pair_for_key("clerk").title("en") == "Records clerk"


def test_paths_named_another_way_than_the_index_does(site, tmp_path, monkeypatch):
    # The index holds the site's real paths; a file saved under another name of the same place (through
    # a link to the site, relative, with '..') was ignored: the index kept the old title, or a
    # renamed file's old name, unlike a fresh build.
    link = tmp_path / "link"
    link.symlink_to(site)
    index = SiteIndex.build(Site.open(link))
    index = check(index, site, [write(link / "content/en/jobs/alpha.md", posting("alpha", "Alpha 2"))])
    monkeypatch.chdir(site / "content")
    write(site / "content/en/jobs/beta.md", posting("beta", "Beta 2"))
    index = check(index, site, [Path("en/jobs/beta.md")])
    old, new = site / "content/fr/emplois/gamma.md", site / "content/fr/emplois/gamma-2.md"
    os.rename(old, new)
    index = check(index, site, [site / "content/en/../fr/emplois/gamma.md", link / "content/fr/emplois/gamma-2.md"])
    assert index.pair_for_key("alpha").title("en") == "Alpha 2" and index.pair_for_key("beta").title("en") == "Beta 2"
    assert [p.path for p in index.pair_for_key("gamma").postings("fr")] == [new]
