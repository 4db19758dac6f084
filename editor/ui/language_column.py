"""One language of the open pair: title, description, Markdown body and its preview."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QSizePolicy, QSplitter, QStackedWidget, QToolButton, QVBoxLayout,
                               QWidget)

from editor.model.findings import render
from editor.model.frontmatter.posting import Posting, Problem
from editor.ui.elided_label import ElidedLabel
from editor.ui.finding_texts import interface_language
from editor.ui.markdown_editor import MarkdownEditor
from editor.ui.one_line_edit import OneLineEdit, OneLineTextEdit
from editor.ui.preview_view import PreviewView


def editor_text(editor: QPlainTextEdit) -> str:
    """The editor's text exactly: ``toPlainText()`` would turn no-break spaces (French
    typography: « », before : ; ? !) into plain spaces and line separators into new lines.
    A Markdown editor reads it once per change (``MarkdownEditor.raw_text``)."""
    if isinstance(editor, MarkdownEditor):
        return editor.raw_text()
    return editor.document().toRawText().replace("\u2029", "\n")


def set_editor_text(editor: QPlainTextEdit, text: str) -> None:
    if editor_text(editor) != text:
        editor.setPlainText(text)


class LanguageColumn(QWidget):
    """Shows one ``Posting`` (or its absence) and reports every edit as a signal.

    An unreadable posting switches the column to raw mode: the whole file in a plain
    editor with the error and its line above it, until the text parses again. That page is
    made the first time a file of the column cannot be read (``rawPageMade``), or when asked for.
    """

    fieldEdited = Signal(str, str, object)  # language, field, value
    bodyEdited = Signal(str, str)  # language, body text
    rawEdited = Signal(str, str)  # language, whole file text
    splitterMoved = Signal(str, list)  # splitter name, sizes
    fileChosen = Signal(str, str)  # language, path of another file with the same key
    createRequested = Signal(str)  # language whose missing file the user wants made
    copyRequested = Signal(str, str)  # language, field ("title", "description") to fill from the other language
    rawPageMade = Signal()  # the raw page (``raw``, ``raw_message``, ``raw_go``) was just made

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName(f"{lang}.column")
        self._modified = False
        self._problem_line = 0
        self._problem: Problem | None = None  # the reading problem shown in raw mode, rendered in the interface language

        self.header = QLabel(self)
        self.header.setObjectName(f"{lang}.header")
        font = QFont(self.header.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.header.setFont(font)
        self.file_label = ElidedLabel(self)  # the whole path is its tooltip
        self.file_label.setObjectName(f"{lang}.file")
        self.file_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # Shown instead of the file name when several files of this language share the key.
        self.file_choice = QComboBox(self)
        self.file_choice.setObjectName(f"{lang}.fileChoice")
        self.file_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.file_choice.setMinimumContentsLength(20)
        self.file_choice.hide()
        self.file_choice.activated.connect(self._file_chosen)
        header_row = QHBoxLayout()
        header_row.addWidget(self.header)
        header_row.addWidget(self.file_label, 1)
        header_row.addWidget(self.file_choice, 1)

        # Normal page
        self.title = OneLineEdit(self)
        self.title.setObjectName(f"{lang}.title")
        self.description = OneLineTextEdit(self)
        self.description.setObjectName(f"{lang}.description")
        self.description.setTabChangesFocus(True)
        self.description.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._description_lines = 3
        self._fit_description()
        self.body = MarkdownEditor(self)
        self.body.setObjectName(f"{lang}.body")
        self.preview = PreviewView(self)
        self.preview.setObjectName(f"{lang}.preview")
        self.body_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.body_splitter.setObjectName(f"{lang}.bodySplitter")
        self.body_splitter.setChildrenCollapsible(False)
        self.body_splitter.addWidget(self.body)
        self.body_splitter.addWidget(self.preview)
        self.body_splitter.splitterMoved.connect(
            lambda *_: self.splitterMoved.emit("body", self.body_splitter.sizes()))
        self._title_label = QLabel(self)
        self._title_label.setBuddy(self.title)
        self._description_label = QLabel(self)
        self._description_label.setBuddy(self.description)
        self._body_label = QLabel(self)
        self._body_label.setBuddy(self.body)
        # “Copy from the other language”, one small button per field.
        self.copy_title = QToolButton(self)
        self.copy_title.setObjectName(f"{lang}.copyTitle")
        self.copy_title.clicked.connect(lambda: self.copyRequested.emit(lang, "title"))
        self.copy_description = QToolButton(self)
        self.copy_description.setObjectName(f"{lang}.copyDescription")
        self.copy_description.clicked.connect(lambda: self.copyRequested.emit(lang, "description"))
        for button in (self.copy_title, self.copy_description):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAutoRaise(True)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.copy_title, 0, Qt.AlignmentFlag.AlignTop)
        description_row = QHBoxLayout()
        description_row.addWidget(self.description, 1)
        description_row.addWidget(self.copy_description, 0, Qt.AlignmentFlag.AlignTop)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._title_label, title_row)
        form.addRow(self._description_label, description_row)
        normal = QWidget(self)
        normal_layout = QVBoxLayout(normal)
        normal_layout.setContentsMargins(0, 0, 0, 0)
        normal_layout.addLayout(form)
        normal_layout.addWidget(self._body_label)
        normal_layout.addWidget(self.body_splitter, 1)

        # Raw page: made by _raw_page() when first needed (most windows never show an unreadable file).
        self._raw_widgets: tuple[QWidget, QLabel, QPushButton, MarkdownEditor] | None = None

        # Missing page
        self.missing = QLabel(self)
        self.missing.setObjectName(f"{lang}.missing")
        self.missing.setWordWrap(True)
        self.missing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.create_button = QPushButton(self)
        self.create_button.setObjectName(f"{lang}.create")
        self.create_button.clicked.connect(lambda: self.createRequested.emit(lang))
        self._missing_page = missing = QWidget(self)
        missing_layout = QVBoxLayout(missing)
        missing_layout.addStretch(1)
        missing_layout.addWidget(self.missing)
        missing_layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignHCenter)
        missing_layout.addStretch(2)

        self.pages = QStackedWidget(self)
        self._normal_page = normal
        self.pages.addWidget(normal)
        self.pages.addWidget(missing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header_row)
        layout.addWidget(self.pages, 1)

        self.title.textEdited.connect(lambda text: self.fieldEdited.emit(lang, "title", text))
        self.description.textChanged.connect(self._description_changed)
        self.body.textChanged.connect(lambda: self.bodyEdited.emit(lang, editor_text(self.body)))
        self.setTabOrder(self.title, self.copy_title)
        self.setTabOrder(self.copy_title, self.description)
        self.setTabOrder(self.description, self.copy_description)
        self.setTabOrder(self.copy_description, self.body)
        self.setTabOrder(self.body, self.preview)
        self.retranslate()

    def _raw_page(self) -> tuple[QWidget, QLabel, QPushButton, MarkdownEditor]:
        """The raw page (the whole file as text, the error and its line above), made on first use."""
        if self._raw_widgets is not None:
            return self._raw_widgets
        lang = self.lang
        page = QWidget(self.pages)
        message = QLabel(page)
        message.setObjectName(f"{lang}.rawMessage")
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        message.setFrameShape(QFrame.Shape.StyledPanel)
        message.setMargin(6)
        go = QPushButton(page)
        go.setObjectName(f"{lang}.rawGoToLine")
        go.clicked.connect(self.go_to_problem)
        raw = MarkdownEditor(page)
        raw.setObjectName(f"{lang}.raw")
        raw.set_line_numbers_visible(True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        message_row = QHBoxLayout()
        message_row.addWidget(message, 1)
        message_row.addWidget(go, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(message_row)
        layout.addWidget(raw, 1)
        self.pages.addWidget(page)
        raw.textChanged.connect(lambda: self.rawEdited.emit(lang, editor_text(raw)))
        self._raw_widgets = (page, message, go, raw)
        self._retranslate_raw()
        self.rawPageMade.emit()
        return self._raw_widgets

    @property
    def raw(self) -> MarkdownEditor:
        """The whole file as plain text (raw mode's editor)."""
        return self._raw_page()[3]

    @property
    def raw_message(self) -> QLabel:
        """Why the file cannot be read, and where (raw mode)."""
        return self._raw_page()[1]

    @property
    def raw_go(self) -> QPushButton:
        return self._raw_page()[2]

    def raw_page_made(self) -> bool:
        return self._raw_widgets is not None

    # ------------------------------------------------------------------ content
    def set_alternatives(self, paths: list, current) -> None:
        """Offer a choice between ``paths`` (several files with one key), ``current`` selected."""
        self.file_choice.blockSignals(True)
        self.file_choice.clear()
        for path in paths:
            self.file_choice.addItem(path.name, str(path))
        if current is not None:
            self.file_choice.setCurrentIndex(max(0, self.file_choice.findData(str(current))))
        self.file_choice.blockSignals(False)
        self.file_choice.setVisible(len(paths) > 1)
        self.file_label.setVisible(len(paths) <= 1)

    def _file_chosen(self, index: int) -> None:
        self.fileChosen.emit(self.lang, self.file_choice.itemData(index))

    def load(self, posting: Posting | None, file_label: str = "") -> None:
        """Show ``posting`` without emitting edits (each editor starts a fresh undo history)."""
        self.file_label.set_full_text(file_label.replace("\\", "/").rsplit("/", 1)[-1])
        self.file_label.setToolTip(file_label)
        if posting is None:
            self.pages.setCurrentWidget(self._missing_page)
            self._set_quietly(self.title, "")
            self._set_quietly(self.description, "")
            self._set_quietly(self.body, "")
            if self._raw_widgets is not None:
                self._set_quietly(self.raw, "")
            self.preview.set_html("")
            return
        if not posting.valid:
            problem = posting.problem  # an invalid posting always says why
            self._problem_line, self._problem = (problem.line if problem is not None else 0), problem
            self._show_problem()
            self._set_quietly(self.raw, posting.text().replace("\r\n", "\n").replace("\r", "\n"))
            self.pages.setCurrentWidget(self._raw_page()[0])
            self.go_to_problem(focus=False)
            return
        self._problem_line = 0
        title = posting.get("title")
        description = posting.get("description")
        self._set_quietly(self.title, "" if title is None else str(title))
        self._set_quietly(self.description, "" if description is None else str(description))
        self._set_quietly(self.body, posting.body.replace("\r\n", "\n").replace("\r", "\n"))
        self.pages.setCurrentWidget(self._normal_page)

    def _set_quietly(self, widget, text: str) -> None:
        widget.blockSignals(True)
        try:
            if isinstance(widget, QLineEdit):
                if widget.text() != text:
                    widget.setText(text)
                    if isinstance(widget, OneLineEdit) and not widget.hasFocus():
                        widget.show_start()
            else:
                set_editor_text(widget, text)
        finally:
            widget.blockSignals(False)

    def _description_changed(self) -> None:
        self.fieldEdited.emit(self.lang, "description", editor_text(self.description))

    @property
    def raw_mode(self) -> bool:
        return self._raw_widgets is not None and self.pages.currentWidget() is self._raw_widgets[0]

    @property
    def is_missing(self) -> bool:
        return self.pages.currentWidget() is self._missing_page

    def update_problem(self, posting: Posting) -> None:
        """In raw mode, show the posting's current parse error (it moves as the user types)."""
        if posting is not None and posting.problem is not None:
            self._problem_line, self._problem = posting.problem.line, posting.problem
            self._show_problem()

    def set_readable_again(self, readable: bool) -> None:
        """Raw mode, being typed in: say that the file can be read now (its fields come back when the
        user leaves the text), or again why not."""
        if not readable:
            self._show_problem()
            return
        self.raw_message.setText(self.tr("This file can be read again. Its usual fields come back when you leave "
                                         "this text (Tab, or a click elsewhere)."))
        self.raw_message.setAccessibleName(self.raw_message.text())

    def _problem_text(self) -> str:
        problem = self._problem
        if problem is None:
            return ""
        return render(problem.code, problem.variant, problem.params, interface_language())

    def _show_problem(self) -> None:
        self.raw_message.setText(
            self.tr("This file cannot be read, so it is shown as plain text. Line %1: %2 "
                    "Repair it here; the usual fields come back as soon as it can be read.")
            .replace("%1", str(self._problem_line)).replace("%2", self._problem_text()))
        self.raw_message.setAccessibleName(self.raw_message.text())

    def go_to_problem(self, *_args, focus: bool = True) -> None:
        if self._problem_line:
            self.raw.go_to_line(self._problem_line)
            if focus:
                self.raw.setFocus()

    def active_editor(self) -> MarkdownEditor:
        """The Markdown editor on show (the body, or the whole file in raw mode)."""
        return self.raw if self.raw_mode else self.body

    # --------------------------------------------------------------- appearance
    def set_modified(self, modified: bool) -> None:
        self._modified = modified
        self._update_header()

    def language_name(self) -> str:
        """This column's language, named in the interface's language, as a heading (capitalised)."""
        return self.tr("English", "column heading") if self.lang == "en" else self.tr("French", "column heading")

    def _update_header(self) -> None:
        name = self.language_name()
        if self._modified:
            # An asterisk and words, not a colour, mark unsaved changes.
            self.header.setText(self.tr("%1 * (unsaved)").replace("%1", name))
        else:
            self.header.setText(name)
        self.header.setAccessibleName(self.header.text())

    def set_preview_visible(self, visible: bool) -> None:
        self.preview.setVisible(visible)

    def set_preview_below(self, below: bool) -> None:
        self.body_splitter.setOrientation(Qt.Orientation.Vertical if below else Qt.Orientation.Horizontal)

    def set_short_texts(self, short: bool) -> None:
        """In a short window the body and its preview, one above the other, may each go down to three
        lines (scroll bars and all) rather than the ~70 pixels a scroll area asks: with the bar that
        offers to settle a conflict, a 512-pixel window (150 % on a 768-pixel screen) needed 534."""
        least = 3 * QFontMetrics(self.body.font()).lineSpacing() + 2 * self.body.frameWidth() if short else 0
        for text in (self.body, self.preview):
            text.setMinimumHeight(least)

    def set_description_lines(self, lines: int) -> None:
        """Three lines hold the one or two sentences a description has; a short window gives it two."""
        self._description_lines = lines
        self._fit_description()

    def _fit_description(self) -> None:
        metrics = QFontMetrics(self.description.font())
        margins = self.description.contentsMargins()
        height = metrics.lineSpacing() * self._description_lines + 2 * int(self.description.document().documentMargin()) \
            + margins.top() + margins.bottom() + 2 * self.description.frameWidth()
        self.description.setFixedHeight(height)

    def retranslate(self) -> None:
        language = self.tr("English") if self.lang == "en" else self.tr("French")
        self._title_label.setText(self.tr("Tit&le:") if self.lang == "en" else self.tr("T&itle:"))
        self._description_label.setText(self.tr("&Description:") if self.lang == "en" else self.tr("Des&cription:"))
        self._body_label.setText(self.tr("&Body (Markdown):") if self.lang == "en" else self.tr("Body (&Markdown):"))
        self.title.setAccessibleName(self.tr("%1 title").replace("%1", language))
        self.title.setAccessibleDescription(self.tr("The page's heading and the link text in lists"))
        self.description.setAccessibleName(self.tr("%1 description").replace("%1", language))
        self.description.setAccessibleDescription(
            self.tr("A sentence or two that search engines and social media show under the title"))
        self.body.setAccessibleName(self.tr("%1 body").replace("%1", language))
        self.body.setAccessibleDescription(self.tr("The text of the posting, in Markdown"))
        self.preview.setAccessibleName(self.tr("%1 preview").replace("%1", language))
        self.preview.setAccessibleDescription(self.tr("The page as the site will show it"))
        self.file_choice.setAccessibleName(self.tr("%1 file to edit").replace("%1", language))
        self.file_choice.setToolTip(self.tr("Several files have this translation key; choose the one to edit"))
        name = language
        self.missing.setText(self.tr("There is no %1 file with this translation key yet.").replace("%1", name))
        # A letter of this column's own labels, which are hidden while its file is missing.
        self.create_button.setText(self.tr("Create the Eng&lish Version…") if self.lang == "en"
                                   else self.tr("&Create the French Version…"))
        self.create_button.setToolTip(self.tr("Makes the file with the other version's shared fields and its text "
                                              "block by block, each block marked as not yet translated"))
        other = self.tr("French") if self.lang == "en" else self.tr("English")
        self.copy_title.setText("⇄")
        self.copy_title.setToolTip(self.tr("Copy the %1 title here").replace("%1", other))
        self.copy_title.setAccessibleName(self.copy_title.toolTip())
        self.copy_description.setText("⇄")
        self.copy_description.setToolTip(self.tr("Copy the %1 description here").replace("%1", other))
        self.copy_description.setAccessibleName(self.copy_description.toolTip())
        self._update_header()
        if self._raw_widgets is not None:
            self._retranslate_raw()

    def _retranslate_raw(self) -> None:
        language = self.tr("English") if self.lang == "en" else self.tr("French")
        self.raw.setAccessibleName(self.tr("%1 file as plain text").replace("%1", language))
        self.raw_go.setText(self.tr("Go to line"))
        if self._problem_line:
            self._show_problem()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_description()
        super().changeEvent(event)
