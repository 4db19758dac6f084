"""The Markdown files of a site's postings folders that are not postings, and why: a folder of
nine drafts without ``layout: job-posting`` listed as "0 postings" left the writer guessing. Worked
out only when asked (the index skips these files before parsing them, and keeps no reason)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from editor.model.findings.catalogue import say
from editor.model.frontmatter.posting import Posting
from editor.model.hugo.config import LANGUAGES
from editor.model.site.index import POSTING_LAYOUT, SiteIndex
from editor.model.storage.files import read_bytes

# Why a file is not a posting, in the order they are said.
NO_LAYOUT = "no-layout"  # front matter without a layout
OTHER_LAYOUT = "other-layout"  # another layout (a site's ordinary pages: "page", "blog")
NO_FRONT_MATTER = "no-front-matter"
BROKEN_FRONT_MATTER = "broken-front-matter"  # cannot be read, and no "layout: job-posting" line in it
REASONS = (NO_LAYOUT, OTHER_LAYOUT, NO_FRONT_MATTER, BROKEN_FRONT_MATTER)
NAMES_SHOWN = 3  # the first few names of each reason; the rest are counted


@dataclass(frozen=True)
class PassedOver:
    """The files passed over for one reason, named from the site's folder; ``layouts``: the other
    layouts met, most frequent first."""

    reason: str
    names: tuple[str, ...]
    layouts: tuple[str, ...] = ()


def passed_over(index: SiteIndex) -> list[PassedOver]:
    """The Markdown files of the site's postings folders that the index did not take as postings,
    grouped by reason (only reasons some file has), each group's files by name."""
    postings = {str(posting.path) for entry in index.pairs for posting in entry.all_postings() if posting.path}
    found: dict[str, list[Path]] = {reason: [] for reason in REASONS}
    layouts: Counter[str] = Counter()
    seen: set[str] = set()
    for lang in LANGUAGES:
        for path in index.site.markdown_files(lang):
            if str(path) in postings or str(path) in seen:
                continue
            seen.add(str(path))
            try:
                raw = read_bytes(path)
            except OSError:
                continue  # the index lists a file it cannot read as a pair of its own
            why = _why(Posting(raw, path, lang), raw)
            if why is None:
                continue
            reason, layout = why
            found[reason].append(path)
            if layout:
                layouts[layout] += 1
    return [PassedOver(reason, tuple(sorted(index.site.relative(path) for path in paths)),
                       tuple(name for name, _ in layouts.most_common()) if reason == OTHER_LAYOUT else ())
            for reason, paths in found.items() if paths]


def _why(posting: Posting, raw: bytes) -> tuple[str, str] | None:
    if not posting.valid:
        starts = raw.removeprefix(b"\xef\xbb\xbf").lstrip()[:3]
        return (BROKEN_FRONT_MATTER if starts in (b"---", b"+++") or starts[:1] == b"{" else NO_FRONT_MATTER), ""
    layout = posting.get("layout")
    if layout is None or str(layout).strip() == "":
        return NO_LAYOUT, ""
    if str(layout) == POSTING_LAYOUT:
        return None  # a posting written since the index was made
    return OTHER_LAYOUT, str(layout)


def passed_over_lines(groups: list[PassedOver], lang: str) -> list[str]:
    """What the command and the window say of ``groups`` in ``lang``: a line on what makes a posting,
    then one line per reason with its count and the first few names (none when ``groups`` is empty)."""
    lines = []
    for group in groups:
        names = ", ".join(group.names[:NAMES_SHOWN])
        more = len(group.names) - NAMES_SHOWN
        if more > 0:
            names = say("passed-over-more", lang, names=names, count=more)
        lines.append(say(f"passed-over-{group.reason}", lang, count=len(group.names), names=names,
                         layouts=", ".join(group.layouts)))
    return [say("passed-over-intro", lang), *lines] if lines else []
