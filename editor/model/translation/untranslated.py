"""Text left untranslated: a block identical in both languages, a block in the wrong language,
the "not yet translated" marker of a skeleton, a title, description or body filled on one side only.

Names, acronyms, product lists, addresses, code and numbers read the same in both languages, so
a block counts as prose (and can be untranslated) only when it holds a few common words.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from editor.model.checks.unfinished import MARKERS
from editor.model.findings import Finding, Severity
from editor.model.translation.context import FIELD_NAMES, LANGUAGE_NAMES, PairContext, other_language
from editor.model.frontmatter.posting import Posting
from editor.model.translation.text import (GUESS_MINIMUM_COMMON, common_words_in, guess_language, is_prose, normalize,
                                          reading, shorten, title_copied)

if TYPE_CHECKING:
    from editor.model.translation.blocks import Block

_EMPTY = {"", "null", "none", "~"}


def has_marker(text: str) -> str | None:
    for marker in MARKERS.values():
        if marker.casefold() in text.casefold():
            return marker
    return None


def check_untranslated(ctx: PairContext) -> list[Finding]:
    found: list[Finding] = []
    flagged: set[tuple[str, int]] = set()
    found += _markers(ctx, flagged)
    found += _empty_fields(ctx)
    found += _identical(ctx, flagged)
    found += _same_title(ctx, flagged)
    found += _wrong_language(ctx, flagged)
    return found


def _markers(ctx: PairContext, flagged: set) -> list[Finding]:
    found = []
    for lang in ("en", "fr"):
        side = ctx.side(lang)
        for block in side.all_blocks():
            marker = has_marker(block.text)
            if marker:
                flagged.add((lang, block.index))
                found.append(ctx.finding(lang, side.position(block), Severity.WARNING, "translation-marker", text=marker))
    return found


def _empty_fields(ctx: PairContext) -> list[Finding]:
    found = []
    for lang in ("en", "fr"):
        other = other_language(lang)
        for name in FIELD_NAMES:
            mine = ctx.side(lang).posting.get(name)
            theirs = ctx.side(other).posting.get(name)
            if _is_empty(mine) and not _is_empty(theirs):
                found.append(ctx.finding(lang, ctx.side(lang).posting.field_position(name), Severity.WARNING,
                                         f"{name}-not-translated", other_lang=other, text=shorten(str(theirs), 50)))
        mine_body, their_body = ctx.side(lang).posting, ctx.side(other).posting
        # An empty page on the site, not a choice of wording: export's gate stops it.
        if not mine_body.body.strip() and their_body.body.strip():
            found.append(ctx.finding(lang, (mine_body.body_first_line, 1), Severity.WARNING, "body-not-translated",
                                     other_lang=other, words=len(their_body.body.split())))
    return found


def _is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and value.strip().lower() in _EMPTY)


def untranslated_counts(ctx: PairContext) -> dict[str, int]:
    """Per language, how many blocks the ``untranslated-text`` findings of :func:`check_untranslated`
    are about (blocks still marked to translate are counted as markers, not here)."""
    flagged: set[tuple[str, int]] = set()
    _markers(ctx, flagged)
    counts = {"en": 0, "fr": 0}
    for lang, _here, _there in _identical_blocks(ctx, flagged)[0]:
        counts[lang] += 1
    return counts


def _identical_blocks(ctx: PairContext, flagged: set) -> tuple[list, int]:
    """The blocks that read the same in both files, as (language of the file to change, its block,
    the twin in the other file), and how many prose blocks the target has."""
    source, target = ctx.source, ctx.target
    by_text: dict[str, Block] = {}
    for block in ctx.side(source).all_blocks():
        by_text.setdefault(normalize(block.plain), block)
    same = []  # (language of the file to change, its block, the twin in the other file)
    prose = 0
    for block in ctx.side(target).all_blocks():
        if block.kind in ("code", "html"):
            continue
        # A title is short: one common word ("of", "de") is enough to tell it from a name.
        if not (is_prose(block.plain, minimum_words=3, minimum_stopwords=1) if block.kind == "title" else is_prose(block.plain)):
            continue
        prose += 1
        twin = by_text.get(normalize(block.plain))
        if twin is None or (target, block.index) in flagged or (source, twin.index) in flagged:
            continue
        # A source block in the target's language means the source file holds the stray text.
        if guess_language(block.plain, minimum_words=6) == target:
            same.append((source, twin, block))
        else:
            same.append((target, block, twin))
    return same, prose


def _identical(ctx: PairContext, flagged: set) -> list[Finding]:
    source, target = ctx.source, ctx.target
    same, prose = _identical_blocks(ctx, flagged)
    for lang, here, _there in same:
        flagged.add((lang, here.index))
    in_target = [item for item in same if item[0] == target]
    if len(in_target) >= 5 and len(in_target) * 2 >= prose:
        # A posting copied over and never translated: one finding says it better than dozens.
        lang, here, _there = in_target[0]
        same = [item for item in same if item[0] != target]
        found = [ctx.finding(target, ctx.side(target).position(here), Severity.WARNING, "untranslated-text",
                             variant="whole", count=len(in_target), prose=prose, source_lang=source, target_lang=target)]
    else:
        found = []
    for lang, here, there in same:
        other = other_language(lang)
        found.append(ctx.finding(lang, ctx.side(lang).position(here), Severity.WARNING, "untranslated-text",
                                 other_lang=other, where=ctx.side(other).describe(there), text=shorten(here.plain, 60),
                                 lang=lang))
    return found


def _same_title(ctx: PairContext, flagged: set) -> list[Finding]:
    """The translation's title copied from the source's, word for word. The identical-text check
    takes only titles that read as prose ("Head of Product" has no common word to tell it by); a
    title of words, not only acronyms ("CTO", "UX/UI"), is a title to translate."""
    target = ctx.target
    mine, theirs = (ctx.side(lang).fields.get("title") for lang in (target, ctx.source))
    if mine is None or theirs is None or (target, mine.index) in flagged:
        return []
    if not title_copied(mine.plain, theirs.plain):
        return []
    flagged.add((target, mine.index))
    return [ctx.finding(target, ctx.side(target).position(mine), Severity.WARNING, "title-not-translated",
                        variant="same", other_lang=ctx.source, text=shorten(mine.plain, 50))]


def _wrong_language(ctx: PairContext, flagged: set) -> list[Finding]:
    found = []
    for lang in ("en", "fr"):
        side = ctx.side(lang)
        for block in side.all_blocks():
            if (lang, block.index) in flagged or block.kind in ("code", "html", "title"):
                continue
            guess = guess_language(block.plain)
            if guess is not None and guess != lang:
                found.append(ctx.finding(lang, side.position(block), Severity.WARNING, "wrong-language",
                                         guess_lang=guess, lang=lang, text=shorten(block.plain, 60)))
    return found


# ------------------------------------------------------------------------------ a whole file
# Block-level HTML ends one piece of text and starts another, as a blank line does in Markdown.
_HTML_BREAK = re.compile(r"<\s*/?\s*(?:p|li|ul|ol|h[1-6]|div|br|tr|td|th|table|section|blockquote|dd|dt)\b[^>]*>",
                         re.IGNORECASE)
_HTML_TAG = re.compile(r"<[^>]*>")
# Below this many words in the other language, a file is too short to call "mostly" anything.
_MOSTLY_MINIMUM_WORDS = 20


# A body longer than this (the longest real posting file is under 13,000 bytes; a pasted document of
# 50,000 headings is 1.7 MB) is judged by its text up to here: the window reads a saved file's share
# again on the UI thread, and parsing the whole of such a body held it for over a minute.
SHARE_MAX_CHARS = 100_000


def _pieces(posting: Posting) -> list[tuple[str, tuple[int, int]]]:
    """The posting's readable text in pieces (description, paragraphs, list items, HTML blocks' parts),
    each with the file position where it starts; of a body over ``SHARE_MAX_CHARS``, the pieces up to
    the last blank line before that."""
    from editor.model.translation.blocks import split_blocks

    pieces = []
    description = posting.get("description")
    if isinstance(description, str):
        pieces.append((description, posting.field_position("description")))
    first = posting.body_first_line  # counted from the front matter's lines on every call
    body = posting.body
    if len(body) > SHARE_MAX_CHARS:
        cut = body.rfind("\n\n", 0, SHARE_MAX_CHARS)
        body = body[:cut if cut > 0 else SHARE_MAX_CHARS]
    for block in split_blocks(body):
        place = (first + block.content_line, block.content_column + 1)
        if block.kind == "html":
            for part in _HTML_BREAK.split(block.text):
                text = html.unescape(_HTML_TAG.sub(" ", part)).strip()
                if text:
                    pieces.append((text, place))
        elif block.kind != "code":
            pieces.append((block.plain, place))
    return pieces


def _readable_texts(posting: Posting) -> list[str]:
    """The texts of :func:`_pieces` read straight from the parse, without making the body's blocks
    (a count of common words needs no places): the same words, and those of the headings'
    attributes besides, which only add to a count."""
    from editor.model.translation.blocks import body_lines, inline_plain, parse_tokens

    description = posting.get("description")
    texts = [description] if isinstance(description, str) else []
    lines: list[str] | None = None
    for token in parse_tokens(posting.body):
        if token.type == "inline":  # a heading's, a paragraph's or a table cell's: each a block's text
            texts.append(inline_plain(token.children or [])[0])
        elif token.type == "html_block" and token.map and not token.content.strip().startswith("<!--"):
            lines = lines if lines is not None else body_lines(posting.body)
            start, end = token.map  # the block's own lines, as split_blocks takes them
            texts += [html.unescape(_HTML_TAG.sub(" ", part)) for part in _HTML_BREAK.split("\n".join(lines[start:end]))]
    return texts


def language_share(posting: Posting, lang: str) -> tuple[int, int, tuple[int, int] | None]:
    """Words of ``posting`` in pieces that read as ``lang``'s language and as the other one, and where
    the first piece in the other language starts. Pieces too short or too mixed to tell are left out."""
    own = other = 0
    first = None
    for text, place in _pieces(posting):
        guess = guess_language(text)
        if guess is None:
            continue
        count = reading(text)[0]  # the guess read the words already
        if guess == lang:
            own += count
        else:
            other += count
            first = first or place
    return own, other, first


def mostly_other_language(own: int, other: int) -> bool:
    """Whether a file with ``own`` words in its language and ``other`` in the other is mostly in the
    other one (what ``untranslated-file`` reports and the translator's queue lists)."""
    return other >= _MOSTLY_MINIMUM_WORDS and other > own


def check_file_language(posting: Posting, file: str, lang: str) -> list[Finding]:
    """One finding when most of a posting's text is in the other language (a French file that is a copy
    of the English, say). Needs no counterpart: a lone file copied and never translated is caught too."""
    if not posting.valid or lang not in LANGUAGE_NAMES:
        return []
    # A piece reads as the other language only with that many of its common words: when all the
    # pieces together hold fewer, none does and no word is in it. One look at the whole text then
    # answers for nearly every file, instead of a guess for each of its pieces (a fifth of a
    # structural site check).
    if common_words_in(_readable_texts(posting), other_language(lang)) < GUESS_MINIMUM_COMMON:
        return []
    own, other, first = language_share(posting, lang)
    if not mostly_other_language(own, other) or first is None:  # first is set once other > 0
        return []
    total = own + other
    return [Finding(file, *first, Severity.WARNING, "untranslated-file",
                    params={"lang": lang, "other_lang": other_language(lang), "percent": round(100 * other / total)})]
