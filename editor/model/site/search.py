"""Searching the site's pairs as a writer types: every word must be found somewhere in the pair, and
the pairs whose title is what was typed come first. The window's list and ``posting-editor list
--search`` both order by ``search_rank``."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from typing import NamedTuple, TypeVar

from editor.model.frontmatter.posting import Posting
from editor.model.site.index import PairEntry
from editor.model.translation.text import strip_accents

# The tiers of a match, best first; within a tier, more of the words in a title rank higher.
EXACT_TITLE = 0  # a title is the words typed ("policy analyst" for "Policy Analyst")
TITLE_PHRASE = 1  # a title has words in a row beginning with them ("Policy Analyst (Co-op)")
TITLE_WORDS = 2  # a title holds them all, in another order ("Analyst, Policy")
KEY_OR_ID = 3  # the translationKey or a Lever ID holds them all
TEXT = 4  # found only across the pair's texts (some or all in a body)

# Letters written as two, and the typographic apostrophes French titles use ("Chef d’équipe"), which
# a writer types as a straight one.
_LIGATURES = {"œ": "oe", "æ": "ae", "ß": "ss", "’": "'", "‘": "'", "ʼ": "'"}
_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """``text`` with case, accents and apostrophes folded, so that "developpeur" finds "Développeur",
    "coeur" finds "cœur" and "d'equipe" finds "d’équipe": a French title is found as easily as an
    English one."""
    text = text.casefold()
    if text.isascii():
        return text
    # Each distinct letter replaced throughout at once: a French body has a dozen of them, and
    # normalising whole bodies made reading 5,000 postings' search texts eight times slower.
    for char in set(text):
        plain = _plain(char) if char > "\x7f" else char
        if plain != char:
            text = text.replace(char, plain)
    return text


@functools.lru_cache(maxsize=4096)
def _plain(char: str) -> str:
    return _LIGATURES.get(char) or strip_accents(char) or char


class FileSearchText(NamedTuple):
    """One file's searched parts, folded."""

    title: str
    lever_id: str
    body: str


class PairSearchText(NamedTuple):
    """One pair's searched parts, folded: its titles (one a language), its key and Lever IDs, and
    everything searched at once."""

    titles: tuple[str, ...]
    ids: str
    everything: str


def file_search_text(posting: Posting) -> FileSearchText:
    """What a search looks at in a posting (a file whose front matter cannot be read: its whole text)."""
    if posting.valid:
        return FileSearchText(fold(str(posting.get("title") or "")), fold(str(posting.get("leverId") or "")),
                              fold(posting.body))
    return FileSearchText("", "", fold(posting.text()))


def pair_search_text(key: str, files: Iterable[FileSearchText]) -> PairSearchText:
    files = list(files)
    ids = "\n".join([fold(key), *(file.lever_id for file in files)])
    everything = "\n".join([ids, *(part for file in files for part in (file.title, file.body))])
    return PairSearchText(tuple(file.title for file in files if file.title), ids, everything)


def entry_search_text(entry: PairEntry) -> PairSearchText:
    """A pair's search text read from its files (the window keeps each file's, see posting_list_model)."""
    return pair_search_text(entry.key, [file_search_text(posting) for posting in entry.all_postings()
                                        if not posting.unreadable])


def search_words(query: str) -> list[str]:
    """The words of a search, folded; an empty list matches every pair."""
    return fold(query).split()


def search_rank(words: list[str], text: PairSearchText) -> int | None:
    """Where a pair goes among the results for ``words`` (smaller first), None when a word is
    missing from it. Words match inside longer ones ("analy" finds "Analyst"), as the writer types."""
    if not all(word in text.everything for word in words):
        return None
    if not words:
        return 0
    typed = _WORD.findall(" ".join(words))
    tier, in_title = TEXT, 0
    for title in text.titles:
        in_title = max(in_title, sum(1 for word in words if word in title))
        title_words = _WORD.findall(title)
        if typed and title_words == typed:
            tier = EXACT_TITLE
        elif typed and _in_order(typed, title_words):
            tier = min(tier, TITLE_PHRASE)
        elif all(word in title for word in words):
            tier = min(tier, TITLE_WORDS)
    if tier == TEXT and all(word in text.ids for word in words):
        tier = KEY_OR_ID
    # Tiers apart by more than any count of words: a title holding 3 of 4 words ranks above one holding 2.
    return tier * 1000 + (len(words) - in_title if tier == TEXT else 0)


def _in_order(typed: list[str], title_words: list[str]) -> bool:
    """Whether the title has words in a row that begin with the words typed ("polic analy")."""
    last = len(title_words) - len(typed)
    return any(all(title_words[start + n].startswith(word) for n, word in enumerate(typed)) for start in range(last + 1))


Item = TypeVar("Item")


def ranked(items: Iterable[Item], query: str, text_of: Callable[[Item], PairSearchText],
           title_of: Callable[[Item], str]) -> list[Item]:
    """The items ``query`` finds, best first; those of the same rank by title."""
    words = search_words(query)
    found = []
    for item in items:
        rank = search_rank(words, text_of(item))
        if rank is not None:
            found.append((rank, fold(title_of(item)), item))
    found.sort(key=lambda found_item: found_item[:2])
    return [item for _, _, item in found]
