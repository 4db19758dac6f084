"""The bundled sample site has the shape the app expects and builds with Hugo."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
import yaml

SITE = Path(__file__).resolve().parents[1] / "resources/sample-site"
KEYS = ["layout", "type", "title", "description", "archived", "translationKey", "leverId"]
FRONT_MATTER = re.compile(r"\A---\n(.*?)^---\n", re.S | re.M)


def postings(lang: str) -> dict[str, tuple[Path, dict]]:
    found = {}
    for path in sorted((SITE / "content" / lang / "careers/positions").glob("*--*.md")):
        data = yaml.safe_load(FRONT_MATTER.match(path.read_text(encoding="utf-8")).group(1))
        found[data["translationKey"]] = (path, data)
    return found


def test_config_declares_both_content_folders():
    config = yaml.safe_load((SITE / "config/_default/config.yaml").read_text(encoding="utf-8"))
    assert config["defaultContentLanguage"] == "en"
    assert config["languages"]["en"]["contentDir"] == "content/en"
    assert config["languages"]["fr"]["contentDir"] == "content/fr"


def test_section_pages_exist_in_both_languages():
    for lang in ("en", "fr"):
        assert (SITE / f"content/{lang}/careers/_index.md").is_file()
        assert (SITE / f"content/{lang}/careers/positions/_index.md").is_file()


def test_postings_have_site_front_matter_and_file_names():
    for lang in ("en", "fr"):
        for path, data in postings(lang).values():
            assert list(data) == KEYS, path.name
            assert uuid.UUID(data["leverId"]).version == 4
            assert path.stem.endswith("--" + data["leverId"])
            assert isinstance(data["archived"], bool)


def test_the_situations_the_app_demonstrates():
    en, fr = postings("en"), postings("fr")
    pairs = en.keys() & fr.keys()
    assert 5 <= len(pairs) <= 7
    for key in pairs:
        assert en[key][1]["leverId"] == fr[key][1]["leverId"]
    assert len(en.keys() - fr.keys()) == 1 and not fr.keys() - en.keys()
    archived_pairs = [k for k in pairs if en[k][1]["archived"] and fr[k][1]["archived"]]
    conflicts = [k for k in pairs if en[k][1]["archived"] != fr[k][1]["archived"]]
    assert archived_pairs and len(conflicts) == 1
    # French slugs keep their accents, as on the real site.
    assert any(re.search(r"[éèàç]", path.name) for path, _ in fr.values())


@pytest.mark.skipif(shutil.which("hugo") is None, reason="hugo not installed")
def test_hugo_builds_without_warnings(tmp_path):
    result = subprocess.run(
        ["hugo", "--source", str(SITE), "--destination", str(tmp_path / "public"),
         "--cacheDir", str(tmp_path / "cache"), "--noBuildLock"],
        # Keep the build from leaving resources/_gen in the bundled site.
        env={**os.environ, "HUGO_RESOURCEDIR": str(tmp_path / "resources")},
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    output = result.stdout + result.stderr
    assert "WARN" not in output and "ERROR" not in output, output
    public = tmp_path / "public"
    archived = (public / "en/careers/positions").glob("content-designer--*/index.html")
    page = next(archived).read_text(encoding="utf-8")
    assert "no longer accepting applications" in page and "jobs.lever.co" not in page
    [open_fr] = (public / "fr/careers/positions").glob("développeuse-*/index.html")
    page = open_fr.read_text(encoding="utf-8")
    assert '<html lang="fr">' in page and "Postuler maintenant" in page
    assert "https://jobs.lever.co/example/244a6570-3f6a-48ed-922c-147f69697c8e" in page
