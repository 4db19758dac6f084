"""The problems panel and the Suggestions pane, below the editors: side by side in a window tall
enough, two tabs of the whole width in a short one (``editor.ui.short_window`` decides).

On a 1366×768 laptop screen at 125 % or 150 % (1093×614 or 911×512 pixels), side by side left the
problems three rows of a few words each and cut their count mid-word ("Problems: 2 errors, 1 …"). As
tabs, the problems get the whole width, their filters and Fix sit beside the tabs instead of on a row
of their own, and the tab's name keeps their count in sight (the whole count in its tooltip). Which
tab is in front is kept in the settings, as the splitters' sizes are.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QStackedWidget, QTabBar, QVBoxLayout, QWidget

from editor.ui.problems_panel import ProblemsPanel
from editor.ui.settings import Settings

_TABS = ("problems", "suggestions")


class ProblemsArea(QWidget):
    def __init__(self, problems: ProblemsPanel, suggestions: QWidget, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsArea")
        self.problems, self.suggestions, self.settings = problems, suggestions, settings
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("problemsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(problems)
        self.splitter.addWidget(suggestions)
        self._give_sizes()
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.splitterMoved.connect(lambda *_: settings.set_splitter_sizes("problems", self.splitter.sizes()))
        # Tabs of the whole width: a tab bar, the problems' filters and Fix on the same row (not a row
        # of their own), then the page in front.
        self.tabs = QWidget(self)
        self.tabs.setObjectName("problemsTabs")
        self.tab_bar = QTabBar(self.tabs)
        self.tab_bar.setObjectName("problemsTabs.bar")
        self.tab_bar.setDocumentMode(True)
        self.tab_bar.setUsesScrollButtons(False)  # both names whole: the filters give way instead
        self.tab_bar.setExpanding(False)
        self.tab_bar.addTab("")
        self.tab_bar.addTab("")
        self.corner = QHBoxLayout()
        self.corner.setContentsMargins(6, 0, 4, 0)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.tab_bar, 0, Qt.AlignmentFlag.AlignBottom)
        row.addLayout(self.corner, 1)
        self.pages = QStackedWidget(self.tabs)
        tabbed = QVBoxLayout(self.tabs)
        tabbed.setContentsMargins(0, 0, 0, 0)
        tabbed.setSpacing(2)
        tabbed.addLayout(row)
        tabbed.addWidget(self.pages, 1)
        self.tab_bar.currentChanged.connect(self._tab_chosen)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        problems.countChanged.connect(lambda _count: self._name_tabs())
        # F8 from the text goes to a problem: its row is shown, over the suggestions if need be.
        problems.problemSaid.connect(lambda _message: self.reveal(problems.tree))

    def is_tabbed(self) -> bool:
        return self.stack.currentWidget() is self.tabs

    def set_tabbed(self, tabbed: bool) -> None:
        if tabbed == self.is_tabbed():
            return
        focus = self.focusWidget() if self.isAncestorOf(self.focusWidget()) else None
        if tabbed:
            self.pages.addWidget(self.problems)
            self.pages.addWidget(self.suggestions)
            self.problems.summary.hide()  # the tab says the count
            self.problems.set_narrow_filters(True)
            self.corner.addWidget(self.problems.controls)
            self.stack.setCurrentWidget(self.tabs)
            with QSignalBlocker(self.tab_bar):
                self.tab_bar.setCurrentIndex(_TABS.index(self.settings.problems_tab()))
            self._tab_chosen(self.tab_bar.currentIndex())
        else:
            self.problems.set_narrow_filters(False)
            self.problems.take_back_controls()
            self.splitter.addWidget(self.problems)
            self.splitter.addWidget(self.suggestions)
            self.problems.show()
            self.suggestions.show()
            self._give_sizes()
            self.stack.setCurrentWidget(self.splitter)
        self._name_tabs()
        if focus is not None:
            self.reveal(focus)
            focus.setFocus()

    def reveal(self, widget: QWidget) -> None:
        """Bring the tab holding ``widget`` to the front (the keyboard going to the problems, F6)."""
        if not self.is_tabbed():
            return
        for page in (self.problems, self.suggestions):
            if page is widget or page.isAncestorOf(widget):
                self.tab_bar.setCurrentIndex(self.pages.indexOf(page))

    def _give_sizes(self) -> None:
        """The sizes the user last gave side by side, or the default."""
        # Two sevenths of the width by default: at its least width a suggestion showed four words a line
        # in a box a hand high, too little to compare three translations and choose one.
        self.splitter.setSizes(self.settings.splitter_sizes("problems") or [5000, 2000])

    def _tab_chosen(self, index: int) -> None:
        if not 0 <= index < len(_TABS):
            return
        self.settings.set_problems_tab(_TABS[index])
        self.pages.setCurrentIndex(index)
        # The problems' filters beside the suggestions would seem to filter them.
        self.problems.controls.setVisible(index == 0)

    def _name_tabs(self) -> None:
        if not self.is_tabbed():
            return
        count = str(len(self.problems.problems())) if not self.problems.checks_failed() else "?"
        self.tab_bar.setTabText(0, self.tr("Problems (%1)").replace("%1", count))
        self.tab_bar.setTabToolTip(0, self.problems.summary_text())
        self.tab_bar.setTabText(1, self.tr("Suggestions"))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._name_tabs()
        super().changeEvent(event)
