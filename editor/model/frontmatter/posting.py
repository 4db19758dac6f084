"""One posting file: its exact text, its front matter fields and its body.

An unchanged posting writes back exactly the bytes it was loaded from. Field edits rewrite only
that field's lines; body edits replace only the body. A posting whose front matter cannot be read
is *invalid*: it keeps its bytes untouched and can only be repaired through :meth:`set_text`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from editor.model.storage.confine import check_inside
from editor.model.frontmatter.document import (BOM, MAX_FILE_BYTES, Document, DocumentError, EditError, PositionedError, decode,
                                              keep_line_endings, parse_document)
from editor.model.storage.files import Change, NotRegularFileError, atomic_write, digest, read_bytes, write_files
from editor.model.findings import Finding, Params, Severity, render
from editor.model.findings.worded import Phrase, Worded
from editor.model.frontmatter.formats import parse_front, remove_key, set_value
from editor.model.frontmatter.merge_markers import saved_conflict_lines
from editor.model.frontmatter.yaml_safe import FrontMatter

if TYPE_CHECKING:
    from editor.model.hugo.config import Site

# Problems that mean the file itself could not be read: nothing is known of its contents.
UNREADABLE_CODES = frozenset({"unreadable", "not-a-regular-file"})


def unreadable_problem(error: OSError) -> Problem:
    """Why a file could not be read, as a posting problem (and a finding)."""
    if isinstance(error, NotRegularFileError):
        return Problem.of("not-a-regular-file", 1, 1)
    reason = error.strerror or str(error)
    return Problem.of("unreadable", 1, 1, params={"reason": reason, "permission": isinstance(error, PermissionError)})


class InvalidPostingError(Worded, ValueError):
    """An edit was asked of a posting whose front matter cannot be read."""


@dataclass(frozen=True)
class Problem:
    """Why a posting cannot be read, at a 1-based line and column of the file."""

    code: str
    message: str  # in English
    line: int
    column: int
    params: Params = field(default_factory=Params, kw_only=True)
    variant: str = field(default="", kw_only=True)

    @classmethod
    def of(cls, code: str, line: int, column: int, *, variant: str = "", params: dict | None = None) -> Problem:
        values = Params(params)
        return cls(code, render(code, variant, values), line, column, params=values, variant=variant)

    @classmethod
    def moved(cls, error: PositionedError | Problem, line: int, column: int) -> Problem:
        """``error`` (a reading error or another problem) at another place."""
        return cls(error.code, error.message, line, column, params=error.params, variant=error.variant)

    def message_in(self, lang: str) -> str:
        """The message in ``lang`` (``message`` is the English one)."""
        return render(self.code, self.variant, self.params, lang)


class Summary(NamedTuple):
    """What a site index needs of a posting, small enough to cache between runs. A named tuple
    rather than a frozen dataclass: one is made for each file an index reads or finds in its
    cache (thousands), and a tuple is made in C."""

    digest: str
    valid: bool
    data: dict
    progress: dict | None = None  # what the index found left to do in the file (queue.posting_progress)
    conflicts: tuple[int, ...] = ()  # where each conflict a merge left in the file opens (merge_markers)


# Attributes that exist only once a posting's file has been read and parsed.
_LOADED_STATE = frozenset({"document", "front", "problem", "warnings", "_raw", "_base", "_loaded_digest", "_partial", "_cut"})


class Posting:
    """A posting loaded from bytes, editable field by field, saved atomically."""

    _summary: Summary | None = None
    # What is left to do in the file as the site index read it (``queue.posting_progress``);
    # None for a posting not read by an index.
    progress: dict | None = None
    # (the saved bytes, where the conflicts a merge left in them open): see ``conflicts``.
    _conflicts_known: tuple[bytes, tuple[int, ...]] | None = None
    # (what ``modified`` was worked out from, its answer): see ``modified``.
    _modified_known: tuple[tuple, bool] | None = None

    def __init__(self, raw: bytes, path: Path | None = None, language: str | None = None, *, on_disk: bool = True):
        """``on_disk=False`` for a posting made in memory (from a template): its file must not exist yet."""
        self.path = path if isinstance(path, Path) or path is None else Path(path)
        self.language = language  # "en" or "fr" once known from the site's folders
        # Digest of what the file on disk holds ("" for no file): saves compare against it.
        self._loaded_digest = digest(raw) if on_disk else ""
        self._raw = raw
        # The bytes as loaded or last saved (b"" when there is no file): ``_raw`` follows whole-text edits.
        self._base = raw if on_disk else b""
        # Read only in part (a file too large for a posting): writing it would cut the rest off.
        self._cut = on_disk and len(raw) > MAX_FILE_BYTES
        self.document: Document | None = None
        self.front: FrontMatter | None = None
        # An invalid posting whose only trouble is values that cannot be built (an impossible
        # date): its other fields, which edits can still change. None otherwise.
        self._partial: FrontMatter | None = None
        self.problem: Problem | None = None
        self.warnings: list[Problem] = []
        self._parse(raw)

    # ----------------------------------------------------------------- loading
    @classmethod
    def indexed(cls, path: Path, language: str | None, summary: Summary) -> Posting:
        """A posting known from a cached summary; the file is read the first time more is needed."""
        posting = cls.__new__(cls)
        posting.path, posting.language, posting._summary = path, language, summary
        return posting

    def __getattr__(self, name: str) -> Any:
        # Only reached for attributes not set yet: the state of a posting made by indexed().
        if name in _LOADED_STATE and self.__dict__.get("_summary") is not None:
            self._load_now()
            return getattr(self, name)
        raise AttributeError(name)

    @classmethod
    def unreadable_file(cls, path: Path, language: str | None, error: OSError) -> Posting:
        """A posting for a file that could not be read: invalid, never written, its problem says why."""
        posting = cls(b"", path, language)
        posting._set_unreadable(error)
        return posting

    def _set_unreadable(self, error: OSError) -> None:
        self._summary = None
        self._raw, self._base, self._loaded_digest, self._cut = b"", b"", "", False
        self.document, self.front, self.warnings, self._partial = None, None, [], None
        self.problem = unreadable_problem(error)

    @property
    def unreadable(self) -> bool:
        """The file could not be read at all (permissions, not a regular file)."""
        if self.__dict__.get("_summary") is not None:
            return False  # it was read when indexed
        return self.problem is not None and self.problem.code in UNREADABLE_CODES

    def _load_now(self) -> None:
        assert self.path is not None  # only postings made by indexed() load late, and they have a file
        try:
            raw = read_bytes(self.path)
        except OSError as error:
            self._set_unreadable(error)
            return
        self._summary = None
        self._raw, self._base, self._loaded_digest, self._cut = raw, raw, digest(raw), len(raw) > MAX_FILE_BYTES
        self._parse(raw)

    def summary(self) -> Summary:
        if self._summary is not None:
            return self._summary
        return Summary(self._loaded_digest, self.valid, self.data, self.progress, self.conflicts)

    @property
    def conflicts(self) -> tuple[int, ...]:
        """The line where each conflict a merge left in the file opens, as loaded or last saved (what
        the site's list shows): () for nearly every file."""
        summary: Summary | None = self.__dict__.get("_summary")
        if summary is not None:
            return summary.conflicts
        # Looked for once per saved text: a list asks each pair's status many times.
        base, known = self._base, self._conflicts_known
        if known is None or known[0] is not base:
            known = self._conflicts_known = (base, saved_conflict_lines(base))
        return known[1]

    @classmethod
    def load(cls, path: Path | str) -> Posting:
        """Read a posting; OSError propagates (the caller reports it), bad content makes it invalid."""
        path = Path(path)
        return cls(read_bytes(path), path)

    def _parse(self, raw: bytes) -> None:
        self.document, self.front, self.problem, self.warnings, self._partial = None, None, None, [], None
        try:
            self.document = parse_document(raw)
        except DocumentError as error:
            self.problem = Problem.moved(error, error.line, error.column)
            return
        self._parse_front()

    def _parse_front(self) -> None:
        assert self.document is not None
        first = self.document.front_first_line
        try:
            self.front = parse_front(self.document.format, self.document.front)
        except PositionedError as error:
            self.front, self._partial = None, getattr(error, "partial", None)
            self.problem = Problem.moved(error, first + error.line, error.column + 1)
            self.warnings = [Problem.moved(w, first + w.line, w.column + 1) for w in (error.partial.warnings if error.partial else [])]
            return
        self._partial = None
        self.problem = None
        self.warnings = [Problem.moved(w, first + w.line, w.column + 1) for w in self.front.warnings]

    # ----------------------------------------------------------------- reading
    @property
    def valid(self) -> bool:
        if self._summary is not None:
            return self._summary.valid
        return self.problem is None

    @property
    def problem_message(self) -> str:
        """Why the posting cannot be read, in English ("" when it can)."""
        return self.problem.message if self.problem is not None else ""

    @property
    def data(self) -> dict:
        if self._summary is not None:
            return dict(self._summary.data)
        return dict(self.front.data) if self.front is not None else {}

    def get(self, key: str, default: Any = None) -> Any:
        if self._summary is not None:
            return self._summary.data.get(key, default)
        return self.front.data.get(key, default) if self.front is not None else default

    def get_all(self, keys: Sequence[str]) -> list[Any]:
        """``[self.get(key) for key in keys]``, in one call: the pairs of a large site compare
        their shared fields each time their statuses are asked."""
        data = self._summary.data if self._summary is not None else self.front.data if self.front is not None else {}
        return list(map(data.get, keys))

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
        if self.front is None and self._partial is None:
            return self._raw  # unreadable front matter is never rewritten from a guess
        return self.document.to_bytes()

    @property
    def modified(self) -> bool:
        if self._summary is not None or self.unreadable:
            return False  # known only from the index, or not read at all: nothing was changed in memory
        # Asked four times a keystroke (the window's title, each column's header, autosave): the
        # answer is kept for the text it was worked out for. Every edit replaces the document (or the
        # raw bytes), and a save the bytes it compares with, so the objects themselves say whether
        # it still holds; kept with them, none of them can be freed and its identity reused.
        state = (self.document, self.front, self._partial, self._raw, self._base, self._loaded_digest)
        known = self._modified_known
        if known is not None and all(now is then for now, then in zip(state, known[0])):
            return known[1]
        # What was loaded or last saved is kept whole (``_base``; no file yet: nothing, and any text is
        # a change): comparing with it is the digest's comparison without hashing 2 MB a keystroke.
        modified = self._loaded_digest == "" or self.to_bytes() != self._base
        self._modified_known = (state, modified)
        return modified

    # ----------------------------------------------------------------- editing
    def _require_valid(self) -> None:
        if self.document is None or self.front is None:
            raise InvalidPostingError.said("posting-repair-first", path=str(self.path) if self.path else Phrase("the-posting"),
                                           problem=self.problem or Phrase("posting-unreadable"))

    @property
    def repairable(self) -> bool:
        """Invalid only because of values that cannot be built: fields can still be set, and
        setting the unreadable ones to good values makes the posting valid."""
        return self.front is None and self._partial is not None

    @property
    def unreadable_fields(self) -> frozenset:
        """Top-level fields whose values cannot be read (empty unless :attr:`repairable`)."""
        return self._partial.broken if self.front is None and self._partial is not None else frozenset()

    def _editable_front(self) -> tuple[Document, FrontMatter]:
        """The document and the front matter edits go through (the readable part of a repairable one)."""
        front = self.front if self.front is not None else self._partial
        if self.document is None or front is None:
            self._require_valid()
            raise AssertionError("unreachable: an invalid posting was refused above")
        return self.document, front

    def _replace_front(self, document: Document, front: FrontMatter) -> None:
        self.document = document.with_front(front.text)
        if self.front is not None:
            self.front = front
        else:
            self._parse_front()  # a repaired value may make the whole posting valid again

    def set(self, key: str, value: Any) -> None:
        """Set one field, rewriting only its lines. ValueError when it cannot be written safely."""
        document, front = self._editable_front()
        if any(w.code == "duplicate-key" and f"'{key}'" in w.message for w in self.warnings):
            raise EditError.said("edit-duplicate-field", name=key)
        self._replace_front(document, set_value(document.format, front, key, value, document.newline))

    def remove(self, key: str) -> None:
        document, front = self._editable_front()
        self._replace_front(document, remove_key(document.format, front, key))

    @property
    def file_path(self) -> Path:
        """``path`` where the posting must have one: every posting a site index holds was read from
        its file. ValueError for a posting made in memory and never saved."""
        if self.path is None:
            raise ValueError("The posting has no file name yet.")
        return self.path

    @property
    def file_language(self) -> str:
        """``language`` where the posting must have one: every posting a site index holds is in a
        language's folder. ValueError for a posting whose language is not known."""
        if self.language is None:
            raise ValueError("The posting's language is not known.")
        return self.language

    @property
    def newline(self) -> str:
        """The file's line break ("\n" for a posting that cannot be taken apart)."""
        return self.document.newline if self.document is not None else "\n"

    @property
    def format(self) -> str:
        """The front matter's format: "yaml", "toml" or "json" ("yaml" when the file has none yet)."""
        return self.document.format if self.document is not None else "yaml"

    def set_body(self, body: str) -> None:
        """Replace the body; its line breaks follow the file's, so a CRLF file stays CRLF (and the
        lines kept of a file that mixes them keep theirs)."""
        document, _front = self._editable_front()
        document = document.with_body(keep_line_endings(document.body, body, document.newline))
        size = len(document.to_bytes())
        if size > MAX_FILE_BYTES:
            # Written, it could not be opened again: the editor refuses files this large.
            raise EditError.said("edit-too-large", kilobytes=str(size // 1024), most=str(MAX_FILE_BYTES // 1024))
        self.document = document

    def set_text(self, text: str) -> None:
        """Replace the whole file text (raw-text repair); the posting becomes valid if it now parses."""
        bom = self.document.bom if self.document is not None else self._raw.startswith(BOM.encode())
        raw = ((BOM if bom else "") + text).encode("utf-8")
        self._raw = raw
        self._parse(raw)

    # ----------------------------------------------------------------- saving
    def save(self, path: Path | None = None, *, force: bool = False, site: Site | None = None) -> None:
        """Write atomically. Refuses (FileChangedError) when the file changed on disk since loading.
        ``site``: the site the file is in, when the caller has it open (``check_inside`` would
        otherwise open every folder above the file to find it)."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("The posting has no file name yet.")
        if self.unreadable and self.problem is not None:  # an unreadable posting always has its problem
            raise InvalidPostingError.said("posting-not-written", path=str(self.path), problem=self.problem)
        self._refuse_cut()
        data = self.to_bytes()
        check_inside(target, site)
        # A new target must not exist yet: saving never silently replaces another posting.
        expected = self._loaded_digest if target == self.path else ""
        atomic_write(target, data, expected_digest=None if force else expected)
        self._saved(target, data)

    def _saved(self, target: Path, data: bytes) -> None:
        self.path = target
        self._loaded_digest = digest(data)
        self._raw = self._base = data

    def change(self, *, force: bool = False) -> Change:
        """This posting's save as one change of :func:`save_postings`."""
        if self.path is None:
            raise ValueError("The posting has no file name yet.")
        self._refuse_cut()
        check_inside(self.path)
        return Change(self.path, self.to_bytes(), None if force else self._loaded_digest)

    def _refuse_cut(self) -> None:
        if self._cut:
            raise InvalidPostingError.said("posting-not-written", path=str(self.path), problem=Problem.of(
                "file-too-large", 1, 1, params={"kilobytes": str(MAX_FILE_BYTES // 1024)}))

    def saved_version(self) -> Posting:
        """The posting as it was loaded or last saved (what reverting would bring back)."""
        return Posting(self._base, self.path, self.language)

    @property
    def saved_bytes(self) -> bytes:
        """The file's bytes as loaded or last saved (b"" for a posting not on disk yet): what the
        edits here started from, which a three-way merge with the file on disk needs."""
        return self._base

    def unsaved_fields(self) -> list[str]:
        """What differs from the saved version: field names in file order, then ``body``; ``text``
        when either version's front matter cannot be read (then only the whole text compares)."""
        saved = self.saved_version()
        if not self.modified:
            return []
        if not (self.valid and saved.valid):
            return ["text"]
        mine, theirs = self.data, saved.data
        names = list(dict.fromkeys([*mine, *theirs]))
        changed = [name for name in names
                   if name not in mine or name not in theirs or repr(mine[name]) != repr(theirs[name])]
        if self.body != saved.body:
            changed.append("body")
        # Only spacing or quoting changed inside the front matter: still an edit to name.
        return changed or ["front matter"]

    @property
    def base_digest(self) -> str:
        """The digest of what the file held when this posting was read or last saved ("" for a file not
        on disk yet): what its unsaved edits start from, whatever the file holds now."""
        summary = self.__dict__.get("_summary")
        return summary.digest if summary is not None else self._loaded_digest

    def disk_changed(self) -> bool:
        """True when the file on disk differs from what was loaded or last saved (for a posting known
        only from the site's index, from what the index read: reading it now would move the mark)."""
        if self.path is None:
            return False
        try:
            return digest(read_bytes(self.path)) != self.base_digest
        except FileNotFoundError:
            return self.base_digest != ""

    # ----------------------------------------------------------------- findings
    def syntax_findings(self, file: str | None = None) -> list[Finding]:
        name = file if file is not None else str(self.path or "<posting>")
        found = []
        if self.problem is not None:
            found.append(Finding(name, self.problem.line, self.problem.column, Severity.ERROR, self.problem.code,
                                 params=self.problem.params, variant=self.problem.variant))
        for warning in self.warnings:
            found.append(Finding(name, warning.line, warning.column, Severity.ERROR, warning.code,
                                 params=warning.params, variant=warning.variant))
        return found


def save_postings(postings: list[Posting], *, force: bool = False) -> None:
    """Save several postings as one change: every file is written, or none (also across a crash).

    Refuses (FileChangedError) when any of them changed on disk since it was loaded, unless ``force``."""
    changes = [posting.change(force=force) for posting in postings]
    write_files(changes)
    for posting, change in zip(postings, changes):
        assert change.data is not None  # a posting's change writes its bytes, it never deletes
        posting._saved(change.path, change.data)
