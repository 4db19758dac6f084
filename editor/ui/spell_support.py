"""Spelling and French grammar in the window: underlines in both columns' fields (grammar in the
French one), their context menus, and the site's words, ignored words and ignored grammar problems
passed on to the problems panel. The main window only creates this."""

from __future__ import annotations

from PySide6.QtCore import QObject

from editor.ui.grammar_underline import GrammarService
from editor.ui.spell_underline import SpellService


class SpellingSupport(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.service = SpellService(self)
        self.grammar = GrammarService(self)
        for column in window.pair_editor.columns.values():
            self.service.attach(column.title, column.lang, markdown=False)
            self.service.attach(column.description, column.lang, markdown=False)
            self.service.attach(column.body, column.lang, markdown=True)
            for field in (column.description, column.body):
                field.textChanged.connect(lambda lang=column.lang: self.service.counterpart_changed(lang))
            if column.lang == "fr":
                self.grammar.attach(column.title, markdown=False)
                self.grammar.attach(column.description, markdown=False)
                self.grammar.attach(column.body, markdown=True)
        self.service.counterpart = self._counterpart
        # The problems panel lists the same words and grammar problems (minus those ignored in the posting).
        window.checker.ignored_of = self.service.ignored
        window.checker.grammar_ignored_of = self.grammar.ignored
        window.site.siteChanged.connect(self._site_changed)
        window.manager.pairOpened.connect(self._pair_opened)
        # The columns load text with their signals blocked: no textChanged tells the underliners.
        window.manager.postingsReloaded.connect(lambda _langs: self._recheck_later())
        window.manager.validityChanged.connect(lambda _lang, _valid: self._recheck_later())
        self.service.wordsChanged.connect(lambda: window.checker.request(window.manager, now=True))
        self.grammar.ignoredChanged.connect(lambda: window.checker.request(window.manager, now=True))
        self.service.failed.connect(lambda message: window.statusBar().showMessage(message, 8000))
        self._site_changed()
        self._pair_opened()

    def _counterpart(self, lang: str) -> tuple[str, str]:
        """The other language's description and body, as the window shows them."""
        from editor.ui.language_column import editor_text

        other = self.window.pair_editor.columns.get("fr" if lang == "en" else "en")
        if other is None:
            return "", ""
        return editor_text(other.description), editor_text(other.body)

    def _site_changed(self) -> None:
        site = self.window.site.site
        self.service.set_site(site.root if site is not None else None)

    def _pair_opened(self) -> None:
        key = self.window.manager.key if self.window.manager.pair is not None else ""
        self.service.set_key(key)
        self.grammar.set_key(key)
        self._recheck_later()

    def _recheck_later(self) -> None:
        self.service.recheck(later=True)
        self.grammar.recheck(later=True)

    def shutdown(self) -> None:
        self.service.shutdown()
        self.grammar.shutdown()
