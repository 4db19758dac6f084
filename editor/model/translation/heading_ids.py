"""Typography fixes that would change a heading's id, and keeping that id with ``{#id}``.

Hugo derives a heading's id from its text: making the space before a colon non-breaking turns
"exigences-" into "exigences", and every link to ``…#exigences-`` breaks. When the site lets
headings carry attributes (``markup.goldmark.parser.attribute.title``, true by default in Hugo),
the fix can keep the id by writing it out: ``## Exigences : {#exigences-}``. Ids are compared as
the renderer gives them (:func:`editor.model.render.markdown.heading_ids`, Hugo's rules, duplicate
suffixes included), so whatever a fix does to a heading, the ids before and after are known.
"""

from __future__ import annotations

import re

from editor.model.checks.unfinished import MARKERS
from editor.model.render.markdown import RenderOptions, heading_ids

# What ``fix_posting`` does with a fix that would change a heading's id.
SKIP = "skip"  # leave the heading as written (the fix is said in a note)
KEEP = "keep"  # apply it and keep the old id with a {#id} attribute
CHANGE = "change"  # apply it; the id changes
POLICIES = (SKIP, KEEP, CHANGE)

_ATTRIBUTES = re.compile(r"[ \t]*\{([^{}\n]*)\}[ \t]*$")
_CLOSING = re.compile(r"[ \t]+#+[ \t]*$")
_MARKER = re.compile("|".join(re.escape(marker) for marker in MARKERS.values()), re.IGNORECASE)
_OWN_LINK = re.compile(r"\]\(\s*<?#([^\s)>]+)")  # a Markdown link to an id of the same page


def changed_heading_ids(before: str, after: str, options: RenderOptions | None = None,
                        linkable: frozenset[str] | None = None) -> list[tuple[int, str]]:
    """The headings of ``before`` whose id is not the same in ``after`` (the same text with some
    characters changed within its lines): (0-based line of the heading's text, its old id).
    When the headings themselves differ in number or place, every heading with an id counts.
    A heading still marked to translate has no id worth keeping: nothing links to an id made of
    the marker and the other language's words, and translating the heading changes it anyway.
    ``linkable``: the ids a link may point to (see :func:`linkable_ids`), None for every id; a
    heading whose id is not among them (typed since the file was saved) may change freely."""
    old, new = heading_ids(before, options), heading_ids(after, options)
    free = _free(before, old, linkable)
    if [line for line, _ in old] != [line for line, _ in new]:
        return [(line, anchor) for line, anchor in old if anchor is not None and line not in free]
    return [(line, anchor) for (line, anchor), (_, now) in zip(old, new)
            if anchor is not None and anchor != now and line not in free]


def linkable_ids(saved_body: str, body: str, options: RenderOptions | None = None) -> frozenset[str]:
    """The ids of ``body``'s headings that a link may point to: those the saved file's headings have
    (``saved_body``: what the site publishes, or will once saved), and those ``body`` links to
    itself (``](#id)``). A heading typed since the save has neither: fixing it asks nothing."""
    saved = {anchor for _, anchor in heading_ids(saved_body, options) if anchor is not None}
    return frozenset(saved | set(_OWN_LINK.findall(body)))


def _free(text: str, headings: list[tuple[int, str | None]], linkable: frozenset[str] | None) -> set[int]:
    """The lines of ``headings`` whose id may change: still marked to translate, or not ``linkable``."""
    free = _marked(text, headings)
    if linkable is not None:
        free |= {line for line, anchor in headings if anchor is not None and anchor not in linkable}
    return free


def _marked(text: str, headings: list[tuple[int, str | None]]) -> set[int]:
    """The lines of ``headings`` (:func:`heading_ids` of ``text``) still marked to translate."""
    lines = _lines(text) if _MARKER.search(text) else []
    return {line for line, _ in headings if line < len(lines) and _MARKER.search(lines[line])}


def _lines(text: str) -> list[str]:
    return re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z", text)  # the renderer's lines


def with_heading_id(line: str, anchor: str) -> str:
    """The heading line ``line`` with ``{#anchor}`` at its end (inside its attributes when it has
    some; before an ATX heading's closing ``#``s, where Goldmark and every other reader take it)."""
    ending = line[len(line.rstrip("\r\n")):]
    text = line[:len(line) - len(ending)]
    attributes = _ATTRIBUTES.search(text)
    if attributes is not None:
        inside = re.sub(r"(^|\s)#\S+", "", attributes.group(1)).strip()  # an id the renderer refused
        return f"{text[:attributes.start()]} {{#{anchor}{' ' + inside if inside else ''}}}{ending}"
    closing = _CLOSING.search(text)
    if closing is not None and text.lstrip().startswith("#"):
        return f"{text[:closing.start()]} {{#{anchor}}}{text[closing.start():]}{ending}"
    return f"{text.rstrip()} {{#{anchor}}}{ending}"


def keep_heading_ids(before: str, after: str, options: RenderOptions | None = None,
                     linkable: frozenset[str] | None = None) -> tuple[str, list[tuple[int, str]]] | None:
    """``after`` with ``{#old-id}`` on each heading whose id ``before``'s text gave and ``after``'s
    changes, and those (line, id); None when that does not give every heading its old id back
    (the site turned heading attributes off, or the headings moved). ``linkable``: as for
    :func:`changed_heading_ids` (the other headings' ids may change)."""
    changed = changed_heading_ids(before, after, options, linkable)
    if not changed:
        return after, []
    if options is not None and not options.heading_attributes:
        return None
    lines = _lines(after)
    for line, anchor in changed:
        if line >= len(lines):
            return None
        lines[line] = with_heading_id(lines[line], anchor)
    kept = "".join(lines)
    old = heading_ids(before, options)
    free = _free(before, old, linkable)
    if [a for (line, a) in heading_ids(kept, options) if line not in free] != [a for line, a in old if line not in free]:
        return None
    return kept, changed
