"""The markdown-it parsers that read posting bodies for the checks and the blocks: CommonMark with
tables and strikethrough (the parts of Hugo's Goldmark that change block structure), and for each
body the same parser without the rules that cannot act on it.

markdown-it tries each block rule at every line start and each inline rule at every character
that may start one; each of these rules fails at once unless the text holds one of its strings
there (a table's header line holds "|", a reference "]:", a fence "```" or "~~~"…). A body
holding none of a rule's strings is parsed without the rule: the same tokens, each rule left out
sparing a call a line. markdown-it-py's sources say where each rule gives up; the real postings
and generated ones give the same tokens either way (tests/model/checks/test_quick_paths.py).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

__all__ = ["parser", "parser_for"]

# The rules that run once a parse or once an inline text do nothing when a body holds none of
# their strings either: ``normalize`` rewrites "\r" and NUL only; ``text_join`` joins the
# ``text_special`` tokens that only ``escape`` and ``entity`` make; the second strikethrough rule
# pairs the "~" delimiters that only the first makes.
_NEEDED: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("block", "table", ("|",)),
    ("block", "blockquote", (">",)),
    ("block", "fence", ("```", "~~~")),
    ("block", "html_block", ("<",)),
    ("block", "reference", ("]:",)),
    ("block", "heading", ("#",)),
    ("inline", "html_inline", ("<",)),
    ("inline", "autolink", ("<",)),
    ("inline", "entity", ("&",)),
    ("inline", "escape", ("\\",)),
    ("inline", "backticks", ("`",)),
    ("inline", "strikethrough", ("~",)),
    ("inline2", "strikethrough", ("~",)),
    ("inline", "image", ("![",)),
    ("core", "normalize", ("\r", "\0")),
    ("core", "text_join", ("\\", "&")),
)
_STRINGS = tuple(sorted({string for _chain, _name, strings in _NEEDED for string in strings}))

# The block rules that act only on a line ending in their marks, whatever comes before (a list
# marker, a quote's ">", spaces), and are tried at every line otherwise: a thematic break, three
# or more of one of "-*_" with only spaces or tabs between and after them (markdown-it's ``hr``);
# a Setext underline, a run of "-" or "=" then only spaces or tabs (``lheading``, which also
# walks each paragraph's lines once more before the paragraph rule does). A line ends at "\n",
# "\r" or the end of the text, as markdown-it's ``normalize`` makes them. A failed ``lheading``
# leaves ``parentType`` at "paragraph", which the paragraph rule then restores; only a list rule
# asked whether it ends a paragraph reads it, and every rule that asks sets it first.
_NEEDED_AT_LINE_END: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("block", "hr", re.compile(r"([-*_])[ \t]*\1[ \t]*\1[ \t]*(?:$|\r)", re.MULTILINE)),
    ("block", "lheading", re.compile(r"[-=][ \t]*(?:$|\r)", re.MULTILINE)),
)
# What a line those rules act on ends with: three of these (or all of a shorter line), since the
# marks and the spaces between and after them are all of its end; only in a quote may another
# character come just before a short underline (">--"). When no line ends so (and no "\r" ends
# one), neither pattern is searched for: the look at the end of each line costs less than a
# pattern tried at each "-" or "*" of a body.
_MARKS = "-=*_ \t"
_MARKED_ENDS = frozenset(a + b + c for a in ("", *_MARKS) for b in ("", *_MARKS) for c in _MARKS)
_END = itemgetter(slice(-3, None))

_RULERS = {"block": lambda md: md.block.ruler, "inline": lambda md: md.inline.ruler,
           "inline2": lambda md: md.inline.ruler2, "core": lambda md: md.core.ruler}


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    """The parser with every rule (shared by threads)."""
    # Imported here: the translation status (a plain ``list``) reads this package, never Markdown.
    from markdown_it import MarkdownIt

    from editor.model.render.shared_parser import ready_for_threads

    return ready_for_threads(MarkdownIt("commonmark").enable(["table", "strikethrough"]))


def parser_for(body: str) -> MarkdownIt:
    """:func:`parser` without the rules that cannot act on ``body``."""
    present = frozenset(compress(_STRINGS, map(body.__contains__, _STRINGS)))  # each string looked for once, in C
    if "\r" in present or ">" in present or not _MARKED_ENDS.isdisjoint(map(_END, body.split("\n"))):
        at_line_end = frozenset(name for _chain, name, pattern in _NEEDED_AT_LINE_END if pattern.search(body))
    else:
        at_line_end = frozenset()
    return _parser_with(present, at_line_end)


@lru_cache(maxsize=128)  # a few combinations in practice
def _parser_with(present: frozenset[str], at_line_end: frozenset[str]) -> MarkdownIt:
    """The parser for a body holding the strings ``present`` and lines that the rules named in
    ``at_line_end`` may act on."""
    unused = frozenset((chain, name) for chain, name, strings in _NEEDED if present.isdisjoint(strings))
    unused |= {(chain, name) for chain, name, _pattern in _NEEDED_AT_LINE_END if name not in at_line_end}
    return _parser_without(unused) if unused else parser()


@lru_cache(maxsize=64)  # one parser for each set of rules left out
def _parser_without(unused: frozenset[tuple[str, str]]) -> MarkdownIt:
    from markdown_it import MarkdownIt

    from editor.model.render.shared_parser import ready_for_threads

    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    for chain, name in unused:
        _RULERS[chain](md).disable(name)
    return ready_for_threads(md)  # shared by threads
