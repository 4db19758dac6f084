"""File ▸ Export to Site… on a 1366×768 laptop at 150 % (911×512 device-independent pixels): in French
the dialog asked for 946 pixels of width, its Close button off the screen's edge."""

from __future__ import annotations

import pytest

from editor.resources import resource_path
from editor.ui import i18n
from editor.ui.export_dialog import ExportDialog
from editor.ui.settings import Settings
from tests.ui.window_fixtures import pyside_refcount_guard, site_copy  # noqa: F401

PAIRS = [("product-manager", "Product Manager"), ("security-engineer", "Security Engineer")]
SCREEN_150 = (911, 512)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_dialog_fits_a_150_percent_laptop_screen_and_says_what_renaming_keeps(qapp, qtbot, tmp_path,
                                                                                  site_copy, lang):  # noqa: F811
    if not (resource_path("translations") / "posting_editor_fr.qm").is_file():
        pytest.skip("the translations are not built (make translations)")
    i18n.install_translator(qapp, lang)
    dialog = ExportDialog(site_copy, PAIRS, "product-manager", Settings(tmp_path / "settings.ini"), plan_delay_ms=20)
    qtbot.addWidget(dialog)
    least = dialog.minimumSizeHint()
    assert least.width() <= SCREEN_150[0] and least.height() <= SCREEN_150[1], least
    # What renaming keeps is still said beside the box, not only in a tooltip.
    shown = dialog.rename.text() + " " + dialog.rename_note.text()
    assert ("aliases" if lang == "en" else "alias") in shown
    assert dialog.rename_note.isVisibleTo(dialog) and dialog.rename_note.buddy() is None
