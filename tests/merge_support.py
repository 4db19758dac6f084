"""A site copy with real merge conflicts: two branches of a git repository changing the same lines,
merged, as a pull leaves them (for the list's tests, on the command line and in the window)."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

POSITIONS = "content/{lang}/careers/positions"


def git(root: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "-c", "user.name=T", "-c", "user.email=t@example.org", *args],
                          cwd=root, check=check, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "GIT_AUTHOR_DATE": "2026-01-05T10:00:00+00:00",
                               "GIT_COMMITTER_DATE": "2026-01-05T10:00:00+00:00"})


def _replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def conflicted_site(site: Path) -> tuple[Path, Path]:
    """The English data-analyst's first heading changed on both branches (a conflict in the body), and
    the French product manager's title (a conflict in the front matter); the merge left both.
    Returns (English data-analyst, French product manager), dated a minute ago (old enough for the
    index cache to keep them)."""
    [english] = (site / POSITIONS.format(lang="en")).glob("data-analyst--*.md")
    [french] = (site / POSITIONS.format(lang="fr")).glob("gestionnaire-de-produit--*.md")
    title = next(line for line in french.read_text(encoding="utf-8").splitlines() if line.startswith("title:"))
    git(site, "init", "-q", "-b", "main")
    git(site, "add", "-A")
    git(site, "commit", "-qm", "start")
    git(site, "checkout", "-qb", "other")
    _replace_in(english, "## About us\n", "## Who we are\n")
    _replace_in(french, title, "title: 'Gestionnaire de produits numériques'")
    git(site, "commit", "-qam", "other")
    git(site, "checkout", "-q", "main")
    _replace_in(english, "## About us\n", "## Our agency\n")
    _replace_in(french, title, "title: 'Gestionnaire de produit principal'")
    git(site, "commit", "-qam", "main")
    assert git(site, "merge", "other", check=False).returncode != 0
    for path in (english, french):
        assert "<<<<<<< HEAD" in path.read_text(encoding="utf-8")
        os.utime(path, (time.time() - 60,) * 2)
    return english, french


def first_conflict_line(path: Path) -> int:
    return path.read_text(encoding="utf-8").splitlines().index("<<<<<<< HEAD") + 1
