"""Every user command of the application, declared once.

``AppActions`` only creates and labels the ``QAction`` objects; it has no
behaviour. The main window adds them to its menus and toolbars (and to itself,
so that their shortcuts work while any child widget has focus) and connects
their ``triggered``/``toggled`` signals.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

_CONTEXT = "AppActions"
_Std = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    """How one action looks: texts are English source strings, translated on use."""

    id: str
    text: str
    status_tip: str
    standard_key: QKeySequence.StandardKey | None = None
    # Used when the platform has no binding for ``standard_key`` (or there is
    # no standard key for this command at all).
    fallback: str | None = None
    checkable: bool = False
    # Actions sharing a group name are mutually exclusive (radio items).
    group: str | None = None
    # Language names are shown in their own language, whatever the interface language.
    translatable: bool = True
    menu_role: QAction.MenuRole = QAction.MenuRole.NoRole


def _quit_fallback() -> str | None:
    # Windows has no quit shortcut by convention (Alt+F4 closes the window);
    # elsewhere Ctrl+Q (Cmd+Q on macOS) is what users expect when the
    # platform theme offers none.
    return None if sys.platform.startswith("win") else "Ctrl+Q"


_T = QT_TRANSLATE_NOOP

ACTIONS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec("open", _T(_CONTEXT, "&Open Site Folder…"),
               _T(_CONTEXT, "Open the folder of a Hugo site to edit its job postings"),
               _Std.Open),
    ActionSpec("open_file", _T(_CONTEXT, "Open &File…"),
               _T(_CONTEXT, "Open one posting file and its translation"),
               fallback="Ctrl+Shift+O"),
    ActionSpec("new", _T(_CONTEXT, "&New Posting…"),
               _T(_CONTEXT, "Create a new job posting in English and French"),
               _Std.New),
    ActionSpec("save", _T(_CONTEXT, "&Save"),
               _T(_CONTEXT, "Save both language versions of the current posting"),
               _Std.Save),
    ActionSpec("revert", _T(_CONTEXT, "Re&vert to Saved"),
               _T(_CONTEXT, "Discard unsaved changes to the current posting")),
    ActionSpec("archive", _T(_CONTEXT, "&Archived"),
               _T(_CONTEXT, "Mark the posting, in both languages, as no longer accepting applications"),
               checkable=True),
    ActionSpec("close", _T(_CONTEXT, "&Close Site"),
               _T(_CONTEXT, "Close the open site"),
               _Std.Close),
    ActionSpec("quit", _T(_CONTEXT, "&Quit"),
               _T(_CONTEXT, "Quit the application"),
               _Std.Quit, fallback=_quit_fallback(), menu_role=QAction.MenuRole.QuitRole),
    # Edit
    ActionSpec("undo", _T(_CONTEXT, "&Undo"),
               _T(_CONTEXT, "Undo the last change in the focused text"),
               _Std.Undo),
    ActionSpec("redo", _T(_CONTEXT, "&Redo"),
               _T(_CONTEXT, "Redo the last undone change in the focused text"),
               _Std.Redo),
    ActionSpec("cut", _T(_CONTEXT, "Cu&t"),
               _T(_CONTEXT, "Move the selected text to the clipboard"),
               _Std.Cut),
    ActionSpec("copy", _T(_CONTEXT, "&Copy"),
               _T(_CONTEXT, "Copy the selected text to the clipboard"),
               _Std.Copy),
    ActionSpec("paste", _T(_CONTEXT, "&Paste"),
               _T(_CONTEXT, "Insert the clipboard's text"),
               _Std.Paste),
    ActionSpec("find", _T(_CONTEXT, "&Find…"),
               _T(_CONTEXT, "Search the focused text"),
               _Std.Find),
    ActionSpec("find_next", _T(_CONTEXT, "Find &Next"),
               _T(_CONTEXT, "Go to the next match"),
               _Std.FindNext),
    ActionSpec("find_previous", _T(_CONTEXT, "Find Pre&vious"),
               _T(_CONTEXT, "Go to the previous match"),
               _Std.FindPrevious),
    ActionSpec("replace", _T(_CONTEXT, "R&eplace…"),
               _T(_CONTEXT, "Search and replace in the focused text"),
               _Std.Replace, fallback="Ctrl+H"),
    ActionSpec("go_to_line", _T(_CONTEXT, "&Go to Line…"),
               _T(_CONTEXT, "Move the cursor to a line number"),
               fallback="Ctrl+L"),
    ActionSpec("next_problem", _T(_CONTEXT, "Next &Problem"),
               _T(_CONTEXT, "Go to the next error or warning"),
               fallback="F8"),
    ActionSpec("previous_problem", _T(_CONTEXT, "Previous Pro&blem"),
               _T(_CONTEXT, "Go to the previous error or warning"),
               fallback="Shift+F8"),
    # View
    ActionSpec("toggle_preview", _T(_CONTEXT, "Show &Preview"),
               _T(_CONTEXT, "Show or hide the preview of the page as the site will show it"),
               fallback="Ctrl+Shift+P", checkable=True),
    ActionSpec("preview_below", _T(_CONTEXT, "Preview &Below Text"),
               _T(_CONTEXT, "Place the preview under the text instead of beside it"),
               checkable=True),
    ActionSpec("swap_columns", _T(_CONTEXT, "&Swap Language Columns"),
               _T(_CONTEXT, "Show French on the left and English on the right, or the reverse")),
    ActionSpec("sync_scroll", _T(_CONTEXT, "S&ynchronize Scrolling"),
               _T(_CONTEXT, "Scroll the English and French texts together"),
               checkable=True),
    ActionSpec("line_numbers", _T(_CONTEXT, "&Line Numbers"),
               _T(_CONTEXT, "Show line numbers beside the text"),
               checkable=True),
    # Interface language (View ▸ Language)
    ActionSpec("language_system", _T(_CONTEXT, "Same as &System"),
               _T(_CONTEXT, "Use the language of the operating system for menus and messages"),
               checkable=True, group="language"),
    ActionSpec("language_en", "&English",
               _T(_CONTEXT, "Show menus and messages in English"),
               checkable=True, group="language", translatable=False),
    ActionSpec("language_fr", "&Français",
               _T(_CONTEXT, "Show menus and messages in French"),
               checkable=True, group="language", translatable=False),
    # Help
    ActionSpec("about", _T(_CONTEXT, "&About Posting Editor"),
               _T(_CONTEXT, "Version and licence of this application"),
               menu_role=QAction.MenuRole.AboutRole),
)


def _translate(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class AppActions(QObject):
    """The application's ``QAction`` objects, created once and looked up by id.

    ``actions["save"]`` returns the action whose object name is ``action.save``.
    Language actions form an exclusive group (``group("language")``). Call
    ``retranslate()`` after installing another translator (the main window
    does it on ``QEvent.LanguageChange``).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("app_actions")
        self._actions: dict[str, QAction] = {}
        self._specs: dict[str, ActionSpec] = {}
        self._groups: dict[str, QActionGroup] = {}
        for spec in ACTIONS:
            action = QAction(self)
            action.setObjectName(f"action.{spec.id}")
            action.setCheckable(spec.checkable)
            action.setMenuRole(spec.menu_role)
            action.setShortcuts(shortcuts_for(spec))
            if spec.group:
                group = self._groups.get(spec.group)
                if group is None:
                    group = self._groups[spec.group] = QActionGroup(self)
                    group.setExclusive(True)
                group.addAction(action)
            self._actions[spec.id] = action
            self._specs[spec.id] = spec
        self.retranslate()

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def __contains__(self, action_id: object) -> bool:
        return action_id in self._actions

    def __iter__(self):
        return iter(self._actions.values())

    def ids(self) -> list[str]:
        """Action ids in declaration order (menu order within each menu)."""
        return list(self._actions)

    def group(self, name: str) -> QActionGroup:
        """The exclusive group ``name`` (only ``"language"`` so far)."""
        return self._groups[name]

    def retranslate(self) -> None:
        """Apply the texts of the currently installed translators to every action."""
        for action_id, action in self._actions.items():
            spec = self._specs[action_id]
            text = _translate(spec.text) if spec.translatable else spec.text
            tip = _translate(spec.status_tip)
            action.setText(text)
            action.setStatusTip(tip)
            # Tooltips show on toolbar buttons; include the shortcut so
            # mouse users learn it.
            plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{plain} ({shortcut})" if shortcut else plain)


def shortcuts_for(spec: ActionSpec) -> list[QKeySequence]:
    """The key sequences for ``spec`` on this platform (may be empty)."""
    if spec.standard_key is not None:
        bindings = QKeySequence.keyBindings(spec.standard_key)
        if bindings:
            return bindings
    if spec.fallback:
        return [QKeySequence(spec.fallback)]
    return []
