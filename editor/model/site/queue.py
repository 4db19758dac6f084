"""What is left to do on each pair: the status word of the list, and the translator's queue.

A pair *needs translation* while a language file is missing, its body is empty beside the
other's text (``body-not-translated``), its translation is outdated, a file still holds
``[À TRADUIRE]``/``[TO TRANSLATE]`` markers, a file holds the other's text left untranslated (the
``untranslated-text`` check), a file is mostly in the other language without being a copy (the
``untranslated-file`` check), its title is the source's word for word (``title-not-translated``), or a file still holds template placeholders or writer's notes (TODO,
``writer-note``). A pair with placeholders or notes is a *draft*. The list (window and ``posting-editor list``) shows one word per
pair, from the most to the least urgent: ``unreadable``, ``merge-conflict``, ``invalid``, ``conflict``, ``draft``,
``needs-translation``, ``ok``, with the reasons and their counts.

The list must stay fast on sites of thousands of postings, so what is needed of each file is
worked out when the index reads it and cached with its summary (:func:`posting_progress`): counts of
markers and placeholders, words in each language, and a fingerprint of its longer lines. Only a pair whose two files share
a line is read again, to count its untranslated blocks with the check's own rules.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import ge
from typing import TYPE_CHECKING

from editor.model.site.index import PairEntry, SiteIndex, Status
from editor.model.frontmatter.posting import Posting
from editor.model.hugo.config import LANGUAGES, Site

if TYPE_CHECKING:
    from editor.model.translation.status import PairStatus

OK, DRAFT, NEEDS_TRANSLATION = "ok", "draft", "needs-translation"
# Most urgent first: a reason a pair is listed under "Needs translation".
REASONS = ("missing", "empty", "markers", "untranslated", "language", "title", "outdated", "placeholders", "notes")

_LEADING = " \t-*+>#"
_COMMON = {"en": (b" the ", b" and ", b" to ", b" of ", b" you ", b" with "),
           "fr": (b" de ", b" la ", b" le ", b" et ", b" les ", b" des ", b" vous ", b" avec ")}


def _any_common(words: tuple[bytes, ...]) -> re.Pattern[bytes]:
    """Where any of ``words`` starts (the space after it looked at, not taken). The words are
    grouped by their first letter (`` d(?:e|es)|l(?:e|a|es)…``): the search tries the pattern at
    every space of the text, and one letter ruling out a group is cheaper than a word each."""
    by_first: dict[bytes, list[bytes]] = {}
    for word in words:
        by_first.setdefault(word.strip()[:1], []).append(re.escape(word.strip()[1:]))
    return re.compile(b" (?:" + b"|".join(re.escape(first) + b"(?:" + b"|".join(rests) + b")"
                                          for first, rests in by_first.items()) + b")(?= )")


_ANY_COMMON = {lang: _any_common(words) for lang, words in _COMMON.items()}


@dataclass(frozen=True)
class Reason:
    kind: str  # one of REASONS
    lang: str  # the language whose file needs the work
    count: int = 0  # blocks, placeholders, notes, per cent in the other language (0 for "missing", "empty", "title", "outdated")

    def as_dict(self) -> dict:
        found: dict[str, str | int] = {"reason": self.kind, "language": self.lang}
        if self.kind in ("markers", "untranslated", "placeholders", "notes"):
            found["count"] = self.count
        elif self.kind == "language":
            found["percent"] = self.count
        return found

    def describe(self, lang: str = "en") -> str:
        """One phrase for the command line ("French: 23 blocks to translate"), in ``lang``."""
        from editor.model.findings.catalogue import say

        return say(f"list-{self.kind}-{self.lang}", lang, number=str(self.count))


@dataclass(frozen=True)
class PairProgress:
    word: str  # a Status word (unreadable, merge-conflict, invalid, conflict), draft, needs-translation or ok
    reasons: tuple[Reason, ...] = ()

    @property
    def needs_translation(self) -> bool:
        return bool(self.reasons)

    def describe(self, lang: str = "en") -> str:
        return "; ".join(reason.describe(lang) for reason in self.reasons)


def _copied_title(entry: PairEntry, source: str) -> list[Reason]:
    """The translation's title left as the source's, word for word: the gate's title-not-translated."""
    target = _other(source)
    mine, theirs = entry.own_title(target), entry.own_title(source)
    # Titles of other lengths differ: nearly every pair is told apart without the text comparison.
    if mine is None or theirs is None or len(mine) != len(theirs):
        return []
    from editor.model.translation.text import title_copied

    return [Reason("title", target)] if title_copied(mine, theirs) else []


# ------------------------------------------------------------------------ per posting
def site_guidance(site: Site) -> frozenset[str]:
    """The guidance sentences of the site's own templates and of the bundled ones (templates.py)."""
    from editor.model.site import templates

    return templates.site_guidance(site.root)


def guidance_digest(guidance: frozenset[str]) -> str:
    return hashlib.sha256("\n".join(sorted(guidance)).encode("utf-8")).hexdigest()[:16]


# What ``checks.unfinished`` searches for (its MARKERS and _ELLIPSIS, written again here so a cold
# list does not import the checks; a test keeps the two the same).
_MARKERS = ("[À TRADUIRE]", "[TO TRANSLATE]")
_ELLIPSES = ("…", "...")
# What every writer's note (checks.unfinished's _WRITER_NOTE) holds, in capitals as it is written: a
# text holding none of them has no note (a test keeps the two the same).
_NOTES = ("TODO", "TBD", "FIXME", "XXX")
_NOTE_LETTERS = bytes(sorted(set("".join(_NOTES).encode())))
_ANY_NOTE = re.compile("|".join(_NOTES).encode()).search


@dataclass(frozen=True)
class Hint:
    """What the quick looks search the lowered UTF-8 of a posting for; made once for many postings
    by :func:`guidance_hint`.

    ``starts``: the marker words, the ellipses, and the first two words of each guidance sentence as
    a writer would have left them; a text holding none of them is never searched in full.
    ``needles`` and ``words``: a cheaper look before that one, at what a text must hold for the full
    search to find anything (an opening bracket and a marker's first letter, an ellipsis, every
    word of a guidance sentence without an ellipsis). It finds no fewer texts that matter: a text
    without them is done, whatever ``starts`` would say, and with them ``starts`` decides as before.
    ``shared``: needles that open with the same byte ("[t", "[à", "[À"), searched as one pattern,
    each with that byte: the pattern is searched only in texts that hold the byte (a search for one
    byte is memchr's, several times quicker than any pattern's).
    Each search costs a pass over the text (~5 KB a posting), so the looks are laid out to take
    as few as they can: ``rare``, the needles made of characters other than ASCII ("…"), are looked
    for among those characters only (the few bytes ``posting_progress`` takes out anyway); the
    ``words`` are grouped by their first (longest) word, which is looked for once per group."""

    starts: tuple[bytes, ...]
    needles: tuple[bytes, ...]
    words: tuple[tuple[bytes, tuple[tuple[bytes, ...], ...]], ...]
    shared: tuple[tuple[bytes, re.Pattern[bytes]], ...] = ()
    rare: tuple[bytes, ...] = ()
    # ``needles`` as searches of a regular expression each: "..." is looked for at every full stop
    # by ``in``, at a third of the cost by the expression's search for its literal (every posting).
    needle_searches: tuple[Callable[[bytes], object], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "needle_searches", tuple(re.compile(re.escape(needle)).search for needle in self.needles))


def guidance_hint(guidance: frozenset[str]) -> Hint:
    """The quick looks' search terms for a site whose templates hold ``guidance`` (see :class:`Hint`)."""
    found = {"raduire", "ranslate", *_ELLIPSES}  # [À TRADUIRE], [To translate]…
    for sentence in guidance:
        # Without its first letter, the start matches "Describe a" and "describe a" alike.
        start = " ".join(sentence.split()[:2])[1:]
        if len(start) >= 4:
            found |= {start, start.replace("'", "’")}
    lowered = {start.encode("utf-8", "surrogatepass").lower() for start in found}
    # "escribe a" finds "escribe another" too: one look is enough for both.
    starts = tuple(sorted(start for start in lowered if not any(other != start and other in start for other in lowered)))
    # A marker opens with "[" and a letter that re.IGNORECASE matches only in its two cases (a test
    # checks): "[" and either case, in UTF-8 with ASCII letters lowered ("[t", "[à", "[À").
    needles = {f"[{case}".encode().lower() for marker in _MARKERS for case in (marker[1].lower(), marker[1].upper())}
    needles |= {ellipsis.encode() for ellipsis in _ELLIPSES}
    words: set[tuple[bytes, ...]] = set()
    for sentence in guidance:
        if "…" in sentence:
            continue  # its text holds "…" (nothing else folds to it): the ellipsis needle finds it
        # Runs of ASCII letters come through the guidance's normalising (case folding, spaces,
        # apostrophes) whole, unless the text holds a character that folds to ASCII letters
        # (then every look is taken). Longest first: the first search rules most texts out.
        runs = sorted(set(re.findall("[a-z]+", sentence)), key=lambda run: (-len(run), run))
        if not runs:
            needles.add(b"")  # nothing to look for: every text gets the full search
        words.add(tuple(run.encode("ascii") for run in runs))
    by_first: dict[bytes, list[bytes]] = {}
    for needle in sorted(needles):
        by_first.setdefault(needle[:1], []).append(needle)
    shared = tuple((first, re.compile(re.escape(first) + b"(?:" + b"|".join(re.escape(n[1:]) for n in group) + b")"))
                   for first, group in by_first.items() if first and len(group) > 1)
    alone = [group[0] for first, group in by_first.items() if not first or len(group) == 1]
    # A needle of characters other than ASCII is in a text's UTF-8 only if it is among the bytes
    # left once the ASCII ones are taken out (they are whole characters, in the same order).
    rare = tuple(needle for needle in alone if needle and min(needle) >= 0x80)
    by_word: dict[bytes, list[tuple[bytes, ...]]] = {}
    for looked in sorted(words):
        by_word.setdefault(looked[0] if looked else b"", []).append(looked[1:])
    return Hint(starts, tuple(needle for needle in alone if needle not in rare),
                tuple((first, tuple(rests)) for first, rests in by_word.items()), shared, rare)


def _may_be_unfinished(lowered: bytes, hint: Hint) -> bool:
    """A quick look for anything ``find_unfinished`` could find, in a text's UTF-8 with its ASCII
    letters lowered (case-insensitive regular expressions are slow on long texts, and this runs on
    every posting when the index is cold): a few searches in C, rarely followed by the full one."""
    return any(start in lowered for start in hint.starts)


def _may_hold_unfinished(lowered: bytes, hint: Hint, folds: bool, others: bytes | None = None) -> bool:
    """The look before :func:`_may_be_unfinished`: False when ``find_unfinished`` can find
    nothing in a text whose lowered UTF-8 is ``lowered``. ``folds``: the text holds a character
    whose case folding holds ASCII letters (see :func:`_folds_to_ascii`); ``others``: the text's
    bytes other than ASCII (ASCII control characters left among them change nothing)."""
    if folds:
        return True
    # Loops rather than any() over generators: this runs for every posting of a cold list.
    for search in hint.needle_searches:
        if search(lowered):
            return True
    if hint.rare:
        if others is None:
            others = lowered.translate(None, _ASCII)
        for needle in hint.rare:
            if needle in others:
                return True
    for first, pattern in hint.shared:
        if first in lowered and pattern.search(lowered):
            return True
    for first, rests in hint.words:
        if first in lowered:
            for rest in rests:
                if all(word in lowered for word in rest):
                    return True
    return False


def _unfinished_counts(texts: list[str], guidance: frozenset[str], hint: Hint, lowered: bytes,
                       folds: bool = True, others: bytes | None = None) -> tuple[int, int]:
    """(markers, placeholders) in ``texts``. ``lowered``: the texts joined by spaces, in UTF-8, ASCII
    letters lowered, looked at once (nothing is found in a text that is not found in it, so most
    postings are done after one look). ``folds`` and ``others``: as for :func:`_may_hold_unfinished`."""
    markers = placeholders = 0
    if not _may_hold_unfinished(lowered, hint, folds, others) or not _may_be_unfinished(lowered, hint):
        return 0, 0
    from editor.model.checks.unfinished import find_unfinished  # most sites' postings never get this far

    for text in texts:
        if _may_be_unfinished(text.encode("utf-8", "surrogatepass").lower(), hint):
            found = find_unfinished(text, guidance)
            markers += sum(1 for item in found if item.kind == "marker")
            placeholders += sum(1 for item in found if item.kind != "marker")
    return markers, placeholders


def _body_utf8(posting: Posting, raw: bytes | None) -> bytes:
    """The UTF-8 of the posting's body; ``raw``: as for :func:`posting_progress`."""
    document = posting.document
    if raw is None or document is None:
        return posting.body.encode("utf-8", "surrogatepass")
    # The file is BOM + opening + front + closing + body, the body decoded from its last bytes.
    return raw[len((document.opening + document.front + document.closing).encode("utf-8")) + (3 if document.bom else 0):]


def _line_prints(texts: list[str], encoded: list[bytes] | None = None) -> list[int]:
    """A checksum of each line long enough to be a sentence: two files that share no checksum
    share no untranslated block (a copied text keeps its lines), so most pairs are never read
    again. Lines shorter than 12 characters are shorter than any three words worth comparing; a
    line is compared without its list, quote and heading marks, and only when at least three words
    remain. Every step is one call over all the lines (a loop in Python would cost more than the
    rest of the file's progress). In no order, and a line twice in a file may be there twice:
    only whether two files share one is ever asked.

    ``encoded``: the texts' UTF-8 when they hold no line break but those bytes.splitlines knows
    (``\n``, ``\r``): the lines are then cut and checksummed as bytes, never made into text."""
    if encoded is not None:
        return _utf8_line_prints(encoded)
    lines = "\n".join(texts).splitlines()
    lines = list(map(str.strip, compress(lines, map(ge, map(len, lines), repeat(12))), repeat(_LEADING)))
    kept = compress(lines, map(ge, map(str.count, lines, repeat(" ")), repeat(2)))
    return list(map(zlib.crc32, map(str.encode, kept)))


def _utf8_line_prints(encoded: list[bytes]) -> list[int]:
    # 12 bytes or more rather than 12 characters: a few lines of accented letters shorter than 12
    # characters get a checksum too. It can only make a pair that shares one read again (its blocks
    # are then counted by the check's own rules), never hide a shared line, and leaves out the
    # loop in Python that counted those lines' characters (a fifth of this look's time).
    lines = b"\n".join(encoded).splitlines()
    lines = list(map(bytes.strip, compress(lines, map(ge, map(len, lines), repeat(12))), repeat(_LEADING_BYTES)))
    return list(map(zlib.crc32, compress(lines, map(_TWO_SPACES, lines))))


# Whether a line holds two spaces or more: a search in C, where bytes.count's arguments cost more to
# read than its count over a line (a third of this look's time, one call per line of every posting).
_TWO_SPACES = re.compile(b" [^ ]* ").search


def posting_progress(posting: Posting, guidance: frozenset[str], hint: Hint | None = None,
                     raw: bytes | None = None) -> dict | None:
    """What the list needs of one readable posting, small and JSON-native for the index cache.
    ``hint``: ``guidance_hint(guidance)``, made once for many postings; ``raw``: the bytes the
    posting was just made from, unchanged since (its body's UTF-8 is then their end, not encoded again)."""
    if not posting.valid:
        return None
    if hint is None:
        hint = guidance_hint(guidance)
    texts = [value for value in (posting.get("title"), posting.get("description")) if isinstance(value, str)]
    encoded = [text.encode("utf-8", "surrogatepass") for text in texts]
    texts.append(posting.body)
    encoded.append(_body_utf8(posting, raw))
    # The texts joined by spaces, in UTF-8 with ASCII letters lowered: the quick looks below search
    # it in C (bytes.lower is several times faster than str.casefold, and a search in bytes finds
    # what it finds in text).
    # A space before and after, for the common words' counts (the looks for unfinished text search
    # for nothing that starts or ends with a space, so they find the same).
    joined = b" ".join((b"", *encoded, b""))
    lowered = joined.lower()
    # In one pass in C, what two looks need of the whole text: its bytes other than ASCII, with the
    # line breaks only str.splitlines knows (the characters that fold to ASCII letters, and those
    # breaks, are looked for in these few bytes), and the capitals of the writer's notes. ASCII
    # letters are all deleted, so this is the same taken from ``joined`` as from ``lowered``.
    capitals = joined.translate(None, _ASCII_BUT_BREAKS_AND_NOTES)
    others = capitals.translate(None, _NOTE_LETTERS)
    folds = _folds_to_ascii(lowered, others)
    breaks = bool(others) and any(brk in others for brk in _OTHER_BREAKS)
    markers, placeholders = _unfinished_counts(texts, guidance, hint, lowered, folds, others)
    progress = {"markers": markers, "placeholders": placeholders,
                "lines": _line_prints(texts, None if breaks else encoded)}
    # What export's gate stops besides (writer-note, body-not-translated), kept only when there:
    # the cache stores nothing more for most postings.
    notes = _note_count(texts, capitals)
    if notes:
        progress["notes"] = notes
    if not encoded[-1] or encoded[-1].isspace():  # bytes: no str made of the body
        progress["empty"] = True
    if posting.language in LANGUAGES:
        progress["words"] = _language_words(posting, texts, lowered, folds)
    return progress


def _note_count(texts: list[str], capitals: bytes) -> int:
    """How many TODO, TBD, FIXME or XXX notes the title, description and body hold, as the gate
    counts them. ``capitals``: the texts' UTF-8 joined by spaces, with every ASCII byte deleted but
    the notes' letters (bytes other than ASCII may be left). A note is in capitals, and capitals
    are few in a posting: those bytes, a few hundred, hold each note the text holds (a note's
    letters follow each other, and none of them is deleted); a search of the text for each note
    would cost four passes."""
    if not _ANY_NOTE(capitals):
        return 0
    from editor.model.checks.unfinished import writer_note_count

    return sum(map(writer_note_count, texts))


# Characters other than ASCII whose case folding holds ASCII letters ("ß" is "ss", "ﬁ" is "fi", the
# Kelvin sign is "k"). In a text without them, an ASCII word occurs in the case-folded text exactly
# where it occurs in the text's UTF-8 with its ASCII letters lowered. (A test checks the list
# against the running Python's Unicode tables.)
_FOLDS_TO_ASCII = re.compile("[\xdf\u0130\u0149\u017f\u01f0\u1e96-\u1e9a\u1e9e\u212a\ufb00-\ufb06]")
_ASCII = bytes(range(128))
# Line breaks of str.splitlines that bytes.splitlines does not know; ASCII less those.
_OTHER_BREAKS = tuple(brk.encode() for brk in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
_ASCII_BUT_BREAKS = bytes(sorted(set(_ASCII) - set(b"\x0b\x0c\x1c\x1d\x1e")))
# The same less the writer's notes' letters (see posting_progress).
_ASCII_BUT_BREAKS_AND_NOTES = bytes(sorted(set(_ASCII_BUT_BREAKS) - set(_NOTE_LETTERS)))
_LEADING_BYTES = _LEADING.encode()


def _folds_to_ascii(lowered: bytes, others: bytes | None = None) -> bool:
    """Whether the text whose UTF-8 is ``lowered`` holds a character that folds to ASCII letters.
    Those are looked for among its other characters only (deleting the ASCII bytes leaves them whole);
    ``others``: those already taken out (ASCII control characters left among them change nothing)."""
    if others is None:
        others = lowered.translate(None, _ASCII)
    return bool(others) and _FOLDS_TO_ASCII.search(others.decode("utf-8", "surrogatepass")) is not None


def _folded(texts: list[str], lowered: bytes, folds: bool | None = None) -> bytes:
    """The texts joined by spaces, a space before and after, case-folded as far as ASCII words are
    concerned, in UTF-8: ``lowered`` (the same in UTF-8 with ASCII letters lowered) unless they
    hold a character that folds to ASCII letters (``folds``, found here when None)."""
    if folds is None:
        folds = _folds_to_ascii(lowered)
    return f" {' '.join(texts)} ".casefold().encode("utf-8", "surrogatepass") if folds else lowered


def _language_words(posting: Posting, texts: list[str], lowered: bytes, folds: bool | None = None) -> list[int]:
    """Words of the posting in its own language and in the other, as ``untranslated-file`` counts
    them; [0, 0] when a quick look finds the other language's commonest words far fewer than its
    own (counting block by block would have made a cold index half as slow again). ``lowered``:
    the texts joined by spaces, a space before and after, in UTF-8, ASCII letters lowered;
    ``folds``: as for ``_folded``."""
    folded, lang = _folded(texts, lowered, folds), posting.file_language
    # The other language's words are counted in one search, each place one of them starts: no
    # fewer than the sum of their counts (" de de " is one " de " to count, two places here).
    other = len(_ANY_COMMON[_other(lang)].findall(folded))
    own = 0
    if not other:
        # Most files: one of the language's own words is then enough (2 × 0 < 1), and a search
        # that stops at the first one costs a fraction of a count over the whole text.
        for word in _COMMON[lang]:
            if word in folded:
                return [0, 0]
    else:
        for word in _COMMON[lang]:  # the commonest first: one or two counts are usually enough
            own += folded.count(word)
            if 2 * other < own:
                return [0, 0]
    # Not decided by that bound: the other language's words counted one by one, as the rule says.
    if 2 * sum(folded.count(word) for word in _COMMON[_other(lang)]) < own:
        return [0, 0]
    from editor.model.translation.untranslated import language_share

    own_words, other_words, _ = language_share(posting, lang)
    return [own_words, other_words]


def _other(lang: str) -> str:
    return "fr" if lang == "en" else "en"


# --------------------------------------------------------------------------- per pair
def pair_progress(entry: PairEntry, status: PairStatus | None = None, guidance: frozenset[str] = frozenset()) -> PairProgress:
    """The status word and reasons of one pair. ``status``: its ``PairStatus`` (outdated, source),
    None when unknown (English is then taken as the source)."""
    reasons: list[Reason] = []
    word = entry.status
    source = status.source if status is not None else "en"
    progress: dict[str, dict] = {}  # of the languages whose (first) file is readable
    files_of = entry.files
    for lang in LANGUAGES:
        files = files_of.get(lang)
        if not files:
            reasons.append(Reason("missing", lang))
            continue
        found = files[0].progress
        if found is None:
            found = posting_progress(files[0], guidance)
        if found is not None:
            progress[lang] = found
            if found["markers"]:
                reasons.append(Reason("markers", lang, found["markers"]))
    if word == Status.OK and len(progress) == len(LANGUAGES):
        if not set(progress["en"]["lines"]).isdisjoint(progress["fr"]["lines"]):
            for lang, count in _untranslated(entry, source).items():
                if count:
                    reasons.append(Reason("untranslated", lang, count))
    # Most pairs of a site have no reason yet and files of nothing but zero counts: each look
    # below is skipped for them (a cold list asks this of every pair).
    if any(found.get("words") != [0, 0] for found in progress.values()):
        reasons += _other_language(progress, {r.lang for r in reasons if r.kind in ("markers", "untranslated")})
    if status is not None and status.outdated:
        reasons.append(Reason("outdated", status.target))
    placeholders = []
    for lang, found in progress.items():  # one loop: this runs for every pair of a warm list
        if found["placeholders"]:
            placeholders.append(Reason("placeholders", lang, found["placeholders"]))
        if "notes" in found:
            placeholders.append(Reason("notes", lang, found["notes"]))
        if "empty" in found and len(progress) == len(LANGUAGES) and "empty" not in progress[_other(lang)]:
            # An empty body beside the other language's text: the gate's body-not-translated.
            reasons.append(Reason("empty", lang))
    if len(progress) == len(LANGUAGES):
        reasons += _copied_title(entry, source)
    reasons += placeholders
    if word in (Status.MISSING_EN, Status.MISSING_FR, Status.OK):
        word = DRAFT if placeholders else NEEDS_TRANSLATION if reasons else OK
    if len(reasons) > 1:
        reasons.sort(key=lambda reason: (REASONS.index(reason.kind), LANGUAGES.index(reason.lang)))
    return PairProgress(word, tuple(reasons))


def _other_language(progress: dict, listed: set[str]) -> list[Reason]:
    """A file mostly in the other language that is neither a copy of its counterpart nor a
    skeleton (those are listed with their blocks to translate: ``listed``). Files whose quick look
    counted nothing ([0, 0]) are not mostly in the other language, so the translation checks are
    imported only for a site that has other files."""
    found = []
    for lang in LANGUAGES:
        words = progress.get(lang, {}).get("words")
        if lang not in listed and words and any(words):
            from editor.model.translation.untranslated import mostly_other_language

            if not mostly_other_language(*words):
                continue
            found.append(Reason("language", lang, round(100 * words[1] / (words[0] + words[1]))))
    return found


def _untranslated(entry: PairEntry, source: str) -> dict[str, int]:
    from editor.model.translation.context import PairContext
    from editor.model.translation.untranslated import untranslated_counts

    en, fr = entry.first("en"), entry.first("fr")
    assert en is not None and fr is not None  # asked only of pairs with both files
    return untranslated_counts(PairContext.of(en, fr, source=source))


def site_progress(index: SiteIndex, statuses: dict[str, PairStatus] | None = None) -> dict[str, PairProgress]:
    """Every pair's progress, by translationKey. ``statuses``: from ``translation_status(index)``
    (read here when not given; it asks git)."""
    if statuses is None:
        from editor.model.translation.status import translation_status

        statuses = translation_status(index)
    guidance: frozenset[str] = getattr(index, "guidance", frozenset())
    return {entry.key: pair_progress(entry, statuses.get(entry.key), guidance) for entry in index.pairs}
