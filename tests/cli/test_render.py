"""``render FILE...``: each file with its own site's Markdown settings, read once per folder."""

from __future__ import annotations

from editor.model.hugo import config
from tests.cli_support import POSTING, run

BODY = POSTING + "\n<b>raw</b>\n"


def _site(root, unsafe: bool):
    root.mkdir()
    (root / "config.yaml").write_text(f"markup:\n  goldmark:\n    renderer:\n      unsafe: {str(unsafe).lower()}\n",
                                      encoding="utf-8")
    (root / "content" / "en").mkdir(parents=True)
    for name in ("a.md", "b.md"):
        (root / "content" / "en" / name).write_text(BODY, encoding="utf-8")
    return root / "content" / "en"


def test_files_of_two_sites_render_each_with_its_own_settings(tmp_path):
    safe, unsafe = _site(tmp_path / "safe", False), _site(tmp_path / "unsafe", True)
    out = tmp_path / "out"
    result = run("render", safe / "a.md", unsafe / "b.md", "--out", out)
    assert result.returncode == 0, result.stderr
    assert "<b>raw</b>" not in (out / "a.html").read_text(encoding="utf-8")
    assert "<b>raw</b>" in (out / "b.html").read_text(encoding="utf-8")


def test_the_site_config_is_read_once_per_folder(tmp_path, monkeypatch):
    folder = _site(tmp_path / "site", True)
    opened = []
    original = config.Site.containing.__func__

    def counting(cls, path):
        opened.append(path)
        return original(cls, path)

    monkeypatch.setattr(config.Site, "containing", classmethod(counting))
    result = run("render", folder / "a.md", folder / "b.md", "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert len(opened) == 1
    assert "<b>raw</b>" in (tmp_path / "out" / "b.html").read_text(encoding="utf-8")


def test_render_out_replaces_each_page_in_one_step(tmp_path):
    """Each page was written over the old one in place; now a new file takes its place whole."""
    import os

    folder = _site(tmp_path / "site", True)
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.html").write_text("OLD", encoding="utf-8")
    os.link(out / "a.html", tmp_path / "held-open.html")
    result = run("render", folder / "a.md", folder / "b.md", "--out", out)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "held-open.html").read_text(encoding="utf-8") == "OLD"
    assert (out / "a.html").read_text(encoding="utf-8") != "OLD"


def test_out_dash_is_the_output_as_for_the_other_commands(tmp_path, monkeypatch):
    """``--out -`` made a folder named "-" in the current folder; ``-`` is the output everywhere else."""
    folder = _site(tmp_path / "site", True)
    monkeypatch.chdir(tmp_path)
    result = run("render", folder / "a.md", "--out", "-")
    assert result.returncode == 0, result.stderr
    assert "<b>raw</b>" in result.stdout
    assert not (tmp_path / "-").exists()
    result = run("render", folder / "a.md", folder / "b.md", "--out", "-")
    assert result.returncode == 2 and "Several files need --out DIR" in result.stderr
    assert not (tmp_path / "-").exists()
