"""Line endings between a posting file and an editor: editors hold ``\\n`` only, a file keeps its own
(``\\r\\n``, ``\\r`` or ``\\n``), so that an edit never rewrites every line of a file."""

from __future__ import annotations


def line_ending_of(text: str) -> str:
    for index, char in enumerate(text):
        if char == "\r":
            return "\r\n" if text[index + 1:index + 2] == "\n" else "\r"
        if char == "\n":
            return "\n"
    return "\n"


def with_line_endings(text: str, newline: str) -> str:
    """Editor text (always ``\\n``) in the file's own line-ending style."""
    return text if newline == "\n" else text.replace("\n", newline)


def without_line_endings(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
