"""Word and character counts in the status bar: each language's, or the selection's, and the French/English ratio.

Translators are paid by the word and French runs 15-20% longer than English, so the ratio tells
at a glance whether a translation left something out. Counted after typing pauses, from the model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from editor.model.writing.counts import TextCounts, counts_of, plain_text, posting_counts
from editor.ui.background import BackgroundRunner, long_text
from editor.ui.i18n import number_locale

if TYPE_CHECKING:
    from editor.ui.main_window import MainWindow



def _count(texts: dict[str, tuple[str, str, str]]) -> dict[str, TextCounts]:
    return {lang: posting_counts(*parts) for lang, parts in texts.items()}


class WordCounts(QLabel):
    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("wordCounts")
        self.main_window = window
        self.counts: dict[str, TextCounts] = {}
        self.selection: tuple[str, TextCounts] | None = None
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.refresh)
        self._runner = BackgroundRunner(self)
        window.manager.pairOpened.connect(self.refresh)
        window.manager.edited.connect(lambda *_: self._timer.start())
        window.manager.postingsReloaded.connect(lambda *_: self._timer.start())
        for column in window.pair_editor.columns.values():
            column.body.selectionChanged.connect(self._selection_changed)

    def refresh(self) -> None:
        manager = self.main_window.manager
        texts = {}
        for lang in ("fr", "en"):
            posting = manager.posting(lang)
            if posting is not None and posting.valid:
                texts[lang] = (str(posting.get("title") or ""), str(posting.get("description") or ""), posting.body)
        # Counting takes about 0.15 s a 100 KB of body: a long pair (a pasted document) is counted
        # off the UI thread, a normal one (every real posting is under 20 KB) at once.
        if not long_text(*(body for _, _, body in texts.values())):
            self._runner.cancel("counts")  # an older, longer text's count must not overwrite this one
            self._counted(_count(texts))
        else:
            self._runner.run("counts", lambda: _count(texts), self._counted, long=True)

    def shutdown(self) -> None:
        """Stop counting: the window is closing (a long pair's count may still be running)."""
        self._timer.stop()
        self._runner.shutdown()

    def _counted(self, counts: dict[str, TextCounts]) -> None:
        self.counts = counts
        self._show()

    def _selection_changed(self) -> None:
        focus = QApplication.focusWidget()
        self.selection = None
        for lang, column in self.main_window.pair_editor.columns.items():
            if focus is column.body and column.body.textCursor().hasSelection():
                chosen = column.body.textCursor().selectedText().replace("\u2029", "\n")
                self.selection = (lang, counts_of(plain_text(chosen)))
        self._show()

    def ratio(self) -> float | None:
        if "fr" in self.counts and "en" in self.counts and self.counts["en"].words:
            return self.counts["fr"].words / self.counts["en"].words
        return None

    def _show(self) -> None:
        names = {"fr": self.tr("FR"), "en": self.tr("EN")}
        if self.selection is not None:
            lang, counts = self.selection
            self.setText(self.tr("Selection (%1): %2, %3").replace("%1", names[lang])
                         .replace("%2", self._words(counts.words)).replace("%3", self._characters(counts.characters)))
            return
        parts = [self.tr("%1: %2, %3").replace("%1", names[lang]).replace("%2", self._words(self.counts[lang].words))
                 .replace("%3", self._characters(self.counts[lang].characters))
                 for lang in ("fr", "en") if lang in self.counts]
        ratio = self.ratio()
        if ratio is not None:
            parts.append(self.tr("FR/EN %1").replace("%1", number_locale().toString(ratio, "f", 2)))
        self.setText("  ·  ".join(parts))
        self.setToolTip(self.tr("Words and characters a reader reads: title, description and body, without markup. "
                                "French usually runs 15 to 20% longer than English."))


    # A count of one takes the singular ("1 word", « 1 mot »: a selected word read "1 words"); the number is
    # then written as the interface's language writes it (1 234 in French), as Qt's %n is not.
    def _words(self, count: int) -> str:
        return self.tr("%n word(s)", "", count).replace(str(count), _number(count), 1)

    def _characters(self, count: int) -> str:
        return self.tr("%n character(s)", "", count).replace(str(count), _number(count), 1)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._show()  # the words and the number format follow the interface language
        super().changeEvent(event)


def _number(value: int) -> str:
    return number_locale().toString(value)
