"""The open pair's missing language arrives from another program (a translator's file pulled with git,
a copy put back): the window edits it at once, as the list already shows it, instead of offering to
create a file that is there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit

from tests.ui.window_fixtures import EN, FR, pyside_refcount_guard, recovery_dir, settings_file, site_copy  # noqa: F401
from tests.ui.workflow_support import make_window  # noqa: F401

pytestmark = pytest.mark.usefixtures("short_pauses")

FRENCH = """---
layout: job-posting
type: section
title: 'Ingénieure ou ingénieur en sécurité'
description: 'Protège nos services.'
archived: false
translationKey: security-engineer
leverId: 56fb226e-1118-462b-9234-98f41a59b345
---

## À propos de nous

Nous protégeons les services et les données que les gens nous confient.
"""


def _english_only(make_window, site_copy):  # noqa: F811
    english = next((site_copy / EN).glob("security-engineer--*.md"))
    window = make_window(english)
    assert window.manager.key == "security-engineer" and window.manager.posting("fr") is None
    assert window.pair_editor.columns["fr"].is_missing
    return window


def test_the_missing_language_added_outside_opens_in_its_column(make_window, site_copy, qtbot):  # noqa: F811
    window = _english_only(make_window, site_copy)
    added = site_copy / FR / "ingenieure-securite--56fb226e-1118-462b-9234-98f41a59b345.md"
    added.write_text(FRENCH, encoding="utf-8")
    qtbot.waitUntil(lambda: window.site.entry("security-engineer").status != "missing-fr")
    qtbot.waitUntil(lambda: window.manager.posting("fr") is not None)
    assert window.manager.posting("fr").path == added
    assert not window.pair_editor.columns["fr"].is_missing
    assert window.findChild(QLineEdit, "fr.title").text() == "Ingénieure ou ingénieur en sécurité"
    assert not window.manager.modified
    assert "ingenieure-securite" in window.statusBar().currentMessage()


def test_edits_to_the_open_language_are_kept_when_the_other_arrives(make_window, site_copy, qtbot):  # noqa: F811
    window = _english_only(make_window, site_copy)
    title = window.findChild(QLineEdit, "en.title")
    title.end(False)
    qtbot.keyClicks(title, " (senior)")
    added = site_copy / FR / "ingenieure-securite--56fb226e-1118-462b-9234-98f41a59b345.md"
    added.write_text(FRENCH, encoding="utf-8")
    qtbot.waitUntil(lambda: window.manager.posting("fr") is not None)
    assert title.text() == "Security Engineer (senior)"
    assert window.manager.is_modified("en") and not window.manager.is_modified("fr")
    english = window.manager.posting("en").path
    before = english.read_bytes()
    assert window.save()
    assert b"title: 'Security Engineer (senior)'" in english.read_bytes()
    assert english.read_bytes().replace(b" (senior)", b"") == before
    assert added.read_text(encoding="utf-8") == FRENCH


def test_a_deleted_file_whose_other_language_stays_is_offered_to_close_alone(make_window, site_copy, qtbot):  # noqa: F811
    """"Close the Posting (the text open here is then lost)" was asked when only the French file was
    gone: the English stays open with its unsaved edits, which the question seemed to throw away."""
    from PySide6.QtWidgets import QAbstractButton, QApplication

    from tests.ui.window_fixtures import PM_EN, PM_FR

    window = make_window(site_copy / PM_EN)
    title = window.findChild(QLineEdit, "en.title")
    title.end(False)
    qtbot.keyClicks(title, " (senior)")
    seen: dict = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != "vanishedDialog":
            QTimer.singleShot(10, answer)
            return
        close = box.findChild(QAbstractButton, "vanished.close")
        seen.update(informative=box.informativeText(), close=close.text())
        close.click()

    QTimer.singleShot(0, answer)
    (site_copy / PM_FR).unlink()
    qtbot.waitUntil(lambda: "close" in seen and window.manager.posting("fr") is None)
    assert seen["close"] == "&Close the File"
    assert "posting" not in seen["informative"] and "the other language stays open" in seen["informative"]
    assert title.text() == "Product Manager (senior)" and window.manager.is_modified("en")
