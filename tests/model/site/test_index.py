import shutil
from pathlib import Path

import pytest

from editor.model.site.index import SiteIndex, Status
from editor.model.site.pair import PairConflictError, PostingPair
from editor.model.hugo.config import Site, SiteError

REPO = Path(__file__).resolve().parents[3]
SAMPLE_SITE = REPO / "resources" / "sample-site"


def posting(key, title, archived="false", lever="0f8fad5b-d9cb-469f-a165-70867728950e"):
    return (
        f"---\nlayout: job-posting\ntype: section\ntitle: {title}\ndescription: d\narchived: {archived}\n"
        f"translationKey: {key}\nleverId: {lever}\n---\nBody\n"
    )


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def site(tmp_path):
    root = tmp_path / "site"
    write(root / "hugo.toml", '[languages.en]\ncontentDir = "content/english"\n[languages.fr]\ncontentDir = "content/french"\n')
    jobs_en = root / "content/english/jobs"
    jobs_fr = root / "content/french/emplois"
    write(jobs_en / "a--0f8fad5b-d9cb-469f-a165-70867728950e.md", posting("a", "Alpha"))
    write(jobs_fr / "a-fr--0f8fad5b-d9cb-469f-a165-70867728950e.md", posting("a", "Alpha FR"))
    write(jobs_en / "b.md", posting("b", "Beta"))
    write(jobs_fr / "c.md", posting("c", "Gamma", archived="true"))
    write(jobs_en / "d.md", posting("d", "Delta"))
    write(jobs_fr / "d.md", posting("d", "Delta", archived="true"))
    write(jobs_en / "e1.md", posting("e", "Eps"))
    write(jobs_en / "e2.md", posting("e", "Eps copy"))
    write(jobs_fr / "e.md", posting("e", "Eps"))
    write(jobs_en / "f.md", "---\nlayout: job-posting\ntitle: 'it's broken'\ntranslationKey: f\n---\n")
    write(jobs_fr / "f.md", posting("f", "Phi"))
    write(root / "content/english/about.md", "---\ntitle: About\n---\nNot a posting\n")
    write(root / "content/english/_index.md", "---\ntitle: Home\n---\n")
    return root


def test_content_dirs_come_from_the_hugo_config(site):
    opened = Site.open(site)
    assert opened.content_dirs == {"en": site / "content/english", "fr": site / "content/french"}


def test_yaml_config_in_config_default_with_languages_file(tmp_path):
    write(tmp_path / "config/_default/config.yaml", "title: x\n")
    write(tmp_path / "config/_default/languages.yaml", "en:\n  contentDir: c/en\nfr:\n  contentDir: c/fr\n")
    assert Site.open(tmp_path).content_dirs == {"en": tmp_path / "c/en", "fr": tmp_path / "c/fr"}


def test_only_the_root_config_file_hugo_reads_counts(tmp_path):
    """Hugo reads the first of hugo.toml, hugo.yaml, hugo.yml, hugo.json, config.toml, config.yaml...
    and no other (checked with Hugo 0.111): a config.yaml left beside a new hugo.toml named content
    folders Hugo does not publish, where new postings, exports and edits went."""
    languages = '[languages.en]\ncontentDir = "content/en"\n[languages.fr]\ncontentDir = "content/fr"\n'
    write(tmp_path / "hugo.toml", languages)
    write(tmp_path / "config.yaml", "languages:\n  en: {contentDir: old/en}\n  fr: {contentDir: old/fr}\n")
    write(tmp_path / "hugo.yaml", "languages:\n  en: {contentDir: other/en}\n")
    assert Site.open(tmp_path).content_dirs == {"en": tmp_path / "content/en", "fr": tmp_path / "content/fr"}
    (tmp_path / "hugo.toml").unlink()
    assert Site.open(tmp_path).content_dirs["en"] == tmp_path / "other/en"  # hugo.yaml: the first one left


def test_in_the_config_folder_hugo_files_win_over_config_files(tmp_path):
    # Hugo 0.111 merges every file of config/_default, a hugo.* file over a config.* one.
    write(tmp_path / "config/_default/hugo.toml", '[languages.en]\ncontentDir = "c/en"\n[languages.fr]\ncontentDir = "c/fr"\n')
    write(tmp_path / "config/_default/config.yaml", "title: x\nlanguages:\n  en: {contentDir: old/en}\n")
    assert Site.open(tmp_path).content_dirs == {"en": tmp_path / "c/en", "fr": tmp_path / "c/fr"}
    assert Site.open(tmp_path).config["title"] == "x"


@pytest.mark.parametrize("en, fr", [("content/en", "content/en"), ("content", "content/fr"), ("c/fr/en", "c/fr")])
def test_content_folders_that_overlap_are_refused(tmp_path, en, fr):
    """A languages block copied from English with its contentDir left as it was: every file was then
    both an English and a French posting (each pair "French: 13 blocks to translate") and `new` wrote
    the French posting into the English folder. A folder inside the other's is the same mix-up."""
    write(tmp_path / "hugo.yaml", f"languages:\n  en: {{contentDir: {en}}}\n  fr: {{contentDir: {fr}}}\n")
    write(tmp_path / en / "x.md", posting("x", "X"))
    with pytest.raises(SiteError) as refused:
        Site.open(tmp_path)
    assert refused.value.key == "content-dirs-overlap"
    assert f"English and French content folders overlap ({en} and {fr})" in refused.value.text("en")


def test_plain_drafts_folder_with_en_and_fr(tmp_path):
    write(tmp_path / "en/x.md", posting("x", "X"))
    write(tmp_path / "fr/x.md", posting("x", "X"))
    index = SiteIndex.build(Site.open(tmp_path))
    assert [(e.key, e.status) for e in index.pairs] == [("x", Status.OK)]


def test_folder_that_is_not_a_site(tmp_path):
    with pytest.raises(SiteError):
        Site.open(tmp_path)
    with pytest.raises(SiteError):
        Site.open(tmp_path / "missing")


def test_statuses(site):
    index = SiteIndex.build(Site.open(site))
    assert {e.key: e.status for e in index.pairs} == {
        "a": Status.OK,
        "b": Status.MISSING_FR,
        "c": Status.MISSING_EN,
        "d": Status.CONFLICT,  # archived disagrees
        "e": Status.CONFLICT,  # two English files
        "f": Status.INVALID,  # paired by its key even though its YAML is broken
    }
    assert index.pair_for_key("d").disagreements() == ["archived"]


def test_postings_folder_is_learned_not_hard_coded(site):
    index = SiteIndex.build(Site.open(site))
    assert index.postings_folder("en") == site / "content/english/jobs"
    assert index.postings_folder("fr") == site / "content/french/emplois"


def test_site_containing_a_posting(site):
    found = Site.containing(site / "content/french/emplois/c.md")
    assert found is not None and found.root == site


def test_pair_shared_fields_are_written_to_both_files(site):
    index = SiteIndex.build(Site.open(site))
    pair = PostingPair.from_entry(index.pair_for_key("a"))
    pair.set_shared("archived", True)
    pair.posting("fr").set("title", "Alpha modifié")
    saved = pair.save()
    assert len(saved) == 2
    again = SiteIndex.build(Site.open(site)).pair_for_key("a")
    assert [p.get("archived") for p in again.all_postings()] == [True, True]
    assert again.first("en").get("title") == "Alpha"


def test_pair_with_two_files_in_a_language_cannot_be_edited_as_one(site):
    index = SiteIndex.build(Site.open(site))
    with pytest.raises(PairConflictError):
        PostingPair.from_entry(index.pair_for_key("e"))


def test_sample_site_pairs():
    index = SiteIndex.build(Site.open(SAMPLE_SITE))
    statuses = {e.status for e in index.pairs}
    assert {Status.OK, Status.MISSING_FR, Status.CONFLICT} <= statuses


def test_a_posting_belongs_to_the_hugo_site_around_its_content_folder(tmp_path):
    root = tmp_path / "site"
    write(root / "hugo.yaml", "title: x\n")
    path = write(root / "content/en/jobs/a.md", posting("a", "Alpha"))
    write(root / "content/fr/jobs/a.md", posting("a", "Alpha"))
    found = Site.containing(path)
    assert found.root == root and found.config == {"title": "x"}
    # A drafts folder with no Hugo configuration anywhere above it is its own site.
    drafts = write(tmp_path / "drafts/en/b.md", posting("b", "Beta"))
    assert Site.containing(drafts).root == tmp_path / "drafts"


def test_a_posting_in_a_site_whose_configuration_cannot_be_read_is_told_why(tmp_path):
    """Not taken for a posting of the drafts-like content/ folder, nor of no site: the reason is said."""
    root = tmp_path / "site"
    config = write(root / "hugo.toml", "[languages.en\ncontentDir = 'content/en'\n")
    path = write(root / "content/en/jobs/a.md", posting("a", "Alpha"))
    with pytest.raises(SiteError) as raised:
        Site.containing(path)
    assert raised.value.key == "site-around-unreadable"
    english, french = raised.value.text("en"), raised.value.text("fr")
    assert english.startswith(f"{path} is in the site {root}, which cannot be opened. The Hugo configuration {config} "
                              "cannot be read: Expected ']' at the end of a table declaration")
    assert english.endswith("Repair it, then try again.")
    assert french.startswith(f"{path} fait partie du site {root}, qui ne peut pas être ouvert. La configuration Hugo")
    config.write_text("title = 'x'\n", encoding="utf-8")
    assert Site.containing(path).root == root  # repaired


def test_a_broken_configuration_of_another_program_higher_up_is_passed_by(tmp_path):
    write(tmp_path / "config.toml", "this is not = = toml\n")  # say, a tool's own file in the home folder
    drafts = write(tmp_path / "drafts/en/b.md", posting("b", "Beta"))
    assert Site.containing(drafts).root == tmp_path / "drafts"
    lone = write(tmp_path / "downloads/c.md", posting("c", "Gamma"))
    assert Site.containing(lone) is None


def test_keys_of_files_without_a_usable_translation_key_carry_their_kind_and_file():
    from editor.model.site.index import pseudo_key, pseudo_key_parts

    assert pseudo_key_parts(pseudo_key("no-key", "clerk--1.md")) == ("no-key", "clerk--1.md")
    assert pseudo_key_parts(pseudo_key("unreadable", "a (b).md")) == ("unreadable", "a (b).md")
    for real in ("clerk", "(unreadable: )", "(no translationKey: x", "unreadable: x)"):
        assert pseudo_key_parts(real) is None


@pytest.mark.parametrize("one, other, differ", [
    ("false", "false", False), ("true", "yes", False),  # both read as True
    ("1", "true", True), ("1", "1.0", True), ("0", "false", True),  # equal in Python, written differently
    ("2024-01-01", "2024-01-01", False), ("2024-01-01", "'2024-01-01'", True),  # a date, then its text
    ("[a, b]", "[a, b]", False), ("[1]", "[true]", True), ("", "null", False), ("0.0", "-0.0", True),
])
def test_shared_values_disagree_when_written_differently(tmp_path, one, other, differ):
    from editor.model.frontmatter.posting import Posting
    from editor.model.site.index import shared_disagreements

    postings = [Posting(posting("k", "T", archived=value).encode(), tmp_path / f"{lang}.md", lang)
                for lang, value in (("en", one), ("fr", other))]
    assert all(p.valid for p in postings)
    assert shared_disagreements(postings) == (["archived"] if differ else [])


def test_a_pair_is_found_by_any_path_to_one_of_its_files(site, tmp_path, monkeypatch):
    """By the path listed, a relative one, one through a linked folder, and the file a link in the
    content folder points to (a posting kept outside the site); nothing for a file of no pair."""
    outside = write(tmp_path / "elsewhere" / "g.md", posting("g", "Gimel"))
    (site / "content/english/jobs/g.md").symlink_to(outside)
    (tmp_path / "linked").symlink_to(site)
    index = SiteIndex.build(Site.open(site))
    alpha = site / "content/english/jobs/a--0f8fad5b-d9cb-469f-a165-70867728950e.md"
    assert index.pair_for_path(alpha).key == "a"
    monkeypatch.chdir(site / "content")
    assert index.pair_for_path(Path("french/emplois/d.md")).key == "d"
    assert index.pair_for_path(tmp_path / "linked/content/english/jobs/e2.md").key == "e"
    assert index.pair_for_path(outside).key == "g"
    assert index.pair_for_path(site / "content/english/jobs/g.md").key == "g"
    assert index.pair_for_path(site / "content/english/about.md") is None
    assert index.pair_for_path(tmp_path / "nowhere.md") is None


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_a_posting_saved_as_utf16_is_its_pairs_unreadable_file_not_a_missing_one(site, encoding):
    """Windows Notepad's "Unicode" is UTF-16 (a BOM, then two bytes a character): no byte string of
    the file reads "job-posting", so the index passed it over as not a posting and called its pair
    "English missing"; archiving the pair then changed the French file alone."""
    path = site / "content/english/jobs/c.md"
    text = posting("c", "Gamma", archived="true")
    path.write_bytes(text.encode(encoding) if encoding == "utf-16" else b"\xfe\xff" + text.encode(encoding))
    entry = SiteIndex.build(Site.open(site)).pair_for_key("c")
    assert entry is not None and entry.status == Status.INVALID
    [english] = entry.postings("en")
    assert english.path == path and english.problem is not None and english.problem.code == "not-utf8"


def test_a_posting_with_windows_line_ends_and_broken_front_matter_stays_in_its_pair(site):
    """A file checked out with CRLF line ends (git's autocrlf on Windows) whose front matter a merge
    broke: its "layout: job-posting" and key lines end in "\\r", which the line patterns did not
    take, so the file was passed over and its pair called "English missing"."""
    path = site / "content/english/jobs/c.md"
    text = posting("c", "Gamma", archived="true").replace("title: Gamma", "title: 'it's broken'")
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    entry = SiteIndex.build(Site.open(site)).pair_for_key("c")
    assert entry is not None and entry.status == Status.INVALID
    assert [p.path for p in entry.postings("en")] == [path]


def test_a_content_folder_that_is_a_loop_of_links_leaves_its_languages_postings_unknown(site):
    """content/french a link to itself (is_dir() says False for a loop): the folder was taken for an
    empty one, every pair called "French missing", and a shared field set on the English file alone."""
    french = site / "content/french"
    shutil.rmtree(french)
    french.symlink_to("french")
    index = SiteIndex.build(Site.open(site))
    assert index.pair_for_key("a").status == Status.UNREADABLE
    [unreadable] = index.unreadable()
    assert unreadable.path == french and unreadable.problem is not None
    assert unreadable.problem.code == "unreadable" and "Too many levels of symbolic links" in unreadable.problem.message
