"""The posting list's filter at 1024×640: "Toutes les offres (250…" was cut, its count lost."""

from __future__ import annotations

import pytest

from editor.app import create_main_window
from editor.ui.filter_combo import FilterComboBox
from editor.ui.settings import Settings
from tests.ui.window_fixtures import close_window, pyside_refcount_guard, recovery_dir, settings_file, site_copy  # noqa: F401


@pytest.fixture
def window(qtbot, site_copy, settings_file, recovery_dir, monkeypatch):  # noqa: F811
    made = create_main_window(site_copy, settings=Settings(settings_file), recovery_dir=recovery_dir)
    # A site of a few thousand postings: four-digit counts, the widest the filter shows.
    counts = made.posting_list.model.filter_counts
    monkeypatch.setattr(made.posting_list.model, "filter_counts", lambda: {name: 2500 for name in counts()})
    made.resize(1024, 640)
    made.show()
    qtbot.waitExposed(made)
    qtbot.waitUntil(lambda: made.width() == 1024)
    yield made
    made.set_interface_language("en")
    close_window(made)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_each_choice_shows_its_count_whole_and_its_whole_text_as_tooltip(window, qtbot, language):
    window.set_interface_language(language)
    window.posting_list._update_filter_counts()
    qtbot.wait(20)
    combo = window.posting_list.filter
    assert isinstance(combo, FilterComboBox)
    for position in range(combo.count()):
        combo.setCurrentIndex(position)
        whole = combo.itemText(position)
        shown = combo.shown_text()
        assert whole.endswith(" (2500)") and shown.endswith("(2500)")
        assert combo.fontMetrics().horizontalAdvance(shown) <= combo.width()
        assert combo.toolTip() == whole
        if shown != whole:
            assert "…" in shown and whole.startswith(shown.split("…")[0])
    widest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
    assert combo.view().minimumWidth() >= widest  # the open list shows each choice whole


def test_the_all_postings_choice_keeps_its_first_word_in_french(window, qtbot):
    window.set_interface_language("fr")
    window.posting_list._update_filter_counts()
    qtbot.wait(20)
    combo = window.posting_list.filter
    combo.setCurrentIndex(0)
    assert combo.toolTip() == "Toutes les offres (2500)"
    assert combo.shown_text() in ("Toutes les offres (2500)", "Toutes les… (2500)", "Toutes… (2500)")  # whole words


def test_two_choices_that_begin_with_the_same_word_stay_apart_when_narrow(qtbot):
    """"Offres ouvertes (5)" and "Offres archivées (1)" were both "Offres… (n)" in a narrow list:
    told apart by their counts alone."""
    combo = FilterComboBox()
    qtbot.addWidget(combo)
    combo.addItems(["Toutes les offres (6)", "Offres ouvertes (5)", "Offres archivées (1)", "À vérifier (2)"])
    combo.show()
    for width in range(combo.minimumSizeHint().width(), 240, 6):
        combo.setFixedWidth(width)
        shown = []
        for position in (1, 2):
            combo.setCurrentIndex(position)
            shown.append(combo.shown_text().rsplit("(", 1)[0].strip())
        assert shown[0] != shown[1], (width, shown)
