"""``posting-editor export`` through the installed script: exit codes, messages, what gets written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_support import run
from tests.export_support import LEVER_NEW, LEVER_OLD, git, hugo_build, make_drafts, make_site, needs_hugo, posting, site_file, tree


@pytest.fixture
def site(tmp_path):
    return make_site(tmp_path / "site")


@pytest.fixture
def drafts(tmp_path):
    return make_drafts(tmp_path / "drafts")


@needs_hugo
def test_export_writes_new_and_updated_files_and_the_site_still_builds(site, drafts, tmp_path):
    result = run("export", drafts, "--to", site)
    assert result.returncode == 0, result.stderr
    assert f"new       en  content/en/careers/positions/ux-researcher--{LEVER_NEW}.md" in result.stdout
    assert f"update    en  content/en/careers/positions/data-analyst--{LEVER_OLD}.md" in result.stdout
    assert "+You will help a small team answer questions with data." in result.stdout
    assert "Exported 3 files." in result.stderr
    assert site_file("en", site, f"ux-researcher--{LEVER_NEW}.md").is_file()
    hugo_build(site, tmp_path / "public")


def test_dry_run_writes_nothing(site, drafts):
    before = tree(site)
    result = run("export", drafts, "--to", site, "--dry-run", "--commit", "--branch", "export/try")
    assert result.returncode == 0, result.stderr
    assert "Dry run: 3 files would be written; nothing was." in result.stderr
    assert "Commit message:\nExport 2 job postings: data-analyst, ux-researcher" in result.stdout
    assert tree(site) == before
    assert git(site, "branch", "--list", "export/try") == ""


def test_the_plan_is_shown_in_the_language_of_messages(site, drafts):
    before = tree(site)
    result = run("export", drafts, "--to", site, "--dry-run", "--lang", "fr")
    assert result.returncode == 0, result.stderr
    assert f"nouveau  en  content/en/careers/positions/ux-researcher--{LEVER_NEW}.md" in result.stdout
    assert f"modifié  en  content/en/careers/positions/data-analyst--{LEVER_OLD}.md" in result.stdout
    assert "fichiers seraient écrits" in result.stderr
    assert "new " not in result.stdout and "update " not in result.stdout
    assert tree(site) == before


def test_aliases_that_are_not_a_list_are_refused_in_the_language_of_messages(site, drafts):
    draft = drafts / "en" / "data-analyst.md"
    draft.write_text(draft.read_text(encoding="utf-8").replace("leverId:", "aliases: 7\nleverId:"), encoding="utf-8")
    before = tree(site)
    for lang, words in (("en", "'aliases' should be a list of addresses, not 7."), ("fr", "devrait être une liste d’adresses")):
        result = run("export", drafts, "--to", site, "--key", "data-analyst", "--lang", lang)
        assert result.returncode == 1 and words in result.stderr, result.stderr
    assert tree(site) == before


def test_errors_block_with_file_and_line(site, drafts):
    bad = drafts / "en" / "ux-researcher.md"
    bad.write_text(posting("UX Researcher", "ux-researcher", LEVER_NEW).replace("archived: false", "archived: maybe"),
                   encoding="utf-8")
    before = tree(site)
    result = run("export", drafts, "--to", site, "--key", "ux-researcher", cwd=drafts.parent)
    assert result.returncode == 1
    assert "drafts/en/ux-researcher.md:7:11: error archived-not-boolean" in result.stderr
    assert "nothing was exported" in result.stderr
    assert tree(site) == before


def test_warnings_need_to_be_accepted(site, drafts):
    draft = drafts / "en" / "ux-researcher.md"
    draft.write_text(draft.read_text(encoding="utf-8").replace("'UX Researcher'", "'UX &amp; Researcher'"), encoding="utf-8")
    result = run("export", drafts, "--to", site, "--key", "ux-researcher")
    assert result.returncode == 1 and "html-entity" in result.stderr and "--accept-warnings" in result.stderr
    assert not site_file("en", site, f"ux-researcher--{LEVER_NEW}.md").exists()
    result = run("export", drafts, "--to", site, "--key", "ux-researcher", "--accept-warnings")
    assert result.returncode == 0, result.stderr
    assert site_file("en", site, f"ux-researcher--{LEVER_NEW}.md").is_file()


def test_commit_on_a_branch(site, drafts):
    result = run("export", drafts, "--to", site, "--key", "ux-researcher", "--commit", "--branch", "export/ux")
    assert result.returncode == 0, result.stderr
    assert "Created and switched to the branch 'export/ux'." in result.stderr and "(not pushed)" in result.stderr
    assert git(site, "log", "-1", "--format=%s").strip() == "Export the job posting ux-researcher"
    assert git(site, "status", "--porcelain") == ""


def test_rename_needs_asking(site, drafts):
    draft = drafts / "en" / "data-analyst.md"
    draft.write_text(draft.read_text(encoding="utf-8").replace("'Data Analyst'", "'Lead Data Analyst'"), encoding="utf-8")
    result = run("export", drafts, "--to", site, "--key", "data-analyst")
    assert result.returncode == 0 and "rename with --rename" in result.stdout
    assert site_file("en", site, f"data-analyst--{LEVER_OLD}.md").is_file()
    draft.write_text(draft.read_text(encoding="utf-8").replace("'Lead Data Analyst'", "'Principal Data Analyst'"), encoding="utf-8")
    result = run("export", drafts, "--to", site, "--key", "data-analyst", "--rename")
    assert result.returncode == 0, result.stderr
    assert not site_file("en", site, f"data-analyst--{LEVER_OLD}.md").exists()
    renamed = site_file("en", site, f"principal-data-analyst--{LEVER_OLD}.md").read_text(encoding="utf-8")
    assert f"aliases:\n  - /en/careers/positions/data-analyst--{LEVER_OLD}/\n" in renamed


def test_refusals_are_clear_and_leave_everything_alone(site, drafts):
    target = site_file("en", site, f"data-analyst--{LEVER_OLD}.md")
    target.write_bytes(target.read_bytes() + b"\nwork in progress\n")
    before = tree(site)
    result = run("export", drafts, "--to", site, "--commit")
    assert result.returncode == 2
    assert "uncommitted changes" in result.stderr and "data-analyst" in result.stderr
    assert tree(site) == before


def test_refuses_mid_merge(site, drafts):
    (site / ".git" / "MERGE_HEAD").write_text(git(site, "rev-parse", "HEAD"), encoding="utf-8")
    result = run("export", drafts, "--to", site, "--key", "ux-researcher", "--commit")
    assert result.returncode == 2 and "middle of a merge" in result.stderr


def test_usage_errors(site, drafts):
    result = run("export", drafts, "--to", site, "--key", "nope")
    assert result.returncode == 2 and "No posting has the translationKey 'nope'" in result.stderr
    result = run("export", drafts)
    assert result.returncode == 2 and "the following arguments are required: --to" in result.stderr


def test_a_commit_message_without_a_commit_is_refused(site, drafts):
    """--message alone was ignored: the files were exported, uncommitted, and the message lost."""
    before = tree(site)
    result = run("export", drafts, "--to", site, "--message", "Spring postings")
    assert result.returncode == 2 and "--message is the commit's first line: add --commit" in result.stderr
    assert tree(site) == before
    result = run("export", drafts, "--to", site, "--message", "Spring postings", "--lang", "fr")
    assert result.returncode == 2 and "ajoutez --commit" in result.stderr


def test_missing_folders(tmp_path, site):
    result = run("export", tmp_path / "nowhere", "--to", site)
    assert result.returncode == 2 and "no such folder" in result.stderr


def test_dry_run_already_says_why_a_commit_would_be_refused(site, drafts):
    target = site_file("en", site, f"data-analyst--{LEVER_OLD}.md")
    target.write_bytes(target.read_bytes() + b"\nwork in progress\n")
    before = tree(site)
    result = run("export", drafts, "--to", site, "--commit", "--dry-run")
    assert result.returncode == 2 and "uncommitted changes" in result.stderr
    assert tree(site) == before


def test_into_a_site_without_postings_yet_postings_go_where_the_source_keeps_them(tmp_path):
    """An empty site has no folder to follow: the draft's own place below its content folder is used."""
    import shutil

    from tests.cli_support import SAMPLE_SITE, copy_sample_site, run

    source = copy_sample_site(tmp_path / "source")
    site = tmp_path / "site"
    shutil.copytree(SAMPLE_SITE / "config", site / "config")
    for lang in ("en", "fr"):
        (site / "content" / lang).mkdir(parents=True)
    result = run("export", source, "--to", site, "--key", "data-analyst", "--accept-warnings")
    assert result.returncode == 0, result.stderr
    written = sorted(str(path.relative_to(site)) for path in site.rglob("*.md"))
    assert written == ["content/en/careers/positions/data-analyst--8552a8ea-faa5-442e-83f7-3f5895e25342.md",
                       "content/fr/careers/positions/analyste-de-données--8552a8ea-faa5-442e-83f7-3f5895e25342.md"]
