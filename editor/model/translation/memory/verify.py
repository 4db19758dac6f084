"""Segment verification: a block that translates a different source block than the one beside it.

A reviser's read of the real postings found French paragraphs that translate another English
paragraph (moved, pasted twice, left behind by an edit). The memory knows the site's approved
translations: when a target block matches (≥ 90) the translation of a source text, and that text
is another block of this posting's source rather than the block aligned with it, the finding
``translation-of-other-source`` names the block it does translate.

Over a site (:func:`verify_site`) each pair is checked against the memory of all the others, and
what each pair's findings depend on is kept with them, so that after an edit only the pairs whose
findings can change are checked again (see :func:`verify_site`).
"""

from __future__ import annotations

import bisect
import hashlib
import math
import zlib
from collections.abc import Callable, Iterator
from typing import Any

from rapidfuzz import fuzz, process

from editor.model.findings import Finding, Severity
from editor.model.translation.blocks import TEXT_KINDS, Block
from editor.model.translation.context import PairContext
from editor.model.translation.memory.placeables import mask
from editor.model.translation.memory.store import LANGS, TranslationMemory, Unit, similarity
from editor.model.translation.text import shorten

CODE = "translation-of-other-source"
THRESHOLD = 90
_MIN_WORDS = 4  # short headings and items ("Benefits", "Python") repeat everywhere: no evidence
# A memory entry can be a candidate of a lookup only when its words' ratio with the looked-up text is
# at least THRESHOLD - 1 (TranslationMemory.lookup's cutoff); one point lower covers rounding.
_NEAR = THRESHOLD - 2

# What one pair's verification is kept as between runs: (row key of what was read, {(language, word
# code of a memory entry): digest of this pair's units there}, ((language, word code) of each text
# looked up), findings).
PairState = tuple[Any, dict[tuple[str, str], bytes], tuple[tuple[str, str], ...], list[Finding]]


def check_other_source(ctx: PairContext, memory: TranslationMemory | None, key: str | None) -> list[Finding]:
    """The ``translation-of-other-source`` warnings of one pair, in the target file; the pair's own
    units are left out of the memory's evidence."""
    if memory is None or not len(memory):
        return []
    source, target = ctx.source, ctx.target
    side = 0 if source == "en" else 1
    source_side, target_side = ctx.side(source), ctx.side(target)
    candidates = [b for b in source_side.blocks if b.kind in TEXT_KINDS and len(b.plain.split()) >= _MIN_WORDS]
    found: list[Finding] = []
    for here, there in _looked_up(ctx):
        beside = ctx.alignment.partners(1 - side, there)
        translated = _translated_block(memory, there, target, candidates, beside, key)
        if translated is None or any(b.index == translated.index for b in beside):
            continue
        found.append(ctx.finding(
            target, target_side.position(there), Severity.WARNING, CODE, source_lang=source,
            text=shorten(translated.plain, 60), where=source_side.describe(translated),
            beside_text=shorten(here.plain, 60), beside_where=source_side.describe(here)))
    return found


def _looked_up(ctx: PairContext) -> Iterator[tuple[Block, Block]]:
    """(source block, target block beside it) of each target block looked up in the memory."""
    if not ctx.alignment.reliable:
        return
    side = 0 if ctx.source == "en" else 1
    for row in ctx.alignment:
        here, there = row[side], row[1 - side]
        if here is None or there is None or there.kind not in TEXT_KINDS or len(there.plain.split()) < _MIN_WORDS:
            continue
        yield here, there


def _translated_block(memory: TranslationMemory, block: Block, lang: str, candidates: list[Block],
                      beside: list[Block], key: str | None) -> Block | None:
    """The source block of this posting that ``block`` is an approved translation of, if any.

    None as soon as the memory also knows ``block`` as a translation of the block beside it: the
    same sentence can translate two wordings, and other pairs may disagree; only a translation
    never seen with its neighbour is worth a warning."""
    best: tuple[int, Block] | None = None
    for match in memory.lookup(block.text, lang, exclude_key=key, limit=6, threshold=THRESHOLD):
        if any(similarity(match.target, b.text) >= THRESHOLD for b in beside):
            return None
        for candidate in candidates:
            score = similarity(match.target, candidate.text)
            if score >= THRESHOLD and (best is None or score > best[0]):
                best = (score, candidate)
    return best[1] if best else None


def word_code(masked: str) -> str:
    """A masked text as one character per word, the same character for the same word in every run
    (a checksum: two words sharing one only make texts look nearer, never farther)."""
    return "".join(chr(256 + zlib.crc32(word.encode("utf-8", "surrogatepass")) % (0xD800 - 256))
                   for word in masked.split())


def unit_groups(units: list[Unit]) -> dict[tuple[str, str], bytes]:
    """A pair's units by the memory entry (language, masked text) they are filed under: a digest of
    everything of them a lookup can return or order by, in the memory's order."""
    texts: dict[tuple[str, str], list[tuple[str, ...]]] = {}
    for unit in units:
        if not unit.en.strip() or not unit.fr.strip():
            continue  # the memory leaves them out
        row = (unit.en, unit.fr, unit.kind, *unit.origin, unit.commit)
        for lang, masked in zip(LANGS, unit.masked()):
            texts.setdefault((lang, word_code(masked)), []).append(row)
    return {place: hashlib.blake2b(repr(rows).encode("utf-8", "surrogatepass"), digest_size=12).digest()
            for place, rows in texts.items()}


def verify_site(pairs: list[tuple[str, Any, Callable[[], list[tuple[PairContext, str]]]]],
                memory: Callable[[], TranslationMemory], previous: dict[str, PairState]) -> tuple[list[Finding], dict[str, PairState]]:
    """Segment verification of a site's ``pairs`` ((key, row key, its contexts to verify), in the
    site's order), reusing the findings of ``previous`` (what this returned last time, for the same
    memory files and settings) where they cannot have changed. Returns (findings, states to keep).

    A pair's findings depend on its own files (its row key) and on the memory entries its lookups
    can see: those whose words' ratio with one of its looked-up texts reaches the lookup's cutoff.
    So after pairs are changed, added or removed, a pair is verified again when it is one of them,
    or when one of its looked-up texts is near an entry where a changed pair's units differ (added,
    removed, or other texts or places). Everything else is kept. A row key of None (a file edited
    in memory or unreadable) is never taken as unchanged. ``memory`` is called only when needed.
    """
    now = {key: row for key, row, _ in pairs}
    changed = {key for key, row, _ in pairs if row is None or key not in previous or previous[key][0] != row}
    gone = previous.keys() - now.keys()
    if not changed and not gone:
        return [f for key, _, _ in pairs for f in previous[key][3]], previous
    tm = memory()
    units: dict[str, list[Unit]] = {key: [] for key in changed}
    for unit in tm.units:
        if unit.key in units:
            units[unit.key].append(unit)
    groups = {key: unit_groups(found) for key, found in units.items()}
    moved: dict[str, set[str]] = {lang: set() for lang in LANGS}  # word codes of entries that differ
    for key in changed | gone:
        before = previous[key][1] if key in previous else {}
        after = groups.get(key, {})
        for place in before.keys() | after.keys():
            if before.get(place) != after.get(place):
                moved[place[0]].add(place[1])
    again = set(changed) | _near(moved, {key: previous[key][2] for key in now.keys() - changed})
    states: dict[str, PairState] = {}
    found: list[Finding] = []
    for key, row, contexts in pairs:
        if key not in again:
            states[key] = previous[key]
        else:
            verified = contexts()
            looked_up = tuple((ctx.target, word_code(mask(there.text))) for ctx, _ in verified for _, there in _looked_up(ctx))
            findings = [f for ctx, name in verified for f in check_other_source(ctx, tm, name)]
            states[key] = (row, groups[key] if key in groups else previous[key][1], looked_up, findings)
        found += states[key][3]
    return found, states


def _near(moved: dict[str, set[str]], looked_up: dict[str, tuple[tuple[str, str], ...]]) -> set[str]:
    """The pairs of ``looked_up`` with a text near one of the ``moved`` entries of its language."""
    near: set[str] = set()
    for lang in LANGS:
        if not moved[lang]:
            continue
        texts = sorted((len(code), code, key) for key, codes in looked_up.items() for text_lang, code in codes
                       if text_lang == lang)
        lengths = [length for length, _, _ in texts]
        for code in moved[lang]:
            # A ratio of _NEAR needs lengths n and m with 2·min(n, m) / (n + m) ≥ _NEAR / 100.
            low = bisect.bisect_left(lengths, math.floor(len(code) * _NEAR / (200 - _NEAR)))
            high = bisect.bisect_right(lengths, math.ceil(len(code) * (200 - _NEAR) / _NEAR))
            choices = [text for _, text, _ in texts[low:high]]
            for _choice, _score, number in process.extract_iter(code, choices, scorer=fuzz.ratio, score_cutoff=_NEAR):
                near.add(texts[low + number][2])
    return near
