"""English words left inside French sentences (« la priorisation des backlogs », « un growth mindset »).

A word of a French text is English when the French dictionary rejects it and the English (Canada)
one accepts it, in a paragraph that is French (an English paragraph left in a French file is the
untranslated-text check's business). Never reported: names and acronyms (capitalised words, as
spelling skips them), code, links and addresses, words in italics (how a foreign term is cited),
the site's words and the French terms of its glossary (:func:`glossary_terms`: what the site has
approved). Words next to each other make one finding. A word reported here is not also a
``spelling`` finding: one problem, one finding.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from editor.model.translation.text import guess_language, stopword_counts, strip_accents, words

if TYPE_CHECKING:
    from editor.model.language.spelling import Misspelling
    from editor.model.translation.glossary import Glossary

Known = Callable[[str, str], bool]  # (word, language) -> in that language's dictionary

CODE = "english-in-french"
_PARAGRAPH_BREAK = re.compile(r"(?:\r\n|\n|\r)[ \t]*(?:\r\n|\n|\r)")
_EMPHASIS = re.compile(r"(?<![*_\w])([*_])(?=\S)[^*_\n]+?(?<=\S)\1(?![*_\w])")
_JOIN = re.compile(r"[ \t\u00a0-]+")


@dataclass(frozen=True)
class EnglishRun:
    """``text[start:end]`` is ``phrase``: one English word, or several in a row."""

    start: int
    end: int
    phrase: str


def is_english(word: str, known: Known) -> bool:
    """``known(word, lang)`` is the spelling module's dictionary verdict."""
    if not word.islower():
        return False  # Trello, Slack, Google: names, which spelling does not judge either
    if not known(word, "en") or known(word, "fr"):
        return False
    # "role", "oeuvre": a French word missing its accent or ligature (English borrowed it): a
    # spelling slip, not English.
    from editor.model.language.dictionaries import speller

    bare = _bare(word)
    return not any(_bare(suggestion) == bare for suggestion in speller("fr").quick_suggestions(word))


def _bare(word: str) -> str:
    return strip_accents(word.replace("œ", "oe").replace("æ", "ae")).casefold()


def english_runs(text: str, misspelt: Sequence[Misspelling], known: Known, *, markdown: bool = True) -> list[EnglishRun]:
    """The English words among ``misspelt`` (Misspelling objects of ``text``, in order), grouped.
    ``markdown`` False: ``text`` is a title or description, judged whole."""
    if not misspelt:
        return []
    if not markdown:
        counts = stopword_counts(text)
        if len(words(text)) < 2 or (counts["en"] and counts["en"] >= counts["fr"]):
            return []  # an English title left in the French file, or a lone placeholder word
    emphasis = [(m.start(), m.end()) for m in _EMPHASIS.finditer(text)] if ("*" in text or "_" in text) else []
    runs: list[EnglishRun] = []
    english_paragraphs: dict[tuple[int, int], bool] = {}
    for miss in misspelt:
        if not is_english(miss.word, known) or any(a <= miss.start < b for a, b in emphasis):
            continue
        paragraph = _paragraph(text, miss.start)
        if paragraph not in english_paragraphs:
            english_paragraphs[paragraph] = guess_language(text[paragraph[0]:paragraph[1]]) == "en"
        if english_paragraphs[paragraph]:
            continue
        if runs and _JOIN.fullmatch(text[runs[-1].end:miss.start]):
            last = runs[-1]
            runs[-1] = EnglishRun(last.start, miss.end, text[last.start:miss.end])
        else:
            runs.append(EnglishRun(miss.start, miss.end, miss.word))
    return runs


def _paragraph(text: str, offset: int) -> tuple[int, int]:
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text, 0, offset):
        start = match.end()
    following = _PARAGRAPH_BREAK.search(text, offset)
    return start, following.start() if following else len(text)


def params(phrase: str, where: str = "") -> dict:
    """The parameters of an ``english-in-french`` finding (its message is in the findings catalogue);
    ``where``: the field it is in ("title", "description"), empty in the body."""
    return {"in_where": where, "phrase": phrase}


def glossary_terms(glossary: Glossary) -> list[str]:
    """The words of the French terms of a ``translation.glossary.Glossary``: accepted in French."""
    return [word for entry in glossary.entries for form in entry.fr for word in re.findall(r"[^\W\d_]+", form)]

