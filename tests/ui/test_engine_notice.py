"""The "preview follows Goldmark" notice for sites whose build pins a Hugo before 0.60."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.app import create_main_window
from editor.ui.engine_notice import EngineNotice
from editor.ui.settings import Settings
from tests.ui.window_fixtures import (close_window, pyside_refcount_guard, recovery_dir, settings_file,  # noqa: F401
                                      site_copy)

PIN = '[build.environment]\nHUGO_VERSION = "0.55.6"\n'


@pytest.fixture
def notice(qtbot, settings_file):  # noqa: F811
    widget = EngineNotice(Settings(settings_file))
    qtbot.addWidget(widget)
    return widget


def test_shown_for_a_blackfriday_pin_and_names_it(notice, tmp_path: Path) -> None:
    (tmp_path / "netlify.toml").write_text(PIN, encoding="utf-8")
    notice.show_for(tmp_path, {})
    assert not notice.isHidden()
    text = notice.text.text()
    assert "Hugo 0.55.6" in text and "netlify.toml" in text and "Goldmark" in text
    assert "raw HTML (such as &lt;br&gt;" in text


def test_raw_html_point_left_out_when_the_site_allows_raw_html(notice, tmp_path: Path) -> None:
    (tmp_path / "netlify.toml").write_text(PIN, encoding="utf-8")
    notice.show_for(tmp_path, {"markup": {"goldmark": {"renderer": {"unsafe": True}}}})
    assert not notice.isHidden() and "raw HTML" not in notice.text.text()


def test_hidden_without_an_old_pin(notice, tmp_path: Path) -> None:
    notice.show_for(tmp_path, {})
    assert notice.isHidden()
    (tmp_path / "netlify.toml").write_text(PIN.replace("0.55.6", "0.111.3"), encoding="utf-8")
    notice.show_for(tmp_path, {})
    assert notice.isHidden()
    notice.show_for(None)
    assert notice.isHidden()


def test_dismissing_is_remembered_per_site(qtbot, settings_file, tmp_path: Path) -> None:  # noqa: F811
    one, other = tmp_path / "one", tmp_path / "other"
    for root in (one, other):
        root.mkdir()
        (root / "netlify.toml").write_text(PIN, encoding="utf-8")
    first = EngineNotice(Settings(settings_file))
    qtbot.addWidget(first)
    first.show_for(one, {})
    first.dismiss.click()
    assert first.isHidden()
    later = EngineNotice(Settings(settings_file))  # a new session reads the stored settings
    qtbot.addWidget(later)
    later.show_for(one, {})
    assert later.isHidden()
    later.show_for(other, {})
    assert not later.isHidden()


def test_window_shows_it_when_a_site_opens(qtbot, site_copy, settings_file, recovery_dir) -> None:  # noqa: F811
    (site_copy / "netlify.toml").write_text(PIN, encoding="utf-8")
    window = create_main_window(site_copy, settings=Settings(settings_file), recovery_dir=recovery_dir)
    try:
        assert window.findChild(EngineNotice, "engineNotice") is window.engine_notice
        assert not window.engine_notice.isHidden()
        window.close_site()
        assert window.engine_notice.isHidden()
    finally:
        close_window(window)
