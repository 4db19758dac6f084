"""Reading the small YAML, TOML and JSON files a site keeps beside its postings (Hugo's
configuration, the editor's settings and glossary), with the same bounds as postings.

These files travel with a shared repository, so they are read as carefully as postings: only
regular files, never past a size limit, YAML through the bounded reader of front matter, and any
failure of a parser (including the ValueError, RecursionError or OverflowError that some inputs
cause) turned into one plain :class:`DataFileError`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from editor.model.findings.worded import Worded
from editor.model.frontmatter.document import MAX_FILE_BYTES
from editor.model.storage.files import read_bytes
from editor.model.frontmatter.yaml_safe import MAX_DEPTH, YamlError, load_data

MAX_DATA_NODES = 200_000  # a large Hugo configuration has a few thousand values


class DataFileError(Worded, ValueError):
    """The file exists but cannot be used; the message says why, in a sentence (no path)."""


def load_data_file(path: Path, *, max_bytes: int = MAX_FILE_BYTES, max_nodes: int = MAX_DATA_NODES,
                   kind: str | None = None) -> Any:
    """The data in ``path``, by its suffix (``kind`` overrides: "yaml", "toml" or "json").

    OSError when it cannot be read (FileNotFoundError when it does not exist); DataFileError when
    its content cannot be used."""
    raw = read_bytes(Path(path), max_bytes)
    if len(raw) > max_bytes:
        raise DataFileError.said("data-too-large", kilobytes=str(max_bytes // 1024))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DataFileError.said("data-not-utf8", byte=f"0x{raw[error.start]:02x}", offset=error.start) from None
    kind = kind or Path(path).suffix.lstrip(".").lower()
    try:
        if kind == "toml":
            data = _toml_loads(text)
        elif kind == "json":
            data = json.loads(text)
        else:
            data = load_data(text, max_nodes=max_nodes, lenient=True)
    except YamlError as error:
        message = error.message.replace("The front matter", "The file").replace("front matter", "this file").rstrip(".")
        raise DataFileError.said("data-at", line=error.line + 1, column=error.column + 1, reason=message) from None
    except json.JSONDecodeError as error:
        raise DataFileError.said("data-at", line=error.lineno, column=error.colno, reason=error.msg) from None
    except _TomlError as error:
        raise DataFileError(str(error)) from None
    except RecursionError:
        raise DataFileError.said("data-too-deep") from None
    except (ValueError, OverflowError, TypeError, ArithmeticError) as error:
        reason = str(error) or type(error).__name__
        if "integer string conversion" in reason:
            raise DataFileError.said("data-long-number") from None
        raise DataFileError(reason) from None
    if _too_deep(data):
        raise DataFileError.said("data-deeper-than", depth=MAX_DEPTH)
    return data


class _TomlError(Exception):
    """tomllib's refusal of a file, carried out of :func:`_toml_loads`."""


def _toml_loads(text: str) -> Any:
    # tomllib is imported for a TOML file only: most sites' configuration is YAML, and every
    # command reads it (a cold list of 5,000 postings paid ~2 ms to import a parser it never used).
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise _TomlError(str(error)) from None


def _too_deep(data: Any) -> bool:
    stack = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            return True
        if isinstance(value, dict):
            stack.extend((item, depth + 1) for item in value.values())
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in value)
    return False
