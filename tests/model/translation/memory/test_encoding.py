"""A memory built with a previous build's encoding (as after an edit, from the memory's cache)
encodes only the texts that are new, and answers every lookup exactly as one built afresh."""

from __future__ import annotations

import random

from editor.model.translation.memory.build import build_memory
from editor.model.translation.memory.store import TranslationMemory, Unit
from tests.model.translation.helpers import write_site
from tests.model.translation.memory.fixtures import EN, FR, pair

WORDS = ("team data public service people week vacation plan pension hours design research build ship small "
         "change every help training studio resume apply send before offer flexible").split()
MOTS = ("équipe données public service gens semaine vacances régime retraite heures conception recherche bâtir "
        "livrer petit changement chaque aide formation studio CV postuler envoyer avant offrir souple").split()


def _units(rng: random.Random, count: int, key: str) -> list[Unit]:
    return [Unit(" ".join(rng.choice(WORDS) for _ in range(rng.randrange(4, 14))),
                 " ".join(rng.choice(MOTS) for _ in range(rng.randrange(4, 14))), key=f"{key}-{n % 7}")
            for n in range(count)]


def _answers(memory: TranslationMemory, queries: list[str]) -> list:
    return [memory.lookup(text, lang, exclude_key="a-1", limit=6, threshold=threshold)
            for text in queries for lang in ("en", "fr") for threshold in (50, 90)]


def test_lookups_with_a_previous_encoding_are_those_of_a_fresh_build(monkeypatch):
    rng = random.Random(7)
    before = _units(rng, 300, "a")
    first = TranslationMemory(before)
    after = before[:100] + _units(rng, 40, "b") + before[140:] + [Unit("brand new words here today", "mots tout neufs ici")]
    encoded = []
    real = TranslationMemory._encode
    monkeypatch.setattr(TranslationMemory, "_encode", lambda self, masked: encoded.append(masked) or real(self, masked))
    again = TranslationMemory(after, encoding=first.encoding())
    new = {text for unit in after for text in unit.masked()} - {text for unit in before for text in unit.masked()}
    assert set(encoded) == new and len(encoded) == len(new)
    fresh = TranslationMemory(after)
    queries = [unit.en for unit in after[::9]] + [unit.fr for unit in after[::11]] + ["brand new words here", "team data"]
    assert _answers(again, queries) == _answers(fresh, queries)
    assert any(_answers(fresh, queries))


def test_a_table_grown_by_a_quarter_is_made_afresh():
    """Words no text holds any more stay in the table; once they are many, it is made again."""
    units = _units(random.Random(8), 50, "a")
    encoding = TranslationMemory(units).encoding()
    kept = TranslationMemory(units, encoding=encoding)
    assert kept.encoding().codes is encoding.codes or kept.encoding().codes == encoding.codes
    encoding.words += [f"gone{n}" for n in range(encoding.fresh // 4 + 1)]
    again = TranslationMemory(units, encoding=encoding)
    assert again.encoding().words == TranslationMemory(units).encoding().words != encoding.words


def test_a_rebuild_after_an_edit_reuses_the_cached_encoding(tmp_path, monkeypatch):
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "site"
    index = write_site(root, {"one": pair("one", EN, FR), "two": pair("two", EN[:2], FR[:2])})
    build_memory(index, history=False)
    path = next((root / "content" / "fr").rglob("two-fr.md"))
    path.write_text(path.read_text(encoding="utf-8").replace(FR[1], "Un paragraphe entièrement neuf, écrit pour ce test."),
                    encoding="utf-8")
    encoded = []
    real = TranslationMemory._encode
    monkeypatch.setattr(TranslationMemory, "_encode", lambda self, masked: encoded.append(masked) or real(self, masked))
    index = write_site(root, {})
    rebuilt = build_memory(index, history=False)
    assert encoded and all("neuf" in text for text in encoded)
    fresh = build_memory(index, history=False, cache=False)
    queries = [unit.en for unit in fresh.units] + [unit.fr for unit in fresh.units]
    assert _answers(rebuilt, queries) == _answers(fresh, queries)
