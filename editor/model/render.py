"""Markdown body → HTML, as the site's Hugo (Goldmark) would render it.

Hugo renders posting bodies with Goldmark: CommonMark plus the typographer,
linkify, table, strikethrough, definition list, footnote and task list
extensions, GitHub-style heading ids and, unless ``markup.goldmark.renderer.unsafe``
is set, raw HTML replaced by ``<!-- raw HTML omitted -->``.  The site in
``config/_default/config.yaml`` sets no ``markup`` options, so those defaults
apply; ``RenderOptions.from_hugo_config`` reads them when a site does.

markdown-it-py is the CommonMark core.  Where Goldmark differs, small rules
close the gap: the typographer and linkify inline rules of ``render_inline``,
a core rule for heading ids/attributes, task lists and entity references, and
renderer overrides for raw HTML, dangerous URLs, image alt text, fenced code
and footnotes.  ``tests/model/test_render_hugo_conformance.py`` compares the
result with the real ``hugo`` on the corpus.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.common.utils import MD_TRIM_CHARS, escapeHtml, unescapeAll
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.footnote.index import footnote_def

from editor.model import render_inline as gm
from editor.model.render_deflist import deflist_plugin
from editor.model.render_lists import empty_items_rule
from editor.model.render_table import find_table, table_block_plugin, tables_rule

__all__ = ["RenderOptions", "render_body"]

RAW_HTML_OMITTED = "<!-- raw HTML omitted -->"

# Goldmark's default typographer substitutions, keyed by Hugo's config names.
DEFAULT_SUBSTITUTIONS: dict[str, str] = {
    "leftSingleQuote": "&lsquo;",
    "rightSingleQuote": "&rsquo;",
    "leftDoubleQuote": "&ldquo;",
    "rightDoubleQuote": "&rdquo;",
    "enDash": "&ndash;",
    "emDash": "&mdash;",
    "ellipsis": "&hellip;",
    "leftAngleQuote": "&laquo;",
    "rightAngleQuote": "&raquo;",
    "apostrophe": "&rsquo;",
}


@dataclass(frozen=True)
class RenderOptions:
    """The Goldmark settings that change the HTML; defaults are Hugo's (0.111) defaults.

    Frozen and hashable so that one markdown-it instance is built per distinct value.
    """

    unsafe: bool = False
    hard_wraps: bool = False
    xhtml: bool = False
    typographer: bool = True
    # Overrides of DEFAULT_SUBSTITUTIONS as (name, text) pairs; an empty text disables one.
    typographer_substitutions: tuple[tuple[str, str], ...] = ()
    linkify: bool = True
    linkify_protocol: str = "https"
    table: bool = True
    strikethrough: bool = True
    definition_list: bool = True
    footnote: bool = True
    task_list: bool = True
    auto_heading_id: bool = True
    auto_heading_id_type: str = "github"  # "github", "github-ascii" or "blackfriday"
    heading_attributes: bool = True  # markup.goldmark.parser.attribute.title

    @classmethod
    def from_hugo_config(cls, config: Mapping[str, Any]) -> RenderOptions:
        """Options from a parsed Hugo site config (the ``markup.goldmark`` part; keys are case-insensitive)."""
        goldmark = _section(_section(config, "markup"), "goldmark")
        ext = _section(goldmark, "extensions")
        parser = _section(goldmark, "parser")
        renderer = _section(goldmark, "renderer")
        values: dict[str, Any] = {}

        def take(section: Mapping[str, Any], key: str, name: str) -> None:
            value = section.get(key.lower())
            if value is not None:
                values[name] = value

        take(renderer, "unsafe", "unsafe")
        take(renderer, "hardWraps", "hard_wraps")
        take(renderer, "xhtml", "xhtml")
        for key, name in (
            ("linkify", "linkify"),
            ("linkifyProtocol", "linkify_protocol"),
            ("table", "table"),
            ("strikethrough", "strikethrough"),
            ("definitionList", "definition_list"),
            ("footnote", "footnote"),
            ("taskList", "task_list"),
        ):
            take(ext, key, name)
        typographer = ext.get("typographer")
        if isinstance(typographer, bool):  # Hugo before 0.112 also accepted a plain switch
            values["typographer"] = typographer
        elif isinstance(typographer, Mapping):
            typo = {str(k).lower(): v for k, v in typographer.items()}
            if typo.get("disable") is not None:
                values["typographer"] = not typo["disable"]
            values["typographer_substitutions"] = tuple(
                (name, str(typo[name.lower()]))
                for name in DEFAULT_SUBSTITUTIONS
                if typo.get(name.lower()) is not None
            )
        take(parser, "autoHeadingID", "auto_heading_id")
        take(parser, "autoHeadingIDType", "auto_heading_id_type")
        attribute = parser.get("attribute")
        if isinstance(attribute, bool):
            values["heading_attributes"] = attribute
        elif isinstance(attribute, Mapping):
            title = {str(k).lower(): v for k, v in attribute.items()}.get("title")
            if title is not None:
                values["heading_attributes"] = title
        kinds = {f.name: f.type for f in fields(cls)}
        for name, value in list(values.items()):
            if kinds[name] == "bool":
                values[name] = bool(value)
            elif kinds[name] == "str":
                values[name] = str(value).lower() if name == "auto_heading_id_type" else str(value)
        return cls(**values)


def _section(mapping: Any, key: str) -> Mapping[str, Any]:
    if not isinstance(mapping, Mapping):
        return {}
    for k, v in mapping.items():
        if str(k).lower() == key.lower() and isinstance(v, Mapping):
            return {str(kk).lower(): vv for kk, vv in v.items()}
    return {}


def render_body(markdown: str, options: RenderOptions | None = None) -> str:
    """The HTML that Hugo puts in ``.Content`` for this Markdown body (front matter removed)."""
    return _markdown_it(options or RenderOptions()).render(markdown)


# --- building the parser -----------------------------------------------------------


@functools.lru_cache(maxsize=8)
def _markdown_it(options: RenderOptions) -> MarkdownIt:
    md = MarkdownIt(
        "commonmark",
        {"html": True, "xhtmlOut": options.xhtml, "breaks": options.hard_wraps, "linkify": False},
    )
    if options.strikethrough:
        md.enable("strikethrough")
    # Goldmark keeps links with any scheme and blanks dangerous ones when rendering;
    # it percent-encodes without markdown-it's punycode/decoding steps.
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    md.normalizeLink = gm.url_escape  # type: ignore[method-assign]
    md.normalizeLinkText = lambda text: text  # type: ignore[method-assign]
    if options.footnote:
        footnote_plugin(md, inline=False)  # Goldmark has no ^[inline] footnotes
        # Goldmark lets a definition end a blockquote's lazy paragraph, and keeps the first of duplicates.
        md.block.ruler.at("footnote_def", footnote_def, {"alt": ["paragraph", "reference", "blockquote"]})
        md.core.ruler.before("footnote_tail", "gm_first_footnote", _first_footnote_wins)
        _add_footnote_renderers(md)
    if options.definition_list:
        # Goldmark turns a term paragraph holding a table into the table, and drops the list.
        deflist_plugin(md, (lambda text: find_table(text.split("\n")) is not None) if options.table else None)
    md.inline.ruler.at("newline", gm.newline_rule)
    # Where the text rule must stop for these rules to run; see gm.make_text_rule.
    stops: list[str] = [md.inline.terminator_re.pattern]
    if options.typographer:
        subs = dict(DEFAULT_SUBSTITUTIONS)
        subs.update(options.typographer_substitutions)
        # Right after the text rule: no other rule starts at these characters
        # (``<<`` cannot open a tag or an autolink), so nothing is skipped.
        md.inline.ruler.after("text", "gm_typographer", gm.make_typographer_rule(subs))
        stops.append(r"['\"]|\.\.\.")
    if options.linkify:
        md.inline.ruler.before("text", "gm_linkify", gm.make_linkify_rule(options.linkify_protocol))
        md.inline.ruler.push("gm_open_label", gm.open_label_rule)
        stops.append(rf"[ (](?={gm.URL_CANDIDATE})")
    md.inline.terminator_re = re.compile("|".join(stops))
    md.inline.ruler.at("text", gm.make_text_rule(md.inline.terminator_re, options.linkify))
    md.core.ruler.before("inline", "gm_unicode_spaces", _restore_unicode_spaces)
    md.core.ruler.before("inline", "gm_empty_items", empty_items_rule)
    if options.table:
        table_block_plugin(md)
        md.core.ruler.before("inline", "gm_tables", tables_rule)
    md.core.ruler.before("inline", "gm_heading_attributes", _heading_attributes_rule(options))
    md.core.ruler.before("text_join", "gm_postprocess", _postprocess_rule(options))
    _add_renderers(md, options)
    return md


# --- core rules --------------------------------------------------------------------

_ATTRIBUTES_RE = re.compile(r"[ \t]*\{([^{}\n]*)\}[ \t]*$")
_ATTRIBUTE_RE = re.compile(
    r"""\s*(?:\#([^\s#.{}="']+)|\.([^\s#.{}="']+)|([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`{}]+))"""
)


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


def _heading_attributes_rule(options: RenderOptions):
    """Goldmark's ``## Title {#id .class}``: attributes taken off the heading's last line."""

    def heading_attributes(state: StateCore) -> None:
        if not options.heading_attributes:
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
            inline.content = inline.content[: m.start()].rstrip()
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


def _restore_unicode_spaces(state: StateCore) -> None:
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


def _postprocess_rule(options: RenderOptions):
    """Heading ids and task list checkboxes, in one pass over the tokens."""

    def postprocess(state: StateCore) -> None:
        tokens = state.tokens
        used_ids: set[str] = set()
        for i, token in enumerate(tokens):
            if token.type != "inline":
                continue
            children = token.children or []
            opening = tokens[i - 1]
            if opening.type == "heading_open":
                if options.auto_heading_id:
                    _set_heading_id(opening, token.content, used_ids, options.auto_heading_id_type)
                elif "id" in opening.attrs:
                    used_ids.add(str(opening.attrs["id"]))
            if (
                options.task_list
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


def _set_heading_id(opening: Token, content: str, used: set[str], kind: str) -> None:
    """Goldmark derives the id from the raw source of the heading's last line, not the rendered text."""
    if "id" in opening.attrs:
        used.add(str(opening.attrs["id"]))
        return
    line = content.rsplit("\n", 1)[-1]
    anchor = _blackfriday_anchor(line) if kind == "blackfriday" else _github_anchor(line, kind == "github-ascii")
    if not anchor:
        anchor = "heading"
    if anchor in used:
        n = 1
        while f"{anchor}-{n}" in used:
            n += 1
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


# --- rendering ---------------------------------------------------------------------


def _add_renderers(md: MarkdownIt, options: RenderOptions) -> None:
    unsafe = options.unsafe
    br = "<br />" if options.xhtml else "<br>"
    void_end = " />" if options.xhtml else ">"

    def raw(self: Any, tokens: Sequence[Token], idx: int, opts: Any, env: Any) -> str:
        return tokens[idx].content

    def html_block(self: Any, tokens: Sequence[Token], idx: int, opts: Any, env: Any) -> str:
        return tokens[idx].content if unsafe else RAW_HTML_OMITTED + "\n"

    def html_inline(self: Any, tokens: Sequence[Token], idx: int, opts: Any, env: Any) -> str:
        return tokens[idx].content if unsafe else RAW_HTML_OMITTED

    def link_open(self: Any, tokens: Sequence[Token], idx: int, opts: Any, env: Any) -> str:
        token = tokens[idx]
        if not unsafe and gm.is_dangerous_url(str(token.attrs.get("href", ""))):
            token.attrs["href"] = ""
        return self.renderToken(tokens, idx, opts, env)

    def image(self: Any, tokens: Sequence[Token], idx: int, opts: Any, env: Any) -> str:
        token = tokens[idx]
        src = str(token.attrs.get("src", ""))
        if not unsafe and gm.is_dangerous_url(src):
            src = ""
        html = f'<img src="{escapeHtml(src)}" alt="{escapeHtml(_alt_text(token.children or []))}"'
        title = token.attrs.get("title")
        if title:
            html += f' title="{escapeHtml(str(title))}"'
        return html + void_end

    def checkbox(self: Any, tokens: Sequence[Token], idx: int, opts: Any, env: Any) -> str:
        checked = 'checked="" ' if tokens[idx].meta.get("checked") else ""
        return f'<input {checked}disabled="" type="checkbox"{void_end} '

    def hardbreak(self: Any, tokens: Sequence[Token], idx: int, opts: Any, env: Any) -> str:
        return br + "\n"

    def softbreak(self: Any, tokens: Sequence[Token], idx: int, opts: Any, env: Any) -> str:
        return br + "\n" if options.hard_wraps else "\n"

    def fence(self: Any, tokens: Sequence[Token], idx: int, opts: Any, env: Any) -> str:
        # Hugo hands fenced code with a language to Chroma, which adds colour spans
        # that are not reproduced; this is what Hugo writes for a language Chroma lacks,
        # with no line break after it.
        token = tokens[idx]
        code = escapeHtml(token.content)
        info = token.info.strip()
        if not info:
            return f'<pre tabindex="0"><code>{code}</code></pre>'
        lang = escapeHtml(unescapeAll(info.split(" ", 1)[0]))  # Goldmark cuts at a space only
        return f'<pre tabindex="0"><code class="language-{lang}" data-lang="{lang}">{code}</code></pre>'

    def blockquote_open(self: Any, tokens: Sequence[Token], idx: int, opts: Any, env: Any) -> str:
        return "<blockquote>\n"

    md.add_render_rule(gm.TYPO_TOKEN, raw)
    md.add_render_rule("gm_checkbox", checkbox)
    md.add_render_rule("html_block", html_block)
    md.add_render_rule("html_inline", html_inline)
    md.add_render_rule("link_open", link_open)
    md.add_render_rule("image", image)
    md.add_render_rule("hardbreak", hardbreak)
    md.add_render_rule("softbreak", softbreak)
    md.add_render_rule("fence", fence)
    md.add_render_rule("blockquote_open", blockquote_open)
    if options.strikethrough:
        md.add_render_rule("s_open", lambda self, tokens, idx, opts, env: "<del>")
        md.add_render_rule("s_close", lambda self, tokens, idx, opts, env: "</del>")


def _alt_text(children: Sequence[Token]) -> str:
    """Goldmark's alt text: the children's source text, so typographer entities end up escaped."""
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline", gm.TYPO_TOKEN):
            parts.append(child.content)
        elif child.type == "text_special":
            parts.append(child.markup)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "image":
            parts.append(_alt_text(child.children or []))
    return "".join(parts)


def _first_footnote_wins(state: StateCore) -> None:
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


def _add_footnote_renderers(md: MarkdownIt) -> None:
    """Goldmark's footnote markup: numbered ids ``fn:N``/``fnref:N``, ``fnrefK:N`` for repeated references."""

    def number(token: Token) -> int:
        return int(token.meta["id"]) + 1

    def ref_id(token: Token) -> str:
        sub = int(token.meta.get("subId", 0) or 0)
        return f"fnref{sub if sub > 0 else ''}:{number(token)}"

    def footnote_ref(self: Any, tokens: Sequence[Token], idx: int, opts: Any, env: Any) -> str:
        token = tokens[idx]
        n = number(token)
        return (
            f'<sup id="{ref_id(token)}"><a href="#fn:{n}" class="footnote-ref" '
            f'role="doc-noteref">{n}</a></sup>'
        )

    def block_open(self: Any, tokens: Sequence[Token], idx: int, opts: Any, env: Any) -> str:
        hr = "<hr />" if opts.get("xhtmlOut") else "<hr>"
        return f'<div class="footnotes" role="doc-endnotes">\n{hr}\n<ol>\n'

    def block_close(self: Any, tokens: Sequence[Token], idx: int, opts: Any, env: Any) -> str:
        return "</ol>\n</div>\n"

    def item_open(self: Any, tokens: Sequence[Token], idx: int, opts: Any, env: Any) -> str:
        return f'<li id="fn:{number(tokens[idx])}">\n'

    def item_close(self: Any, tokens: Sequence[Token], idx: int, opts: Any, env: Any) -> str:
        return "</li>\n"

    def anchor(self: Any, tokens: Sequence[Token], idx: int, opts: Any, env: Any) -> str:
        return (
            f'&#160;<a href="#{ref_id(tokens[idx])}" class="footnote-backref" '
            'role="doc-backlink">&#x21a9;&#xfe0e;</a>'
        )

    md.add_render_rule("footnote_ref", footnote_ref)
    md.add_render_rule("footnote_block_open", block_open)
    md.add_render_rule("footnote_block_close", block_close)
    md.add_render_rule("footnote_open", item_open)
    md.add_render_rule("footnote_close", item_close)
    md.add_render_rule("footnote_anchor", anchor)
