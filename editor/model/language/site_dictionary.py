"""The site's own words: ``.posting-editor/dictionary.txt``, committed with the site.

One word a line; ``en:word`` or ``fr:word`` accepts it in one language only, a bare word in both.
Blank lines and lines starting with ``#`` are ignored. Words match whatever their case and
apostrophe (’ or '), so "Figma" also accepts "figma" and "FIGMA".
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from editor.resources import resource_path
from editor.model.findings.worded import Phrase, Worded
from editor.model.storage.files import FileChangedError, atomic_write, digest, read_bytes, read_text
from editor.model.translation.settings import STATE_FOLDER
from editor.model.storage.reasons import system_reason

DICTIONARY_FILE = "dictionary.txt"
BASE_FILE = "base-words.txt"
_LANGUAGES = ("en", "fr")


class SiteDictionaryError(Worded, OSError):
    """The site's dictionary cannot be read or written; the message says why."""


class WordRefusedError(Worded, ValueError):
    """The word cannot go into the dictionary as given; the message says why."""


def word_key(word: str) -> str:
    return word.replace("’", "'").casefold()


def dictionary_path(site_root: Path | str) -> Path:
    return Path(site_root) / STATE_FOLDER / DICTIONARY_FILE


@dataclass(frozen=True)
class SiteDictionary:
    """Words accepted in both languages (``both``) and in one (``only[lang]``), as keys."""

    both: frozenset[str] = frozenset()
    only: dict[str, frozenset[str]] = field(default_factory=dict)
    problem: Phrase | None = None  # why the file could not be read (its words are not used), worded

    def accepts(self, word: str, lang: str) -> bool:
        key = word_key(word)
        return key in self.both or key in self.only.get(lang, frozenset())

    def including(self, other: SiteDictionary) -> SiteDictionary:
        """A copy that also accepts every word of ``other`` (say, the site a draft is exported to)."""
        only = {lang: self.only.get(lang, frozenset()) | other.only.get(lang, frozenset())
                for lang in {*self.only, *other.only}}
        return SiteDictionary(self.both | other.both, only, self.problem or other.problem)

    def with_words(self, words: Iterable[str], lang: str | None = None) -> SiteDictionary:
        """A copy that also accepts ``words`` (in ``lang`` only when given): words ignored for now."""
        keys = frozenset(word_key(word) for word in words)
        if not keys:
            return self
        if lang is None:
            return SiteDictionary(self.both | keys, dict(self.only), self.problem)
        only = dict(self.only)
        only[lang] = only.get(lang, frozenset()) | keys
        return SiteDictionary(self.both, only, self.problem)

    @classmethod
    def parse(cls, text: str) -> SiteDictionary:
        both: set[str] = set()
        only: dict[str, set[str]] = {lang: set() for lang in _LANGUAGES}
        for line in text.splitlines():
            line = line.strip().lstrip("\ufeff")
            if not line or line.startswith("#"):
                continue
            prefix, colon, rest = line.partition(":")
            if colon and prefix.strip().lower() in _LANGUAGES and rest.strip():
                only[prefix.strip().lower()].add(word_key(rest.strip()))
            else:
                both.add(word_key(line))
        return cls(frozenset(both), {lang: frozenset(words) for lang, words in only.items()})

    @classmethod
    def load(cls, site_root: Path | str | None) -> SiteDictionary:
        """The site's words; empty when the site has no file (or no site is given)."""
        if site_root is None:
            return cls()
        path = dictionary_path(site_root)
        try:
            return cls.parse(read_text(path))  # bounded, regular files only: the file comes with the repository
        except FileNotFoundError as error:
            if not os.path.lexists(path):
                return cls()
            # A link to a file not there (not checked out here): the site has words this run lacks.
            return cls(problem=Phrase("dictionary-words-unused", {"path": str(path), "reason": system_reason(error)}))
        except (OSError, UnicodeDecodeError) as error:
            reason: object = system_reason(error) if isinstance(error, OSError) else str(error)
            return cls(problem=Phrase("dictionary-words-unused", {"path": str(path), "reason": reason}))


_ADD_ATTEMPTS = 5


@lru_cache(maxsize=1)
def base_words() -> SiteDictionary:
    """The words bundled with the app (``resources/dictionaries/base-words.txt``): job-posting
    jargon and Government of Canada terms the general dictionaries lack, in the site file's format."""
    path = resource_path("dictionaries", BASE_FILE)
    try:
        return SiteDictionary.parse(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return SiteDictionary()


def add_word(site_root: Path | str, word: str, lang: str | None = None) -> Path:
    """Add ``word`` to the site's dictionary (for ``lang`` only when given), creating the file.

    The file is rewritten atomically with the line appended; a word already accepted there is not
    added twice. Raises WordRefusedError (a ValueError) for an empty or multi-line word or a
    language the dictionary does not hold, SiteDictionaryError when the file cannot be read or
    written (it is then left as it was)."""
    word = word.strip()
    if not word or any(ch in word for ch in "\r\n") or word.startswith("#"):
        raise WordRefusedError.said("dictionary-word-refused", word=word.replace("\r", "\\r").replace("\n", "\\n"))
    if lang is not None and lang not in _LANGUAGES:
        raise WordRefusedError.said("dictionary-unknown-language", code=lang)
    path = dictionary_path(site_root)
    for attempt in range(_ADD_ATTEMPTS):
        try:
            raw, expected = read_bytes(path), None  # bytes: keep the file's own line endings
            expected = digest(raw)
        except FileNotFoundError:
            raw, expected = b"", ""  # "" : the file must still not exist when written
        except OSError as error:
            raise SiteDictionaryError.said("dictionary-cannot-read", path=str(path), reason=system_reason(error)) from None
        try:
            current = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise SiteDictionaryError.said("dictionary-cannot-read", path=str(path), reason=str(error)) from None
        existing = SiteDictionary.parse(current)
        if word_key(word) in existing.both or (lang is not None and existing.accepts(word, lang)):
            return path
        newline = "\r\n" if "\r\n" in current else "\n"
        if current and not current.endswith(("\n", "\r")):
            current += newline
        line = f"{lang}:{word}" if lang else word
        try:
            from editor.model.storage.confine import check_inside_root

            check_inside_root(path, site_root)  # a link the repository carries never leads the word out of the site
            path.parent.mkdir(parents=True, exist_ok=True)
            # Refused if a colleague's editor added a word since it was read: read again, add again.
            atomic_write(path, (current + line + newline).encode("utf-8"), expected_digest=expected)
        except FileChangedError:
            if attempt + 1 < _ADD_ATTEMPTS:
                continue
            raise SiteDictionaryError.said("dictionary-kept-changing", path=str(path)) from None
        except OSError as error:
            raise SiteDictionaryError.said("dictionary-unwritable", path=str(path), reason=system_reason(error)) from None
        return path
    return path
