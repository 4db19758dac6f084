"""What a write is asked to do, and the refusal when a file is no longer what the caller loaded."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from editor.model.findings.worded import Worded


class FileChangedError(Worded, RuntimeError):
    """The file on disk is no longer what was loaded; writing would throw away someone's change."""


@dataclass
class Change:
    """A new version of ``path``: ``data`` None removes the file.

    ``expected`` is the digest of what the caller loaded ("" for "must not exist"); None writes
    whatever the file holds now."""

    path: Path
    data: bytes | None
    expected: str | None = None


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
