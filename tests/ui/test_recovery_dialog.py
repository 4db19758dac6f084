"""The question after a crash, in the interface language: the posting's title and the time of its edits."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QListWidget

from editor.resources import resource_path
from editor.ui import dialogs, i18n
from editor.ui.recovery import RecoveryEntry


@pytest.fixture
def interface(qapp):
    if not (resource_path("translations") / "posting_editor_fr.qm").is_file():
        pytest.skip("the translations are not built (make translations)")
    yield lambda lang: i18n.install_translator(qapp, lang)
    i18n.install_translator(qapp, "en")


def _offered(entry: RecoveryEntry) -> str:
    """The line the dialog shows for ``entry`` (the dialog answered Decide Later)."""
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.findChild(QListWidget, "recoveryList").item(0).text())
        dialog.reject()

    QTimer.singleShot(0, answer)
    choice, _entry = dialogs.ask_recovery(None, [entry])
    assert choice is dialogs.RecoveryChoice.LATER
    return seen[0]


@pytest.mark.parametrize("lang, title, words", [("fr", "Analyste de données", " h "),
                                                ("en", "Data Analyst", "m.")])
def test_the_posting_and_the_time_are_in_the_interface_language(interface, lang, title, words):
    """A French interface said "Data Analyst (data-analyst) — Wed Dec 2 16:26:27 2026, dans /site":
    the English title and Qt's English date."""
    interface(lang)
    entry = RecoveryEntry(None, Path("/site"), "data-analyst", time.mktime((2026, 12, 2, 16, 26, 27, 0, 0, -1)), 1,
                          titles={"en": "Data Analyst", "fr": "Analyste de données"})
    line = _offered(entry)
    assert line.startswith(f"{title} (data-analyst) — 2026-12-02 "), line
    assert words in line and "Wed" not in line and "Dec" not in line, line


def test_a_long_line_is_read_whole_without_scrolling_sideways(qapp):
    """The real site's copy in a deep folder: "French Content Designer X (french-content-designer-sept-2022)
    — 2026-12-03 2:56 p.m., in /tmp/advw…" ran past the dialog, the rest behind a sideways scroll bar."""
    site = Path("/home/someone/Documents/work/cds-digital/careers-website-copy-for-translation")
    entry = RecoveryEntry(None, site, "french-content-designer-sept-2022", time.time(), 1,
                          titles={"en": "French Content Designer"})
    seen: dict = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        listing = dialog.findChild(QListWidget, "recoveryList")
        seen["scrolls"] = listing.horizontalScrollBar().maximum()
        seen["whole"] = listing.visualItemRect(listing.item(0)).width() <= listing.viewport().width()
        seen["tooltip"] = listing.item(0).toolTip()
        dialog.reject()

    QTimer.singleShot(0, answer)
    dialogs.ask_recovery(None, [entry])
    assert seen["scrolls"] == 0 and seen["whole"]
    assert str(site) in seen["tooltip"]
