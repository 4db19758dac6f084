"""The Export dialog's list of postings: its search box finds what the posting list's search finds."""

from __future__ import annotations

from PySide6.QtCore import Qt

from editor.ui.export_postings import ExportPostings

PAIRS = [
    ("team-lead", "Chef d’équipe, services numériques"),
    ("heart", "Cœur des opérations"),
    ("apostrophe-typed", "Analyste de l'information"),
    ("designer", "Designer"),
]


def _shown(postings: ExportPostings) -> list[str]:
    return [item.data(Qt.ItemDataRole.UserRole) for item in postings._items() if not item.isHidden()]


def test_typed_apostrophes_ligatures_and_accents_find_the_titles_written_otherwise(qtbot):
    postings = ExportPostings(PAIRS, "")
    qtbot.addWidget(postings)
    postings.search.setText("chef d'equipe")  # a straight apostrophe finds the typographic one
    assert _shown(postings) == ["team-lead"]
    postings.search.setText("l’information")  # and the other way round
    assert _shown(postings) == ["apostrophe-typed"]
    postings.search.setText("coeur")  # a ligature typed as two letters
    assert _shown(postings) == ["heart"]
    postings.search.setText("OPÉRATIONS cœur")
    assert _shown(postings) == ["heart"]
    postings.search.clear()
    assert _shown(postings) == [key for key, _ in PAIRS]
