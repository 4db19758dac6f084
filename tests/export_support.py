"""A small Hugo site of the tests' own, kept in git, and a drafts folder to export from.

The site has layouts (so ``hugo`` builds it and its redirects), one pair already published and
a .gitignore for Hugo's output, like a real site repository.
"""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

HUGO = shutil.which("hugo")
needs_hugo = pytest.mark.skipif(HUGO is None, reason="hugo is not installed (apt-get install hugo)")

LEVER_OLD = "11111111-2222-4333-8444-555555555555"
LEVER_NEW = "0f8fad5b-d9cb-469f-a165-70867728950e"
POSITIONS = Path("careers") / "positions"

CONFIGS = {
    "in-subdir": (
        "baseURL: https://jobs.example.org/\n"
        "defaultContentLanguage: en\n"
        "defaultContentLanguageInSubdir: true\n"
        "disableKinds: [taxonomy, term, RSS, sitemap]\n"
        "languages:\n"
        "  en: {contentDir: content/en, weight: 1, languageName: English}\n"
        "  fr: {contentDir: content/fr, weight: 2, languageName: Français}\n"
    ),
    # One host per language, as the real careers site has: no /en/ or /fr/ in addresses.
    "multihost": (
        "defaultContentLanguage: en\n"
        "disableKinds: [taxonomy, term, RSS, sitemap]\n"
        "languages:\n"
        "  en: {contentDir: content/en, weight: 1, baseURL: 'https://jobs.example.org/'}\n"
        "  fr: {contentDir: content/fr, weight: 2, baseURL: 'https://emplois.example.org/'}\n"
    ),
}

LAYOUTS = {
    "_default/baseof.html": "<!DOCTYPE html>\n<html lang=\"{{ .Site.Language.Lang }}\"><head><title>{{ .Title }}</title></head>\n"
                            "<body>{{ block \"main\" . }}{{ end }}</body></html>\n",
    "_default/list.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .RegularPages }}"
                          "<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n",
    "_default/single.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}\n",
    "section/job-posting.html": "{{ define \"main\" }}<article><h1>{{ .Title }}</h1>"
                                "{{ if not .Params.archived }}<a href=\"https://jobs.example.org/apply/{{ .Params.leverId }}\">Apply</a>{{ end }}"
                                "{{ .Content }}</article>{{ end }}\n",
}


def posting(title: str, key: str, lever: str | None, *, description: str = "A short description of the role.",
            body: str = "## About the role\n\nYou will help a small team.\n", archived: bool = False,
            extra: str = "") -> str:
    lever_line = f"leverId: {lever}\n" if lever else ""
    return (f"---\nlayout: job-posting\ntype: section\ntitle: '{title}'\ndescription: >-\n  {description}\n"
            f"archived: {'true' if archived else 'false'}\ntranslationKey: {key}\n{lever_line}{extra}---\n\n{body}")


def git(repo: Path, *args: str, check: bool = True, env: dict | None = None) -> str:
    result = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, env=env, timeout=60)
    if check:
        assert result.returncode == 0, f"git {' '.join(args)}: {result.stderr}"
    return result.stdout


def make_site(root: Path, config: str = "in-subdir") -> Path:
    """The site with one published pair ('data-analyst'), committed on 'main': a copy of one made
    once a process (six git runs, 30 CPU-ms, against 6 for the copy; git sees the copied files
    changed in nothing but their inodes, and reads them again)."""
    shutil.copytree(_published_site(config), root, symlinks=True, dirs_exist_ok=True)
    return root


@functools.cache
def _published_site(config: str) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="published-site-"))
    atexit.register(shutil.rmtree, folder, True)
    return _write_published_site(folder / "site", config)


def _write_published_site(root: Path, config: str) -> Path:
    (root / "config" / "_default").mkdir(parents=True)
    (root / "config" / "_default" / "config.yaml").write_text(CONFIGS[config], encoding="utf-8")
    for name, text in LAYOUTS.items():
        (root / "layouts" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "layouts" / name).write_text(text, encoding="utf-8")
    for lang, careers, positions in (("en", "Careers", "Positions"), ("fr", "Carrières", "Postes")):
        folder = root / "content" / lang / POSITIONS
        folder.mkdir(parents=True)
        (folder.parent / "_index.md").write_text(f"---\ntitle: {careers}\n---\n", encoding="utf-8")
        (folder / "_index.md").write_text(f"---\ntitle: {positions}\n---\n", encoding="utf-8")
    site_file("en", root, f"data-analyst--{LEVER_OLD}.md").write_text(
        posting("Data Analyst", "data-analyst", LEVER_OLD, extra="date: 2024-01-15\n"), encoding="utf-8")
    site_file("fr", root, f"analyste-de-données--{LEVER_OLD}.md").write_text(
        posting("Analyste de données", "data-analyst", LEVER_OLD, description="Une courte description du poste.",
                body="## Le poste\n\nVous aiderez une petite équipe.\n"), encoding="utf-8")
    (root / ".gitignore").write_text("/public/\n/resources/_gen/\n.hugo_build.lock\n", encoding="utf-8")
    git(root, "init", "--quiet", "--initial-branch=main")
    git(root, "config", "user.name", "Site Maintainer")
    git(root, "config", "user.email", "maintainer@example.org")
    git(root, "config", "commit.gpgsign", "false")
    git(root, "add", "-A")
    git(root, "commit", "--quiet", "-m", "The site as published")
    return root


def sample_site_in_git(folder: Path) -> Path:
    """A copy of the bundled sample site at ``folder``, committed on 'main' in a repository of its own
    (the website the window's export writes into)."""
    from editor.resources import resource_path

    shutil.copytree(resource_path("sample-site"), folder)
    git(folder, "init", "-q", "-b", "main")
    git(folder, "config", "user.name", "Site Maintainer")
    git(folder, "config", "user.email", "maintainer@example.org")
    git(folder, "config", "commit.gpgsign", "false")
    git(folder, "add", "-A")
    git(folder, "commit", "-q", "-m", "The site")
    return folder


def site_file(lang: str, site: Path, name: str) -> Path:
    return site / "content" / lang / POSITIONS / name


def make_drafts(root: Path) -> Path:
    """A writer's folder: a new pair ('ux-researcher') and an edited copy of the published one."""
    (root / "en").mkdir(parents=True)
    (root / "fr").mkdir(parents=True)
    (root / "en" / "ux-researcher.md").write_text(
        posting("UX Researcher", "ux-researcher", LEVER_NEW), encoding="utf-8")
    (root / "fr" / "chercheuse-ux.md").write_text(
        posting("Chercheuse ou chercheur UX", "ux-researcher", LEVER_NEW, description="Une courte description du poste.",
                body="## Le poste\n\nVous aiderez une petite équipe.\n"), encoding="utf-8")
    (root / "en" / "data-analyst.md").write_text(
        posting("Data Analyst", "data-analyst", LEVER_OLD,
                body="## About the role\n\nYou will help a small team answer questions with data.\n"), encoding="utf-8")
    (root / "fr" / "analyste.md").write_text(
        posting("Analyste de données", "data-analyst", LEVER_OLD, description="Une courte description du poste.",
                body="## Le poste\n\nVous aiderez une petite équipe.\n"), encoding="utf-8")
    return root


def tree(root: Path) -> dict[str, bytes]:
    """Every file below ``root`` (git's own folder left out) and its bytes."""
    return {str(path.relative_to(root)): path.read_bytes() for path in sorted(root.rglob("*"))
            if path.is_file() and ".git" not in path.relative_to(root).parts}


def hugo_build(site: Path, out: Path) -> Path:
    """Build the site into ``out`` (never into the repository); fails on any Hugo error or warning."""
    result = subprocess.run(
        [HUGO, "--source", str(site), "--destination", str(out), "--noBuildLock", "--cacheDir", str(out.parent / "hugo-cache")],
        capture_output=True, text=True, timeout=120, env={**os.environ, "HUGO_RESOURCEDIR": str(out.parent / "hugo-resources")},
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "WARN" not in result.stderr and "ERROR" not in result.stderr, result.stderr
    return out
