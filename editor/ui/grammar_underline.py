"""Wavy blue underlines under French grammar problems, and their context menu.

The grammar of the French fields is checked as their spelling is (spell_underline.py): after a
pause in typing, the text is copied and handed to Grammalecte (:func:`editor.model.language.
grammar.problems`, the function the checks use) on the service's own worker thread; the answer is
shown only if the text has not changed since. Grammalecte's results are kept per paragraph, so a
pause rechecks only the paragraph typed in. Blue, where spelling is red; the tooltip names it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit

from editor.ui.background import BackgroundRunner
from editor.ui.spell_underline import SpellUnderliner, Underline, actions_on_top, underline_later
from editor.ui.text_edits import utf16_length

GRAMMAR_LAYER = "grammar"
MENU_MESSAGE = 100  # characters of Grammalecte's message shown in the menu


@dataclass(frozen=True)
class GrammarMark(Underline):
    """A grammar problem over ``word`` (the flagged characters): Grammalecte's ``message`` and
    ``suggestions``; ``exact``: the flagged characters are plain text, which a suggestion may
    replace (markup inside them would be lost); ``key``: what ignoring it remembers."""

    code: str = ""
    message: str = ""
    suggestions: tuple[str, ...] = ()
    exact: bool = True
    key: str = ""


def find_marks(text: str, markdown: bool, ignored: frozenset[str]) -> list[GrammarMark]:
    """The grammar problems of a French ``text`` with both kinds of positions (in a worker thread)."""
    from editor.model.language.grammar import GrammarUnavailable, ignore_key, problems

    try:
        found = problems(text, markdown=markdown)
    except GrammarUnavailable:
        return []  # said once in the problems panel ("grammar-unavailable"), not in every field
    marks = []
    for problem in found:
        flagged = text[problem.start:problem.end]
        key = ignore_key(problem.code, flagged)
        if key in ignored:
            continue
        marks.append(GrammarMark(problem.start, problem.end, utf16_length(text[:problem.start]),
                                 utf16_length(text[:problem.end]), flagged, problem.code,
                                 problem.message.strip(), tuple(s for s in problem.suggestions if s),
                                 problem.exact, key))
    return marks


class GrammarUnderliner(SpellUnderliner):
    """Keeps one French field's grammar problems underlined in blue."""

    LAYER = GRAMMAR_LAYER
    COLOUR = (30, 90, 230)

    def tooltip(self, line: Underline) -> str:
        assert isinstance(line, GrammarMark)
        return QCoreApplication.translate("GrammarUnderliner", "Blue wavy underline: grammar. %1 Right-click for "
                                          "suggestions.").replace("%1", _sentence(line.message))

    def context_menu(self, line: Underline) -> QMenu:
        """The field's usual menu with Grammalecte's message, its suggestions (a click puts one in
        place of the flagged words) and "Ignore in this posting" on top."""
        assert isinstance(line, GrammarMark)  # this underliner shows nothing else
        menu = self.widget.createStandardContextMenu()
        first = menu.actions()[0] if menu.actions() else None
        added = []
        text = _sentence(line.message)
        # A heading, not a command; a long message is cut short (the underline's tooltip has it whole).
        message = menu.addAction(text if len(text) <= MENU_MESSAGE else text[:MENU_MESSAGE - 1].rstrip() + "…")
        message.setEnabled(False)
        message.setObjectName("grammarMessage")
        added.append(message)
        for suggestion in line.suggestions:
            action = menu.addAction(suggestion)
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            action.setEnabled(line.exact)
            if not line.exact:
                action.setToolTip(QCoreApplication.translate(
                    "GrammarUnderliner", "Formatting runs through these words: correct them by hand."))
            action.triggered.connect(lambda _=False, s=suggestion, u=line: self.replace(u, s))
            added.append(action)
        if not line.suggestions:
            none = menu.addAction(QCoreApplication.translate("GrammarUnderliner", "No suggestions"))
            none.setEnabled(False)
            added.append(none)
        ignore = menu.addAction(QCoreApplication.translate("GrammarUnderliner", "Ignore in this posting"))
        ignore.setObjectName("grammarIgnore")
        ignore.setToolTip(QCoreApplication.translate(
            "GrammarUnderliner", "Stop pointing out this problem with these words in this posting (until you quit)"))
        ignore.triggered.connect(lambda: self.service.ignore(line.key))
        added.append(ignore)
        return actions_on_top(menu, first, added)


def _sentence(message: str) -> str:
    message = " ".join(message.split())
    return message if message.endswith((".", "!", "?", "»")) else message + "."


class GrammarService(QObject):
    """The window's French grammar underlines: one worker thread, the problems ignored in each
    posting (for the session), and the underliners it serves."""

    ignoredChanged = Signal()  # a problem was ignored: underlines and problems check again

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = BackgroundRunner(self)
        self.underliners: list[GrammarUnderliner] = []
        self.key = ""
        self.enabled = True
        self._ignored: dict[str, set[str]] = {}

    def attach(self, widget: QLineEdit | QPlainTextEdit, *, markdown: bool) -> GrammarUnderliner:
        underliner = GrammarUnderliner(widget, "fr", self, markdown=markdown)
        self.underliners.append(underliner)
        return underliner

    def set_key(self, key: str) -> None:
        self.key = key

    def ignored(self, key: str) -> frozenset[str]:
        return frozenset(self._ignored.get(key, ()))

    def submit(self, underliner: GrammarUnderliner, text: str) -> None:
        check = (text, underliner.markdown, self.ignored(self.key))
        underline_later(self._runner, f"grammar-{self.underliners.index(underliner)}", underliner, text,
                        lambda: find_marks(*check))

    def recheck(self, *, later: bool = False) -> None:
        for underliner in self.underliners:
            if later:
                underliner.schedule()
            else:
                underliner.check_now()

    def ignore(self, key: str) -> None:
        self._ignored.setdefault(self.key, set()).add(key)
        self.recheck()
        self.ignoredChanged.emit()

    def is_idle(self) -> bool:
        return self._runner.is_idle()

    def shutdown(self) -> None:
        self._runner.shutdown()
