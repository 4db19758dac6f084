"""The main window: wires the list, the pair editor, the problems panel, menus and dialogs.

It reads and writes no file itself: sites go through ``SiteController``, the open pair
through ``DocumentManager``, preferences through ``Settings``.
"""

from __future__ import annotations

from pathlib import Path
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox, QWidget

from editor.model.hugo.config import LANGUAGES, SiteError
from editor.model.storage.files import resolved
from editor.ui import dialogs, drafts_offer, i18n, window_new_posting, workflow_dialogs
from editor.ui.finding_texts import error_text
from editor.ui.actions import AppActions
from editor.ui.document_manager import DocumentManager
from editor.ui.message_bar import MessageBar
from editor.ui.pair_editor import PairEditor
from editor.ui.posting_list import PostingList
from editor.ui.crash_reporter import open_log_folder
from editor.ui.focus_ring import ring_focusable_areas
from editor.ui.problem_checker import ProblemChecker
from editor.ui.problems_panel import ProblemsPanel
from editor.ui.site_memory import SiteMemoryReader
from editor.ui.revert_undo import RevertUndoKey
from editor.ui.settings import Settings
from editor.ui.short_window import ShortWindow
from editor.ui.site_controller import SiteController
from editor.ui.window_conflicts import ConflictResolution
from editor.ui.window_outside import OutsideChanges
from editor.ui.window_recovery import CrashRecovery
from editor.ui.window_saves import AfterSave
from editor.ui.window_undo_state import UndoState, edits_text
from editor.ui.window_view import ViewOptions
from editor.ui.spell_support import SpellingSupport
from editor.ui.translation_exchange import TranslationExchange
from editor.ui.site_templates import SiteTemplates
from editor.ui.translator_tools import TranslatorTools
from editor.ui.window_formatting import Formatting
from editor.ui.window_handoff import HandOff
from editor.ui.welcome_panel import WelcomePanel
from editor.ui.window_layout import add_welcome, arrange_panes, pane_frame, part_made, place_before
from editor.ui.window_menus import LANGUAGE_ACTIONS, WindowMenus
from editor.ui.window_navigation import Navigation
from editor.ui.word_counts import WordCounts

class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, *, recovery_dir: Path | str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings
        self.app_actions = AppActions(self, translated=False)  # self.retranslate() below says them
        self.addActions(list(self.app_actions))  # shortcuts work wherever the focus is
        self.setStatusBar(MessageBar(self))
        self.site = SiteController(self)
        self.manager = DocumentManager(self, recovery_dir=recovery_dir)
        self.memories = SiteMemoryReader(self)  # the site's translation memories, for the checks and the suggestions
        self.checker = ProblemChecker(self.memories, self)

        frame = pane_frame(self)  # made in their places: moved there, each cost as much again
        self.posting_list = PostingList(frame.main)
        self.pair_editor = PairEditor(self.manager, settings, frame.stack)
        self.problems = ProblemsPanel(frame.right)
        panes = arrange_panes(self, frame, settings)
        self.placeholder, self.stack, self.engine_notice = panes.placeholder, panes.stack, panes.engine_notice
        self.right, self.main, self._panes = panes.right, panes.main, panes
        self._welcome: WelcomePanel | None = None  # made when first asked for (a first run's show_welcome)
        self._placeholder_words: Callable[[], str] = str  # what the placeholder says, said again in a new language
        # Keyboard order follows the eye: list, shared fields, the columns, then the problems.
        self.setTabOrder(self.posting_list.view, self.pair_editor.shared.archived)
        # Then the engine notice (when shown), which is made after the problems panel; the find bar,
        # made when first used, goes before it (window_layout.part_made).
        place_before([self.engine_notice.dismiss], self.problems.tree)

        self.menus = WindowMenus(self, self.app_actions, settings, self.open_site)
        # Short names for tests and scripts.
        self.file_menu, self.edit_menu = self.menus.file, self.menus.edit
        self.view_menu, self.help_menu = self.menus.view, self.menus.help
        self._connect()
        self.revert_undo = RevertUndoKey(self, self.manager.can_undo_revert, self._undo_revert)
        self.manager.undoRevertChanged.connect(self.revert_undo.arm)
        self.outside = OutsideChanges(self)
        self.view_options = ViewOptions(self)
        self.crash_recovery = CrashRecovery(self)
        self.conflicts = ConflictResolution(self)
        self.handoff = HandOff(self)
        self.formatting = Formatting(self)
        self.navigation = Navigation(self)
        self.undo_state = UndoState(self)
        self.word_counts = WordCounts(self)
        self.statusBar().addPermanentWidget(self.word_counts)
        self.translator = TranslatorTools(self)
        self.templates = SiteTemplates(self)
        self.exchange = TranslationExchange(self)
        self.spelling = SpellingSupport(self)
        self.short_window = ShortWindow(self)
        ring_focusable_areas(self)  # Fusion marks a focused line edit, not a focused text or list
        self.pair_editor.pageMade.connect(lambda part: part_made(self, part))
        self.retranslate()
        self._update_actions()
        if settings.window_geometry():
            self.restoreGeometry(settings.window_geometry())
        else:
            self.resize(1280, 800)
        if settings.window_state():
            self.restoreState(settings.window_state())
        self.short_window.fit(self.height())

    # ------------------------------------------------------------- construction
    def _connect(self) -> None:
        a, m = self.app_actions, self.manager
        a["open"].triggered.connect(self._choose_site)
        a["open_file"].triggered.connect(self._choose_file)
        a["new"].triggered.connect(self.new_posting)
        a["new_from_current"].triggered.connect(lambda: self.new_posting(from_open=True))
        a["save"].triggered.connect(self.save)
        a["revert"].triggered.connect(self.revert)
        a["archive"].triggered.connect(self._archive)
        a["close"].triggered.connect(self.close_site)
        a["quit"].triggered.connect(self.close)
        for name in ("undo", "redo", "cut", "copy", "paste"):
            a[name].triggered.connect(lambda _=False, n=name: self._edit_command(n))
        a["find"].triggered.connect(lambda: self.pair_editor.show_find(False))
        a["replace"].triggered.connect(lambda: self.pair_editor.show_find(True))
        a["find_next"].triggered.connect(lambda: self.pair_editor.find_bar.find_next())
        a["find_previous"].triggered.connect(lambda: self.pair_editor.find_bar.find_previous())
        a["next_problem"].triggered.connect(lambda: self.problems.go_to(1))
        a["previous_problem"].triggered.connect(lambda: self.problems.go_to(-1))
        a["swap_columns"].triggered.connect(self.pair_editor.swap_columns)
        for action_id, language in LANGUAGE_ACTIONS.items():
            a[action_id].triggered.connect(lambda _=False, lang=language: self.set_interface_language(lang))
        a["about"].triggered.connect(lambda: dialogs.show_about(self))
        a["open_log"].triggered.connect(open_log_folder)

        self.posting_list.currentKeyChanged.connect(self._pair_chosen)
        self.site.siteChanged.connect(self._site_changed)
        self.site.indexChanged.connect(lambda: self.posting_list.update_entries(self.site.pairs(), self.site.passed_over()))
        m.pairOpened.connect(self._pair_opened)
        m.openFailed.connect(self._show_placeholder)
        m.modifiedChanged.connect(self._modified_changed)
        m.edited.connect(lambda _lang: self.checker.request(m))
        m.edited.connect(lambda _lang: self._update_actions())
        m.saveFailed.connect(lambda message: QMessageBox.warning(self, self.tr("Not saved"), message))
        m.editRejected.connect(lambda _lang, _name, message: self.statusBar().showMessage(message, 8000))
        self.after_save = AfterSave(self)  # before the helpers made below hear of saves: they read the index
        self.checker.results_changed.connect(self.problems.set_problems)
        self.checker.results_changed.connect(self.pair_editor.set_problems)
        self.checker.failed.connect(self.problems.show_failure)
        self.problems.problemActivated.connect(self.pair_editor.go_to)
        self.problems.problemSaid.connect(lambda message: self.statusBar().showMessage(message, 20000))
        self.pair_editor.fileChosen.connect(self._file_chosen)
        cast(QApplication, QApplication.instance()).applicationStateChanged.connect(self._application_state)

    # -------------------------------------------------------------------- sites
    def open_path(self, path: str | Path) -> bool:
        """Open a site folder, or a posting file and its pair (like the command line's PATH)."""
        path = Path(path)
        return self.open_file(path) if path.is_file() else self.open_site(path)

    def open_site(self, folder: str | Path, select: str | None = None) -> bool:
        if not self.confirm_unsaved():
            return False
        try:
            site = self.site.open(folder)
        except SiteError as error:
            if drafts_offer.is_empty_folder(folder):  # as `posting-editor new` would, yet only if the user agrees
                return drafts_offer.offer_drafts_folder(self, folder) and self.open_site(folder, select)
            QMessageBox.warning(self, self.tr("Cannot open the site"), error_text(error))
            return False
        self.settings.add_recent_site(site.root)
        keys = self.posting_list.keys()
        return self.select_pair(select or (keys[0] if keys else ""), ask=False)

    def open_file(self, file: str | Path) -> bool:
        if not self.confirm_unsaved():
            return False
        try:
            site, key = self.site.open_file(file)
        except SiteError as error:
            QMessageBox.warning(self, self.tr("Cannot open the file"), error_text(error))
            return False
        if not site.loose:  # a lone posting's folder does not open as a site from the recent list
            self.settings.add_recent_site(site.root)
        if key is None:
            QMessageBox.information(self, self.tr("Not a job posting"),
                                    self.tr("%1 is not a job posting (layout: job-posting).").replace("%1", str(file)))
            return False
        return self.select_pair(key, ask=False, showing=Path(file))

    def close_site(self) -> bool:
        if not self.confirm_unsaved():
            return False
        self.manager.close_pair()
        self.site.close()
        return True

    def _site_changed(self) -> None:
        if self.manager.pair is not None:
            self.manager.close_pair()
        else:  # the pair's views show no pair already (a new window): only what the window says changes
            self._pair_opened()
        site = self.site.site
        self.engine_notice.show_for(site.root if site else None, site.config if site else None)
        self.posting_list.set_entries(self.site.pairs(), self.site.passed_over())
        self._update_title()
        self._update_actions()

    def select_pair(self, key: str, *, ask: bool = True, showing: Path | None = None) -> bool:
        """Open the pair ``key`` (asking about unsaved edits first unless ``ask`` is False); when its
        language has several files with the key, the one at ``showing`` is the one edited."""
        if ask and key != self.manager.key and not self.confirm_unsaved():
            return False
        if not self.posting_list.select_key(key, notify=False):
            self._show_placeholder(self._nothing_open_text)
            return False
        return self._open_entry(key, showing)

    def _pair_chosen(self, key: str, previous: str) -> None:
        # Answered after the selection model's signal has returned: saving rebuilds the list,
        # which must not happen while the view is still changing its current row.
        QTimer.singleShot(0, lambda: self._switch_pair(key, previous))

    def _switch_pair(self, key: str, previous: str) -> None:
        if key == self.manager.key or self.posting_list.current_key() != key:
            return
        if not self.confirm_unsaved():
            self.posting_list.select_key(previous, notify=False)
            return
        self._open_entry(key)

    def _file_chosen(self, lang: str, path: str) -> None:
        """Edit another of the files that share the open pair's key."""
        key = self.manager.key
        chosen = {other: posting.path for other in ("en", "fr")
                  if (posting := self.manager.posting(other)) is not None and posting.path is not None}
        if Path(path) == chosen.get(lang) or not self.confirm_unsaved():
            self.pair_editor.columns[lang].set_alternatives(self.manager.alternatives(lang), chosen.get(lang))
            return
        chosen[lang] = Path(path)
        entry = self.site.entry(key)
        if entry is not None and self.site.site is not None:
            self.manager.open_pair(self.site.site, entry, chosen)

    def _open_entry(self, key: str, showing: Path | None = None) -> bool:
        entry = self.site.entry(key)
        if entry is None or self.site.site is None:
            return False
        chosen = {}
        if showing is not None:
            wanted = resolved(showing)
            chosen = {lang: posting.file_path for lang in LANGUAGES for posting in entry.postings(lang)
                      if posting.path is not None and resolved(posting.path) == wanted}
        return self.manager.open_pair(self.site.site, entry, chosen)

    # ---------------------------------------------------------------- the pair
    def _pair_opened(self) -> None:
        self.stack.setCurrentWidget(self.pair_editor if self.manager.pair is not None else self.placeholder)
        if self.manager.pair is None:
            self._show_placeholder(self._nothing_open_text)
        self.checker.request(self.manager, now=True)
        self._update_title()
        self._update_actions()

    def _nothing_open_text(self) -> str:
        if self.site.site is None:
            return self.tr("Open a site folder to start (File ▸ Open Site Folder…).")
        if self.site.pairs():
            return self.tr("Choose a posting in the list.")
        # A drafts folder just made, or a site without postings: there is nothing in the list to choose.
        new = self.app_actions["new"]
        return self.tr("No postings here yet: File ▸ %1 (%2) writes the first one.").replace(
            "%1", new.text().replace("&", "")).replace("%2", new.shortcut().toString(QKeySequence.SequenceFormat.NativeText))

    def _show_placeholder(self, text: str | Callable[[], str]) -> None:
        """Show ``text``, or what ``text()`` says now and again after a change of interface language."""
        self._placeholder_words = text if callable(text) else lambda: text
        self.placeholder.setText(self._placeholder_words())
        self.stack.setCurrentWidget(self.placeholder)

    def _modified_changed(self, modified: bool) -> None:
        if self.manager.key:
            self.posting_list.set_unsaved(self.manager.key, modified)
        self._update_title()
        self._update_actions()

    def confirm_unsaved(self) -> bool:
        """True when it is fine to leave the open pair (saved, discarded or nothing to lose)."""
        if not self.manager.modified:
            return True
        choice = dialogs.ask_unsaved(self, self.pair_title())
        if choice is dialogs.UnsavedChoice.SAVE:
            return self.save()
        if choice is dialogs.UnsavedChoice.DISCARD:
            key = self.manager.key
            self.manager.revert()
            self.posting_list.set_unsaved(key, False)
            return True
        return False

    def save(self) -> bool:
        pair = self.manager.pair
        new_key = str(pair.shared("translationKey") or "") if pair is not None else ""
        if new_key and new_key != self.manager.key and self.site.entry(new_key) is not None:
            # Two pairs with one key would become one conflicting pair that neither can be edited.
            QMessageBox.warning(self, self.tr("Not saved"),
                                self.tr("Another posting already uses the translation key “%1”. "
                                        "Choose another key, then save.").replace("%1", new_key))
            return False
        unreadable = self.manager.unreadable_characters()
        if unreadable and not workflow_dialogs.confirm_unreadable(self, unreadable):
            return False
        return self.manager.save()

    def revert(self) -> bool:
        """Ask, naming what will be lost, then read both files again; Edit ▸ Undo brings the edits back."""
        if not self.manager.modified:
            return False
        if not workflow_dialogs.ask_revert(self, self.pair_title(), self.manager.unsaved_changes()):
            return False
        self.manager.revert()
        self.statusBar().showMessage(self.tr("Reverted to the saved files. Edit ▸ Undo brings your changes back."),
                                     10000)
        return True

    def new_posting(self, *, from_open: bool = False) -> bool:
        """File ▸ New Posting…, or with ``from_open`` a new posting starting from the open pair's text."""
        return window_new_posting.new_posting(self, from_open=from_open)

    # ------------------------------------------------------------------- view
    def set_interface_language(self, language: str) -> str:
        """Switch menus and messages to ``language`` ("system", "en" or "fr") now and next time."""
        self.settings.set_interface_language(language)
        self.statusBar().clearMessage()  # said in the language left (a problem's message, a save)
        resolved = i18n.install_translator(cast(QApplication, QApplication.instance()), language)
        # Qt delivers LanguageChange to the widgets later; the menus change now.
        self.retranslate()
        self.app_actions[{v: k for k, v in LANGUAGE_ACTIONS.items()}[language]].setChecked(True)
        self.posting_list.set_interface_language(resolved)
        return resolved

    def _undo_revert(self) -> None:
        # Reverting (or Combine Both) reloaded the editors, emptying their own undo histories: this is the step back.
        combined = self.manager.undoes_combine
        if self.manager.undo_revert():
            self.statusBar().showMessage(self.tr("Your version is back, unsaved; the file on disk still holds the other "
                                                 "program's change.") if combined
                                         else self.tr("Your changes are back, unsaved."), 8000 if combined else 5000)

    def _archive(self, checked: bool) -> None:
        # Through the check box, as a click there: one path to the files, and a step Undo takes back.
        box = self.pair_editor.shared.archived
        if box.isChecked() != checked:
            box.click()

    def _edit_command(self, name: str) -> None:
        if name == "undo" and self.manager.can_undo_revert():
            self._undo_revert()
            return
        widget = QApplication.focusWidget()
        history = self.pair_editor.undo_history
        if name in ("undo", "redo") and (history.handles(widget) or not edits_text(widget)):
            history.undo() if name == "undo" else history.redo()
            return
        method = getattr(widget, name, None)
        if callable(method):
            method()

    def _application_state(self, state) -> None:
        # Coming back to the window is when people expect to see what other programs did.
        if state == Qt.ApplicationState.ApplicationActive:
            self.manager.check_disk()

    # -------------------------------------------------------------- appearance
    def pair_title(self) -> str:
        pair = self.manager.pair
        if pair is None:
            return ""
        language = i18n.resolve_language(self.settings.interface_language())
        for lang in (language, "en", "fr"):
            posting = pair.posting(lang)
            if posting is not None and posting.valid and posting.get("title"):
                return str(posting.get("title"))
        return pair.key

    def _update_title(self) -> None:
        parts = [self.tr("Posting Editor")]
        if self.site.site is not None:
            parts.insert(0, self.site.site.root.name)
        if self.manager.pair is not None:
            parts.insert(0, self.pair_title() + "[*]")
        self.setWindowTitle(" — ".join(parts))
        self.setWindowModified(self.manager.modified)

    def _update_actions(self) -> None:
        a, m = self.app_actions, self.manager
        has_site = self.site.site is not None
        a["save"].setEnabled(m.modified)
        a["revert"].setEnabled(m.modified)
        a["new"].setEnabled(has_site)
        a["new_from_current"].setEnabled(has_site and m.pair is not None and any(p.valid for p in m.pair.present()))
        a["close"].setEnabled(has_site)
        a["reload_site"].setEnabled(has_site)
        readable = m.pair is not None and all(p.valid for p in m.pair.present())
        a["archive"].setEnabled(readable)
        a["archive"].blockSignals(True)
        a["archive"].setChecked(bool(m.pair is not None and m.pair.shared("archived")))
        a["archive"].blockSignals(False)

    def show_welcome(self) -> None:
        """The first run's welcome over the sample site, unless the user closed it before."""
        if not self.settings.welcome_dismissed():
            self.welcome.show()

    @property
    def welcome(self) -> WelcomePanel:
        """The first run's welcome above the right-hand side, hidden until shown."""
        if self._welcome is None:
            self._welcome = add_welcome(self, self._panes, self.settings)
        return self._welcome

    def retranslate(self) -> None:
        # Qt ends every dialog's title with the application's display name: in the new language too.
        cast(QApplication, QApplication.instance()).setApplicationDisplayName(self.tr("Posting Editor"))
        if self._welcome is not None:
            self._welcome.retranslate()
        self.app_actions.retranslate()
        self.menus.retranslate()
        self.problems.setAccessibleName(self.tr("Problems"))
        self.placeholder.setText(self._placeholder_words())
        self._update_title()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if hasattr(self, "short_window"):  # made, and fitted, at the end of __init__
            self.short_window.fit(event.size().height())
        super().resizeEvent(event)

    # ------------------------------------------------------------------ close
    def _choose_site(self) -> None:
        start = str(self.site.site.root) if self.site.site is not None else str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open Site Folder"), start)
        if folder:
            self.open_site(folder)

    def _choose_file(self) -> None:
        start = str(self.site.site.root) if self.site.site is not None else str(Path.home())
        file, _ = QFileDialog.getOpenFileName(self, self.tr("Open Posting File"), start,
                                              self.tr("Markdown files (*.md);;All files (*)"))
        if file:
            self.open_file(file)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self.handoff.export_running():
            event.ignore()  # the export's worker is writing into the site: close when it is done
            self.handoff.close_after_export()
            return
        if not self.confirm_unsaved():
            event.ignore()
            return
        self.settings.set_window_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        self.settings.sync()
        self.manager.close_quietly()
        self.memories.shutdown()
        self.site.shutdown()
        self.posting_list.shutdown()
        self.checker.shutdown()
        self.revert_undo.remove()
        self.undo_state.shutdown()
        self.handoff.shutdown()
        self.translator.shutdown()
        self.spelling.shutdown()
        self.word_counts.shutdown()
        self.pair_editor.shutdown()
        event.accept()
