"""The window on TOML and JSON postings: fields shown, edits saved in each file's own format with
minimal diffs, a broken file opened in raw mode at the right line and repaired there."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.model.frontmatter.formats_support import convert
from tests.ui.test_main_window import make_window, no_real_dialogs, widget  # noqa: F401
from tests.ui.window_fixtures import (pyside_refcount_guard, PM_EN, PM_FR, changed_lines, recovery_dir,  # noqa: F401
                                      settings_file, site_copy)
from editor.ui.language_column import editor_text


@pytest.fixture
def mixed(site_copy):  # noqa: F811
    convert(site_copy / PM_EN, "toml")
    convert(site_copy / PM_FR, "json")
    return site_copy


def test_fields_show_and_saves_keep_each_format(make_window, mixed, qtbot):  # noqa: F811
    window = make_window(mixed / PM_EN)
    assert widget(window, QLineEdit, "en.title").text() == "Product Manager"
    assert widget(window, QLineEdit, "fr.title").text() == "Gestionnaire de produit"
    en_before, fr_before = (mixed / PM_EN).read_bytes(), (mixed / PM_FR).read_bytes()
    title = widget(window, QLineEdit, "fr.title")
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " principal")
    window.app_actions["save"].trigger()
    assert changed_lines(fr_before, (mixed / PM_FR).read_bytes()) == [
        (4, b'  "title": "Gestionnaire de produit",\n', b'  "title": "Gestionnaire de produit principal",\n')]
    assert (mixed / PM_EN).read_bytes() == en_before
    qtbot.mouseClick(widget(window, object, "pair.archived"), Qt.MouseButton.LeftButton)
    window.save()
    assert changed_lines(en_before, (mixed / PM_EN).read_bytes()) == [(6, b"archived = false\n", b"archived = true\n")]
    assert b'  "archived": true,\n' in (mixed / PM_FR).read_bytes()
    assert not window.manager.modified


def test_a_broken_toml_file_opens_in_raw_mode_at_its_line(make_window, mixed, qtbot):  # noqa: F811
    path = mixed / PM_EN
    good = path.read_bytes()
    path.write_bytes(good.replace(b"archived = false", b"archived = [false"))
    window = make_window(path)
    column = window.pair_editor.columns["en"]
    assert column.raw_mode
    assert column.raw.current_line() in (6, 7)
    column.raw.setPlainText(editor_text(column.raw).replace("[false", "false"))
    qtbot.waitUntil(lambda: not column.raw_mode, timeout=2000)
    assert widget(window, QLineEdit, "en.title").text() == "Product Manager"
    window.save()
    assert path.read_bytes() == good
