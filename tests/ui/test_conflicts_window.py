"""Settling conflicts in the window: a value to keep for both files, the extra files using a key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from tests.ui.window_fixtures import (EN, FR, PM_EN, PM_FR, changed_lines, pyside_refcount_guard,  # noqa: F401
                                      recovery_dir, settings_file, site_copy)
from tests.ui.workflow_support import DialogAnswers, make_window, shown_and_active  # noqa: F401

A11Y_EN = EN / "accessibility-specialist--cc1e6c24-d9e9-44eb-962e-31a8f19b0447.md"
A11Y_FR = FR / "spécialiste-en-accessibilité--cc1e6c24-d9e9-44eb-962e-31a8f19b0447.md"


def button(window, name) -> QPushButton:
    found = window.findChild(QPushButton, name)
    assert found is not None and found.isVisibleTo(window), name
    return found


def panel_text(window) -> str:
    return " ".join(label.text() for label in window.pair_editor.conflict_panel.findChildren(QLabel))


def test_the_conflict_bar_words_the_archived_values_as_the_check_box_does(make_window, site_copy):  # noqa: F811
    """Not YAML's false and true, which a French interface left in English; and in the language the
    interface switches to."""
    window = make_window(site_copy)
    window.select_pair("accessibility-specialist")
    try:
        window.set_interface_language("fr")
        QApplication.sendPostedEvents()  # the widgets' LanguageChange
        assert "«\u00a0archivée\u00a0» (anglais\u00a0: non archivée; français\u00a0: archivée)" in panel_text(window)
        window.set_interface_language("en")
        QApplication.sendPostedEvents()
        assert "(English: not archived; French: archived)" in panel_text(window)
    finally:
        window.set_interface_language("en")


def test_keeping_one_value_writes_it_to_both_files(make_window, site_copy, qtbot):  # noqa: F811
    window = make_window(site_copy)
    window.select_pair("accessibility-specialist")
    panel = window.pair_editor.conflict_panel
    assert panel.isVisibleTo(window)
    assert "differ on archived (English: not archived; French: archived)" in panel_text(window)
    assert not window.pair_editor.shared.disagreement.isVisibleTo(window)  # said once, with the way out
    en_before = (site_copy / A11Y_EN).read_bytes()
    fr_before = (site_copy / A11Y_FR).read_bytes()

    qtbot.mouseClick(button(window, "conflict.take.archived.fr"), Qt.MouseButton.LeftButton)
    assert window.manager.modified and window.pair_editor.shared.archived.isChecked()
    assert not panel.isVisibleTo(window)
    window.app_actions["save"].trigger()
    assert changed_lines(en_before, (site_copy / A11Y_EN).read_bytes()) == [
        (7, b"archived: false\n", b"archived: true\n")]
    assert (site_copy / A11Y_FR).read_bytes() == fr_before
    assert window.site.entry("accessibility-specialist").status == "ok"


def test_extra_files_using_a_key_are_compared_then_deleted_or_archived(make_window, site_copy, qtbot):  # noqa: F811
    old = site_copy / EN / "product-manager.md"
    copy = site_copy / EN / "product-manager-copy.md"
    old.write_bytes((site_copy / PM_EN).read_bytes().replace(b"Product Manager", b"Old Product Manager"))
    copy.write_bytes((site_copy / PM_EN).read_bytes())
    window = make_window(site_copy / PM_FR)
    assert window.site.entry("product-manager").status == "conflict"

    # Delete asks first; cancelling keeps the file.
    answers = DialogAnswers().expect(f"duplicate.delete.{copy.name}", "delete.cancel",
                                     f"duplicate.delete.{copy.name}", "delete.confirm")
    qtbot.mouseClick(button(window, "conflict.settle.en"), Qt.MouseButton.LeftButton)
    assert answers.done and not answers.errors
    assert [seen["name"] for seen in answers.seen] == ["duplicateDialog", "deleteDialog",
                                                       "duplicateDialog", "deleteDialog"]
    assert copy.name in answers.seen[1]["text"]
    assert not copy.exists() and old.exists() and (site_copy / PM_EN).exists()
    assert window.manager.key == "product-manager"

    # Archive: the old copy keeps its text, is archived, and takes a key of its own.
    before = old.read_bytes()
    answers = DialogAnswers().expect(f"duplicate.archive.{old.name}")
    qtbot.mouseClick(button(window, "conflict.settle.en"), Qt.MouseButton.LeftButton)
    assert answers.done and not answers.errors
    after = old.read_bytes()
    assert after == before.replace(b"archived: false", b"archived: true").replace(
        b"translationKey: product-manager\n", b"translationKey: product-manager-archived\n")
    assert window.site.entry("product-manager").status == "ok"
    assert window.site.entry("product-manager-archived").archived is True
    assert not window.pair_editor.conflict_panel.isVisibleTo(window)
    assert "product-manager-archived" in window.posting_list.keys()


def test_a_key_already_taken_is_refused_in_the_dialog(make_window, site_copy, qtbot):  # noqa: F811
    old = site_copy / EN / "product-manager.md"
    old.write_bytes((site_copy / PM_EN).read_bytes())
    window = make_window(site_copy / PM_EN)
    seen = {}

    def rekey_to_taken_key():
        from PySide6.QtWidgets import QApplication, QLineEdit

        dialog = QApplication.activeModalWidget()
        dialog.findChild(QLineEdit, f"duplicate.key.{old.name}").setText("data-analyst")
        dialog.findChild(QPushButton, f"duplicate.rekey.{old.name}").click()
        seen["error"] = dialog.findChild(type(window.placeholder), "duplicate.error").text()
        dialog.reject()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, rekey_to_taken_key)
    qtbot.mouseClick(button(window, "conflict.settle.en"), Qt.MouseButton.LeftButton)
    assert "already used by the English file" in seen["error"]
    assert b"translationKey: product-manager\n" in old.read_bytes()


def test_opening_one_of_a_keys_files_edits_that_file(make_window, site_copy):  # noqa: F811
    """`posting-editor FILE` and File ▸ Open File… show the file asked for, even when another file of
    its language uses the same key: a user opening a broken copy to repair it must see that copy."""
    copy = site_copy / FR / "gestionnaire-de-produit-ancienne.md"
    copy.write_bytes((site_copy / PM_FR).read_bytes().replace(b"archived: false", b"archived: [false"))
    window = make_window(site_copy / FR / copy.name)
    assert window.manager.posting("fr").path == copy
    assert window.pair_editor.columns["fr"].raw_mode

    window.open_file(site_copy / PM_FR)
    assert window.manager.posting("fr").path == site_copy / PM_FR


def test_tab_reaches_the_conflict_buttons_where_they_are_shown(make_window, site_copy, qtbot):  # noqa: F811
    """The panel's buttons, made when a pair opens, came last in the Tab order, after the problems and
    the suggestions; from the keyboard they now follow the shared fields, above which they are shown."""
    from PySide6.QtWidgets import QApplication, QWidget

    window = make_window(site_copy)
    shown_and_active(window, qtbot)
    window.select_pair("accessibility-specialist")
    window.findChild(QWidget, "pair.advanced").setFocus()
    order = []
    for _ in range(3):
        window.focusNextChild()
        order.append(QApplication.focusWidget().objectName())
    first = window.pair_editor.column_order()[0]
    assert order == ["conflict.take.archived.en", "conflict.take.archived.fr", f"{first}.title"]
