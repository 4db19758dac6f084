"""The translator's commands in the window, wired to the translation model.

What needs translating (the list's filter, the outdated notice and what changed in the
source), creating the missing language from the skeleton, copying across, typography fixes
(one finding, or a whole pair), the glossary and a comparison with the last commit. The main window only creates this object.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from editor.ui import dialogs
from editor.ui.finding_texts import error_text, failure_text
from editor.ui.committed_compare import CommittedCompare
from editor.ui.copy_across import CopyAcross
from editor.ui.line_endings import without_line_endings
from editor.ui.problems_area import ProblemsArea
from editor.ui.source_changes import SourceChangesDialog
from editor.ui.suggestions_pane import SuggestionsPane
from editor.ui.text_edits import replace_editor_text, replace_in_line, replace_line_edit
from editor.ui.translation_status import TranslationStatusWatcher


class TranslatorTools(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.watcher = TranslationStatusWatcher(self)
        self.copy = CopyAcross(window.pair_editor, self)
        self.changes_dialog: SourceChangesDialog | None = None
        self.suggestions = SuggestionsPane(window)
        self.committed = CommittedCompare(window)
        self._place_beside_problems(window)
        window.checker.source_of = self.watcher.source_of
        actions = window.app_actions
        actions["fix_typography"].triggered.connect(self.fix_typography)
        actions["glossary"].triggered.connect(self.edit_glossary)
        actions["source_changes"].triggered.connect(self.show_source_changes)
        window.pair_editor.createRequested.connect(self.create_counterpart)
        window.pair_editor.outdated_bar.showChangesRequested.connect(self.show_source_changes)
        window.problems.fixRequested.connect(self.apply_fix)
        window.site.siteChanged.connect(self._index_changed)
        window.site.indexChanged.connect(self._index_changed)
        window.manager.pairOpened.connect(self._pair_changed)
        window.manager.saved.connect(self._saved)
        self.watcher.statusChanged.connect(self._status_changed)
        self.watcher.changesReady.connect(self._changes_ready)
        self.copy.copied.connect(self._copied)
        self._index_changed()
        self._pair_changed()

    def _place_beside_problems(self, window) -> None:
        """The Suggestions pane shares the problems panel's place: to its right, or a tab beside it."""
        sizes = window.right.sizes()
        self.area = ProblemsArea(window.problems, self.suggestions, window.settings)
        window.right.insertWidget(window.right.indexOf(window.problems), self.area)  # moves the panel out
        window.right.setSizes(sizes)

    def _status(self, text: str, timeout: int = 6000) -> None:
        self.window.statusBar().showMessage(text, timeout)

    # ------------------------------------------------------------ what needs doing
    def _index_changed(self) -> None:
        self.watcher.refresh(self.window.site.index)
        self.window.app_actions["glossary"].setEnabled(self.window.site.site is not None)

    def _status_changed(self) -> None:
        window = self.window
        window.posting_list.set_progress(self.watcher.progress())
        self._pair_changed()
        # The source side decides where "not translated" findings go.
        window.checker.request(window.manager, now=True)

    def _pair_changed(self) -> None:
        manager = self.window.manager
        status = self.watcher.status(manager.key) if manager.pair is not None else None
        self.window.pair_editor.outdated_bar.set_status(status)
        self.window.app_actions["source_changes"].setEnabled(status is not None and status.outdated)
        self.window.app_actions["fix_typography"].setEnabled(manager.pair is not None)

    def _saved(self, paths: list) -> None:
        window = self.window
        manager, site = window.manager, window.site
        if manager.pair is None or site.site is None:
            return
        saved = {Path(p) for p in paths}
        langs = [lang for lang in ("en", "fr") if manager.posting(lang) is not None and manager.posting(lang).path in saved]
        self.watcher.record_save(site.site, manager.pair, langs, site.index)

    # ----------------------------------------------------------- source changes
    def show_source_changes(self) -> None:
        window = self.window
        entry = window.site.entry(window.manager.key) if window.manager.pair is not None else None
        if entry is None or window.site.site is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._status(self.tr("Comparing the source with the text the translation was made from…"), 0)
        self.watcher.request_changes(window.site.site, entry)

    def _changes_ready(self, key: str, ops: list) -> None:
        QApplication.restoreOverrideCursor()
        self.window.statusBar().clearMessage()
        if key != self.window.manager.key:
            return
        if self.changes_dialog is not None:
            self.changes_dialog.close()
            self.changes_dialog.deleteLater()
        self.changes_dialog = SourceChangesDialog(self.watcher.status(key), ops, self.window)
        self.changes_dialog.show()

    # -------------------------------------------------------------- the skeleton
    def create_counterpart(self, lang: str) -> bool:
        """Make the missing language's file of the open pair: shared fields, the asked title, and
        the other body block by block, marked as not yet translated."""
        from editor.model.site.create import CreateError
        from editor.model.hugo.config import SiteError

        window = self.window
        key = window.manager.key
        if not key or not window.confirm_unsaved():
            return False
        title = dialogs.ask_title(window, lang)
        if not title:
            return False
        try:
            report: dict = {}
            path = window.site.create_counterpart(key, lang, title, memory=self.suggestions.memory, report=report)
        except (CreateError, SiteError, ValueError) as error:
            QMessageBox.warning(window, self.tr("Not created"), error_text(error))
            return False
        except OSError as error:
            QMessageBox.warning(window, self.tr("Not created"), failure_text(error))
            return False
        # The counts first and the file last: a long file name ahead of them had the status bar
        # elide the counts themselves (the column's header names the file anyway).
        if report.get("translated") or report.get("marked"):
            message = (self.tr("New version: %n block(s) translated from the translation memory", "",
                               report.get("translated", 0))
                       + self.tr(", %n to review (still marked)", "", report.get("marked", 0))
                       + self.tr("; the others hold the other language's text, marked to translate."))
        elif self.suggestions.memory is None:
            message = self.tr("New version: each block holds the other language's text, marked to translate; the "
                              "translation memory was still being read, so none was filled from it (Alt+1 offers "
                              "its suggestions once it is read).")
        else:
            message = self.tr("New version: each block holds the other language's text, marked to translate.")
        self._status(message + " " + self.tr("File: %1").replace("%1", path.name), 12000)
        if not window.select_pair(key, ask=False):
            return False
        self._go_to_first_marker(lang)
        return True

    def _go_to_first_marker(self, lang: str) -> None:
        """The keyboard goes on in the new text, at its first block still to translate: the
        button that had the focus is gone with the missing file."""
        self.window.pair_editor.go_to_unfinished([lang])

    def _copied(self, lang: str, what: str) -> None:
        name = self.tr("English") if lang == "en" else self.tr("French")
        if what == "same":
            self._status(self.tr("Nothing to copy: the %1 text already holds that block.").replace("%1", name))
            return
        self._status(self.tr("Copied into the %1 text; Undo takes it back.").replace("%1", name))

    # --------------------------------------------------------------- typography
    def _settings(self):
        from editor.model.translation import TranslationSettings

        site = self.window.site.site
        return TranslationSettings.load(site.root) if site is not None else TranslationSettings()

    def apply_fix(self, problem) -> bool:
        """Apply one finding's fix (typography, or a grammar finding's single suggestion) through the
        editors (one undo step)."""
        from editor.model.language.grammar import PREFIX, check_grammar
        from editor.model.translation.fixes import typography_findings

        window = self.window
        manager, column = window.manager, window.pair_editor.columns[problem.lang]
        posting = manager.posting(problem.lang)
        fix = problem.fix
        if posting is None or not posting.valid or fix is None or column.raw_mode:
            return False
        # The list may be a moment behind the text: apply the fix only if it still holds.
        label = manager.file_label(posting)
        current = check_grammar(posting, label, problem.lang) if problem.finding.code.startswith(PREFIX) \
            else typography_findings(posting, label, problem.lang, self._settings())
        if not any(f.code == problem.finding.code and getattr(f, "fix", None) == fix for f in current):
            self._status(self.tr("That problem changed since it was found; the list is being updated."))
            window.checker.request(manager, now=True)
            return False
        if fix.field is None:
            body = self._body_with_headings_asked(posting, fix)
            if body is None:
                return False
            done = replace_editor_text(column.body, body) is not None if isinstance(body, str) else \
                replace_in_line(column.body, fix.line - posting.body_first_line, fix.column - 1,
                                fix.end_column - 1, fix.replacement)
        else:
            value = str(posting.get(fix.field) or "")
            fixed = value[:fix.column - 1] + fix.replacement + value[fix.end_column - 1:]
            done = replace_line_edit(column.title, fixed) if fix.field == "title" \
                else replace_editor_text(column.description, fixed) is not None
        if done:
            self._status(self.tr("Fixed; Undo in that field takes it back."))
            window.checker.request(manager, now=True)
        return bool(done)

    def _render_options(self):
        from editor.model.render.markdown import RenderOptions

        return RenderOptions.of_site(self.window.site.site)

    def _body_with_headings_asked(self, posting, fix) -> str | bool | None:
        """For a fix in the body: True to apply it as it is (it changes no heading's id, or the user
        says to change the id), the whole body (editor line ends) with the fix and ``{#id}`` keeping
        the id when the user says so, None when the user cancels."""
        from editor.model.translation.fixes import linkable_heading_ids
        from editor.model.translation.heading_ids import changed_heading_ids, keep_heading_ids

        body = without_line_endings(posting.body)
        lines = body.split("\n")
        index = fix.line - posting.body_first_line
        if not 0 <= index < len(lines):
            return True
        line = lines[index]
        lines[index] = line[:fix.column - 1] + fix.replacement + line[fix.end_column - 1:]
        fixed = "\n".join(lines)
        render = self._render_options()
        linkable = linkable_heading_ids(posting, render)
        changed = changed_heading_ids(body, fixed, render, linkable)
        if not changed:
            return True
        kept = keep_heading_ids(body, fixed, render, linkable) if render.heading_attributes else None
        choice = dialogs.ask_heading_ids(self.window, [anchor for _, anchor in changed], can_keep=kept is not None)
        if choice == "keep" and kept is not None:
            return kept[0]
        return True if choice == "change" else None

    def fix_typography(self) -> dict[str, int]:
        """Edit ▸ Fix Typography: every fix in both language versions; returns the changes per language."""
        from editor.model.frontmatter.posting import Posting
        from editor.model.translation.fixes import fix_posting, linkable_heading_ids

        window = self.window
        settings = self._settings()
        render = self._render_options()
        postings = {lang: posting for lang, column in window.pair_editor.columns.items()
                    if (posting := window.manager.posting(lang)) is not None and posting.valid and not column.raw_mode}
        # The text fixed is the editors' (unsaved); the ids that count are those a link may point to.
        linkable = {lang: linkable_heading_ids(posting, render) for lang, posting in postings.items()}
        headings = self._headings_choice(postings, settings, render, linkable)
        if headings is None:
            return {}
        counts: dict[str, int] = {}
        notes: list[str] = []
        for lang, posting in postings.items():
            column = window.pair_editor.columns[lang]
            fixed = Posting(posting.to_bytes(), posting.path, lang, on_disk=False)
            found: list[str] = []
            count = fix_posting(fixed, lang, settings, notes=found, headings=headings, render=render,
                                linkable=linkable[lang])
            notes += found  # the headings left as written ("skip") or kept with {#id} ("keep")
            if not count:
                continue
            counts[lang] = count
            replace_editor_text(column.body, without_line_endings(fixed.body))
            replace_line_edit(column.title, str(fixed.get("title") or ""))
            replace_editor_text(column.description, str(fixed.get("description") or ""))
        if counts:
            parts = [(self.tr("%n change(s) in English", "", counts["en"]) if lang == "en"
                      else self.tr("%n change(s) in French", "", counts["fr"])) for lang in counts]
            message = self.tr("Typography fixed: %1. Undo in each field takes it back.").replace("%1", ", ".join(parts))
            if notes:
                message += " " + self._headings_said(headings, len(notes))
            self._status(message)
            window.checker.request(window.manager, now=True)
        elif notes:
            self._status(self._headings_said(headings, len(notes)))
        else:
            self._status(self.tr("The typography needs no fixing."))
        return counts

    def _headings_choice(self, postings: dict, settings, render, linkable: dict) -> str | None:
        """Ask what to do when fixing would change heading ids a link may point to (``linkable``, by
        language): "keep", "change", "skip" (leave those headings as written), None to cancel;
        "skip" without asking when no such id would change."""
        from editor.model.translation.fixes import heading_ids_changed_by_fixes

        anchors = [anchor for lang, posting in postings.items()
                   for _, anchor in heading_ids_changed_by_fixes(posting, lang, settings, render, linkable[lang])]
        if not anchors:
            return "skip"
        return dialogs.ask_heading_ids(self.window, anchors, can_keep=render.heading_attributes, several=True)

    def _headings_said(self, headings: str, count: int) -> str:
        if headings == "keep":
            return self.tr("%n heading id(s) kept with {#id}, so links to them still work.", "", count)
        return self.tr("%n heading(s) left as written: fixing them would change their ids and break links "
                       "to them (fix them one by one from the problems list).", "", count)

    # ----------------------------------------------------------------- glossary
    def edit_glossary(self) -> None:
        site = self.window.site.site
        if site is None:
            return
        from editor.ui.glossary_dialog import GlossaryDialog  # loads on first use

        dialog = GlossaryDialog(site.root, self.window)
        dialog.saved.connect(lambda path: self._status(self.tr("Glossary saved to %1").replace("%1", path)))
        dialog.saved.connect(lambda _path: self.window.checker.request(self.window.manager, now=True))
        dialog.exec()
        dialog.deleteLater()

    def shutdown(self) -> None:
        self.suggestions.shutdown()
        self.watcher.shutdown()
        if self.changes_dialog is not None:
            self.changes_dialog.close()
