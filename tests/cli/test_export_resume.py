"""``export --commit`` run again after it was stopped half-way, and the repository refusals around it.

The kill test dies before every write stage, then at WRITES_ITERATIONS random moments (4 by default,
20 under HYPOTHESIS_PROFILE=thorough, CI's nightly run).
"""

from __future__ import annotations

import os
import random
import subprocess
import time

import pytest

from tests.cli_support import run
from tests.command_server import CommandServer
from tests.examples import thorough
from tests.export_support import LEVER_NEW, LEVER_OLD, git, make_drafts, make_site, posting, site_file

ROUNDS = int(os.environ.get("WRITES_ITERATIONS", "20" if thorough() else "4"))


@pytest.fixture
def site(tmp_path):
    return make_site(tmp_path / "site")


@pytest.fixture
def drafts(tmp_path):
    return make_drafts(tmp_path / "drafts")


def _hook(site, text: str | None) -> None:
    hook = site / ".git" / "hooks" / "pre-commit"
    if text is None:
        hook.unlink()
        return
    hook.write_text(text, encoding="utf-8")
    hook.chmod(0o755)


def _committed(site, path) -> bytes:
    return subprocess.run(["git", "show", f"HEAD:{path.relative_to(site).as_posix()}"], cwd=site,
                          capture_output=True, timeout=60).stdout


def test_a_rerun_after_a_failing_pre_commit_hook_commits_what_was_written(site, drafts):
    """Defect 3: the rerun said "Nothing to export" and left the files uncommitted."""
    _hook(site, "#!/bin/sh\necho 'pre-commit: not today' >&2\nexit 1\n")
    result = run("export", drafts, "--to", site, "--commit")
    assert result.returncode == 2 and "not today" in result.stderr
    assert git(site, "status", "--porcelain") != ""
    _hook(site, None)
    result = run("export", drafts, "--to", site, "--commit")
    assert result.returncode == 0, result.stderr
    assert "written, not committed yet" in result.stdout and "Committed" in result.stderr
    assert git(site, "status", "--porcelain") == ""
    new = site_file("en", site, f"ux-researcher--{LEVER_NEW}.md")
    assert _committed(site, new) == new.read_bytes()
    assert "ux-researcher (en): add" in git(site, "log", "-1", "--format=%B")
    assert "data-analyst (en): update" in git(site, "log", "-1", "--format=%B")


def test_a_rerun_commits_an_interrupted_rename_with_its_removal(site, drafts):
    draft = drafts / "en" / "data-analyst.md"
    draft.write_text(draft.read_text(encoding="utf-8").replace("'Data Analyst'", "'Lead Data Analyst'"), encoding="utf-8")
    _hook(site, "#!/bin/sh\nexit 1\n")
    assert run("export", drafts, "--to", site, "--key", "data-analyst", "--commit", "--rename").returncode == 2
    _hook(site, None)
    result = run("export", drafts, "--to", site, "--key", "data-analyst", "--commit", "--rename")
    assert result.returncode == 0, result.stderr
    assert git(site, "status", "--porcelain") == ""
    files = git(site, "ls-files", "content/en").split()
    assert f"content/en/careers/positions/lead-data-analyst--{LEVER_OLD}.md" in files
    assert f"content/en/careers/positions/data-analyst--{LEVER_OLD}.md" not in files


def test_a_hand_edit_of_a_file_the_export_would_write_still_blocks(site, drafts):
    _hook(site, "#!/bin/sh\nexit 1\n")
    run("export", drafts, "--to", site, "--commit")
    _hook(site, None)
    new = site_file("en", site, f"ux-researcher--{LEVER_NEW}.md")
    new.write_bytes(new.read_bytes() + b"\nA line of my own.\n")
    result = run("export", drafts, "--to", site, "--commit")
    assert result.returncode == 2 and "uncommitted changes" in result.stderr
    assert b"A line of my own." in new.read_bytes()


_WORDS = ("apple", "bread", "cloud", "dream", "eagle", "flame", "grape", "house", "island", "jacket", "kettle",
          "lemon", "mountain", "needle", "orange", "pencil", "queen", "river", "stone", "table", "umbrella", "valley",
          "window", "yellow", "zebra")


def _label(round_: int) -> str:
    """Dictionary words per round, not a number or a made-up word: a number in only the English text,
    or a misspelling, is a warning that stops the export."""
    return " ".join(_WORDS[int(digit)] for digit in str(round_))


def test_export_commit_killed_anywhere_is_finished_by_the_rerun(site, drafts, tmp_path):
    """Killed right before each of its write stages (temp files, renames, syncs, git add and commit), then
    at random moments: the next export always finishes the job, commits it, and leaves nothing behind."""
    draft = drafts / "en" / "ux-researcher.md"
    args = ["export", drafts, "--to", site, "--commit"]
    rng = random.Random(11)

    def change(round_: int) -> None:
        draft.write_text(posting("UX Researcher", "ux-researcher", LEVER_NEW, body=f"## About the role\n\nRound {_label(round_)}.\n"),
                         encoding="utf-8")

    def rerun_finishes(round_: int, how: str) -> None:
        result = run("export", drafts, "--to", site, "--commit")
        assert result.returncode == 0, (round_, how, result.stderr)
        assert git(site, "status", "--porcelain", "--untracked-files=all") == "", (round_, how)
        target = site_file("en", site, f"ux-researcher--{LEVER_NEW}.md")
        assert f"Round {_label(round_)}.".encode() in _committed(site, target), (round_, how)

    with CommandServer(args) as server:  # its warm-up is the first export, run to the end
        assert server.warm_exit_code == 0
        assert git(site, "status", "--porcelain", "--untracked-files=all") == ""
        change(0)
        started = time.monotonic()
        stages = server.stages(*args, record=tmp_path / "stages")
        duration = time.monotonic() - started
        rerun_finishes(0, "not killed")
        assert {"fdopen", "fsync", "replace", "git add", "git commit"} <= set(stages), stages
        round_ = 0
        for number, stage in enumerate(stages):
            round_ += 1
            change(round_)
            assert server.wait(server.start(*args, die_before=number)) == 9, (number, stage)
            rerun_finishes(round_, f"died before {stage} (stage {number})")
        for _ in range(ROUNDS):
            round_ += 1
            change(round_)
            child = server.start(*args)
            time.sleep(rng.uniform(0.0, duration * 1.2))
            server.kill(child)
            server.wait(child)
            rerun_finishes(round_, "killed at random")


def test_without_commit_a_repository_mid_merge_or_rebase_is_refused(site, drafts):
    (site / ".git" / "MERGE_HEAD").write_text(git(site, "rev-parse", "HEAD"), encoding="utf-8")
    result = run("export", drafts, "--to", site)
    assert result.returncode == 2 and "middle of a merge" in result.stderr
    assert not site_file("en", site, f"ux-researcher--{LEVER_NEW}.md").exists()
    result = run("export", drafts, "--to", site, "--dry-run")
    assert result.returncode == 2 and "middle of a merge" in result.stderr
    (site / ".git" / "MERGE_HEAD").unlink()
    (site / ".git" / "rebase-merge").mkdir()
    result = run("export", drafts, "--to", site)
    assert result.returncode == 2 and "middle of a rebase" in result.stderr


def test_without_commit_a_folder_that_is_not_a_repository_is_fine(tmp_path, drafts):
    site = make_site(tmp_path / "plain")
    import shutil

    shutil.rmtree(site / ".git")
    result = run("export", drafts, "--to", site)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("branch, says", [
    ("@", "not a valid branch name"),
    ("refs/heads/x", "reference of its own"),
    ("heads/x", "reference of its own"),
    ("origin/master", "shadow the remote 'origin'"),
    ("ORIG_HEAD", "reference of its own"),
    ("-x", "not a valid branch name"),
    ("v1.0", "already the name of a tag"),
])
def test_branch_names_git_would_misread_are_refused(site, drafts, branch, says):
    git(site, "remote", "add", "origin", "https://example.invalid/site.git")
    git(site, "tag", "v1.0")
    for extra in ([], ["--dry-run"]):
        result = run("export", drafts, "--to", site, "--commit", f"--branch={branch}", *extra)
        assert result.returncode == 2 and says in result.stderr, result.stderr
    assert git(site, "status", "--porcelain") == ""
    assert git(site, "branch", "--format=%(refname:short)").split() == ["main"]


def test_export_refuses_a_site_postings_folder_linked_outside(site, drafts, tmp_path):
    """The export goes through the same confinement as every other writer; the linked folder is not even
    read (its postings are unknown), so the site's French files count as unreadable and nothing is written."""
    outside = tmp_path / "outside"
    positions = site / "content" / "fr" / "careers" / "positions"
    positions.rename(outside)
    positions.symlink_to(outside, target_is_directory=True)
    before = sorted(os.listdir(outside))
    result = run("export", drafts, "--to", site, "--key", "ux-researcher")
    assert result.returncode == 1 and "export-site-unreadable" in result.stderr and "symbolic link" in result.stderr
    assert sorted(os.listdir(outside)) == before
    assert not site_file("en", site, f"ux-researcher--{LEVER_NEW}.md").exists()
