"""The problems panel: full messages from the catalogue in the interface language, a label for each
kind, filters, identical problems grouped, and the user's place kept across re-checks."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel

from editor.model.findings import Finding, Severity
from editor.ui import i18n
from editor.ui.problem_checker import PairProblem
from editor.ui.problems_panel import ProblemsPanel


@pytest.fixture
def french(qapp, tmp_path, monkeypatch):
    """The French interface from the .ts as it is now (built into a scratch .qm)."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    source = i18n.translations_dir() / "posting_editor_fr.ts"
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(tmp_path / "posting_editor_fr.qm")],
                   check=True, timeout=60)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    yield lambda: i18n.install_translator(qapp, "fr")
    i18n.remove_translators(qapp)


def _problem(code: str, line: int, file_lang: str = "fr", severity=Severity.WARNING, variant: str = "", **params):
    return PairProblem(file_lang, Finding(f"{file_lang}.md", line, 1, severity, code, params=params, variant=variant))


def _markers(count: int, first_line: int = 20) -> list[PairProblem]:
    return [_problem("translation-marker", first_line + 2 * n, text="[À TRADUIRE]") for n in range(count)]


SKIP = dict(variant="title", level=4, marks="####", wanted=2, wanted_marks="##")
PROBLEMS = [
    _problem("missing-field", 1, "en", Severity.ERROR, field="translationKey"),
    _problem("heading-skip", 9, **SKIP),
    _problem("number-mismatch", 12, text="85 000 $", lang="en", other_lang="fr", where="line:14", shown="85,000"),
    *_markers(3),
]


@pytest.fixture
def panel(qtbot):
    widget = ProblemsPanel()
    qtbot.addWidget(widget)
    widget.resize(900, 300)
    return widget


def _rows(panel) -> list[str]:
    tree = panel.tree
    return [tree.topLevelItem(n).text(1) for n in range(tree.topLevelItemCount())]


def test_messages_are_whole_and_kinds_have_labels_in_english(panel):
    panel.set_problems(PROBLEMS)
    first = panel.tree.topLevelItem(0)
    assert first.text(1) == "The field 'translationKey' is missing."
    assert first.text(4) == "Missing field"
    assert first.toolTip(4) == "Code: missing-field"


def test_french_interface_shows_the_whole_message_in_french(panel, qtbot, qapp, french):
    panel.set_problems(PROBLEMS)
    french()
    qtbot.waitUntil(lambda: panel.tree.headerItem().text(1) == "Problème")
    first, skip, number = (panel.tree.topLevelItem(n) for n in range(3))
    assert first.text(1) == "Le champ «\u00a0translationKey\u00a0» (clé de traduction) manque."
    assert first.text(4) == "Champ manquant" and first.toolTip(4) == "Code\u00a0: missing-field"
    assert skip.text(1).startswith("Ce titre de niveau 4 (####) suit directement le titre de l’offre")
    assert number.text(1).startswith("«\u00a085 000 $\u00a0» dans le texte anglais (ligne 14)")
    assert "anglais" not in skip.toolTip(1) and "Détail" not in first.toolTip(1)
    i18n.remove_translators(qapp)
    qtbot.waitUntil(lambda: panel.tree.headerItem().text(1) == "Problem")
    assert panel.tree.topLevelItem(0).text(1) == "The field 'translationKey' is missing."


def _visible_texts(panel) -> set[str]:
    texts = {panel.summary.text()}
    tree = panel.tree
    texts |= {tree.headerItem().text(c) for c in range(tree.columnCount())}
    for n in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(n)
        items = [item] + [item.child(k) for k in range(item.childCount())]
        texts |= {i.text(c) for i in items for c in range(tree.columnCount())}
        texts |= {i.toolTip(c) for i in items for c in range(tree.columnCount())}
    for box in panel.findChildren(QComboBox):
        texts |= {box.itemText(k) for k in range(box.count())} | {box.toolTip()}
    texts |= {button.text() for button in panel.findChildren(QAbstractButton)}
    texts |= {label.text() for label in panel.findChildren(QLabel)}
    return {text for text in texts if text}


def test_no_english_is_left_in_the_french_panel(panel, qtbot, french):
    fixable = PairProblem("fr", PROBLEMS[1].finding)
    panel.set_problems(PROBLEMS + [fixable])
    english = _visible_texts(panel)
    french()
    qtbot.waitUntil(lambda: panel.tree.headerItem().text(1) == "Problème")
    # What reads the same in both languages: language tags, line numbers, the codes in tooltips.
    same = {text for text in _visible_texts(panel) & english
            if not (text in ("EN", "FR") or text.isdigit())}
    assert same == set()



def test_the_count_of_problems_shown_agrees_with_its_number_in_french(panel, qtbot, french):
    """It read « (1 affichés) »: a count of one takes the singular, as « 1 erreur » beside it does."""
    panel.set_problems(PROBLEMS)
    french()
    qtbot.waitUntil(lambda: panel.tree.headerItem().text(1) == "Problème")
    panel.severity_filter.setCurrentIndex(panel.severity_filter.findData("error"))
    assert panel.summary.text().endswith("(1 affiché)")
    panel.severity_filter.setCurrentIndex(panel.severity_filter.findData("warning"))
    assert panel.tree.topLevelItemCount() >= 2
    assert re.search(r"\(\d+ affichés\)$", panel.summary.text())

def test_identical_problems_share_one_row_that_expands(panel, qtbot):
    panel.set_problems(PROBLEMS)
    assert panel.tree.topLevelItemCount() == 4
    group = panel.tree.topLevelItem(3)
    assert group.childCount() == 3 and group.text(3) == "3 places"
    assert group.text(1) == "This text is still marked [À TRADUIRE]: translate it, then remove the marker."
    received = []
    panel.problemActivated.connect(lambda *args: received.append(args))
    panel.tree.itemActivated.emit(group, 0)
    assert group.isExpanded() and received == [("fr", 20, 1)]
    received.clear()
    assert [panel.go_to(1) for _ in range(7)] == [True] * 7  # F8 goes through every place, then wraps
    assert [line for _lang, line, _column in received] == [1, 9, 12, 20, 22, 24, 1]


def test_filters_by_severity_language_and_kind(panel):
    panel.set_problems(PROBLEMS)
    panel.severity_filter.setCurrentIndex(panel.severity_filter.findData("error"))
    assert _rows(panel) == ["The field 'translationKey' is missing."]
    assert "(1 shown)" in panel.summary.text()
    panel.severity_filter.setCurrentIndex(0)
    panel.language_filter.setCurrentIndex(panel.language_filter.findData("fr"))
    assert panel.tree.topLevelItemCount() == 3
    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData("heading-skip"))
    assert len(_rows(panel)) == 1 and _rows(panel)[0].startswith("This level 4 heading")
    # The choice survives a re-check, and the kinds offered are those found.
    panel.set_problems(PROBLEMS[:2])
    assert panel.kind_filter.currentData() == "heading-skip" and panel.tree.topLevelItemCount() == 1
    assert {panel.kind_filter.itemData(n) for n in range(panel.kind_filter.count())} == {"", "missing-field",
                                                                                       "heading-skip"}


def test_selection_and_scroll_position_survive_a_fix(panel, qtbot):
    many = [_problem("heading-skip", line, **SKIP) for line in range(10, 200, 3)]
    many = [PairProblem("fr", Finding("fr.md", p.finding.line, 1, Severity.WARNING, "wrong-language",
                                      params={"guess_lang": "en", "lang": "fr", "text": f"text {n}"}))
            for n, p in enumerate(many)]
    panel.set_problems(many)
    panel.show()
    tree = panel.tree
    tree.setCurrentItem(tree.topLevelItem(30))
    tree.scrollToItem(tree.topLevelItem(30))
    scroll = tree.verticalScrollBar().value()
    assert scroll > 0
    fixed = many[30]
    panel.set_problems([p for p in many if p != fixed])  # the re-check after the fix
    assert tree.verticalScrollBar().value() == scroll
    assert panel.current_problem() == many[31]  # the next one took its place
    panel.set_problems([p for p in many if p != fixed])  # a re-check changing nothing
    assert panel.current_problem() == many[31]


def test_each_row_shows_its_severity_s_icon_drawn_once(panel):
    from editor.model.findings import Severity as Level
    from editor.ui.status_icons import status_icon

    panel.set_problems(PROBLEMS + _markers(3, first_line=40))
    tree = panel.tree
    rows = [tree.topLevelItem(n) for n in range(tree.topLevelItemCount())]
    rows += [row.child(n) for row in list(rows) for n in range(row.childCount())]  # grouped problems too
    items = [item for item in rows if item.data(0, Qt.ItemDataRole.UserRole) >= 0]
    severities = [panel._problems[item.data(0, Qt.ItemDataRole.UserRole)].finding.severity for item in items]
    assert set(severities) == {Level.ERROR, Level.WARNING}
    for severity in set(severities):
        icons = [item.icon(0) for item, level in zip(items, severities) if level == severity]
        assert len({icon.cacheKey() for icon in icons}) == 1  # the same icon object on every row
        assert icons[0].pixmap(16).toImage() == status_icon(severity.value).pixmap(16).toImage()
