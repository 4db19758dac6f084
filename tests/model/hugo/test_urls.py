"""Page addresses computed by editor.model.hugo.urls, compared with what Hugo itself says.

Each case builds a small site in a temporary folder and runs ``hugo list all``, whose last
column is every page's permalink: our computation must give the same path for every page.
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from editor.model.hugo.urls import HugoUrls, UrlError, go_clean, pjoin, unicode_sanitize
from editor.model.frontmatter.posting import Posting
from editor.model.hugo.config import Site
from tests.model.corpus import CORPUS

HUGO = shutil.which("hugo")
needs_hugo = pytest.mark.skipif(HUGO is None, reason="hugo is not installed (apt-get install hugo)")
REPO = Path(__file__).resolve().parents[3]

LEVER = "0f8fad5b-d9cb-469f-a165-70867728950e"

# file (relative to the language's content folder) -> extra front matter
PAGES = {
    f"careers/positions/lead-developer--{LEVER}.md": {},
    f"careers/positions/Développeuse-Principale--{LEVER}.md": {},
    "careers/positions/people-&-culture-coordinator.md": {},
    "careers/positions/chef-d’équipe---notification·gc–test.md": {},
    "careers/positions/envoyer-votre-c.v.--77d1c499.md": {},
    "careers/positions/with spaces in name.md": {},
    "careers/positions/has-slug.md": {"slug": "Chosen Slug"},
    "careers/positions/has-url.md": {"url": "/jobs/fixed-place/"},
    "careers/positions/has-relative-url.md": {"url": "relative/place"},
    "careers/positions/has-html-url.md": {"url": "/jobs/page.html"},
    "careers/positions/dated.md": {"date": "2021-03-04"},
    "careers/positions/bundle/index.md": {},
    "careers/unsectioned/deep.md": {},
    "top-level.md": {},
}

BASE = {
    "baseURL": "https://example.org/",
    "disableKinds": ["taxonomy", "term", "RSS", "sitemap"],
    "defaultContentLanguage": "en",
    "languages": {
        "en": {"contentDir": "content/en", "weight": 1},
        "fr": {"contentDir": "content/fr", "weight": 2},
    },
}

VARIANTS = {
    "in-subdir": {"defaultContentLanguageInSubdir": True},
    "default-at-root": {"defaultContentLanguageInSubdir": False},
    "default-fr": {"defaultContentLanguage": "fr"},
    "base-path": {"baseURL": "https://example.org/site/", "defaultContentLanguageInSubdir": True},
    "multihost": {"languages": {"en": {"contentDir": "content/en", "weight": 1, "baseURL": "https://en.example.org/"},
                                "fr": {"contentDir": "content/fr", "weight": 2, "baseURL": "https://fr.example.org/emplois/"}}},
    "permalinks-title": {"permalinks": {"careers": "/:section/:title/"}},
    "permalinks-slug-date": {"permalinks": {"careers": "/:year/:month/:day/:slug/"}},
    "permalinks-filename-sections": {"permalinks": {"careers": "/:sections/:filename/"}},
    "permalinks-per-language": {"languages": {"en": {"contentDir": "content/en", "weight": 1,
                                                     "permalinks": {"careers": "/jobs/:filename/"}},
                                              "fr": {"contentDir": "content/fr", "weight": 2,
                                                     "permalinks": {"careers": "/emplois/:slug/"}}}},
    "keep-case": {"disablePathToLower": True},
    "no-accents": {"removePathAccents": True},
    "ugly": {"uglyURLs": True},
    "monolingual": {"languages": None},
}


def _config(variant: str) -> dict:
    config = {**BASE, **VARIANTS[variant]}
    if config["languages"] is None:
        del config["languages"]
        config["contentDir"] = "content/en"
    return config


def _make_site(root: Path, config: dict) -> None:
    (root / "config" / "_default").mkdir(parents=True)
    (root / "config" / "_default" / "config.yaml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    for lang in ("en", "fr"):
        (root / "content" / lang / "careers" / "positions").mkdir(parents=True)
        (root / "content" / lang / "careers" / "_index.md").write_text("---\ntitle: Careers\n---\n", encoding="utf-8")
        (root / "content" / lang / "careers" / "positions" / "_index.md").write_text("---\ntitle: Positions\n---\n", encoding="utf-8")
        for name, extra in PAGES.items():
            path = root / "content" / lang / name
            path.parent.mkdir(parents=True, exist_ok=True)
            front = {"title": f"Title Of {Path(name).stem} ({lang}) & more", "layout": "job-posting", **extra}
            path.write_text("---\n" + yaml.safe_dump(front, allow_unicode=True) + "---\nBody.\n", encoding="utf-8")


def _hugo_permalinks(root: Path) -> dict[Path, str]:
    result = subprocess.run([HUGO, "list", "all", "--source", str(root)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    found = {}
    for row in csv.DictReader(io.StringIO(result.stdout)):
        # Hugo leaves '#' unescaped in permalinks (a browser would read it as a fragment).
        found[(root / row["path"]).resolve()] = urlsplit(row["permalink"].replace("#", "%23")).path
    return found


@needs_hugo
@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_addresses_match_hugo(tmp_path, variant):
    root = tmp_path / "site"
    _make_site(root, _config(variant))
    expected = _hugo_permalinks(root)
    site = Site.open(root)
    urls = HugoUrls(site)
    compared = 0
    for path, want in expected.items():
        if path.name.startswith("_index"):
            continue
        lang = site.language_of(path) if site.language_of(path) else "en"
        got = urls.rel_permalink(path, Posting.load(path).data, lang)
        assert got == want, f"{path.relative_to(root)}: Hugo says {want}, we say {got}"
        compared += 1
    assert compared >= len(PAGES)


def test_rules_without_hugo(tmp_path):
    root = tmp_path / "site"
    _make_site(root, _config("in-subdir"))
    site = Site.open(root)
    urls = HugoUrls(site)
    folder = site.content_dirs["fr"] / "careers" / "positions"
    assert urls.link(folder / f"lead-developer--{LEVER}.md", {}) == f"/fr/careers/positions/lead-developer--{LEVER}/"
    # Hugo keeps letters and marks, drops punctuation such as ’ · – &, and lowercases.
    assert urls.link(folder / "chef-d’équipe---notification·gc–test.md", {}) == "/fr/careers/positions/chef-déquipe---notificationgctest/"
    assert urls.rel_permalink(folder / "Développeuse-Principale.md", {}) == "/fr/careers/positions/d%C3%A9veloppeuse-principale/"
    assert urls.link(folder / "x.md", {"url": "/fixed/"}) == "/fixed/"
    assert urls.link(folder / "x.md", {"slug": "Other Name"}) == "/fr/careers/positions/other-name/"


def test_unknown_permalink_token_is_refused(tmp_path):
    root = tmp_path / "site"
    config = _config("in-subdir")
    config["permalinks"] = {"careers": "/:2006/:filename/"}
    _make_site(root, config)
    site = Site.open(root)
    with pytest.raises(UrlError):
        HugoUrls(site).link(site.content_dirs["en"] / "careers" / "positions" / "x.md", {})


def test_go_path_helpers():
    assert go_clean("/a/../../b//c/.") == "/b/c"
    assert go_clean("") == "."
    assert pjoin("/", "a/", "b/") == "/a/b/"
    assert pjoin("fr", "/x/") == "fr/x/"
    assert unicode_sanitize("A  b & c’d") == "A-b-cd"


@needs_hugo
@pytest.mark.skipif(not CORPUS.is_dir(), reason="the real site corpus is not present")
def test_addresses_match_hugo_on_the_real_site(tmp_path):
    root = tmp_path / "site"
    shutil.copytree(CORPUS, root)
    # Hugo refuses to build at all while some files have broken YAML; leave those out.
    for path in root.rglob("*.md"):
        if not Posting.load(path).valid:
            path.unlink()
    expected = _hugo_permalinks(root)
    site = Site.open(root)
    urls = HugoUrls(site)
    differ = []
    for path, want in expected.items():
        if path.name.startswith("_index") or site.language_of(path) is None:
            continue
        got = urls.rel_permalink(path, Posting.load(path).data)
        if got != want:
            differ.append((path.name, want, got))
    assert differ == []
