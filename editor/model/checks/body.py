"""Checks on the Markdown body of a posting: heading order, link text, raw HTML.

The body is parsed with markdown-it (CommonMark plus tables and
strikethrough, the parts of Hugo's Goldmark that change block structure), so
a bold line that merely looks like a heading, or ``#`` inside a code block, is
never mistaken for one.
"""

from __future__ import annotations

import re
from operator import attrgetter

from markdown_it.token import Token

from editor.model.findings import Finding, Severity
from editor.model.translation.blocks import parse_tokens

__all__ = ["check_body", "VAGUE_LINK_TEXTS"]

# Whole link texts that say nothing about the destination. Compared after
# lower-casing and trimming punctuation, so "Click here." matches too.
VAGUE_LINK_TEXTS = frozenset(
    {
        "click here",
        "here",
        "link",
        "this link",
        "read more",
        "learn more",
        "more",
        "cliquez ici",
        "ici",
        "lien",
        "ce lien",
        "en savoir plus",
        "plus",
        "suivant",
        "lien suivant",
        "this page",
        "cette page",
    }
)

# Hugo expands shortcodes before Markdown sees the text, so a shortcode such
# as {{<figure src="x">}} must not be reported as raw HTML.
_SHORTCODE = re.compile(r"\{\{[<%].*?[>%]\}\}", re.DOTALL)
_TRIM = " \t\u00a0\u202f.,:;!?…«»\"'“”‘’()[]"
_TAG_NAME = re.compile(r"</?\s*([A-Za-z][A-Za-z0-9-]*)")

# The tags that turn up in pasted postings: the message says what to write instead of each
# (the wordings are in the finding catalogue, ``raw-html``'s variants).
_ADVISED_TAGS = frozenset({"p", "br", "strong", "b", "em", "i", "a", "ul", "ol", "li", "h2", "h3", "h4"})
# The inline tokens _Checker._inline reports on or locates (a link's text is read between these).
_LOCATED = frozenset({"link_open", "image", "html_inline"})
_TYPE = attrgetter("type")


def check_body(body: str, file: str, first_line: int, *, raw_html_published: bool = False) -> list[Finding]:
    """Findings for a posting body.

    ``first_line`` is the 1-based line of the file on which ``body`` starts,
    so every finding points at a line of the file, not of the body.
    ``raw_html_published``: the site renders raw HTML (Hugo's ``markup.goldmark.renderer.unsafe``), so
    HTML in the body is not reported as left out.
    """
    masked = _SHORTCODE.sub(lambda m: re.sub(r"[^\n]", "x", m.group()), body)
    lines = masked.split("\n")
    checker = _Checker(file, first_line, lines, raw_html_published)
    # The translation checks' token cache: without shortcodes ``masked`` is the body they parse too,
    # so a site check parses each body once instead of twice.
    checker.run(list(parse_tokens(masked)))
    return checker.findings


class _Checker:
    def __init__(self, file: str, first_line: int, lines: list[str], raw_html_published: bool = False) -> None:
        self.file = file
        # A site that sets markup.goldmark.renderer.unsafe publishes raw HTML as written: nothing is lost.
        self.raw_html_published = raw_html_published
        self.first_line = first_line
        self.lines = lines
        self.findings: list[Finding] = []
        # The page title is rendered as the h1, so body headings start under it.
        self.previous_level = 1

    def run(self, tokens: list[Token]) -> None:
        block_map: list[int] | None = None
        for token in tokens:
            if token.map is not None:
                block_map = token.map
            if token.type == "heading_open":
                self._heading(token)
            elif token.type == "html_block":
                self._html_block(token)
            elif token.type == "inline" and token.children:
                self._inline(token.children, token.map or block_map or [0, 1])

    # -- headings -----------------------------------------------------------

    def _heading(self, token: Token) -> None:
        level = int(token.tag[1])
        line, column = self._block_start(token.map)
        if level == 1:
            self._add(line, column, Severity.WARNING, "body-h1")
        elif level > self.previous_level + 1:
            wanted = self.previous_level + 1
            params = {"level": level, "marks": "#" * level, "wanted": wanted, "wanted_marks": "#" * wanted}
            if self.previous_level == 1:
                self._add(line, column, Severity.WARNING, "heading-skip", variant="title", **params)
            else:
                self._add(line, column, Severity.WARNING, "heading-skip", variant="heading",
                          above_level=self.previous_level, **params)
        self.previous_level = level

    # -- raw HTML -----------------------------------------------------------

    def _html_block(self, token: Token) -> None:
        if _is_comment(token.content):
            return
        line, column = self._block_start(token.map)
        self._raw_html(line, column, token.content)

    def _raw_html(self, line: int, column: int, html: str) -> None:
        # Warning, not info: the text silently disappears from the published
        # page (Hugo's default is to leave raw HTML out), which is a real
        # loss for readers, not a matter of style.
        if self.raw_html_published:
            return
        match = _TAG_NAME.search(html)
        tag = match.group(1).lower() if match else ""
        shown = f"<{tag}>" if tag else "HTML"
        # The advice for each tag is in the message catalogue, one wording per tag.
        self._add(line, column, Severity.WARNING, "raw-html", variant=tag if tag in _ADVISED_TAGS else "", shown=shown)

    # -- inline: links and inline HTML ------------------------------------

    def _inline(self, children: list[Token], block_map: list[int]) -> None:
        # Every link, image and HTML tag is located, reported or not, so that
        # the cursor stays in step with the source. Most blocks have none of them:
        # no cursor (the block's text, lower-cased) is made for those.
        if _LOCATED.isdisjoint(map(_TYPE, children)):
            return
        cursor = _Cursor(self.lines, block_map)
        link_text: list[str] | None = None
        link_is_autolink = False
        for child in children:
            if child.type == "link_open":
                link_text = []
                link_is_autolink = child.markup in ("autolink", "linkify")
            elif child.type == "link_close" and link_text is not None:
                if not link_is_autolink:
                    text = "".join(link_text)
                    line, column = cursor.find("[" + text, fallback="[")
                    self._link(line + self.first_line, column, text)
                link_text = None
            elif link_text is not None:
                if child.type in ("text", "code_inline", "image"):
                    link_text.append(child.content)
                elif child.type in ("softbreak", "hardbreak"):
                    link_text.append(" ")
            elif child.type == "image":
                cursor.find("![" + child.content, fallback="![")
            if child.type == "html_inline":
                line, column = cursor.find(child.content)
                if not _is_comment(child.content):
                    self._raw_html(line + self.first_line, column, child.content)

    def _link(self, line: int, column: int, text: str) -> None:
        normalised = " ".join(text.split()).strip(_TRIM).lower()
        if not normalised:
            self._add(line, column, Severity.WARNING, "empty-link-text")
        elif normalised in VAGUE_LINK_TEXTS:
            self._add(line, column, Severity.WARNING, "vague-link-text", text=" ".join(text.split()))

    # -- helpers ------------------------------------------------------------

    def _block_start(self, block_map: list[int] | None) -> tuple[int, int]:
        index = block_map[0] if block_map else 0
        text = self.lines[index] if index < len(self.lines) else ""
        column = len(text) - len(text.lstrip()) + 1
        return index + self.first_line, column

    def _add(self, line: int, column: int, severity: Severity, code: str, *, variant: str = "", **params: object) -> None:
        self.findings.append(Finding(self.file, line, column, severity, code, params=params, variant=variant))


class _Cursor:
    """Finds inline items in the source lines of their block, in order.

    Inline tokens carry no position, so the column comes from searching the
    source; the cursor moves past each match so that two identical links on
    one line get their own columns.
    """

    def __init__(self, lines: list[str], block_map: list[int]) -> None:
        self.lines = lines
        self.start = block_map[0]
        end = max(block_map[1], self.start + 1)
        self.text = "\n".join(lines[self.start:end])
        self.folded = self.text.lower()
        self.offset = 0

    def find(self, needle: str, fallback: str | None = None) -> tuple[int, int]:
        """0-based body line and 1-based column of ``needle``; block start if absent."""
        for candidate in (needle, fallback):
            if not candidate:
                continue
            pos = self._search(candidate)
            if pos < 0:
                continue
            self.offset = pos + 1
            before = self.text[:pos]
            line = self.start + before.count("\n")
            column = pos - (before.rfind("\n") + 1) + 1
            return line, column
        return self.start, 1

    def _search(self, candidate: str) -> int:
        folded = candidate.lower()
        pos = self.folded.find(folded, self.offset)
        if pos < 0 and "\n" not in candidate and " " in candidate:
            # Link text may wrap onto the next line in the source.
            pattern = r"\s+".join(re.escape(part) for part in folded.split())
            match = re.compile(pattern).search(self.folded, self.offset)
            pos = match.start() if match else -1
        return pos


def _is_comment(html: str) -> bool:
    # Hugo drops comments too, which is what their author wants.
    stripped = html.strip()
    return stripped.startswith("<!--") and stripped.endswith("-->")
