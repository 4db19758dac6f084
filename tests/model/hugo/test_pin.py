"""pinned_hugo_versions / blackfriday_pin on fixture sites (tests/model/hugo/hugo_pins/)."""

from __future__ import annotations

from pathlib import Path

from editor.model.hugo.pin import HugoPin, blackfriday_pin, pinned_hugo_versions

PINS = Path(__file__).parent / "hugo_pins"


def test_netlify_environment_is_read() -> None:
    assert pinned_hugo_versions(PINS / "netlify") == [HugoPin("0.55.6", "netlify.toml")]
    assert blackfriday_pin(PINS / "netlify") == HugoPin("0.55.6", "netlify.toml")


def test_github_workflow_skips_comments() -> None:
    assert pinned_hugo_versions(PINS / "workflow") == [HugoPin("0.58.3", ".github/workflows/deploy.yml")]


def test_hugo_version_file_and_package_json() -> None:
    assert blackfriday_pin(PINS / "hugo-version") == HugoPin("0.54.0", ".hugo-version")
    assert pinned_hugo_versions(PINS / "package") == [HugoPin("0.48.0", "package.json"), HugoPin("0.48", "package.json")]


def test_gitlab_images_and_the_first_old_pin() -> None:
    pins = pinned_hugo_versions(PINS / "gitlab")
    assert pins == [HugoPin("0.111.3", ".gitlab-ci.yml"), HugoPin("0.59.1", ".gitlab-ci.yml")]
    assert blackfriday_pin(PINS / "gitlab") == HugoPin("0.59.1", ".gitlab-ci.yml")


def test_goldmark_versions_and_sites_without_pins() -> None:
    assert blackfriday_pin(PINS / "modern") is None
    assert pinned_hugo_versions(PINS / "modern") == [HugoPin("0.111.3", "netlify.toml")]
    assert pinned_hugo_versions(PINS / "no-such-site") == []
    assert not HugoPin("0.60.0", "x").uses_blackfriday and HugoPin("0.59.1", "x").uses_blackfriday


def test_broken_files_never_raise() -> None:
    # invalid TOML is still read line by line; invalid JSON and "latest" are no pins
    assert pinned_hugo_versions(PINS / "broken") == [HugoPin("0.40", "netlify.toml")]


def test_an_oversized_file_is_not_read(tmp_path: Path) -> None:
    (tmp_path / ".hugo-version").write_text("0.50.0\n" + " " * 1_000_001, encoding="utf-8")
    assert pinned_hugo_versions(tmp_path) == []
