"""Safe, bounded YAML reading that keeps where every top-level entry sits in the text.

PyYAML's safe loader (its C version when built) does the parsing; this module adds what a
posting editor needs on top: positions of entries for in-place edits, duplicate-key and
unknown-tag findings, and a bound on alias expansion so a "billion laughs" file fails fast.
"""

from __future__ import annotations

import datetime
import functools
import re
from dataclasses import dataclass
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import yaml

from editor.model.frontmatter.document import PositionedError
from editor.model.frontmatter.yaml_fast import scan

if TYPE_CHECKING:
    # the stubs know only the pure-Python loader; the C one has the same interface
    _BaseLoader = yaml.SafeLoader
else:
    _BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):
    def resolve(self, kind: type[yaml.Node], value: str, implicit: tuple[bool, bool]) -> str:
        # PyYAML's resolver is pure Python even under the C loader, and it is asked about every
        # scalar. For scalars this is its own rule, minus the per-call list building: quoted
        # scalars are text, plain ones are tried against the implicit resolvers of their first
        # character (there are no path resolvers in the safe loader).
        if kind is yaml.ScalarNode:
            return _plain_tag(value) if implicit[0] else _STR
        resolved: str = super().resolve(kind, value, implicit)  # type: ignore[no-untyped-call]  # untyped in the stubs
        return resolved


@functools.lru_cache(maxsize=4096)
def _plain_tag(value: str) -> str:
    """The tag of a plain scalar, by the implicit resolvers of its first character (the safe
    loader has no path resolvers): the one rule for the loader and the quick reader. Cached:
    the keys and most values ("job-posting", "false") are the same in every posting."""
    resolvers: dict[str | None, list[tuple[str, re.Pattern[str]]]] = _Loader.yaml_implicit_resolvers
    for tag, regexp in resolvers.get(value[:1], ()):
        if regexp.match(value):
            return tag
    for tag, regexp in resolvers.get(None, ()):
        if regexp.match(value):
            return tag
    return _STR


_LOADER = _Loader

# Tags that only build plain data. Anything else (python/object, custom "!thing") is refused
# before construction, so no tag is ever executed or interpreted.
_DATA_TAGS = {
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map", "merge", "binary", "set", "omap", "pairs")
}
MAX_NODES = 20_000  # a posting's front matter has a few dozen; aliases are counted as expanded
MAX_DEPTH = 100  # lists and maps inside each other; a posting needs two or three levels
# Numbers are built digit group by digit group, so a long one (YAML 1.1 reads "1:2:3:..." as a
# base-60 number) costs time quadratic in its length; Python also refuses more than 4,300 digits.
MAX_NUMBER_CHARS = 1_000
_NUMBER_TAGS = {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}
# What a reader of any data file can raise besides YAMLError: impossible dates and time zones
# (ValueError), numbers too large for a float (OverflowError), and the like.
_VALUE_ERRORS = (ValueError, OverflowError, TypeError, ArithmeticError, RecursionError, LookupError)

_BREAKS = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")  # what YAML counts as a line break


class YamlError(PositionedError):
    """Front matter that cannot be used. ``line`` and ``column`` are 0-based in the YAML text."""

    def __init__(self, code: str, line: int = 0, column: int = 0, *, variant: str = "", params: dict | None = None):
        # ``partial``, when only some top-level values are unreadable: the front matter without
        # them, which edits can still go through (so such a value can be replaced without a text editor).
        super().__init__(code, line, column, variant=variant, params=params)


@dataclass(frozen=True)
class Entry:
    """One top-level ``key: value`` and the text span it occupies (start of key line to end of value)."""

    key: Any
    value: Any
    start: int
    end: int
    key_text: str
    style: str | None  # "", "'", '"', ">", "|" for scalars; None for lists and maps
    line: int  # 0-based line of the key
    column: int
    value_line: int
    value_column: int
    value_end_line: int
    value_end: int  # offset just after the value's text


class FrontMatter:
    """Parsed front matter: the values now, the entries' positions when an edit needs them."""

    def __init__(self, text: str, data: dict | None = None, warnings: list[YamlError] | None = None,
                 root: yaml.MappingNode | None = None, constructor: yaml.constructor.SafeConstructor | None = None,
                 broken: frozenset = frozenset()) -> None:
        self.text = text
        self.data = data if data is not None else {}
        self.warnings = warnings or []
        self._root = root
        self._constructor = constructor
        self.broken = broken  # top-level keys whose values cannot be read (absent from ``data``)

    @functools.cached_property
    def entries(self) -> list[Entry]:
        # Computed on demand: indexing thousands of postings never needs positions.
        if self._root is None:
            if not self.text.strip():
                return []
            # Read by the quick reader, or unpickled: the full reader knows where each entry sits.
            return _parse_full(self.text, allow_broken=True).entries
        assert self._constructor is not None  # given with the root
        return _entries(self.text, self._root, self.data, self._constructor)

    def __getstate__(self) -> dict:
        # The node graph is large to pickle and cheap to rebuild, so only values cross processes.
        return {"text": self.text, "data": self.data, "warnings": self.warnings, "_root": None, "_constructor": None,
                "broken": self.broken}

    def entry(self, key: str) -> Entry | None:
        for entry in self.entries:
            if entry.key == key:
                return entry
        return None


def load_scalar_text(text: str) -> Any:
    """The value a YAML scalar written as ``text`` stands for (used for command-line values).
    Raises :class:`YamlError` when it cannot be read (an impossible date, a huge number)."""
    return load_data(text)


def parse_front_matter(text: str, *, allow_broken: bool = False) -> FrontMatter:
    """Parse the YAML between the ``---`` lines. Raises :class:`YamlError` with a plain message.

    With ``allow_broken``, top-level values that parse but cannot be built (an impossible date)
    are left out of ``data`` and named in ``broken`` instead of raising."""
    quick = _read_quickly(text)
    return quick if quick is not None else _parse_full(text, allow_broken=allow_broken)


def _read_quickly(text: str) -> FrontMatter | None:
    """The front matter of the common flat shape (``yaml_fast``), exactly as the full reader makes
    it but without PyYAML's node graph (entries' positions are worked out when first asked for).
    None when the text is of another shape or holds a value the full reader should explain."""
    scanned = scan(text)
    if scanned is None:
        return None
    if not scanned:
        empty = FrontMatter(text)
        empty.__dict__["entries"] = []
        return empty
    data: dict = {}
    duplicates: list[YamlError] = []
    for key, line, written, plain in scanned:
        if _plain_tag(key) != _STR:
            return None  # "yes:", "null:": keys that are not text
        value = _plain_value(written) if plain else written
        if value is _UNREAD:
            return None
        if key in data:
            duplicates.append(YamlError("duplicate-key", line, 0, params={"field": key}))
        data[key] = value
    return FrontMatter(text, data, duplicates)


_UNREAD = object()  # a plain scalar the quick reader leaves to the full one


def _plain_value(text: str) -> Any:
    tag = _plain_tag(text)
    if tag == _STR:
        return text
    if tag == _BOOL:
        return yaml.constructor.SafeConstructor.bool_values[text.lower()]
    if tag == _NULL:
        return None
    if tag not in _BUILT or (tag in _NUMBER_TAGS and len(text) > MAX_NUMBER_CHARS):
        return _UNREAD  # "=", "<<", and numbers too long to build: the full reader's refusals
    try:
        return getattr(yaml.constructor.SafeConstructor(), _BUILT[tag])(yaml.ScalarNode(tag, text))
    except (yaml.YAMLError, *_VALUE_ERRORS):
        return _UNREAD  # an impossible date: the full reader says where


def _parse_full(text: str, *, allow_broken: bool = False) -> FrontMatter:
    root = _compose(text)
    if root is None:
        empty = FrontMatter(text)
        empty.__dict__["entries"] = []  # only comments or blanks: nothing to parse again on demand
        return empty
    if not isinstance(root, yaml.MappingNode):
        raise YamlError("front-matter-not-mapping", root.start_mark.line, root.start_mark.column)
    constructor = yaml.constructor.SafeConstructor()
    flat = _construct_flat(root, constructor)
    if flat is not None:
        data, warnings = flat
        return FrontMatter(text, data, warnings, root, constructor)
    warnings = _check_nodes(root)
    try:
        data = constructor.construct_document(root)
    except (yaml.YAMLError, *_VALUE_ERRORS) as error:
        from editor.model.frontmatter.yaml_failures import construct_around

        data, broken, problem = construct_around(root, error)
        front = FrontMatter(text, data, warnings, root, yaml.constructor.SafeConstructor(), broken) if broken else None
        if front is not None and allow_broken:
            return front
        problem.partial = front
        raise problem from None
    if not isinstance(data, dict):
        raise YamlError("front-matter-not-mapping", variant="data")
    return FrontMatter(text, data, warnings, root, constructor)


def load_data(text: str, *, max_nodes: int = MAX_NODES, lenient: bool = False) -> Any:
    """Any YAML data file (a site's configuration), with the bounds and refusals of front matter.
    Raises :class:`YamlError` (0-based line and column) for anything that cannot be used.

    ``lenient``: a date or number that cannot be built (2023-02-30) is kept as its text, as
    Hugo's own YAML reader does, rather than refusing the whole file."""
    root = _compose(text)
    if root is None:
        return None
    _check_nodes(root, max_nodes)
    try:
        return (_LenientConstructor if lenient else yaml.constructor.SafeConstructor)().construct_document(root)
    except (yaml.YAMLError, *_VALUE_ERRORS) as error:
        from editor.model.frontmatter.yaml_failures import construct_around

        raise construct_around(root, error)[2] from None


class _LenientConstructor(yaml.constructor.SafeConstructor):
    pass


_Construct = Callable[[yaml.constructor.SafeConstructor, yaml.Node], Any]


def _or_text(construct: _Construct) -> _Construct:
    def build(constructor: yaml.constructor.SafeConstructor, node: yaml.Node) -> Any:
        try:
            return construct(constructor, node)
        except _VALUE_ERRORS:
            return node.value
    return build


for _tag, _name in (("timestamp", "construct_yaml_timestamp"), ("int", "construct_yaml_int"), ("float", "construct_yaml_float")):
    # the stubs type the callback's first argument as a loader; PyYAML passes the constructor
    _LenientConstructor.add_constructor(  # type: ignore[type-var]
        "tag:yaml.org,2002:" + _tag, _or_text(getattr(yaml.constructor.SafeConstructor, _name)))


def _compose(text: str) -> yaml.Node | None:
    try:
        loader = _LOADER(text)
        try:
            node: yaml.Node | None = loader.get_single_node()
            return node
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        if error.context_mark is not None and (
            (error.problem or "").startswith("could not find expected ':'")
            or (error.context or "").startswith(("while parsing a flow", "while scanning a quoted"))
        ):
            # The parser notices late (next line, end of file); where the key, the bracket or the
            # quote started is where the writer must look.
            mark = error.context_mark
        variant, params = _explain(error)
        raise YamlError("yaml-syntax", mark.line if mark else 0, mark.column if mark else 0, variant=variant,
                        params=params) from None
    except yaml.reader.ReaderError as error:
        from editor.model.frontmatter.yaml_failures import reader_error

        raise reader_error(text, _line_starts(text), error) from None
    except yaml.YAMLError as error:
        raise YamlError("yaml-syntax", variant="other", params={"detail": str(error)}) from None
    except _VALUE_ERRORS as error:
        from editor.model.frontmatter.yaml_failures import first_sentence

        raise YamlError("yaml-syntax", variant="unbuilt", params={"detail": first_sentence(error)}) from None


def _entries(text: str, root: yaml.MappingNode, data: dict, constructor: yaml.constructor.SafeConstructor) -> list[Entry]:
    entries = []
    line_starts = _line_starts(text)
    for key_node, value_node in root.value:
        key = key_node.value if key_node.tag == _STR else constructor.construct_object(key_node, deep=True)
        if key == "<<" or key_node.tag == "tag:yaml.org,2002:merge":
            continue
        value = data.get(key) if _hashable(key) else None
        start = line_starts[key_node.start_mark.line]
        end = _entry_end(text, value_node)
        style = None
        if isinstance(value_node, yaml.ScalarNode):
            style = value_node.style or ""
        entries.append(
            Entry(
                key=key,
                value=value,
                start=start,
                end=end,
                key_text=text[key_node.start_mark.index : key_node.end_mark.index],
                style=style,
                line=key_node.start_mark.line,
                column=key_node.start_mark.column,
                value_line=value_node.start_mark.line,
                value_column=value_node.start_mark.column,
                value_end_line=value_node.end_mark.line,
                value_end=value_node.end_mark.index,
            )
        )
    return entries


def _hashable(key: Any) -> bool:
    try:
        hash(key)
    except TypeError:
        return False
    return True


def _line_starts(text: str) -> list[int]:
    return [0] + [match.end() for match in _BREAKS.finditer(text)] + [len(text)]


def _entry_end(text: str, node: yaml.Node) -> int:
    """End of an entry: the value's last line, newline included; a trailing comment stays with it."""
    end = node.end_mark.index
    if node.end_mark.column == 0 and end > 0:
        return end  # block scalars and block collections end at the start of the next line
    match = _BREAKS.search(text, end)
    return match.end() if match else len(text)


def _check_nodes(root: yaml.Node, max_nodes: int = MAX_NODES) -> list[YamlError]:
    """One walk over the graph as if aliases were expanded: refuse unknown tags, bound the
    expansion (a "billion laughs" file fails fast), the nesting and the length of numbers, and
    collect duplicate keys as warnings."""
    budget = max_nodes
    duplicates: list[YamlError] = []
    seen_mappings: set[int] = set()
    stack = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        budget -= 1
        if budget < 0:
            raise YamlError("yaml-too-complex", node.start_mark.line, node.start_mark.column, variant="values",
                            params={"limit": max_nodes})
        if depth > MAX_DEPTH:
            raise YamlError("yaml-too-complex", node.start_mark.line, node.start_mark.column, variant="depth",
                            params={"limit": MAX_DEPTH})
        if node.tag in _NUMBER_TAGS and len(node.value) > MAX_NUMBER_CHARS:
            raise YamlError("yaml-value", node.start_mark.line, node.start_mark.column, variant="long-number",
                            params={"length": len(node.value), "limit": MAX_NUMBER_CHARS})
        if node.tag not in _DATA_TAGS:
            raise YamlError("unknown-tag", node.start_mark.line, node.start_mark.column,
                            params={"tag": node.tag.replace('tag:yaml.org,2002:', '!!')})
        if isinstance(node, yaml.MappingNode):
            first_visit = id(node) not in seen_mappings
            seen_mappings.add(id(node))
            keys: set = set()
            for key_node, value_node in node.value:
                if first_visit and isinstance(key_node, yaml.ScalarNode):
                    if key_node.value in keys:
                        duplicates.append(_duplicate(key_node))
                    keys.add(key_node.value)
                stack.append((key_node, depth + 1))
                stack.append((value_node, depth + 1))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, depth + 1) for item in node.value)
    return duplicates


_STR = "tag:yaml.org,2002:str"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
# Plain scalars the quick reader builds with the safe constructor's own functions.
_BUILT = {"tag:yaml.org,2002:" + name: "construct_yaml_" + name for name in ("int", "float", "timestamp")}


def _construct_flat(root: yaml.MappingNode, constructor: yaml.constructor.SafeConstructor) -> tuple[dict, list[YamlError]] | None:
    """The common case built directly (text keys; text, boolean or null values; no aliases can
    hide in such a mapping): several times faster than the general path, which matters when
    indexing thousands of postings. None when anything else is present."""
    if root.tag != "tag:yaml.org,2002:map":
        return None
    data: dict = {}
    duplicates: list[YamlError] = []
    for key_node, value_node in root.value:
        if key_node.tag != _STR or not isinstance(key_node, yaml.ScalarNode) or not isinstance(value_node, yaml.ScalarNode):
            return None
        tag = value_node.tag
        if tag == _STR:
            value = value_node.value
        elif tag == _BOOL:
            value = constructor.bool_values[value_node.value.lower()]
        elif tag == _NULL:
            value = None
        else:
            return None
        if key_node.value in data:
            duplicates.append(_duplicate(key_node))
        data[key_node.value] = value
    return data, duplicates


def _duplicate(key_node: yaml.Node) -> YamlError:
    return YamlError("duplicate-key", key_node.start_mark.line, key_node.start_mark.column,
                     params={"field": str(key_node.value)})


def _explain(error: yaml.MarkedYAMLError) -> tuple[str, dict]:
    """PyYAML's words, turned into a sentence a writer can act on: the ``yaml-syntax`` variant and
    its parameters (PyYAML's own words stay as the ``detail``, in English)."""
    problem = (error.problem or "").strip()
    context = (error.context or "").strip()
    # PyYAML's wording of a problem -> the yaml-syntax variant that explains it (finding catalogue).
    hints = {
        "mapping values are not allowed here": "hint-colon-in-value",
        "expected <block end>, but found": "hint-block-end",
        "could not find expected ':'": "hint-missing-colon",
        "did not find expected key": "hint-quote-ends-early",
        "found character '\\t' that cannot start any token": "hint-tab",
        "found a tab character": "hint-tab",
        "found undefined alias": "hint-undefined-alias",
        "did not find expected ',' or ']'": "hint-unclosed-list",
        "did not find expected ',' or '}'": "hint-unclosed-map",
        "found unexpected end of stream": "hint-unclosed-quote",
    }
    for pattern, variant in hints.items():
        # The C and pure-Python loaders word some problems differently ("... here", "... in this context").
        if problem.startswith(pattern) or problem.startswith(pattern.removesuffix(" here")):
            return variant, {"detail": problem}
    detail = "; ".join(part for part in (context, problem) if part)
    return "", {"detail": detail}


def plain_value(value: Any) -> Any:
    """A JSON-friendly copy of a YAML value (dates as ISO text)."""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [plain_value(v) for v in value]
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return value
