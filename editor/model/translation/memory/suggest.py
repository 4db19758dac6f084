"""Suggestions for the segments of a posting, shared by ``posting-editor suggest`` and the window."""

from __future__ import annotations

from dataclasses import dataclass

from editor.model.frontmatter.posting import Posting
from editor.model.translation.memory.store import Match, TranslationMemory
from editor.model.translation.segments import Segment, pair_segments
from editor.model.translation.status import word_diff

DEFAULT_THRESHOLD = 50  # below this a fuzzy match costs more to edit than to translate


@dataclass(frozen=True)
class Suggestion:
    number: int  # 1-based place of the segment in the file (title, description, then body blocks)
    segment: Segment
    matches: tuple[Match, ...]


def suggest_posting(memory: TranslationMemory, source: Posting, source_lang: str, *, key: str | None,
                    limit: int = 3, threshold: int = DEFAULT_THRESHOLD) -> list[Suggestion]:
    """For each segment of ``source``, the best matches from ``memory`` (the pair ``key`` itself
    left out: a posting is never its own match)."""
    found = []
    for number, segment in enumerate(pair_segments(source, None, source_lang), 1):
        matches = memory.lookup(segment.source, source_lang, exclude_key=key, limit=limit, threshold=threshold,
                                kind=segment.kind)
        found.append(Suggestion(number, segment, tuple(matches)))
    return found


def marked_differences(memory_source: str, text: str) -> list[tuple[str, str]]:
    """The memory's source as runs ``(kind, text)``: "equal", "delete" (only in the memory's
    source) and "insert" (only in ``text``), word by word."""
    runs: list[tuple[str, str]] = []
    for op in word_diff(memory_source, text):
        if op.kind == "equal":
            runs.append(("equal", op.new))
        else:
            if op.old:
                runs.append(("delete", op.old))
            if op.new:
                runs.append(("insert", op.new))
    return runs


def marked_text(memory_source: str, text: str) -> str:
    """The differences as ``[-only in memory-]{+only here+}`` (git's word-diff notation)."""
    return "".join(run if kind == "equal" else f"[-{run}-]" if kind == "delete" else f"{{+{run}+}}"
                   for kind, run in marked_differences(memory_source, text))
