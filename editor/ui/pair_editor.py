"""The right-hand side of the window: shared fields once, then French and English side by side."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from editor.model.render.preview_images import image_roots
from editor.model.hugo.config import LANGUAGES
from editor.ui.aligned_editing import AlignedEditing
from editor.ui.background import long_text
from editor.ui.pair_undo import PairUndo
from editor.ui.preview_follow import PreviewFollower
from editor.ui.conflict_panel import ConflictPanel
from editor.ui.document_manager import DocumentManager
from editor.ui.find_bar import FindReplaceBar
from editor.ui.language_column import LanguageColumn
from editor.ui.preview_renderer import PreviewRenderer
from editor.ui.finding_texts import finding_message
from editor.ui.problem_checker import PairProblem
from editor.ui.settings import Settings
from editor.ui.shared_fields import SharedFields
from editor.ui.source_changes import OutdatedBar

# Front-matter fields shown as their own widget: a problem on that line focuses the widget.
_FIELD_WIDGETS = ("title", "description")


MIN_BODY_CHARS = 60  # a line of body text a writer can read without the editor wrapping mid-phrase
MIN_PREVIEW_WIDTH = 300  # pixels: a page narrower than this is no longer a preview of the site


class PairEditor(QWidget):
    """Views of the manager's pair. Edits go to the manager; the manager's signals refresh the views."""

    previewRendered = Signal(str)  # language whose preview was just replaced
    fileChosen = Signal(str, str)  # the user asked to edit another file of the key (language, path)
    createRequested = Signal(str)  # the user asked for the missing language's file
    settleRequested = Signal(str)  # the user wants to compare the several files of a language using the key
    previewPlacementChanged = Signal(bool)  # automatic placement moved the previews (True: below the text)
    pageMade = Signal(QWidget)  # a part made when first needed (a column's raw page, the find bar), now in the window

    def __init__(self, manager: DocumentManager, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pairEditor")
        self.manager = manager
        self.settings = settings
        self.shared = SharedFields(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("columnsSplitter")
        self.splitter.setChildrenCollapsible(False)
        # Made in the splitter: moving a made column into it cost as much again as its place there.
        self.columns = {lang: LanguageColumn(lang, self.splitter) for lang in LANGUAGES}
        self._find_bar: FindReplaceBar | None = None  # made when first used (Edit ▸ Find, F3…)
        self._find_editor: QPlainTextEdit | None = None  # what it searches: the last column with the focus
        self.notice = QLabel(self)
        self.notice.setObjectName("pairNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.shared)
        layout.addWidget(self.notice)
        self.conflict_panel = ConflictPanel(self)
        self.conflict_panel.takeRequested.connect(self._take_shared)
        self.conflict_panel.settleRequested.connect(self.settleRequested)
        layout.addWidget(self.conflict_panel)
        self._conflicts: tuple = ()
        self.outdated_bar = OutdatedBar(self)
        layout.addWidget(self.outdated_bar)
        layout.addWidget(self.splitter, 1)
        self._order = settings.column_order()
        self._arrange_columns()
        self._problems: list[PairProblem] = []

        self.renderer = PreviewRenderer(self)
        self.renderer.rendered.connect(self._show_preview)
        self.renderer.failed.connect(self._preview_failed)
        for column in self.columns.values():
            # Pages are shown as built in steps between events, so typing never waits for a whole page.
            self.renderer.bind_view(column.lang, column.preview)
            column.fieldEdited.connect(self._field_edited)
            column.bodyEdited.connect(self._body_edited)
            column.rawEdited.connect(self._raw_edited)
            column.splitterMoved.connect(self._remember_body_splitter)
            column.fileChosen.connect(self.fileChosen)
            column.createRequested.connect(self.createRequested)
            column.rawPageMade.connect(lambda column=column: self._raw_page_made(column))
            sizes = settings.splitter_sizes(f"body.{column.lang}")
            if sizes:
                column.body_splitter.setSizes(sizes)
        self.shared.fieldEdited.connect(self._shared_edited)
        self.splitter.splitterMoved.connect(
            lambda *_: settings.set_splitter_sizes("columns", self.splitter.sizes()))
        sizes = settings.splitter_sizes("columns")
        if sizes:
            self.splitter.setSizes(sizes)
        self.set_preview_visible(settings.preview_visible())
        self._below = False
        self._preview_auto = settings.preview_position() == "auto"
        self.set_preview_below(settings.preview_position() == "below")
        self.set_line_numbers(settings.line_numbers())
        self.aligned = AlignedEditing(self.columns, self)
        self.aligned.set_sync(settings.sync_scroll())
        self.follower = PreviewFollower(self.aligned, self)
        self.undo_history = PairUndo(self)
        for column in self.columns.values():
            self.undo_history.watch_line(column.title)
            for editor in (column.description, column.body):
                self.undo_history.watch_text(editor)
        for field in (self.shared.lever_id, self.shared.translation_key, self.shared.layout_field, self.shared.type_field):
            self.undo_history.watch_line(field)
        self.undo_history.watch_check(self.shared.archived)

        manager.pairOpened.connect(self.load)
        manager.postingsReloaded.connect(self._reload)
        manager.validityChanged.connect(self._validity_changed)
        manager.edited.connect(self._update_markers)
        manager.edited.connect(self._update_conflicts)
        manager.modifiedChanged.connect(self._update_markers)
        cast(QApplication, QApplication.instance()).focusChanged.connect(self._focus_changed)
        if manager.pair is not None:  # else nothing to show: the window shows its placeholder instead
            self.load()

    # ------------------------------------------------------------------ layout
    def _arrange_columns(self) -> None:
        first, second = ("fr", "en") if self._order == "fr-en" else ("en", "fr")
        self.splitter.insertWidget(0, self.columns[first])
        self.splitter.insertWidget(1, self.columns[second])
        self._arrange_tab_order()

    def _arrange_tab_order(self) -> None:
        # Tab goes from the shared fields through the buttons of the notices shown under them (the
        # conflicts' are made as a pair opens, so last in Qt's chain otherwise), the left column,
        # then the right one. The whole chain is set, since moving one widget in Qt's chain leaves
        # its old neighbours linked.
        chain: list[QWidget] = [self.shared.type_field, *self.conflict_panel.buttons(), self.outdated_bar.button]
        for lang in self.column_order():
            column = self.columns[lang]
            chain += [column.file_choice, column.title, column.copy_title, column.description, column.copy_description,
                      column.body, column.preview]
            if column.raw_page_made():
                chain += [column.raw_go, column.raw]
            chain.append(column.create_button)
        for before, after in zip(chain, chain[1:]):
            self.setTabOrder(before, after)

    def _raw_page_made(self, column: LanguageColumn) -> None:
        """A column's raw page, made when a file of it could not be read: its history and Tab's order."""
        self.undo_history.watch_text(column.raw)
        self._arrange_tab_order()
        self.pageMade.emit(column.raw.parentWidget())

    @property
    def find_bar(self) -> FindReplaceBar:
        """The find and replace bar under the columns, made when first used."""
        if self._find_bar is None:
            self._find_bar = FindReplaceBar(self._find_editor, self)
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self._find_bar)
            self.pageMade.emit(self._find_bar)
        return self._find_bar

    def column_order(self) -> list[str]:
        return sorted(self.columns, key=lambda lang: self.splitter.indexOf(self.columns[lang]))

    def swap_columns(self) -> None:
        self._order = "en-fr" if self._order == "fr-en" else "fr-en"
        sizes = self.splitter.sizes()
        self._arrange_columns()
        self.splitter.setSizes(list(reversed(sizes)))
        self.settings.set_column_order(self._order)

    def set_preview_visible(self, visible: bool) -> None:
        for column in self.columns.values():
            column.set_preview_visible(visible)
        if visible:
            self._request_previews()

    def set_preview_below(self, below: bool) -> None:
        self._below = below
        for column in self.columns.values():
            column.set_preview_below(below)

    def preview_is_below(self) -> bool:
        return self._below

    def set_preview_auto(self, auto: bool) -> None:
        """Place the previews beside the text when both bodies still show ``MIN_BODY_CHARS``
        characters a line with a readable preview next to each, and below the text otherwise
        (a 1366-pixel laptop screen): decided again whenever the window changes size."""
        self._preview_auto = auto
        self._fit_preview()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit_preview()

    def body_width_needed(self) -> int:
        """Pixels a body editor needs to show ``MIN_BODY_CHARS`` characters a line (gutter included)."""
        body = self.columns["fr"].body
        return (body.fontMetrics().horizontalAdvance("n" * (MIN_BODY_CHARS + 1)) + body.viewportMargins().left()
                + body.verticalScrollBar().sizeHint().width() + 2 * body.frameWidth()
                + 2 * int(body.document().documentMargin()))

    def _fit_preview(self) -> None:
        if not self._preview_auto or self.width() <= 0:
            return
        column_width = self.width() / 2 - 12  # the splitter's handle and the layout's margins
        below = column_width < self.body_width_needed() + MIN_PREVIEW_WIDTH
        if below != self._below:
            self.set_preview_below(below)
            self.previewPlacementChanged.emit(below)
        if not below:
            QTimer.singleShot(0, self._keep_body_width)  # once the columns have their new widths

    def _keep_body_width(self) -> None:
        """Beside: the text keeps its 60 characters, the preview takes the rest."""
        if self._below:
            return
        needed = self.body_width_needed()
        for column in self.columns.values():
            sizes = column.body_splitter.sizes()
            if len(sizes) == 2 and sizes[0] < needed <= sum(sizes) - MIN_PREVIEW_WIDTH:
                column.body_splitter.setSizes([needed, sum(sizes) - needed])

    def set_line_numbers(self, visible: bool) -> None:
        for column in self.columns.values():
            column.body.set_line_numbers_visible(visible)

    def set_sync_scroll(self, enabled: bool) -> None:
        """Scroll both bodies and both previews together (through the aligned blocks)."""
        self.aligned.set_sync(enabled)

    def _remember_body_splitter(self, _name: str, sizes: list) -> None:
        column = cast(LanguageColumn, self.sender())  # connected to the columns' signal only
        self.settings.set_splitter_sizes(f"body.{column.lang}", sizes)

    # ----------------------------------------------------------------- loading
    def load(self) -> None:
        """Show the manager's pair (or nothing) in every widget."""
        pair = self.manager.pair
        self.shared.load(pair)
        for lang, column in self.columns.items():
            posting = pair.posting(lang) if pair is not None else None
            column.load(posting, self.manager.file_label(posting) if posting is not None else "")
            column.set_alternatives(self.manager.alternatives(lang), posting.path if posting is not None else None)
            column.body.set_problem_lines([])
        self.renderer.cancel()
        self._update_markers()
        self._set_image_roots()
        self._request_previews(now=True)
        self._update_notice()
        self.aligned.reset()
        self.aligned.request(now=True)
        self.undo_history.clear()

    def _reload(self, langs: list) -> None:
        pair = self.manager.pair
        for lang in langs:
            posting = pair.posting(lang) if pair is not None else None
            self.columns[lang].load(posting, self.manager.file_label(posting) if posting is not None else "")
        self.shared.load(pair)
        self._update_conflicts()
        self._update_markers()
        self._set_image_roots()
        self._request_previews(now=True)
        self.aligned.request(now=True)
        self.undo_history.clear()  # the reloaded fields' own histories are gone

    def _validity_changed(self, lang: str, valid: bool) -> None:
        column = self.columns[lang]
        if column.raw_mode and column.raw.hasFocus():
            # Typed in the whole file: it may parse for a keystroke (a line deleted before it is
            # typed again). The fields come back once the user leaves the text, not under the fingers.
            column.set_readable_again(valid)
            return
        self._show_posting(lang, focus_title=valid)

    def _show_posting(self, lang: str, *, focus_title: bool) -> None:
        """Show ``lang``'s posting as it now reads: its fields, or its raw text and why."""
        posting = self.manager.posting(lang)
        column = self.columns[lang]
        column.load(posting, self.manager.file_label(posting) if posting is not None else "")
        self.shared.load(self.manager.pair)
        self._update_conflicts()
        if focus_title:
            column.title.setFocus()
        self._request_previews(now=True)
        self.aligned.request(now=True)

    def _update_markers(self, *_args) -> None:
        for lang, column in self.columns.items():
            column.set_modified(self.manager.is_modified(lang))

    def _update_notice(self) -> None:
        pair = self.manager.pair
        notes = []  # several files using the key: the conflict panel says it, with the way to settle it
        if pair is not None and any(column.raw_mode for column in self.columns.values()):
            notes.append(self.tr("The shared fields can be changed once both files can be read."))
        self.notice.setText("\n".join(notes))
        self.notice.setVisible(bool(notes))
        self._update_conflicts()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._update_notice()
        super().changeEvent(event)

    def _update_conflicts(self, *_args) -> None:
        """Offer a way to settle each conflict of the open pair (see ``ConflictPanel``)."""
        pair = self.manager.pair
        fields = []
        if pair is not None and all(p.valid for p in pair.present()):
            for name in pair.disagreements():
                if name != "translationKey":  # one key per pair by construction; never offered
                    fields.append((name, {p.language: (name in p.data, p.get(name)) for p in pair.present()}))
        duplicates = [(lang, [path.name for path in self.manager.alternatives(lang)]) for lang in LANGUAGES
                      if pair is not None and self.manager.alternatives(lang)]
        if (fields, duplicates) != self._conflicts:
            self._conflicts = (fields, duplicates)
            self.conflict_panel.show_conflicts(fields, duplicates)
            self._arrange_tab_order()
        # The panel says it with the way out; the shared fields' own warning would repeat it.
        self.shared.set_disagreement_shown_elsewhere(bool(fields))

    def _take_shared(self, name: str, lang: str) -> None:
        if self.manager.take_shared(name, lang):
            self.shared.load(self.manager.pair)
            self._update_conflicts()
            if name in ("archived", "leverId"):
                self._request_previews()

    # ----------------------------------------------------------------- editing
    def _field_edited(self, lang: str, name: str, value) -> None:
        self.manager.set_field(lang, name, value)
        if name == "title":
            self._request_preview(lang)

    def _shared_edited(self, name: str, value) -> None:
        self.manager.set_shared(name, value)
        self.shared.load(self.manager.pair)
        self._update_conflicts()
        if name in ("archived", "leverId"):
            self._request_previews()

    def _body_edited(self, lang: str, text: str) -> None:
        self.manager.set_body(lang, text)
        self._request_preview(lang)

    def _raw_edited(self, lang: str, text: str) -> None:
        self.manager.set_raw_text(lang, text)
        posting = self.manager.posting(lang)
        if posting is not None and not posting.valid:
            self.columns[lang].update_problem(posting)
        self._update_notice()

    # ----------------------------------------------------------------- preview
    def _request_previews(self, now: bool = False) -> None:
        for lang in LANGUAGES:
            self._request_preview(lang)
        if now:
            self.renderer.flush()

    def _request_preview(self, lang: str) -> None:
        column = self.columns[lang]
        posting, pair = self.manager.posting(lang), self.manager.pair
        if posting is None or pair is None or not posting.valid or column.preview.isHidden():
            return
        archived = pair.shared("archived")
        lever_id = pair.shared("leverId")
        self.renderer.request(lang, long=long_text(posting.body), title=str(posting.get("title") or ""),
                              body_markdown=posting.body,
                              lang=lang, archived=bool(archived),
                              lever_id=str(lever_id) if lever_id else None,
                              site_config=self.manager.site.config if self.manager.site is not None else {})

    def _set_image_roots(self) -> None:
        """Let each preview show images from the site's static folder and its posting's folder."""
        site = self.manager.site
        for lang, column in self.columns.items():
            posting = self.manager.posting(lang)
            path = posting.path if posting is not None else None
            column.preview.set_local_roots(image_roots(site.root, site.config, path) if site is not None else [])

    def _show_preview(self, lang: str, html: str) -> None:
        self.columns[lang].preview.set_html(html)
        self.aligned.preview_changed(lang)
        self.previewRendered.emit(lang)

    def _preview_failed(self, lang: str, reason: str) -> None:
        self.columns[lang].preview.show_failure(reason)
        self.aligned.preview_changed(lang)
        self.previewRendered.emit(lang)

    # ---------------------------------------------------------------- problems
    def set_problems(self, problems: list[PairProblem]) -> None:
        """Underline the lines of ``problems`` in the editor that shows them."""
        self._problems = problems
        for lang, column in self.columns.items():
            posting = self.manager.posting(lang)
            if posting is None:
                continue
            mine = [p.finding for p in problems if p.lang == lang]
            # The underline's tooltip reads like the panel, in the interface language.
            text = {id(f): finding_message(f) for f in mine}
            if column.raw_mode:
                column.raw.set_problem_lines([(f.line, f.column, f.severity, text[id(f)]) for f in mine])
                continue
            first = posting.body_first_line
            # A misspelt word and a grammar problem have their own underlines (spell_underline.py,
            # grammar_underline.py): a whole line's would hide them.
            column.body.set_problem_lines([(f.line - first + 1, f.column, f.severity, text[id(f)])
                                           for f in mine if f.line >= first and not _word_underlined(f.code)])

    def go_to_unfinished(self, langs: list[str] | None = None) -> None:
        """Put the cursor on the first text left to write or translate (a template's placeholder, a
        marker), in ``langs`` in that order (default: the columns from the left); with none, in the
        first of them whose description is empty, or at the start of the first one's body."""
        from editor.model.checks.unfinished import check_unfinished

        langs = langs or self.column_order()
        for lang in langs:
            posting = self.manager.posting(lang)
            found = check_unfinished(posting, "") if posting is not None else []
            if found:
                self.go_to(lang, found[0].line, found[0].column)
                return
        empty = next((lang for lang in langs if not self.columns[lang].description.toPlainText().strip()), None)
        (self.columns[empty].description if empty else self.columns[langs[0]].body).setFocus()

    def go_to(self, lang: str, line: int, column_number: int = 1) -> None:
        """Put the cursor where a problem is: a field, a body line, or a raw-text line."""
        column = self.columns[lang]
        posting = self.manager.posting(lang)
        if posting is None:
            return
        if column.raw_mode:
            column.raw.go_to_line(line, column_number)
            column.raw.setFocus()
            return
        first = posting.body_first_line
        if line >= first:
            column.body.go_to_line(line - first + 1, column_number)
            column.body.setFocus()
            return
        for name in _FIELD_WIDGETS:
            field_line = posting.field_line(name)
            if field_line is not None and field_line <= line and line < _next_field_line(posting, field_line):
                widget = column.title if name == "title" else column.description
                widget.setFocus()
                return
        shared: dict[str, QWidget] = {"archived": self.shared.archived, "leverId": self.shared.lever_id,
                                      "translationKey": self.shared.translation_key}
        for name, shared_widget in shared.items():
            if posting.field_line(name) == line:
                shared_widget.setFocus()
                return
        for name in ("layout", "type"):
            if posting.field_line(name) == line:
                self.shared.advanced_toggle.setChecked(True)
                (self.shared.layout_field if name == "layout" else self.shared.type_field).setFocus()
                return
        column.title.setFocus()

    # ------------------------------------------------------------- find, focus
    def _focus_changed(self, old, new) -> None:
        for lang, column in self.columns.items():
            posting = self.manager.posting(lang)
            if column.raw_mode and old is column.raw and new is not None and new.window() is self.window() \
                    and posting is not None and posting.valid:
                self._show_posting(lang, focus_title=False)  # repaired, and the user has left its text
        for column in self.columns.values():
            if new is not None and column.isAncestorOf(new):
                self._find_editor = column.active_editor()
                if self._find_bar is not None:
                    self._find_bar.set_editor(column.active_editor())
                return

    def focused_column(self) -> LanguageColumn | None:
        focus = QApplication.focusWidget()
        for column in self.columns.values():
            if focus is not None and column.isAncestorOf(focus):
                return column
        return None

    def shutdown(self) -> None:
        """Stop the workers (the window is closing)."""
        self.follower.shutdown()
        self.aligned.shutdown()
        self.renderer.shutdown()

    def show_find(self, replace: bool = False) -> None:
        column = self.focused_column() or self.columns[self.column_order()[0]]
        self.find_bar.set_editor(column.active_editor())
        self.find_bar.show_replace() if replace else self.find_bar.show_find()


def _next_field_line(posting, line: int) -> int:
    later = [n for n in (posting.field_line(k) for k in posting.data) if n is not None and n > line]
    return min(later) if later else posting.body_first_line


def _word_underlined(code: str) -> bool:
    return code == "spelling" or code.startswith("grammar-") and code != "grammar-unavailable"
