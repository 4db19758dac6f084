"""The site repository's checks before an export writes or commits."""

from __future__ import annotations

import shutil

import pytest

from editor.model.site.export_git import _IN_PROGRESS, SiteRepo
from tests.export_support import git

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def test_each_operation_under_way_is_named_by_its_own_marker(tmp_path):
    """The markers' places are asked of git all at once: each place is still matched with its own operation."""
    git(tmp_path, "init", "--quiet")
    repo = SiteRepo.open(tmp_path)
    assert repo.operation_in_progress() is None
    for marker, name in _IN_PROGRESS.items():
        path = tmp_path / ".git" / marker
        path.write_text("", encoding="utf-8")
        assert repo.operation_in_progress() == name, marker
        path.unlink()
