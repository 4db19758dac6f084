"""The main window's panes: the posting list on the left; on the right the welcome panel, the engine
notice and the pair editor (or a placeholder when no pair is open) above the problems panel.
The two splitters' sizes are kept in the settings as the user drags them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from editor.ui.engine_notice import EngineNotice
from editor.ui.settings import Settings
from editor.ui.welcome_panel import WelcomePanel


@dataclass(frozen=True)
class Panes:
    placeholder: QLabel  # shown instead of the pair editor when no pair is open
    stack: QStackedWidget  # the placeholder or the pair editor
    engine_notice: EngineNotice
    right: QSplitter  # the editors above the problems panel
    welcome: WelcomePanel
    main: QSplitter  # the list beside the rest


def arrange_panes(window, settings: Settings) -> Panes:
    """The panes around ``window``'s list, pair editor and problems panel (made already), its
    central widget."""
    placeholder = QLabel(window)
    placeholder.setObjectName("placeholder")
    placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
    placeholder.setWordWrap(True)
    stack = QStackedWidget(window)
    stack.addWidget(placeholder)
    stack.addWidget(window.pair_editor)
    engine_notice = EngineNotice(settings, window)
    editing = _above(engine_notice, stack, window)  # the notice sits above the editors, outside the splitter
    right = QSplitter(Qt.Orientation.Vertical, window)
    right.setObjectName("editorSplitter")
    right.addWidget(editing)
    right.addWidget(window.problems)
    right.setStretchFactor(0, 4)
    right.setStretchFactor(1, 1)
    welcome = WelcomePanel(window.app_actions["open"], window)
    welcome.hide()
    welcome.dismissed.connect(lambda: settings.set_welcome_dismissed(True))
    right_area = _above(welcome, right, window)
    main = QSplitter(Qt.Orientation.Horizontal, window)
    main.setObjectName("mainSplitter")
    main.addWidget(window.posting_list)
    main.addWidget(right_area)
    main.setStretchFactor(1, 1)
    main.setChildrenCollapsible(False)
    window.setCentralWidget(main)
    for splitter, name, default in ((main, "main", [280, 1000]), (right, "editor", [540, 190])):
        splitter.setSizes(settings.splitter_sizes(name) or default)
        splitter.splitterMoved.connect(
            lambda *_, s=splitter, n=name: settings.set_splitter_sizes(n, s.sizes()))
    return Panes(placeholder, stack, engine_notice, right, welcome, main)


def _above(banner: QWidget, main: QWidget, parent: QWidget) -> QWidget:
    """``banner`` (shown when it has something to say) above ``main``, which takes the rest of the height."""
    area = QWidget(parent)
    layout = QVBoxLayout(area)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(banner)
    layout.addWidget(main, 1)
    return area
