"""Markdown body → HTML, as the site's Hugo (Goldmark) would render it.

Hugo renders posting bodies with Goldmark: CommonMark plus the typographer,
linkify, table, strikethrough, definition list, footnote and task list
extensions, GitHub-style heading ids and, unless ``markup.goldmark.renderer.unsafe``
is set, raw HTML replaced by ``<!-- raw HTML omitted -->``.  The site in
``config/_default/config.yaml`` sets no ``markup`` options, so those defaults
apply; ``RenderOptions.from_hugo_config`` reads them when a site does.

markdown-it-py is the CommonMark core.  Where Goldmark differs, small rules
close the gap: the typographer and linkify inline rules of ``render_inline``,
the block and core rules of ``render_table``, ``render_deflist``,
``render_lists`` and ``render_core`` (tables, definition lists, heading ids,
task lists...), ``render_goldmark`` for the older CommonMark rules Goldmark 1.5
follows, and renderer overrides for raw HTML, dangerous URLs, image alt text, fenced code
and footnotes.  ``tests/model/render/test_hugo_conformance.py`` compares the
result with the real ``hugo`` on the corpus.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml, unescapeAll
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.footnote.index import footnote_def

from editor.model.render import core
from editor.model.render import goldmark as older
from editor.model.render import highlight as render_highlight
from editor.model.render import inline as gm
from editor.model.render.deflist import deflist_plugin
from editor.model.render.lists import empty_items_rule
from editor.model.render.shared_parser import ready_for_threads
from editor.model.render.table import find_table, table_block_plugin, tables_rule
from editor.model.render.urls import is_dangerous_url, url_escape

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
    # markup.highlight: fences in a language Chroma knows are highlighted (render_highlight)
    code_fences: bool = True
    highlight_style: str = "monokai"
    highlight_no_classes: bool = True
    highlight_tab_width: int = 4

    @classmethod
    def of_site(cls, site: Any) -> RenderOptions:
        """The options of ``site`` (an :class:`editor.model.hugo.config.Site`; None: Hugo's defaults)."""
        config = getattr(site, "config", None)
        return cls.from_hugo_config(config) if config else cls()

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
        highlight = _section(_section(config, "markup"), "highlight")
        take(highlight, "codeFences", "code_fences")
        take(highlight, "style", "highlight_style")
        take(highlight, "noClasses", "highlight_no_classes")
        take(highlight, "tabWidth", "highlight_tab_width")
        kinds = {f.name: f.type for f in fields(cls)}
        for name, value in list(values.items()):
            if kinds[name] == "bool":
                values[name] = bool(value)
            elif kinds[name] == "int":
                try:
                    values[name] = int(value)
                except (TypeError, ValueError):
                    del values[name]  # Hugo refuses such a site; keep the default
            elif kinds[name] == "str":
                values[name] = str(value).lower() if name == "auto_heading_id_type" else str(value)
        return cls(**values)


def _table_header(text: str) -> int | None:
    """Index of the line that heads a table in this paragraph text, if Goldmark finds one."""
    found = find_table(text.split("\n"))
    return None if found is None else found[0] - 1


def _section(mapping: Any, key: str) -> Mapping[str, Any]:
    if not isinstance(mapping, Mapping):
        return {}
    for k, v in mapping.items():
        if str(k).lower() == key.lower() and isinstance(v, Mapping):
            return {str(kk).lower(): vv for kk, vv in v.items()}
    return {}


def render_body(markdown: str, options: RenderOptions | None = None) -> str:
    """The HTML that Hugo puts in ``.Content`` for this Markdown body (front matter removed).

    The last results are kept: a preview asks again for an unchanged body
    (switching postings, editing the front matter), and rendering a 5 KB
    body takes a few milliseconds.
    """
    return _render(markdown, options or RenderOptions())


def heading_ids(markdown: str, options: RenderOptions | None = None) -> list[tuple[int, str | None]]:
    """Each heading of ``markdown`` in order: the 0-based line its id comes from (its last line of
    text, where a ``{#id}`` attribute goes) and the id Hugo gives it (None: the site makes none)."""
    tokens = _block_parser(options or RenderOptions()).parse(markdown)
    found = []
    for token in tokens:
        if token.type == "heading_open" and token.map is not None:
            setext = not token.markup.startswith("#")
            anchor = token.attrs.get("id")
            found.append((token.map[1] - (2 if setext else 1), None if anchor is None else str(anchor)))
    return found


@functools.lru_cache(maxsize=8)
def _block_parser(options: RenderOptions) -> MarkdownIt:
    """The renderer's parser without its inline pass: the blocks, and each heading's id (taken
    from the heading's own source line, as Goldmark does, never from its parsed inline text).
    :func:`heading_ids` reads nothing else, and the inline pass was four fifths of its time."""
    md = _markdown_it.__wrapped__(options)
    md.core.ruler.disable("inline")
    return ready_for_threads(md)


SUMMARY_DIVIDER = "<!--more-->"
_DIVIDER_RE = re.compile(re.escape(SUMMARY_DIVIDER) + r"\s*")


@functools.lru_cache(maxsize=32)
def _render(markdown: str, options: RenderOptions) -> str:
    if SUMMARY_DIVIDER not in markdown:
        return str(_markdown_it(options).render(markdown))
    # Hugo cuts the page at its first summary divider before Goldmark sees the
    # text: what follows starts afresh, without its leading white space, after
    # a paragraph break, and the content loses its final line break.
    html = str(_markdown_it(options).render(_DIVIDER_RE.sub("\n\n", markdown, count=1)))
    return html.rstrip("\n")


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
    md.normalizeLink = url_escape  # type: ignore[method-assign]
    md.normalizeLinkText = lambda link: link  # type: ignore[method-assign]
    if options.footnote:
        footnote_plugin(md, inline=False)  # Goldmark has no ^[inline] footnotes
        # Goldmark lets a definition end a blockquote's lazy paragraph, and keeps the first of duplicates.
        md.block.ruler.at("footnote_def", footnote_def, {"alt": ["paragraph", "reference", "blockquote"]})
        md.core.ruler.before("footnote_tail", "gm_first_footnote", core.first_footnote_wins)
        _add_footnote_renderers(md)
    if options.definition_list:
        deflist_plugin(md, _table_header if options.table else None)
    core.reference_definitions_plugin(md)
    md.inline.ruler.at("newline", gm.newline_rule)
    rules = {rule.name: rule.fn for rule in md.inline.ruler.__rules__}
    older.use_goldmark_delimiters(md)
    md.inline.ruler.at("html_inline", older.old_comments(rules["html_inline"]))
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
    md.core.ruler.before("inline", "gm_unicode_spaces", core.restore_unicode_spaces)
    md.core.ruler.before("inline", "gm_empty_items", empty_items_rule)
    if options.table:
        table_block_plugin(md)
        md.core.ruler.before("inline", "gm_tables", tables_rule)
    md.core.ruler.before("inline", "gm_atx_closing_spaces", older.atx_closing_spaces)
    md.core.ruler.before("inline", "gm_heading_attributes", core.heading_attributes_rule(options.heading_attributes))
    md.core.ruler.before(
        "text_join",
        "gm_headings_and_tasks",
        core.headings_and_tasks_rule(options.auto_heading_id, options.auto_heading_id_type, options.task_list),
    )
    _add_renderers(md, options)
    return ready_for_threads(md)  # shared by the preview's and the checks' threads


# --- rendering ---------------------------------------------------------------------


def _add_renderers(md: MarkdownIt, options: RenderOptions) -> None:
    unsafe = options.unsafe
    br = "<br />" if options.xhtml else "<br>"
    void_end = " />" if options.xhtml else ">"

    def raw(self: Any, tokens: Sequence[Token], idx: int, opts: Any, env: Any) -> str:
        return tokens[idx].content

    def html_block(self: Any, tokens: Sequence[Token], idx: int, opts: Any, env: Any) -> str:
        content = tokens[idx].content
        if not unsafe:
            # Goldmark keeps a closing line (``</script>``, ``-->``...) as a node of its own
            content = RAW_HTML_OMITTED + "\n"
            if older.html_block_has_closing_line(tokens[idx].content):
                content += content
        return _after_hidden(tokens, idx) + content

    def html_inline(self: Any, tokens: Sequence[Token], idx: int, opts: Any, env: Any) -> str:
        return tokens[idx].content if unsafe else RAW_HTML_OMITTED

    def link_open(self: Any, tokens: Sequence[Token], idx: int, opts: Any, env: Any) -> str:
        token = tokens[idx]
        if not unsafe and is_dangerous_url(str(token.attrs.get("href", ""))):
            token.attrs["href"] = ""
        return str(self.renderToken(tokens, idx, opts, env))

    def image(self: Any, tokens: Sequence[Token], idx: int, opts: Any, env: Any) -> str:
        token = tokens[idx]
        src = str(token.attrs.get("src", ""))
        if not unsafe and is_dangerous_url(src):
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
        token = tokens[idx]
        # Hugo writes the language as it is in the source: not unescaped, not escaped,
        # cut at the first space or at Goldmark's {attributes}.
        lang = _FENCE_ATTRIBUTES.sub("", token.info.strip()).split(" ", 1)[0]
        html = _after_hidden(tokens, idx)
        if not options.code_fences:  # Hugo leaves the fence to Goldmark's own markup
            start = f'<pre><code class="language-{escapeHtml(unescapeAll(lang))}">' if lang else "<pre><code>"
            return html + f"{start}{escapeHtml(token.content)}</code></pre>\n"
        # Hugo's code block renderer drops the trailing blank lines
        text = token.content.rstrip("\n")
        text = text + "\n" if text else ""
        if lang and render_highlight.knows(lang):
            return html + render_highlight.highlight(
                text, lang, options.highlight_style, options.highlight_no_classes, options.highlight_tab_width
            )
        # what Hugo writes without a language, or one Chroma lacks, with no line break after it
        attrs = f' class="language-{lang}" data-lang="{lang}"' if lang else ""
        return html + f'<pre tabindex="0"><code{attrs}>{escapeHtml(text)}</code></pre>'

    def blockquote_open(self: Any, tokens: Sequence[Token], idx: int, opts: Any, env: Any) -> str:
        return _after_hidden(tokens, idx) + "<blockquote>\n"

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


_FENCE_ATTRIBUTES = re.compile(r"\{[^{}]*\}$")


def _after_hidden(tokens: Sequence[Token], idx: int) -> str:
    """The line break markdown-it's own renderer puts before a block that follows a tight list item's text."""
    return "\n" if idx and tokens[idx - 1].hidden else ""


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
