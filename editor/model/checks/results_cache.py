"""Findings of each pair kept between runs of ``check`` on a site, so a second run re-checks only
the pairs whose files changed.

A pair's row is reused only when every one of its files has the digest the site index read (the
index trusts a digest only while the file's size, modification time and inode are unchanged), the
pair's source language is the same, and nothing else the checks read has changed: the setup digest
(:func:`setup_digest`) covers the site's ``.posting-editor/`` settings, glossary and dictionaries,
the templates' guidance, the checks' own code and bundled dictionaries, and the options of the run.
Change any of those and every pair is checked again.

Segment verification (``translation-of-other-source``) compares each pair with the memory of
every other pair and the translator's TMX files, so its findings are kept for the whole site at
once (:meth:`FindingsCache.lookup_site`), under :func:`site_digest`: reused only while every pair's
row key and every TMX file are unchanged. Each pair's verification is also kept on its own, with
what it depends on (:meth:`FindingsCache.verification`, in a file beside), so that after a change
only the pairs it can affect are verified again; those are kept across setup changes (a glossary
edit), which segment verification does not read (:func:`verification_digest`). The cache lives beside the index cache in
the user's cache folder (``POSTING_EDITOR_CACHE_DIR=off`` turns both off); anything odd about the
file means starting afresh.

A run with nothing changed need not read any row: what a caller made of the whole site's findings
(``check``'s printed output) is kept by :class:`SiteResult` under :func:`result_digest`, which
covers everything the findings depend on (every digest above and the catalogue's), and is used
only while that digest is the same.

When some row has to be read, rows are kept in the form quickest to read back:
each finding packed into plain values (``Finding.packed``) with its message already worded in
every language, valid while the catalogue's digest (``catalogue.digest``) is the same (a changed
wording is worded again, without checking anything again); and each pair's terminology uses,
needed only when some pair changed, as bytes unpickled only then.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

from editor.model.findings import LANGUAGES, Finding
from editor.model.findings.catalogue import digest as catalogue_digest
from editor.model.site.index_cache import default_cache_folder
from editor.model.storage.files import atomic_write, read_bytes

VERSION = 7  # 7: a site check accepts the glossary's French terms as the window does; 6: typography excerpts end on whole words; 5: shared-field-mismatch values_words
# A row's findings as kept: Finding.packed() values, messages worded in LANGUAGES.
Packed = tuple[tuple[Any, ...], ...]
# What the status of translations records: it decides each pair's source language, which is part
# of each row's key already, so a save elsewhere in the site does not throw every row away.
_NOT_SETTINGS = frozenset({"translations.json"})


def setup_digest(root: Path, guidance: frozenset[str], options: tuple) -> str:
    """A digest of everything besides the postings that a pair's findings depend on."""
    from editor.model.translation.settings import STATE_FOLDER

    h = hashlib.sha256(repr((VERSION, options, sorted(guidance))).encode("utf-8", "surrogatepass"))
    state = Path(root) / STATE_FOLDER
    try:
        names = sorted(os.listdir(state))
    except OSError:
        names = []
    for name in names:
        if name in _NOT_SETTINGS:
            continue
        try:
            data = (state / name).read_bytes() if (state / name).is_file() else b"(not a file)"
        except OSError as error:
            data = f"(unreadable: {error.errno})".encode()
        h.update(f"\0{name}\0{len(data)}\0".encode("utf-8", "surrogatepass") + data)
    # The checks' code and the bundled dictionaries: an upgraded program checks everything again.
    h.update(code_digest().encode())
    return h.hexdigest()


def code_digest() -> str:
    """A digest of the program's code, bundled dictionaries, starter glossary (the glossary of a
    site without its own) and vendored Grammalecte (its rules and dictionaries, as the grammar's
    paragraph store keys on them): names, sizes, modification times."""
    from importlib.util import find_spec

    from editor.resources import resource_path

    h = hashlib.sha256()
    folders = [Path(__file__).resolve().parents[2], resource_path("dictionaries")]
    try:
        grammar = find_spec("grammalecte")  # where it is, without importing it (a warm check never does)
    except (ImportError, ValueError):
        grammar = None
    locations = list(grammar.submodule_search_locations or []) if grammar is not None else []
    folders += [Path(locations[0])] if locations else []
    files = []
    for folder in folders:
        for base, dirs, names in os.walk(folder):
            dirs.sort()
            files += [os.path.join(base, name) for name in sorted(names)
                      if name.endswith((".py", ".dic", ".aff", ".txt", ".json"))]
    for file in (*files, str(resource_path("glossary.yaml"))):
        try:
            stat = os.stat(file)
        except OSError:
            h.update(f"\0{file}:-".encode("utf-8", "surrogatepass"))
            continue
        h.update(f"\0{file}:{stat.st_size}:{stat.st_mtime_ns}".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def verification_digest(root: Path) -> str:
    """What each pair's segment verification depends on besides the postings: the translator's own
    TMX files and the program. Not the rest of the setup: the glossary, dictionaries, guidance and
    settings are read by no part of it (whether it runs at all is decided before), so editing the
    glossary does not verify every pair again (tests/model/translation/memory/test_verify_glossary.py)."""
    return hashlib.sha256(f"{VERSION}\0{own_memory_digest(root)}\0{code_digest()}".encode()).hexdigest()


def site_digest(root: Path, row_keys: list) -> str | None:
    """A digest of what the site-wide checks read: every pair's row key (its files' digests and
    source language, in the site's order) and the translator's own TMX files. None when a pair has
    no row key (a file edited in memory or unreadable): nothing site-wide is cached then."""
    if any(key is None for key in row_keys):
        return None
    return hashlib.sha256(repr((row_keys, own_memory_digest(root))).encode("utf-8", "surrogatepass")).hexdigest()


def own_memory_digest(root: Path) -> str:
    """A digest of the translator's own TMX files (the memory's units besides the pairs')."""
    from editor.model.translation.settings import OWN_FOLDER  # not memory.build: its imports cost a warm check

    h = hashlib.sha256()
    folder = Path(root) / OWN_FOLDER
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        names = []
    for name in names:
        try:
            data = (folder / name).read_bytes() if (folder / name).is_file() else b"(not a file)"
        except OSError as error:
            data = f"(unreadable: {error.errno})".encode()
        h.update(f"\0{name}\0{len(data)}\0".encode("utf-8", "surrogatepass") + data)
    return h.hexdigest()


def packed(findings: list[Finding]) -> Packed:
    """Findings as a row keeps them (their messages worded in every language)."""
    return tuple(finding.packed(LANGUAGES) for finding in findings)


def unpacked(rows: Packed) -> list[Finding]:
    return [Finding.unpacked(values, LANGUAGES) for values in rows]


def packed_uses(uses: list[Any]) -> bytes:
    """A pair's terminology uses as a row keeps them: read back only when terminology is checked again."""
    return pickle.dumps(uses, pickle.HIGHEST_PROTOCOL)


def unpacked_uses(data: bytes) -> list[Any]:
    uses: list[Any] = pickle.loads(data)  # written by packed_uses, in this program's cache
    return uses


class FindingsCache:
    """Rows ``pair key -> (row key, packed findings, packed terminology uses)`` for one site, valid
    under one setup digest."""

    def __init__(self, file: Path | None, setup: str):
        self.file = file
        self.setup = setup
        self._rows: dict[str, tuple[Any, Packed, bytes]] = {}
        self._site: dict[str, tuple[str, Packed]] = {}  # name -> (site digest, findings) of the site-wide checks
        self._verification: tuple[str, dict[str, Any]] | None = None  # to write on save
        self._changed = False
        self._catalogue = catalogue_digest() if file is not None else ""
        if file is not None:
            try:
                # A file in the user’s own cache folder, written by this program (as the index cache); regular
            # files only (read_bytes): a pipe put at its name would hold the check for ever.
                stored = pickle.loads(read_bytes(file, None))
                if isinstance(stored, dict) and stored.get("version") == VERSION and stored.get("setup") == setup:
                    self._rows, self._site = stored["rows"], stored["site"]
                    if stored.get("catalogue") != self._catalogue:
                        self._reword()
                else:
                    self._changed = True  # another setup: the old rows go on the next save
            except FileNotFoundError:
                pass
            except Exception:  # noqa: BLE001 - a damaged or foreign cache file only costs a full check
                self._rows, self._site, self._changed = {}, {}, True

    @classmethod
    def for_site(cls, root: Path, setup: str) -> FindingsCache:
        folder = default_cache_folder()
        if folder is None:
            return cls(None, setup)
        return cls(folder / f"checks-{_site_name(root)}.pickle", setup)

    def _reword(self) -> None:
        """The catalogue changed since the rows were worded: word them again (nothing is checked again)."""
        def again(rows: Packed) -> Packed:
            return packed([Finding.unpacked(values) for values in rows])

        self._rows = {pair: (key, again(rows), uses) for pair, (key, rows, uses) in self._rows.items()}
        self._site = {name: (digest, again(rows)) for name, (digest, rows) in self._site.items()}
        self._changed = True

    def lookup(self, pair: str, key: tuple) -> list[Finding] | None:
        """The pair's findings as stored under row key ``key``; None when not stored under it."""
        row = self._rows.get(pair)
        return unpacked(row[1]) if row is not None and row[0] == key else None

    def uses(self, pair: str) -> list[Any]:
        """The terminology uses stored with the pair's findings (after a :meth:`lookup` found them)."""
        return unpacked_uses(self._rows[pair][2])

    def store(self, pair: str, key: tuple, findings: Packed, uses: bytes) -> None:
        if self.file is not None:
            self._rows[pair] = (key, findings, uses)
            self._changed = True

    def lookup_site(self, name: str, digest: str | None) -> list[Finding] | None:
        row = self._site.get(name)
        return unpacked(row[1]) if row is not None and digest is not None and row[0] == digest else None

    def store_site(self, name: str, digest: str | None, result: list[Finding]) -> None:
        if self.file is None or digest is None:
            return
        # After one pair changed, most of a site-wide check's findings are those of the run before:
        # their words are taken from the row they replace rather than from the catalogue again.
        before = self._site.get(name)
        worded = {values[:-1]: values[-1] for values in before[1] if values[8] is None} if before is not None else {}
        rows = []
        for finding in result:
            values = finding.packed()
            texts = worded.get(values[:-1]) if values[8] is None else None
            rows.append(values[:-1] + (texts,) if texts is not None else finding.packed(LANGUAGES))
        self._site[name] = (digest, tuple(rows))
        self._changed = True

    def verification(self, own: str | None) -> dict[str, Any]:
        """Each pair's segment verification as last kept (``verify.PairState``), when what it
        depends on (digest ``own``: :func:`verification_digest`) is the same, whatever the setup;
        else nothing. Kept in a file of its own, read only when the verification has to run (its
        lookups' texts are large)."""
        file = self._verification_file()
        if file is None or own is None:
            return {}
        try:
            # A file in the user’s own cache folder, written by this program (as the index cache); regular
            # files only (read_bytes): a pipe put at its name would hold the check for ever.
            stored = pickle.loads(read_bytes(file, None))
        except FileNotFoundError:
            return {}
        except Exception:  # noqa: BLE001 - a damaged or foreign cache file only costs a full verification
            return {}
        if isinstance(stored, dict) and stored.get("version") == VERSION and stored.get("own") == own \
                and isinstance(stored.get("pairs"), dict):
            pairs: dict[str, Any] = stored["pairs"]
            return pairs
        return {}

    def store_verification(self, own: str | None, pairs: dict[str, Any]) -> None:
        if self._verification_file() is not None and own is not None:
            self._verification = (own, pairs)
            self._changed = True

    def _verification_file(self) -> Path | None:
        return self.file.with_name("verification-" + self.file.name.removeprefix("checks-")) if self.file is not None else None

    def forget_missing(self, present: set[str]) -> None:
        for pair in [pair for pair in self._rows if pair not in present]:
            del self._rows[pair]
            self._changed = True

    def save(self) -> None:
        if self.file is None or not self._changed:
            return
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            data = pickle.dumps({"version": VERSION, "setup": self.setup, "catalogue": self._catalogue,
                                 "rows": self._rows, "site": self._site}, pickle.HIGHEST_PROTOCOL)
            atomic_write(self.file, data)
            file = self._verification_file()
            if self._verification is not None and file is not None:
                own, pairs = self._verification
                atomic_write(file, pickle.dumps({"version": VERSION, "setup": self.setup, "own": own, "pairs": pairs},
                                                pickle.HIGHEST_PROTOCOL))
                self._verification = None
        except (OSError, pickle.PicklingError):
            pass  # a cache that cannot be written only costs speed next time
        self._changed = False


def _site_name(root: Path) -> str:
    return hashlib.sha256(str(root).encode("utf-8", "surrogatepass")).hexdigest()[:20]


def result_digest(setup: str, site: str | None, pairs: list[str]) -> str | None:
    """A digest of everything a whole site check's findings depend on: the setup digest (the
    site's settings, glossary and dictionaries, the templates' guidance, the options, the
    program), the site digest (every pair's files and source language, which the git history
    decides, and the translator's TMX files), the pairs' keys in the site's order and the
    catalogue's wording. None when the site digest is None: nothing is kept then."""
    if site is None:
        return None
    return hashlib.sha256(repr((VERSION, setup, site, pairs, catalogue_digest())).encode("utf-8", "surrogatepass")).hexdigest()


class SiteResult:
    """One whole site check: its :func:`result_digest`, known before anything is checked; its
    findings, made when first asked for; and what callers made of them (``check``'s printed
    output), kept under that digest, so that a run with nothing changed reads one file instead of
    checking, reading every row and wording every finding again.

    Each thing made is kept in a file of its own under a ``name`` (one per output format and
    language: a bounded number of files), with the ``context`` it was made in besides the
    findings (the current folder, say); it is given back only under the same digest and context.
    With no digest (a posting edited in memory, ``cache`` off) nothing is kept or given back."""

    def __init__(self, folder: Path | None, digest: str | None, check: Callable[[], list[Finding]], site: str = ""):
        self.folder = folder if digest is not None else None
        self.digest = digest
        self._check = check
        self._findings: list[Finding] | None = None
        self._site = site

    @classmethod
    def for_site(cls, root: Path, digest: str | None, check: Callable[[], list[Finding]]) -> SiteResult:
        return cls(default_cache_folder(), digest, check, _site_name(root))

    def findings(self) -> list[Finding]:
        """The check's findings, the check run the first time they are asked for."""
        if self._findings is None:
            self._findings = self._check()
        return self._findings

    def made(self, name: str, context: tuple) -> Any:
        """What was kept under ``name`` for this digest and ``context``; None when nothing was."""
        file = self._file(name)
        if file is None:
            return None
        try:
            # A file in the user’s own cache folder, written by this program (as the index cache); regular
            # files only (read_bytes): a pipe put at its name would hold the check for ever.
            # The header first: a file kept for another digest is not unpickled further.
            stream = io.BytesIO(read_bytes(file, None))
            if pickle.load(stream) != (VERSION, self.digest, context):
                return None
            return pickle.load(stream)
        except FileNotFoundError:
            return None
        except Exception:  # noqa: BLE001 - a damaged or foreign cache file only costs a full run
            return None

    def keep(self, name: str, context: tuple, value: Any) -> None:
        file = self._file(name)
        if file is None:
            return
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(file, pickle.dumps((VERSION, self.digest, context), pickle.HIGHEST_PROTOCOL)
                         + pickle.dumps(value, pickle.HIGHEST_PROTOCOL))
        except (OSError, pickle.PicklingError):
            pass  # a cache that cannot be written only costs speed next time

    def _file(self, name: str) -> Path | None:
        return self.folder / f"result-{self._site}-{name}.pickle" if self.folder is not None else None
