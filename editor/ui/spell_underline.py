"""Wavy red underlines under misspelt words, and the spelling part of the context menu.

Typing never waits for the dictionaries: after a pause (``DELAY_MS``) the field's text is copied
and checked on a one-thread pool; the answer is shown only if the text has not changed since
(a later pause brings a fresh one). Underlines in the body and description are extra selections,
which Qt moves with the text as the user types; in the one-line title, input-method text formats
(the only way a QLineEdit shows formatted text).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QContextMenuEvent, QInputMethodEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPlainTextEdit, QTextEdit, QToolTip

from editor.ui.finding_texts import error_text
from editor.ui.background import BackgroundRunner, long_text
from editor.ui.language_column import editor_text
from editor.ui.text_edits import utf16_length

if TYPE_CHECKING:
    from editor.ui.grammar_underline import GrammarUnderliner

DELAY_MS = 250
SPELLING_LAYER = "spelling"


@dataclass(frozen=True)
class Underline:
    """``word`` at code points ``[start, end)`` of the text, ``[qt_start, qt_end)`` in Qt's UTF-16 units."""

    start: int
    end: int
    qt_start: int
    qt_end: int
    word: str


def find_underlines(text: str, lang: str, markdown: bool, words, ignored, counterpart=("", "")) -> list[Underline]:
    """The misspelt words of ``text`` with both kinds of positions (run in a worker thread);
    ``counterpart``: the other language's description and body, whose names are accepted."""
    from editor.model.language.spelling import misspellings, text_names

    names = text_names(*counterpart) if any(counterpart) else frozenset()
    found = misspellings(text, lang, site=words, ignored=ignored, markdown=markdown, names=names)
    if all(ord(ch) <= 0xFFFF for ch in text):
        return [Underline(m.start, m.end, m.start, m.end, m.word) for m in found]
    return [Underline(m.start, m.end, utf16_length(text[:m.start]), utf16_length(text[:m.end]), m.word)
            for m in found]


def actions_on_top(menu: QMenu, first: QAction | None, added: list[QAction]) -> QMenu:
    """``menu`` (a field's standard menu, whose first action was ``first``) with ``added``, which
    were appended to it, moved above the standard actions under a separator."""
    separator = menu.addSeparator()
    for action in added + [separator]:
        menu.removeAction(action)
        if first is None:
            menu.addAction(action)
        else:
            menu.insertAction(first, action)
    menu.setToolTipsVisible(True)
    return menu


def underline_later(runner: BackgroundRunner, name: str, underliner: SpellUnderliner | GrammarUnderliner,
                    text: str, work: Callable[[], list]) -> None:
    """Run ``work`` (finding ``text``'s underlines) off the UI thread as the field's ``name`` (a newer
    text of the same field wins) and show its result unless the field was turned off or asked
    again since; a failure (logged by the runner) leaves the field without underlines."""
    generation = underliner.generation

    def show(found: list) -> None:
        if generation == underliner.generation:
            underliner.show(found, text)

    runner.run(name, work, show, lambda _error: show([]), long=long_text(text))


class SpellUnderliner(QObject):
    """Keeps one text field's misspelt words underlined; asks ``service`` for the words to accept.

    A subclass underlines something else in its own colour and layer (grammar_underline.py); the
    underliners of one field share its one-line title's formats (see ``_paint_line_edit``)."""

    LAYER = SPELLING_LAYER
    COLOUR = (220, 30, 30)  # red; grammar is blue

    def __init__(self, widget: QLineEdit | QPlainTextEdit, lang: str, service, *, markdown: bool) -> None:
        super().__init__(widget)
        self.widget, self.lang, self.service, self.markdown = widget, lang, service, markdown
        self.underlines: list[Underline] = []
        self.generation = 0
        self._shown_text: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        widget.textChanged.connect(self.schedule)
        target = widget.viewport() if isinstance(widget, QPlainTextEdit) else widget
        target.installEventFilter(self)
        if target is not widget:
            # The menu key and Shift+F10 open the menu on the editor itself, not on its viewport.
            widget.installEventFilter(self)

    def text(self) -> str:
        return self.widget.text() if isinstance(self.widget, QLineEdit) else editor_text(self.widget)

    def schedule(self, *_args) -> None:
        self._timer.start()

    def check_now(self) -> None:
        self._timer.stop()
        self.generation += 1
        if not self.service.enabled:
            self.show([], self.text())
            return
        self.service.submit(self, self.text())

    def show(self, underlines: Sequence[Underline], text: str) -> None:
        if text != self.text():
            return  # typed since: the next pause brings a fresh answer
        self.underlines = list(underlines)
        self._shown_text = text
        if isinstance(self.widget, QLineEdit):
            self._paint_line_edit()
        else:
            self._paint_text_edit()

    def _format(self) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        fmt.setUnderlineColor(QColor(*self.COLOUR))
        return fmt

    def _paint_text_edit(self) -> None:
        widget = self.widget
        if not isinstance(widget, QPlainTextEdit):
            return
        selections = []
        document = widget.document()
        for line in self.underlines:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(line.qt_start)
            cursor.setPosition(line.qt_end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor, selection.format = cursor, self._format()
            selections.append(selection)
        if hasattr(widget, "set_extra_layer"):
            widget.set_extra_layer(self.LAYER, selections, above=True)
        else:
            widget.setExtraSelections(selections)

    def _paint_line_edit(self) -> None:
        if not isinstance(self.widget, QLineEdit):
            return
        # One input-method event carries all of a line edit's formats: the next one replaces them,
        # so every underliner of the field paints its current underlines in it.
        cursor = self.widget.cursorPosition()
        text = self.text()
        attributes = [QInputMethodEvent.Attribute(QInputMethodEvent.AttributeType.TextFormat,
                                                  line.qt_start - cursor, line.qt_end - line.qt_start, under._format())
                      for under in self.widget.children() if isinstance(under, SpellUnderliner)
                      and under._shown_text == text for line in under.underlines]
        QCoreApplication.sendEvent(self.widget, QInputMethodEvent("", attributes))

    # ------------------------------------------------------------------ context menu
    def underline_at(self, qt_position: int) -> Underline | None:
        if self._shown_text != self.text():
            return None
        for line in self.underlines:
            if line.qt_start <= qt_position <= line.qt_end:
                return line
        return None

    def _underline_under(self, point) -> Underline | None:
        if isinstance(self.widget, QLineEdit):
            position = self.widget.cursorPositionAt(point)
        else:
            position = self.widget.cursorForPosition(point).position()
        return self.underline_at(position)

    def _underline_at_cursor(self) -> Underline | None:
        if isinstance(self.widget, QLineEdit):
            return self.underline_at(self.widget.cursorPosition())
        return self.underline_at(self.widget.textCursor().position())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.ContextMenu and self.service.enabled:
            # From the keyboard, the word is the one at the text cursor, wherever the mouse is.
            line = self._underline_at_cursor() if event.reason() == QContextMenuEvent.Reason.Keyboard \
                else self._underline_under(event.pos())
            if line is not None:
                menu = self.context_menu(line)
                self._popup(menu, event.globalPos())
                menu.deleteLater()
                return True
        elif event.type() == QEvent.Type.ToolTip and self.service.enabled:
            line = self._underline_under(event.pos())
            if line is not None:
                text = self.tooltip(line)
                if isinstance(self.widget, QPlainTextEdit) and hasattr(self.widget, "problems_at"):
                    number = self.widget.cursorForPosition(event.pos()).blockNumber() + 1
                    text = "\n".join([text] + [p.message for p in self.widget.problems_at(number)])
                QToolTip.showText(event.globalPos(), text, watched)
                return True
        return super().eventFilter(watched, event)

    def tooltip(self, line: Underline) -> str:
        """What hovering the underline says (the colour is named: the legend of the underlines)."""
        return QCoreApplication.translate("SpellUnderliner", "Red wavy underline: “%1” is not in the dictionary. "
                                          "Right-click for suggestions.").replace("%1", line.word)

    def context_menu(self, line: Underline) -> QMenu:
        return self.spelling_menu(line)

    def _popup(self, menu: QMenu, position) -> None:
        menu.exec(position)

    def spelling_menu(self, line: Underline) -> QMenu:
        """The field's usual menu with the suggestions, "Add to the site's dictionary" and
        "Ignore in this posting" on top."""
        from editor.model.language.spelling import suggestions

        menu = self.widget.createStandardContextMenu()
        first = menu.actions()[0] if menu.actions() else None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # Hunspell's search: up to half a second
        try:
            found = suggestions(line.word, self.lang)
        finally:
            QApplication.restoreOverrideCursor()
        added = []
        for word in found:
            action = menu.addAction(word)
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            action.triggered.connect(lambda _=False, w=word, u=line: self.replace(u, w))
            added.append(action)
        if not found:
            none = menu.addAction(QCoreApplication.translate("SpellUnderliner", "No suggestions"))
            none.setEnabled(False)
            added.append(none)
        add = menu.addAction(QCoreApplication.translate("SpellUnderliner", "Add to the site's dictionary"))
        add.setObjectName("spellingAdd")
        add.setEnabled(self.service.site_root is not None)
        add.setToolTip(QCoreApplication.translate(
            "SpellUnderliner", "Accept this word in this language in every posting of the site (.posting-editor/dictionary.txt)"))
        add.triggered.connect(lambda: self.service.add_word(line.word, self.lang))
        ignore = menu.addAction(QCoreApplication.translate("SpellUnderliner", "Ignore in this posting"))
        ignore.setObjectName("spellingIgnore")
        ignore.triggered.connect(lambda: self.service.ignore(line.word, self.lang))
        added += [add, ignore]
        return actions_on_top(menu, first, added)

    def replace(self, line: Underline, word: str) -> None:
        """Put ``word`` in place of the underlined one, as one undoable edit."""
        if self._shown_text != self.text():
            return
        if isinstance(self.widget, QLineEdit):
            from editor.ui.text_edits import replace_line_edit

            text = self.text()
            replace_line_edit(self.widget, text[:line.start] + word + text[line.end:])
            return
        cursor = QTextCursor(self.widget.document())
        cursor.setPosition(line.qt_start)
        cursor.setPosition(line.qt_end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(word)


class SpellService(QObject):
    """The window's spell checking: one worker thread, the site's words, the words ignored in
    each posting (kept for the session only), and the underliners it serves."""

    wordsChanged = Signal()  # a word was added or ignored: underlines and problems check again
    failed = Signal(str)  # a word could not be added (message for the status bar)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from editor.model.language.site_dictionary import SiteDictionary

        self._runner = BackgroundRunner(self)
        self.underliners: list[SpellUnderliner] = []
        self.site_root = None
        self.words = SiteDictionary()
        self.key = ""
        self.enabled = True
        self._ignored: dict[tuple[str, str], set[str]] = {}
        # The other language's (description, body) for a language: names written there are accepted.
        self.counterpart = lambda _lang: ("", "")

    def attach(self, widget, lang: str, *, markdown: bool) -> SpellUnderliner:
        underliner = SpellUnderliner(widget, lang, self, markdown=markdown)
        self.underliners.append(underliner)
        return underliner

    def set_site(self, root) -> None:
        from editor.model.language.site_dictionary import SiteDictionary

        self.site_root = root
        self.words = SiteDictionary.load(root)
        self.recheck()

    def set_key(self, key: str) -> None:
        self.key = key

    def ignored(self, key: str, lang: str) -> frozenset[str]:
        return frozenset(self._ignored.get((key, lang), ()))

    def submit(self, underliner: SpellUnderliner, text: str) -> None:
        check = (text, underliner.lang, underliner.markdown, self.words, self.ignored(self.key, underliner.lang),
                 self.counterpart(underliner.lang))
        underline_later(self._runner, f"spelling-{self.underliners.index(underliner)}", underliner, text,
                        lambda: find_underlines(*check))

    def counterpart_changed(self, lang: str) -> None:
        """The ``lang`` column's text changed: the other language's fields check again after a
        pause, as the names they may use are written there."""
        for underliner in self.underliners:
            if underliner.lang != lang:
                underliner.schedule()

    def recheck(self, *, later: bool = False) -> None:
        """Check every field again: now, or after the usual pause (``later``: text is being loaded)."""
        for underliner in self.underliners:
            if later:
                underliner.schedule()
            else:
                underliner.check_now()

    def add_word(self, word: str, lang: str) -> None:
        from editor.model.language.site_dictionary import SiteDictionary, SiteDictionaryError, add_word

        if self.site_root is None:
            return
        try:
            add_word(self.site_root, word, lang)
        except (SiteDictionaryError, ValueError) as error:
            self.failed.emit(error_text(error))
            return
        self.words = SiteDictionary.load(self.site_root)
        self.recheck()
        self.wordsChanged.emit()

    def ignore(self, word: str, lang: str) -> None:
        from editor.model.language.site_dictionary import word_key

        self._ignored.setdefault((self.key, lang), set()).add(word_key(word))
        self.recheck()
        self.wordsChanged.emit()

    def is_idle(self) -> bool:
        return self._runner.is_idle()

    def shutdown(self) -> None:
        self._runner.shutdown()
