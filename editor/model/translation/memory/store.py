"""The translation memory: English/French units and fuzzy lookup with CAT-tool scores.

Scores are whole numbers from 0 to 100 as CAT tools show them: 100 is the same segment (or one
differing only in placeables that were carried into the translation), 99 the same words with
other case, spacing or quotes, and below that the share of words two segments have in common in
order (word-level edit similarity, placeables masked). Candidates are found with rapidfuzz's
character ratio over the distinct masked sources, then scored by words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from editor.model.translation.memory.placeables import adapt, mask, without_placeables

LANGS = ("en", "fr")


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
class _Side:
    keys: list[str] = field(default_factory=list)  # distinct masked sources
    codes: list[str] = field(default_factory=list)  # the same, one character per word (see _encode)
    groups: list[list[int]] = field(default_factory=list)  # unit numbers per key
    where: dict[str, int] = field(default_factory=dict)
    lengths: list[int] = field(default_factory=list)


class TranslationMemory:
    def __init__(self, units: list[Unit] | None = None):
        self.units: list[Unit] = []
        self._sides: dict[str, _Side] = {lang: _Side() for lang in LANGS}
        self._words: dict[str, str] = {}
        self.add(units or [])

    def __len__(self) -> int:
        return len(self.units)

    def add(self, units: Iterable[Unit]) -> None:
        for unit in units:
            if not unit.en.strip() or not unit.fr.strip():
                continue
            number = len(self.units)
            self.units.append(unit)
            for lang, key in zip(LANGS, unit.masked()):
                side = self._sides[lang]
                position = side.where.get(key)
                if position is None:
                    position = side.where[key] = len(side.keys)
                    side.keys.append(key)
                    side.codes.append(self._encode(key, grow=True))
                    side.groups.append([])
                side.groups[position].append(number)

    def _encode(self, masked: str, *, grow: bool = False) -> str:
        """Each word as one character, so rapidfuzz compares words (as CAT tools score) and compares
        a paragraph of 100 words as 100 characters instead of 600. Unknown words match nothing."""
        words = self._words
        if grow:
            return "".join(words.get(w) or words.setdefault(w, chr(0x10000 + len(words))) for w in masked.split())
        return "".join(words.get(w, "\ue0ff") for w in masked.split())

    def lookup(self, text: str, from_lang: str, *, exclude_key: str | None = None, limit: int = 3,
               threshold: int = 50) -> list[Match]:
        """The best translations of ``text`` (in ``from_lang``) scoring ``threshold`` or more, best
        first; units of the pair ``exclude_key`` (the pair being translated) are left out."""
        if from_lang not in LANGS or not text.strip():
            return []
        side = self._sides[from_lang]
        query = mask(text)
        to_lang = "fr" if from_lang == "en" else "en"
        candidates: dict[int, None] = {}
        exact = side.where.get(query)
        if exact is not None:
            candidates[exact] = None
        for _key, _ratio, position in process.extract(self._encode(query), side.codes, scorer=fuzz.ratio,
                                                       score_cutoff=max(0, threshold - 1), limit=limit * 4 + 8):
            candidates.setdefault(position, None)
        query_words = query.split()
        found: dict[str, Match] = {}
        for position in candidates:
            distinct: dict[tuple[str, str], list[Unit]] = {}
            for n in side.groups[position]:
                unit = self.units[n]
                if exclude_key is None or unit.key != exclude_key:
                    distinct.setdefault((unit.text(from_lang), unit.text(to_lang)), []).append(unit)
            masked = side.keys[position]
            # The same pair of texts recurs across postings ("About us"): scored once, counted.
            for (source, target), units in distinct.items():
                adapted, missed = adapt(source, target, text)
                score = _score(text, query, query_words, source, masked, missed)
                if score < threshold:
                    continue
                known = found.get(adapted)
                count = len(units) + (known.occurrences if known else 0)
                if known is None or score > known.score:
                    found[adapted] = Match(score, source, adapted, units[0].where(to_lang), units[0], adapted != target, count)
                else:
                    found[adapted] = Match(known.score, known.source, known.target, known.origin, known.unit,
                                           known.adapted, count)
        ranked = sorted(found.values(), key=lambda m: (-m.score, -m.occurrences, len(m.origin), m.origin))
        return ranked[:limit]


def similarity(a: str, b: str) -> int:
    """How alike two texts of one language are, on the memory's scale (placeables masked)."""
    masked_a, masked_b = mask(a), mask(b)
    return _score(b, masked_b, masked_b.split(), a, masked_a, 0)


def _score(text: str, query: str, query_words: list[str], source: str, masked: str, missed: int) -> int:
    if masked == query:
        if missed:
            return max(90, 99 - 2 * missed)
        return 100 if without_placeables(source).strip() == without_placeables(text).strip() else 99
    words = Indel.normalized_similarity(query_words, masked.split()) * 100
    return min(98, int(words))
