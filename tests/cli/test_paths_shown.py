"""How the commands name files and sites: as typed from the current folder when below it, and never
as a long climb (``../../../tmp/site``) to a site far from it."""

from __future__ import annotations

import os
from pathlib import Path

from editor.cli.common import display_path
from tests.cli_support import (  # noqa: F401 (fixtures are used by name)
    _index_cache_folder,
    parse_findings,
    private_index_cache,
    run,
    sample_file,
    site,
)


def far_folder(root: Path) -> Path:
    """A folder from which ``root`` is reached by more ``..`` than its absolute path has characters."""
    folder = root.joinpath(*["d"] * (len(str(root)) // 3 + 2))
    folder.mkdir(parents=True)
    return folder


def test_below_the_current_folder_the_path_is_relative(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert display_path(tmp_path / "site" / "content" / "a.md") == os.path.join("site", "content", "a.md")
    assert display_path(tmp_path) == "."
    assert display_path("site/../site/a.md") == os.path.join("site", "a.md")


def test_a_site_next_door_is_named_from_here(tmp_path, monkeypatch):
    (tmp_path / "mine").mkdir()
    monkeypatch.chdir(tmp_path / "mine")
    assert display_path(tmp_path / "theirs" / "a.md") == os.path.join("..", "theirs", "a.md")


def test_a_site_far_away_is_named_in_full(tmp_path, monkeypatch):
    monkeypatch.chdir(far_folder(tmp_path))
    assert display_path(tmp_path / "site" / "a.md") == str(tmp_path / "site" / "a.md")
    assert display_path(tmp_path) == str(tmp_path)
    assert display_path(Path("/")) == os.path.abspath(os.sep)


def test_a_name_of_two_dots_does_not_count_as_a_climb(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert display_path(tmp_path / "..hidden.md") == "..hidden.md"


def test_every_command_names_a_far_site_in_full(site, tmp_path):
    here = far_folder(tmp_path)
    listed = run("list", str(site), cwd=here)
    assert listed.stderr == f"6 postings in {site}.\n"
    checked = run("check", str(site), "--no-spelling", "--no-grammar", cwd=here)
    assert checked.returncode == 1
    assert {row["file"] for row in parse_findings(checked.stdout)} >= {
        str(sample_file(site, "en", "security-engineer")), str(sample_file(site, "fr", "spécialiste"))}
    translated = run("translate", str(site), "security-engineer", "--to", "fr", "--dry-run", cwd=here)
    assert translated.stdout.splitlines()[0].startswith(str(site / "content" / "fr") + os.sep)
    resolved = run("resolve", str(site), "accessibility-specialist", cwd=here)
    assert str(sample_file(site, "en", "accessibility-specialist")) in resolved.stdout
    assert "../" not in listed.stderr + checked.stdout + translated.stdout + resolved.stdout
