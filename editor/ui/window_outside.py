"""What other programs do to the site while the window is open, and View ▸ Reload Site (F5).

Postings added, deleted or renamed show in the list (``SiteWatcher`` notices, the site controller
reads the site again); a file of the open pair that vanished is said plainly, with the choice to
recreate it from the text still open or to close it; a renamed one is simply followed. A file of
the open pair changed while it holds edits, or found changed when saving, is the user's choice:
their version or mine, or both combined when they changed different lines (``outside_edits``),
after a look at the difference if they wish.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from editor.model.hugo.config import LANGUAGES
from editor.ui import dialogs, workflow_dialogs
from editor.ui.outside_edits import part_at
from editor.ui.site_watcher import SiteWatcher

_CONFLICTS_SHOWN = 3  # per file: the difference shows them all


class OutsideChanges(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.watcher = SiteWatcher(self)
        window.app_actions["reload_site"].triggered.connect(self.reload_site)
        self._reloading = False  # View ▸ Reload Site asked, its answer not in yet
        window.site.indexChanged.connect(self._index_changed)
        window.site.siteChanged.connect(lambda: self.watcher.watch(window.site.site))
        self.watcher.changed.connect(self._site_files_changed)
        window.manager.filesVanished.connect(self._files_vanished_noticed)
        window.manager.externalChange.connect(self.resolve)
        window.manager.saveConflict.connect(self._save_conflict)
        self.watcher.watch(window.site.site)

    def reload_site(self) -> None:
        """Read every posting again (off the UI thread: seconds on a large site), and look at the open
        pair's files; the list changes when the site has been read."""
        window = self.window
        if window.site.site is None:
            return
        self._reloading = True
        window.site.reload()
        window.manager.check_disk()
        window.statusBar().showMessage(self.tr("Reading the site again…"), 30000)

    def _index_changed(self) -> None:
        self._counterpart_arrived()
        if self._reloading and not self.window.site.reloading():
            self._reloading = False
            window = self.window
            window.statusBar().showMessage(self.tr("Read %n posting(s) again.", "", len(window.site.pairs())), 5000)

    def resolve(self, langs: list) -> dialogs.ExternalChoice:
        """Ask whether the files of ``langs``, changed on disk, or the edits here win, or (when they
        changed different lines) both combined; settle it so."""
        window, manager = self.window, self.window.manager
        names = [posting.file_path.name for lang in langs if (posting := manager.posting(lang)) is not None]
        while True:
            merges = manager.outside_merges(langs)  # again each time: the files may have changed meanwhile
            combinable = bool(merges) and all(merge.combined is not None for merge in merges.values())
            conflicts = [] if combinable else self._conflicts(merges)
            if combinable and not any(merge.combined.modified for merge in merges.values()):
                # The files on disk hold all the edits already (the same change made both here and
                # there): no side has anything to lose, and "on different lines" would not be true.
                choice = dialogs.ExternalChoice.COMBINE
            else:
                choice = dialogs.ask_external_change(window, names, combinable=combinable, conflicts=conflicts)
            if choice is dialogs.ExternalChoice.SHOW_DIFFERENCE:
                dialogs.show_difference(window, "\n".join(manager.difference(lang) for lang in langs), conflicts=conflicts)
                continue
            if choice is dialogs.ExternalChoice.COMBINE:
                combined = manager.combine(langs)
                if not combined:
                    continue  # changed again since asked: ask about what is there now
                window.statusBar().showMessage(self._combined_said(combined), 15000)
            elif choice is dialogs.ExternalChoice.TAKE_THEIRS:
                manager.take_theirs(langs)
                # Said because it cannot be undone, and the question that warned of it is gone.
                window.statusBar().showMessage(self.tr("Took the version on disk of %1: your unsaved changes to it were "
                                                       "given up.").replace("%1", ", ".join(names)), 15000)
            elif choice is dialogs.ExternalChoice.KEEP_MINE:
                manager.keep_mine(langs)
                window.statusBar().showMessage(self.tr("Kept your version of %1: saving writes it over the file on "
                                                       "disk.").replace("%1", ", ".join(names)), 15000)
            # Dismissed: nothing settled; the change is not asked about again until a save meets it.
            return choice

    def _conflicts(self, merges: dict) -> list[str]:
        """One line per place both sides changed, per file, as the dialogs list them."""
        said = []
        for merge in merges.values():
            if merge.unreadable:
                said.append(self.tr("%1: combined, its front matter could not be read").replace("%1", merge.path.name))
            mine = self.window.manager.posting(merge.lang)
            for conflict in merge.conflicts[:_CONFLICTS_SHOWN]:
                where = self.tr("%1: %2 of your version, %3 on disk").replace("%1", merge.path.name) \
                    .replace("%2", self._lines(conflict.mine_first, conflict.mine_count)) \
                    .replace("%3", self._lines(conflict.theirs_first, conflict.theirs_count))
                said.append(where + self._part(mine, conflict.mine_first))
            if len(merge.conflicts) > _CONFLICTS_SHOWN:
                said.append(self.tr("%1: %n more place(s)", "", len(merge.conflicts) - _CONFLICTS_SHOWN)
                            .replace("%1", merge.path.name))
        return said

    def _part(self, posting, line: int) -> str:
        """Where that line is as the window shows the posting: a field, or the body (" (…)", or "")."""
        part = part_at(posting, line) if posting is not None else None
        if part is None:
            return ""
        if part == "body":
            return " " + self.tr("(in the body)")
        return " " + self.tr("(field “%1”)").replace("%1", workflow_dialogs.field_name(part))

    def _lines(self, first: int, count: int) -> str:
        if count <= 1:  # (0: lines deleted just before that one)
            return self.tr("line %1").replace("%1", str(first))
        return self.tr("lines %1–%2").replace("%1", str(first)).replace("%2", str(first + count - 1))

    def _combined_said(self, combined: dict) -> str:
        manager = self.window.manager
        names = ", ".join(merge.path.name for merge in combined.values())
        if not any(manager.is_modified(lang) for lang in combined):
            return self.tr("%1 on disk already holds your edits: there is nothing to save.").replace("%1", names)
        return self.tr("Combined the change made on disk to %1 with your edits: not saved yet. Edit ▸ Undo takes it "
                       "back.").replace("%1", names)

    def _save_conflict(self, langs: list) -> None:
        manager = self.window.manager
        # A file deleted outside (its question answered "later") is not "changed by another
        # program": taking "theirs" would throw the text away. Ask about the deletion again.
        gone = [lang for lang in langs
                if (posting := manager.posting(lang)) is not None and posting.path is not None and not posting.path.exists()]
        if gone:
            self._files_vanished(gone)
            langs = [lang for lang in langs if lang not in gone]
            if not langs:
                if manager.modified and all(posting.path.exists() for lang in gone
                                            if (posting := manager.posting(lang)) is not None and posting.path):
                    manager.save()  # the other language's edits, now that the deleted file is back
                return
        if self.resolve(langs) is dialogs.ExternalChoice.KEEP_MINE:
            manager.save()

    def _site_files_changed(self) -> None:
        # Looked at off the UI thread: a checkout of another branch changes hundreds of postings.
        self.window.site.refresh_later(self._site_files_read)

    def _site_files_read(self, changed: bool) -> None:
        if changed:
            self.window.manager.check_disk()

    def _files_vanished_noticed(self, langs: list) -> None:
        """The pair's watcher found files of ``langs`` gone: the site is read again off the UI thread
        first (a checkout deleting the open pair changes hundreds of files: seconds on a large site),
        then what is still gone is said, or followed to its new name."""
        window, manager = self.window, self.window.manager
        if window.site.site is None or not window.site.site.root.is_dir():
            self._files_vanished(langs)
            return
        pair, paths = manager.pair, {lang: posting.path for lang in langs if (posting := manager.posting(lang))}
        window.site.refresh_later(lambda _changed: self._vanished_read(pair, paths))

    def _vanished_read(self, pair, paths: dict) -> None:
        manager = self.window.manager
        if manager.pair is not pair:
            return  # another pair was opened meanwhile
        current = {lang: path for lang, path in paths.items()
                   if (posting := manager.posting(lang)) is not None and posting.path == path}
        back = [lang for lang, path in current.items() if path is not None and path.exists()]
        if back:
            # Back at its name before the site was read (a checkout and back, a folder moved away and
            # back): no deletion, and no rename either; a change of its text is asked about as any.
            manager.forget_vanished(back)
            manager.check_disk()
        gone = [lang for lang in current if lang not in back]
        if gone:
            self._files_vanished(gone, read=False)

    def _files_vanished(self, langs: list, *, read: bool = True) -> None:
        window, manager = self.window, self.window.manager
        if window.site.site is not None and not window.site.site.root.is_dir():
            workflow_dialogs.tell_site_gone(window, window.site.site.root)  # the text stays open, unsaved
            return
        if read:
            window.site.refresh()
        entry = window.site.entry(manager.key)
        moved = {lang: entry.postings(lang)[0].path for lang in langs
                 if entry is not None and len(entry.postings(lang)) == 1}
        if entry is not None and window.site.site is not None and set(moved) == set(langs):
            self._follow_rename(entry, moved)
            return
        names = [manager.posting(lang).path.name for lang in langs]
        others_stay = any(manager.posting(lang) is not None for lang in LANGUAGES if lang not in langs)
        choice = workflow_dialogs.ask_vanished(window, langs, names, others_stay=others_stay)
        if choice is workflow_dialogs.VanishedChoice.RECREATE:
            written = manager.recreate(langs)
            if written:
                window.statusBar().showMessage(self.tr("Recreated %1").replace(
                    "%1", ", ".join(path.name for path in written)), 5000)
        elif choice is workflow_dialogs.VanishedChoice.CLOSE:
            manager.reload(langs)  # the deleted files leave the pair; the other language stays open
            if manager.pair is not None and not manager.pair.present():
                manager.close_pair()
                window._show_placeholder(lambda: self.tr("The posting was deleted outside the editor."))
        window.site.refresh()

    def _follow_rename(self, entry, moved: dict) -> None:
        """Another program renamed (or moved) open files: edit them under their new names, edits kept."""
        manager = self.window.manager
        names = [f"{manager.posting(lang).path.name} → {path.name}" for lang, path in moved.items()]
        self._reopen(entry, moved)
        self.window.statusBar().showMessage(self.tr("Renamed outside the editor: %1").replace("%1", ", ".join(names)),
                                            8000)

    def _counterpart_arrived(self) -> None:
        """The open pair's missing language now has a file (a translator's file pulled with git, a copy put
        back): edit it beside the open text, edits kept, rather than offer to create a file that is there."""
        window, manager = self.window, self.window.manager
        entry = window.site.entry(manager.key) if manager.pair is not None else None
        if entry is None or window.site.site is None:
            return
        arrived = {lang: entry.postings(lang)[0].path for lang in LANGUAGES
                   if manager.posting(lang) is None and entry.postings(lang) and entry.postings(lang)[0].path}
        if not arrived:
            return
        self._reopen(entry, arrived)
        if all(manager.posting(lang) is not None for lang in arrived):
            window.statusBar().showMessage(self.tr("Added outside the editor: %1").replace(
                "%1", ", ".join(path.name for path in arrived.values())), 8000)

    def _reopen(self, entry, moved: dict) -> None:
        """Open ``entry`` again with the files of ``moved`` (language → path) in place of the ones open,
        the unsaved edits kept."""
        window, manager = self.window, self.window.manager
        kept = {lang: manager.posting(lang).text() for lang in LANGUAGES
                if manager.posting(lang) is not None and manager.is_modified(lang)}
        # What the edits started from: a file that holds something else now was changed as well as
        # renamed (a pull, an export renaming to titles), and putting the edits back over it blindly
        # would make the next save undo that change.
        started = {lang: manager.posting(lang).summary().digest for lang in kept}
        bases = {lang: manager.merge_base(lang) for lang in kept}  # for combining the two
        chosen = {lang: manager.posting(lang).path for lang in LANGUAGES if manager.posting(lang) is not None}
        chosen.update(moved)
        if manager.open_pair(window.site.site, entry, chosen):
            manager.put_back(kept, started_from=bases)
            changed = [lang for lang in kept if (posting := manager.posting(lang)) is not None
                       and posting.summary().digest != started[lang]]
            if changed:
                self.resolve(changed)
