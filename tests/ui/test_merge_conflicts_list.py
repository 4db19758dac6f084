"""A pair a merge left conflict markers in is under "Needing attention" in the window's list, with
which file and from which line, in English and French (tests/merge_support.py makes the conflict)."""

from editor.app import create_main_window
from editor.ui.posting_list_model import DETAIL_ROLE, FILTERS, STATUS_ROLE
from editor.ui.settings import Settings
from tests.merge_support import conflicted_site, first_conflict_line
from tests.ui.window_fixtures import close_window, pyside_refcount_guard, recovery_dir, settings_file, site_copy  # noqa: F401


def test_a_merge_conflict_needs_attention_in_the_list(qtbot, site_copy, settings_file, recovery_dir):  # noqa: F811
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from editor.ui import i18n

    english, french = conflicted_site(site_copy)
    made = create_main_window(site_copy, settings=Settings(settings_file), recovery_dir=recovery_dir)
    try:
        made.resize(1280, 800)
        made.set_interface_language("en")
        plist = made.posting_list
        plist.filter.setCurrentIndex(FILTERS.index("attention"))
        qtbot.waitUntil(lambda: {"data-analyst", "product-manager"} <= set(plist.keys()), timeout=10000)

        def row(key):  # asked again after a change of language: the rows are sorted by title
            return plist.proxy.index(plist.keys().index(key), 0)

        for key in ("data-analyst", "product-manager"):
            assert row(key).data(STATUS_ROLE)[0] == "merge-conflict", key
        assert f"Merge conflict markers — English: line {first_conflict_line(english)}" in row("data-analyst").data(DETAIL_ROLE)
        tip = row("product-manager").data(Qt.ItemDataRole.ToolTipRole)
        assert f"Merge conflict markers — French: line {first_conflict_line(french)}" in tip
        made.set_interface_language("fr")
        assert f"Marqueurs de conflit de fusion — Anglais\u00a0: ligne {first_conflict_line(english)}" in \
            row("data-analyst").data(DETAIL_ROLE)
    finally:
        i18n.remove_translators(QApplication.instance())  # the next tests read the source strings
        close_window(made)
