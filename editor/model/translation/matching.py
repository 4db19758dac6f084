"""How alike two blocks are, and the dynamic programming that lines two bodies up (see blocks.align).

A block's profile is what survives translation: its kind and level, its length (French runs 10-20 %
longer than English), and its anchors (numbers, e-mail addresses, web hosts) and names (acronyms,
product and place names). Sections (a heading and the blocks under it) are matched first, by level,
shape (how many paragraphs and items, how long) and anchors, with a price for leaving a section out,
so a section added on one side stays one-sided instead of shifting every heading after it. The
blocks between two matched headings are then lined up in order, allowing a block to be left out,
added, split in two or joined; a split needs evidence (the parts' lengths or names), because a
block simply added next to another looks like one too.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from editor.model.translation.text import EMAIL_RE, URL_RE

if TYPE_CHECKING:
    from editor.model.translation.blocks import Block

_DIGITS = re.compile(r"\d+")
# Acronyms (CDS, WCAG), words with a capital inside (GitHub) and capitalised words not opening a
# sentence (Ottawa, Python): they are written the same in both languages more often than not.
_NAME = re.compile(r"(?<![\w’'-])(?:[A-Z][A-Z0-9]+\b|[A-Za-z][a-z]+[A-Z]\w*|[A-Z][a-zà-ÿ]{2,})")


def positions(blocks: list[Block]) -> list[float]:
    """Where each block starts, as a fraction of the body's text."""
    sizes = [len(b.plain) + 20 for b in blocks]
    total = sum(sizes) or 1
    found, running = [], 0
    for size in sizes:
        found.append(running / total)
        running += size
    return found


@dataclass(frozen=True)
class _Profile:
    """What alignment compares of a block (or of two consecutive blocks taken together)."""

    kind: str
    level: int
    length: int
    anchors: frozenset[str]
    names: frozenset[str] = frozenset()


@lru_cache(maxsize=4096)
def profile(block: Block) -> _Profile:
    return _Profile(block.kind, block.level, len(block.plain or block.text), _anchors(block), _names(block))


def _joined(first: _Profile, second: _Profile) -> _Profile:
    return _Profile(first.kind, first.level, first.length + second.length + 1, first.anchors | second.anchors,
                    first.names | second.names)


def _anchors(block: Block) -> frozenset[str]:
    """Numbers, e-mail addresses and web hosts: they survive translation unchanged."""
    found = set(_DIGITS.findall(block.plain))
    if "@" in block.plain:
        found.update(m.group(0).lower() for m in EMAIL_RE.finditer(block.plain))
    found.update(_host(link) for link in block.links)
    if "www." in block.plain or "://" in block.plain:
        found.update(_host(m.group(0)) for m in URL_RE.finditer(block.plain))
    found.discard("")
    return frozenset(found)


def _names(block: Block) -> frozenset[str]:
    """Acronyms and proper names. Only ever a bonus: English capitalises words French does not
    (months, titles), so a name missing on one side proves nothing."""
    text = block.plain
    if block.kind not in ("heading", "paragraph", "item", "table") or not text:
        return frozenset()
    found = set()
    for match in _NAME.finditer(text):
        word = match.group(0)
        if not any(c.isupper() for c in word[1:]):  # an ordinary capitalised word
            before = text[:match.start()].rstrip()
            if block.kind == "heading" or not before or before[-1] in _SENTENCE_END:
                continue  # Title Case headings and sentence openings say nothing
        found.add(word.casefold())
    return frozenset(found)


_SENTENCE_END = ".!?:;•(«“\"—–-"


def _host(url: str) -> str:
    match = re.match(r"(?:[a-z]+:)?(?://)?(?:www\.)?([^/?#:]+)", url.strip().lower())
    return match.group(1) if match and "." in match.group(1) else ""


def _kind_cost(a: _Profile, b: _Profile) -> float:
    if a.kind == b.kind:
        return 0.0 if a.kind != "heading" or a.level == b.level else 0.3
    pair = {a.kind, b.kind}
    if pair == {"paragraph", "item"}:
        return 0.6
    if pair == {"heading", "paragraph"} or pair == {"heading", "item"}:
        other = b if a.kind == "heading" else a
        return 0.6 if other.length < 90 else 2.0  # a bold line written as a heading, or back
    return 2.0


def match_cost(a: _Profile, b: _Profile, position_gap: float, *, joined: bool = False) -> float:
    cost = _kind_cost(a, b)
    if cost >= 2.0:
        return 9.0
    # French runs 10-20 % longer than English; short blocks vary more, hence the +20. Translators
    # paraphrase freely, so one block to one block tolerates a lot; a join must fit more closely.
    ratio = _length_ratio(a.length, b.length)
    cost += min(1.5, 2 * max(0.0, ratio - 0.2)) if joined else min(1.0, max(0.0, ratio - 0.25))
    if a.anchors or b.anchors:
        shared = len(a.anchors & b.anchors)
        cost += 0.5 * (1 - shared / len(a.anchors | b.anchors)) - (0.3 if shared else 0.0)
    if a.names & b.names:
        cost -= 0.2
    return max(0.0, cost + 0.8 * position_gap)


_SKIP = 1.0
_JOIN = 0.4
_DISPLACED = 0.5  # a block under a heading left out on its side, matched with one that is not


def align_region(source: list[Block], target: list[Block], home: tuple[int, int] = (-1, -1),
                 expected: float = 0.0) -> tuple[list[tuple[Block | None, Block | None]], list[float]]:
    """Rows and costs lining up the blocks between two matched headings (``home``: the indexes of
    the matched heading above them on each side, -1 for the top of the body). Blocks under a
    heading of one side only rather stay one-sided than take a block of the matched section.
    ``expected`` is the usual log ratio of a target block's length to its source block's."""
    n, m = len(source), len(target)
    if n == 0 or m == 0:
        one_sided: list[tuple[Block | None, Block | None]] = [(a, None) for a in source] + [(None, b) for b in target]
        return one_sided, [_SKIP] * len(one_sided)
    ps = [profile(b) for b in source]
    pt = [profile(b) for b in target]
    away_s = [b.section != home[0] for b in source]
    away_t = [b.section != home[1] for b in target]
    joins_s = [i + 1 < n and _split_evidence(ps[i], ps[i + 1]) for i in range(n)]
    joins_t = [j + 1 < m and _split_evidence(pt[j], pt[j + 1]) for j in range(m)]
    inf = float("inf")
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    step: list[list[tuple[int, int, float] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            here = best[i][j]
            if here == inf:
                continue
            moves = []
            if i < n and j < m:
                gap = abs((i + 0.5) / n - (j + 0.5) / m)
                away = _DISPLACED if away_s[i] != away_t[j] else 0.0
                moves.append((1, 1, away + match_cost(ps[i], pt[j], gap)))
                if joins_s[i] and _join_fits(ps[i], ps[i + 1], pt[j], -expected):
                    moves.append((2, 1, away + _JOIN + match_cost(_joined(ps[i], ps[i + 1]), pt[j], gap, joined=True)))
                if joins_t[j] and _join_fits(pt[j], pt[j + 1], ps[i], expected):
                    moves.append((1, 2, away + _JOIN + match_cost(ps[i], _joined(pt[j], pt[j + 1]), gap, joined=True)))
            if i < n:
                moves.append((1, 0, _SKIP))
            if j < m:
                moves.append((0, 1, _SKIP))
            for di, dj, cost in moves:
                if here + cost < best[i + di][j + dj]:
                    best[i + di][j + dj] = here + cost
                    step[i + di][j + dj] = (di, dj, cost)
    rows: list[tuple[Block | None, Block | None]] = []
    costs: list[float] = []
    i, j = n, m
    while i or j:
        taken = step[i][j]
        assert taken is not None  # every cell on the way back was reached by a step
        di, dj, cost = taken
        a = source[i - di:i]
        b = target[j - dj:j]
        if di == 2:
            rows[:0] = [(a[0], b[0]), (a[1], b[0])]
            costs[:0] = [cost, cost]
        elif dj == 2:
            rows[:0] = [(a[0], b[0]), (a[0], b[1])]
            costs[:0] = [cost, cost]
        else:
            rows.insert(0, (a[0] if a else None, b[0] if b else None))
            costs.insert(0, cost)
        i, j = i - di, j - dj
    return rows, costs


def _split_evidence(first: _Profile, second: _Profile) -> bool:
    """Whether two consecutive blocks could be one block of the other side cut in two."""
    return first.kind == second.kind and first.kind in ("paragraph", "item")


def expected_ratio(source: list[Block], target: list[Block]) -> float:
    """How much longer the target's text runs than the source's (a log ratio, kept within ±0.3):
    French about 15 % more than English, whichever side it is on."""
    kinds = ("paragraph", "item")
    a = sum(len(b.plain) for b in source if b.kind in kinds)
    b = sum(len(b.plain) for b in target if b.kind in kinds)
    if not a or not b:
        return 0.0
    return max(-0.3, min(0.3, math.log(b / a)))


def _length_ratio(a: int, b: int) -> float:
    return abs(math.log((b + 20) / (a + 20)))


def _join_fits(first: _Profile, second: _Profile, other: _Profile, expected: float) -> bool:
    """Two blocks are one block of the other side only on evidence. Together they must fit its
    length closely (``expected``: the usual log ratio of their side's lengths to the other's, as
    French runs longer), and either the second part brings numbers or names the other block has and
    the first lacks, or neither part alone comes near. A block merely added next to a loosely
    translated one fits almost as well, and must stay one-sided."""
    if other.kind != first.kind:
        return False

    def off(length: int) -> float:
        return abs(math.log((length + 20) / (other.length + 20)) - expected)

    single, together = off(first.length), off(first.length + second.length + 1)
    if together > 0.3 or together >= single:
        return False
    brought = (second.anchors | second.names) - (first.anchors | first.names)
    if brought & (other.anchors | other.names):
        return True
    if first.kind == "item" and off(second.length) <= 0.3:
        return False  # the second alone fits: an item added before it (translators join paragraphs, not items)
    return together <= 0.2 and single - together >= (0.45 if first.kind == "item" else 0.3)


# --------------------------------------------------------------------------------- sections
@dataclass(frozen=True)
class _Section:
    """A heading and the blocks under it up to the next heading, as section alignment sees it."""

    index: int
    level: int
    items: int
    paragraphs: int
    others: int
    length: int
    anchors: frozenset[str]
    names: frozenset[str]
    position: float


def _sections(blocks: list[Block], pos: list[float]) -> list[_Section]:
    heads = [b.index for b in blocks if b.kind == "heading"]
    found = []
    for number, head in enumerate(heads):
        end = heads[number + 1] if number + 1 < len(heads) else len(blocks)
        found.append(_summary(blocks[head], [profile(b) for b in blocks[head + 1:end]], pos[head]))
    return found


def _nested(blocks: list[Block], pos: list[float]) -> list[_Section]:
    """Each section taken together with the deeper sections under it, up to the next heading of
    its level or above: one side often splits a section with a subheading the other lacks (a unit
    or team named under the criteria), and only the whole compares with the other side's section."""
    heads = [b.index for b in blocks if b.kind == "heading"]
    ends = [len(blocks)] * len(heads)
    open_heads: list[int] = []  # numbers of the headings whose end is not found yet, levels increasing
    for number, head in enumerate(heads):
        # A stack rather than a scan ahead from each heading: linear in a pasted document's thousands.
        while open_heads and blocks[heads[open_heads[-1]]].level >= blocks[head].level:
            ends[open_heads.pop()] = head
        open_heads.append(number)
    found = []
    for number, head in enumerate(heads):
        body = [profile(b) for b in blocks[head + 1:ends[number]] if b.kind != "heading"]
        found.append(_summary(blocks[head], body, pos[head]))
    return found


def _summary(head: Block, body: list[_Profile], position: float) -> _Section:
    kinds = [p.kind for p in body]
    items, paragraphs = kinds.count("item"), kinds.count("paragraph")
    return _Section(
        head.index, head.level, items, paragraphs, len(kinds) - items - paragraphs,
        sum(p.length for p in body), frozenset(profile(head).anchors).union(*(p.anchors for p in body)),
        frozenset(profile(head).names).union(*(p.names for p in body)), position,
    )


_SECTION_SKIP = 1.0


def _shape_cost(a: _Section, b: _Section) -> float:
    """What matching ``a`` with ``b`` costs before their places in the bodies are compared."""
    cost = 0.0 if a.level == b.level else 0.5
    cost += 0.8 * min(1.0, max(0.0, abs(math.log((b.length + 40) / (a.length + 40))) - 0.3))
    for x, y, weight in ((a.items, b.items, 0.6), (a.paragraphs, b.paragraphs, 0.4), (a.others, b.others, 0.4)):
        if x != y:
            cost += weight * abs(x - y) / max(x, y)
    if a.anchors or b.anchors:
        shared = len(a.anchors & b.anchors)
        cost += 0.5 * (1 - shared / len(a.anchors | b.anchors)) - (0.3 if shared else 0.0)
    if a.names & b.names:
        cost -= 0.2
    return cost


def _shape(section: _Section) -> tuple[object, ...]:
    return (section.level, section.items, section.paragraphs, section.others, section.length,
            section.anchors, section.names)


# Beyond this many cells (sections × sections: 500 a side), the alignment keeps to a band around
# the diagonal about as many cells in all, so its time stays a few seconds and grows linearly.
_FULL_ALIGNMENT_CELLS = 250_000


def align_headings(source: list[Block], target: list[Block], source_pos: list[float],
                   target_pos: list[float]) -> list[tuple[int, int]]:
    """Matched headings as (source index, target index), increasing on both sides.

    A sequence alignment of the sections: matching two costs what their shapes differ by, leaving
    one out a fixed price, so a section of one language only is left out rather than pushing
    every later heading onto its neighbour. Every real posting (a few dozen sections) is aligned
    whole; a pasted document of thousands of sections a side, whose whole table would take minutes
    and gigabytes, only near the diagonal (2 sections either way at 50,000 a side, 25 at 5,000)."""
    ss, st = _sections(source, source_pos), _sections(target, target_pos)
    n, m = len(ss), len(st)
    if not n or not m:
        return []
    ns, nt = _nested(source, source_pos), _nested(target, target_pos)
    # Sections of the same shape (a number each) cost the same but for their places: a pasted
    # document's thousands of alike sections are compared once a pair of shapes.
    numbers: dict[tuple[object, ...], int] = {}
    # A section with subheadings on one side only compares whole; the subsection is left out.
    source_shapes, target_shapes = (
        [[(section, numbers.setdefault(_shape(section), len(numbers))) for section in dict.fromkeys((own, whole))]
         for own, whole in zip(sections, nested)]
        for sections, nested in ((ss, ns), (st, nt)))
    shape_costs: dict[tuple[int, int], float] = {}

    def cost(i: int, j: int) -> float:
        cheapest = math.inf
        for a, a_shape in source_shapes[i]:
            for b, b_shape in target_shapes[j]:
                shape_cost = shape_costs.get((a_shape, b_shape))
                if shape_cost is None:
                    shape_cost = shape_costs[(a_shape, b_shape)] = _shape_cost(a, b)
                cheapest = min(cheapest, max(0.0, shape_cost + 0.8 * abs(a.position - b.position)))
        return cheapest

    if n * m <= _FULL_ALIGNMENT_CELLS:
        def band(i: int) -> tuple[int, int]:
            return 0, m
    else:
        # At least wide enough for each row's band to meet the next one's, so a path always exists.
        width = max(_FULL_ALIGNMENT_CELLS // (2 * max(n, m)), math.ceil(m / n) + 1, 2)

        def band(i: int) -> tuple[int, int]:
            middle = i * m // n
            return max(0, middle - width), min(m, middle + width)

    starts: list[int] = []
    best: list[list[float]] = []
    step: list[list[int]] = []  # 0 match, 1 skip source, 2 skip target
    for i in range(n + 1):
        low, high = band(i)
        row, moves = [0.0] * (high - low + 1), [0] * (high - low + 1)
        above, above_low = (best[i - 1], starts[i - 1]) if i else ([], 0)
        above_high = above_low + len(above)
        for j in range(low, high + 1):
            if i == 0:
                row[j - low], moves[j - low] = j * _SECTION_SKIP, 2
            elif j == 0:
                row[j - low], moves[j - low] = i * _SECTION_SKIP, 1
            else:
                # Cells outside the band above (in a banded alignment) cannot be reached.
                diagonal = above[j - 1 - above_low] if above_low <= j - 1 < above_high else math.inf
                up = above[j - above_low] if above_low <= j < above_high else math.inf
                left = row[j - 1 - low] if j > low else math.inf
                options = (diagonal + cost(i - 1, j - 1), up + _SECTION_SKIP, left + _SECTION_SKIP)
                # The first of the cheapest, as min(range(3), key=...) would, without its call per cell.
                choice = 0 if options[0] <= options[1] and options[0] <= options[2] else 1 if options[1] <= options[2] else 2
                row[j - low], moves[j - low] = options[choice], choice
        starts.append(low)
        best.append(row)
        step.append(moves)
    pairs = []
    i, j = n, m
    while i and j:
        choice = step[i][j - starts[i]]
        if choice == 0:
            pairs.append((ss[i - 1].index, st[j - 1].index))
            i, j = i - 1, j - 1
        elif choice == 1:
            i -= 1
        else:
            j -= 1
    return pairs[::-1]
