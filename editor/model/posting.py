"""One posting file: its exact text, its front matter fields and its body.

An unchanged posting writes back exactly the bytes it was loaded from. Field edits rewrite only
that field's lines; body edits replace only the body. A posting whose front matter cannot be read
is *invalid*: it keeps its bytes untouched and can only be repaired through :meth:`set_text`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .document import BOM, Document, DocumentError, decode, parse_document
from .files import atomic_write, digest, read_bytes
from .findings import Finding, Severity
from .yaml_edit import remove_key, set_value
from .yaml_safe import FrontMatter, YamlError, parse_front_matter

class InvalidPostingError(ValueError):
    """An edit was asked of a posting whose front matter cannot be read."""


@dataclass(frozen=True)
class Problem:
    """Why a posting cannot be read, at a 1-based line and column of the file."""

    code: str
    message: str
    line: int
    column: int


@dataclass(frozen=True)
class Summary:
    """What a site index needs of a posting, small enough to cache between runs."""

    digest: str
    valid: bool
    data: dict
    progress: dict | None = None  # what the index found left to do in the file (queue.posting_progress)


# Attributes that exist only once a posting's file has been read and parsed.
_LOADED_STATE = frozenset({"document", "front", "problem", "warnings", "_raw", "_loaded_digest"})


class Posting:
    """A posting loaded from bytes, editable field by field, saved atomically."""

    _summary: Summary | None = None
    # What is left to do in the file as the site index read it (``queue.posting_progress``);
    # None for a posting not read by an index.
    progress: dict | None = None

    def __init__(self, raw: bytes, path: Path | None = None, language: str | None = None, *, on_disk: bool = True):
        """``on_disk=False`` for a posting made in memory (from a template): its file must not exist yet."""
        self.path = path if isinstance(path, Path) or path is None else Path(path)
        self.language = language  # "en" or "fr" once known from the site's folders
        # Digest of what the file on disk holds ("" for no file): saves compare against it.
        self._loaded_digest = digest(raw) if on_disk else ""
        self._raw = raw
        self.document: Document | None = None
        self.front: FrontMatter | None = None
        self.problem: Problem | None = None
        self.warnings: list[Problem] = []
        self._parse(raw)

    # ----------------------------------------------------------------- loading
    @classmethod
    def indexed(cls, path: Path, language: str | None, summary: Summary) -> "Posting":
        """A posting known from a cached summary; the file is read the first time more is needed."""
        posting = cls.__new__(cls)
        posting.path, posting.language, posting._summary = path, language, summary
        return posting

    def __getattr__(self, name: str):
        # Only reached for attributes not set yet: the state of a posting made by indexed().
        if name in _LOADED_STATE and self.__dict__.get("_summary") is not None:
            self._load_now()
            return getattr(self, name)
        raise AttributeError(name)

    def _load_now(self) -> None:
        try:
            raw = read_bytes(self.path)
        except OSError as error:
            raw = b""
            self._summary = None
            self._raw, self._loaded_digest = raw, ""
            self.document, self.front, self.warnings = None, None, []
            self.problem = Problem("unreadable", f"The file cannot be read: {error.strerror}.", 1, 1)
            return
        self._summary = None
        self._raw, self._loaded_digest = raw, digest(raw)
        self._parse(raw)

    def summary(self) -> Summary:
        if self._summary is not None:
            return self._summary
        return Summary(self._loaded_digest, self.valid, self.data, self.progress)

    @classmethod
    def load(cls, path: Path | str) -> "Posting":
        """Read a posting; OSError propagates (the caller reports it), bad content makes it invalid."""
        path = Path(path)
        return cls(read_bytes(path), path)

    def _parse(self, raw: bytes) -> None:
        self.document, self.front, self.problem, self.warnings = None, None, None, []
        try:
            self.document = parse_document(raw)
        except DocumentError as error:
            self.problem = Problem(error.code, error.message, error.line, error.column)
            return
        self._parse_front()

    def _parse_front(self) -> None:
        assert self.document is not None
        first = self.document.front_first_line
        try:
            self.front = parse_front_matter(self.document.front)
        except YamlError as error:
            self.front = None
            self.problem = Problem(error.code, error.message, first + error.line, error.column + 1)
            return
        self.problem = None
        self.warnings = [Problem(w.code, w.message, first + w.line, w.column + 1) for w in self.front.warnings]

    # ----------------------------------------------------------------- reading
    @property
    def valid(self) -> bool:
        if self._summary is not None:
            return self._summary.valid
        return self.problem is None

    @property
    def data(self) -> dict:
        if self._summary is not None:
            return dict(self._summary.data)
        return dict(self.front.data) if self.front is not None else {}

    def get(self, key: str, default: Any = None) -> Any:
        if self._summary is not None:
            return self._summary.data.get(key, default)
        return self.front.data.get(key, default) if self.front is not None else default

    def field_line(self, key: str) -> int | None:
        """1-based file line of a top-level field, or None when absent or unreadable."""
        if self.front is None or self.document is None:
            return None
        entry = self.front.entry(key)
        return None if entry is None else self.document.front_first_line + entry.line

    def field_position(self, key: str) -> tuple[int, int]:
        """1-based (line, column) of a field's value; the top of the file when it is absent."""
        if self.front is None or self.document is None:
            return (1, 1)
        entry = self.front.entry(key)
        if entry is None:
            return (1, 1)
        return (self.document.front_first_line + entry.value_line, entry.value_column + 1)

    @property
    def body(self) -> str:
        return self.document.body if self.document is not None else ""

    @property
    def body_first_line(self) -> int:
        return self.document.body_first_line if self.document is not None else 1

    def text(self) -> str:
        """The whole file as text (what a raw-text editor shows)."""
        if self.document is not None:
            return self.document.text().removeprefix(BOM)
        try:
            return decode(self._raw)[0]
        except DocumentError:
            return self._raw.decode("utf-8", errors="replace").removeprefix(BOM)

    def to_bytes(self) -> bytes:
        if self.document is None:
            return self._raw
        if self.front is None:
            return self._raw  # unreadable front matter is never rewritten from a guess
        return self.document.to_bytes()

    @property
    def modified(self) -> bool:
        if self._summary is not None:
            return False  # known only from the index: nothing was changed in memory
        return digest(self.to_bytes()) != self._loaded_digest

    # ----------------------------------------------------------------- editing
    def _require_valid(self) -> None:
        if self.document is None or self.front is None:
            message = self.problem.message if self.problem else "The posting cannot be read."
            raise InvalidPostingError(f"{self.path or 'The posting'}: {message} Repair the front matter first.")

    def set(self, key: str, value: Any) -> None:
        """Set one field, rewriting only its lines. ValueError when it cannot be written safely."""
        self._require_valid()
        if any(w.code == "duplicate-key" and f"'{key}'" in w.message for w in self.warnings):
            raise ValueError(f"The field '{key}' appears more than once in the front matter; remove one of them first.")
        front = set_value(self.front, key, value, self.document.newline)
        self.front = front
        self.document = self.document.with_front(front.text)

    def remove(self, key: str) -> None:
        self._require_valid()
        self.front = remove_key(self.front, key)
        self.document = self.document.with_front(self.front.text)

    def set_body(self, body: str) -> None:
        """Replace the body; its line breaks follow the file's, so a CRLF file stays CRLF."""
        self._require_valid()
        newline = self.document.newline
        body = re.sub(r"\r\n|\r|\n", newline, body) if newline != "\n" else body.replace("\r\n", "\n")
        self.document = self.document.with_body(body)

    def set_text(self, text: str) -> None:
        """Replace the whole file text (raw-text repair); the posting becomes valid if it now parses."""
        bom = self.document.bom if self.document is not None else self._raw.startswith(BOM.encode())
        raw = ((BOM if bom else "") + text).encode("utf-8")
        self._raw = raw
        self._parse(raw)

    # ----------------------------------------------------------------- saving
    def save(self, path: Path | None = None, *, force: bool = False) -> None:
        """Write atomically. Refuses (FileChangedError) when the file changed on disk since loading."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("The posting has no file name yet.")
        data = self.to_bytes()
        # A new target must not exist yet: saving never silently replaces another posting.
        expected = self._loaded_digest if target == self.path else ""
        atomic_write(target, data, expected_digest=None if force else expected)
        self.path = target
        self._loaded_digest = digest(data)
        self._raw = data

    def disk_changed(self) -> bool:
        """True when the file on disk differs from what was loaded or last saved."""
        if self.path is None:
            return False
        try:
            return digest(read_bytes(self.path)) != self._loaded_digest
        except FileNotFoundError:
            return self._loaded_digest != ""

    # ----------------------------------------------------------------- findings
    def syntax_findings(self, file: str | None = None) -> list[Finding]:
        name = file if file is not None else str(self.path or "<posting>")
        found = []
        if self.problem is not None:
            found.append(Finding(name, self.problem.line, self.problem.column, Severity.ERROR, self.problem.code, self.problem.message))
        for warning in self.warnings:
            found.append(Finding(name, warning.line, warning.column, Severity.ERROR, warning.code, warning.message))
        return found
