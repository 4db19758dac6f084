"""The problems panel and the Suggestions pane, below the editors: side by side in a window tall
enough, two tabs of the whole width in a short one.

On a 1366×768 laptop screen at 125 % or 150 % (1093×614 or 911×512 pixels), side by side left the
problems three rows of a few words each and cut their count mid-word ("Problems: 2 errors, 1 …"); as
tabs the problems get the whole width, and the tab's name keeps their count in sight while the
suggestions are in front. Which tab is in front is kept in the settings, as the splitters' sizes are.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QSplitter, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from editor.ui.problems_panel import ProblemsPanel
from editor.ui.settings import Settings

COMPACT_HEIGHT = 640  # window heights (device-independent pixels) below which the two are tabs
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
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("problemsTabs")
        self.tabs.setDocumentMode(True)  # no frame around a frame: the list has its own
        self.tabs.currentChanged.connect(self._tab_chosen)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        problems.countChanged.connect(lambda _count: self._name_tabs())
        self._window: QObject | None = None

    def follow_height_of(self, window: QWidget) -> None:
        """Side by side or tabs as ``window`` is tall or short, now and whenever it is resized."""
        self._window = window
        window.installEventFilter(self)
        self.set_tabbed(window.height() < COMPACT_HEIGHT)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self._window and event.type() == QEvent.Type.Resize:
            self.set_tabbed(event.size().height() < COMPACT_HEIGHT)
        return super().eventFilter(watched, event)

    def is_tabbed(self) -> bool:
        return self.stack.currentWidget() is self.tabs

    def set_tabbed(self, tabbed: bool) -> None:
        if tabbed == self.is_tabbed():
            return
        focus = self.focusWidget() if self.isAncestorOf(self.focusWidget()) else None
        if tabbed:
            self.tabs.blockSignals(True)
            self.tabs.addTab(self.problems, "")
            self.tabs.addTab(self.suggestions, "")
            self.tabs.setCurrentIndex(_TABS.index(self.settings.problems_tab()))
            self.tabs.blockSignals(False)
            self.stack.setCurrentWidget(self.tabs)
        else:
            self.tabs.blockSignals(True)
            self.tabs.clear()  # removes the pages, leaves the widgets
            self.tabs.blockSignals(False)
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

    def _give_sizes(self) -> None:
        """The sizes the user last gave side by side, or the default."""
        # Two sevenths of the width by default: at its least width a suggestion showed four words a line
        # in a box a hand high, too little to compare three translations and choose one.
        self.splitter.setSizes(self.settings.splitter_sizes("problems") or [5000, 2000])

    def reveal(self, widget: QWidget) -> None:
        """Bring the tab holding ``widget`` to the front (the keyboard going to the problems, F6)."""
        if not self.is_tabbed():
            return
        for page in (self.problems, self.suggestions):
            if page is widget or page.isAncestorOf(widget):
                self.tabs.setCurrentWidget(page)

    def _tab_chosen(self, index: int) -> None:
        if 0 <= index < len(_TABS):
            self.settings.set_problems_tab(_TABS[index])

    def _name_tabs(self) -> None:
        if not self.is_tabbed():
            return
        count = len(self.problems.problems())
        self.tabs.setTabText(0, self.tr("Problems (%1)").replace("%1", str(count)) if count else self.tr("Problems"))
        self.tabs.setTabText(1, self.tr("Suggestions"))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._name_tabs()
        super().changeEvent(event)
