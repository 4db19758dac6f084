"""A markdown-it parser made ready to be shared by threads.

markdown-it-py builds some of its tables the first time they are used, in place: each ruler's
chains of rules (``Ruler.__cache__``, emptied and then filled) and mdurl's percent-encoding and
decoding tables (a module-level dict holding a list that is filled after it is stored). A second
thread arriving meanwhile sees them half made: mdurl raised ``IndexError`` in the window (a
preview and a check rendering at once), and a ruler's chain would silently lack rules — a preview
or a check quietly wrong. The parsers this program keeps are shared by its worker threads, so
they are made whole once, on the thread that builds them, before any other can use them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt


def ready_for_threads(md: MarkdownIt) -> MarkdownIt:
    """``md`` with every table it builds lazily built now; returns it."""
    for ruler in (md.core.ruler, md.block.ruler, md.inline.ruler, md.inline.ruler2):
        ruler.getRules("")  # compiles every chain of that ruler at once
    # The link normalisers as this parser has them (the renderer replaces them; the plain parser
    # keeps markdown-it's, which fill mdurl's tables for the characters they leave alone).
    md.normalizeLink("https://example.org/a%20b?c=d#e")
    md.normalizeLinkText("https://example.org/a%20b?c=d#e")
    return md
