"""What needs translating: pairs whose source changed after the translation was last saved.

In a git repository the history decides: a pair is *outdated* when a commit touching the source
came after the last commit touching the translation (or the source has uncommitted changes and
the translation has none). The whole site costs three ``git`` calls, one ``git log`` for all of
the content folders. Outside git, the editor keeps ``.posting-editor/translations.json`` in the
site folder: each time a translation is saved (:func:`record_translation_saved`, called by the
window and the command line) it records a hash of both files and the source's text; the side
changed since then is the source, and the other one is outdated.

The source of a pair is the language recorded at the last save, else (in git) the file that
existed first, else English. :func:`source_changes` gives a word-level diff of the source
between the translation's last save and now, so the translator updates only those places.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from editor.model.findings.worded import Worded
from editor.model.storage.files import FileChangedError, atomic_write, digest, read_bytes
from editor.model.hugo.config import LANGUAGES, Site
from editor.model.translation.settings import STATE_FOLDER
from editor.model.storage.files import resolved

if TYPE_CHECKING:
    from editor.model.site.index import PairEntry, SiteIndex
    from editor.model.site.pair import PostingPair

STATE_FILE = "translations.json"
_GIT_TIMEOUT = 30


@dataclass(frozen=True)
class PairStatus:
    key: str
    source: str  # "en" or "fr": the language translated from
    target: str
    outdated: bool
    method: str  # "git", "state" or "none" (nothing known: never outdated)
    detail: str  # one sentence for a tooltip or the command line

    @property
    def approved(self) -> bool:
        """The translation is known to be up to date with its source: the site approved it."""
        return self.method in ("git", "state") and not self.outdated


@dataclass(frozen=True)
class DiffOp:
    """One piece of the source's change: ``old`` (then) became ``new`` (now). ``start``/``end``
    locate ``new`` in the current source file text, for highlighting."""

    kind: str  # "equal", "insert", "delete" or "replace"
    old: str
    new: str
    start: int
    end: int


# ----------------------------------------------------------------------------- git history
class GitHistory:
    """The commits touching a site's content folders, newest first, and uncommitted files."""

    def __init__(self, top: Path, commits: list[str], touched: dict[str, list[int]], dirty: set[str]):
        self.top = top
        self.commits = commits
        self.touched = touched  # resolved path -> commit numbers (0 = newest)
        self.dirty = dirty

    @staticmethod
    def work_tree(site: Site) -> Path | None:
        """The top of the git work tree the site is in; None outside git (or when git cannot be
        run): a site with no history to read, known without reading its log."""
        if not _may_be_in_git(Path(site.root)):
            return None
        top = _git(site.root, "rev-parse", "--show-toplevel")
        return resolved(top.strip()) if top is not None else None

    @classmethod
    def read(cls, site: Site) -> GitHistory | None:
        """None when the site is not in a git work tree or git cannot be run."""
        top_path = cls.work_tree(site)
        if top_path is None:
            return None
        folders = []
        for folder in site.content_dirs.values():
            try:
                folders.append(str(resolved(folder).relative_to(top_path)) or ".")
            except ValueError:
                continue  # a content folder outside the repository
        if not folders:
            return None
        log = _git(top_path, "-c", "core.quotePath=false", "log", "--format=%x1e%H", "--name-only",
                   "--no-renames", "-z", "--", *folders)
        status = _git(top_path, "-c", "core.quotePath=false", "status", "--porcelain=v1", "-z",
                      "--untracked-files=all", "--no-renames", "--", *folders)
        if log is None or status is None:
            return None
        commits: list[str] = []
        touched: dict[str, list[int]] = {}
        for record in log.split("\x1e")[1:]:
            fields = record.split("\0")
            number = len(commits)
            commits.append(fields[0].strip())
            for name in fields[1:]:
                name = name.strip("\n")
                if name:
                    touched.setdefault(str(resolved(top_path / name)), []).append(number)
        dirty = {str(resolved(top_path / entry[3:])) for entry in status.split("\0") if len(entry) > 3}
        return cls(top_path, commits, touched, dirty)

    def last_commit(self, path: Path) -> int | None:
        found = self.touched.get(str(resolved(path)))
        return min(found) if found else None

    def first_commit(self, path: Path) -> int | None:
        found = self.touched.get(str(resolved(path)))
        return max(found) if found else None

    def commits_since(self, path: Path, number: int) -> list[int]:
        return [n for n in self.touched.get(str(resolved(path)), []) if n < number]

    def is_dirty(self, path: Path) -> bool:
        return str(resolved(path)) in self.dirty

    def text_at(self, number: int, path: Path) -> str | None:
        try:
            relative = resolved(path).relative_to(self.top).as_posix()
        except ValueError:
            return None
        return _git(self.top, "show", f"{self.commits[number]}:{relative}")

    def texts_at(self, number: int, paths: Iterable[Path]) -> dict[Path, str | None]:
        """:meth:`text_at` of each of ``paths``, read by one ``git cat-file`` rather than one
        ``git show`` per file (a commit touching every posting was hundreds of processes)."""
        wanted: dict[Path, str | None] = {}
        named: dict[Path, str] = {}
        for path in paths:
            try:
                relative = resolved(path).relative_to(self.top).as_posix()
            except ValueError:
                wanted[path] = None
                continue
            if "\n" in relative or "\r" in relative:  # cannot be named on cat-file's input lines
                wanted[path] = self.text_at(number, path)
            else:
                named[path] = relative
        if not named:
            return wanted
        sha = self.commits[number]
        order = list(named)
        output = _git_bytes(self.top, "cat-file", "--batch",
                            stdin="".join(f"{sha}:{named[path]}\n" for path in order).encode("utf-8", "surrogateescape"))
        answers = _batch_answers(output, len(order)) if output is not None else None
        for position, path in enumerate(order):
            kind, content = answers[position] if answers is not None else (b"", b"")
            if kind == b"blob":
                wanted[path] = content.decode("utf-8", errors="replace")
            elif kind == b"missing":
                wanted[path] = None  # not in that commit: ``git show`` fails
            else:  # a tree, a submodule, an answer not read: as ``git show`` says it
                wanted[path] = self.text_at(number, path)
        return wanted


def _may_be_in_git(folder: Path) -> bool:
    """False only when git would answer that ``folder`` is in no repository: no folder from it up to
    the root, as named or with its links followed (git's own way up), holds a ``.git``, and no
    GIT_DIR or GIT_WORK_TREE names one. Every command reading a site outside git (the bundled
    sample, a drafts folder) started git to be told so: 3-8 CPU-ms, more from a large process."""
    if os.environ.get("GIT_DIR") or os.environ.get("GIT_WORK_TREE"):
        return True
    named = Path(os.path.abspath(folder))
    for start in dict.fromkeys((named, Path(os.path.realpath(named)))):
        if any(os.path.lexists(os.path.join(above, ".git")) for above in (start, *start.parents)):
            return True
    return False


def _batch_answers(output: bytes, count: int) -> list[tuple[bytes, bytes]] | None:
    """The (type, contents) of ``count`` answers of ``git cat-file --batch``, type ``missing`` for
    an object not found; None when the output does not read as that many answers."""
    answers: list[tuple[bytes, bytes]] = []
    position = 0
    for _ in range(count):
        end = output.find(b"\n", position)
        if end < 0:
            return None
        line = output[position:end]
        header = line.rsplit(b" ", 2)
        position = end + 1
        if line.endswith(b" missing"):
            answers.append((b"missing", b""))
        elif len(header) == 3 and header[2].isdigit():
            size = int(header[2])
            content = output[position:position + size]
            if len(content) != size or output[position + size:position + size + 1] != b"\n":
                return None
            position += size + 1
            answers.append((header[1], content))
        else:  # "<name> ambiguous"
            answers.append((b"", b""))
    return answers


def _git_bytes(folder: Path, *args: str, stdin: bytes | None = None) -> bytes | None:
    try:
        done = subprocess.run(["git", "-C", str(folder), *args], input=stdin, capture_output=True,
                              timeout=_GIT_TIMEOUT, env={**os.environ, "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"})
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def _git(folder: Path, *args: str) -> str | None:
    output = _git_bytes(folder, *args)
    return output.decode("utf-8", errors="replace") if output is not None else None


# ------------------------------------------------------------------------------ state file
class StateFileError(Worded, OSError):
    """The state file exists but cannot be read: it is left as it is rather than replaced by one record."""


class TranslationState:
    """``.posting-editor/translations.json``: per translationKey, the last save of a translation."""

    def __init__(self, path: Path, pairs: dict, digest: str | None = None, readable: bool = True):
        self.path = path
        self.pairs = pairs
        self._digest = digest  # of the file as read ("" for none): a save refuses when it changed since
        self._readable = readable

    @classmethod
    def load(cls, site_root: Path) -> TranslationState:
        path = Path(site_root) / STATE_FOLDER / STATE_FILE
        try:
            raw = read_bytes(path, _STATE_LIMIT)
        except FileNotFoundError:
            # A link to a file not there is a record this run cannot read, not the lack of one.
            return cls(path, {}, "") if not os.path.lexists(path) else cls(path, {}, None, readable=False)
        except OSError:
            return cls(path, {}, None, readable=False)
        try:
            if len(raw) > _STATE_LIMIT:
                raise ValueError("too large")
            data = json.loads(raw.decode("utf-8-sig"))
            pairs = data.get("pairs", {}) if isinstance(data, dict) else {}
        except ValueError:  # damaged (a merge's conflict markers, a cut copy): nothing is known, nothing outdated
            return cls(path, {}, None, readable=False)
        return cls(path, pairs if isinstance(pairs, dict) else {}, digest(raw))

    @property
    def readable(self) -> bool:
        """False when the file is there but cannot be read (damaged, a folder...): nothing it holds is known."""
        return self._readable

    def record(self, key: str) -> dict | None:
        found = self.pairs.get(key)
        if not isinstance(found, dict) or found.get("source") not in LANGUAGES or not isinstance(found.get("hashes"), dict):
            return None
        return found

    def save(self) -> None:
        """Write the file back; FileChangedError when another program changed it since it was read,
        StateFileError (an OSError) when it could not be read (replacing it would lose its records)."""
        if not self._readable:
            raise StateFileError.said("translation-state-unreadable", path=str(self.path))
        from editor.model.storage.confine import check_inside_root

        # The file (or its folder) may be a link the repository carries: never written out of the site.
        check_inside_root(self.path, self.path.parent.parent)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"version": 1, "pairs": self.pairs}, ensure_ascii=False, indent=1, sort_keys=True)
        atomic_write(self.path, text.encode("utf-8"), expected_digest=self._digest)
        self._digest = digest(text.encode("utf-8"))


_STATE_LIMIT = 64 * 1024 * 1024
_STATE_ATTEMPTS = 20  # another window recording at the same moment each time: give up


# ---------------------------------------------------------------------------------- status
def _paths(pair: PairEntry | PostingPair) -> dict[str, Path] | None:
    """The file of each language of a PairEntry or PostingPair; None when a language has no file (or several)."""
    found: dict[str, Path] = {}
    for lang in LANGUAGES:
        if hasattr(pair, "postings"):
            postings = pair.postings(lang)
            posting = postings[0] if len(postings) == 1 else None
        else:
            posting = pair.posting(lang)
        if posting is None or posting.path is None:
            return None
        found[lang] = posting.path
    return found


def _file_digest(path: Path) -> str:
    try:
        return digest(read_bytes(path))
    except OSError:
        return ""


def pair_status(pair: PairEntry | PostingPair, history: GitHistory | None,
                state: TranslationState) -> PairStatus | None:
    """The status of one pair; None when a language has no file (or several)."""
    paths = _paths(pair)
    if paths is None:
        return None
    record = state.record(pair.key)
    if history is not None and any(history.last_commit(p) is not None or history.is_dirty(p) for p in paths.values()):
        return _git_status(pair.key, paths, history, record)
    if record is not None:
        return _state_status(pair.key, paths, record)
    return PairStatus(pair.key, "en", "fr", False, "none", "Nothing is known about when this pair was translated.")


def _git_status(key: str, paths: dict[str, Path], history: GitHistory, record: dict | None) -> PairStatus:
    # Imported here: the alignment the module brings is not needed to list a site without history.
    from editor.model.translation.context import other_language

    if record is not None:
        source = record["source"]
    else:
        first = {lang: history.first_commit(paths[lang]) for lang in LANGUAGES}
        source = "en"
        if first["en"] is not None and first["fr"] is not None and first["fr"] > first["en"]:
            source = "fr"  # the French file is older: it was written first
    target = other_language(source)
    if history.is_dirty(paths[target]):
        return PairStatus(key, source, target, False, "git", "The translation has changes not committed yet.")
    if history.is_dirty(paths[source]):
        return PairStatus(key, source, target, True, "git",
                          "The source has changes not committed yet, made after the translation's last commit.")
    last = history.last_commit(paths[target])
    if last is None:
        return PairStatus(key, source, target, False, "git", "The translation has no commit yet.")
    newer = history.commits_since(paths[source], last)
    if not newer:
        return PairStatus(key, source, target, False, "git", "The translation is up to date with its source.")
    return PairStatus(key, source, target, True, "git",
                      f"{len(newer)} commit{'s' if len(newer) != 1 else ''} changed the source after the "
                      f"translation's last commit ({history.commits[last][:8]}).")


def _state_status(key: str, paths: dict[str, Path], record: dict) -> PairStatus:
    from editor.model.translation.context import other_language

    source = record["source"]
    target = other_language(source)
    changed = {lang: _file_digest(paths[lang]) != record["hashes"].get(lang) for lang in LANGUAGES}
    if not changed["en"] and not changed["fr"]:
        return PairStatus(key, source, target, False, "state", "Neither file changed since the translation was saved.")
    if changed[target] and not changed[source]:
        # Only the translation changed since: it is now the newer text, the other one follows it.
        source, target = target, source
        return PairStatus(key, source, target, True, "state",
                          f"The {_NAMES[source]} file changed after the translation was saved; the {_NAMES[target]} one did not.")
    if changed[source] and not changed[target]:
        return PairStatus(key, source, target, True, "state", "The source changed after the translation was saved.")
    newer_source = _mtime(paths[source]) > _mtime(paths[target])
    detail = ("Both files changed since the translation was saved, the source last."
              if newer_source else "Both files changed since the translation was saved, the translation last.")
    return PairStatus(key, source, target, newer_source, "state", detail)


_NAMES = {"en": "English", "fr": "French"}


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def translation_status(index: SiteIndex) -> dict[str, PairStatus]:
    """Status of every pair of a SiteIndex that has one file in each language, by translationKey."""
    history = GitHistory.read(index.site)
    state = TranslationState.load(index.site.root)
    found = {}
    for entry in index.pairs:
        status = pair_status(entry, history, state)
        if status is not None:
            found[entry.key] = status
    return found


def outdated_keys(index: SiteIndex) -> set[str]:
    """translationKeys of the pairs whose translation is behind its source."""
    return {key for key, status in translation_status(index).items() if status.outdated}


def source_language(site: Site, pair: PairEntry | PostingPair) -> str:
    status = pair_status(pair, GitHistory.read(site), TranslationState.load(site.root))
    return status.source if status is not None else "en"


# ------------------------------------------------------------------------------ recording
def record_translation_saved(site: Site, pair: PairEntry | PostingPair, *, translated: str | None = None) -> None:
    """Remember that the translation of ``pair`` (a PairEntry or PostingPair) was just saved.

    Call it after saving the translated side; ``translated`` is its language (default: the
    current target of the pair). Raises OSError when the state file cannot be written.
    """
    from editor.model.translation.context import other_language

    paths = _paths(pair)
    if paths is None:
        return
    for attempt in range(_STATE_ATTEMPTS):
        # Read, change, write back under the file's lock; another window's record made in between is
        # read again and kept.
        state = TranslationState.load(site.root)
        chosen = translated
        if chosen is None:
            record = state.record(pair.key)
            chosen = other_language(record["source"]) if record else "fr"
        source = other_language(chosen)
        try:
            source_text = read_bytes(paths[source]).decode("utf-8", errors="replace")
        except OSError:
            source_text = ""
        state.pairs[pair.key] = {
            "source": source,
            "hashes": {lang: _file_digest(paths[lang]) for lang in LANGUAGES},
            "source_text": source_text,
            "saved": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        }
        try:
            state.save()
            return
        except FileChangedError:
            if attempt + 1 == _STATE_ATTEMPTS:
                raise StateFileError.said("file-changed-since-opened", path=str(state.path)) from None


# ------------------------------------------------------------------------------- changes
_TOKENS = re.compile(r"\s+|[^\W_]+|_|[^\w\s]")


def word_diff(old: str, new: str) -> list[DiffOp]:
    """Word-level differences between two texts, covering all of ``new``."""
    import difflib

    old_tokens = _TOKENS.findall(old)
    new_tokens = _TOKENS.findall(new)
    offsets = [0]
    for token in new_tokens:
        offsets.append(offsets[-1] + len(token))
    matcher = difflib.SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    return [
        DiffOp(tag, "".join(old_tokens[i1:i2]), "".join(new_tokens[j1:j2]), offsets[j1], offsets[j2])
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
    ]


def source_changes(site: Site, pair: PairEntry | PostingPair) -> list[DiffOp]:
    """How the source file changed since the translation was last saved; [] when unknown.

    In git: the source as it was at the translation's last commit, against the file now.
    Outside git: the source text kept in the state file at the last save."""
    paths = _paths(pair)
    if paths is None:
        return []
    history = GitHistory.read(site)
    state = TranslationState.load(site.root)
    status = pair_status(pair, history, state)
    if status is None:
        return []
    try:
        now = read_bytes(paths[status.source]).decode("utf-8", errors="replace")
    except OSError:
        return []
    then = None
    if status.method == "git" and history is not None:
        last = history.last_commit(paths[status.target])
        if last is not None:
            then = history.text_at(last, paths[status.source])
            if then is None:
                then = ""  # the source did not exist yet at that commit
    else:
        record = state.record(pair.key)
        if record is not None and record["source"] == status.source:
            then = record.get("source_text")
    if then is None:
        return []
    return word_diff(then, now)
