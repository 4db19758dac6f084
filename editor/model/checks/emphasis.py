"""Emphasis that never closes: ``*Out of caution, interviews are by video.`` with no closing star.

CommonMark (and Hugo's Goldmark) shows such a star as it is, so the page has a literal ``*``
where the writer meant italics or bold. Found from the parse itself (markdown-it, as the body
checks read it): a star left in the text of a paragraph, opening a word. Stars used as footnote
marks (``salary*`` … ``*Conditions apply``) are left alone: a text with a star closing a word
uses them on purpose.
"""

from __future__ import annotations

import re
from itertools import accumulate

__all__ = ["unclosed_emphasis"]

_OPENING = re.compile(r"(?<![\w*\\])\*{1,3}(?=[^\W_]|[«“\"'(\[])")  # a star run opening a word
# "salary*", "(BBB/BBB)*": a star closing a word is a footnote mark.
_CLOSING_WORD = re.compile(r"(?<=[^\W_)\]»”])\*+(?![^\W_])")
_LONE_CR = re.compile(r"\r(?!\n)")


def unclosed_emphasis(body: str) -> list[tuple[int, int, str]]:
    """(start, end, the words it opens) of each star of ``body`` that opens emphasis it never closes."""
    if "*" not in body:
        return []
    from editor.model.translation.blocks import parse_tokens

    # markdown-it's line numbers count a lone \r as a line end too (a file saved with old Mac line
    # ends): made a \n here, which keeps every offset, so the lines are the ones it counts.
    lines = (_LONE_CR.sub("\n", body) if "\r" in body else body).split("\n")
    starts = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    found = []
    for token in parse_tokens(body):
        if token.type != "inline" or not token.children or token.map is None or "*" not in token.content:
            continue
        text = "".join(child.content for child in token.children if child.type == "text")
        if _CLOSING_WORD.search(text):
            return []  # footnote marks: stars are used as text in this posting
        if not _OPENING.search(text):
            continue
        first, last = token.map
        block = "\n".join(lines[first:last])
        offset = starts[first]
        for match in _OPENING.finditer(block):
            following = block[match.end():match.end() + 12]
            # The star survived the parse when the text still holds it followed by the same words.
            if match.group(0) + following.split("*")[0].split("\n")[0] in text:
                words = " ".join(block[match.end():match.end() + 40].split()[:3])
                found.append((offset + match.start(), offset + match.end(), match.group(0) + words))
    return found
