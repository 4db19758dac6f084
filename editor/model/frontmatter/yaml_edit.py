"""Minimal-diff edits of front matter text: only the changed entry's lines are rewritten.

Each new value is written in the style the entry already had when that is safe, otherwise in
the simplest safe style. Every candidate is checked by parsing the whole edited front matter
again: the edit is accepted only when the key reads back as exactly the new value and every
other entry is unchanged. A value therefore can never make the file invalid or change another
field, whatever characters it holds.
"""

from __future__ import annotations

import datetime
import difflib
import re
from typing import Any
from collections.abc import Iterator

from editor.model.frontmatter.document import EditError
from editor.model.frontmatter.structure import same as _same
from editor.model.frontmatter.yaml_safe import Entry, FrontMatter, YamlError, parse_front_matter

# Plain scalars that YAML 1.1 (PyYAML) or 1.2 (Hugo's Go parser) could read as something other
# than text. Both readers must see text, so these are always quoted.
_NOT_TEXT = re.compile(
    r"""^(?:
        y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF
        |null|Null|NULL|~|=|<<
        |[-+]?(?:\d[\d_]*)?\.?\d[\d_,:.eE+-]*      # numbers in any notation, sexagesimal, dates
        |[-+]?0[xXoObB][0-9a-fA-F_]+
        |[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)
    )$""",
    re.VERBOSE,
)
_INDICATORS = "-?:,[]{}#&*!|>'\"%@`"


def _printable(ch: str) -> bool:
    """YAML's own printable set, minus the characters YAML counts as line breaks."""
    code = ord(ch)
    return (0x20 <= code <= 0x7E or 0xA0 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or code >= 0x10000) and ch not in "\u2028\u2029\ufeff"


def _is_safe_plain(text: str) -> bool:
    if not text or text != text.strip() or text.strip(" \u00a0\u202f\t") != text:
        return False
    if text[0] in _INDICATORS or _NOT_TEXT.match(text):
        return False
    if ": " in text or " #" in text or text.endswith(":") or "\t" in text:
        return False
    return all(_printable(ch) for ch in text)


def single_quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def double_quoted(text: str) -> str:
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif not _printable(ch):
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _block(text: str, indicator: str, indent: str, newline: str) -> str:
    """A folded ('>') or literal ('|') block scalar; chomping follows the value's trailing newline."""
    chomp = "" if text.endswith("\n") and not text.endswith("\n\n") else "-"
    content = text[:-1] if chomp == "" else text
    lines = content.split("\n")
    if indicator == ">":
        # In folded scalars a single line break reads as a space: a real break needs an empty line.
        lines = [part for index, line in enumerate(lines) for part in ([line] if index == 0 else ["", line])]
    body = newline.join((indent + line) if line else "" for line in lines)
    return f" {indicator}{chomp}{newline}{body}{newline}"


def _refolded(value: str, old_lines: list[str], indent: str, newline: str) -> str | None:
    """``value`` as a folded block broken where the old block was (``old_lines``: its content lines,
    unindented), when the value still has a plain space at each of those places: a fix inside
    a folded description keeps its line breaks, so the diff shows the changed characters only."""
    if len(old_lines) < 2 or any(not line.strip() or line[0] in " \t" for line in old_lines):
        return None  # blank or more-indented lines fold differently: leave it to _block
    old_value = " ".join(old_lines)
    matcher = difflib.SequenceMatcher(None, old_value, value, autojunk=False)
    lines, position, offset = [], 0, 0
    for line in old_lines[:-1]:
        offset += len(line)  # the joining space after this line, in the old value
        mapped = _mapped(matcher, offset)
        if mapped is None or value[mapped:mapped + 1] != " " or mapped <= position:
            offset += 1
            continue  # the break's space was changed (or removed): the two lines become one
        lines.append(value[position:mapped])
        position = mapped + 1
        offset += 1
    lines.append(value[position:])
    if any(not line.strip() or line[0] in " \t" for line in lines):
        return None
    chomp = "" if value.endswith("\n") else "-"
    return f" >{chomp}{newline}" + newline.join(indent + line for line in lines) + newline


def _mapped(matcher: difflib.SequenceMatcher, offset: int) -> int | None:
    """Where the old value's character at ``offset`` is in the new value, when it was kept."""
    for a, b, size in matcher.get_matching_blocks():
        if a <= offset < a + size:
            return b + offset - a
    return None


def _scalar_candidates(value: Any, entry: Entry | None, newline: str, indent: str = "  ",
                       old_lines: list[str] | None = None) -> Iterator[str]:
    """Texts to put after ``key:``, most faithful to the old style first."""
    if isinstance(value, bool):
        yield " true" if value else " false"
        return
    if value is None:
        yield " null"
        return
    if isinstance(value, (int, float)):
        yield " " + repr(value)
        return
    if isinstance(value, (datetime.date, datetime.datetime)):
        yield " " + value.isoformat()
        return
    if isinstance(value, (list, tuple)):
        yield from _sequence_candidates(list(value), newline)
        return
    if not isinstance(value, str):
        raise TypeError(f"cannot write a {type(value).__name__} into front matter")
    style = entry.style if entry is not None else None
    if style == ">" and old_lines and "\n" not in value.rstrip("\n"):
        refolded = _refolded(value, old_lines, indent, newline)
        if refolded is not None:
            yield refolded
    if style in (">", "|") and value.strip():
        yield _block(value, style, indent, newline)
    if style == '"':
        yield " " + double_quoted(value)
    if style == "'" and all(_printable(ch) for ch in value):
        yield " " + single_quoted(value)
    if _is_safe_plain(value):
        yield " " + value
    if all(_printable(ch) for ch in value):
        yield " " + single_quoted(value)
    yield " " + double_quoted(value)


def _sequence_candidates(items: list, newline: str) -> Iterator[str]:
    rendered = []
    for item in items:
        options = list(_scalar_candidates(item, None, newline))
        rendered.append(options[0].lstrip(" ") if options else "")
    yield "".join(f"{newline}  - {text}" for text in rendered) + newline if items else " []"


def _key_text(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_-]*", key) and not _NOT_TEXT.match(key) else double_quoted(key)


def _accept(new_text: str, front: FrontMatter, key: str, value: Any, removed: bool = False) -> FrontMatter | None:
    try:
        parsed = parse_front_matter(new_text, allow_broken=bool(front.broken))
    except YamlError:
        return None
    # Values that could not be read before stay as they were, except the one being replaced.
    if parsed.broken != front.broken - {key}:
        return None
    expected = {k: v for k, v in front.data.items() if k != key}
    if not removed:
        expected[key] = value
    if not _same(parsed.data, expected):
        return None
    return parsed


def set_value(front: FrontMatter, key: str, value: Any, newline: str = "\n") -> FrontMatter:
    """The front matter with ``key`` set to ``value``, touching only that entry's lines."""
    if key in front.data and key not in front.broken and _same(front.data[key], value):
        return front
    text = front.text
    entry = front.entry(key)
    if entry is None:
        prefix = text if not text or text.endswith(("\n", "\r")) else text + newline
        before, after, key_text, comment, line_end, blank_tail = prefix, "", _key_text(key), "", newline, ""
    else:
        old = text[entry.start : entry.end]
        before, after, key_text = text[: entry.start] + _indent_of(old), text[entry.end :], entry.key_text
        rest = text[entry.value_end : entry.end]
        comment = rest.rstrip("\r\n") if re.match(r"[ \t]+#", rest) else ""
        breaks = re.findall(r"\r\n|\n|\r", old[len(old.rstrip("\r\n")) :])
        line_end = breaks[0] if breaks else ""
        # A block scalar swallows the blank lines after it; they stay, so the diff is the value alone.
        blank_tail = "".join(breaks[1:])
        content = [line for line in re.split(r"\r\n|\n|\r", old)[1:] if line.strip()]
        indent = content[0][: len(content[0]) - len(content[0].lstrip(" "))] if content else "  "
    if entry is None:
        indent, content = "  ", []
    old_lines = [line[len(indent):] if line.startswith(indent) else line for line in content]
    for candidate in _scalar_candidates(value, entry, newline, indent or "  ", old_lines):
        if candidate.endswith(newline) and candidate.startswith((" >", " |", newline)):
            new_entry = f"{key_text}:{candidate}{blank_tail}"
        else:
            new_entry = f"{key_text}:{candidate}{comment}{line_end or (newline if after else '')}{blank_tail}"
        accepted = _accept(before + new_entry + after, front, key, value)
        if accepted is not None:
            return accepted
    raise EditError.said("edit-unsafe-value", name=key)


def remove_key(front: FrontMatter, key: str) -> FrontMatter:
    entry = front.entry(key)
    if entry is None:
        return front
    new_text = front.text[: entry.start] + front.text[entry.end :]
    accepted = _accept(new_text, front, key, None, removed=True)
    if accepted is None:
        raise EditError.said("edit-cannot-remove", name=key)
    return accepted


def _indent_of(text: str) -> str:
    return text[: len(text) - len(text.lstrip(" "))]
