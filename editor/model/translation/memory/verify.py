"""Segment verification: a block that translates a different source block than the one beside it.

A reviser's read of the real postings found French paragraphs that translate another English
paragraph (moved, pasted twice, left behind by an edit). The memory knows the site's approved
translations: when a target block matches (≥ 90) the translation of a source text, and that text
is another block of this posting's source rather than the block aligned with it, the finding
``translation-of-other-source`` names the block it does translate.

Over a site (:func:`verify_site`) each pair is checked against the memory of all the others, and
what each pair's findings depend on is kept with them, so that after an edit only the pairs whose
findings can change are checked again (see :func:`verify_site`). A site check reads each pair once:
the worker checking it also makes what verification needs of it (:func:`read_pair`), and the
lookups of many pairs are spread over worker processes that hold the one memory.
"""

from __future__ import annotations

import bisect
import hashlib
import math
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process

from editor.model.findings import Finding, Severity
from editor.model.translation.blocks import TEXT_KINDS, Block
from editor.model.translation.context import PairContext
from editor.model.translation.memory.placeables import mask
from editor.model.translation.memory.store import LANGS, TranslationMemory, Unit, masked_similarity
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


@dataclass(frozen=True)
class Lookups:
    """What verifying one English/French pair reads of it, without its parsed postings: made where
    the pair is parsed anyway (a worker of the site check), then looked up against the memory
    anywhere (another worker holding the memory).

    ``candidates``: (block index, text, masked text, plain text, where) of each source block long
    enough to be evidence; ``looked``: for each target block looked up, (text, masked text, line,
    column, (index, text, masked text) of the source blocks beside it, plain text and where of the
    first of them as the alignment pairs it, indices of the source blocks that are no evidence of a
    move: the items of its list near it, when the two languages' lists differ in length)."""

    source: str
    target: str
    file: str  # the target file, as findings name it
    candidates: tuple[tuple[int, str, str, str, str], ...]
    looked: tuple[tuple[str, str, int, int, tuple[tuple[int, str, str], ...], str, str, frozenset[int]], ...]

    @classmethod
    def of(cls, ctx: PairContext) -> Lookups:
        source, target = ctx.source, ctx.target
        side = 0 if source == "en" else 1
        source_side, target_side = ctx.side(source), ctx.side(target)
        candidates = tuple((b.index, b.text, mask(b.text), b.plain, source_side.describe(b)) for b in source_side.blocks
                           if b.kind in TEXT_KINDS and len(b.plain.split()) >= _MIN_WORDS)
        looked = []
        for here, there in _looked_up(ctx):
            beside = tuple((b.index, b.text, mask(b.text)) for b in ctx.alignment.partners(1 - side, there))
            line, column = target_side.position(there)
            looked.append((there.text, mask(there.text), line, column, beside, here.plain, source_side.describe(here),
                           _guessed(here, there, source_side.blocks, target_side.blocks)))
        return cls(source, target, target_side.file, candidates, tuple(looked))

    def codes(self) -> tuple[tuple[str, str], ...]:
        """(language, word code) of each text looked up: what :func:`verify_site` keeps of them."""
        return tuple((self.target, word_code(masked)) for _text, masked, *_rest in self.looked)


def check_other_source(ctx: PairContext, memory: TranslationMemory | None, key: str | None) -> list[Finding]:
    """The ``translation-of-other-source`` warnings of one pair, in the target file; the pair's own
    units are left out of the memory's evidence."""
    if memory is None or not len(memory):
        return []
    return check_lookups(Lookups.of(ctx), memory, key)


def check_lookups(lookups: Lookups, memory: TranslationMemory | None, key: str | None) -> list[Finding]:
    """:func:`check_other_source` of a pair read earlier (:meth:`Lookups.of`)."""
    if memory is None or not len(memory) or not lookups.looked:
        return []
    found: list[Finding] = []
    for text, masked, line, column, beside, here_plain, here_where, guessed in lookups.looked:
        translated = _translated_block(memory, text, masked, lookups.target, lookups.candidates, beside, key)
        if translated is None or translated[0] in guessed or any(index == translated[0] for index, _, _ in beside):
            continue
        found.append(Finding(lookups.file, line, column, Severity.WARNING, CODE, params={
            "source_lang": lookups.source, "text": shorten(translated[3], 60), "where": translated[4],
            "beside_text": shorten(here_plain, 60), "beside_where": here_where}))
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


def _guessed(here: Block, there: Block, source: list[Block], target: list[Block]) -> frozenset[int]:
    """The items of ``here``'s list that ``there``, the item lined up with it, may translate as well
    as ``here`` when the two lists differ in length: as many places before or after it as items
    were left out or added. Which item goes with which is the alignment's guess there, and the
    memory may hold another pair's wrong guess (the same item left out, lined up one off)."""
    if here.kind != "item" or there.kind != "item":
        return frozenset()
    mine = [b.index for b in source if b.kind == "item" and b.list_id == here.list_id]
    off = abs(len(mine) - sum(1 for b in target if b.kind == "item" and b.list_id == there.list_id))
    if not off or here.index not in mine:
        return frozenset()
    at = mine.index(here.index)
    return frozenset(mine[max(0, at - off):at + off + 1])


def _translated_block(memory: TranslationMemory, text: str, masked: str, lang: str,
                      candidates: tuple[tuple[int, str, str, str, str], ...],
                      beside: tuple[tuple[int, str, str], ...], key: str | None) -> tuple[int, str, str, str, str] | None:
    """The source block (a row of ``candidates``) of this posting that ``text`` is an approved
    translation of, if any.

    None as soon as the memory also knows ``text`` as a translation of the block beside it: the
    same sentence can translate two wordings, and other pairs may disagree; only a translation
    never seen with its neighbour is worth a warning."""
    best: tuple[int, tuple[int, str, str, str, str]] | None = None
    for match in memory.lookup(text, lang, exclude_key=key, limit=6, threshold=THRESHOLD, masked=masked):
        target = match.target
        masked_target = mask(target)
        if any(masked_similarity(target, masked_target, b_text, b_masked) >= THRESHOLD for _, b_text, b_masked in beside):
            return None
        for candidate in candidates:
            score = masked_similarity(target, masked_target, candidate[1], candidate[2])
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


@dataclass(frozen=True)
class PairRead:
    """What segment verification reads of one pair: its memory units, its lookups and the digests
    of its units by memory entry (:func:`unit_groups`). Made by :func:`read_pair` where the pair is
    parsed for its other checks, so that nothing of it is parsed or masked again."""

    units: list[Unit]
    lookups: list[Lookups]
    groups: dict[tuple[str, str], bytes]


def read_pair(key: str, contexts: list[tuple[PairContext, dict[str, str]]]) -> PairRead:
    """The :class:`PairRead` of the pair ``key``: its English/French postings as parsed
    (``contexts``: each with its files' names, site-relative)."""
    from editor.model.translation.memory.build import pair_units

    units = [unit for ctx, files in contexts for unit in pair_units(ctx.en.posting, ctx.fr.posting, files, key, context=ctx)]
    return PairRead(units, [Lookups.of(ctx) for ctx, _ in contexts], unit_groups(units))


def verify_site(pairs: list[tuple[str, Any, Callable[[], list[Lookups]]]],
                memory: Callable[[], TranslationMemory], previous: dict[str, PairState],
                workers: int | None = None,
                groups: dict[str, dict[tuple[str, str], bytes]] | None = None) -> tuple[list[Finding], dict[str, PairState]]:
    """Segment verification of a site's ``pairs`` ((key, row key, what to look up of it), in the
    site's order), reusing the findings of ``previous`` (what this returned last time, for the same
    memory files and settings) where they cannot have changed. Returns (findings, states to keep).

    A pair's findings depend on its own files (its row key) and on the memory entries its lookups
    can see: those whose words' ratio with one of its looked-up texts reaches the lookup's cutoff.
    So after pairs are changed, added or removed, a pair is verified again when it is one of them,
    or when one of its looked-up texts is near an entry where a changed pair's units differ (added,
    removed, or other texts or places). Everything else is kept. A row key of None (a file edited
    in memory or unreadable) is never taken as unchanged. ``memory`` is called only when needed.
    Many pairs to verify are spread over ``workers`` processes (None: as many as are worth it),
    each holding the one memory (inherited, where processes fork). ``groups``: the
    :func:`unit_groups` of pairs (by key) whose units went into the memory as read (``PairRead``).
    """
    now = {key: row for key, row, _ in pairs}
    changed = {key for key, row, _ in pairs if row is None or key not in previous or previous[key][0] != row}
    gone = previous.keys() - now.keys()
    if not changed and not gone:
        return [f for key, _, _ in pairs for f in previous[key][3]], previous
    tm = memory()
    known = groups or {}
    units: dict[str, list[Unit]] = {key: [] for key in changed if key not in known}
    if units:
        for unit in tm.units:
            if unit.key in units:
                units[unit.key].append(unit)
    groups = {key: known[key] if key in known else unit_groups(units[key]) for key in changed}
    moved: dict[str, set[str]] = {lang: set() for lang in LANGS}  # word codes of entries that differ
    for key in changed | gone:
        before = previous[key][1] if key in previous else {}
        after = groups.get(key, {})
        for place in before.keys() | after.keys():
            if before.get(place) != after.get(place):
                moved[place[0]].add(place[1])
    again = set(changed) | _near(moved, {key: previous[key][2] for key in now.keys() - changed})
    verified = _verify_all([(key, lookups()) for key, _, lookups in pairs if key in again], tm, workers)
    states: dict[str, PairState] = {}
    found: list[Finding] = []
    for key, row, _ in pairs:
        if key not in again:
            states[key] = previous[key]
        else:
            looked_up, findings = verified[key]
            states[key] = (row, groups[key] if key in groups else previous[key][1], looked_up, findings)
        found += states[key][3]
    return found, states


POOL_FROM = 150  # pairs to verify; fewer are verified faster than worker processes start
_CHUNK = 40  # pairs per task
_memory: TranslationMemory | None = None  # a worker process's memory (see _hold)


def _verify_all(todo: list[tuple[str, list[Lookups]]], memory: TranslationMemory,
                workers: int | None) -> dict[str, tuple[tuple[tuple[str, str], ...], list[Finding]]]:
    """(looked-up word codes, findings) of each pair of ``todo``, in processes when they are many."""
    from editor.model.site.parallel import default_workers, map_in_processes

    if workers is None:
        workers = default_workers(len(todo), POOL_FROM)
    chunks = [todo[start:start + _CHUNK] for start in range(0, len(todo), _CHUNK)]
    done = None
    if workers > 1 and len(chunks) > 1:
        done = map_in_processes(_verify_chunk, chunks, workers, initializer=_hold, initargs=(memory,))
    if done is None:
        done = [_verify_pairs(chunk, memory) for chunk in chunks]
    return {key: result for chunk in done for key, result in chunk}


def _hold(memory: TranslationMemory) -> None:
    global _memory
    _memory = memory


def _verify_chunk(todo: list[tuple[str, list[Lookups]]]) -> list[tuple[str, tuple[tuple[tuple[str, str], ...], list[Finding]]]]:
    return _verify_pairs(todo, _memory)


def _verify_pairs(todo: list[tuple[str, list[Lookups]]],
                  memory: TranslationMemory | None) -> list[tuple[str, tuple[tuple[tuple[str, str], ...], list[Finding]]]]:
    return [(key, (tuple(code for one in lookups for code in one.codes()),
                   [f for one in lookups for f in check_lookups(one, memory, key)])) for key, lookups in todo]


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
