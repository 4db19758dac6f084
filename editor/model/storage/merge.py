"""Three-way merge of a file's bytes: the edits made here and another program's change to the same file.

``base`` is what the edits started from (the file as loaded or last saved), ``mine`` the edits,
``theirs`` the file on disk now. Changes to different lines are combined; lines both sides changed
differently (or changed next to each other, with no unchanged line between) are a conflict, which
is reported with its lines and never written with markers into a posting.

Lines are compared with their line ends, so every line keeps the bytes its side gave it: a CRLF
file stays CRLF, a BOM stays (or goes) with the first line, and whether the file ends with a line
break is the last line's business like any other. The line merge itself is ``merge3``'s (Breezy's
diff3, kept as its own package); this module only cuts the lines and reads its regions.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from merge3 import Merge3

# A line is everything up to and with its "\n" (a CRLF line ends with "\r\n"); the last one may
# have no line break. A lone "\r" does not end a line here, as in git's merge: a file whose lines end
# so is one line, and any two changes to it conflict (nothing is lost, it is only not combined).
_LINE = re.compile(rb"[^\n]*\n|[^\n]+")


def split_lines(data: bytes) -> list[bytes]:
    """``data`` cut into lines that keep their line ends; joined again they are ``data`` exactly."""
    return _LINE.findall(data)


# Up to this many lines (of the part that differs), difflib's "popular line" heuristic is off: in a
# file over 200 lines, a line that occurs more than once in a hundred (blank lines, "---", list
# markers) would otherwise never anchor a match, and edits far apart would come out as one
# conflict. Beyond it the heuristic stays on: without it, matching thousands of repeated lines
# takes time that grows with their square (over a minute for a 2 MB file, near a second at 5,000
# lines), on the UI thread; postings are a few hundred lines.
EXACT_MATCH_LINES = 2000


class _LineMatcher:
    def __init__(self, isjunk: Callable[[bytes], bool] | None = None, a: Sequence[bytes] = (),
                 b: Sequence[bytes] = (), autojunk: bool = False) -> None:
        heuristic = max(len(a), len(b)) > EXACT_MATCH_LINES
        self._matcher = difflib.SequenceMatcher(isjunk, a, b, autojunk=heuristic)

    def get_matching_blocks(self) -> list[tuple[int, int, int]]:
        return [(block.a, block.b, block.size) for block in self._matcher.get_matching_blocks()]


@dataclass(frozen=True)
class Conflict:
    """Lines both sides changed: 1-based first line and line count in each version (a count of 0
    is a deletion, just before that line)."""

    mine_first: int
    mine_count: int
    theirs_first: int
    theirs_count: int


@dataclass(frozen=True)
class Merge:
    """The outcome: the combined bytes when nothing conflicts (else None), and what was combined."""

    merged: bytes | None
    conflicts: tuple[Conflict, ...]
    theirs_changes: int  # places where their change was taken
    mine_changes: int  # places where the edits here were kept

    @property
    def clean(self) -> bool:
        return self.merged is not None


def merge_bytes(base: bytes, mine: bytes, theirs: bytes) -> Merge:
    """Combine the change from ``base`` to ``mine`` with the change from ``base`` to ``theirs``."""
    # A side left as it was gives the other side, byte for byte, whatever the matcher would align.
    if mine == theirs:
        return Merge(mine, (), 0, 0)
    if mine == base:
        return Merge(theirs, (), 1, 0)
    if theirs == base:
        return Merge(mine, (), 0, 1)
    base_lines, mine_lines, theirs_lines = split_lines(base), split_lines(mine), split_lines(theirs)
    # Lines the three share at the start and at the end are unchanged on both sides: only what lies
    # between is matched (an edit is usually a few lines of a long file).
    shortest = min(len(base_lines), len(mine_lines), len(theirs_lines))
    head = 0
    while head < shortest and base_lines[head] == mine_lines[head] == theirs_lines[head]:
        head += 1
    tail = 0
    while tail < shortest - head and base_lines[-1 - tail] == mine_lines[-1 - tail] == theirs_lines[-1 - tail]:
        tail += 1
    merge = _merged_lines(base_lines, mine_lines, theirs_lines, head, tail)
    if merge.conflicts and (head or tail):
        # Set aside, a run of equal lines can be matched otherwise than the whole file matches it: of
        # two blank lines, the one removed here taken as the one next to a line changed on disk,
        # and a conflict where git combines the two. The whole file says whether they really meet.
        merge = _merged_lines(base_lines, mine_lines, theirs_lines, 0, 0)
    return merge


def _merged_lines(base_lines: list[bytes], mine_lines: list[bytes], theirs_lines: list[bytes], head: int,
                  tail: int) -> Merge:
    """The merge of the lines between the first ``head`` and the last ``tail``, which the three share."""
    middle = [lines[head:len(lines) - tail] for lines in (base_lines, mine_lines, theirs_lines)]
    merge = Merge3(middle[0], middle[1], middle[2], sequence_matcher=_LineMatcher)
    out: list[bytes] = list(base_lines[:head])
    conflicts: list[Conflict] = []
    taken = kept = 0
    for region in merge.merge_regions():
        if region[0] == "conflict":
            _, _base_start, _base_end, mine_start, mine_end, theirs_start, theirs_end = region
            conflicts.append(Conflict(head + mine_start + 1, mine_end - mine_start,
                                      head + theirs_start + 1, theirs_end - theirs_start))
            continue
        kind, start, end = region
        if kind == "unchanged":
            out.extend(middle[0][start:end])
        elif kind == "b":
            out.extend(middle[2][start:end])
            taken += 1
        else:  # "a", or "same" (both sides made the same change): the lines of mine
            out.extend(middle[1][start:end])
            kept += kind == "a"
    if conflicts:
        return Merge(None, tuple(conflicts), taken, kept)
    out.extend(base_lines[len(base_lines) - tail:])
    return Merge(b"".join(out), (), taken, kept)
