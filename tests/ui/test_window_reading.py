"""The window on sites with hostile files: one bad file is shown as such, the rest works."""

from __future__ import annotations

import os

import pytest

from editor.app import create_main_window
from editor.ui import dialogs
from editor.ui.posting_list_model import STATUS_ROLE
from editor.ui.settings import Settings
from tests.model.frontmatter.reading_support import BROKEN_DATE
from tests.ui.window_fixtures import close_window, EN, PM_EN, pyside_refcount_guard, recovery_dir, settings_file, site_copy  # noqa: F401


@pytest.fixture
def make_window(qtbot, settings_file, recovery_dir, monkeypatch):  # noqa: F811
    for name in ("ask_unsaved", "ask_external_change", "show_difference", "ask_recovery", "ask_title"):
        monkeypatch.setattr(dialogs, name, lambda *_a, **_k: pytest.fail("an unexpected dialog was opened"))
    windows = []

    def make(path):
        window = create_main_window(path, settings=Settings(settings_file), recovery_dir=recovery_dir)
        windows.append(window)
        return window

    yield make
    for window in windows:
        close_window(window)


def test_an_impossible_date_opens_that_posting_in_raw_mode_at_its_line(make_window, site_copy):  # noqa: F811
    path = site_copy / EN / "night-auditor--5d3c1a2b-0000-4000-8000-00000000a001.md"
    path.write_text(BROKEN_DATE, encoding="utf-8")
    window = make_window(path)
    column = window.pair_editor.columns["en"]
    assert window.manager.key == "night-auditor" and column.raw_mode
    assert "Line 7" in column.raw_message.text() and "not a real date" in column.raw_message.text()
    assert column.raw.current_line() == 7
    assert window.select_pair("product-manager", ask=False)  # every other pair still opens
    assert not window.pair_editor.columns["en"].raw_mode


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_pipe_named_like_a_posting_is_listed_as_unreadable_and_never_read(make_window, site_copy):  # noqa: F811
    os.mkfifo(site_copy / EN / "x.md")
    window = make_window(site_copy / PM_EN)
    model = window.posting_list.view.model()
    statuses = {model.index(row, 0).data(): model.index(row, 0).data(STATUS_ROLE) for row in range(model.rowCount())}
    assert statuses["(unreadable: x.md)"][0] == "unreadable"
    assert not window.select_pair("(unreadable: x.md)", ask=False)
    assert "not a regular file" in window.placeholder.text()


def test_shared_fields_wait_while_the_other_half_cannot_be_read(make_window, site_copy, monkeypatch):  # noqa: F811
    from tests.model.frontmatter.reading_support import make_unreadable, sample_file

    french = sample_file(site_copy, "fr", "analyste")
    make_unreadable(monkeypatch, french)
    english = sample_file(site_copy, "en", "data-analyst")
    before = english.read_bytes()
    window = make_window(english)
    rejected = []
    window.manager.editRejected.connect(lambda _lang, name, message: rejected.append((name, message)))
    assert not window.manager.set_archived(True)
    assert rejected and rejected[0][0] == "archived" and french.name in rejected[0][1]
    assert not window.manager.modified and english.read_bytes() == before


def test_a_site_whose_configuration_folder_may_not_be_searched_is_refused_with_its_name(make_window, site_copy,  # noqa: F811
                                                                                       monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from tests.model.frontmatter.reading_support import make_unsearchable

    window = make_window(site_copy / PM_EN)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *_a: warnings.append((title, text)))
    make_unsearchable(monkeypatch, site_copy / "config" / "_default")
    assert not window.open_site(site_copy)
    assert warnings == [("Cannot open the site", f"{site_copy / 'config' / '_default'} cannot be read: Permission denied.")]


def test_a_posting_of_a_site_whose_configuration_cannot_be_read_opens_with_the_reason(make_window, site_copy,  # noqa: F811
                                                                                      monkeypatch):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from editor.ui import i18n

    config = site_copy / "config" / "_default" / "config.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "params:\n  owner: [unclosed\n", encoding="utf-8")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *_a: warnings.append((title, text)))
    window = make_window(site_copy / PM_EN)
    assert window.site.site is None and not window.manager.key  # nothing half opened
    try:
        window.set_interface_language("fr")
        assert not window.open_file(site_copy / PM_EN)
    finally:
        i18n.remove_translators(QApplication.instance())  # the next tests read the source strings
    (title, english), (title_fr, french) = warnings
    assert title == "Cannot open the file" and title_fr == "Impossible d’ouvrir le fichier"
    assert f"is in the site {site_copy}, which cannot be opened. The Hugo configuration {config}" in english
    assert f"fait partie du site {site_copy}, qui ne peut pas être ouvert. La configuration Hugo {config}" in french


def test_the_plain_text_page_comes_with_a_file_that_cannot_be_read(make_window, site_copy, qtbot):  # noqa: F811
    """A column's plain-text page is made when one of its files cannot be read (most windows never show
    one), and has then what it had when every window made it: the pair's Undo, a focus ring and its
    place in the Tab order, after the column's preview."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QWidget

    from tests.ui.workflow_support import shown_and_active

    (site_copy / EN / "night-auditor--5d3c1a2b-0000-4000-8000-00000000a001.md").write_text(BROKEN_DATE, encoding="utf-8")
    window = make_window(site_copy / PM_EN)
    column = window.pair_editor.columns["en"]
    assert window.findChild(QWidget, "en.raw") is None and not column.raw_mode
    assert window.select_pair("night-auditor", ask=False) and column.raw_mode
    raw = window.findChild(QWidget, "en.raw")
    assert raw is column.raw and window.pair_editor.undo_history.handles(raw)
    shown_and_active(window, qtbot)
    raw.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(raw.hasFocus)
    assert raw.findChild(QWidget, "focusRing").isVisible()
    window.findChild(QWidget, "pair.advanced").setFocus()
    order = []
    for _ in range(12):
        window.focusNextChild()
        order.append(QApplication.focusWidget().objectName())
    assert window.pair_editor.column_order() == ["fr", "en"]  # French missing: its Create button, then the English text
    assert order[:4] == ["fr.create", "en.rawGoToLine", "en.raw", "problems"]
