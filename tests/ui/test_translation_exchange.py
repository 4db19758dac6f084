"""File ▸ Export for Translation… / Import Translation…: the model's XLIFF through two dialogs."""

from __future__ import annotations

import pytest
from lxml import etree

from editor.app import create_main_window
from editor.ui.settings import Settings
from tests.model.translation.xliff_support import assert_valid, set_target
from tests.ui.window_fixtures import opened_window, PM_EN, PM_FR, pyside_refcount_guard, recovery_dir, settings_file, site_copy  # noqa: F401


@pytest.fixture
def window(qtbot, site_copy, settings_file, recovery_dir):  # noqa: F811
    with opened_window(site_copy / PM_EN, settings_file, recovery_dir) as win:
        yield win


def _export(window, tmp_path):
    assert window.app_actions["export_translation"] in window.file_menu.actions()
    dialog = window.exchange.export_translation()
    assert dialog.target_language() == "fr"
    dialog.file.setText(str(tmp_path / "pm.xlf"))
    assert dialog.export()
    return tmp_path / "pm.xlf"


def test_export_then_import_one_translated_block(window, tmp_path, site_copy, qtbot):  # noqa: F811
    path = _export(window, tmp_path)
    assert "pm.xlf" in window.statusBar().currentMessage()
    root = assert_valid(path.read_bytes())
    set_target(root, "b0", "À propos de notre équipe")
    path.write_bytes(etree.tostring(root))
    dialog = window.exchange.import_translation()
    dialog.file.setText(str(path))
    assert dialog.run_import()
    # The source text: no translator is installed (tests/ui/conftest.py), as the plural's "(s)" shows.
    assert "updated, 1 segment(s) written." in dialog.report_view.toPlainText()
    assert "## À propos de notre équipe\n" in (site_copy / PM_FR).read_text(encoding="utf-8")
    qtbot.waitUntil(lambda: "À propos de notre équipe" in window.manager.posting("fr").body, timeout=5000)
    assert not window.manager.modified
    dialog.close()


def test_a_changed_source_is_refused_with_the_difference(window, tmp_path, site_copy):  # noqa: F811
    path = _export(window, tmp_path)
    english = site_copy / PM_EN
    english.write_text(english.read_text(encoding="utf-8").replace("## About us", "## About the agency"), encoding="utf-8")
    before = (site_copy / PM_FR).read_bytes()
    dialog = window.exchange.import_translation()
    dialog.file.setText(str(path))
    assert not dialog.run_import()
    text = dialog.report_view.toPlainText()
    assert "The source text changed since the export" in text and "+b0: About the agency" in text
    assert (site_copy / PM_FR).read_bytes() == before
    dialog.file.setText(str(tmp_path / "missing.xlf"))
    assert not dialog.run_import() and "no such file" in dialog.report_view.toPlainText()
    dialog.close()


def test_a_refused_write_does_not_ask_to_try_again(window, tmp_path, site_copy, monkeypatch):  # noqa: F811
    """A read-only French file said "… (the file is read-only). Nothing was imported; try again.":
    trying again is refused the same way until the file can be written."""
    import os

    path = _export(window, tmp_path)
    root = assert_valid(path.read_bytes())
    set_target(root, "b0", "À propos de notre équipe")
    path.write_bytes(etree.tostring(root))
    before = (site_copy / PM_FR).read_bytes()
    real = os.access
    monkeypatch.setattr(os, "access", lambda file, mode, **kw: False if mode & os.W_OK else real(file, mode, **kw))
    dialog = window.exchange.import_translation()
    dialog.file.setText(str(path))
    assert not dialog.run_import()
    text = dialog.report_view.toPlainText()
    assert "(the file is read-only). Nothing was imported." in text, text
    assert "try again" not in text
    assert (site_copy / PM_FR).read_bytes() == before
    dialog.close()


def test_exporting_over_a_translated_file_asks_first(window, tmp_path, monkeypatch):  # noqa: F811
    """The dialog proposes the same file every time (~/KEY.fr.xlf): exporting again over the file the
    translator sent back, not yet imported, replaced their translation without a word."""
    from editor.ui import dialogs

    path = _export(window, tmp_path)
    root = assert_valid(path.read_bytes())
    set_target(root, "b0", "À propos de notre équipe")
    translated = etree.tostring(root)
    path.write_bytes(translated)
    asked: list = []
    monkeypatch.setattr(dialogs, "ask_replace_file", lambda _parent, file: asked.append(file) or False)
    dialog = window.exchange.export_translation()
    dialog.file.setText(str(path))
    assert not dialog.export()
    assert asked == [path] and path.read_bytes() == translated and dialog.isVisible()
    monkeypatch.setattr(dialogs, "ask_replace_file", lambda _parent, file: asked.append(file) or True)
    assert dialog.export()
    assert path.read_bytes() != translated
    exported = path.read_bytes()
    again = window.exchange.export_translation()
    again.file.setText(str(path))
    assert again.export() and len(asked) == 2  # the same export again: nothing to lose, no question
    assert path.read_bytes() == exported


def test_import_proposes_the_file_the_export_named(window, tmp_path):  # noqa: F811
    """Import Translation proposed the folder of the last export ("/home/me"): Import then said it could
    not read a folder. The translator's file comes back under the name the export gave it."""
    dialog = window.exchange.export_translation()
    dialog.file.setText(str(tmp_path / "product-manager.fr.xlf"))
    assert dialog.export()
    importing = window.exchange.import_translation()
    assert importing.file.text() == str(tmp_path / "product-manager.fr.xlf")
    importing.close()
    (tmp_path / "product-manager.fr.xlf").unlink()
    importing = window.exchange.import_translation()
    assert importing.file.text() == str(tmp_path)  # no such file: where to look for it
    importing.close()


def test_the_actions_follow_the_site_and_pair(window):
    assert window.app_actions["export_translation"].isEnabled() and window.app_actions["import_translation"].isEnabled()
    window.close_site()
    assert not window.app_actions["export_translation"].isEnabled()
    assert not window.app_actions["import_translation"].isEnabled()


def test_export_for_translation_never_writes_over_a_posting(window, site_copy):  # noqa: F811
    """The file name is typed (no save dialog asks before replacing): a posting's name there was
    replaced by XLIFF without a word."""
    posting = site_copy / PM_FR
    before = posting.read_bytes()
    dialog = window.exchange.export_translation()
    dialog.file.setText(str(posting))
    assert not dialog.export()
    assert posting.read_bytes() == before
    assert posting.name in dialog.error.text()
    dialog.close()
