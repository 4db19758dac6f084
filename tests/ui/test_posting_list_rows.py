"""A row's second line in a narrow list (the laptop's 258 pixels): what is left to do stays in view,
the key gives way first. "french-content-designer-sept-2022 · French missing · Archived · Unsaved"
showed as "french-content-designer-sept-202…", its statuses all cut."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from editor.ui.posting_list import _fit_detail
from tests.ui.window_fixtures import pyside_refcount_guard  # noqa: F401

KEY = "french-content-designer-sept-2022"
SEP = " · "


@pytest.fixture
def metrics(qapp) -> QFontMetrics:
    return QFontMetrics(QApplication.font())


@pytest.mark.parametrize("words", ["French missing · Archived · Unsaved",
                                   "Français manquant · Archivée · Non enregistrée"])
def test_the_statuses_stay_whole_when_the_key_has_no_room_left(metrics, words):
    width = metrics.horizontalAdvance(SEP + words) + metrics.horizontalAdvance("ab…") - 1
    shown = _fit_detail(KEY + SEP + words, metrics, width)
    assert shown == words
    assert metrics.horizontalAdvance(shown) <= width


def test_the_first_statuses_show_when_even_they_are_too_long(metrics):
    words = "French missing · Archived · Unsaved"
    width = metrics.horizontalAdvance("French missing · Arch")
    shown = _fit_detail(KEY + SEP + words, metrics, width)
    assert shown.startswith("French missing") and shown.endswith("…")
    assert metrics.horizontalAdvance(shown) <= width


def test_a_key_with_room_gives_way_by_its_middle(metrics):
    words = "Conflict · Archived"
    width = metrics.horizontalAdvance(SEP + words) + metrics.horizontalAdvance("french…2022")
    shown = _fit_detail(KEY + SEP + words, metrics, width)
    assert shown.endswith(SEP + words) and shown.startswith("fr") and "…" in shown
    assert metrics.horizontalAdvance(shown) <= width


def test_a_line_that_fits_is_shown_whole(metrics):
    detail = KEY + SEP + "Archived"
    assert _fit_detail(detail, metrics, metrics.horizontalAdvance(detail)) == detail
