"""Compare and Settle on a 1366×768 laptop at 150 % (911×512): with two files using a key, the French
dialog asked for 960 pixels of width, its Close button and the second file's Delete past the screen's
edge."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from editor.model.frontmatter.posting import Posting
from editor.resources import resource_path
from editor.ui import i18n
from editor.ui.duplicate_dialog import DuplicateDialog
from tests.ui.window_fixtures import PM_EN, pyside_refcount_guard, site_copy  # noqa: F401

SCREEN_150 = (911, 512)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_two_files_side_by_side_fit_a_150_percent_laptop_screen(qapp, qtbot, site_copy, lang):  # noqa: F811
    if not (resource_path("translations") / "posting_editor_fr.qm").is_file():
        pytest.skip("the translations are not built (make translations)")
    i18n.install_translator(qapp, lang)
    # As long as the real site's names ("administrative-officer---internal-operations---<Lever ID>.md").
    copy = site_copy / PM_EN.parent / "product-manager---internal-operations---3a2f11bd-e6f1-4460-b7fc-e13ff4d49120.md"
    copy.write_bytes((site_copy / PM_EN).read_bytes())
    postings = [Posting.load(site_copy / PM_EN), Posting.load(copy)]
    dialog = DuplicateDialog(None, "product-manager", "en", postings, lambda path: "product-manager-archived",
                             lambda *_args: None, lambda _posting: False)
    qtbot.addWidget(dialog)
    least = dialog.minimumSizeHint()
    assert least.width() <= SCREEN_150[0] and least.height() <= SCREEN_150[1], least
    for path in (PM_EN, copy):  # each file named whole, if only in its tooltip
        box = dialog.findChild(QWidget, f"duplicate.file.{path.name}")
        assert box is not None and box.accessibleName() == path.name
        assert any(label.toolTip() == path.name or label.text() == path.name for label in box.findChildren(QLabel))
    # Each file keeps its three actions, in reading order: archive, give the key, delete.
    for path in (PM_EN, copy):
        names = [button.objectName() for button in dialog.findChildren(QPushButton)
                 if button.objectName().endswith("." + path.name)]
        assert names == [f"duplicate.{action}.{path.name}" for action in ("archive", "rekey", "delete")]
