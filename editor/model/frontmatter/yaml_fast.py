"""A quick reader for the front matter most postings have: a flat mapping of one-line scalars.

Reading a site's thousands of postings is mostly reading such front matters, and PyYAML builds a
full node graph for each (with a pure-Python resolver call per scalar). This reader takes apart
only a narrow, common shape and gives up (None) on anything else, leaving the text to the full
reader in ``yaml_safe``:

- one ``key:`` per line at the start of the line, the key plain ASCII (letters, digits, ``_``, ``-``);
- values that are plain one-line scalars, single-quoted ones, double-quoted ones without
  backslashes, empty, or folded/literal block scalars (``>``, ``>-``, ``|``, ``|-``) whose lines
  all have the same indentation;
- blank lines and whole-line comments; trailing comments after a value.

Tabs, line breaks other than LF and CRLF, characters YAML refuses, continuation lines, flow
collections, anchors, tags and anything else are left to the full reader, as are texts it would
reject. What it returns is what ``yaml_safe`` builds from the same text (its property tests and
every corpus file check that); resolving plain scalars (``yes``, ``12``, dates) stays there.
"""

from __future__ import annotations

import re

# Characters other than LF that YAML reads as something else than ordinary text: control
# characters (tabs included, which YAML treats apart), other line breaks, the byte order mark,
# and those its reader refuses. Everything but LF, \x20-\x7e, \xa0-\u2027, \u202a-\ud7ff,
# \ue000-\ufefe, \uff00-\ufffd and the astral planes, written as the few ranges it is: the class
# of what is allowed, negated, took every command ~10 ms to compile and searched slower.
_UNUSUAL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_-]{0,127}):(?: +|$)")
_SINGLE = re.compile(r"'((?:[^']|'')*)'")
_DOUBLE = re.compile(r'"([^"\\]*)"')
_BLOCK_HEADER = re.compile(r"[>|]-? *")
# A plain scalar cannot start with these (``-`` can, before a non-space: "-1", "-x").
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")

# (key, 0-based line of the key, value text, whether the value is a plain scalar to resolve)
Scanned = tuple[str, int, str, bool]

# (key, value text, plain) of one-line entries already taken apart, by their line: what a line
# holds depends on that line alone, and a site's postings repeat many of theirs word for word
# ("layout: job-posting", "archived: false"). Emptied when full, so it never grows past a bound.
_KNOWN_LINES: dict[str, tuple[str, str, bool]] = {}
_KNOWN_MOST = 4096


def scan(text: str) -> list[Scanned] | None:
    """The entries of ``text`` in order (duplicates included), or None when the text is not of the
    shape above. An empty list: only blank lines and comments."""
    if "\r" in text:
        text = text.replace("\r\n", "\n")  # a lone CR is left for the check below to refuse
    if _UNUSUAL.search(text):
        return None
    lines = text.split("\n")
    entries: list[Scanned] = []
    number, count = 0, len(lines)
    known_lines = _KNOWN_LINES
    while number < count:
        line = lines[number]
        known = known_lines.get(line)
        if known is not None:
            entries.append((known[0], number, known[1], known[2]))
            number += 1
            continue
        match = _KEY.match(line)
        if match is None:
            # Blank lines and comments, looked for only where no key is (most lines have one).
            if not line or line[0] == "#" or not line.strip(" "):
                number += 1
                continue
            return None
        rest = line[match.end():]
        if rest[:1] in (">", "|"):
            block = _block(lines, number, rest)
            if block is None:
                return None
            entries.append((match.group(1), number, block[0], False))
            number = block[1]
            continue
        value, plain = _one_line(rest)
        if value is None:
            return None
        key = match.group(1)
        if len(known_lines) >= _KNOWN_MOST:
            known_lines.clear()
        known_lines[line] = (key, value, plain)
        entries.append((key, number, value, plain))
        number += 1
    return entries


def _one_line(rest: str) -> tuple[str | None, bool]:
    """(value, is plain) of a value written on its key's line (``rest``: after ``key:`` and its
    spaces); (None, False) when it is not one the quick reader takes."""
    if not rest or rest[0] == "#":
        return "", True  # an empty plain scalar (null)
    first = rest[0]
    if first in ("'", '"'):
        match = (_SINGLE if first == "'" else _DOUBLE).match(rest)
        if match is None:
            return None, False  # on several lines, or with escapes
        after = rest[match.end():]
        if after and not (after[0] == " " and after.lstrip(" ")[:1] in ("", "#")):
            return None, False
        content = match.group(1)
        return (content.replace("''", "'") if first == "'" else content), False
    if first in _INDICATORS and not (first == "-" and rest[1:2] not in ("", " ")):
        return None, False
    comment = rest.find(" #")
    value = (rest if comment < 0 else rest[:comment]).rstrip(" ")
    if ": " in value or value.endswith(":"):
        return None, False  # "mapping values are not allowed here": the full reader says so
    return value, True


def _block(lines: list[str], number: int, header: str) -> tuple[str, int] | None:
    """(text, number of the line after it) of a block scalar whose header is ``header`` on line
    ``number``: folded (>) or literal (|), clipped or stripped (-), every content line with the
    indentation of the first and no blank line other than empty ones. None otherwise."""
    if _BLOCK_HEADER.fullmatch(header) is None:
        return None
    folded, strip = header[0] == ">", header[1:2] == "-"
    start = number + 1
    if start >= len(lines):
        return None
    first = lines[start]
    indent = len(first) - len(first.lstrip(" "))
    if indent == 0 or indent == len(first):
        return None  # no content, or a blank first line (it would count in the indentation)
    prefix = " " * indent
    parts: list[str] = []
    blanks = 0
    end = start
    while end < len(lines):
        line = lines[end]
        if not line:
            blanks += 1
            end += 1
            continue
        if line[0] != " ":
            break  # the next key or comment
        if not line.startswith(prefix) or len(line) == indent or line[indent] == " ":
            return None  # less or more indented, or spaces only
        if parts:
            if folded:
                parts.append("\n" * blanks if blanks else " ")
            else:
                parts.append("\n" * (blanks + 1))
        parts.append(line[indent:])
        blanks = 0
        end += 1
    last = end - 1 - blanks
    if last == len(lines) - 1:
        return None  # the text ends inside the scalar, without a line break
    text = "".join(parts)
    return (text if strip else text + "\n"), end
