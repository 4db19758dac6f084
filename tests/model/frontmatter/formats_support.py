"""Sample postings rewritten in TOML or JSON front matter, for tests of sites that mix formats."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import tomlkit

from editor.model.frontmatter.posting import Posting


def convert(path: Path, kind: str) -> Path:
    """Rewrite the YAML posting at ``path`` with ``kind`` ("toml" or "json") front matter, same values and body."""
    posting = Posting.load(path)
    assert posting.valid, posting.problem
    if kind == "toml":
        front = "+++\n" + tomlkit.dumps(posting.data) + "+++\n"
    else:
        front = json.dumps(posting.data, ensure_ascii=False, indent=2, default=_text) + "\n"
    path.write_text(front + posting.body, encoding="utf-8")
    return path


def _text(value):
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    raise TypeError(type(value).__name__)
