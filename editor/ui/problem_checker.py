"""The open pair's checks, run off the keystroke path: the same pipeline as ``posting-editor check``
and export's gate, on copies of the pair's postings, the latest request winning."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from editor.model.findings import Finding
from editor.model.frontmatter.posting import Posting
from editor.model.hugo.config import Site
from editor.model.site.index import PairEntry
from editor.ui.background import BackgroundRunner, long_text
from editor.ui.site_memory import SiteMemoryReader

if TYPE_CHECKING:
    from editor.model.checks.setup import CheckSetup

CHECK_DELAY_MS = 300
_KEY = "checks"


SITE = ""  # a PairProblem's "language" when it is about a file of the site rather than of the pair


@dataclass(frozen=True)
class PairProblem:
    lang: str  # the file's language; SITE for one of the site's files the checks read (its glossary, say)
    finding: Finding

    @property
    def fix(self):
        """The typography fix the finding offers, or None."""
        return getattr(self.finding, "fix", None)


@dataclass(frozen=True)
class _Snapshot:
    key: str
    site: Site | None
    files: dict  # lang -> (bytes, path, label)
    source: str = "en"  # the language the pair is translated from
    config: TranslationConfig | None = None
    ignored: dict | None = None  # lang -> words ignored in this posting (spelling)
    grammar_ignored: frozenset[str] = frozenset()  # grammar problems ignored in it (grammar.ignore_key)
    memory: object = None  # the site's TranslationMemory: segments are verified; None: not (yet)
    last: LastCheck | None = None  # the checker's previous check, kept by its worker

    def inputs(self, setup) -> tuple:
        """Everything the checks read besides the memory (``setup``: the site's, as read for this check)."""
        ignored = tuple(sorted((lang, tuple(sorted(words))) for lang, words in (self.ignored or {}).items()))
        return (self.key, id(self.site), self.files, self.source, ignored, self.grammar_ignored, id(setup))


class LastCheck:
    """The worker's last check: what it read and what it found. A pair is asked for again with nothing
    changed (the translation status read after the window opened, the pair's source the same) and
    the site's memory comes in after its first check (site_memory.py): the same inputs find the same
    problems, and when only the memory is new and segment verification finds nothing with it, the
    check with it finds what the one without found; neither is run again whole.

    Used from the checker's one worker thread only; ``keep`` holds the site and setup read so that
    the ids in ``inputs`` stay theirs."""

    def __init__(self) -> None:
        self.inputs: tuple | None = None
        self.memory: object = None
        self.keep: tuple = ()
        self.problems: list[PairProblem] = []


class TranslationConfig:
    """What the checks read from the site (settings, glossary, template guidance), read again only
    when those files change.

    Used from the checker's one worker thread only."""

    def __init__(self) -> None:
        self._key: tuple | None = None
        self._value: CheckSetup | None = None
        self._warnings: list[Finding] = []

    def get(self, root):
        """The site's ``CheckSetup`` (``root`` None: the defaults and the bundled templates' guidance)."""
        self._read(root)
        return self._value

    def warnings(self, root) -> list[Finding]:
        """What ``check`` warns about the site's files the checks could not read (its glossary, a
        template...): a check that did less must not look clean in the window either."""
        self._read(root)
        return self._warnings

    def _read(self, root) -> None:
        from editor.model.checks.setup import CheckSetup, read_site_setup
        from editor.model.language.site_dictionary import DICTIONARY_FILE
        from editor.model.site.templates import guidance_folders
        from editor.model.translation.glossary import GLOSSARY_FILE
        from editor.model.translation.settings import CONFIG_FILE, STATE_FOLDER
        from editor.model.translation.status import STATE_FILE

        names = (CONFIG_FILE, GLOSSARY_FILE, DICTIONARY_FILE, STATE_FILE)
        files = [root / STATE_FOLDER / name for name in names] if root is not None else []
        files += [folder / f"posting.{lang}.md" for folder in guidance_folders(root) for lang in ("en", "fr")]
        key = (root, *(_stamp(path) for path in files))
        if key != self._key:
            # The memory comes with each snapshot (site_memory.py): reading it must not hold the checks.
            self._key = key
            self._value, self._warnings = read_site_setup(root) if root is not None else (CheckSetup.for_site(None), [])


def _stamp(path) -> tuple:
    """What changes when the file does; a link to nothing differs from no file at all."""
    try:
        stat = path.stat()
        return stat.st_mtime_ns, stat.st_size
    except OSError:
        try:
            return "link", path.lstat().st_mtime_ns
        except OSError:
            return ()


def check_snapshot(snapshot: _Snapshot) -> list[PairProblem]:
    """Every check of the pair on copies of its postings (safe to run in a worker thread): the same
    pipeline as ``posting-editor check`` and export's gate."""
    # Imported on first use, in the worker: the window paints without waiting for the rules.
    from editor.model.checks.pipeline import check_pair, verify_segments
    from editor.model.language.grammar import ignored_finding

    entry = PairEntry(snapshot.key)
    labels: dict[str, str] = {}
    for lang, (raw, path, label) in snapshot.files.items():
        entry.files[lang].append(Posting(raw, path, lang))
        labels[label] = lang
    config = snapshot.config or TranslationConfig()
    root = snapshot.site.root if snapshot.site is not None else None
    setup = config.get(root)
    # The site's words with its glossary's French terms, as check has them (read_site_setup).
    words = setup.words
    for lang, ignored in (snapshot.ignored or {}).items():
        if words is not None:
            words = words.with_words(ignored, lang)  # "Ignore in this posting", for this language only
    read, inputs, last = setup, snapshot.inputs(setup), snapshot.last
    setup = dataclasses.replace(setup, words=words, memory=snapshot.memory)
    label = lambda posting: snapshot.files[posting.language][2]  # noqa: E731

    def kept(findings) -> list[PairProblem]:
        return [PairProblem(labels[f.file], f) for f in findings
                if f.file in labels and not ignored_finding(f, snapshot.grammar_ignored)]

    if last is not None and last.inputs == inputs and (last.memory is snapshot.memory or (
            last.memory is None and not kept(verify_segments(entry, snapshot.site, setup, source=snapshot.source,
                                                             label=label)))):
        problems = list(last.problems)
    else:
        found = kept(check_pair(entry, snapshot.site, setup, source=snapshot.source, label=label))
        found += [PairProblem(SITE, f) for f in config.warnings(root)]
        unique = list(dict.fromkeys(found))
        problems = sorted(unique, key=lambda p: (p.finding.severity.rank, p.lang, p.finding.line, p.finding.column))
    if last is not None:
        last.inputs, last.memory, last.problems = inputs, snapshot.memory, problems
        last.keep = (snapshot.site, read)
    return problems


class ProblemChecker(QObject):
    """Runs ``check_snapshot`` in the background, the latest request winning.

    ``results_changed(problems)`` gives the latest problems; ``failed()`` says the checks
    themselves broke (a bug: the traceback is in the log), which is not "no problems"."""

    results_changed = Signal(list)  # the latest problems, in the GUI thread
    failed = Signal()

    def __init__(self, memories: SiteMemoryReader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = BackgroundRunner(self)
        self._closed = False
        self._showing: tuple = ()  # which pair's files the results are about
        self._config = TranslationConfig()
        self._last = LastCheck()
        self._memory = memories
        memories.verificationReady.connect(self._memory_ready)
        self._manager = None  # the document manager of the last request
        self.results: list[PairProblem] = []
        self.checks_failed = False
        # Which language each pair is translated from; the translator tools know it.
        self.source_of: Callable[[str], str] = lambda _key: "en"
        # Words ignored in a posting for the session (spelling); the spelling support knows them.
        self.ignored_of: Callable[[str, str], frozenset[str]] = lambda _key, _lang: frozenset()
        self.grammar_ignored_of: Callable[[str], frozenset[str]] = lambda _key: frozenset()

    def request(self, manager, *, now: bool = False) -> None:
        """Check ``manager``'s pair after a pause in typing (or right away)."""
        if self._closed:
            return
        self._manager = manager
        pair = manager.pair
        if pair is None:
            self._runner.cancel(_KEY)
            self._showing = ()
            self._store([])
            return
        files = {}
        for lang in ("en", "fr"):
            posting = pair.posting(lang)
            if posting is not None:
                files[lang] = (posting.to_bytes(), posting.path, manager.file_label(posting))
        ignored = {lang: self.ignored_of(manager.key, lang) for lang in files}
        memory = self._memory.memory_for(manager.site.root if manager.site is not None else None)
        snapshot = _Snapshot(manager.key, manager.site, files, self.source_of(manager.key), self._config, ignored,
                             self.grammar_ignored_of(manager.key), memory, self._last)
        showing = (manager.key, tuple((lang, path) for lang, (_raw, path, _label) in files.items()))
        if showing != self._showing:
            # Another pair (or other files of it): its problems are not known yet, and the last
            # pair's must not be shown meanwhile, nor arrive later from a check still running.
            self._showing = showing
            self._runner.cancel(_KEY)
            self._store([])
        self._runner.run(_KEY, lambda: check_snapshot(snapshot), self._store, self._failed,
                         delay_ms=0 if now else CHECK_DELAY_MS, long=long_text(*(raw for raw, _, _ in files.values())))

    def _store(self, problems: list[PairProblem]) -> None:
        self.checks_failed = False
        self.results = list(problems)
        self.results_changed.emit(self.results)

    def _failed(self, _error: Exception) -> None:
        self.results = []
        self.checks_failed = True
        self.results_changed.emit([])
        self.failed.emit()

    def is_idle(self) -> bool:
        # Answers arrive through the event loop: a finished job is not idle until its answer is in.
        return self._runner.is_idle()

    def _memory_ready(self) -> None:
        if self._manager is not None:
            self.request(self._manager, now=True)  # the same pair again, its segments verified this time

    def shutdown(self) -> None:
        self._closed = True
        self._runner.shutdown()
