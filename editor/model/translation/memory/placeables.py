"""Placeables: the parts of a segment a translator never translates — numbers, web addresses,
e-mail addresses, inline markup (emphasis, code, HTML tags, link targets).

The memory compares segments with every placeable masked (:func:`mask`), so two sentences that
differ only in a number are the same sentence; :func:`adapt` then carries the new placeables into
the stored translation, the way CAT tools auto-adjust a match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from editor.model.translation.text import normalize

# Longest first: a link's target before the URL inside it, an e-mail before its digits.
_PLACEABLE = re.compile(
    r"(?P<link>\]\([^)\s]*(?:\s+\"[^\"]*\")?\))"
    r"|(?P<code>`[^`\n]+`)"
    r"|(?P<tag></?[A-Za-z][^<>\n]*>)"
    r"|(?P<url>(?:https?://|www\.)[^\s<>()\[\]\"“”«»]+[^\s<>()\[\]\"“”«».,;:!?'’])"
    r"|(?P<email>(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?<![.-]))"
    r"|(?P<number>(?<![\w.,])\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?(?!\w))"
    r"|(?P<markup>\*\*|\*|__|!?\[)",
    re.IGNORECASE,
)
# One private-use character per kind: texts that differ only in placeables of the same kinds, in
# the same order, mask to the same string.
_SYMBOL = {"link": "\ue001", "code": "\ue002", "tag": "\ue003", "url": "\ue004", "email": "\ue005",
           "number": "\ue006", "markup": "\ue007"}


@dataclass(frozen=True)
class Placeable:
    kind: str
    value: str
    start: int
    end: int


@lru_cache(maxsize=16384)
def placeables(text: str) -> tuple[Placeable, ...]:
    # every alternative of the pattern is a named group, so lastgroup is always set
    return tuple(Placeable(m.lastgroup or "", m.group(0), m.start(), m.end()) for m in _PLACEABLE.finditer(text))


@lru_cache(maxsize=16384)
def mask(text: str) -> str:
    """The text compared for matching: placeables masked, then normalised (case, spaces, quotes)."""
    return normalize(_PLACEABLE.sub(lambda m: _SYMBOL[m.lastgroup or ""], text))


def without_placeables(text: str) -> str:
    return _PLACEABLE.sub("", text)


@lru_cache(maxsize=4096)
def _number_key(value: str) -> str:
    return re.sub(r"\D", "", value)


def _format_like(new: str, old_target: str) -> str:
    """``new`` (a number of the source language) written as the target wrote the number it replaces:
    same thousands separator and decimal mark. Plain digits stay plain."""
    parts = re.fullmatch(r"(.*?\d)(?:[.,](\d{1,2}))?", new)
    assert parts is not None  # ``new`` is a placeable number: it ends with a digit
    whole, fraction = re.sub(r"\D", "", parts.group(1)), parts.group(2) or ""
    grouping = re.search(r"\d([,.\u00a0\u202f ])\d{3}(?!\d)", old_target)
    decimal = re.search(r"[.,](?=\d{1,2}$)", old_target)
    if grouping:
        separator = grouping.group(1)
        groups: list[str] = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        whole = separator.join([whole] + groups)
    if fraction:
        mark = decimal.group(0) if decimal else ("," if grouping and grouping.group(1) != "," else ".")
        return f"{whole}{mark}{fraction}"
    return whole


def adapt(memory_source: str, memory_target: str, new_source: str) -> tuple[str, int]:
    """The stored translation with the placeables of ``new_source`` put in place of those of the
    stored source, and how many differing placeables could not be carried over.

    Placeables are paired by kind and order; a differing one is replaced in the target where the
    same value (for numbers, the same digits in any format) occurs as often as in the source, so a
    value that is ambiguous in the target is left alone and counted."""
    return Adaptation.of(memory_source, memory_target).apply(placeables(new_source))


@dataclass(frozen=True)
class Adaptation:
    """Where a stored translation holds each placeable of its stored source (``spots``, None when
    the target holds its value a different number of times), worked out once for all the
    segments the unit is adapted to."""

    source: str
    target: str
    old: tuple[Placeable, ...]
    spots: tuple[Placeable | None, ...]
    kinds: tuple[str, ...]

    @classmethod
    def of(cls, memory_source: str, memory_target: str) -> Adaptation:
        old, in_target = placeables(memory_source), placeables(memory_target)
        spots: list[Placeable | None] = []
        for position, was in enumerate(old):
            same = _equal if was.kind != "number" else _same_number
            source_rank = sum(1 for p in old[:position] if same(p, was))
            source_count = sum(1 for p in old if same(p, was))
            candidates = [p for p in in_target if p.kind == was.kind and same(p, was)]
            spots.append(candidates[source_rank] if len(candidates) == source_count else None)
        return cls(memory_source, memory_target, old, tuple(spots), tuple(p.kind for p in old))

    def apply(self, new: tuple[Placeable, ...]) -> tuple[str, int]:
        """What :func:`adapt` returns for a segment whose placeables are ``new``."""
        if not new and not self.old:
            return self.target, 0
        if self.kinds != tuple(p.kind for p in new):
            return self.target, sum(1 for p in new if p.value not in self.source)
        replacements: list[tuple[int, int, str]] = []
        missed = 0
        for was, now, spot in zip(self.old, new, self.spots):
            if was.value == now.value:
                continue
            if spot is None:
                missed += 1
                continue
            value = _format_like(now.value, spot.value) if was.kind == "number" else now.value
            replacements.append((spot.start, spot.end, value))
        adapted = self.target
        for start, end, value in sorted(set(replacements), reverse=True):
            adapted = adapted[:start] + value + adapted[end:]
        return adapted, missed


def _equal(a: Placeable, b: Placeable) -> bool:
    return a.value == b.value


def _same_number(a: Placeable, b: Placeable) -> bool:
    return a.kind == "number" and _number_key(a.value) == _number_key(b.value)
