"""Core rules that bring markdown-it's token stream to what Goldmark builds.

They run between block and inline parsing (Unicode spaces, heading
attributes) or after it (heading ids, task list checkboxes), plus the
footnote clean-up and one block-rule wrapper for link reference
definitions.  Each says which Goldmark behaviour it reproduces.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from markdown_it import MarkdownIt
from markdown_it.common.utils import MD_TRIM_CHARS
from markdown_it.rules_block import StateBlock, reference
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

_ATTRIBUTES_RE = re.compile(r"[ \t]*\{([^{}\n]*)\}[ \t]*$")
# Goldmark's ``#id`` and ``.class``: any run of characters but spaces and ASCII punctuation other
# than ``_ - : .`` ("#a.b" is the id "a.b", not an id and a class).
_NAME = r"""[^\s!"#$%&'()*+,/;<=>?@\[\\\]^`{|}~]+"""
_ATTRIBUTE_RE = re.compile(
    rf"""\s*(?:\#({_NAME})|\.({_NAME})|([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`{{}}]+))"""
)
# An ATX heading's closing sequence before its attributes ("## Title ## {#id}"): Goldmark drops it.
_CLOSING_BEFORE_ATTRIBUTES = re.compile(r"(?:^|[ \t])#+$")


def _parse_attributes(text: str) -> list[tuple[str, str]] | None:
    attrs: list[tuple[str, str]] = []
    pos = 0
    while pos < len(text.rstrip()):
        m = _ATTRIBUTE_RE.match(text, pos)
        if m is None:
            return None
        ident, cls, key, value = m.groups()
        if ident is not None:
            attrs.append(("id", ident))
        elif cls is not None:
            attrs.append(("class", cls))
        else:
            attrs.append((key, value[1:-1] if value[0] in "\"'" else value))
        pos = m.end()
    return attrs


def heading_attributes_rule(enabled: bool) -> Callable[[StateCore], None]:
    """Goldmark's ``## Title {#id .class}``: attributes taken off the heading's last line."""

    def heading_attributes(state: StateCore) -> None:
        if not enabled:
            return
        tokens = state.tokens
        for i, token in enumerate(tokens):
            if token.type != "heading_open":
                continue
            inline = tokens[i + 1]
            m = _ATTRIBUTES_RE.search(inline.content)
            if m is None:
                continue
            attrs = _parse_attributes(m.group(1))
            if attrs is None:
                continue
            content = inline.content[: m.start()].rstrip()
            if token.markup.startswith("#"):
                content = _CLOSING_BEFORE_ATTRIBUTES.sub("", content).rstrip()
            inline.content = content
            for key, value in attrs:
                if key == "class" and "class" in token.attrs:
                    token.attrs["class"] = f"{token.attrs['class']} {value}"
                else:
                    token.attrs[key] = value

    return heading_attributes


# markdown-it trims paragraph and heading text with JavaScript's notion of
# whitespace, which includes no-break and other Unicode spaces; Goldmark trims
# only ASCII spaces and tabs, so a trailing U+00A0 (common in text pasted from
# Word) stays in Hugo's output.
_UNICODE_TRIM = "".join(ch for ch in MD_TRIM_CHARS if ch not in " \t\n\v\f\r")
_UNICODE_TRIM_RE = re.compile(f"[{re.escape(_UNICODE_TRIM)}]")


def restore_unicode_spaces(state: StateCore) -> None:
    if not _UNICODE_TRIM_RE.search(state.src):
        return
    lines = state.src.split("\n")
    tokens = state.tokens
    for i, token in enumerate(tokens):
        if token.type != "inline" or token.map is None or not token.content:
            continue
        opening = tokens[i - 1]
        first, last = token.map[0], token.map[1] - 1
        if opening.type == "heading_open" and not opening.markup.startswith("#"):
            last -= 1  # a setext heading's underline
        elif opening.type not in ("paragraph_open", "heading_open"):
            continue
        if last >= len(lines):
            continue
        content = token.content
        # Leading: the trimmed run just before the text on its first source line,
        # less the ASCII indentation that Goldmark drops too.
        head = lines[first]
        start = content.split("\n", 1)[0]
        at = head.rfind(start)
        if at > 0:
            before = head[:at]
            lead = before[len(before.rstrip(MD_TRIM_CHARS)) :].lstrip(" \t")
            content = lead + content
        # Trailing: everything after the text that is not an ASCII space or tab.
        tail = lines[last].rstrip(" \t\r")
        kept = tail[len(tail.rstrip(MD_TRIM_CHARS)) :]
        if kept and _UNICODE_TRIM_RE.search(kept) and tail[: -len(kept)].endswith(content[-1]):
            content += kept
        token.content = content


_TASK_RE = re.compile(r"\[([ \t\n\f\rxX])\][ \t\n\f\r]*")


def headings_and_tasks_rule(
    auto_heading_id: bool, id_type: str, task_list: bool
) -> Callable[[StateCore], None]:
    """Heading ids and task list checkboxes, in one pass over the tokens."""

    def postprocess(state: StateCore) -> None:
        tokens = state.tokens
        used_ids = _UsedIds()
        for i, token in enumerate(tokens):
            if token.type != "inline":
                continue
            children = token.children or []
            opening = tokens[i - 1]
            if opening.type == "heading_open":
                if auto_heading_id:
                    _set_heading_id(opening, token.content, used_ids, id_type)
                elif "id" in opening.attrs:
                    used_ids.add(str(opening.attrs["id"]))
            if (
                task_list
                and opening.type in ("paragraph_open", "heading_open")
                and i >= 2
                and tokens[i - 2].type == "list_item_open"
                and children
                and children[0].type == "text"
            ):
                _task_checkbox(children)

    return postprocess


def _task_checkbox(children: list[Token]) -> None:
    first = children[0]
    m = _TASK_RE.match(first.content)
    if m is None:
        return
    box = Token("gm_checkbox", "input", 0)
    box.meta = {"checked": m.group(1) in "xX"}
    first.content = first.content[m.end() :]
    children.insert(0, box)


class _UsedIds(set):
    """The ids taken so far, and per anchor the first suffix not yet known to be taken.

    Ids are only ever added, so a suffix found taken stays taken: the next duplicate of an
    anchor resumes where the previous one stopped instead of counting from 1 again (which made
    n identical headings cost n² lookups). The ids come out exactly as Hugo's.
    """

    def __init__(self) -> None:
        super().__init__()
        self.next_suffix: dict[str, int] = {}


def _set_heading_id(opening: Token, content: str, used: _UsedIds, kind: str) -> None:
    """Goldmark derives the id from the raw source of the heading's last line, not the rendered text."""
    if "id" in opening.attrs:
        used.add(str(opening.attrs["id"]))
        return
    line = content.rsplit("\n", 1)[-1]
    anchor = _blackfriday_anchor(line) if kind == "blackfriday" else _github_anchor(line, kind == "github-ascii")
    if not anchor:
        anchor = "heading"
    if anchor in used:
        n = used.next_suffix.get(anchor, 1)
        while f"{anchor}-{n}" in used:
            n += 1
        used.next_suffix[anchor] = n + 1
        anchor = f"{anchor}-{n}"
    used.add(anchor)
    opening.attrs["id"] = anchor


def _github_anchor(text: str, ascii_only: bool) -> str:
    if ascii_only:
        text = "".join(
            ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn"
        )
        text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    for ch in text.strip():
        if ch == " " or ch == "-":
            out.append("-")
        elif ascii_only and ord(ch) > 127:
            continue
        elif ch == "_" or ch.isalpha() or unicodedata.category(ch) == "Nd":
            low = ch.lower()
            out.append(low if len(low) == 1 else ch)
    return "".join(out)


def _blackfriday_anchor(text: str) -> str:
    out: list[str] = []
    dash = False
    for ch in text:
        if ch.isalpha() or unicodedata.category(ch)[0] == "N":
            if dash and out:
                out.append("-")
            dash = False
            out.append(ch.lower())
        else:
            dash = True
    return "".join(out)


def first_footnote_wins(state: StateCore) -> None:
    """Goldmark keeps the first of two definitions with the same label; the plugin keeps the last."""
    seen: set[str] = set()
    kept: list[Token] = []
    dropping = False
    for token in state.tokens:
        if token.type == "footnote_reference_open":
            label = str(token.meta.get("label"))
            dropping = label in seen
            seen.add(label)
        if not dropping:
            kept.append(token)
        if token.type == "footnote_reference_close":
            dropping = False
    if len(kept) != len(state.tokens):
        state.tokens = kept


# --- block helper ------------------------------------------------------------------


_SETEXT_UNDERLINE = re.compile(r"(?:-+|=+)[ \t]*$")


def reference_definitions_plugin(md: MarkdownIt) -> None:
    """Text right after a link reference definition continues a paragraph, as in Goldmark.

    Goldmark (like cmark) reads definitions off the start of a paragraph, so
    the next line is paragraph text unless it could interrupt a paragraph: an
    indented line, ``2)``, an empty ``*`` or ``<span>`` stays text there.
    markdown-it ends the definition as a block of its own and parses the next
    line afresh.  After a definition this wrapper hands such a line straight
    to the setext-heading and paragraph rules.
    """
    ruler = md.block.ruler

    def gm_reference(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        if not reference(state, start, end, silent):
            return False
        line = state.line
        if silent or line >= end or state.isEmpty(line) or state.sCount[line] < state.blkIndent:
            return True
        underline = state.sCount[line] - state.blkIndent < 4 and _SETEXT_UNDERLINE.match(
            state.src, state.bMarks[line] + state.tShift[line], state.eMarks[line]
        )
        if underline or reference(state, line, end, True):
            # another definition, or an underline that finds no heading text: a fresh start
            return True
        # asked as the paragraph rule asks, so that e.g. an empty list item may not interrupt
        parent_type, state.parentType = state.parentType, "paragraph"
        interrupts = any(rule(state, line, end, True) for rule in ruler.getRules("paragraph"))
        state.parentType = parent_type
        if interrupts:
            return True
        rules = dict(zip(ruler.get_active_rules(), ruler.getRules("")))
        # the line continues a paragraph however far it is indented
        indent = state.sCount[line]
        state.sCount[line] = min(indent, state.blkIndent + 3)
        try:
            for name in ("lheading", "paragraph"):
                if rules[name](state, line, end, False):
                    break
        finally:
            state.sCount[line] = indent
        return True

    ruler.at("reference", gm_reference)
