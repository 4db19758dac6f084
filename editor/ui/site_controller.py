"""The open site and its index of pairs, for the list and the window."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from editor.model.site.index import PairEntry, SiteIndex
from editor.model.site.passed_over import PassedOver, passed_over
from editor.model.hugo.config import LANGUAGES, Site, SiteError
from editor.ui.background import BackgroundRunner

if TYPE_CHECKING:
    from editor.model.translation.memory.store import TranslationMemory


class SiteController(QObject):
    """Holds the ``Site`` and its ``SiteIndex``; rebuilds the index when files change.

    ``open``/``open_file`` raise ``SiteError`` with a message for the user; the window
    shows it. ``create_pair`` raises ``CreateError``/``OSError`` the same way.
    """

    siteChanged = Signal()  # another site (or none) is open
    indexChanged = Signal()  # the pairs were read again (pairs whose files did not change are the same objects)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._site: Site | None = None
        self._index: SiteIndex | None = None
        self._files: frozenset = frozenset()  # name, time and size of each file the index was read from
        self._runner = BackgroundRunner(self)
        # While a reload reads the site off the UI thread: the files updated meanwhile, read again
        # into its answer (it may have read them before they were written). None: no reload running.
        self._updated_meanwhile: set[Path] | None = None
        self._refresh_waiting: list[Callable[[bool], None]] = []  # refresh_later's callers, answered together
        self._passed_over: tuple[SiteIndex, frozenset, list[PassedOver]] | None = None  # for which index and files

    @property
    def site(self) -> Site | None:
        return self._site

    @property
    def index(self) -> SiteIndex | None:
        return self._index

    def pairs(self) -> list[PairEntry]:
        return list(self._index.pairs) if self._index is not None else []

    def passed_over(self) -> list[PassedOver]:
        """Why the site's Markdown files are not postings, when none is (an empty list says why).
        Worked out once for each index and snapshot of the site's files (an update may keep the
        index object): each file is read for it, and the list asks on every change."""
        index = self._index
        if index is None or index.pairs:
            return []
        if self._passed_over is None or self._passed_over[0] is not index or self._passed_over[1] is not self._files:
            self._passed_over = (index, self._files, passed_over(index))
        return self._passed_over[2]

    def entry(self, key: str) -> PairEntry | None:
        return self._index.pair_for_key(key) if self._index is not None else None

    def open(self, folder: str | Path) -> Site:
        site = Site.open(folder)
        index = SiteIndex.build(site)
        self._cancel_reload()
        self._site, self._index, self._files = site, index, _files_of(site)
        self.siteChanged.emit()
        return site

    def open_file(self, file: str | Path) -> tuple[Site, str | None]:
        """Open the site around a posting file; returns it and the file's pair key (None if not a posting)."""
        path = Path(file)
        if not path.is_file():
            raise SiteError(f"{path}: no such file.")
        # A posting on its own (an attachment, a download): its folder is opened as it is.
        site = Site.containing(path) or Site.loose_folder(path.parent)
        index = SiteIndex.build(site)
        self._cancel_reload()
        self._site, self._index, self._files = site, index, _files_of(site)
        self.siteChanged.emit()
        entry = index.pair_for_path(path)
        return site, entry.key if entry is not None else None

    def close(self) -> None:
        self._cancel_reload()
        self._site, self._index, self._files = None, None, frozenset()
        self.siteChanged.emit()

    def rebuild(self) -> None:
        """Read the site's postings again (after a creation or outside changes)."""
        if self._site is None:
            return
        self._cancel_reload()  # this reads everything, later than the reload would have
        self._files = _files_of(self._site)
        self._index = SiteIndex.build(self._site)
        self.indexChanged.emit()

    def update(self, paths: Iterable[Path | str]) -> None:
        """Read again only the files at ``paths``: those the window wrote (after a rename, both names).
        Much cheaper than ``rebuild`` on a large site, and the same index."""
        from editor.model.site.index_update import as_listed

        if self._site is None or self._index is None:
            return
        files = [as_listed(Path(path)) for path in paths]  # as the index and _files_of name them
        self._read_again(files, _with_files(self._files, self._site, files))

    def reload(self) -> None:
        """Read every posting again off the UI thread (View ▸ Reload Site); ``indexChanged`` once
        read. A newer reload supersedes one still running."""
        site = self._site
        if site is None:
            return
        self._updated_meanwhile = set()
        self._runner.run("index", lambda: (_files_of(site), SiteIndex.build(site)),
                         lambda found: self._reloaded(site, found), lambda _error: self._reload_failed(site))

    def reloading(self) -> bool:
        return self._runner.busy("index")

    def refreshing(self) -> bool:
        """Whether a ``refresh_later`` has yet to answer."""
        return self._runner.busy("refresh")

    def _reloaded(self, site: Site, found: tuple[frozenset, SiteIndex]) -> None:
        if site is not self._site:
            return
        meanwhile, self._updated_meanwhile = self._updated_meanwhile or set(), None
        self._files, self._index = found
        if meanwhile:  # saved while the site was being read: those files may have been read before
            self.update(meanwhile)
        else:
            self.indexChanged.emit()

    def _reload_failed(self, site: Site) -> None:
        # The runner has logged why; reading here says it the way a rebuild always has.
        self._updated_meanwhile = None
        if site is self._site:
            self.rebuild()

    def _cancel_reload(self) -> None:
        self._runner.cancel("index")
        self._runner.cancel("refresh")
        self._refresh_waiting = []
        self._updated_meanwhile = None

    def shutdown(self) -> None:
        self._runner.shutdown()

    def refresh(self) -> bool:
        """Read again the files added, deleted, renamed or changed since the site was last read (our
        own saves have already been read); True when there were any."""
        if self._site is None:
            return False
        now = _files_of(self._site)
        if now == self._files:
            return False
        if self._index is None:
            self.rebuild()
            return True
        # Only the files that changed are read again: a full build holds the window for seconds on
        # a large site, and a pull touches a few files.
        self._read_again(_changed_files(now, self._files), now)
        return True

    def refresh_later(self, done: Callable[[bool], None]) -> None:
        """``refresh`` with the site's files looked at and the changed ones read off the UI thread: a
        ``git checkout`` of another branch changes hundreds of postings, and stating the 10,000 files
        of a 5,000-posting site then reading those held the window for seconds. ``done(changed)``
        once the index is up to date; a newer call supersedes one still running, and answers both."""
        from editor.model.site.index_update import updated_index

        site, index, files = self._site, self._index, self._files
        if site is None or index is None:
            done(self.refresh())
            return
        self._refresh_waiting.append(done)

        def look() -> tuple[frozenset, list[Path], SiteIndex | None]:
            now = _files_of(site)
            if now == files:
                return now, [], index
            changed = _changed_files(now, files)
            return now, changed, updated_index(index, changed)

        def looked(found: tuple[frozenset, list[Path], SiteIndex | None]) -> None:
            if site is not self._site:
                return  # another site (or none) was opened meanwhile
            waiting, self._refresh_waiting = self._refresh_waiting, []
            if index is not self._index or files is not self._files:
                for each in waiting:  # saved or read again meanwhile: look again from there
                    self.refresh_later(each)
                return
            now, changed, updated = found
            if changed and updated is None:
                self.rebuild()  # a folder that could not be listed: only a full build says what it holds
            elif changed:
                self._read_again(changed, now, updated)
            for each in waiting:
                each(bool(changed))

        def failed(_error: Exception) -> None:
            waiting, self._refresh_waiting = self._refresh_waiting, []
            changed = self.refresh()
            for each in waiting:
                each(changed)

        self._runner.run("refresh", look, looked, failed)

    def _read_again(self, files: list[Path], snapshot: frozenset, updated: SiteIndex | None = None) -> None:
        """The index with ``files`` read again (named as it names them), ``snapshot`` the site's files
        after that; a full build where the index cannot be updated (a folder it could not list).
        ``updated``: that index, already read off the UI thread."""
        from editor.model.site.index_update import updated_index

        assert self._index is not None
        index = updated if updated is not None else updated_index(self._index, files)
        if index is None:
            self.rebuild()
            return
        self._index, self._files = index, snapshot
        if self._updated_meanwhile is not None:  # a reload running may have read them before
            self._updated_meanwhile.update(files)
        self.indexChanged.emit()

    def suggest_key(self, key: str, path: Path) -> str:
        """A key of its own for an extra file using ``key`` (see ``conflicts.suggest_key``)."""
        from editor.model.site.conflicts import ConflictError, suggest_key

        entry = self.entry(key)
        if entry is None or self._index is None:
            raise ConflictError(f"No posting has the key '{key}' any more.")
        return suggest_key(self._index, entry, path)

    def settle_duplicate(self, key: str, path: Path, action: str, new_key: str | None = None) -> None:
        """``action`` ("archive", "rekey" or "delete") on an extra file using ``key``, written to disk.

        Raises ``ConflictError``, ``FileChangedError`` or ``OSError`` with a message for the user."""
        from editor.model.site.conflicts import (ConflictError, archive_duplicate, delete_duplicate, rekey_duplicate,
                                            save_postings)

        entry = self.entry(key)
        if entry is None or self._index is None:
            raise ConflictError(f"No posting has the key '{key}' any more.")
        if action == "delete":
            delete_duplicate(entry, path)
        elif action == "archive":
            save_postings([archive_duplicate(self._index, entry, path, new_key)])
        else:
            save_postings([rekey_duplicate(self._index, entry, path, new_key or "")])
        self.rebuild()

    def create_pair(self, titles: dict[str, str], *, key: str | None = None, lever_id: str | None = None,
                    descriptions: dict[str, str] | None = None, bundled: bool = False,
                    start_from: dict | None = None) -> tuple[str, list[Path]]:
        """Create both files from the templates (or ``start_from``'s postings), as ``posting-editor new``
        does; returns key and paths."""
        # Imported here: the templates and their checks are not needed to show the window.
        from editor.model.site.create import build_pair, write_pair

        if self._index is None:
            raise SiteError("Open a site first.")
        new_pair = build_pair(self._index, titles, key=key or None, lever_id=lever_id or None,
                              descriptions=descriptions, bundled=bundled, start_from=start_from)
        written = write_pair(new_pair)
        self.rebuild()
        return new_pair.key, written

    def template_refusal(self) -> Exception | None:
        """Why new postings cannot start from the open site's own templates (one is a broken link,
        say), or None."""
        from editor.model.site.create import site_template_refusal

        return site_template_refusal(self._site.root) if self._site is not None else None

    def has_own_templates(self) -> bool:
        """Whether new postings of the open site start from templates of its own (else the bundled ones)."""
        from editor.model.site.templates import site_has_templates

        return self._site is not None and site_has_templates(self._site.root)

    def create_counterpart(self, key: str, lang: str, title: str, *, memory: TranslationMemory | None = None, report: dict | None = None) -> Path:
        """Write the missing ``lang`` file of pair ``key``: the other file's shared fields, ``title``, and its
        body block by block, each block marked as not yet translated (template paragraphs translated);
        pre-translated from ``memory`` when given (the site's pretranslate_threshold)."""
        from editor.model.site.create import CreateError
        from editor.model.storage.files import FileChangedError
        from editor.model.translation.skeleton import create_counterpart

        entry = self.entry(key)
        other = "fr" if lang == "en" else "en"
        source = entry.first(other) if entry is not None else None
        if source is None or not source.valid or self._site is None or self._index is None:
            raise CreateError("The other language's file must exist and be readable first.")
        from editor.model.site.templates import translation_folders

        # The site's own templates when it has them: their standard paragraphs come out translated.
        from editor.model.translation.settings import TranslationSettings

        threshold = TranslationSettings.load(self._site.root).pretranslate_threshold
        posting = create_counterpart(self._index, source, lang, title=title,
                                     template_folder=translation_folders(self._site.root)[-1],
                                     memory=memory, threshold=threshold, report=report)
        target = posting.file_path  # create_counterpart names the file
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            posting.save(target)
        except FileChangedError as error:
            raise CreateError.said("nothing-created", reason=error) from None
        self.rebuild()
        return target


def _with_files(files: frozenset, site: Site, paths: list[Path]) -> frozenset:
    """``files`` (see ``_files_of``) with ``paths`` as they are now."""
    from editor.model.site.index_update import listed_languages

    names = {str(path) for path in paths}
    found = {row for row in files if row[0] not in names}
    for name in listed_languages(site, names):
        try:
            stat = os.stat(name)
        except OSError:
            continue
        found.add((name, stat.st_mtime_ns, stat.st_size))
    return frozenset(found)


def _changed_files(now: frozenset, before: frozenset) -> list[Path]:
    """The files of one snapshot of ``_files_of`` and not the other: a file whose name, time or size
    differs (a rename: both names)."""
    return sorted({Path(row[0]) for row in now ^ before})


def _files_of(site: Site) -> frozenset:
    found = set()
    for lang in LANGUAGES:
        for path in site.markdown_files(lang):
            try:
                stat = os.stat(path)
            except OSError:
                continue
            found.add((str(path), stat.st_mtime_ns, stat.st_size))
    return frozenset(found)
