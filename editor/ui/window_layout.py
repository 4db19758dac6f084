"""The main window's panes: the posting list on the left; on the right the welcome panel (made when
first shown), the engine notice and the pair editor (or a placeholder when no pair is open) above
the problems panel. The two splitters' sizes are kept in the settings as the user drags them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from editor.ui.engine_notice import EngineNotice
from editor.ui.find_bar import FindReplaceBar
from editor.ui.focus_ring import ring_focusable_areas
from editor.ui.settings import Settings
from editor.ui.welcome_panel import WelcomePanel


@dataclass(frozen=True)
class PaneFrame:
    """The splitters and areas the list, the pair editor and the problems panel are made in."""

    main: QSplitter  # the list beside the rest
    right_area: QWidget  # the right splitter, below the welcome panel once it is shown
    right: QSplitter  # the editors above the problems panel
    editing: QWidget  # the engine notice above the stack
    stack: QStackedWidget  # the placeholder or the pair editor
    placeholder: QLabel  # shown instead of the pair editor when no pair is open


@dataclass(frozen=True)
class Panes:
    placeholder: QLabel
    stack: QStackedWidget
    engine_notice: EngineNotice
    right: QSplitter
    right_area: QWidget
    main: QSplitter


def pane_frame(window) -> PaneFrame:
    """The panes' splitters and areas, for ``window``'s list, pair editor and problems panel to be made
    in: a big widget made elsewhere and moved into a splitter cost as much again as its place there.
    Only widgets that take no focus are made here, so the Tab order stays the order the focusable
    parts are made in."""
    main = QSplitter(Qt.Orientation.Horizontal, window)
    main.setObjectName("mainSplitter")
    right_area = QWidget(main)
    right = QSplitter(Qt.Orientation.Vertical, right_area)
    right.setObjectName("editorSplitter")
    editing = QWidget(right)  # the notice sits above the editors, outside the splitter
    stack = QStackedWidget(editing)
    placeholder = QLabel(stack)
    placeholder.setObjectName("placeholder")
    placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
    placeholder.setWordWrap(True)
    stack.addWidget(placeholder)
    for area, below in ((editing, stack), (right_area, right)):
        layout = QVBoxLayout(area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(below, 1)
    return PaneFrame(main, right_area, right, editing, stack, placeholder)


def arrange_panes(window, frame: PaneFrame, settings: Settings) -> Panes:
    """``window``'s list, pair editor and problems panel (made in ``frame`` already) in their places,
    the engine notice above the editors; the main splitter becomes the window's central widget."""
    frame.stack.addWidget(window.pair_editor)
    engine_notice = EngineNotice(settings, frame.editing)  # made after the panels: its button comes after them
    layout = frame.editing.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.insertWidget(0, engine_notice)
    main, right = frame.main, frame.right
    right.insertWidget(0, frame.editing)
    right.insertWidget(1, window.problems)
    right.setStretchFactor(0, 4)
    right.setStretchFactor(1, 1)
    main.insertWidget(0, window.posting_list)
    main.insertWidget(1, frame.right_area)
    main.setStretchFactor(1, 1)
    main.setChildrenCollapsible(False)
    window.setCentralWidget(main)
    for splitter, name, default in ((main, "main", [280, 1000]), (right, "editor", [540, 190])):
        splitter.setSizes(settings.splitter_sizes(name) or default)
        splitter.splitterMoved.connect(
            lambda *_, s=splitter, n=name: settings.set_splitter_sizes(n, s.sizes()))
    return Panes(frame.placeholder, frame.stack, engine_notice, right, frame.right_area, main)


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
    place_before([welcome.open_button, welcome.close_button], window.problems.tree)
    return welcome


def place_before(widgets: list[QWidget] | tuple[QWidget, ...], widget: QWidget) -> None:
    """Put ``widgets``, in that order, just before ``widget`` in Tab's order (parts made after the
    window, whose widgets Qt puts last)."""
    # Qt orders only widgets that take the focus; the chain is a ring, so one is always found.
    before = cast(QWidget, widget.previousInFocusChain())
    while before.focusPolicy() == Qt.FocusPolicy.NoFocus or any(before is w or w.isAncestorOf(before) for w in widgets):
        before = cast(QWidget, before.previousInFocusChain())
    for moved in widgets:
        QWidget.setTabOrder(before, moved)
        before = moved


def part_made(window, part: QWidget) -> None:
    """A part of the pair editor made when first used: its focus rings, and for the find bar its
    messages in the status bar and its place in the Tab order (after the columns, before the engine
    notice and the problems)."""
    ring_focusable_areas(part)  # Fusion marks a focused line edit, not a focused text or list
    if isinstance(part, FindReplaceBar):
        part.message_changed.connect(lambda text: window.statusBar().showMessage(text, 4000))
        place_before(part.tab_chain(), window.engine_notice.dismiss)
