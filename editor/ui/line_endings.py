"""Line endings between a posting file and an editor: editors hold ``\\n`` only, a file keeps its own
(``\\r\\n``, ``\\r`` or ``\\n``), so that an edit never rewrites every line of a file."""

from __future__ import annotations

import re

from editor.model.frontmatter.document import keep_line_endings

# What ends a line as Qt's editors show a text: they take U+2029 (PARAGRAPH SEPARATOR, pasted from
# word processors) for a paragraph break, and give it back as a line break.
SHOWN_BREAKS = re.compile(r"\r\n|\n|\r|\u2029")


def line_ending_of(text: str) -> str:
    for index, char in enumerate(text):
        if char == "\r":
            return "\r\n" if text[index + 1:index + 2] == "\n" else "\r"
        if char == "\n":
            return "\n"
    return "\n"


def without_line_endings(text: str) -> str:
    """``text`` as an editor holds it."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n")


def from_editor(text: str, old: str, newline: str) -> str:
    """An editor's ``text`` replacing ``old``: the line breaks (and U+2029) of the lines kept from
    ``old`` as they were, new lines ending with ``newline``."""
    return keep_line_endings(old, text, newline, SHOWN_BREAKS)
