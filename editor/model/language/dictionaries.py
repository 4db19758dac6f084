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
from collections.abc import Iterator
from functools import cache

from editor.model.findings.catalogue import render
from editor.resources import resource_path

LANGUAGES = ("en", "fr")
_FILES = {"en": "en_CA", "fr": "fr"}
SUGGESTIONS = 5  # kept per word; the CLI message shows the first three


class SpellingUnavailable(RuntimeError):
    """The dictionaries or the Hunspell library cannot be loaded: ``variant`` ("no-library" or
    "no-dictionary") and ``params`` say why, worded as the ``spelling-unavailable`` finding is."""

    def __init__(self, variant: str, **params: str) -> None:
        super().__init__(render("spelling-unavailable", variant=variant, params=params))
        self.variant, self.params = variant, params


class Speller:
    """One language's dictionary: ``correct(word)`` and ``suggestions(word)``."""

    def __init__(self, lang: str):
        if lang not in _FILES:
            raise ValueError(f"no spelling dictionary for {lang!r}")
        try:
            import hunspell
        except ImportError as error:
            raise SpellingUnavailable("no-library", reason=str(error)) from None
        folder = resource_path("dictionaries")
        name = _FILES[lang]
        if not (folder / f"{name}.aff").is_file() or not (folder / f"{name}.dic").is_file():
            raise SpellingUnavailable("no-dictionary", lang=lang, folder=str(folder))
        self.lang = lang
        self._handle = hunspell.Hunspell(name, hunspell_data_dir=str(folder))
        self._lock = threading.Lock()
        self._known: dict[str, bool] = {}
        self._suggested: dict[str, tuple[str, ...]] = {}
        self._quick: dict[str, tuple[str, ...]] = {}
        self._letters = _LETTERS[lang]

    def correct(self, word: str) -> bool:
        known = self._known.get(word)
        if known is None:
            with self._lock:
                known = bool(self._handle.spell(word))
            self._known[word] = known
        return known

    def quick_suggestions(self, word: str) -> tuple[str, ...]:
        """Dictionary words one slip away (case, accent, ligature, swapped, doubled or dropped
        letter; in English also a letter added or changed; else a missing space), likeliest
        first: ~10–40 ms where Hunspell's full search takes 0.1–0.5 s, so ``check`` over a whole
        site can name replacements for every word it reports."""
        found = self._quick.get(word)
        if found is None:
            kept: dict[str, None] = {}
            for candidate in _one_edit(word, self._letters):
                if candidate != word and candidate not in kept and self.correct(candidate):
                    kept[candidate] = None
                    if len(kept) == SUGGESTIONS:
                        break  # the likeliest kinds come first: the rest would rank lower
            found = tuple(kept)
            if not found and word.islower():  # names ("Cognos") are not two words run together
                found = tuple(c for c in _missing_space(word) if all(self.correct(part) for part in c.split(" ")))
            found = found[:SUGGESTIONS]
            self._quick[word] = found
        return found

    def suggestions(self, word: str) -> tuple[str, ...]:
        """Hunspell's best replacements, best first (slow the first time: ~0.1–0.5 s a word)."""
        found = self._suggested.get(word)
        if found is None:
            with self._lock:
                found = tuple(dict.fromkeys(self._handle.suggest(word)))[:SUGGESTIONS]
            self._suggested[word] = found
        return found


_ASCII = "abcdefghijklmnopqrstuvwxyz"
# Letters tried in every position: all of them in English, where a lookup of an unknown word costs
# ~20 µs; in French, where it costs ~200 µs (the affix rules are large), only the slips that
# account for most French misspellings (accents, doubled consonants, ligatures) are tried.
_LETTERS = {"en": _ASCII, "fr": ""}
_ACCENTS = {"a": "àâ", "e": "éèêë", "i": "îï", "o": "ô", "u": "ùûü", "c": "ç", "y": "ÿ"}
for _plain, _marked in list(_ACCENTS.items()):
    for _letter in _marked:
        _ACCENTS[_letter] = _plain + _marked.replace(_letter, "")


def _one_edit(word: str, letters: str) -> Iterator[str]:
    """Candidates one edit away from ``word``, likeliest kinds first (how people mistype)."""
    lower = word.lower()
    capital = word[:1].isupper()

    def shaped(candidate: str) -> str:
        return candidate[:1].upper() + candidate[1:] if capital else candidate

    if word != lower:
        yield lower
    if not capital:
        yield word[:1].upper() + word[1:]  # "english" -> "English"
    for index, letter in enumerate(lower):  # an accent missing, extra or wrong
        for other in _ACCENTS.get(letter, ""):
            yield shaped(lower[:index] + other + lower[index + 1:])
    for pair, ligature in (("oe", "œ"), ("ae", "æ")):
        if pair in lower:
            yield shaped(lower.replace(pair, ligature))
    for index in range(len(lower) - 1):  # swapped letters
        if lower[index] != lower[index + 1]:
            yield shaped(lower[:index] + lower[index + 1] + lower[index] + lower[index + 2:])
    for index in range(1, len(lower)):  # a letter typed twice
        if lower[index] == lower[index - 1]:
            yield shaped(lower[:index] + lower[index + 1:])
    for index, letter in enumerate(lower):  # a letter that should be doubled
        if letter.isalpha():
            yield shaped(lower[:index] + letter + lower[index:])
    for index in range(len(lower)):  # a letter too many
        yield shaped(lower[:index] + lower[index + 1:])
    for index in range(len(lower) + 1):  # a letter missing
        for letter in letters:
            yield shaped(lower[:index] + letter + lower[index:])
    for index in range(len(lower)):  # a wrong letter
        for letter in letters:
            if letter != lower[index]:
                yield shaped(lower[:index] + letter + lower[index + 1:])


def _missing_space(word: str) -> Iterator[str]:
    for index in range(3, len(word) - 2):  # "buildthe" -> "build the"
        yield word[:index] + " " + word[index:]


_lock = threading.Lock()


@cache
def _load(lang: str) -> Speller:
    return Speller(lang)


def speller(lang: str) -> Speller:
    """The process's speller for ``lang`` ("en" or "fr"), loaded on first use (0.2 s / 0.6 s).

    Raises SpellingUnavailable when it cannot be loaded."""
    with _lock:  # two threads asking at once must not load the dictionary twice
        return _load(lang)
