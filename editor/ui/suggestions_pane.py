"""The Suggestions pane: translation-memory matches for the block under the cursor.

With the cursor in a block of one language's text, the pane looks up the matching block of the
other language in the site's memory and shows up to three translations into the cursor's
language, each with its score, the memory's source with its differences from this block marked
(struck out: only in the memory; underlined: only here) and where it comes from. Alt+1, Alt+2 and
Alt+3 put one in place of the block (one undo step). The memory is built, and every lookup made,
on a worker thread: typing never waits for it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QTimer, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from editor.ui.background import BackgroundRunner
from editor.ui.text_edits import replace_editor_text

_SIDE = {"en": 0, "fr": 1}
_LIMIT = 3
_DELAY_MS = 150  # the cursor settles before a lookup


_ALIGNING = object()  # _current's answer while the alignment is being worked out


def _breakable(path: str) -> str:
    """``path`` for rich text, free to wrap after each "/": the pane is a few words wide at 1024 pixels,
    and a path that cannot wrap made it scroll sideways, cutting every line of the suggestion."""
    return html.escape(path).replace("/", "/\u200b")


def _other(lang: str) -> str:
    return "fr" if lang == "en" else "en"


class SuggestionsPane(QWidget):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("suggestions")
        self.main_window = window
        self.memory = None
        self.matches: list = []
        self.target: tuple[str, int] | None = None  # (language, block index) the matches are for
        self.runner = BackgroundRunner(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("suggestions.heading")
        # A few words a line at least: its lines wrap to any width, so the splitter beside the problems
        # would otherwise give it hardly more than its heading.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 4, 0, 0)
        outer.addWidget(self.heading)
        scroll = QScrollArea(self)  # long paragraphs scroll inside the pane, never stretch it
        scroll.setObjectName("suggestions.scroll")
        self._scroll = scroll  # named for a screen reader: Tab stops on it, to scroll from the keyboard
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(scroll)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)
        self.rows = [QLabel(inner) for _ in range(_LIMIT)]
        self.note = QLabel(inner)
        self.note.setWordWrap(True)
        self.note.setMinimumWidth(1)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 6, 4)
        for number, row in enumerate(self.rows, 1):
            row.setObjectName(f"suggestions.{number}")
            row.setWordWrap(True)
            # As narrow as the pane: a wrapped label otherwise asks for about 190 pixels, and the pane
            # is half that at 1024 (it then scrolled sideways and cut every line).
            row.setMinimumWidth(1)
            row.setTextFormat(Qt.TextFormat.RichText)
            row.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(row)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_DELAY_MS)
        self._timer.timeout.connect(self.look_up)
        for lang, column in window.pair_editor.columns.items():
            column.body.cursorPositionChanged.connect(lambda lang=lang: self._cursor_moved(lang))
        for number in range(1, _LIMIT + 1):
            window.app_actions[f"suggestion_{number}"].triggered.connect(lambda _=False, n=number: self.insert(n))
        # The block under the cursor is found in the alignment, worked out off the interface thread
        # (a long posting takes seconds): a look-up waiting for it runs again once it is in.
        self._awaiting_alignment = False
        window.pair_editor.aligned.aligned.connect(self._alignment_in)
        window.memories.suggestionsReady.connect(self._built)
        window.site.siteChanged.connect(self.rebuild)
        window.manager.saved.connect(lambda *_: self.rebuild())
        self._lang = "fr"
        self.retranslate()
        self.rebuild()
        self._show([])

    # ------------------------------------------------------------------ memory
    def rebuild(self) -> None:
        """Read the site's memory again (the window's SiteMemoryReader, on its worker): after
        opening a site, or a save."""
        site = self.main_window.site.site
        if site is None:
            self.memory = None
            self.main_window.memories.read(None)
            self._show([])
            return
        self.main_window.memories.read(site.root, again=True)

    def _built(self) -> None:
        self.memory = self.main_window.memories.suggestions
        self.look_up()

    # ------------------------------------------------------------------ lookups
    def _cursor_moved(self, lang: str) -> None:
        self._lang = lang
        self._timer.start()

    def _alignment_in(self) -> None:
        if self._awaiting_alignment:
            self._awaiting_alignment = False
            self.look_up()

    def _current(self):
        """(target language, target block, source text) for the cursor's block, None when there is
        none, or _ALIGNING while the alignment of the bodies as they are is being worked out."""
        lang = self._lang
        editor = self.main_window.pair_editor.columns[lang].body
        line = editor.textCursor().blockNumber()
        result = self.main_window.pair_editor.aligned.current()
        if result is None:
            return _ALIGNING
        blocks = [b for b in result.blocks.get(lang, []) if b.start <= line < b.end]
        if not blocks or result.alignment is None:
            return None
        block = max(blocks, key=lambda b: b.start)
        partners = result.alignment.partners(_SIDE[lang], block)
        if not partners:
            return lang, block, None
        return lang, block, " ".join(p.text for p in partners)

    def look_up(self) -> None:
        current = self._current() if self.main_window.manager.pair is not None else None
        self._awaiting_alignment = current is _ALIGNING
        if current is _ALIGNING:
            return  # the matches on show stay until the block under the cursor is known
        if current is None or current[2] is None or self.memory is None:
            self.target = None
            self._show([], none_beside=current is not None and current[2] is None)
            return
        lang, block, source = current
        memory, key = self.memory, self.main_window.manager.key
        self.target = (lang, block.index)
        kind = block.kind  # the block the suggestion would replace: a list item wants a list item's wording
        self.runner.run("lookup", lambda: memory.lookup(source, _other(lang), exclude_key=key, limit=_LIMIT, kind=kind),
                        lambda found: self._show(found, source=source, kind=kind))

    def _kind_text(self, kind: str) -> str:
        """Where a suggestion was translated when it was not a block of the kind under the cursor."""
        return {"title": self.tr("from a title"), "description": self.tr("from a description"),
                "heading": self.tr("from a heading"), "paragraph": self.tr("from a paragraph"),
                "item": self.tr("from a list item"),
                "sentence": self.tr("from one sentence of a longer block")}.get(kind, kind)

    def _show(self, matches: list, *, source: str = "", none_beside: bool = False, kind: str = "") -> None:
        from editor.model.translation.memory.suggest import marked_differences

        self.matches = list(matches)
        for number, row in enumerate(self.rows, 1):
            self.main_window.app_actions[f"suggestion_{number}"].setEnabled(number <= len(self.matches))
            if number > len(self.matches):
                row.clear()
                row.hide()
                continue
            match = self.matches[number - 1]
            runs = marked_differences(match.source, source)
            marked = "".join(html.escape(text) if kind == "equal" else
                             f"<s style='color:#a61b1b'>{html.escape(text)}</s>" if kind == "delete" else
                             f"<u style='color:#1b6e2a'>{html.escape(text)}</u>" for kind, text in runs)
            # "%1%" is a translation: French writes a (no-break) space before the sign.
            score = html.escape(self.tr("%1%").replace("%1", str(match.score)))
            origin = _breakable(match.origin)
            if kind and match.unit.kind != kind:
                origin += " · " + html.escape(self._kind_text(match.unit.kind))
            row.setText(f"<b>Alt+{number}</b> &nbsp;<b>{score}</b> &nbsp;{html.escape(match.target)}"
                        f"<br><small>{marked}</small><br><small style='color:#555'>{origin}</small>")
            row.show()
        if self.memory is None and self.main_window.site.site is not None:
            self.note.setText(self.tr("Reading the site's translation memory…"))
        elif none_beside:
            self.note.setText(self.tr("This block has no matching block in the other language to translate from."))
        elif not self.matches:
            self.note.setText(self.tr("No suggestion for the block under the cursor."))
        else:
            self.note.setText("")

    # ------------------------------------------------------------------ insert
    def insert(self, number: int) -> bool:
        """Put suggestion ``number`` (1-3) in place of the block it was found for."""
        from editor.model.translation.blocks import replace_block_text

        if number > len(self.matches) or self.target is None:
            return False
        lang, index = self.target
        result = self.main_window.pair_editor.aligned.fresh()
        block = next((b for b in result.blocks.get(lang, []) if b.index == index), None)
        if block is None:
            return False
        editor = self.main_window.pair_editor.columns[lang].body
        start = replace_editor_text(editor, replace_block_text(result.bodies[lang], block, self.matches[number - 1].target))
        if start is not None:
            cursor = editor.textCursor()
            cursor.setPosition(start)
            editor.setTextCursor(cursor)
        return start is not None

    def retranslate(self) -> None:
        self.heading.setText(f"<b>{html.escape(self.tr('Suggestions'))}</b>")
        self.setAccessibleName(self.tr("Suggestions"))
        self._scroll.setAccessibleName(self.tr("Suggestions"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._show(self.matches)
        super().changeEvent(event)

    def shutdown(self) -> None:
        self._timer.stop()
        self.runner.shutdown()

