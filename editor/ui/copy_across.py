"""“Copy from the other language”: a field, or one block of the body, never overwriting without asking.

Titles and descriptions have a small button beside them and an entry in their context menu.
In a body's context menu, on a block: bring the matching block of the other language here,
or send this block to the other language (in place of its match, or as a new block where it
belongs when it has none). Copies go through the editors as one undo step each.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit

from editor.ui.language_column import LanguageColumn, editor_text
from editor.ui.text_edits import replace_editor_text, replace_line_edit

_SIDE = {"en": 0, "fr": 1}


def other_language(lang: str) -> str:
    return "fr" if lang == "en" else "en"


class CopyAcross(QObject):
    """Installs the copy commands on the pair editor's columns."""

    copied = Signal(str, str)  # target language, what was copied ("same": it was there already)

    def __init__(self, pair_editor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pair_editor = pair_editor
        self.columns: dict[str, LanguageColumn] = pair_editor.columns
        self._templates: dict[tuple, dict] = {}
        # The question before overwriting; replaceable in tests.
        self.confirm = self._ask
        manager = pair_editor.manager
        for signal in (manager.pairOpened, manager.postingsReloaded, manager.validityChanged):
            signal.connect(lambda *_: self.update_buttons())
        for lang, column in self.columns.items():
            column.copyRequested.connect(self.copy_field)
            for name, widget in (("title", column.title), ("description", column.description), ("body", column.body)):
                widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
                widget.customContextMenuRequested.connect(
                    lambda position, lang=lang, name=name, widget=widget: self._context_menu(lang, name, widget, position))
        self.update_buttons()

    def update_buttons(self) -> None:
        """The copy buttons work only when both files can be read."""
        for lang, column in self.columns.items():
            ready = self._posting(lang) is not None and self._posting(other_language(lang)) is not None
            column.copy_title.setEnabled(ready)
            column.copy_description.setEnabled(ready)

    def _language_name(self, lang: str) -> str:
        return self.tr("English") if lang == "en" else self.tr("French")

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self.pair_editor, self.tr("Replace Text?"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def _posting(self, lang: str):
        posting = self.pair_editor.manager.posting(lang)
        return posting if posting is not None and posting.valid else None

    # ------------------------------------------------------------------ fields
    def copy_field(self, lang: str, name: str) -> bool:
        """Fill ``lang``'s title or description with the other language's (asking before replacing text)."""
        source = self._posting(other_language(lang))
        column = self.columns[lang]
        if source is None or self._posting(lang) is None or column.raw_mode:
            return False
        value = source.get(name)
        value = "" if value is None else str(value)
        widget = column.title if name == "title" else column.description
        current = widget.text() if isinstance(widget, QLineEdit) else editor_text(widget)
        if current == value:
            return False
        if current.strip():
            question = self.tr("Replace the title in %1, “%2”, with the one in %3?") if name == "title" else \
                self.tr("Replace the description in %1, “%2”, with the one in %3?")
            if not self.confirm(question.replace("%1", self._language_name(lang)).replace("%2", _short(current))
                                .replace("%3", self._language_name(other_language(lang)))):
                return False
        if isinstance(widget, QLineEdit):
            replace_line_edit(widget, value)
        else:
            replace_editor_text(widget, value)
        widget.setFocus()
        self.copied.emit(lang, name)
        return True

    # ------------------------------------------------------------------ blocks
    def _templates_from(self, lang: str) -> dict:
        site = self.pair_editor.manager.site
        root = site.root if site is not None else None
        if (root, lang) not in self._templates:
            from editor.model.site.templates import known_translations

            # The site's own templates too: their standard paragraphs are translated, not copied.
            self._templates[(root, lang)] = known_translations(root, lang)
        return self._templates[(root, lang)]

    def _block_at(self, lang: str, line: int):
        """The innermost block of ``lang``'s body at body line ``line``, with a fresh alignment."""
        result = self.pair_editor.aligned.fresh()
        candidates = [b for b in result.blocks.get(lang, []) if b.start <= line < b.end]
        return (max(candidates, key=lambda b: b.start) if candidates else None), result

    def partners(self, lang: str, line: int) -> list:
        block, result = self._block_at(lang, line)
        if block is None or result.alignment is None:
            return []
        return result.alignment.partners(_SIDE[lang], block)

    def bring_here(self, lang: str, line: int) -> bool:
        """Replace the block at ``line`` of ``lang`` with its match in the other language."""
        block, result = self._block_at(lang, line)
        partners = self.partners(lang, line)
        if block is None or not partners:
            return False
        source_lang = other_language(lang)
        question = self.tr("Replace this block of the %1 text with the matching %2 block? Undo brings it back.") \
            .replace("%1", self._language_name(lang)).replace("%2", self._language_name(source_lang))
        if block.plain.strip() and not self.confirm(question):
            return False
        return self._copy(source_lang, partners[0], lang, block, replace=True, result=result)

    def send_across(self, lang: str, line: int) -> bool:
        """Put the block at ``line`` of ``lang`` into the other language: over its match (asking), or
        as a new block after the match of the block before it."""
        block, result = self._block_at(lang, line)
        if block is None or result.alignment is None:
            return False
        target_lang = other_language(lang)
        side, other = _SIDE[lang], 1 - _SIDE[lang]
        partners = result.alignment.partners(side, block)
        if partners:
            at = partners[0]
            question = self.tr("Replace the matching block of the %1 text with this one? Undo brings it back.") \
                .replace("%1", self._language_name(target_lang))
            if at.plain.strip() and not self.confirm(question):
                return False
            return self._copy(lang, block, target_lang, at, replace=True, result=result)
        at = None
        for row in result.alignment:
            if row[side] is not None and row[side].index == block.index:
                break
            if row[side] is not None and row[other] is not None:
                at = row[other]
        return self._copy(lang, block, target_lang, at, replace=False, result=result)

    def _copy(self, source_lang: str, block, target_lang: str, at, *, replace: bool, result) -> bool:
        from editor.model.translation.skeleton import copy_block

        new_body = copy_block(result.bodies[source_lang], block, result.bodies[target_lang], at, target_lang,
                              replace=replace, templates=self._templates_from(source_lang))
        editor = self.columns[target_lang].body
        start = replace_editor_text(editor, new_body)
        if start is None:
            self.copied.emit(target_lang, "same")
            return False
        cursor = editor.textCursor()
        cursor.setPosition(start)
        editor.setTextCursor(cursor)
        editor.ensureCursorVisible()
        self.copied.emit(target_lang, "block")
        return True

    # -------------------------------------------------------------- context menus
    def _context_menu(self, lang: str, name: str, widget: QLineEdit | QPlainTextEdit, position: QPoint) -> None:
        menu = widget.createStandardContextMenu()
        menu.addSeparator()
        other = self._language_name(other_language(lang))
        ready = self._posting(lang) is not None and self._posting(other_language(lang)) is not None
        if name in ("title", "description"):
            text = self.tr("Copy the %1 Title Here") if name == "title" else self.tr("Copy the %1 Description Here")
            action = menu.addAction(text.replace("%1", other), lambda: self.copy_field(lang, name))
            action.setEnabled(ready)
        elif isinstance(widget, QPlainTextEdit):  # the body
            line = widget.cursorForPosition(position).blockNumber()
            here = menu.addAction(self.tr("Copy the Matching %1 Block Here").replace("%1", other),
                                  lambda: self.bring_here(lang, line))
            send = menu.addAction(self.tr("Send This Block to the %1 Text").replace("%1", other),
                                  lambda: self.send_across(lang, line))
            block = self._block_at(lang, line)[0] if ready else None
            here.setEnabled(block is not None and bool(self.partners(lang, line)))
            send.setEnabled(block is not None)
        # Scroll areas report the position in their viewport's coordinates.
        anchor = widget.viewport() if hasattr(widget, "viewport") else widget
        menu.exec(anchor.mapToGlobal(position))
        menu.deleteLater()


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
