"""A 1366×768 laptop screen at 125 % and 150 % (1093×614 and 911×512 device-independent pixels, what
the layouts see under QT_SCALE_FACTOR): the window fits, nothing is squeezed below its least size,
the problems keep their rows and their count, in English and in French."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractScrollArea, QApplication, QComboBox, QHeaderView, QLabel, QSizePolicy, QStyle,
                               QStyleOptionComboBox, QWidget)

from editor.ui.elided_label import ShrinkingLabel
from editor.ui.problems_panel import MIN_ROWS
from editor.ui.settings import Settings
from tests.ui.test_laptop_layout import _open, close_after  # noqa: F401
from tests.ui.window_fixtures import PM_FR, checks_settled, pyside_refcount_guard, recovery_dir, settings_file, site_copy  # noqa: F401

SCALED = {"125%": (1093, 614), "150%": (911, 512)}


def _least(widget: QWidget) -> tuple[int, int]:
    """The size a layout would not go below (Qt's qSmartMinSize): the minimum set, else the hint's,
    else the size hint for a policy that may not shrink."""
    hint, least, policy = widget.sizeHint(), widget.minimumSizeHint(), widget.sizePolicy()

    def one(explicit: int, least_hint: int, hint_size: int, grows: QSizePolicy.Policy) -> int:
        if explicit > 0:
            return explicit
        shrinks = bool(grows.value & QSizePolicy.PolicyFlag.ShrinkFlag.value)
        return max(0, least_hint if shrinks else hint_size)

    return (one(widget.minimumWidth(), least.width(), hint.width(), policy.horizontalPolicy()),
            one(widget.minimumHeight(), least.height(), hint.height(), policy.verticalPolicy()))


def squeezed(win) -> list[str]:
    """Visible widgets of the window given less than their least size (a scroll area's own parts, sized
    by their view, aside: a header, and a two-line description's scroll bar, shorter than its arrows and
    handle's hint but still drawing both arrows)."""
    found = []
    for widget in win.findChildren(QWidget):
        parent = widget.parentWidget()
        if not widget.isVisible() or widget.isWindow() or widget.objectName().startswith("qt_") \
                or isinstance(widget, QHeaderView) or isinstance(parent, QAbstractScrollArea) \
                or (parent is not None and parent.objectName().startswith("qt_scrollarea")):
            continue
        width, height = _least(widget)
        if widget.width() < width or widget.height() < height:
            found.append(f"{type(widget).__name__} {widget.objectName()!r} {widget.size().toTuple()} < {(width, height)}")
    return found


def shown_whole(combo: QComboBox) -> bool:
    """Whether the combo box's field holds its current text whole."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    return field.width() >= combo.fontMetrics().horizontalAdvance(combo.currentText())


def shows_rows(tree) -> float:
    assert tree.topLevelItemCount() > MIN_ROWS
    return tree.viewport().height() / tree.sizeHintForRow(0)


def with_problems(win, qtbot) -> None:
    """Errors, warnings and notes in the open pair (a real posting's count: the longest summary)."""
    from editor.model.findings import Finding, Severity
    from editor.ui.problem_checker import PairProblem

    qtbot.waitUntil(lambda: checks_settled(win), timeout=10000)  # its own results would replace these
    severities = [Severity.ERROR] * 13 + [Severity.WARNING] * 18 + [Severity.INFO] * 118
    # Each its own message (a place named), so each its own row rather than one group of places.
    win.problems.set_problems([PairProblem("fr", Finding("fr.md", line, 1, severity, "double-space",
                                                         params={"in_where": f"paragraph {line}"}))
                               for line, severity in enumerate(severities, 1)])
    qtbot.wait(50)  # the layouts take the new count


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("scale", list(SCALED))
def test_at_125_and_150_percent_the_window_fits_and_nothing_is_squeezed(qtbot, site_copy, settings_file,  # noqa: F811
                                                                      recovery_dir, close_after, lang, scale):  # noqa: F811
    size = SCALED[scale]
    win = _open(qtbot, site_copy, settings_file, recovery_dir, size)
    close_after(win)
    win.set_interface_language(lang)
    with_problems(win, qtbot)
    assert win.minimumSizeHint().width() <= size[0] and win.minimumSizeHint().height() <= size[1]
    assert win.size().toTuple() == size
    # Once the layouts have taken the French texts and counts (a label's new text is laid out an
    # event later): a widget left squeezed for good fails here when the wait ends.
    def nothing_squeezed() -> None:
        assert squeezed(win) == []

    qtbot.waitUntil(nothing_squeezed, timeout=5000)
    area = win.translator.area
    assert area.is_tabbed() and area.tab_bar.isVisible()
    for tab in range(area.tab_bar.count()):  # both names whole, no scroll arrows
        assert area.tab_bar.tabRect(tab).width() >= area.tab_bar.tabSizeHint(tab).width()
    assert area.tab_bar.tabText(0).startswith("Problems (" if lang == "en" else "Problèmes (")
    assert shows_rows(win.problems.tree) >= MIN_ROWS
    win.set_interface_language("en")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_at_100_percent_the_problems_and_suggestions_stay_side_by_side_with_the_count_whole(
        qtbot, site_copy, settings_file, recovery_dir, close_after, lang):  # noqa: F811
    win = _open(qtbot, site_copy, settings_file, recovery_dir, (1366, 768))
    close_after(win)
    win.set_interface_language(lang)
    with_problems(win, qtbot)
    assert not win.translator.area.is_tabbed() and win.translator.suggestions.isVisible()
    summary = win.problems.summary
    shown = summary.shown_text()
    # 13 errors, 18 warnings and 118 notes: whole at 1366 pixels in English, whole items in French.
    assert summary.isVisible() and (shown == summary.text() if lang == "en" else
                                    shown.endswith(", …") and summary.text().startswith(shown[:-2]))
    assert shows_rows(win.problems.tree) >= MIN_ROWS
    assert win.menus.toolbar.iconSize().height() > 16
    win.set_interface_language("en")


def test_the_tab_in_front_is_remembered_and_f6_still_reaches_the_problems(qtbot, site_copy, settings_file,  # noqa: F811
                                                                          recovery_dir, close_after):  # noqa: F811
    win = _open(qtbot, site_copy, settings_file, recovery_dir, SCALED["150%"])
    close_after(win)
    area = win.translator.area
    area.tab_bar.setCurrentIndex(1)
    assert win.translator.suggestions.isVisible() and not win.problems.tree.isVisible()
    assert not win.problems.controls.isVisible()  # the problems' filters do not sit beside the suggestions
    assert Settings(settings_file).problems_tab() == "suggestions"
    win.posting_list.view.setFocus()
    for _ in range(4):  # the list, the fields, the text, the problems
        if QApplication.focusWidget() is win.problems.tree:
            break
        win.app_actions["next_pane"].trigger()
    assert QApplication.focusWidget() is win.problems.tree and win.problems.tree.isVisible()
    assert Settings(settings_file).problems_tab() == "problems"
    area.tab_bar.setCurrentIndex(1)
    again = _open(qtbot, site_copy, settings_file, recovery_dir, SCALED["150%"])
    close_after(again)
    assert again.translator.area.tab_bar.currentIndex() == 1


def test_growing_the_window_puts_the_two_side_by_side_again_with_the_sizes_given(qtbot, site_copy, settings_file,  # noqa: F811
                                                                                recovery_dir, close_after):  # noqa: F811
    win = _open(qtbot, site_copy, settings_file, recovery_dir, SCALED["125%"])
    close_after(win)
    assert win.translator.area.is_tabbed()
    win.resize(1366, 768)
    qtbot.waitUntil(lambda: not win.translator.area.is_tabbed(), timeout=3000)
    qtbot.wait(50)
    assert win.problems.summary.isVisible() and win.problems.controls.parentWidget() is win.problems
    splitter = win.translator.area.splitter
    assert splitter.indexOf(win.problems) == 0 and splitter.indexOf(win.translator.suggestions) == 1
    assert win.translator.suggestions.width() >= splitter.width() // 4


def test_a_count_too_long_for_its_room_loses_whole_words(qtbot):
    label = ShrinkingLabel(keeps=10)
    qtbot.addWidget(label)
    label.setText("&Problems: 2 errors, 1 warning, 3 notes")
    label.show()
    label.resize(label.fontMetrics().horizontalAdvance("Problems: 2 errors, 1 warn"), label.height())
    assert label.shown_text() == "&Problems: 2 errors, …"
    assert label.toolTip() == "Problems: 2 errors, 1 warning, 3 notes"
    label.resize(label.sizeHint().width() + 10, label.height())
    assert label.shown_text() == label.text()


def test_the_problems_list_keeps_its_rows_when_the_splitter_is_short(qtbot, site_copy, settings_file,  # noqa: F811
                                                                     recovery_dir, close_after):  # noqa: F811
    win = _open(qtbot, site_copy, settings_file, recovery_dir, (1366, 768))
    close_after(win)
    with_problems(win, qtbot)
    win.right.setSizes([10000, 1])
    qtbot.wait(20)
    assert shows_rows(win.problems.tree) >= MIN_ROWS


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_at_150_percent_a_pair_in_conflict_fits_with_its_preview_below(qtbot, site_copy, settings_file,  # noqa: F811
                                                                      recovery_dir, close_after, lang):  # noqa: F811
    """The bar that offers to settle a conflict takes two lines above the columns: the window, 512
    pixels high, needed 534 until the body and its preview could each go down to three lines."""
    french = site_copy / PM_FR
    text = french.read_text(encoding="utf-8")
    assert "archived: false" in text
    french.write_text(text.replace("archived: false", "archived: true", 1), encoding="utf-8")
    size = SCALED["150%"]
    win = _open(qtbot, site_copy, settings_file, recovery_dir, size)
    close_after(win)
    win.set_interface_language(lang)
    column = win.pair_editor.columns["en"]
    assert win.pair_editor.conflict_panel.isVisible()
    assert column.body_splitter.orientation() == Qt.Orientation.Vertical and column.preview.isVisible()
    assert win.minimumSizeHint().height() <= size[1]

    def nothing_squeezed() -> None:
        assert win.size().toTuple() == size and squeezed(win) == []

    qtbot.waitUntil(nothing_squeezed, timeout=5000)
    for combo in (win.problems.severity_filter, win.problems.language_filter, win.problems.kind_filter):
        assert shown_whole(combo), combo.currentText()  # "Toutes les grav" was cut
    win.resize(1366, 768)  # a tall window: the texts ask their usual least size again
    qtbot.waitUntil(lambda: column.body.minimumHeight() == 0, timeout=3000)
    win.set_interface_language("en")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_at_150_percent_a_key_used_twice_in_both_languages_leaves_the_texts_their_room(
        qtbot, site_copy, settings_file, recovery_dir, close_after, lang):  # noqa: F811
    """The real site's executive assistant: two English and two French files with its key, so two bars
    above the columns, each naming its files. At 911×512 each bar took three lines, and the body and
    its preview, given less than their least height, were drawn over each other."""
    from tests.ui.window_fixtures import EN, PM_EN, FR

    for folder, original, copy in ((EN, PM_EN, "product-manager.md"), (FR, PM_FR, "gestionnaire-de-produit.md")):
        (site_copy / folder / copy).write_bytes((site_copy / original).read_bytes())
    size = SCALED["150%"]
    win = _open(qtbot, site_copy, settings_file, recovery_dir, size)
    close_after(win)
    win.set_interface_language(lang)
    panel = win.pair_editor.conflict_panel
    assert panel.isVisible() and len(panel.buttons()) == 2
    assert win.minimumSizeHint().height() <= size[1]

    def nothing_squeezed() -> None:
        assert win.size().toTuple() == size and squeezed(win) == []

    qtbot.waitUntil(nothing_squeezed, timeout=5000)
    for column in win.pair_editor.columns.values():
        body, preview = column.body, column.preview
        assert body.mapTo(win, body.rect().bottomLeft()).y() < preview.mapTo(win, preview.rect().topLeft()).y()
    win.resize(1366, 768)  # a tall window: the bars say their whole sentences again
    qtbot.waitUntil(lambda: all(label.wordWrap() for label in panel.findChildren(QLabel)), timeout=3000)
    win.set_interface_language("en")
