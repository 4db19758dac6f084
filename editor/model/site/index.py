"""The job postings of a site, paired across languages by ``translationKey``."""

from __future__ import annotations

import codecs
import functools
import marshal
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from editor.model.findings.worded import Phrase
from editor.model.storage.files import read_bytes, resolved
from editor.model.site.index_cache import IndexCache
from editor.model.site.parallel import default_workers, idle_cores, map_beside, map_in_processes
from editor.model.frontmatter.posting import Posting, Summary
from editor.model.storage.safe_write import tidy
from editor.model.hugo.config import LANGUAGES, Site, postings_folder

SHARED_FIELDS = ("layout", "type", "archived", "leverId", "translationKey")
POSTING_LAYOUT = "job-posting"

# For files whose front matter cannot be read we still want to show them beside their counterpart:
# ``key: value`` (YAML), ``key = value`` (TOML) or ``"key": value,`` (JSON) on a line of its own,
# which ends in "\r\n" in a file checked out on Windows.
_KEY_LINE = re.compile(rb"^[ \t]*(?:translationKey|\"translationKey\")[ \t]*[:=][ \t]*['\"]?([^'\"\r\n#]*?)['\"]?[ \t]*,?[ \t]*\r?$",
                       re.MULTILINE)
_LAYOUT_LINE = re.compile(rb"^[ \t]*(?:layout|\"layout\")[ \t]*[:=][ \t]*['\"]?job-posting['\"]?[ \t]*,?[ \t]*\r?$", re.MULTILINE)


def shared_disagreements(postings: list[Posting]) -> list[str]:
    """Shared fields whose values differ between the readable ones of ``postings``."""
    readable = [posting for posting in postings if posting.valid]
    if len(readable) < 2:
        return []  # the window asks for every pair's status several times before its first paint
    # Most pairs agree on plain values: their values and types compared at once, each repr made
    # only for a posting that does not (the window asks this for every pair, a cold list too).
    first = readable[0].get_all(SHARED_FIELDS)
    kinds = list(map(type, first))
    plain = _PLAIN.issuperset(kinds)
    differ: set[str] = set()
    for posting in readable[1:]:
        values = posting.get_all(SHARED_FIELDS)
        if plain and values == first and list(map(type, values)) == kinds:
            continue  # the same repr for each: plain values of the same type are written alike when equal
        differ.update(name for name, one, other in zip(SHARED_FIELDS, first, values) if repr(one) != repr(other))
    return [name for name in SHARED_FIELDS if name in differ]


# The types whose values have the same repr exactly when they are equal and of the same type.
_PLAIN = frozenset({str, int, bool, type(None)})


class Status:
    OK = "ok"
    MISSING_EN = "missing-en"
    MISSING_FR = "missing-fr"
    CONFLICT = "conflict"
    INVALID = "invalid"
    # A file of the pair holds the conflict markers a merge left (said before "invalid": markers in
    # a front matter are why it cannot be read).
    MERGE_CONFLICT = "merge-conflict"
    # A file of the pair, or a file that may be its missing half, cannot be read at all.
    UNREADABLE = "unreadable"


@dataclass
class PairEntry:
    """All files of one translationKey, by language (more than one per language is a conflict)."""

    key: str
    files: dict[str, list[Posting]] = field(default_factory=lambda: {lang: [] for lang in LANGUAGES})
    # For a language this pair has no file in: the site's files of that language that could not
    # be read. Any of them may be the missing half, so the pair is not known to be incomplete.
    unreadable_elsewhere: dict[str, list[Posting]] = field(default_factory=dict)

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

    def merge_conflicts(self) -> list[Posting]:
        """The files of this pair that hold conflict markers a merge left (each one's ``conflicts``)."""
        return [posting for posting in self.all_postings() if posting.conflicts]

    def unreadable(self) -> list[Posting]:
        """Files of this pair, or files that may be its missing half, that cannot be read."""
        own = [posting for posting in self.all_postings() if posting.unreadable]
        return own + [posting for lang in LANGUAGES if not self.postings(lang)
                      for posting in self.unreadable_elsewhere.get(lang, [])]

    @property
    def status(self) -> str:
        # Each language's files looked up once: a cold list asks this of every pair of the site.
        en, fr = self.files.get("en", []), self.files.get("fr", [])
        postings = en + fr
        for posting in postings:
            if posting.unreadable:
                return Status.UNREADABLE
        for posting in postings:
            if posting.conflicts:
                return Status.MERGE_CONFLICT
        for posting in postings:
            if not posting.valid:
                return Status.INVALID
        if len(en) > 1 or len(fr) > 1 or shared_disagreements(postings):
            return Status.CONFLICT
        for lang, files, missing in (("en", en, Status.MISSING_EN), ("fr", fr, Status.MISSING_FR)):
            if not files:
                return Status.UNREADABLE if self.unreadable_elsewhere.get(lang) else missing
        return Status.OK

    @property
    def archived(self) -> bool | None:
        # Each language's files looked up once, as in status: a list asks this of every pair too.
        values = {posting.get("archived") for posting in self.files.get("en", []) + self.files.get("fr", [])
                  if posting.valid}
        return values.pop() if len(values) == 1 else None

    def own_title(self, lang: str) -> str | None:
        """``lang``'s file's title, None when that language has no readable file or no title."""
        posting = self.first(lang)
        if posting is not None and posting.valid and posting.get("title"):
            return str(posting.get("title")).strip()
        return None

    def title(self, lang: str) -> str:
        """A title to show for the pair: ``lang``'s, else the other language's, else the key."""
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
    def build(cls, site: Site, *, workers: int | None = None, cache: IndexCache | None = None,
              summaries: bool = False) -> SiteIndex:
        """Read and pair every job posting. Files unchanged since the last run come from the cache;
        the others are parsed, by several processes on large sites. Each job posting also gets its
        ``progress`` (what is left to do in it, see ``queue.posting_progress``).

        ``summaries``: the caller asks only what the summaries hold (``list``): each file read is
        then kept as its summary, as a file found in the cache is, and its text let go at once
        (read again only if asked). A cold list of 5,000 postings otherwise held every file's bytes
        and text until it ended (145 MB, ~35,000 pages the system had to give it)."""
        from editor.model.site.queue import guidance_digest, site_guidance

        guidance = site_guidance(site)
        cache = cache if cache is not None else IndexCache.for_site(site.root)
        # Placeholders are counted against the templates' guidance: other templates, other counts.
        cache.require_context(guidance_digest(guidance))
        folder_errors: dict[str, list[OSError]] = {lang: [] for lang in LANGUAGES}
        jobs = [(path, lang) for lang in LANGUAGES for path in site.markdown_files(lang, folder_errors[lang])]
        # A writer killed between the renames of a pair's two files left a journal: finish it
        # before reading, so the pair is seen as one change, never half of one.
        # (os.path.dirname rather than Path.parent: the string of each path is wanted below anyway.)
        for folder_name in dict.fromkeys(os.path.dirname(path) for path, _ in jobs):
            tidy(Path(folder_name))
        found: dict[int, tuple[Posting, str | None]] = {}
        misses: list[Job] = []
        for number, (path, lang) in enumerate(jobs):
            try:
                stat = os.stat(path)
            except OSError:
                misses.append((number, path, lang, None))  # gone since listed, or a link that leads nowhere
                continue
            hit = cache.lookup(str(path), stat)
            if hit is not None and not os.access(path, os.R_OK):
                hit = None  # made unreadable since: a chmod leaves size, time and inode as they were
            if hit is None:
                misses.append((number, path, lang, stat))
            elif hit[1] is not None:
                posting = Posting.indexed(path, lang, hit[1])
                posting.progress = hit[1].progress
                found[number] = (posting, hit[0])
        for number, path, _lang, file_stat, read, key in _load_all(misses, workers, guidance, summaries):
            if read is not None and read.unreadable:
                found[number] = (read, key)  # never cached: it is read again next time
                continue
            if file_stat is not None:
                cache.store(str(path), file_stat, key, read.summary() if read is not None else None)
            if read is not None:
                found[number] = (read, key)
        cache.forget_missing({str(path) for path, _ in jobs})
        # The jobs' stats let go first: while they live, each row's four numbers are shared with
        # them, and marshal enters every object it meets that is referenced elsewhere in a table
        # (callgrind, a cold list of 1,000 postings: 0.4% fewer instructions).
        del misses
        cache.save()
        by_key: dict[str, PairEntry] = {}
        others: list[Posting] = []
        for lang, errors in folder_errors.items():
            for error in errors:
                # A folder that cannot be listed may hold any number of postings: shown as one
                # unreadable file so that pairs missing that language are not called incomplete.
                folder = Path(error.filename) if error.filename else site.content_dirs[lang]
                key = pseudo_key("unreadable", f"{folder.name}{os.sep}")
                by_key.setdefault(key, PairEntry(key)).files[lang].append(Posting.unreadable_file(folder, lang, error))
        for number in sorted(found):
            posting, key = found[number]
            if key is None:
                others.append(posting)
            else:
                by_key.setdefault(key, PairEntry(key)).files[posting.file_language].append(posting)
        pairs = sorted(by_key.values(), key=lambda entry: (entry.key.casefold(), entry.key))
        unreadable = {lang: [p for entry in pairs for p in entry.postings(lang) if p.unreadable] for lang in LANGUAGES}
        for entry in pairs:
            entry.unreadable_elsewhere = {lang: unreadable[lang] for lang in LANGUAGES
                                          if unreadable[lang] and not entry.postings(lang)}
        return cls(site, pairs, others, guidance)

    def updated(self, paths: Iterable[Path | str]) -> SiteIndex:
        """The index as ``build`` would make it now, when only the files at ``paths`` can have changed
        since this one was made (written, created, deleted, or renamed: both names). Pairs none of
        them belongs to are the same objects as here; changed pairs are new ones."""
        from editor.model.site.index_update import updated_index

        found = updated_index(self, paths)
        return found if found is not None else SiteIndex.build(self.site)

    def unreadable(self) -> list[Posting]:
        """Every file of the site's postings folders that could not be read at all."""
        return [posting for entry in self.pairs for posting in entry.all_postings() if posting.unreadable]

    def unreadable_candidates(self, key: str, lang: str) -> list[Posting]:
        """Files of ``lang`` that cannot be read and may be the posting of ``key`` in that language.

        Empty when a readable file of ``lang`` has the key. Commands that would act on a pair, or
        write its missing half, refuse while this is not empty: they could change one file of two,
        or make a second file with the same key."""
        entry = self.pair_for_key(key)
        if entry is not None and any(not posting.unreadable for posting in entry.postings(lang)):
            return [posting for posting in entry.postings(lang) if posting.unreadable]
        return [posting for posting in self.unreadable() if posting.language == lang]

    def unreadable_refusal(self, key: str, languages: Iterable[str] = LANGUAGES) -> Phrase | None:
        """The sentence a refusal gives when :meth:`unreadable_candidates` is not empty, else None."""
        files = [posting for lang in languages for posting in self.unreadable_candidates(key, lang)]
        if not files:
            return None
        names = tuple(Phrase("file-problem", {"path": self.site.relative(p.file_path), "problem": p.problem})
                      for p in files)
        return Phrase("unreadable-pair-files", {"count": len(files), "key": key, "names": names})

    def pair_for_key(self, key: str) -> PairEntry | None:
        for entry in self.pairs:
            if entry.key == key:
                return entry
        return None

    def pair_for_path(self, path: Path) -> PairEntry | None:
        """The first pair with a file that is ``path`` once links are followed, or None.

        Only files that can be it are resolved: those of its name, and links (a file that is no
        link keeps its name resolved, whatever folders above it are links). Resolving each of a
        5,000-posting site's files took 0.2-0.3 s for a file listed last, at every file opened."""
        target = resolved(path)
        name = target.name
        links: dict[str, frozenset[str] | None] = {}
        for entry in self.pairs:
            for posting in entry.all_postings():
                file = posting.path
                if file is None:
                    continue
                if file.name != name:
                    folder = os.path.dirname(file)
                    if folder not in links:
                        links[folder] = _link_names(folder)
                    in_folder = links[folder]
                    if in_folder is not None and file.name not in in_folder:
                        continue
                if resolved(file) == target:
                    return entry
        return None

    def postings_folder(self, lang: str) -> Path:
        paths = [posting.path for entry in self.pairs for posting in entry.all_postings() if posting.path]
        return postings_folder(self.site, lang, paths)


def _link_names(folder: str) -> frozenset[str] | None:
    """The names of the symbolic links in ``folder`` (the folder's listing says, no file is looked
    at); None when it cannot be listed: every file of it may then be a link."""
    try:
        with os.scandir(folder) as found:
            return frozenset(item.name for item in found if item.is_symlink())
    except OSError:
        return None


PARALLEL_FROM = 600  # below this many files, starting worker processes costs more than it saves


# (job number, path, language, stat, Posting or None, translation key or None)
Loaded = tuple[int, Path, str, os.stat_result | None, Posting | None, str | None]
# (job number, path, language, the file's stat as the cache was asked, None when it could not be had)
Job = tuple[int, Path, str, os.stat_result | None]


def _load_all(jobs: list[Job], workers: int | None, guidance: frozenset[str], summaries: bool = False) -> list[Loaded]:
    if workers is None:
        # Besides this process, only as many copies as there are idle cores: on a busy machine a
        # copy waits for a core, and a cold list of 5,000 postings came out no sooner for its
        # 9-11% more CPU time (load 5 on 2 cores); on an idle one it reads half the files meanwhile.
        workers = min(default_workers(len(jobs), PARALLEL_FROM), 1 + idle_cores())
    if workers <= 1:
        return _load_chunk(jobs, guidance, summaries)
    by_number = {job[0]: job for job in jobs}
    # Where fork is safe (the command line), this process reads a share of the files and forked
    # copies of it the others: no pool to start or feed, and this process does not sit waiting.
    size = -(-len(jobs) // workers)
    shares = map_beside(functools.partial(_load_chunk, guidance=guidance, summaries=summaries),
                        [jobs[start:start + size] for start in range(0, len(jobs), size)],
                        pack=lambda loaded: _packed_answers(by_number, loaded),
                        unpack=lambda data: _from_answers(by_number, _unpacked_answers(data)))
    if shares is not None:
        return [loaded for share in shares for loaded in share]
    # The workers get the jobs once, as they start (a forked worker has them already), then only
    # where each chunk starts and ends; they send back no path, language or stat the jobs hold.
    chunks = [(start, start + 200) for start in range(0, len(jobs), 200)]
    results = map_in_processes(_summarise_chunk, chunks, workers, initializer=_take_jobs, initargs=(jobs, guidance))
    if results is None:  # no processes on this system: do it here
        return _load_chunk(jobs, guidance, summaries)
    return [loaded for chunk in results for loaded in _from_answers(by_number, chunk)]


def _from_answers(by_number: dict[int, Job], answers: list[tuple]) -> list[Loaded]:
    loaded: list[Loaded] = []
    for number, stat, summary, key in answers:
        _, path, lang, known = by_number[number]
        loaded.append((number, path, lang, known if stat is _SAME else stat, _from_worker(path, lang, summary), key))
    return loaded


def _packed_answers(by_number: dict[int, Job], loaded: list[Loaded]) -> bytes:
    # marshal makes and reads the answers of thousands of files several times faster than pickle;
    # pickle for the few it cannot keep (a date in a front matter, an unreadable file's posting).
    answers = _answers(by_number, loaded)
    try:
        return b"m" + marshal.dumps(answers)
    except ValueError:
        import pickle

        return b"p" + pickle.dumps(answers, pickle.HIGHEST_PROTOCOL)


def _unpacked_answers(data: bytes) -> list[tuple]:
    # From a copy of this very process, through a pipe of its own: not data from elsewhere.
    if data[:1] == b"m":
        answers: list[tuple] = marshal.loads(data[1:])
        return answers
    import pickle

    unpickled: list[tuple] = pickle.loads(data[1:])
    return unpickled


def _from_worker(path: Path, lang: str, summary: tuple | Posting | None) -> Posting | None:
    if summary is None or isinstance(summary, Posting):
        return summary
    posting = Posting.indexed(path, lang, Summary(*summary))
    posting.progress = summary[3]
    return posting


_SAME = True  # in a worker's answer: the stat its job came with (else None or the stat it took)
_worker_jobs: tuple[list[Job], frozenset[str]] = ([], frozenset())


def _take_jobs(jobs: list[Job], guidance: frozenset[str]) -> None:
    global _worker_jobs
    _worker_jobs = (jobs, guidance)


def _summarise_chunk(bounds: tuple[int, int]) -> list[tuple]:
    jobs, guidance = _worker_jobs
    chunk = jobs[bounds[0]:bounds[1]]
    return _answers({job[0]: job for job in chunk}, _load_chunk(chunk, guidance))


def _answers(by_number: dict[int, Job], loaded: list[Loaded]) -> list[tuple]:
    # Workers send back summaries as plain tuples (well under 1 KB each) rather than whole postings
    # (~12 KB pickled); a posting reads its file again only when it is opened or checked. An
    # unreadable file's posting is sent whole: it is small, and its problem says why it was not read.
    answers = []
    for number, _, _, stat, posting, key in loaded:
        sent: tuple | Posting | None = posting
        if posting is not None and not posting.unreadable:
            summary = posting.summary()
            sent = (summary.digest, summary.valid, summary.data, summary.progress, summary.conflicts)
        answers.append((number, _SAME if stat is not None and stat is by_number[number][3] else stat, sent, key))
    return answers


def _load_chunk(jobs: list[Job], guidance: frozenset[str] = frozenset(), summaries: bool = False) -> list[Loaded]:
    """Each job's file read and parsed; ``summaries``: each readable posting kept as its summary
    (``Posting.indexed``, its text let go), as the answers of worker processes are."""
    from editor.model.site.queue import guidance_hint, posting_progress

    hint = guidance_hint(guidance)
    loaded: list[Loaded] = []
    for number, path, lang, known in jobs:
        try:
            # The stat the cache was asked with, taken before the read: if the file changes in
            # between, its row is stale next time and the file is read again, never the reverse.
            stat = known if known is not None else os.stat(path)
            raw = read_bytes(path, known=stat)
        except FileNotFoundError:
            if not os.path.islink(path):
                continue  # removed since the folder was listed
            stat, posting = None, Posting.unreadable_file(path, lang, FileNotFoundError(2, "it is a link to a file that does not exist", str(path)))
            loaded.append((number, path, lang, stat, posting, pseudo_key("unreadable", path.name)))
            continue
        except OSError as error:
            # Treated as absent, its pair would look incomplete and a second file could be made.
            posting = Posting.unreadable_file(path, lang, error)
            loaded.append((number, path, lang, None, posting, pseudo_key("unreadable", path.name)))
            continue
        sniffed = _as_utf8(raw)
        # Most files of a site are not postings; skip them before any parsing.
        if b"job-posting" not in sniffed:
            loaded.append((number, path, lang, stat, None, None))
            continue
        posting = Posting(raw, path, lang)
        key = _translation_key(posting, sniffed)
        if key is not None:
            posting.progress = posting_progress(posting, guidance, hint, raw)
        if summaries:
            summary = posting.summary()
            posting = Posting.indexed(path, lang, summary)
            posting.progress = summary.progress
        loaded.append((number, path, lang, stat, posting, key))
    return loaded


# A file without a usable translationKey is a pair of its own, under a key naming the file that
# cannot clash with a real key. The key is a dict key everywhere (index, caches, the window's list),
# so it stays a string; these two functions are the only places that know its shape.
_PSEUDO_KEYS = {"no-key": "(no translationKey: {})", "unreadable": "(unreadable: {})"}


def pseudo_key(kind: str, file_name: str) -> str:
    """The key of a file with no translationKey (``kind`` "no-key") or one that cannot be read
    ("unreadable")."""
    return _PSEUDO_KEYS[kind].format(file_name)


def pseudo_key_parts(key: str) -> tuple[str, str] | None:
    """(kind, file name) of a key made by ``pseudo_key``; None for a real translationKey."""
    for kind, shape in _PSEUDO_KEYS.items():
        prefix, suffix = shape.split("{}")
        if key.startswith(prefix) and key.endswith(suffix) and len(key) > len(prefix) + len(suffix):
            return kind, key[len(prefix):-len(suffix)]
    return None


_UTF16_BOMS = {codecs.BOM_UTF16_LE: "utf-16-le", codecs.BOM_UTF16_BE: "utf-16-be"}


def _as_utf8(raw: bytes) -> bytes:
    """``raw`` to look for a posting's lines in: a file saved as UTF-16 with its byte order mark (Windows
    Notepad's "Unicode") as UTF-8, else ``raw`` itself. Such a file is a posting the editor cannot read
    (not UTF-8, its problem says): it still belongs to its pair, not passed over as some other file."""
    encoding = _UTF16_BOMS.get(raw[:2])
    if encoding is None or raw[:4] == codecs.BOM_UTF32_LE:
        return raw
    return raw[2:].decode(encoding, errors="replace").encode("utf-8")


def _translation_key(posting: Posting, raw: bytes) -> str | None:
    """The pairing key of a job posting; None when the file is not a job posting."""
    if posting.valid:
        if posting.get("layout") != POSTING_LAYOUT:
            return None
        key = posting.get("translationKey")
        if key is None or str(key).strip() == "":
            return pseudo_key("no-key", posting.file_path.name)
        return str(key)
    if not _LAYOUT_LINE.search(raw):
        return None
    match = _KEY_LINE.search(raw)
    if match and match.group(1).strip():
        return match.group(1).decode("utf-8", errors="replace").strip()
    return pseudo_key("unreadable", posting.file_path.name)
