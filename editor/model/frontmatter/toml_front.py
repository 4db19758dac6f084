"""TOML front matter (``+++``): bounded reading with each top-level entry's place, and minimal edits.

tomlkit keeps every byte it does not change (comments, spacing, quoting, the order of keys), so an
edit through it touches the changed value alone. As for YAML, every edit is checked by reading the
whole edited text again: it is accepted only when the key reads back as the new value and every
other value is unchanged.
"""

from __future__ import annotations

import datetime
import re
from typing import Any
from collections.abc import Iterator

import tomllib

import tomlkit
import tomlkit.exceptions
import tomlkit.items

from editor.model.frontmatter.document import EditError, PositionedError
from editor.model.frontmatter.structure import bounds_problem, line_starts, position_of, same
from editor.model.frontmatter.yaml_safe import Entry, FrontMatter


class TomlError(PositionedError):
    """TOML front matter that cannot be used. ``line`` and ``column`` are 0-based in the TOML text."""

    # ``partial`` stays None: TOML has no partly readable front matter, one bad value fails the whole text


class TomlFrontMatter(FrontMatter):
    """Front matter read from TOML; ``entries`` come from the text, not from YAML nodes."""

    @property
    def entries(self) -> list[Entry]:
        return _entries(self.text, self.data)

    def __getstate__(self) -> dict:
        return {"text": self.text, "data": self.data, "warnings": self.warnings, "_root": None,
                "_constructor": None, "broken": self.broken}


_BARE_KEY = r"[A-Za-z0-9_-]+"
_QUOTED_KEY = r'"(?:[^"\\\r\n]|\\.)*"|\'[^\'\r\n]*\''
_KEY_LINE = re.compile(rf"[ \t]*(?P<key>{_BARE_KEY}|{_QUOTED_KEY})[ \t]*(?P<dot>\.)?")
_HEADER = re.compile(rf"[ \t]*\[\[?[ \t]*(?P<key>{_BARE_KEY}|{_QUOTED_KEY})")


def parse_front_matter(text: str) -> TomlFrontMatter:
    """The values of TOML front matter. Raises :class:`TomlError` with the place of the problem.

    The standard library's reader gives the values (several times faster than tomlkit, which only
    edits); every edit is read back through it, so what tomlkit writes is what a strict reader accepts."""
    problem = bounds_problem(text, "toml")
    if problem is not None:
        code, variant, params, offset = problem
        line, column = position_of(text, offset)
        raise TomlError(code, line, column, variant=variant, params=params)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise _located(text, error) from None
    except (RecursionError, ValueError, OverflowError, TypeError, ArithmeticError) as error:
        reason = str(error) or type(error).__name__
        if "integer string conversion" in reason:
            raise TomlError("toml-value", 0, 0, variant="long-number") from None
        raise TomlError("toml-value", 0, 0, params={"detail": reason}) from None
    return TomlFrontMatter(text, data)


_AT = re.compile(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)$")


def _located(text: str, error: tomllib.TOMLDecodeError) -> TomlError:
    # tomllib ends its message with "(at line L, column C)", both counted from 1.
    message = str(error)
    place = _AT.search(message)
    starts = line_starts(text)
    if place is not None and place.group(1):
        line, column = int(place.group(1)) - 1, int(place.group(2)) - 1
    else:
        line, column = position_of(text, len(text), starts)
    message = (message[: place.start()] if place else message).rstrip(".")
    line = max(0, min(line, len(starts) - 2))
    code, variant, params = "toml-syntax", "", {"detail": message[:1].lower() + message[1:]}
    if "date" in message.lower() or "time" in message.lower():
        code, variant, params = "toml-value", "date", {}
    elif "overwrite" in message.lower():
        variant, params = "twice", {}
    elif message == "Invalid value":
        variant, params = "invalid-value", {}
    return TomlError(code, line, max(0, column), variant=variant, params=params)


def _entries(text: str, data: dict) -> list[Entry]:
    """Each top-level key's place: ``key = value`` lines before the first table, then table headers."""
    entries: list[Entry] = []
    starts = line_starts(text)
    seen: set = set()
    in_table = False
    for line_number, start, end in _logical_lines(text, starts):
        line_text = text[start:end]
        header = _HEADER.match(line_text)
        if header is not None and line_text.lstrip().startswith("["):
            in_table = True
            key = _unquote(header.group("key"))
            column = header.start("key")
            value_line, value_column = line_number, column
        elif not in_table:
            match = _KEY_LINE.match(line_text)
            equals = line_text.find("=", match.end()) if match else -1
            if match is None or (not match.group("dot") and line_text[match.end():equals].strip()) or equals < 0:
                continue
            key = _unquote(match.group("key"))
            column = match.start("key")
            value_column = equals + 1 + len(line_text[equals + 1 :]) - len(line_text[equals + 1 :].lstrip(" \t"))
            value_line = line_number
        else:
            continue
        if key in seen or key not in data:
            continue
        seen.add(key)
        body = line_text.rstrip("\r\n")
        entries.append(Entry(key, data[key], start, end, body[column:], None, line_number, column,
                             value_line, value_column, value_line, start + len(body)))
    return entries


def _logical_lines(text: str, starts: list[int]) -> Iterator[tuple[int, int, int]]:
    """(0-based line, start, end) of each line that begins outside a multi-line string or array:
    lines inside those never hold a key."""
    skip_until = 0
    for number, start in enumerate(starts[:-1]):
        end = starts[number + 1]
        if start < skip_until:
            continue
        skip_until = _statement_end(text, start)
        yield number, start, end


def _statement_end(text: str, start: int) -> int:
    """Offset after the line break that ends the statement starting at ``start``."""
    depth, index = 0, start
    while index < len(text):
        ch = text[index]
        if ch in "\"'":
            triple = text.startswith(ch * 3, index)
            close = text.find(ch * 3, index + 3) if triple else _string_end(text, index, ch)
            index = len(text) if close < 0 else close + (3 if triple else 1)
            if triple:  # a closing run may be longer than three quotes (""""" ends with two quotes inside)
                while index < len(text) and text[index] == ch:
                    index += 1
            continue
        if ch == "#":
            newline = text.find("\n", index)
            index = len(text) if newline < 0 else newline
            continue
        if ch in "[{":
            depth += 1
        elif ch in "]}":
            depth = max(0, depth - 1)
        elif ch in "\r\n" and depth == 0:
            return index + (2 if text.startswith("\r\n", index) else 1)
        index += 1
    return len(text)


def _string_end(text: str, index: int, quote: str) -> int:
    position = index + 1
    while position < len(text) and text[position] not in "\r\n":
        if text[position] == "\\" and quote == '"':
            position += 2
            continue
        if text[position] == quote:
            return position
        position += 1
    return position - 1


def _unquote(key: str) -> str:
    if key.startswith("'"):
        return key[1:-1]
    if key.startswith('"'):
        try:
            return str(tomllib.loads(f"k = {key}\n")["k"])
        except tomllib.TOMLDecodeError:
            return key[1:-1]
    return key


# ------------------------------------------------------------------------------ edits
def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def _items(value: Any, old: Any, newline: str) -> Iterator[Any]:
    """tomlkit items for ``value``, in the style the old value had first."""
    if value is None:
        raise EditError.said("edit-toml-null")
    if isinstance(value, str):
        if isinstance(old, tomlkit.items.String):
            literal = old.type in (tomlkit.items.StringType.SLL, tomlkit.items.StringType.MLL)
            multiline = old.type in (tomlkit.items.StringType.MLB, tomlkit.items.StringType.MLL)
            if multiline and newline == "\n" and "\r" not in value:
                # A line break just after the opening quotes is not part of the value: keep it when it was there.
                item = tomlkit.string(value, literal=literal, multiline=True)
                if old.as_string()[3:4] == "\n" and not item.as_string()[3:4] == "\n":
                    item = tomlkit.items.String(item.type, value, "\n" + item.as_string()[3:-3], tomlkit.items.Trivia())
                yield item
            if literal and "'" not in value and "\n" not in value:
                yield tomlkit.string(value, literal=True)
        yield tomlkit.string(value)
        return
    if not isinstance(value, (bool, int, float, datetime.date, datetime.time, list, tuple, dict)):
        raise TypeError(f"cannot write a {type(value).__name__} into front matter")
    yield tomlkit.item(_plain(value))


def set_value(front: FrontMatter, key: str, value: Any, newline: str = "\n") -> TomlFrontMatter:
    """The front matter with ``key`` set to ``value``; only that value's text changes (a new key
    gets a line of its own after the last top-level one)."""
    if key in front.data and same(front.data[key], _plain(value)):
        return front  # type: ignore[return-value]
    document = _document(front.text)
    old = document.get(key)
    for item in _items(value, old, newline):
        if key in document:
            document[key] = item
            candidate = document.as_string()
        else:
            candidate = _inserted(front, key, item, newline)
        accepted = _accept(candidate, front, key, _plain(value))
        if accepted is not None:
            return accepted
    raise EditError.said("edit-unsafe-value", name=key)


def _inserted(front: FrontMatter, key: str, item: Any, newline: str) -> str:
    line = f"{tomlkit.key(key).as_string()} = {item.as_string()}"
    text = front.text
    top = [entry for entry in front.entries if not text[entry.start :].lstrip(" \t").startswith("[")]
    if top:
        at = _statement_end(text, top[-1].start)
    else:
        first_table = next((entry.start for entry in front.entries), len(text))
        at = first_table
    before = text[:at]
    if before and not before.endswith(("\n", "\r")):
        before += newline
    return before + line + newline + text[at:]


def remove_key(front: FrontMatter, key: str) -> TomlFrontMatter:
    if key not in front.data:
        return front  # type: ignore[return-value]
    document = _document(front.text)
    try:
        del document[key]
    except KeyError:
        raise EditError.said("edit-cannot-remove", name=key) from None
    accepted = _accept(document.as_string(), front, key, None, removed=True)
    if accepted is None:
        raise EditError.said("edit-cannot-remove", name=key)
    return accepted


def _document(text: str) -> tomlkit.TOMLDocument:
    try:
        return tomlkit.parse(text)
    except tomlkit.exceptions.ParseError:
        # The two readers differ on some rare text: the file is then left alone, not rewritten from a guess.
        raise EditError.said("edit-toml-as-text") from None


def _accept(text: str, front: FrontMatter, key: str, value: Any, removed: bool = False) -> TomlFrontMatter | None:
    try:
        parsed = parse_front_matter(text)
    except TomlError:
        return None
    expected = {k: v for k, v in front.data.items() if k != key}
    if not removed:
        expected[key] = value
    return parsed if same(parsed.data, expected) else None
