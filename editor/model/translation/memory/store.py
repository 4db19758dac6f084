"""The translation memory: English/French units and fuzzy lookup with CAT-tool scores.

Scores are whole numbers from 0 to 100 as CAT tools show them: 100 is the same segment (or one
differing only in placeables that were carried into the translation), 99 the same words with
other case, spacing or quotes, and below that the share of words two segments have in common in
order (word-level edit similarity, placeables masked). Candidates are found with rapidfuzz's
character ratio over the distinct masked sources, then scored by words.
"""

from __future__ import annotations

import bisect
import copy
import gc
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from editor.model.translation.memory.placeables import Adaptation, mask, placeables, without_placeables

LANGS = ("en", "fr")
FREEZE_FROM = 20_000  # units; see TranslationMemory.__init__


@dataclass(frozen=True)
class Unit:
    """One English/French segment pair and where it comes from.

    ``origin`` maps a language to "file:line" (site-relative file, 1-based line); ``key`` is the
    pair's translationKey ("" for a translator's own memory); ``commit`` the abbreviated commit
    for a unit found only in an earlier version of the pair."""

    en: str
    fr: str
    kind: str = "paragraph"
    origin: tuple[str, str] = ("", "")
    key: str = ""
    commit: str = ""
    masks: tuple[str, str] | None = field(default=None, compare=False, repr=False)  # masked en/fr, once computed

    def masked(self) -> tuple[str, str]:
        return self.masks if self.masks is not None else (mask(self.en), mask(self.fr))

    def text(self, lang: str) -> str:
        return self.en if lang == "en" else self.fr

    def where(self, lang: str) -> str:
        place = self.origin[0 if lang == "en" else 1]
        return f"{place}@{self.commit}" if self.commit else place

    def to_row(self) -> list:
        return [self.en, self.fr, self.kind, self.origin[0], self.origin[1], self.key, self.commit, *self.masked()]

    @classmethod
    def from_row(cls, row: list) -> Unit:
        en, fr, kind, origin_en, origin_fr, key, commit, mask_en, mask_fr = row
        return cls(str(en), str(fr), str(kind), (str(origin_en), str(origin_fr)), str(key), str(commit),
                   (str(mask_en), str(mask_fr)))


@dataclass(frozen=True)
class Match:
    """A suggestion: ``target`` is the stored translation with this segment's placeables put in
    (``adapted`` says whether any were); ``source`` the stored source it translates;
    ``origin`` where the translation is ("file:line", "file:line@commit" for history)."""

    score: int
    source: str
    target: str
    origin: str
    unit: Unit
    adapted: bool = False
    occurrences: int = 1


@dataclass
class _Texts:
    """The units of one masked source that have the same source and target texts ("About us" repeated
    across postings): scored once per lookup, counted, whatever the number of postings."""

    numbers: list[int] = field(default_factory=list)  # unit numbers, in the memory's order
    keys: dict[str, int] = field(default_factory=dict)  # units per pair key
    _adaptation: Adaptation | None = None
    _bare: str | None = None

    def adaptation(self, source: str, target: str) -> Adaptation:
        if self._adaptation is None:
            self._adaptation = Adaptation.of(source, target)
        return self._adaptation

    def bare(self, source: str) -> str:
        """The source without its placeables: two sources differing only in them score 99, not 100."""
        if self._bare is None:
            self._bare = without_placeables(source).strip()
        return self._bare


@dataclass
class _Side:
    keys: list[str] = field(default_factory=list)  # distinct masked sources
    codes: list[str] = field(default_factory=list)  # the same, one character per word (see _encode)
    texts: list[dict[tuple[str, str], _Texts]] = field(default_factory=list)  # per key: (source, target) → units
    where: dict[str, int] = field(default_factory=dict)
    postings: dict[str, list[int]] = field(default_factory=dict)  # word code → keys holding it (ascending)


@dataclass
class Encoding:
    """How a memory wrote its words as characters (``words``, in the characters' order) and the
    codes of its masked texts: kept with the memory's cache so that the next build encodes only
    texts it has not seen (which character stands for which word changes no lookup's result, only
    its speed: the commonest words are encoded lowest). ``fresh``: the number of words when the
    table was last made from scratch; it is made again once it has grown by a quarter."""

    words: list[str]
    codes: dict[str, str]
    fresh: int


class TranslationMemory:
    def __init__(self, units: list[Unit] | None = None, *, encoding: Encoding | None = None,
                 earlier: list[Unit] | None = None):
        """``encoding``: a previous build's (:meth:`encoding`), to encode only the texts it lacks.
        ``earlier``: units of earlier versions, after ``units``: the memory is then
        ``TranslationMemory(units).with_earlier(earlier)``, made at once."""
        self.units: list[Unit] = []
        self._sides: dict[str, _Side] = {lang: _Side() for lang in LANGS}
        self._words: dict[str, str] = {}
        self._unknown = _character(0)
        self._codes: dict[str, str] = {}
        self._fresh = 0
        if encoding is not None and len(encoding.words) <= encoding.fresh * 5 // 4:
            self._words = {word: _character(rank) for rank, word in enumerate(encoding.words)}
            self._codes, self._fresh = encoding.codes, encoding.fresh
        # Where the present ends when earlier units follow (with_earlier): (units, keys per language).
        self._present: tuple[int, dict[str, int]] | None = None
        self._seen: tuple[int, dict[str, int]] | None = None  # a present() view: the bounds its lookups see
        self._stale = False  # keys were added and not encoded yet
        self._built(lambda: self._add(units or [], encode=earlier is None))
        if earlier is not None:
            present = (len(self.units), {lang: len(side.keys) for lang, side in self._sides.items()})
            self._built(lambda: self._add(earlier, earlier=True, encode=True))
            self._present = present

    def _built(self, adding: Callable[[], None]) -> None:
        enabled = gc.isenabled()
        gc.disable()  # a collection every few thousand new objects rescanned the growing memory (half the build)
        try:
            adding()
        finally:
            if enabled:
                gc.enable()
        if len(self.units) >= FREEZE_FROM:
            # The memory holds no reference cycles and lives until replaced: left to the collector, its
            # million objects were scanned again by full collections during lookups (pauses of up to a
            # second, when the first lookup of a salary line kept a few thousand new objects).
            gc.freeze()

    def __len__(self) -> int:
        return len(self.units)

    def add(self, units: Iterable[Unit]) -> None:
        if self._present is not None or self._seen is not None:
            raise ValueError("units added after earlier versions would be taken for earlier versions")
        self._add(units)

    def _add(self, units: Iterable[Unit], shared: dict[str, int] | None = None, *, earlier: bool = False,
             encode: bool = True) -> None:
        """``earlier``: units of earlier versions, after those here: one with the same texts as a
        unit here is left out. ``shared``: the keys (per language, the first ones) whose texts are
        another memory's too (:meth:`with_earlier`): copied before a unit goes in. ``encode``:
        encode the new keys (False: a call that follows will)."""
        copied: dict[str, set[int]] = {lang: set() for lang in LANGS}
        present = len(self.units)
        for unit in units:
            if not unit.en.strip() or not unit.fr.strip():
                continue
            masks = unit.masked()
            if earlier:
                position = self._sides["en"].where.get(masks[0])
                group = self._sides["en"].texts[position].get((unit.en, unit.fr)) if position is not None else None
                if group is not None and group.numbers[0] < present:
                    continue  # the present holds the same texts: a lookup would show the present's
            number = len(self.units)
            self.units.append(unit)
            for lang, key in zip(LANGS, masks):
                side = self._sides[lang]
                position = side.where.get(key)
                if position is None:
                    position = side.where[key] = len(side.keys)
                    side.keys.append(key)
                    side.texts.append({})
                    self._stale = True
                elif shared is not None and position < shared[lang] and position not in copied[lang]:
                    side.texts[position] = dict(side.texts[position])
                    copied[lang].add(position)
                other = "fr" if lang == "en" else "en"
                texts = side.texts[position].setdefault((unit.text(lang), unit.text(other)), _Texts())
                texts.numbers.append(number)
                texts.keys[unit.key] = texts.keys.get(unit.key, 0) + 1
        if encode and self._stale:
            self._encode_keys()

    def with_earlier(self, earlier: Iterable[Unit]) -> TranslationMemory:
        """A memory of this one's units and then ``earlier`` ones (earlier versions of the pairs,
        from git; those with the same texts as one here left out), whose :meth:`present` answers
        every lookup exactly as this memory does. One memory then serves both segment
        verification (the present) and suggestions (all): the units, their texts and their
        groups are this memory's own objects, not copies, and this memory is left unchanged (it
        may be in use on another thread meanwhile)."""
        if self._present is not None or self._seen is not None:
            raise ValueError("earlier versions are added once, to a memory of the present")
        memory = copy.copy(self)
        memory.units = list(self.units)
        memory._sides = {lang: _Side(list(side.keys), list(side.codes), list(side.texts), dict(side.where), side.postings)
                         for lang, side in self._sides.items()}
        memory._words = dict(self._words)
        keys = {lang: len(side.keys) for lang, side in self._sides.items()}
        memory._built(lambda: memory._add(earlier, shared=keys, earlier=True))
        memory._present = (len(self.units), keys)
        return memory

    def present(self) -> TranslationMemory:
        """This memory without its earlier versions (:meth:`with_earlier`): a view of the same
        objects whose lookups, units and length are those of the memory of the present alone.
        Itself when there are none."""
        if self._present is None:
            return self
        view = copy.copy(self)
        view._seen, view._present = self._present, None
        view.units = self.units[:self._present[0]]
        return view

    def _encode_keys(self) -> None:
        """Each word as one character, so rapidfuzz compares words (as CAT tools score) and compares
        a paragraph of 100 words as 100 characters instead of 600. The commonest words get the
        lowest characters: rapidfuzz looks characters below 256 up in an array and others in a hash
        table, which made a lookup five times slower when every word was above. Texts already
        encoded (by a previous build, see :class:`Encoding`) keep their codes; the words only new
        ones hold get the next characters."""
        self._stale = False
        known = self._codes
        new = [key for side in self._sides.values() for key in side.keys if key not in known]
        if not self._words:
            new, known = [key for side in self._sides.values() for key in side.keys], {}
        counts = Counter(word for key in new for word in key.split() if word not in self._words)
        for word, _count in counts.most_common():
            self._words[word] = _character(len(self._words))
        if not self._fresh or not known:
            self._fresh = len(self._words)
        self._unknown = _character(len(self._words))  # matches no word
        codes: dict[str, str] = {}
        for side in self._sides.values():
            side.codes = []
            for key in side.keys:
                code = known.get(key)
                if code is None:
                    code = self._encode(key)
                side.codes.append(code)
                codes[key] = code
            postings: defaultdict[str, list[int]] = defaultdict(list)
            for position, code in enumerate(side.codes):
                for word in set(code):
                    postings[word].append(position)
            side.postings = dict(postings)
        self._codes = codes

    def encoding(self) -> Encoding:
        """How this memory's texts are encoded: for the next build of a memory much like it."""
        return Encoding(list(self._words), self._codes, self._fresh)

    def _encode(self, masked: str) -> str:
        words, unknown = self._words, self._unknown
        return "".join(words.get(w, unknown) for w in masked.split())

    def lookup(self, text: str, from_lang: str, *, exclude_key: str | None = None, limit: int = 3,
               threshold: int = 50, masked: str | None = None, kind: str | None = None) -> list[Match]:
        """The best translations of ``text`` (in ``from_lang``) scoring ``threshold`` or more, best
        first; units of the pair ``exclude_key`` (the pair being translated) are left out.
        ``masked``: ``mask(text)``, when the caller has it already. ``kind``: the segment's kind
        ("heading", "item"…): at the same score, a translation made for a block of that kind comes
        first (a heading's words as a heading, a list item's with its own ending), and a match's
        unit is one of that kind when any unit with its texts is."""
        if from_lang not in LANGS or not text.strip():
            return []
        side = self._sides[from_lang]
        query = mask(text) if masked is None else masked
        to_lang = "fr" if from_lang == "en" else "en"
        # A present() view sees the first keys and units only: those of the memory it was made from.
        seen_units, seen_keys = (self._seen[0], self._seen[1][from_lang]) if self._seen else (None, len(side.keys))
        candidates: dict[int, None] = {}
        exact = side.where.get(query)
        if exact is not None and exact < seen_keys:
            candidates[exact] = None
        for position in _nearest(side, self._encode(query), max(0, threshold - 1), limit * 4 + 8, seen_keys):
            candidates.setdefault(position, None)
        query_words = query.split()
        units = self.units
        bare_text = without_placeables(text).strip()
        new = placeables(text)
        found: dict[str, list] = {}  # adapted target → [score, source, target, first unit, units]
        for position in candidates:
            masked = side.keys[position]
            words = None if masked == query else min(98, int(Indel.normalized_similarity(query_words, masked.split()) * 100))
            if words is not None and words < threshold:
                continue
            # The same pair of texts recurs across postings ("About us"): scored once, counted.
            for first, group, source, target, count in self._distinct(side.texts[position], exclude_key, seen_units):
                if kind is not None and units[first].kind != kind:
                    first = _of_kind(units, group.numbers, kind, exclude_key, first)
                adapted, missed = group.adaptation(source, target).apply(new)
                if words is not None:
                    score = words
                elif missed:
                    score = max(90, 99 - 2 * missed)
                else:
                    score = 100 if group.bare(source) == bare_text else 99
                if score < threshold:
                    continue
                known = found.get(adapted)
                if known is None:
                    found[adapted] = [score, source, target, first, count]
                elif score > known[0] or (score == known[0] and kind is not None
                                          and units[known[3]].kind != kind and units[first].kind == kind):
                    found[adapted] = [score, source, target, first, count + known[4]]
                else:
                    known[4] += count
        rows = [(score, source, adapted, units[first].where(to_lang), units[first], adapted != target, count)
                for adapted, (score, source, target, first, count) in found.items()]
        # Best score first; at the same score, the segment's own kind; then the most used, the nearest.
        ranked = sorted(rows, key=lambda m: (-m[0], kind is not None and m[4].kind != kind, -m[6], len(m[3]), m[3]))
        return [Match(*row) for row in ranked[:limit]]

    def _distinct(self, texts: dict[tuple[str, str], _Texts], exclude_key: str | None,
                  seen: int | None = None) -> list[tuple[int, _Texts, str, str, int]]:
        """(first unit, its group, source, target, units) of each pair of texts, the pair
        ``exclude_key``'s units left out, in the order of their first unit; ``seen``: only the
        groups of the units before it (a group is all present or all earlier, see with_earlier)."""
        found: list[tuple[int, _Texts, str, str, int]] = []
        moved = False
        units = self.units
        for (source, target), group in texts.items():
            count = len(group.numbers)
            first = group.numbers[0]
            if seen is not None and first >= seen:
                continue
            if exclude_key is not None and exclude_key in group.keys:
                count -= group.keys[exclude_key]
                if not count:
                    continue
                if units[first].key == exclude_key:
                    first = next(n for n in group.numbers if units[n].key != exclude_key)
                    moved = True
            found.append((first, group, source, target, count))
        if moved:  # groups are in the order of their first unit: only one left out can move
            found.sort(key=lambda row: row[0])
        return found


def _of_kind(units: list[Unit], numbers: list[int], kind: str, exclude_key: str | None, first: int) -> int:
    """The first of ``numbers`` whose unit is of ``kind`` and not of the pair ``exclude_key``; ``first`` when none is."""
    for number in numbers:
        if number >= len(units):
            break  # a view of the memory as it was (numbers ascend)
        unit = units[number]
        if unit.kind == kind and (exclude_key is None or unit.key != exclude_key):
            return number
    return first


def _character(number: int) -> str:
    """The ``number``-th character that is not a surrogate."""
    return chr(number if number < 0xD800 else number + 0x800)


def _nearest(side: _Side, code: str, cutoff: float, limit: int, seen: int) -> list[int]:
    """The keys of ``side`` nearest ``code`` (fuzz.ratio ``cutoff`` or more), best first and equal
    scores in the memory's order: what ``process.extract`` over every key (the first ``seen``)
    returns, without scoring the keys that cannot be among them.

    A key scoring ``c`` shares at least ``K = c·n/(200−c)`` of the ``n`` words of ``code`` (the
    ratio is 2·common/(n+m), and ``m`` ≥ common), so it holds one of the ``n−K+1`` rarest of them:
    only the keys holding one are scored. With a low cutoff that prunes little, so the keys
    holding the rarest words are scored first; once ``limit`` of them score ``s``, the cutoff for
    pruning is ``s`` (a key scoring less cannot displace them)."""
    total = seen
    if not code or not total:
        return []
    rarest = sorted(code, key=lambda word: len(side.postings.get(word, ())))
    subset = _holding(side, rarest, cutoff, total // 2, seen)
    if subset is None:
        seed = _holding(side, rarest, 90.0, total // 8, seen)
        found = _extract(side, code, seed, cutoff, limit, seen) if seed else []
        if len(found) >= limit:
            subset = _holding(side, rarest, max(cutoff, found[-1][1]), total // 2, seen)
    return [position for position, _score in _extract(side, code, subset, cutoff, limit, seen)]


def _holding(side: _Side, rarest: list[str], cutoff: float, most: int, seen: int) -> list[int] | None:
    """The keys (ascending, below ``seen``) that hold one of the words a key scoring ``cutoff`` must
    share with the query (``rarest``: its words, rarest first); None when they may be more than ``most``."""
    size = len(rarest)
    pruned = cutoff - 0.5  # a margin for the ratio's floating point
    if pruned <= 0:
        return None
    must_share = math.ceil(pruned * size / (200 - pruned))
    words = {word for word in rarest[:size - must_share + 1] if word in side.postings}
    lists = [side.postings[word] for word in words]
    if seen < len(side.codes):  # postings are ascending: the keys a view sees come first
        lists = [found[:bisect.bisect_left(found, seen)] for found in lists]
    if sum(map(len, lists)) > 2 * most:
        return None
    keys = set().union(*lists)
    return sorted(keys) if len(keys) <= most else None


def _extract(side: _Side, code: str, subset: list[int] | None, cutoff: float, limit: int,
             seen: int) -> list[tuple[int, float]]:
    """(key, ratio) of the ``limit`` best keys (of ``subset``, None: all below ``seen``), best first, equal
    ratios in key order."""
    if subset is None:
        codes = side.codes if seen == len(side.codes) else side.codes[:seen]
        return [(position, ratio) for _key, ratio, position
                in process.extract(code, codes, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit)]
    choices = [side.codes[position] for position in subset]
    return [(subset[n], ratio) for _key, ratio, n
            in process.extract(code, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit)]


def similarity(a: str, b: str) -> int:
    """How alike two texts of one language are, on the memory's scale (placeables masked)."""
    return masked_similarity(a, mask(a), b, mask(b))


def masked_similarity(a: str, masked_a: str, b: str, masked_b: str) -> int:
    """:func:`similarity` of two texts whose masks (``mask``) are known already."""
    return _score(b, masked_b, masked_b.split(), a, masked_a, 0)


def _score(text: str, query: str, query_words: list[str], source: str, masked: str, missed: int) -> int:
    """As :meth:`TranslationMemory.lookup` scores (see the module's docstring)."""
    if masked == query:
        if missed:
            return max(90, 99 - 2 * missed)
        return 100 if without_placeables(source).strip() == without_placeables(text).strip() else 99
    words = Indel.normalized_similarity(query_words, masked.split()) * 100
    return min(98, int(words))
