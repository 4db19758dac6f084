"""The bundled Hunspell dictionaries (``resources/dictionaries/``), one speller per language.

Engine: Hunspell itself through ``chunspell``, whose wheels carry the library, so nothing is
installed on the system. Chosen over spylls (pure Python) and word lists after measuring
(benchmarks/bench_spelling.py): spylls needs 2 s to load English and minutes for the French
dictionary's 200 KB of affix rules; Hunspell loads both in under a second and answers a lookup in
tens of microseconds.

A Hunspell handle is not thread-safe and the window asks from two worker threads (problems panel,
underlines): each speller has a lock. Answers are cached, so a word seen once costs nothing again.
"""

from __future__ import annotations

import threading
from functools import lru_cache

from ...resources import resource_path

LANGUAGES = ("en", "fr")
_FILES = {"en": "en_CA", "fr": "fr"}
SUGGESTIONS = 5  # kept per word; the CLI message shows the first three


class SpellingUnavailable(RuntimeError):
    """The dictionaries or the Hunspell library cannot be loaded; the message says why."""


class Speller:
    """One language's dictionary: ``correct(word)`` and ``suggestions(word)``."""

    def __init__(self, lang: str):
        if lang not in _FILES:
            raise ValueError(f"no spelling dictionary for {lang!r}")
        try:
            import hunspell
        except ImportError as error:
            raise SpellingUnavailable(f"Spell checking needs the chunspell package ({error}).") from None
        folder = resource_path("dictionaries")
        name = _FILES[lang]
        if not (folder / f"{name}.aff").is_file() or not (folder / f"{name}.dic").is_file():
            raise SpellingUnavailable(f"The {lang} spelling dictionary is missing from {folder}.")
        self.lang = lang
        self._handle = hunspell.Hunspell(name, hunspell_data_dir=str(folder))
        self._lock = threading.Lock()
        self._known: dict[str, bool] = {}
        self._suggested: dict[str, tuple[str, ...]] = {}

    def correct(self, word: str) -> bool:
        known = self._known.get(word)
        if known is None:
            with self._lock:
                known = bool(self._handle.spell(word))
            self._known[word] = known
        return known

    def suggestions(self, word: str) -> tuple[str, ...]:
        """Hunspell's best replacements, best first (slow the first time: ~0.1–0.5 s a word)."""
        found = self._suggested.get(word)
        if found is None:
            with self._lock:
                found = tuple(dict.fromkeys(self._handle.suggest(word)))[:SUGGESTIONS]
            self._suggested[word] = found
        return found


_lock = threading.Lock()


@lru_cache(maxsize=None)
def _load(lang: str) -> Speller:
    return Speller(lang)


def speller(lang: str) -> Speller:
    """The process's speller for ``lang`` ("en" or "fr"), loaded on first use (0.2 s / 0.6 s).

    Raises SpellingUnavailable when it cannot be loaded."""
    with _lock:  # two threads asking at once must not load the dictionary twice
        return _load(lang)
