"""Spelling findings: each language's text against its own dictionary and the site's words.

An English file is checked with the English (Canada) dictionary and a French file with the French
one, so a French sentence left in the English file is reported word by word, not accepted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from editor.model.checks.unfinished import marked_spans
from editor.model.findings import Finding, Severity
from editor.model.frontmatter.posting import Posting
from editor.model.language import english_words
from editor.model.language.dictionaries import SUGGESTIONS, SpellingUnavailable, speller
from editor.model.language.site_dictionary import SiteDictionary, base_words, word_key
from editor.model.language.words import checkable_words, names_in

CODE = "spelling"
FIELDS = ("title", "description")
SHOWN_SUGGESTIONS = 3
LANGUAGE_NAMES = {"en": "English (Canada)", "fr": "French"}


@dataclass(frozen=True)
class Misspelling:
    """``text[start:end]`` is ``word``, which neither dictionary accepts."""

    start: int
    end: int
    word: str


# A French elided article, pronoun or conjunction: "d’", "l'", "qu’", "jusqu’"…
_ELISION_START = r"^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’]"
_ELISION = re.compile(_ELISION_START, re.IGNORECASE)
# The same before a capital.
_ELIDED = re.compile(_ELISION_START + r"(?=[A-ZÀ-ÖØ-Þ])", re.IGNORECASE)


def is_misspelt(word: str, lang: str, site: SiteDictionary | None = None, ignored: frozenset[str] = frozenset(),
                names: frozenset[str] = frozenset()) -> bool:
    """True when ``word`` is in neither ``lang``'s dictionary, the site's words nor ``ignored``
    (keys from ``site_dictionary.word_key``), and is not, capitalised, one of ``names`` (the names
    the other language's text writes: :func:`counterpart_names`). A hyphenated word is accepted when each
    part is; an inclusive form ("directeur·rice", "tou·te·s") when its masculine or its full form is.
    A name after a French elision ("d’Airtable") is the name."""
    if names:
        bare = _ELIDED.sub("", word, 1) if "’" in word or "'" in word else word
        if bare[:1].isupper() and bare.casefold() in names:
            return False
    verdicts = _verdicts.setdefault(lang, {})
    known = verdicts.get(word)
    if known is None:
        known = verdicts[word] = _known(word, lang)
    if known:
        return False
    # Only the few words the dictionaries reject are looked for in the site's words.
    if word_key(word) in ignored or (site is not None and site.accepts(word, lang)):
        return False
    if site is not None and "-" in word:
        return not all(part and (_known(part, lang) or site.accepts(part, lang)) for part in word.split("-"))
    return True


# Dictionary verdicts (bundled dictionaries and base words only) per language: the same few
# thousand words come back in every posting. Shared by threads; a lost race only recomputes.
_verdicts: dict[str, dict[str, bool]] = {}


def _known(word: str, lang: str) -> bool:
    if base_words().accepts(word, lang):
        return True
    spell = speller(lang)
    if spell.correct(word):
        return True
    if "·" in word:
        parts = word.split("·")
        if all(part.isalpha() and len(part) <= 5 for part in parts[1:]):
            return any(spell.correct(form) for form in (parts[0], parts[0] + parts[-1], "".join(parts)))
    if "-" in word:
        return all(part and _known(part, lang) for part in word.split("-"))
    if lang == "fr" and ("’" in word or "'" in word):
        # Hunspell elides the words it knows (« l’équipe »); the base words are looked up bare.
        bare = _ELISION.sub("", word, 1)
        return bare != word and bare != "" and base_words().accepts(bare, lang)
    return False


def misspellings(text: str, lang: str, *, site: SiteDictionary | None = None, ignored: frozenset[str] = frozenset(),
                 markdown: bool = True, names: frozenset[str] = frozenset()) -> list[Misspelling]:
    """The misspelt words of ``text`` (Markdown, or a plain value with ``markdown=False``);
    ``names``: see :func:`counterpart_names`. Blocks still marked to translate are passed over:
    they hold the other language's words until translated (their ``translation-marker`` says so)."""
    marked = marked_spans(text)
    return [Misspelling(w.start, w.end, w.word) for w in checkable_words(text, markdown=markdown)
            if not any(start <= w.start < end for start, end in marked)
            and is_misspelt(w.word, lang, site, ignored, names)]


def counterpart_names(postings: Iterable[Posting]) -> frozenset[str]:
    """The names (:func:`words.names_in`) of the description and body of ``postings``: the other
    language's files of a pair. Accepted in this language's text when capitalised."""
    found: set[str] = set()
    for posting in postings:
        if posting.valid:
            description = posting.get("description")
            found |= text_names(description if isinstance(description, str) else "", posting.body)
    return frozenset(found)


@lru_cache(maxsize=16)
def text_names(description: str, body: str) -> frozenset[str]:
    """:func:`counterpart_names` of a posting being edited: its description and Markdown body."""
    return names_in(description, markdown=False) | names_in(body)


def suggestions(word: str, lang: str, *, thorough: bool = True) -> tuple[str, ...]:
    """Replacements for ``word``, best first (at most five): the one-slip ones, then (``thorough``)
    Hunspell's own search, which finds more but takes up to half a second a word."""
    spell = speller(lang)
    found = spell.quick_suggestions(word)
    if thorough:
        found = tuple(dict.fromkeys(found + spell.suggestions(word)))
    return found[:SUGGESTIONS]


def _finding(file: str, line: int, column: int, word: str, lang: str, field: str = "") -> Finding:
    """The finding of a misspelt word (``lang`` picks the dictionary's wording); its suggestions
    are the quick ones, so that checking a site stays fast."""
    shown = suggestions(word, lang, thorough=False)[:SHOWN_SUGGESTIONS]
    return Finding(file, line, column, Severity.WARNING, CODE, variant=lang,
                   params={"in_where": field, "word": word, "suggestions": ", ".join(shown)})


_LINE_END = re.compile(r"\r\n|\n|\r")


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _LINE_END.finditer(text)]


def _position(starts: list[int], offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset``."""
    from bisect import bisect_right

    index = bisect_right(starts, offset) - 1
    return index + 1, offset - starts[index] + 1


def check_spelling(posting: Posting, file: str, lang: str, *, site: SiteDictionary | None = None,
                   ignored: frozenset[str] = frozenset(), names: frozenset[str] = frozenset()) -> list[Finding]:
    """One ``spelling`` warning per misspelt word of the body, title and description; in French,
    English words get one ``english-in-french`` warning per run instead (language.english_words).
    ``names``: the names of the other language's text (:func:`counterpart_names`).

    Positions are the file's: body words exactly; a title or description word where it is
    written in the front matter (the field's value start when quoting hides it)."""
    if not posting.valid or lang not in LANGUAGE_NAMES:
        return []
    try:
        speller(lang)
    except SpellingUnavailable as error:
        return [Finding(file, 1, 1, Severity.WARNING, "spelling-unavailable", variant=error.variant, params=error.params)]
    found: list[Finding] = []
    body_first = posting.body_first_line
    body = posting.body
    starts = _line_starts(body)
    misses = misspellings(body, lang, site=site, ignored=ignored, names=names)
    if len(misses) >= _MANY and _in_other_language(posting, lang):
        return []  # a copy never translated: its untranslated-file finding says so once, not word by word
    misses, english = _english(body, misses, lang)
    for miss in misses:
        line, column = _position(starts, miss.start)
        found.append(_finding(file, body_first + line - 1, column, miss.word, lang))
    for run in english:
        line, column = _position(starts, run.start)
        found.append(Finding(file, body_first + line - 1, column, Severity.WARNING, english_words.CODE,
                             params=english_words.params(run.phrase)))
    text = None
    for name in FIELDS:
        value = posting.get(name)
        if not isinstance(value, str):
            continue
        misses = misspellings(value, lang, site=site, ignored=ignored, markdown=False, names=names)
        if not misses:
            continue
        if text is None:
            text = posting.text()
            file_starts = _line_starts(text)
        positions = dict(zip(misses, _field_positions(posting, name, text, file_starts, misses)))
        misses, english = _english(value, misses, lang, markdown=False)
        for miss in misses:
            found.append(_finding(file, *positions[miss], miss.word, lang, name))
        for run in english:
            first = next(m for m in positions if m.start == run.start)
            found.append(Finding(file, *positions[first], Severity.WARNING, english_words.CODE,
                                 params=english_words.params(run.phrase, name)))
    return sorted(found, key=Finding.sort_key)


_MANY = 10  # misspelt words in a body before asking whether the whole file is in the other language


def _in_other_language(posting: Posting, lang: str) -> bool:
    """Whether the posting reads as the other language: the check that says untranslated-file."""
    from editor.model.translation.untranslated import check_file_language

    return bool(check_file_language(posting, "", lang))


def _english(text: str, misses: list[Misspelling], lang: str, *,
             markdown: bool = True) -> tuple[list[Misspelling], list[english_words.EnglishRun]]:
    """``misses`` split into the misspelt words and the runs of English words in French text."""
    if lang != "fr":
        return misses, []
    runs = english_words.english_runs(text, misses, _known, markdown=markdown)
    if not runs:
        return misses, []
    return [m for m in misses if not any(r.start <= m.start < r.end for r in runs)], runs


def _field_positions(posting: Posting, name: str, text: str, starts: list[int],
                     misses: list[Misspelling]) -> list[tuple[int, int]]:
    """Where each misspelt word of a field's value is in the file: the value is searched from its
    first character on, word after word, within the field's lines."""
    line, column = posting.field_position(name)
    if line - 1 >= len(starts):
        return [(line, column)] * len(misses)
    offset = starts[line - 1] + column - 1
    # The field's text ends where the next top-level key (a line starting with no space) begins.
    following = re.compile(r"(?:\r\n|\n|\r)(?=\S)").search(text, offset)
    limit = following.start() if following else len(text)
    positions = []
    for miss in misses:
        at = text.find(miss.word, offset, limit)
        if at < 0:
            positions.append((line, column))
            continue
        positions.append(_position(starts, at))
        offset = at + len(miss.word)
    return positions
