"""The folders the preview reads images from stay inside the site."""

from __future__ import annotations

from editor.model.render.preview_images import image_roots


def test_static_folders_and_the_postings_folder(tmp_path):
    site = tmp_path / "site"
    folder = site / "content" / "en"
    folder.mkdir(parents=True)
    (site / "static").mkdir()
    (site / "assets-static").mkdir()
    assert image_roots(site, {}, folder / "p.md") == [(site / "static").resolve(), folder.resolve()]
    assert image_roots(site, {"staticdir": ["assets-static", "missing"]}, None) == [(site / "assets-static").resolve()]


def test_folders_that_lead_outside_the_site_are_left_out(tmp_path):
    site, outside = tmp_path / "site", tmp_path / "outside"
    (site / "content").mkdir(parents=True)
    outside.mkdir()
    (site / "static").symlink_to(outside, target_is_directory=True)
    (site / "loop").symlink_to(site / "loop")
    assert image_roots(site, {"staticdir": ["static", "../outside", "/", "loop", 3]}, None) == []
    assert image_roots(site, {}, outside / "p.md") == []
