"""How alike two blocks are, and the dynamic programming that lines two bodies up (see blocks.align).

A block's profile is what survives translation: its kind and level, its length (French runs 10-20 %
longer than English), and its anchors (numbers, e-mail addresses, web hosts). Headings are matched
first, by level and place in the page; the blocks between two matched headings then by order,
allowing a block to be left out, added, split in two or joined.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .text import EMAIL_RE, URL_RE

if TYPE_CHECKING:
    from .blocks import Block

_DIGITS = re.compile(r"\d+")


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


def profile(block: Block) -> _Profile:
    return _Profile(block.kind, block.level, len(block.plain or block.text), _anchors(block))


def _joined(first: _Profile, second: _Profile) -> _Profile:
    return _Profile(first.kind, first.level, first.length + second.length + 1, first.anchors | second.anchors)


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
    ratio = abs(math.log((b.length + 20) / (a.length + 20)))
    cost += min(1.5, 2 * max(0.0, ratio - 0.2)) if joined else min(1.0, max(0.0, ratio - 0.25))
    if a.anchors or b.anchors:
        shared = len(a.anchors & b.anchors)
        cost += 0.5 * (1 - shared / len(a.anchors | b.anchors)) - (0.3 if shared else 0.0)
    return max(0.0, cost + 0.8 * position_gap)


_SKIP = 1.0
_JOIN = 0.4


def align_region(source: list[Block], target: list[Block]):
    n, m = len(source), len(target)
    if n == 0 or m == 0:
        rows = [(a, None) for a in source] + [(None, b) for b in target]
        return rows, [_SKIP] * len(rows)
    ps = [profile(b) for b in source]
    pt = [profile(b) for b in target]
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
            gap = abs((i + 0.5) / n - (j + 0.5) / m)
            if i < n and j < m:
                moves.append((1, 1, match_cost(ps[i], pt[j], gap)))
                if i + 1 < n and _joinable(ps[i], ps[i + 1], pt[j]) and _join_fits(ps[i], ps[i + 1], pt[j]):
                    moves.append((2, 1, _JOIN + match_cost(_joined(ps[i], ps[i + 1]), pt[j], gap, joined=True)))
                if j + 1 < m and _joinable(pt[j], pt[j + 1], ps[i]) and _join_fits(pt[j], pt[j + 1], ps[i]):
                    moves.append((1, 2, _JOIN + match_cost(ps[i], _joined(pt[j], pt[j + 1]), gap, joined=True)))
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
        di, dj, cost = step[i][j]
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


def _joinable(first: _Profile, second: _Profile, other: _Profile) -> bool:
    return first.kind == second.kind == other.kind and first.kind in ("paragraph", "item")


def _length_ratio(a: int, b: int) -> float:
    return abs(math.log((b + 20) / (a + 20)))


def _join_fits(first: _Profile, second: _Profile, other: _Profile) -> bool:
    """Two blocks are one block of the other side only if together their length fits clearly
    better than the first alone (a translator split or joined them); else the second is extra."""
    return _length_ratio(first.length + second.length, other.length) < _length_ratio(first.length, other.length)


def align_headings(source, target, source_pos, target_pos) -> list[tuple[int, int]]:
    """Matched headings as (source index, target index), increasing on both sides."""
    hs = [b for b in source if b.kind == "heading"]
    ht = [b for b in target if b.kind == "heading"]
    n, m = len(hs), len(ht)
    if not n or not m:
        return []
    skip = 0.8
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        best[i][0] = i * skip
    for j in range(1, m + 1):
        best[0][j] = j * skip
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            a, b = hs[i - 1], ht[j - 1]
            cost = (0.0 if a.level == b.level else 0.5) + 1.5 * abs(source_pos[a.index] - target_pos[b.index])
            best[i][j] = min(best[i - 1][j - 1] + cost, best[i - 1][j] + skip, best[i][j - 1] + skip)
    pairs = []
    i, j = n, m
    while i and j:
        a, b = hs[i - 1], ht[j - 1]
        cost = (0.0 if a.level == b.level else 0.5) + 1.5 * abs(source_pos[a.index] - target_pos[b.index])
        if math.isclose(best[i][j], best[i - 1][j - 1] + cost):
            pairs.append((a.index, b.index))
            i, j = i - 1, j - 1
        elif math.isclose(best[i][j], best[i - 1][j] + skip):
            i -= 1
        else:
            j -= 1
    return pairs[::-1]
