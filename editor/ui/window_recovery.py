"""After a crash: the pairs whose edits were autosaved are offered one at a time, to restore into
the window, discard, or leave for later. A restored file that others changed on disk since the
autosave is settled like any outside change, so a save never reverts their work."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from editor.ui import dialogs


class CrashRecovery(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def offer(self) -> None:
        """Offer each pair with autosaved edits left by an earlier run (restore, discard or later)."""
        window, manager = self.window, self.window.manager
        offered: set[Path | None] = set()
        while True:
            entries = [e for e in manager.recoverable() if e.file not in offered]
            if not entries:
                return
            choice, entry = dialogs.ask_recovery(window, entries)
            if choice is dialogs.RecoveryChoice.LATER or entry is None:
                return
            offered.add(entry.file)
            if choice is dialogs.RecoveryChoice.DISCARD:
                manager.discard_recovery(entry)
                continue
            same_site = window.site.site is not None and window.site.site.root == Path(entry.site_root).resolve()
            opened = window.select_pair(entry.key) if same_site else window.open_site(entry.site_root, select=entry.key)
            if window.site.index is not None and window.site.entry(entry.key) is None:
                # The key was changed outside since the crash: the pair is the one that has its files now.
                found = next((pair for path in entry.paths.values() if (pair := window.site.index.pair_for_path(path))),
                             None)
                opened = found is not None and window.select_pair(found.key)
            chosen = {lang: path for lang, path in entry.paths.items() if path in manager.alternatives(lang)}
            if opened and any((posting := manager.posting(lang)) is not None and posting.path != path
                              for lang, path in chosen.items()):
                # Several files share the key and the edits were to another one than opens by default.
                site, pair_entry = window.site.site, window.site.entry(manager.key)
                opened = site is not None and pair_entry is not None and manager.open_pair(site, pair_entry, chosen)
            # Restoring blindly would make the next save revert what others saved since the crash:
            # such files are an outside change to settle like any other.
            changed = entry.disk_changed_since()
            if opened and manager.apply_recovery(entry):
                changed = [lang for lang in changed if manager.is_modified(lang)]
                if changed and window.outside.resolve(changed) is dialogs.ExternalChoice.TAKE_THEIRS \
                        and manager.modified:
                    manager.autosave_now()  # the autosave no longer holds the text given up
                window.checker.request(manager, now=True)
            return
