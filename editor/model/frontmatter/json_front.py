"""JSON front matter (``{ … }``): bounded reading with each member's place, and minimal edits.

An edit rewrites only the changed member's value text; the order of the members, their indentation
and every other byte stay. A new member goes after the last one, indented like it. As for YAML,
every edit is checked by reading the whole edited text again.
"""

from __future__ import annotations

import datetime
import json
import re
from typing import Any

from editor.model.frontmatter.document import EditError, PositionedError
from editor.model.frontmatter.structure import bounds_problem, line_starts, position_of, same
from editor.model.frontmatter.yaml_safe import Entry, FrontMatter

_SPACE = re.compile(r"[ \t\r\n]*")


def _skip_space(text: str, index: int) -> int:
    match = _SPACE.match(text, index)
    assert match is not None  # a starred pattern always matches
    return match.end()
_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"')


class JsonError(PositionedError):
    """JSON front matter that cannot be used. ``line`` and ``column`` are 0-based in the JSON text."""

    # ``partial`` stays None: one bad value fails the whole object


class JsonFrontMatter(FrontMatter):
    """Front matter read from JSON, its members' places found while reading."""

    def __init__(self, text: str, data: dict, warnings: list, entries: list[Entry]):
        super().__init__(text, data, warnings)
        self._entries = entries

    @property
    def entries(self) -> list[Entry]:
        return self._entries


class _NotJsonNumber(ValueError):
    """NaN, Infinity or -Infinity: Python reads them; Go's JSON (Hugo's) refuses them, so the site would not build."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _refuse_constant(name: str) -> Any:
    raise _NotJsonNumber(name)


def parse_front_matter(text: str) -> JsonFrontMatter:
    """The values of JSON front matter. Raises :class:`JsonError` with the place of the problem."""
    problem = bounds_problem(text, "json")
    if problem is not None:
        code, variant, params, offset = problem
        raise JsonError(code, *position_of(text, offset), variant=variant, params=params)
    decoder = json.JSONDecoder(parse_constant=_refuse_constant)
    data: dict = {}
    entries: list[Entry] = []
    warnings: list[JsonError] = []
    starts: list[int] = []
    index = _skip_space(text, 0)
    if text[index : index + 1] != "{":
        raise JsonError("front-matter-not-mapping", *position_of(text, index), variant="json")
    index = _skip_space(text, index + 1)
    expect_member = text[index : index + 1] != "}"
    while expect_member:
        key_start = index
        if text[index : index + 1] != '"':
            raise _syntax(text, index, "a field name in double quotes was expected")
        try:
            key, index = json.decoder.scanstring(text, index + 1)  # type: ignore[attr-defined]  # public in CPython, not in typeshed
        except json.JSONDecodeError as error:
            raise _syntax(text, error.pos, error.msg.lower()) from None
        index = _skip_space(text, index)
        if text[index : index + 1] != ":":
            raise _syntax(text, index, "a ':' was expected after the field name")
        index = _skip_space(text, index + 1)
        value_start = index
        try:
            value, index = decoder.raw_decode(text, index)
        except json.JSONDecodeError as error:
            raise _syntax(text, error.pos, error.msg.lower()) from None
        except _NotJsonNumber as error:
            raise JsonError("json-value", *position_of(text, value_start), variant="not-a-number",
                            params={"key": key, "value": error.name}) from None
        except (ValueError, RecursionError, OverflowError) as error:
            reason = str(error) or type(error).__name__
            if "integer string conversion" in reason:
                raise JsonError("json-value", *position_of(text, value_start), variant="long-number",
                                params={"key": key}) from None
            raise JsonError("json-value", *position_of(text, value_start),
                            params={"key": key, "detail": reason}) from None
        if key in data:
            line, column = position_of(text, key_start)
            warnings.append(JsonError("duplicate-key", line, column, params={"field": key}))
        data[key] = value
        starts = starts or line_starts(text)
        key_line, key_column = position_of(text, key_start, starts)
        value_line, value_column = position_of(text, value_start, starts)
        end_line, _ = position_of(text, index, starts)
        entries.append(Entry(key, value, key_start, index, text[key_start:index], None, key_line, key_column,
                             value_line, value_column, end_line, index))
        index = _skip_space(text, index)
        if text[index : index + 1] == ",":
            index = _skip_space(text, index + 1)
            continue
        expect_member = False
    if text[index : index + 1] != "}":
        raise _syntax(text, index, "a ',' or '}' was expected")
    after = _skip_space(text, index + 1)
    if after != len(text):
        raise _syntax(text, after, "nothing may follow the closing '}' on its line")
    return JsonFrontMatter(text, data, warnings, entries)


def _syntax(text: str, offset: int, reason: str) -> JsonError:
    return JsonError("json-syntax", *position_of(text, offset), params={"detail": reason})


# ------------------------------------------------------------------------------ edits
def plain(value: Any) -> Any:
    """What JSON can hold: dates as the ISO text Hugo reads them from, tuples as lists."""
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    raise TypeError(f"cannot write a {type(value).__name__} into front matter")


def _value_text(value: Any, indent: str, unit: str, multiline: bool, newline: str) -> str:
    if not multiline or not isinstance(value, (list, dict)) or not value:
        return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(", ", ": "))
    text = json.dumps(value, ensure_ascii=False, allow_nan=False, indent=unit or "  ")
    return text.replace("\n", newline + indent)


def _indent_of(text: str, offset: int) -> str:
    start = max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1
    prefix = text[start:offset]
    return prefix if not prefix.strip() else ""


def set_value(front: FrontMatter, key: str, value: Any, newline: str = "\n") -> JsonFrontMatter:
    """The front matter with ``key`` set to ``value``, rewriting only that member's value text."""
    value = plain(value)
    if key in front.data and same(front.data[key], value):
        return front  # type: ignore[return-value]
    text = front.text
    entry = front.entry(key)
    if entry is not None:
        old = text[entry.start : entry.value_end]
        indent = _indent_of(text, entry.start)
        value_at = _value_start(front, entry)
        new_value = _value_text(value, indent, indent, "\n" in old or "\r" in old, newline)
        candidate = text[:value_at] + new_value + text[entry.value_end :]
    else:
        candidate = _inserted(front, key, value, newline)
    accepted = _accept(candidate, front, key, value)
    if accepted is None:
        raise EditError.said("edit-unsafe-value", name=key)
    return accepted


def _value_start(front: FrontMatter, entry: Entry) -> int:
    return line_starts(front.text)[entry.value_line] + entry.value_column


def _inserted(front: FrontMatter, key: str, value: Any, newline: str) -> str:
    text = front.text
    entries = front.entries
    key_text = json.dumps(key, ensure_ascii=False)
    if entries:
        last = entries[-1]
        indent = _indent_of(text, last.start)
        between = text[last.start : _value_start(front, last)]
        quoted = _QUOTED.match(between)
        separator = between[quoted.end() if quoted else 0 :]
        separator = separator if re.fullmatch(r"[ \t]*:[ \t]*", separator) else ": "
        multiline = any("\n" in text[e.start : e.value_end] or "\r" in text[e.start : e.value_end] for e in entries)
        value_text = _value_text(value, indent, indent, multiline, newline)
        on_own_line = text[: last.start].rstrip(" \t").endswith(("\n", "\r"))
        lead = (newline + indent) if on_own_line else " "
        return text[: last.value_end] + "," + lead + key_text + separator + value_text + text[last.value_end :]
    close = text.rindex("}")
    value_text = _value_text(value, "  ", "  ", True, newline)
    return text[: text.index("{") + 1] + newline + "  " + key_text + ": " + value_text + newline + text[close:]


def remove_key(front: FrontMatter, key: str) -> JsonFrontMatter:
    """The front matter without ``key``: its member and one comma go, the rest stays."""
    entries = front.entries
    position = next((i for i, entry in enumerate(entries) if entry.key == key), None)
    if position is None:
        return front  # type: ignore[return-value]
    text = front.text
    entry = entries[position]
    if position > 0:
        candidate = text[: entries[position - 1].value_end] + text[entry.value_end :]
    elif len(entries) > 1:
        candidate = text[: entry.start] + text[entries[1].start :]
    else:
        candidate = text[: text.index("{") + 1] + text[text.rindex("}") :]
    accepted = _accept(candidate, front, key, None, removed=True)
    if accepted is None:
        raise EditError.said("edit-cannot-remove", name=key)
    return accepted


def _accept(text: str, front: FrontMatter, key: str, value: Any, removed: bool = False) -> JsonFrontMatter | None:
    try:
        parsed = parse_front_matter(text)
    except JsonError:
        return None
    expected = {k: v for k, v in front.data.items() if k != key}
    if not removed:
        expected[key] = value
    return parsed if same(parsed.data, expected) else None
