"""The main window's panes: the posting list on the left; on the right the welcome panel (made when
first shown), the engine notice and the pair editor (or a placeholder when no pair is open) above
the problems panel. The two splitters' sizes are kept in the settings as the user drags them."""

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
    right_area: QWidget  # the right splitter, below the welcome panel once it is shown
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
    right_area = _above(None, right, window)
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
    return Panes(placeholder, stack, engine_notice, right, right_area, main)


def add_welcome(window, panes: Panes, settings: Settings) -> WelcomePanel:
    """The first run's welcome, hidden, above the right-hand side (made when first wanted: most
    windows never show it)."""
    welcome = WelcomePanel(window.app_actions["open"], panes.right_area)
    welcome.hide()
    welcome.dismissed.connect(lambda: settings.set_welcome_dismissed(True))
    layout = panes.right_area.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.insertWidget(0, welcome)
    # Tab reaches its buttons after the editors and before the problems, where they were when every
    # window made the panel before its problems panel was put in place (made later, they came last).
    before = window.problems.tree.previousInFocusChain()
    while before.focusPolicy() == Qt.FocusPolicy.NoFocus:  # Qt orders only widgets that take the focus
        before = before.previousInFocusChain()
    QWidget.setTabOrder(before, welcome.open_button)
    QWidget.setTabOrder(welcome.open_button, welcome.close_button)
    return welcome


def _above(banner: QWidget | None, main: QWidget, parent: QWidget) -> QWidget:
    """``banner`` (shown when it has something to say) above ``main``, which takes the rest of the height."""
    area = QWidget(parent)
    layout = QVBoxLayout(area)
    layout.setContentsMargins(0, 0, 0, 0)
    if banner is not None:
        layout.addWidget(banner)
    layout.addWidget(main, 1)
    return area
