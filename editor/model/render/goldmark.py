"""Where Goldmark 1.5 (Hugo 0.111) follows older CommonMark rules than markdown-it-py 4.

markdown-it-py implements spec 0.31; Goldmark in Hugo 0.111 predates it.  The
differences the spec examples show (``tests/model/render/test_commonmark_spec.py``):

* emphasis flanking counts only Unicode *punctuation* (categories P*) as
  punctuation, not symbols (S*), so ``*£*bravo.`` is emphasis;
* an inline HTML comment follows spec 0.30: its text may not start with ``>``
  or ``->`` nor contain ``--``, so ``<!--> x -->`` stays text;
* an ATX heading's closing sequence takes only one space with it:
  ``### bar    ###`` keeps three trailing spaces in its text;
* an HTML block that ends on a closing line of its own (``</script>``,
  ``-->``, ``?>``...) is written as two raw HTML nodes, which Hugo omits twice
  when raw HTML is off.
"""

from __future__ import annotations

import re
import types
import unicodedata
from collections.abc import Callable
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.common.utils import isMdAsciiPunct, isWhiteSpace
from markdown_it.parser_inline import ParserInline
from markdown_it.rules_block.html_block import HTML_SEQUENCES
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.rules_inline.state_inline import Scanned
from markdown_it.token import Token

InlineRule = Callable[[StateInline, bool], bool]


def _is_punct(ch: str) -> bool:
    return isMdAsciiPunct(ord(ch)) or (ord(ch) > 127 and unicodedata.category(ch)[0] == "P")


def _scan_delims(self: StateInline, start: int, canSplitWord: bool) -> Scanned:  # noqa: N803 (markdown-it's name)
    """StateInline.scanDelims with Goldmark's notion of punctuation."""
    src = self.src
    marker = src[start]
    last = src[start - 1] if start > 0 else " "
    pos = start
    while pos < self.posMax and src[pos] == marker:
        pos += 1
    following = src[pos] if pos < self.posMax else " "
    last_punct, next_punct = _is_punct(last), _is_punct(following)
    last_space, next_space = isWhiteSpace(ord(last)), isWhiteSpace(ord(following))
    left = not (next_space or (next_punct and not (last_space or last_punct)))
    right = not (last_space or (last_punct and not (next_space or next_punct)))
    can_open = left and (canSplitWord or not right or last_punct)
    can_close = right and (canSplitWord or not left or next_punct)
    return Scanned(can_open, can_close, pos - start)


class _GoldmarkStateInline(StateInline):
    scanDelims = _scan_delims  # noqa: N815 (markdown-it's name)


def _parse_inline(self: ParserInline, src: str, md: MarkdownIt, env: Any, tokens: list[Token]) -> list[Token]:
    """ParserInline.parse with the state that scans delimiters as Goldmark does."""
    state = _GoldmarkStateInline(src, md, env, tokens)
    self.tokenize(state)
    for rule in self.ruler2.getRules(""):
        rule(state)
    return state.tokens


def use_goldmark_delimiters(md: MarkdownIt) -> None:
    """Emphasis and strikethrough of this parser flank as in Goldmark (a state subclass: no cost per call)."""
    md.inline.parse = types.MethodType(_parse_inline, md.inline)  # type: ignore[method-assign]


_OLD_COMMENT = re.compile(r"<!--(?!>|->)(?:[^-]|-(?!-))*-->")


def old_comments(rule: InlineRule) -> InlineRule:
    """markdown-it's html_inline rule refusing the comments that spec 0.30 refuses."""

    def wrapped(state: StateInline, silent: bool) -> bool:
        if state.src.startswith("<!--", state.pos) and not _OLD_COMMENT.match(state.src, state.pos):
            return False
        return rule(state, silent)

    return wrapped


# The HTML block kinds 1 to 5 end at a condition on a line; the others at a blank line.
_CLOSED_KINDS = HTML_SEQUENCES[:5]


def html_block_has_closing_line(content: str) -> bool:
    """True when this HTML block's end condition is met on a line after its first one."""
    first, _, rest = content.partition("\n")
    text = first.lstrip(" ")
    for opening, closing, _ in _CLOSED_KINDS:
        if opening.search(text):
            return not closing.search(first) and closing.search(rest) is not None
    return False


_CLOSED_ATX = re.compile(r"#{1,6}[ \t]+(.*?)[ \t]([ \t]+)#+[ \t]*$")


def atx_closing_spaces(state: StateCore) -> None:
    """Give back the spaces that Goldmark leaves before an ATX heading's closing ``#``s."""
    lines: list[str] | None = None
    tokens = state.tokens
    for i, token in enumerate(tokens):
        if token.type != "heading_open" or not token.markup.startswith("#") or token.map is None:
            continue
        if lines is None:
            src = state.src
            if "  #" not in src and "\t#" not in src and "\t #" not in src:
                return  # nothing to give back
            lines = state.src.split("\n")
        m = _CLOSED_ATX.search(lines[token.map[0]])
        inline = tokens[i + 1]
        if m is not None and m.group(1) == inline.content:
            inline.content += m.group(2)
