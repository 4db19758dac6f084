"""Whether a site is in git is known without starting git when no ``.git`` is anywhere above it."""

from __future__ import annotations

import shutil
import subprocess
from types import SimpleNamespace

import pytest

from editor.model.translation import status
from editor.model.translation.status import GitHistory

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.fixture
def git_runs(monkeypatch):
    """The git commands the status module starts."""
    runs: list[tuple[str, ...]] = []
    real = status._git

    def counting(folder, *args):
        runs.append(args)
        return real(folder, *args)

    monkeypatch.setattr(status, "_git", counting)
    monkeypatch.delenv("GIT_DIR", raising=False)
    monkeypatch.delenv("GIT_WORK_TREE", raising=False)
    return runs


def test_outside_git_no_git_is_started(tmp_path, git_runs):
    if any((folder / ".git").exists() for folder in (tmp_path, *tmp_path.parents)):
        pytest.skip("the temporary folder is itself in a git repository")
    site = tmp_path / "site"
    site.mkdir()
    assert GitHistory.work_tree(SimpleNamespace(root=site)) is None
    assert git_runs == []


@needs_git
@pytest.mark.parametrize("how", ["in the repository", "by a link from outside"])
def test_in_git_the_top_of_the_work_tree_is_found(tmp_path, git_runs, how):
    repo = tmp_path / "repo"
    (repo / "sites" / "careers").mkdir(parents=True)
    subprocess.run(["git", "init", "--quiet", str(repo)], check=True, capture_output=True, timeout=60)
    site = repo / "sites" / "careers"
    if how == "by a link from outside":
        (tmp_path / "elsewhere").mkdir()
        link = tmp_path / "elsewhere" / "careers"
        link.symlink_to(site, target_is_directory=True)
        site = link
    assert GitHistory.work_tree(SimpleNamespace(root=site)) == repo.resolve()
    assert git_runs == [("rev-parse", "--show-toplevel")]


@needs_git
def test_git_dir_in_the_environment_is_asked_of_git(tmp_path, git_runs, monkeypatch):
    repo = tmp_path / "repo"
    subprocess.run(["git", "init", "--quiet", str(repo)], check=True, capture_output=True, timeout=60)
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.setenv("GIT_DIR", str(repo / ".git"))
    monkeypatch.setenv("GIT_WORK_TREE", str(tmp_path))
    assert GitHistory.work_tree(SimpleNamespace(root=site)) == tmp_path.resolve()
