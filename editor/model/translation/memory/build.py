"""Building a site's translation memory: its pairs now, earlier versions of them in git, and the
translator's own memories (``.posting-editor/memory/*.tmx``).

Units of each pair are cached in the user's cache folder, keyed like the index cache on each
file's size, modification time and inode, so a rebuild reads and aligns only the pairs whose
files changed. Units from git history are cached per commit (a commit never changes); the walk
is bounded by a number of commits and a time budget, newest first. How the memory encoded its
texts is kept too, so that a rebuild after an edit encodes only the texts that are new.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import time
from collections import OrderedDict
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from editor.model.frontmatter.posting import Posting
from editor.model.interrupt import Interrupted, StopAsked, check
from editor.model.storage.files import atomic_write, read_bytes
from editor.model.translation.memory.placeables import mask
from editor.model.translation.memory.store import Encoding, TranslationMemory, Unit
from editor.model.translation.segments import pair_segments, sentence_pairs
from editor.model.translation.settings import OWN_FOLDER
from editor.model.translation.text import normalize
from editor.model.translation.untranslated import has_marker

if TYPE_CHECKING:
    from editor.model.hugo.config import Site
    from editor.model.site.index import PairEntry, SiteIndex
    from editor.model.translation.context import PairContext

VERSION = 2
HISTORY_COMMITS = 40  # the newest commits touching postings that are read for earlier versions
HISTORY_SECONDS = 8.0
_RACY_SECONDS = 3


def pair_units(en: Posting, fr: Posting, files: dict[str, str], key: str, commit: str = "", *,
               context: PairContext | None = None) -> list[Unit]:
    """The units of one pair: each aligned segment (title, description, blocks) and, where both
    sides split cleanly, its sentences. Segments still marked to translate, or identical in both
    languages (names, addresses), teach nothing and are left out. ``context``: the pair as the
    checks parsed it already (the same files), so that it is not parsed again."""
    units: list[Unit] = []
    for segment in pair_segments(en, fr, "en", files=files, context=context):
        if segment.target is None or has_marker(segment.source) or has_marker(segment.target):
            continue
        if normalize(segment.source) == normalize(segment.target):
            continue
        origin = (f"{files['en']}:{segment.source_line}", f"{files['fr']}:{segment.target_line}")
        units.append(_unit(segment.source, segment.target, segment.kind, origin, key, commit))
        for a, b in sentence_pairs(segment.source, segment.target) or ():
            if normalize(a) != normalize(b):
                units.append(_unit(a, b, "sentence", origin, key, commit))
    return units


def _unit(en: str, fr: str, kind: str, origin: tuple[str, str], key: str, commit: str) -> Unit:
    # Masked once here: the memory, its cache and segment verification all read the masks.
    return Unit(en, fr, kind, origin, key, commit, (mask(en), mask(fr)))


def cache_file(root: Path) -> Path | None:
    from editor.model.site.index_cache import ENV_VAR

    configured = os.environ.get(ENV_VAR)
    if configured == "off":
        return None
    if configured:
        folder = Path(configured) / "memory"
    else:
        import platformdirs

        folder = Path(platformdirs.user_cache_dir("posting-editor", appauthor=False)) / "memory"
    return folder / (hashlib.sha256(str(root).encode("utf-8", "surrogatepass")).hexdigest()[:20] + ".pickle")


class _Cache:
    """The memory's cache file: each pair's units, each commit's, and how the memory encoded its
    texts (``store.Encoding``). A pickle in the user's own cache folder, written by this program
    (as the index and findings caches), read and written faster than the JSON it was."""

    def __init__(self, file: Path | None):
        self.file = file
        self.pairs: dict[str, list] = {}
        self.commits: dict[str, list] = {}
        self.encoding: Encoding | None = None
        self.changed = False
        if file is None:
            return
        try:
            stored = pickle.loads(read_bytes(file, None))  # regular files only: a pipe would wait
            if isinstance(stored, dict) and stored.get("version") == VERSION:
                self.pairs = dict(stored.get("pairs") or {})
                self.commits = dict(stored.get("commits") or {})
                encoding = stored.get("encoding")
                self.encoding = encoding if isinstance(encoding, Encoding) else None
        except FileNotFoundError:
            pass
        except Exception:  # noqa: BLE001 - a damaged or foreign cache file only costs a full build
            self.pairs, self.commits, self.encoding = {}, {}, None

    def keep_encoding(self, encoding: Encoding) -> None:
        known = self.encoding
        if known is None or len(known.words) != len(encoding.words) or known.codes.keys() != encoding.codes.keys():
            self.encoding, self.changed = encoding, True

    def save(self) -> None:
        if self.file is None or not self.changed:
            return
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            data = pickle.dumps({"version": VERSION, "pairs": self.pairs, "commits": self.commits,
                                 "encoding": self.encoding}, pickle.HIGHEST_PROTOCOL)
            atomic_write(self.file, data)
            self.file.with_suffix(".json").unlink(missing_ok=True)  # the cache's earlier format
        except (OSError, pickle.PicklingError):
            pass  # a cache that cannot be written only costs time next time


def _stamp(path: Path | None) -> list | None:
    if path is None:
        return None
    try:
        stat = path.stat()
    except OSError:
        return None
    if time.time() - stat.st_mtime < _RACY_SECONDS:
        return None  # within the file system's timestamp resolution: never trusted
    return [stat.st_size, stat.st_mtime_ns, stat.st_ino, stat.st_ctime_ns]  # the change time: see index_cache


def build_memory(index: SiteIndex, *, history: bool = True, own: bool = True, cache: bool = True,
                 history_commits: int = HISTORY_COMMITS, history_seconds: float = HISTORY_SECONDS,
                 known: dict[str, list[Unit]] | None = None, stop: StopAsked | None = None) -> TranslationMemory:
    """The memory of a site (a SiteIndex): every aligned pair, earlier versions from git when the
    site is a repository (``history``), and the translator's own TMX files (``own``). ``known``:
    the units of pairs (by key) read from the index's postings already (:func:`pair_units`), as
    the site check's workers do while they check them. With ``history``, the memory's
    ``present()`` is the memory built without it (see :class:`PresentMemory`).

    ``stop`` is asked between pairs (and commits): when it answers True, what was read so far is
    kept in the cache (the next build starts from there) and ``Interrupted`` is raised."""
    store, units, pairs = _present_units(index, own, cache, known, stop)
    earlier = _earlier_units(index, store, history_commits, history_seconds, stop, pairs) if history else None
    memory = TranslationMemory(units, encoding=store.encoding if cache else None, earlier=earlier)
    store.keep_encoding(memory.encoding())
    store.save()
    return memory


@dataclass
class PresentMemory:
    """A site's memory as its pairs are now (and the translator's TMX files): what segment
    verification uses, read first. :meth:`with_history` then adds earlier versions from git to it
    for the suggestions, as one memory whose ``present()`` is this one (the window holds one
    memory, not two, and reads the index and the cache once)."""

    index: SiteIndex
    memory: TranslationMemory
    store: _Cache
    pairs: list[Unit]  # the pairs' units as read, blank ones too (the memory leaves them out)

    def with_history(self, *, commits: int = HISTORY_COMMITS, seconds: float = HISTORY_SECONDS,
                     stop: StopAsked | None = None) -> TranslationMemory:
        """This memory and the units of the pairs' earlier versions (``commits`` newest commits
        touching postings, read within ``seconds``; cached per commit). ``memory`` is left as it is:
        it may be in use meanwhile."""
        earlier = _earlier_units(self.index, self.store, commits, seconds, stop, self.pairs)
        memory = self.memory.with_earlier(earlier)
        self.store.keep_encoding(memory.encoding())
        self.store.save()
        return memory


def read_present(index: SiteIndex, *, own: bool = True, cache: bool = True, known: dict[str, list[Unit]] | None = None,
                 stop: StopAsked | None = None, keep_encoding: bool = True) -> PresentMemory:
    """The memory of the site's pairs as they are now and of the translator's TMX files, with what
    :meth:`PresentMemory.with_history` needs to add earlier versions (see :func:`build_memory` for
    the rest). ``keep_encoding``: keep this memory's encoding in the cache (not when earlier
    versions follow: theirs is the one the next build of both wants)."""
    store, units, pairs = _present_units(index, own, cache, known, stop)
    memory = TranslationMemory(units, encoding=store.encoding if cache else None)
    if keep_encoding:
        store.keep_encoding(memory.encoding())
    store.save()
    store.changed = False
    return PresentMemory(index, memory, store, pairs)


def _present_units(index: SiteIndex, own: bool, cache: bool, known: dict[str, list[Unit]] | None,
                   stop: StopAsked | None) -> tuple[_Cache, list[Unit], list[Unit]]:
    """The memory cache, the units of the pairs now and of the translator's TMX files, and those
    of the pairs alone."""
    site = index.site
    store = _Cache(cache_file(site.root) if cache else None)
    kept: dict[str, list] = {}  # each pair's cache row, as this build found or made it
    try:
        pairs = _current_units(index, store, kept, known, stop)
        units = pairs + own_units(site.root) if own else pairs
        check(stop)
    except Interrupted:
        store.pairs = {**store.pairs, **kept}  # the pairs not reached keep their old rows
        store.save()
        raise
    if store.pairs.keys() - kept.keys():
        store.changed = True
    store.pairs = kept
    return store, units, pairs


def _earlier_units(index: SiteIndex, store: _Cache, commits: int, seconds: float, stop: StopAsked | None,
                   present: list[Unit]) -> list[Unit]:
    from editor.model.translation.memory.history import history_units

    try:
        return history_units(index, store, commits, seconds, stop, present)
    except Interrupted:
        store.save()  # the commits read so far
        raise


def _current_units(index: SiteIndex, store: _Cache, kept: dict[str, list], known: dict[str, list[Unit]] | None,
                   stop: StopAsked | None) -> list[Unit]:
    """The units of every pair as its files are now (from ``known``, the cache, or aligned here);
    each pair's cache row goes into ``kept``. ``stop`` is asked before each pair."""
    site = index.site
    units: list[Unit] = []
    for entry in index.pairs:
        check(stop)
        postings = [p for p in entry.all_postings() if p.path is not None]
        name = str(entry.key)
        stamps = sorted([site.relative(p.file_path), _stamp(p.path)] for p in postings)
        usable = all(stamp is not None for _, stamp in stamps) and not any(p.modified for p in postings)
        row = store.pairs.get(name)
        read = known.get(name) if known is not None else None
        found = read if read is not None else (_cached(row, stamps) if usable else None)
        if found is not None and row is not None and row[0] == stamps:  # the row is still right
            kept[name] = row
        else:
            if found is None:
                found = _aligned_pairs().units(entry, postings, site)
            if usable:
                kept[name] = [stamps, [u.to_row() for u in found]]
                store.changed = True
        units += found
    return units


class _AlignedPairs:
    """The units of the pairs aligned lately in this process, by key, file names and contents: the
    window reads the memory again after each save, and with no cache folder (or files saved too
    lately for their times to be trusted) every pair was aligned again, the same texts each time.
    Bounded (``MOST`` pairs, the oldest forgotten first): a large site's units live in the cache
    folder, not twice in memory. Shared by threads: a lost race only aligns a pair twice."""

    MOST = 256

    def __init__(self) -> None:
        self._units: OrderedDict[tuple, list[Unit]] = OrderedDict()

    def units(self, entry: PairEntry, postings: list[Posting], site: Site) -> list[Unit]:
        from editor.model.translation import translation_pairs

        name = str(entry.key)
        known = all(p.base_digest and not p.modified for p in postings)
        key = (name, tuple(sorted((site.relative(p.file_path), p.base_digest) for p in postings))) if known else None
        found = self._units.get(key) if key is not None else None
        if found is not None:
            return list(found)
        found = []
        for en, fr in translation_pairs(entry):
            if en.path is not None and fr.path is not None:
                found += pair_units(en, fr, {"en": site.relative(en.path), "fr": site.relative(fr.path)}, name)
        if key is not None:
            self._units[key] = list(found)
            while len(self._units) > self.MOST:
                self._units.popitem(last=False)
        return found


@cache
def _aligned_pairs() -> _AlignedPairs:
    return _AlignedPairs()


def _cached(row: list | None, stamps: list) -> list[Unit] | None:
    try:
        return [Unit.from_row(r) for r in row[1]] if row is not None and row[0] == stamps else None
    except (ValueError, TypeError, IndexError):
        return None  # a cache written by something else: start afresh


def own_units(root: Path) -> list[Unit]:
    """The units of the translator's TMX files in ``.posting-editor/memory/`` (unreadable ones skipped:
    ``tm import`` validated them when they came in)."""
    from editor.model.translation.memory.tmx import TmxError, read_tmx

    folder = Path(root) / OWN_FOLDER
    found: list[Unit] = []
    try:
        files = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".tmx" and p.is_file() and not p.is_symlink())
    except OSError:
        return []
    for path in files:
        try:
            found += read_tmx(path, origin=(OWN_FOLDER / path.name).as_posix(), keep_origin=False)
        except (TmxError, OSError):
            continue
    return found
