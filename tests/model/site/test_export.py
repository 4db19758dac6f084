"""Export from a drafts folder into a site kept in git: plan, write, rename, commit, refuse."""

from __future__ import annotations

import difflib
import os
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from editor.model.site.export import plan_export
from editor.model.site.export_plan import NEW, RENAME, UNCHANGED, UPDATE, ExportError
from editor.model.site.export_write import apply_export
from editor.model.hugo.urls import HugoUrls
from editor.model.site.index import SiteIndex
from editor.model.frontmatter.posting import Posting
from editor.model.hugo.config import Site
from tests.examples import examples
from tests.export_support import (LEVER_NEW, LEVER_OLD, git, hugo_build, make_drafts, make_site, needs_hugo, posting,
                                  site_file, tree)


@pytest.fixture
def site(tmp_path):
    return make_site(tmp_path / "site")


@pytest.fixture
def drafts(tmp_path):
    return make_drafts(tmp_path / "drafts")


def plan(drafts: Path, site: Path, keys=None, rename=False):
    return plan_export(SiteIndex.build(Site.open(drafts)), SiteIndex.build(Site.open(site)), keys, rename=rename)


def front(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---\n")[1])


def by_target(the_plan, lang):
    [item] = [item for item in the_plan.items if item.lang == lang]
    return item


# ---------------------------------------------------------------------------- new and updated files
@needs_hugo
def test_new_pair_goes_where_the_site_keeps_postings_with_the_source_bytes(site, drafts, tmp_path):
    the_plan = plan(drafts, site, ["ux-researcher"])
    assert not the_plan.errors and not the_plan.warnings
    en, fr = by_target(the_plan, "en"), by_target(the_plan, "fr")
    assert (en.action, fr.action) == (NEW, NEW)
    assert en.target == site_file("en", site, f"ux-researcher--{LEVER_NEW}.md").resolve()
    assert fr.target == site_file("fr", site, f"chercheuse-ou-chercheur-ux--{LEVER_NEW}.md").resolve()
    result = apply_export(the_plan)
    assert sorted(result.written) == sorted([en.target, fr.target]) and result.commit is None
    assert en.target.read_bytes() == (drafts / "en" / "ux-researcher.md").read_bytes()
    assert fr.target.read_bytes() == (drafts / "fr" / "chercheuse-ux.md").read_bytes()
    public = hugo_build(site, tmp_path / "public")
    page = public / "fr" / "careers" / "positions" / f"chercheuse-ou-chercheur-ux--{LEVER_NEW}" / "index.html"
    assert "Chercheuse ou chercheur UX" in page.read_text(encoding="utf-8")


@needs_hugo
def test_update_keeps_the_file_name_and_changes_only_what_changed(site, drafts, tmp_path):
    target = site_file("en", site, f"data-analyst--{LEVER_OLD}.md")
    before = target.read_bytes()
    the_plan = plan(drafts, site, ["data-analyst"])
    en, fr = by_target(the_plan, "en"), by_target(the_plan, "fr")
    assert (en.action, fr.action) == (UPDATE, UNCHANGED)
    assert en.target == target.resolve()
    assert any("date" in note for note in en.notes())  # the site's own field is kept
    diff = en.diff(site)
    assert [line for line in diff.splitlines() if line[:1] in "+-" and not line.startswith(("+++", "---"))] == [
        "-You will help a small team.",
        "+You will help a small team answer questions with data.",
    ]
    apply_export(the_plan)
    after = target.read_bytes()
    changed = [op for op in difflib.SequenceMatcher(None, before.splitlines(), after.splitlines()).get_opcodes() if op[0] != "equal"]
    assert len(changed) == 1 and changed[0][0] == "replace"
    assert front(target)["date"].isoformat() == "2024-01-15"
    assert sorted(p.name for p in target.parent.iterdir()) == sorted(["_index.md", target.name])
    hugo_build(site, tmp_path / "public")


def test_identical_postings_are_left_alone(site, drafts):
    the_plan = plan(drafts, site, ["data-analyst"])
    apply_export(the_plan)
    again = plan(drafts, site, ["data-analyst"])
    assert [item.action for item in again.items] == [UNCHANGED, UNCHANGED] and again.changes() == []
    snapshot = {path: path.stat().st_mtime_ns for path in site.rglob("*.md")}
    result = apply_export(again)
    assert result.written == [] and {path: path.stat().st_mtime_ns for path in site.rglob("*.md")} == snapshot


def test_field_changes_are_minimal_diffs_in_the_sites_own_style(site, drafts):
    draft = drafts / "en" / "data-analyst.md"
    draft.write_text(draft.read_text(encoding="utf-8").replace("title: 'Data Analyst'", "title: \"Senior Data Analyst\"")
                     .replace("archived: false", "archived: true"), encoding="utf-8")
    item = by_target(plan(drafts, site, ["data-analyst"]), "en")
    changed = [line for line in item.diff(site).splitlines() if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    # The site's quoting style stays; only the changed fields' lines appear.
    assert sorted(changed) == sorted(["-title: 'Data Analyst'", "+title: 'Senior Data Analyst'", "-archived: false", "+archived: true",
                                      "-You will help a small team.", "+You will help a small team answer questions with data."])


# ---------------------------------------------------------------------------- renaming
@needs_hugo
@pytest.mark.parametrize("config", ["in-subdir", "multihost"])
def test_rename_keeps_the_old_address_working_through_aliases(tmp_path, config):
    site = make_site(tmp_path / "site", config)
    drafts = make_drafts(tmp_path / "drafts")
    draft = drafts / "fr" / "analyste.md"
    draft.write_text(draft.read_text(encoding="utf-8").replace("Analyste de données", "Analyste principal·e de données"),
                     encoding="utf-8")
    old = site_file("fr", site, f"analyste-de-données--{LEVER_OLD}.md")
    old_link = HugoUrls(Site.open(site)).link(old, front(old), "fr")
    kept = plan(drafts, site, ["data-analyst"])
    assert by_target(kept, "fr").action == UPDATE and "rename" in by_target(kept, "fr").notes()[-1]
    the_plan = plan(drafts, site, ["data-analyst"], rename=True)
    item = by_target(the_plan, "fr")
    assert item.action == RENAME and item.old_path == old.resolve()
    assert item.target.name == f"analyste-principal·e-de-données--{LEVER_OLD}.md"
    assert item.alias == old_link == ("/careers/positions/" if config == "multihost" else "/fr/careers/positions/") + \
        f"analyste-de-données--{LEVER_OLD}/"
    result = apply_export(the_plan)
    assert result.removed == [old.resolve()] and not old.exists()
    assert front(item.target)["aliases"] == [old_link]
    public = hugo_build(site, tmp_path / "public")
    # Hugo writes a redirect page at the old address (multihost: inside the language's folder).
    redirect = public / ("fr" if config == "multihost" else "") / old_link.strip("/") / "index.html"
    new_link = HugoUrls(Site.open(site)).rel_permalink(item.target, front(item.target), "fr")
    assert new_link in redirect.read_text(encoding="utf-8")
    new_page = public / ("fr" if config == "multihost" else "") / HugoUrls(Site.open(site)).link(item.target, {}, "fr").strip("/")
    assert "Analyste principal·e de données" in (new_page / "index.html").read_text(encoding="utf-8")


def test_rename_adds_to_existing_aliases_and_never_aliases_the_new_address(site, drafts):
    target = site_file("en", site, f"data-analyst--{LEVER_OLD}.md")
    new_link = f"/en/careers/positions/lead-data-analyst--{LEVER_OLD}/"
    target.write_text(target.read_text(encoding="utf-8").replace("date:", f"aliases: [/old-analyst/, {new_link}]\ndate:"),
                      encoding="utf-8")
    draft = drafts / "en" / "data-analyst.md"
    draft.write_text(draft.read_text(encoding="utf-8").replace("'Data Analyst'", "'Lead Data Analyst'"), encoding="utf-8")
    item = by_target(plan(drafts, site, ["data-analyst"], rename=True), "en")
    assert Posting(item.content).get("aliases") == ["/old-analyst/", f"/en/careers/positions/data-analyst--{LEVER_OLD}/"]


def test_aliases_that_are_not_a_list_block_the_file_in_the_readers_language(site, drafts):
    draft = drafts / "en" / "data-analyst.md"
    draft.write_text(draft.read_text(encoding="utf-8").replace("leverId:", "aliases: 7\nleverId:"), encoding="utf-8")
    the_plan = plan(drafts, site, ["data-analyst"])
    [refusal] = [f for f in the_plan.errors if f.code == "export-aliases"]
    assert Path(refusal.file).name == "data-analyst.md" and refusal.variant == "not-a-list"
    assert refusal.message_in("en") == "'aliases' should be a list of addresses, not 7."
    assert refusal.message_in("fr").replace("\u00a0", " ") == "« aliases » devrait être une liste d’adresses, et non 7."
    assert "en" not in {item.lang for item in the_plan.items}


def test_the_summary_is_worded_in_the_asked_language(site, drafts):
    draft = drafts / "en" / "data-analyst.md"
    draft.write_text(draft.read_text(encoding="utf-8").replace("'Data Analyst'", "'Lead Data Analyst'"), encoding="utf-8")
    the_plan = plan(drafts, site)
    english, french = the_plan.summary(), the_plan.summary("fr")
    assert f"new       en  content/en/careers/positions/ux-researcher--{LEVER_NEW}.md" in english
    assert "          file name kept (the title's name would be lead-data-analyst--" in english
    assert f"nouveau  en  content/en/careers/positions/ux-researcher--{LEVER_NEW}.md" in french
    assert f"modifié  en  content/en/careers/positions/data-analyst--{LEVER_OLD}.md" in french
    assert "         nom de fichier gardé (celui du titre serait lead-data-analyst--" in french
    assert "         champs que seul le site a, gardés\u00a0: date" in french
    # The diffs are the files' own lines, the same in both.
    assert english.split("\n\n", 1)[1] == french.split("\n\n", 1)[1]


# ---------------------------------------------------------------------------- checks
def test_errors_block_and_are_located(site, drafts):
    (drafts / "en" / "ux-researcher.md").write_text(posting("UX Researcher", "ux-researcher", "not-a-uuid"), encoding="utf-8")
    (drafts / "fr" / "chercheuse-ux.md").write_text(
        "---\nlayout: job-posting\ntranslationKey: ux-researcher\ntitle: [unclosed\n---\nBody\n", encoding="utf-8")
    before = tree(site)
    the_plan = plan(drafts, site, ["ux-researcher"])
    assert the_plan.blocked
    located = {(Path(f.file).name, f.line, f.code) for f in the_plan.errors}
    assert ("ux-researcher.md", 9, "lever-id-not-uuid") in located
    assert any(name == "chercheuse-ux.md" and line in (4, 5) for name, line, _ in located)
    with pytest.raises(ExportError):
        apply_export(the_plan)
    assert tree(site) == before


def test_warnings_are_listed_and_can_be_accepted(site, drafts):
    (drafts / "en" / "ux-researcher.md").write_text(
        posting("UX Researcher", "ux-researcher", LEVER_NEW, description="Research &amp; design."), encoding="utf-8")
    the_plan = plan(drafts, site, ["ux-researcher"])
    assert not the_plan.errors
    assert [(Path(f.file).name, f.code) for f in the_plan.warnings] == [("ux-researcher.md", "html-entity")]
    assert len(apply_export(the_plan).written) == 2


def test_a_new_pair_missing_a_language_is_refused(site, drafts):
    (drafts / "fr" / "chercheuse-ux.md").unlink()
    the_plan = plan(drafts, site, ["ux-researcher"])
    assert [(Path(f.file).name, f.code) for f in the_plan.errors] == [("ux-researcher.md", "missing-counterpart")]
    with pytest.raises(ExportError):
        apply_export(the_plan)


def test_updating_one_language_of_a_published_pair_is_a_warning_and_that_file_goes(site, drafts):
    (drafts / "fr" / "analyste.md").unlink()
    the_plan = plan(drafts, site, ["data-analyst"])
    assert not the_plan.errors
    [warning] = the_plan.warnings
    assert warning.code == "missing-counterpart" and "The site's file in that language is kept" in warning.message
    assert [item.lang for item in the_plan.items] == ["en"]


def test_planning_writes_nothing(site, drafts):
    before, before_drafts = tree(site), tree(drafts)
    the_plan = plan(drafts, site, rename=True)
    assert the_plan.changes()
    the_plan.summary()
    the_plan.commit_message()
    assert tree(site) == before and tree(drafts) == before_drafts


def test_unknown_key_and_same_folder_are_refused(site, drafts):
    with pytest.raises(ExportError, match="no-such-key"):
        plan(drafts, site, ["no-such-key"])
    with pytest.raises(ExportError, match="same folder"):
        plan(site, site)


def test_a_file_of_another_posting_is_never_replaced(site, drafts):
    squatter = site_file("en", site, f"ux-researcher--{LEVER_NEW}.md")
    squatter.write_text("---\ntitle: Something else\n---\nNot a posting.\n", encoding="utf-8")
    the_plan = plan(drafts, site, ["ux-researcher"])
    assert [f.code for f in the_plan.errors] == ["export-target-exists"]


def test_two_site_files_for_one_key_block(site, drafts):
    original = site_file("en", site, f"data-analyst--{LEVER_OLD}.md")
    (original.parent / "data-analyst-copy.md").write_bytes(original.read_bytes())
    the_plan = plan(drafts, site, ["data-analyst"])
    assert {f.code for f in the_plan.errors} == {"export-site-conflict"}


def test_the_plan_goes_stale_when_the_site_changes(site, drafts):
    the_plan = plan(drafts, site, ["data-analyst"])
    target = site_file("en", site, f"data-analyst--{LEVER_OLD}.md")
    target.write_bytes(target.read_bytes() + b"\nA late edit.\n")
    with pytest.raises(ExportError, match="changed since the export was planned"):
        apply_export(the_plan)
    assert target.read_bytes().endswith(b"A late edit.\n")


_TITLE_FILE = posting("placeholder", "any-title", LEVER_NEW)


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=st.text(min_size=1, max_size=200))
def test_no_title_puts_a_file_outside_the_content_folder(tmp_path_factory, title):
    assume(title.strip())
    root = tmp_path_factory.mktemp("export")
    site = make_site(root / "site")
    drafts = root / "drafts"
    for lang in ("en", "fr"):
        draft = Posting(_TITLE_FILE.encode("utf-8"), None, lang, on_disk=False)
        try:
            draft.set("title", title)
        except ValueError:
            assume(False)
        (drafts / lang).mkdir(parents=True)
        (drafts / lang / "draft.md").write_bytes(draft.to_bytes())
    the_plan = plan(drafts, site, ["any-title"])
    for item in the_plan.items:
        folder = (site / "content" / item.lang / "careers" / "positions").resolve()
        assert item.target.parent == folder and item.target.resolve().parent == folder
        assert item.target.name.endswith(f"--{LEVER_NEW}.md") and not item.target.name.startswith(".")


# ---------------------------------------------------------------------------- git
def test_commit_on_a_new_branch_commits_exactly_the_exported_files(site, drafts):
    (site / "notes.txt").write_text("unrelated work in progress\n", encoding="utf-8")
    git(site, "add", "notes.txt")  # staged, and must stay out of the export's commit
    (site / "layouts" / "_default" / "single.html").write_text("changed but not staged\n", encoding="utf-8")
    the_plan = plan(drafts, site)
    result = apply_export(the_plan, commit=True, branch="export/ux-researcher")
    assert result.branch == "export/ux-researcher" and result.branch_created
    assert git(site, "rev-parse", "--abbrev-ref", "HEAD").strip() == "export/ux-researcher"
    assert git(site, "rev-parse", "HEAD").strip() == result.commit
    committed = git(site, "-c", "core.quotePath=false", "show", "--name-status", "--format=", "HEAD").splitlines()
    assert sorted(committed) == sorted([
        f"A\tcontent/en/careers/positions/ux-researcher--{LEVER_NEW}.md",
        f"A\tcontent/fr/careers/positions/chercheuse-ou-chercheur-ux--{LEVER_NEW}.md",
        f"M\tcontent/en/careers/positions/data-analyst--{LEVER_OLD}.md",
    ])
    message = git(site, "log", "-1", "--format=%B")
    assert message.startswith("Export 2 job postings: data-analyst, ux-researcher\n\n")
    for expected in ("- ux-researcher (en): add content/en/careers/positions/ux-researcher--",
                     "- ux-researcher (fr): add content/fr/careers/positions/chercheuse-ou-chercheur-ux--",
                     "- data-analyst (en): update content/en/careers/positions/data-analyst--", "UX Researcher"):
        assert expected in message
    assert git(site, "log", "-1", "--format=%an <%ae>").strip() == "Site Maintainer <maintainer@example.org>"
    status = git(site, "status", "--porcelain")
    assert "A  notes.txt" in status and " M layouts/_default/single.html" in status
    assert git(site, "rev-parse", "main").strip() == git(site, "rev-parse", "HEAD~1").strip()


def test_commit_on_the_current_branch_with_a_given_subject(site, drafts):
    result = apply_export(plan(drafts, site, ["ux-researcher"]), commit=True, message="Publish the UX researcher posting")
    assert result.branch == "main" and not result.branch_created
    assert git(site, "log", "-1", "--format=%s").strip() == "Publish the UX researcher posting"
    assert git(site, "status", "--porcelain") == ""


def test_rename_is_committed_as_a_rename(site, drafts):
    draft = drafts / "en" / "data-analyst.md"
    draft.write_text(draft.read_text(encoding="utf-8").replace("'Data Analyst'", "'Lead Data Analyst'"), encoding="utf-8")
    apply_export(plan(drafts, site, ["data-analyst"], rename=True), commit=True)
    status = git(site, "show", "-M", "--name-status", "--format=", "HEAD")
    assert re.search(rf"R\d+\tcontent/en/careers/positions/data-analyst--{LEVER_OLD}.md\t"
                     rf"content/en/careers/positions/lead-data-analyst--{LEVER_OLD}.md", status)
    assert git(site, "status", "--porcelain") == ""


def test_refuses_uncommitted_changes_in_the_files_it_would_touch(site, drafts):
    target = site_file("en", site, f"data-analyst--{LEVER_OLD}.md")
    target.write_bytes(target.read_bytes() + b"\nSomeone's unsaved idea.\n")
    the_plan = plan(drafts, site, ["data-analyst"])
    before = tree(site)
    with pytest.raises(ExportError, match="uncommitted changes.*data-analyst"):
        apply_export(the_plan, commit=True, branch="export/x")
    assert tree(site) == before
    assert git(site, "rev-parse", "--abbrev-ref", "HEAD").strip() == "main"


def test_refuses_in_the_middle_of_a_merge(site, drafts):
    readme = site / "README.md"
    readme.write_text("one\n", encoding="utf-8")
    git(site, "add", "README.md")
    git(site, "commit", "-qm", "readme")
    git(site, "switch", "-qc", "other")
    readme.write_text("two\n", encoding="utf-8")
    git(site, "commit", "-qam", "two")
    git(site, "switch", "-q", "main")
    readme.write_text("three\n", encoding="utf-8")
    git(site, "commit", "-qam", "three")
    git(site, "merge", "other", check=False)  # conflicts: the repository is now mid-merge
    the_plan = plan(drafts, site, ["ux-researcher"])
    before = tree(site)
    with pytest.raises(ExportError, match="middle of a merge"):
        apply_export(the_plan, commit=True)
    assert tree(site) == before


def test_refuses_without_a_git_identity(site, drafts, tmp_path, monkeypatch):
    git(site, "config", "--unset", "user.name")
    git(site, "config", "--unset", "user.email")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for name in ("GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL", "EMAIL"):
        monkeypatch.delenv(name, raising=False)
    before = tree(site)
    with pytest.raises(ExportError, match="git config --global user.name"):
        apply_export(plan(drafts, site, ["ux-researcher"]), commit=True)
    assert tree(site) == before


def test_an_existing_branch_is_used_only_when_it_holds_the_same_files(site, drafts):
    git(site, "branch", "same")
    git(site, "switch", "-qc", "different")
    target = site_file("en", site, f"data-analyst--{LEVER_OLD}.md")
    target.write_bytes(target.read_bytes().replace(b"Data Analyst", b"Data Analyst (draft)"))
    git(site, "commit", "-qam", "another version")
    git(site, "switch", "-q", "main")
    with pytest.raises(ExportError, match="branch 'different' holds other versions"):
        apply_export(plan(drafts, site, ["data-analyst"]), commit=True, branch="different")
    assert git(site, "rev-parse", "--abbrev-ref", "HEAD").strip() == "main"
    result = apply_export(plan(drafts, site, ["data-analyst"]), commit=True, branch="same")
    assert result.branch == "same" and not result.branch_created
    assert git(site, "log", "-1", "--format=%s", "same").startswith("Export the job posting data-analyst")


@needs_hugo
def test_a_missing_translation_goes_beside_the_sites_counterpart(site, drafts, tmp_path):
    archive = site / "content" / "en" / "careers" / "archive"
    archive.mkdir()
    (archive / "_index.md").write_text("---\ntitle: Archive\n---\n", encoding="utf-8")
    git(site, "mv", f"content/en/careers/positions/data-analyst--{LEVER_OLD}.md", "content/en/careers/archive/")
    git(site, "rm", "-q", f"content/fr/careers/positions/analyste-de-données--{LEVER_OLD}.md")
    git(site, "commit", "-qm", "the French version was withdrawn; the English one archived")
    the_plan = plan(drafts, site, ["data-analyst"])
    fr = by_target(the_plan, "fr")
    assert fr.action == NEW and fr.target == (site / "content" / "fr" / "careers" / "archive" / f"analyste-de-données--{LEVER_OLD}.md").resolve()
    assert by_target(the_plan, "en").target.parent == archive.resolve()
    apply_export(the_plan, commit=True)
    hugo_build(site, tmp_path / "public")
    assert (tmp_path / "public" / "fr" / "careers" / "archive" / f"analyste-de-données--{LEVER_OLD}" / "index.html").is_file()


def test_a_target_folder_made_a_loop_of_links_after_the_plan_is_an_export_error(site, drafts, tmp_path):
    """Between the plan and the write the French folder became a link to itself: reading the targets
    back (to see that nothing changed since the plan) raised OSError, an internal error to the user."""
    import shutil

    the_plan = plan(drafts, site, ["ux-researcher"])
    assert not the_plan.errors
    french = by_target(the_plan, "fr").target.parent
    moved = tmp_path / "moved"
    shutil.move(str(french), moved)
    french.symlink_to(french.name)
    with pytest.raises(ExportError, match="Too many levels of symbolic links"):
        apply_export(the_plan)
    assert french.is_symlink() and not by_target(the_plan, "en").target.exists()
