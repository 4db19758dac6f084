"""Inline rules that make markdown-it-py behave like Goldmark, the Markdown engine of Hugo.

Goldmark parses inline text in one left-to-right pass in which a parser is
"triggered" by the character at the current position.  Two of its extensions
depend on that pass in ways markdown-it's own plugins do not reproduce:

* the typographer decides per quote character, from the character before it in
  the source and the bytes after it on the same line, with a few English
  special cases ("don't", "'90s", "'twas"); markdown-it's smartquotes pairs
  quotes up afterwards, which gives different results on unbalanced quotes;
* linkify only starts at a whitespace character, at ``(`` or ``~``, at the head
  of a line, or right after any other inline element (emphasis delimiter, code
  span, link, typographer output...); linkify-it finds URLs anywhere and also
  accepts bare domains such as ``example.com`` which Goldmark leaves alone.

The rules below port Goldmark's logic (extension/typographer.go and
extension/linkify.go, checked against the output of Hugo 0.111) onto
markdown-it's inline state.  Goldmark works on UTF-8 bytes and some of its
tests look at ``len(line)`` or ``line[i]``, so the line is encoded before those
tests to keep the same answers on accented text.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable

from markdown_it.rules_inline import StateInline

from editor.model.render.urls import url_escape

# An inline rule of markdown-it: (state, silent) -> whether it matched.
InlineRule = Callable[[StateInline, bool], bool]

# --- character classes, as Goldmark's util package defines them -----------------

_ASCII_PUNCT = frozenset(b"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_ASCII_SPACE = frozenset(b"\t\n\v\f\r ")


def _is_punct_rune(ch: str) -> bool:
    code = ord(ch)
    if code < 128:
        return code in _ASCII_PUNCT
    return unicodedata.category(ch)[0] == "P"


def _is_space_rune(ch: str) -> bool:
    if ord(ch) < 128:
        return ord(ch) in _ASCII_SPACE
    return ch.isspace()


def _is_letter(ch: str) -> bool:
    return ch.isalpha()


def _is_digit(ch: str) -> bool:
    return unicodedata.category(ch) == "Nd"


def _rune_at(data: bytes, index: int) -> str:
    """The character starting at byte ``index`` (Goldmark's util.ToRune)."""
    lead = data[index]
    width = 1 if lead < 0x80 else 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
    return data[index : index + width].decode("utf-8", "replace")[0]


def _preceding(state: StateInline) -> str:
    return state.src[state.pos - 1] if state.pos > 0 else "\n"


def _line(state: StateInline, start: int) -> str:
    """The rest of the source line from ``start``, newline included, as Goldmark peeks it.

    Goldmark sees past a link label's closing bracket, so the limit is the
    whole inline source, not ``state.posMax``.
    """
    end = state.src.find("\n", start)
    return state.src[start:] if end < 0 else state.src[start : end + 1]


# --- typographer ---------------------------------------------------------------

TYPO_TOKEN = "gm_typographer"
"""Token type holding a substitution (an HTML entity by default) written out raw."""


def _push_typo(state: StateInline, text: str, length: int) -> bool:
    token = state.push(TYPO_TOKEN, "", 0)
    token.content = text
    state.pos += length
    return True


def make_typographer_rule(subs: dict[str, str]) -> InlineRule:
    """Inline rule for ``' " - . < >``; ``subs`` maps Goldmark's punctuation names to text."""
    em_dash, en_dash, ellipsis = subs["emDash"], subs["enDash"], subs["ellipsis"]
    laquo, raquo, apostrophe = subs["leftAngleQuote"], subs["rightAngleQuote"], subs["apostrophe"]
    lsquo, rsquo = subs["leftSingleQuote"], subs["rightSingleQuote"]
    ldquo, rdquo = subs["leftDoubleQuote"], subs["rightDoubleQuote"]

    def typographer(state: StateInline, silent: bool) -> bool:
        src, pos = state.src, state.pos
        c = src[pos]
        if silent or c not in "'\"-.<>":
            return False
        if c == "-":
            if em_dash and src.startswith("---", pos):
                return _push_typo(state, em_dash, 3)
            if en_dash and src.startswith("--", pos):
                return _push_typo(state, en_dash, 2)
            return False
        if c == ".":
            if ellipsis and src.startswith("...", pos):
                return _push_typo(state, ellipsis, 3)
            return False
        if c == "<":
            return bool(laquo) and src.startswith("<<", pos) and _push_typo(state, laquo, 2)
        if c == ">":
            return bool(raquo) and src.startswith(">>", pos) and _push_typo(state, raquo, 2)
        return _quote(state, c)

    def _quote(state: StateInline, c: str) -> bool:
        src, pos = state.src, state.pos
        newline = src.find("\n", pos)
        line_end = len(src) if newline < 0 else newline + 1
        # Goldmark looks at a few bytes past the run of quotes and compares the
        # line's length with small numbers only: a short window is enough.
        run_end = pos + 1
        while run_end < line_end and src[run_end] == c:
            run_end += 1
        window_end = min(line_end, run_end + 6)
        line = src[pos:window_end].encode("utf-8")
        n = len(line) if window_end == line_end else 1 << 30
        before = _preceding(state)
        after = _rune_at(line, 1) if n > 1 else " "
        # Flanking as in Goldmark's ScanDelimiter: judged on the character after
        # the whole run of identical quotes, not the next one.
        run = 1
        while run < n and line[run] == line[0]:
            run += 1
        after_run = _rune_at(line, run) if run < n else " "
        before_punct, before_space = _is_punct_rune(before), _is_space_rune(before)
        after_punct, after_space = _is_punct_rune(after_run), _is_space_rune(after_run)
        can_open = not after_space and (not after_punct or before_space or before_punct)
        can_close = not before_space and (not before_punct or after_space or after_punct)
        counter = _counter(state)
        if c == "'":
            if apostrophe:
                # decade abbreviations such as '90s
                if (
                    can_open and not can_close and n > 3
                    and 0x30 <= line[1] <= 0x39 and 0x30 <= line[2] <= 0x39 and line[3] == 0x73
                ):
                    nxt = _rune_at(line, 4) if n > 4 else " "
                    if _is_space_rune(nxt) or _is_punct_rune(nxt):
                        return _push_typo(state, apostrophe, 1)
                # 'twas, 'em, 'net, 'll
                if n > 1 and (_is_go_punct(before) or _is_go_space(before)) and line[1] in b"tenl":
                    return _push_typo(state, apostrophe, 1)
                # any apostrophe between a letter or digit and a letter
                if n > 1 and (_is_digit(before) or _is_letter(before)) and _is_letter(after):
                    return _push_typo(state, apostrophe, 1)
            if lsquo and can_open and not can_close:
                kind = "left"
                # Alice's, I'm, Don't, You'd
                if n > 1 and line[1] in b"smtd" and (n < 3 or line[2] in _ASCII_PUNCT or line[2] in _ASCII_SPACE):
                    kind = "right"
                # I've, I'll, You're
                if n > 2 and line[1:3] in (b"ve", b"ll", b"re") and (
                    n < 4 or line[3] in _ASCII_PUNCT or line[3] in _ASCII_SPACE
                ):
                    kind = "right"
                if kind == "left":
                    counter[0] += 1
                    return _push_typo(state, lsquo, 1)
                return _push_typo(state, rsquo, 1)
            if rsquo:
                # Goldmark's test for "Smiths'" and "doin'" reads
                #   len(line) > 1 && IsSpace(line[0]) || IsPunct(line[0]) && (len(line) > 2 && !IsDigit(line[1]))
                # and line[0] is the quote itself, so it holds whenever a digit does not follow.
                if n > 2 and not _is_digit(after):
                    return _push_typo(state, rsquo, 1)
            if rsquo and counter[0] > 0 and _closes(can_open, can_close, line, n):
                counter[0] -= 1
                return _push_typo(state, rsquo, 1)
            return False
        if ldquo and can_open and not can_close:
            counter[1] += 1
            return _push_typo(state, ldquo, 1)
        if rdquo and counter[1] > 0 and _closes(can_open, can_close, line, n):
            # "Monitor 21"" keeps its inch mark
            if n > 1 and line[1] == 0x22 and _is_go_digit(before):
                return False
            counter[1] -= 1
            return _push_typo(state, rdquo, 1)
        return False

    return typographer


def _closes(can_open: bool, can_close: bool, line: bytes, n: int) -> bool:
    if can_close and not can_open:
        return True
    # Goldmark's "maybe close" test; the precedence of && over || is kept as written there.
    return (
        can_close and can_open and n > 1 and _is_go_punct(_rune_at(line, 1))
        and (n == 2 or (n > 2 and line[2] in _ASCII_PUNCT) or line[2] in _ASCII_SPACE)
    )


def _is_go_punct(ch: str) -> bool:
    """Go's unicode.IsPunct: category P only (no ASCII symbols such as ``$`` or ``+``)."""
    return unicodedata.category(ch)[0] == "P"


def _is_go_space(ch: str) -> bool:
    return ch.isspace()


def _is_go_digit(ch: str) -> bool:
    return unicodedata.category(ch) == "Nd"


def _counter(state: StateInline) -> list[int]:
    """Unclosed single/double quote counts.

    Hugo's Goldmark never resets them, so a quote left open in one paragraph
    lets a quote in a later paragraph, list item or cell close: they live in
    the document's ``env``.
    """
    counter = state.env.get("gm_quotes")
    if counter is None:
        counter = state.env["gm_quotes"] = [0, 0]
    return counter


# --- linkify -------------------------------------------------------------------

_URL_RE = re.compile(
    r"(?:http|https|ftp)://[-a-zA-Z0-9@:%._+~#=]{1,256}\.[a-z]+(?::[0-9]+)?"
    r"(?:[/#?][-a-zA-Z0-9@:%_+.~#$!?&/=();,'\">^{}\[\]`]*)?"
)
_WWW_RE = re.compile(
    r"www\.[-a-zA-Z0-9@:%._+~#=]{1,256}\.[a-z]+(?:[/#?][-a-zA-Z0-9@:%_+.~#!?&/=();,'\">^{}\[\]`]*)?"
)
_EMAIL_LOCAL = "A-Za-z0-9.!#$%&'*+/=?^_`{|}~-"
_EMAIL_RE = re.compile(
    rf"[{_EMAIL_LOCAL}]+@"
    r"[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*"
)
CANDIDATE = rf"(?:https?:|ftp:|www\.|[A-Za-z0-9][{_EMAIL_LOCAL}]*@)"
"""What may follow a trigger for linkify to be worth trying."""
URL_CANDIDATE = r"(?:https?:|ftp:|www\.)"
"""The same without e-mail addresses; used to stop the text rule before a URL."""
_CANDIDATE_RE = re.compile(CANDIDATE)
_CANDIDATE_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_TRAILING = frozenset("?!.,:*_~")


def _match_link(line: str) -> tuple[int, str] | None:
    """Length of a Goldmark autolink at the start of ``line`` and its kind, or None."""
    kind = "url"
    m = _URL_RE.match(line) if line.startswith(("http:", "https:", "ftp:")) else None
    if m is None and line.startswith("www."):
        m = _WWW_RE.match(line)
        kind = "www"
    if m is not None:
        stop = m.end()
        last = line[stop - 1]
        if last == ".":
            stop -= 1
        elif last == ")":
            closing = line.count(")", 0, stop) - line.count("(", 0, stop)
            if closing > 0:
                stop -= closing
        elif last == ";":
            i = stop - 2
            while i >= 0 and line[i].isascii() and line[i].isalnum():
                i -= 1
            if i != stop - 2 and line[i] == "&":
                stop = i
    else:
        if not line or (ord(line[0]) < 128 and ord(line[0]) in _ASCII_PUNCT):
            return None
        m = _EMAIL_RE.match(line)
        if m is None:
            return None
        kind = "email"
        stop = m.end()
        at = line.index("@")
        if "." not in line[at : stop - 1]:
            return None
        if line[stop - 1] == ".":
            stop -= 1
        if stop < len(line) and line[stop] in "-_":
            return None
    i = stop - 1
    while i > 0 and line[i] in _TRAILING:
        i -= 1
    return i + 1, kind


def make_linkify_rule(www_protocol: str) -> InlineRule:
    """Inline rule placed before markdown-it's text rule, see the module docstring."""

    def linkify(state: StateInline, silent: bool) -> bool:
        src, pos = state.src, state.pos
        c = src[pos]
        # cheapest tests first: this rule runs before the text rule at every stop
        if c in " (~":  # a tab calls the same parsers but Goldmark only steps over a space
            start = pos + 1
        elif (
            c in _CANDIDATE_FIRST
            and (c in "hfw" or "@" in src)
            and _is_head(state)
            and _CANDIDATE_RE.match(src, pos)
        ):
            start = pos
        else:
            return False
        if silent or state.linkLevel > 0 or getattr(state, "_gm_open_labels", 0) > 0:
            return False
        found = _match_link(_line(state, start).rstrip("\n"))
        if found is None:
            return False
        length, kind = found
        text = src[start : start + length]
        if start != pos:
            state.append_pending(c)
        if kind == "email":
            href = "mailto:" + text
        elif kind == "www":
            href = f"{www_protocol}://{text}"
        else:
            href = text
        token = state.push("link_open", "a", 1)
        token.attrs = {"href": url_escape(href)}
        token.markup = "linkify"
        token.info = "auto"
        token = state.push("text", "", 0)
        token.content = text
        token = state.push("link_close", "a", -1)
        token.markup = "linkify"
        token.info = "auto"
        state.pos = start + length
        return True

    return linkify


def make_text_rule(stops: re.Pattern[str], emails: bool) -> InlineRule:
    """markdown-it's text rule, stopping where the Goldmark rules above need to look.

    ``stops`` holds markdown-it's terminators and the typographer's and URL
    triggers.  An e-mail address may also start after a space or ``(``;
    testing that with a look-ahead after every space made the scan several
    times slower, so those places are found once per text from its ``@``s.
    """

    def text(state: StateInline, silent: bool) -> bool:
        pos = state.pos
        src = state.src
        found = stops.search(src, pos)
        end = found.start() if found else state.posMax
        if emails and "@" in src:
            before_emails = _email_triggers(state)
            index = bisect.bisect_left(before_emails, pos)
            if index < len(before_emails) and before_emails[index] < end:
                end = before_emails[index]
        if end > state.posMax:
            end = state.posMax
        if end == pos:
            return False
        if not silent:
            state.append_pending(src[pos:end])
        state.pos = end
        return True

    return text


_EMAIL_LOCAL_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.!#$%&'*+/=?^_`{|}~-")


def _email_triggers(state: StateInline) -> list[int]:
    """Positions of a space or ``(`` right before a run of e-mail characters ending in ``@``."""
    cached: list[int] | None = getattr(state, "_gm_email_triggers", None)
    if cached is not None:
        return cached
    src = state.src
    found: list[int] = []
    at = src.find("@")
    while at >= 0:
        start = at
        while start > 0 and src[start - 1] in _EMAIL_LOCAL_CHARS:
            start -= 1
        if 0 < start < at and src[start].isascii() and src[start].isalnum() and src[start - 1] in " (":
            found.append(start - 1)
        at = src.find("@", at + 1)
    state._gm_email_triggers = found  # type: ignore[attr-defined]
    return found


def _is_head(state: StateInline) -> bool:
    """True where Goldmark would be at the start of a line or right after an inline node.

    markdown-it flushes pending text whenever a rule emits a token, so an empty
    pending buffer means the same, except after backslash escapes and entity
    references, which markdown-it turns into tokens and Goldmark keeps as text.
    """
    if state.pending:
        return False
    return not state.tokens or state.tokens[-1].type != "text_special"


def open_label_rule(state: StateInline, silent: bool) -> bool:
    """Track ``[`` that did not start a link; Goldmark does not linkify inside them.

    Runs after markdown-it's link, image and footnote rules, so reaching it at
    ``[`` (or ``![``) means no link was found there; Goldmark keeps such a
    bracket open until the next ``]``.
    """
    if silent:
        return False
    src, pos = state.src, state.pos
    c = src[pos]
    if c == "!" and src.startswith("![", pos):
        state.append_pending("![")
        state.pos += 2
    elif c == "[":
        state.append_pending("[")
        state.pos += 1
    elif c == "]" and getattr(state, "_gm_open_labels", 0) > 0:
        state.append_pending("]")
        state.pos += 1
        state._gm_open_labels -= 1  # type: ignore[attr-defined]
        return True
    else:
        return False
    state._gm_open_labels = getattr(state, "_gm_open_labels", 0) + 1  # type: ignore[attr-defined]
    return True


# --- line ends -----------------------------------------------------------------


def newline_rule(state: StateInline, silent: bool) -> bool:
    """markdown-it's newline rule with Goldmark's trimming of the spaces before a line end.

    Goldmark drops one space or tab before a soft break, and the two spaces of
    a hard break plus one more space or tab before them; markdown-it drops a
    single space, or every space before a hard break.  Only the bytes differ,
    not the rendering, but keeping them equal keeps the output comparable.
    """
    pos = state.pos
    src = state.src
    if src[pos] != "\n":
        return False
    if not silent:
        pending = state.pending
        if pending.endswith("  "):
            cut = 3 if len(pending) > 2 and pending[-3] in " \t" else 2
            state.pending = pending[:-cut]
            state.push("hardbreak", "br", 0)
        else:
            if pending and pending[-1] in " \t":
                state.pending = pending[:-1]
            state.push("softbreak", "br", 0)
    pos += 1
    end = state.posMax
    while pos < end and src[pos] in " \t":
        pos += 1
    state.pos = pos
    return True
