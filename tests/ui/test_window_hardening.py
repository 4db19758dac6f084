"""The window under stress: many postings opened in turn, crashes, restores over changed files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent

from editor.ui.preview_view import PreviewDocument
from tests.ui.test_main_window import make_window, no_real_dialogs, widget  # noqa: F401
from tests.ui.window_fixtures import (pyside_refcount_guard, EN, FR, PM_EN, PM_FR, recovery_dir,  # noqa: F401
                                      settings_file, site_copy)


def _settle(qtbot, window) -> None:
    """Wait for the previews to be rendered, then let Qt run the deletions it deferred."""
    qtbot.waitUntil(window.pair_editor.renderer.is_idle, timeout=5000)
    qtbot.wait(20)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def test_opening_many_pairs_keeps_two_preview_pages_alive(make_window, site_copy, qtbot):  # noqa: F811
    """Each posting opened left both its preview pages in memory (QTextEdit.setDocument does not
    delete a page parented to the view): 0.8 MB a posting, 276 → 572 MB after 400 pairs."""
    window = make_window(site_copy)
    window.show()
    keys = window.posting_list.keys()
    assert len(keys) >= 5
    for number in range(len(keys) + 3):
        assert window.select_pair(keys[number % len(keys)])
        _settle(qtbot, window)
        assert len(window.findChildren(PreviewDocument)) <= 2
    # The page shown is still there and readable.
    assert "<h" in widget(window, object, "en.preview").html_source()
