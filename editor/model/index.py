"""The job postings of a site, paired across languages by ``translationKey``."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .files import read_bytes
from .index_cache import IndexCache
from .parallel import default_workers, map_in_processes
from .posting import Posting
from .site import LANGUAGES, Site, postings_folder

SHARED_FIELDS = ("layout", "type", "archived", "leverId", "translationKey")
POSTING_LAYOUT = "job-posting"

# For files whose YAML cannot be read we still want to show them beside their counterpart.
_KEY_LINE = re.compile(rb"^translationKey:[ \t]*['\"]?([^'\"\r\n#]*?)['\"]?[ \t]*$", re.MULTILINE)
_LAYOUT_LINE = re.compile(rb"^layout:[ \t]*['\"]?job-posting['\"]?[ \t]*$", re.MULTILINE)


def shared_disagreements(postings: list[Posting]) -> list[str]:
    """Shared fields whose values differ between the readable ones of ``postings``."""
    readable = [posting for posting in postings if posting.valid]
    return [name for name in SHARED_FIELDS if len({repr(posting.get(name)) for posting in readable}) > 1]


class Status:
    OK = "ok"
    MISSING_EN = "missing-en"
    MISSING_FR = "missing-fr"
    CONFLICT = "conflict"
    INVALID = "invalid"


@dataclass
class PairEntry:
    """All files of one translationKey, by language (more than one per language is a conflict)."""

    key: str
    files: dict[str, list[Posting]] = field(default_factory=lambda: {lang: [] for lang in LANGUAGES})

    def postings(self, lang: str) -> list[Posting]:
        return self.files.get(lang, [])

    def first(self, lang: str) -> Posting | None:
        found = self.postings(lang)
        return found[0] if found else None

    def all_postings(self) -> list[Posting]:
        return [posting for lang in LANGUAGES for posting in self.postings(lang)]

    def disagreements(self) -> list[str]:
        """Shared fields whose values differ between the readable files of this key."""
        return shared_disagreements(self.all_postings())

    @property
    def status(self) -> str:
        if any(not posting.valid for posting in self.all_postings()):
            return Status.INVALID
        if any(len(self.postings(lang)) > 1 for lang in LANGUAGES) or self.disagreements():
            return Status.CONFLICT
        if not self.postings("en"):
            return Status.MISSING_EN
        if not self.postings("fr"):
            return Status.MISSING_FR
        return Status.OK

    @property
    def archived(self) -> bool | None:
        values = {posting.get("archived") for posting in self.all_postings() if posting.valid}
        return values.pop() if len(values) == 1 else None

    def title(self, lang: str) -> str:
        for candidate in (lang, *LANGUAGES):
            posting = self.first(candidate)
            if posting is not None and posting.valid and posting.get("title"):
                return str(posting.get("title")).strip()
        return self.key


@dataclass
class SiteIndex:
    site: Site
    pairs: list[PairEntry]
    others: list[Posting]  # Markdown files that are not job postings (kept for path lookups)
    guidance: frozenset[str] = frozenset()  # the templates' guidance sentences (see checks.unfinished)

    @classmethod
    def build(cls, site: Site, *, workers: int | None = None, cache: IndexCache | None = None) -> "SiteIndex":
        """Read and pair every job posting. Files unchanged since the last run come from the cache;
        the others are parsed, by several processes on large sites. Each job posting also gets its
        ``progress`` (what is left to do in it, see ``queue.posting_progress``)."""
        from .queue import guidance_digest, site_guidance

        guidance = site_guidance(site)
        cache = cache if cache is not None else IndexCache.for_site(site.root)
        # Placeholders are counted against the templates' guidance: other templates, other counts.
        cache.require_context(guidance_digest(guidance))
        jobs = [(path, lang) for lang in LANGUAGES for path in site.markdown_files(lang)]
        found: dict[int, tuple[Posting, str | None]] = {}
        misses: list[tuple[int, Path, str]] = []
        for number, (path, lang) in enumerate(jobs):
            try:
                stat = os.stat(path)
            except OSError:
                continue
            hit = cache.lookup(str(path), stat)
            if hit is None:
                misses.append((number, path, lang))
            elif hit[1] is not None:
                posting = Posting.indexed(path, lang, hit[1])
                posting.progress = hit[1].progress
                found[number] = (posting, hit[0])
        for number, path, lang, stat, posting, key in _load_all(misses, workers, guidance):
            cache.store(str(path), stat, key, posting.summary() if posting is not None else None)
            if posting is not None:
                found[number] = (posting, key)
        cache.forget_missing({str(path) for path, _ in jobs})
        cache.save()
        by_key: dict[str, PairEntry] = {}
        others: list[Posting] = []
        for number in sorted(found):
            posting, key = found[number]
            if key is None:
                others.append(posting)
            else:
                by_key.setdefault(key, PairEntry(key)).files[posting.language].append(posting)
        pairs = sorted(by_key.values(), key=lambda entry: (entry.key.casefold(), entry.key))
        return cls(site, pairs, others, guidance)

    def pair_for_key(self, key: str) -> PairEntry | None:
        for entry in self.pairs:
            if entry.key == key:
                return entry
        return None

    def pair_for_path(self, path: Path) -> PairEntry | None:
        target = Path(path).resolve()
        for entry in self.pairs:
            if any(posting.path is not None and posting.path.resolve() == target for posting in entry.all_postings()):
                return entry
        return None

    def postings_folder(self, lang: str) -> Path:
        paths = [posting.path for entry in self.pairs for posting in entry.all_postings() if posting.path]
        return postings_folder(self.site, lang, paths)


PARALLEL_FROM = 600  # below this many files, starting worker processes costs more than it saves


Loaded = tuple  # (job number, path, language, stat, Posting or None, translation key or None)


def _load_all(jobs: list[tuple[int, Path, str]], workers: int | None, guidance: frozenset[str]) -> list[Loaded]:
    if workers is None:
        workers = default_workers(len(jobs), PARALLEL_FROM)
    if workers <= 1:
        return _load_chunk(jobs, guidance)
    chunks = [jobs[start : start + 200] for start in range(0, len(jobs), 200)]
    results = map_in_processes(_summarise_chunk, chunks, workers, guidance)
    if results is None:  # no processes on this system: do it here
        return _load_chunk(jobs, guidance)
    loaded = []
    for chunk in results:
        for number, path, lang, stat, summary, key in chunk:
            posting = None
            if summary is not None:
                posting = Posting.indexed(path, lang, summary)
                posting.progress = summary.progress
            loaded.append((number, path, lang, stat, posting, key))
    return loaded


def _summarise_chunk(jobs: list[tuple[int, Path, str]], guidance: frozenset[str]) -> list[tuple]:
    # Workers send back summaries (well under 1 KB each) rather than whole postings (~12 KB
    # pickled); a posting reads its file again only when it is opened or checked.
    return [(number, path, lang, stat, None if posting is None else posting.summary(), key)
            for number, path, lang, stat, posting, key in _load_chunk(jobs, guidance)]


def _load_chunk(jobs: list[tuple[int, Path, str]], guidance: frozenset[str] = frozenset()) -> list[Loaded]:
    from .queue import guidance_hint, posting_progress

    hint = guidance_hint(guidance)
    loaded = []
    for number, path, lang in jobs:
        try:
            stat = os.stat(path)
            raw = read_bytes(path)
        except OSError:
            continue
        # Most files of a site are not postings; skip them before any parsing.
        if b"job-posting" not in raw:
            loaded.append((number, path, lang, stat, None, None))
            continue
        posting = Posting(raw, path, lang)
        key = _translation_key(posting, raw)
        if key is not None:
            posting.progress = posting_progress(posting, guidance, hint)
        loaded.append((number, path, lang, stat, posting, key))
    return loaded


def _translation_key(posting: Posting, raw: bytes) -> str | None:
    """The pairing key of a job posting; None when the file is not a job posting."""
    if posting.valid:
        if posting.get("layout") != POSTING_LAYOUT:
            return None
        key = posting.get("translationKey")
        if key is None or str(key).strip() == "":
            return f"(no translationKey: {posting.path.name})"
        return str(key)
    if not _LAYOUT_LINE.search(raw):
        return None
    match = _KEY_LINE.search(raw)
    if match and match.group(1).strip():
        return match.group(1).decode("utf-8", errors="replace").strip()
    return f"(unreadable: {posting.path.name})"
