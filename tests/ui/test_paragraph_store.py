"""The window's grammar (problems panel, underlines) reads the same paragraph store as ``check``."""

from __future__ import annotations

import pytest

from editor.model.language import grammar
from editor.ui.grammar_underline import find_marks
from editor.ui.problem_checker import _Snapshot, check_snapshot

PARAGRAPH = "Nous aimons les chat du bureau."
STORED = [{"nStart": 16, "nEnd": 20, "sRuleId": "g_essai", "sType": "gn", "sMessage": "Réponse gardée sur le disque.",
           "aSuggestions": ["chats"]}]


@pytest.fixture
def store(tmp_path, monkeypatch):
    """A store of the test's own that knows every paragraph below, and no Grammalecte at all."""
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(grammar, "_cache", {})
    for text, answer in ((PARAGRAPH, STORED), ("Analyste", []), ("Un poste.", [])):
        grammar._store().put(text, answer)

    def refuse():
        raise AssertionError("Grammalecte asked although the store knows every paragraph")

    monkeypatch.setattr(grammar, "engine", refuse)


def test_the_underlines_are_answered_from_the_store(store):
    [mark] = find_marks(PARAGRAPH, True, frozenset())
    assert (mark.word, mark.message, mark.suggestions) == ("chat", "Réponse gardée sur le disque.", ("chats",))


def test_the_problems_panel_is_answered_from_the_store(store):
    raw = f"---\ntitle: Analyste\ndescription: Un poste.\n---\n{PARAGRAPH}\n".encode()
    problems = check_snapshot(_Snapshot("analyste", None, {"fr": (raw, None, "fr/analyste.md")}))
    grammar_problems = [p.finding for p in problems if p.finding.code.startswith("grammar-")]
    assert [(f.code, f.params["flagged"]) for f in grammar_problems] == [("grammar-agreement", "chat")]
    assert "Réponse gardée sur le disque" in grammar_problems[0].message
