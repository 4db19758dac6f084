"""What went wrong in YAML that parsed but could not be used, said at the right place.

Kept apart from :mod:`editor.model.frontmatter.yaml_safe` because it runs only on failure: finding which
top-level value cannot be built (an impossible date, a huge number), the innermost scalar at
fault, and a sentence a writer can act on; and placing a character YAML refuses (NUL and other
control characters) at its own line and column rather than at the start of the text.
"""

from __future__ import annotations

import bisect
import unicodedata

import yaml

from editor.model.frontmatter.yaml_safe import _NUMBER_TAGS, _STR, _VALUE_ERRORS, MAX_NODES, YamlError


def reader_error(text: str, starts: list[int], error: yaml.reader.ReaderError) -> YamlError:
    """A character YAML refuses (NUL, other control characters), at its own line and column."""
    position = _character_index(text, error)
    line = max(0, bisect.bisect_right(starts, position) - 1)
    line = min(line, len(starts) - 2) if len(starts) > 1 else 0
    character = error.character if isinstance(error.character, int) else ord(text[position]) if position < len(text) else 0
    name = unicodedata.name(chr(character), "") if character > 0x1F else _CONTROL_NAMES.get(character, "")
    shown = f"U+{character:04X}" + (f" {name}" if name else "")
    return YamlError("yaml-syntax", line, position - starts[line], variant="character", params={"character": shown})


def _character_index(text: str, error: yaml.reader.ReaderError) -> int:
    """Where the refused character is in ``text``. LibYAML counts UTF-8 bytes, the pure-Python
    reader counts characters: the one that lands on the character named is taken."""
    offset = error.position if isinstance(error.position, int) and error.position >= 0 else 0
    wanted = chr(error.character) if isinstance(error.character, int) and 0 <= error.character <= 0x10FFFF else None
    from_bytes = len(text.encode("utf-8", "surrogatepass")[:offset].decode("utf-8", "ignore"))
    for candidate in (from_bytes, offset):
        if candidate < len(text) and (wanted is None or text[candidate] == wanted):
            return candidate
    found = text.find(wanted) if wanted is not None else -1
    return found if found >= 0 else min(from_bytes, len(text))


_CONTROL_NAMES = {0: "NUL", 7: "BEL", 8: "BACKSPACE", 0x0B: "VERTICAL TAB", 0x0C: "FORM FEED", 0x1B: "ESCAPE"}


def construct_around(root: yaml.Node, error: BaseException) -> tuple[dict, frozenset, YamlError]:
    """After the whole document failed to build: the top-level values that do build, the keys of
    those that do not, and a positioned error for the first of them."""
    data: dict = {}
    broken: set = set()
    first: YamlError | None = None
    pairs = root.value if isinstance(root, yaml.MappingNode) else []
    for key_node, value_node in pairs:
        key_ok = isinstance(key_node, yaml.ScalarNode) and key_node.tag == _STR and key_node.value != "<<"
        try:
            key = key_node.value if key_ok else yaml.constructor.SafeConstructor().construct_object(key_node, deep=True)
            hash(key)
        except (yaml.YAMLError, *_VALUE_ERRORS) as key_error:
            first = first or _located(key_node, key_error)
            break
        try:
            value = yaml.constructor.SafeConstructor().construct_object(value_node, deep=True)
        except (yaml.YAMLError, *_VALUE_ERRORS) as value_error:
            first = first or _located(value_node, value_error)
            if not key_ok:
                break
            broken.add(key)
            continue
        if key_node.tag != "tag:yaml.org,2002:merge" and key != "<<":
            data[key] = value
    else:
        if first is not None:
            return data, frozenset(broken), first
    # The failure is not in one top-level value (a key, a merge): nothing is partly usable.
    problem = first or _located(root, error)
    return {}, frozenset(), problem


def _located(node: yaml.Node, error: BaseException) -> YamlError:
    """The innermost scalar of ``node`` that cannot be built, with a sentence about it."""
    stack = [node]
    seen = 0
    while stack and seen < MAX_NODES:
        current = stack.pop()
        seen += 1
        if isinstance(current, yaml.MappingNode):
            stack.extend(reversed([part for pair in current.value for part in pair]))
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(reversed(current.value))
        else:
            try:
                yaml.constructor.SafeConstructor().construct_object(current)
            except (yaml.YAMLError, *_VALUE_ERRORS) as scalar_error:
                return _value_error(current, scalar_error)
    return _value_error(node, error)


def _value_error(node: yaml.Node, error: BaseException) -> YamlError:
    mark = getattr(error, "problem_mark", None) or node.start_mark
    value = node.value if isinstance(node, yaml.ScalarNode) else ""
    shown = value if len(value) <= 60 else value[:57] + "…"
    reason = first_sentence(error)
    if reason.startswith("offset must be a timedelta"):
        reason = "a time zone offset must be less than 24 hours"
    if node.tag == "tag:yaml.org,2002:timestamp":
        variant = "date"
    elif node.tag in _NUMBER_TAGS:
        variant = "number"
    else:
        variant = "value" if shown else ""
    params = {"value": shown, "reason": reason} if variant else {"reason": reason}
    return YamlError("yaml-value", mark.line, mark.column, variant=variant, params=params)


def first_sentence(error: BaseException) -> str:
    if isinstance(error, yaml.MarkedYAMLError):
        text = "; ".join(part.strip() for part in (error.context, error.problem) if part)
    else:
        text = str(error) or type(error).__name__
    return text.split("\n")[0].split(": value has")[0].rstrip(". ")
