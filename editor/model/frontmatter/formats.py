"""The reader and the editors of each front matter format Hugo reads, chosen by the document's format.

The TOML and JSON modules are imported the first time a posting in that format is met: a site of
YAML postings never pays for tomlkit.
"""

from __future__ import annotations

from typing import Any, Protocol

from editor.model.frontmatter.yaml_safe import FrontMatter


class _Reader(Protocol):
    """What each format's module offers for reading (yaml_safe, toml_front, json_front)."""

    def parse_front_matter(self, text: str) -> FrontMatter: ...


class _Editor(Protocol):
    """What each format's module offers for minimal edits (yaml_edit, toml_front, json_front)."""

    def set_value(self, front: FrontMatter, key: str, value: Any, newline: str = ...) -> FrontMatter: ...

    def remove_key(self, front: FrontMatter, key: str) -> FrontMatter: ...


def _reader(kind: str) -> _Reader:
    if kind == "toml":
        from editor.model.frontmatter import toml_front

        return toml_front
    if kind == "json":
        from editor.model.frontmatter import json_front

        return json_front
    from editor.model.frontmatter import yaml_safe

    return yaml_safe


def _editor(kind: str) -> _Editor:
    if kind == "toml":
        from editor.model.frontmatter import toml_front

        return toml_front
    if kind == "json":
        from editor.model.frontmatter import json_front

        return json_front
    from editor.model.frontmatter import yaml_edit

    return yaml_edit


def parse_front(kind: str, text: str) -> FrontMatter:
    """The front matter ``text`` of a document in format ``kind`` ("yaml", "toml" or "json").
    Raises a :class:`~editor.model.frontmatter.document.PositionedError` (0-based line and column
    in ``text``), which has a ``partial`` front matter when only some values are unreadable."""
    return _reader(kind).parse_front_matter(text)


def set_value(kind: str, front: FrontMatter, key: str, value: Any, newline: str) -> FrontMatter:
    """``front`` with ``key`` set to ``value``, only that entry's text changed; ValueError when unsafe."""
    return _editor(kind).set_value(front, key, value, newline)


def remove_key(kind: str, front: FrontMatter, key: str) -> FrontMatter:
    return _editor(kind).remove_key(front, key)


def front_text(kind: str, data: dict, newline: str = "\n") -> str:
    """Front matter holding ``data`` in format ``kind``, with its delimiters, for a new file (a template
    moved to the site's format): everything after it is the body."""
    if kind == "toml":
        import tomlkit

        text = "+++\n" + tomlkit.dumps(data) + "+++\n"
    elif kind == "json":
        import json

        from editor.model.frontmatter.json_front import plain

        text = json.dumps(plain(data), ensure_ascii=False, indent=2) + "\n"
    else:
        import yaml

        text = "---\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1_000_000) + "---\n"
    return text.replace("\n", newline) if newline != "\n" else text

