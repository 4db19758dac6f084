"""Small text tools shared by the translation checks: addresses, words, a language guess.

Everything here works on plain text (what a reader sees), never on Markdown source.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import filterfalse

# Web addresses as people type them in running text; the trailing punctuation of the sentence
# ("see https://x.ca/jobs.") is not part of the address.
URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]\"“”«»]+[^\s<>()\[\]\"“”«».,;:!?'’]", re.IGNORECASE)
EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?<![.-])")

SPACES = " \t\u00a0\u202f\u2009\u2007"
_SPACE_RUN = re.compile(r"[\s\u00a0\u202f\u2009\u2007]+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_PUNCT_TRANSLATION = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "«": '"', "»": '"',
                                    "–": "-", "—": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " "})

# The most frequent short words of each language, chosen so that none is common in the other
# ("on", "a", "son", "plus", "pour" … are left out because both languages use them).
STOPWORDS = {
    "en": frozenset(
        """the and of to in is are for with that this you we our your will be as at by an from have it
        not who what can all their they more about which has would if was were how into also than other
        these those been being such when where there here do does work team help its must should could may any each both through while new want looking join""".split()
    ),
    "fr": frozenset(
        """le la les des du et est sont dans sur que qui vous nous notre nos votre vos une au aux ce cette
        ces par pas leur leurs être avez avons sera elle il ils mais aussi dont comme très tout tous
        peut cela ainsi avec entre faire fait plusieurs chez afin lors selon
        travail équipe aider vos nouvelles recherchons rejoindre également""".split()
    ),
}


_COMBINING = re.compile(r"[\u0300-\u036f]")


def strip_accents(text: str) -> str:
    return _COMBINING.sub("", unicodedata.normalize("NFD", text))


@lru_cache(maxsize=8192)
def normalize(text: str) -> str:
    """Text compared for sameness: one kind of apostrophe and space, no case, trimmed."""
    text = unicodedata.normalize("NFC", text).translate(_PUNCT_TRANSLATION)
    return _SPACE_RUN.sub(" ", text).strip().casefold()


# A word a title is translated for: three letters or more, not all capitals (an acronym).
_TITLE_WORD = re.compile(r"\b(?=\w*[^\W\d_A-Z])[^\W\d_]{3,}\b")


def title_copied(mine: str, theirs: str) -> bool:
    """Whether the title ``mine`` is the other language's ``theirs`` word for word, and holds a word
    to translate: titles of acronyms only ("CTO", "UX/UI") read the same in both languages. The
    check (``untranslated``) and the list (``site.queue``) both ask here."""
    return normalize(mine) == normalize(theirs) and bool(_TITLE_WORD.search(mine))


def words(text: str) -> list[str]:
    """Letter words (apostrophe elisions kept together: "d'une", "we're"), lower case."""
    return [w.casefold().replace("’", "'") for w in _WORD.findall(text)]


def word_key(text: str) -> str:
    """Only the words, in order: punctuation, spacing and case never make two texts differ."""
    return " ".join(words(unicodedata.normalize("NFC", text)))


_APOSTROPHE_TOKEN = re.compile(r"[^ ]*'[^ ]*")  # in tokens joined by one space
_FRENCH_ELISIONS = frozenset({"d", "l", "qu", "n", "s", "c", "j", "m", "t", "jusqu", "lorsqu", "puisqu"})
_ENGLISH_CONTRACTIONS = frozenset({"s", "re", "ll", "ve", "t", "d", "m"})


def stopword_counts(text: str) -> dict[str, int]:
    """Common words of each language in ``text``; elisions (l'équipe) and contractions (we're) count."""
    _words, english, french = reading(text)
    return {"en": english, "fr": french}


@lru_cache(maxsize=8192)
def reading(text: str) -> tuple[int, int, int]:
    """(words, common English words, common French words) of ``text``, as :func:`words` and
    :func:`stopword_counts` count them: one pass over its words for both, which a language guess
    (:func:`guess_language`) and the words it counts (``untranslated.language_share``) share."""
    tokens = _WORD.findall(text)
    return (len(tokens), *_common_words(tokens))


def _common_words(tokens: list[str]) -> tuple[int, int]:
    english, french = _common_among(tokens)
    # Acronyms are not words of a language: "IT" is not "it". Each token counts on its own, so the
    # acronyms' count is taken off the whole's: filter() finds the few upper-case tokens in C,
    # where leaving them out of a new list went through every token in Python (most texts hold
    # an "I" or an "A").
    acronyms = [token for token in filter(str.isupper, tokens) if len(token) > 1]
    if acronyms:
        own_english, own_french = _common_among(acronyms)
        english, french = english - own_english, french - own_french
    return english, french


def _common_among(tokens: list[str]) -> tuple[int, int]:
    # Case-folded in one call (casefold reads no context and never makes a space): each token's
    # own fold, and a structural site check spent a tenth of its time folding word by word.
    folded = " ".join(tokens).casefold()
    if "’" in folded:
        folded = folded.replace("’", "'")
    plain = folded.split(" ")
    english = sum(map(STOPWORDS["en"].__contains__, plain))
    french = sum(map(STOPWORDS["fr"].__contains__, plain))
    if "'" in folded:
        # An elision or a contraction counts for its language, and the word it is joined to is
        # counted as a word of its own. Only the tokens holding an apostrophe (found in C) are
        # looked at one by one: the others were counted above, and one holding an apostrophe
        # counts as none there (no common word has one), as it does here when it is neither.
        for token in _APOSTROPHE_TOKEN.findall(folded):
            head, _, tail = token.partition("'")
            if head in _FRENCH_ELISIONS:
                french += 1
                token = tail
            elif token.rpartition("'")[2] in _ENGLISH_CONTRACTIONS:
                english += 1
                token = head
            else:
                continue
            english += token in STOPWORDS["en"]
            french += token in STOPWORDS["fr"]
    return english, french


# A text is guessed to be in a language only when it holds at least this many of its common words.
GUESS_MINIMUM_COMMON = 3


def common_words_of(texts: list[str]) -> dict[str, int]:
    """:func:`stopword_counts` of all ``texts`` together (their sum: no word runs from one text into
    the next), in one pass and not cached (a whole file's pieces are read once)."""
    english, french = _common_words(_WORD.findall("\n".join(texts)))
    return {"en": english, "fr": french}


def common_words_in(texts: list[str], lang: str) -> int:
    """``common_words_of(texts)[lang]`` at about half the cost: what a whole file's language check
    asks of every posting, whose text rarely holds any common word of the other language.

    Each word counts on its own (``_common_words`` sums each token's share), so the text may be
    cut wherever no word runs: at spaces. A run of letters between two spaces is one word as
    ``_WORD`` finds it (letters are never spaces, digits, underscores or apostrophes) and is
    counted as a whole, each distinct run once; only the runs holding anything else (a comma,
    an apostrophe, a digit) go through ``_WORD``, about a tenth of them."""
    common = STOPWORDS[lang]
    runs = "\n".join(texts).split()
    plain = list(filter(str.isalpha, runs))
    count = 0
    for word in set(plain):
        # An acronym is no word of a language ("IT" is not "it"), as _common_words leaves it out.
        if word.casefold() in common and not (word.isupper() and len(word) > 1):
            count += plain.count(word)
    english, french = _common_words(_WORD.findall(" ".join(filterfalse(str.isalpha, runs))))
    return count + (english if lang == "en" else french)


def guess_language(text: str, *, minimum_words: int = 8) -> str | None:
    """"en", "fr", or None when the text is too short or too mixed to tell.

    A stop-word count is crude but needs no model, and job postings are long plain prose; the
    margins are wide so that a French sentence quoting an English product name stays French.
    """
    count, en, fr = reading(text)
    if count < minimum_words:
        return None
    if en >= GUESS_MINIMUM_COMMON and en >= 3 * fr + 2:
        return "en"
    if fr >= GUESS_MINIMUM_COMMON and fr >= 3 * en + 2:
        return "fr"
    return None


@lru_cache(maxsize=4096)
def is_prose(text: str, *, minimum_words: int = 4, minimum_stopwords: int = 2) -> bool:
    """True for real sentences; False for names, acronyms, product lists, numbers and addresses.

    "Google Docs, Trello, Slack" or "Python / Go / Java" are written the same in both languages and
    must never be reported as untranslated; sentences always hold a few common words.
    """
    stripped = EMAIL_RE.sub(" ", URL_RE.sub(" ", text))
    tokens = [t for t in words(stripped) if len(t) > 1 or t in ("a", "à", "y")]
    if len(tokens) < minimum_words:
        return False
    counts = stopword_counts(stripped)
    return counts["en"] + counts["fr"] >= minimum_stopwords


def shorten(text: str, limit: int = 60) -> str:
    text = _SPACE_RUN.sub(" ", text).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
