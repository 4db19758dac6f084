"""Every user command of the application, declared once.

``AppActions`` only creates and labels the ``QAction`` objects; it has no
behaviour. The main window adds them to its menus and toolbars (and to itself,
so that their shortcuts work while any child widget has focus) and connects
their ``triggered``/``toggled`` signals.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

# Marks a text for lupdate and gives it back unchanged; PySide's stubs say it returns object.
QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)

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
    # A short label for toolbar buttons (the menus keep ``text``), so the toolbar fits at 1280 px
    # in both languages; the tooltip still gives the whole text and the shortcut.
    icon_text: str | None = None


def _quit_fallback() -> str | None:
    # Windows has no quit shortcut by convention (Alt+F4 closes the window);
    # elsewhere Ctrl+Q (Cmd+Q on macOS) is what users expect when the
    # platform theme offers none.
    return None if sys.platform.startswith("win") else "Ctrl+Q"


# The context is spelled out in every QT_TRANSLATE_NOOP call because lupdate
# only reads string literals there.
ACTIONS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec("open", QT_TRANSLATE_NOOP("AppActions", "&Open Site Folder…"),
               QT_TRANSLATE_NOOP("AppActions", "Open the folder of a Hugo site to edit its job postings"),
               _Std.Open,
               icon_text=QT_TRANSLATE_NOOP("AppActions", "Open")),
    ActionSpec("open_file", QT_TRANSLATE_NOOP("AppActions", "Open &File…"),
               QT_TRANSLATE_NOOP("AppActions", "Open one posting file and its translation"),
               fallback="Ctrl+Shift+O"),
    ActionSpec("new", QT_TRANSLATE_NOOP("AppActions", "&New Posting…"),
               QT_TRANSLATE_NOOP("AppActions", "Create a new job posting in English and French"),
               _Std.New,
               icon_text=QT_TRANSLATE_NOOP("AppActions", "New")),
    ActionSpec("new_from_current", QT_TRANSLATE_NOOP("AppActions", "New Posting from T&his One…"),
               QT_TRANSLATE_NOOP("AppActions", "Start a new job posting from the open one's text and fields, in both languages"),
               fallback="Ctrl+Shift+N"),
    ActionSpec("save", QT_TRANSLATE_NOOP("AppActions", "&Save"),
               QT_TRANSLATE_NOOP("AppActions", "Save both language versions of the current posting"),
               _Std.Save,
               icon_text=QT_TRANSLATE_NOOP("AppActions", "Save")),
    ActionSpec("revert", QT_TRANSLATE_NOOP("AppActions", "Re&vert to Saved"),
               QT_TRANSLATE_NOOP("AppActions", "Discard unsaved changes to the current posting"),
               icon_text=QT_TRANSLATE_NOOP("AppActions", "Revert")),
    ActionSpec("archive", QT_TRANSLATE_NOOP("AppActions", "&Archived"),
               QT_TRANSLATE_NOOP("AppActions", "Mark the posting, in both languages, as no longer accepting applications"),
               checkable=True),
    ActionSpec("export", QT_TRANSLATE_NOOP("AppActions", "&Export to Site…"),
               QT_TRANSLATE_NOOP("AppActions", "Copy finished postings into the website's folder, with a preview of every change first"),
               fallback="Ctrl+Shift+E",
               icon_text=QT_TRANSLATE_NOOP("AppActions", "Export")),
    ActionSpec("review", QT_TRANSLATE_NOOP("AppActions", "Revie&w Copy…"),
               QT_TRANSLATE_NOOP("AppActions", "Save both languages side by side as a PDF or HTML page for approval"),
               fallback="Ctrl+Shift+R"),
    ActionSpec("print", QT_TRANSLATE_NOOP("AppActions", "&Print…"),
               QT_TRANSLATE_NOOP("AppActions", "Print both languages side by side for approval"),
               _Std.Print, fallback="Ctrl+P"),
    ActionSpec("export_translation", QT_TRANSLATE_NOOP("AppActions", "Export for &Translation…"),
               QT_TRANSLATE_NOOP("AppActions", "Save the current posting as an XLIFF file for a translator's CAT tool (Trados, memoQ, OmegaT)")),
    ActionSpec("import_translation", QT_TRANSLATE_NOOP("AppActions", "I&mport Translation…"),
               QT_TRANSLATE_NOOP("AppActions", "Write a translated XLIFF file into the posting of the other language")),
    ActionSpec("close", QT_TRANSLATE_NOOP("AppActions", "&Close Site"),
               QT_TRANSLATE_NOOP("AppActions", "Close the open site"),
               _Std.Close),
    ActionSpec("quit", QT_TRANSLATE_NOOP("AppActions", "&Quit"),
               QT_TRANSLATE_NOOP("AppActions", "Quit the application"),
               _Std.Quit, fallback=_quit_fallback(), menu_role=QAction.MenuRole.QuitRole),
    # Edit
    ActionSpec("undo", QT_TRANSLATE_NOOP("AppActions", "&Undo"),
               QT_TRANSLATE_NOOP("AppActions", "Undo the last change in the focused text"),
               _Std.Undo),
    ActionSpec("redo", QT_TRANSLATE_NOOP("AppActions", "&Redo"),
               QT_TRANSLATE_NOOP("AppActions", "Redo the last undone change in the focused text"),
               _Std.Redo),
    ActionSpec("cut", QT_TRANSLATE_NOOP("AppActions", "Cu&t"),
               QT_TRANSLATE_NOOP("AppActions", "Move the selected text to the clipboard"),
               _Std.Cut),
    ActionSpec("copy", QT_TRANSLATE_NOOP("AppActions", "&Copy"),
               QT_TRANSLATE_NOOP("AppActions", "Copy the selected text to the clipboard"),
               _Std.Copy),
    ActionSpec("paste", QT_TRANSLATE_NOOP("AppActions", "&Paste"),
               QT_TRANSLATE_NOOP("AppActions", "Insert the clipboard's text"),
               _Std.Paste),
    ActionSpec("find", QT_TRANSLATE_NOOP("AppActions", "&Find…"),
               QT_TRANSLATE_NOOP("AppActions", "Search the focused text"),
               _Std.Find),
    ActionSpec("find_next", QT_TRANSLATE_NOOP("AppActions", "Find &Next"),
               QT_TRANSLATE_NOOP("AppActions", "Go to the next match"),
               _Std.FindNext),
    ActionSpec("find_previous", QT_TRANSLATE_NOOP("AppActions", "Find Pre&vious"),
               QT_TRANSLATE_NOOP("AppActions", "Go to the previous match"),
               _Std.FindPrevious),
    ActionSpec("replace", QT_TRANSLATE_NOOP("AppActions", "R&eplace…"),
               QT_TRANSLATE_NOOP("AppActions", "Search and replace in the focused text"),
               _Std.Replace, fallback="Ctrl+H"),
    ActionSpec("go_to_line", QT_TRANSLATE_NOOP("AppActions", "&Go to Line…"),
               QT_TRANSLATE_NOOP("AppActions", "Move the cursor to a line number"),
               fallback="Ctrl+L"),
    ActionSpec("next_problem", QT_TRANSLATE_NOOP("AppActions", "Ne&xt Problem"),
               QT_TRANSLATE_NOOP("AppActions", "Go to the next error or warning"),
               fallback="F8"),
    ActionSpec("previous_problem", QT_TRANSLATE_NOOP("AppActions", "Previous Pro&blem"),
               QT_TRANSLATE_NOOP("AppActions", "Go to the previous error or warning"),
               fallback="Shift+F8"),
    ActionSpec("fix_typography", QT_TRANSLATE_NOOP("AppActions", "Fix T&ypography"),
               QT_TRANSLATE_NOOP("AppActions", "Apply every typography fix the checks offer to both language versions"),
               fallback="Ctrl+Shift+T"),
    # Moving between the parts of the window from the keyboard
    ActionSpec("next_body", QT_TRANSLATE_NOOP("AppActions", "&Other Language's Text"),
               QT_TRANSLATE_NOOP("AppActions", "Move to the other language's body text, where its cursor was"),
               fallback="Ctrl+Tab"),
    ActionSpec("previous_body", QT_TRANSLATE_NOOP("AppActions", "Other Language's Te&xt (Back)"),
               QT_TRANSLATE_NOOP("AppActions", "Move to the other language's body text, where its cursor was"),
               fallback="Ctrl+Shift+Tab"),
    ActionSpec("next_pane", QT_TRANSLATE_NOOP("AppActions", "Next Pa&ne"),
               QT_TRANSLATE_NOOP("AppActions", "Move to the next part of the window: list, fields, text, problems"),
               fallback="F6"),
    ActionSpec("previous_pane", QT_TRANSLATE_NOOP("AppActions", "Pre&vious Pane"),
               QT_TRANSLATE_NOOP("AppActions", "Move to the previous part of the window: problems, text, fields, list"),
               fallback="Shift+F6"),
    # Format (on the selection in the focused body)
    ActionSpec("bold", QT_TRANSLATE_NOOP("AppActions", "&Bold"),
               QT_TRANSLATE_NOOP("AppActions", "Make the selected text bold, or remove its bold"),
               _Std.Bold, fallback="Ctrl+B"),
    ActionSpec("italic", QT_TRANSLATE_NOOP("AppActions", "&Italics"),
               QT_TRANSLATE_NOOP("AppActions", "Put the selected text in italics, or remove its italics"),
               _Std.Italic, fallback="Ctrl+I"),
    ActionSpec("link", QT_TRANSLATE_NOOP("AppActions", "&Link…"),
               QT_TRANSLATE_NOOP("AppActions", "Make the selected text a link and type its address"),
               fallback="Ctrl+K"),
    ActionSpec("heading2", QT_TRANSLATE_NOOP("AppActions", "&Heading"),
               QT_TRANSLATE_NOOP("AppActions", "Make the current line a section heading (##), or a paragraph again"),
               fallback="Ctrl+2"),
    ActionSpec("heading3", QT_TRANSLATE_NOOP("AppActions", "&Subheading"),
               QT_TRANSLATE_NOOP("AppActions", "Make the current line a subheading (###), or a paragraph again"),
               fallback="Ctrl+3"),
    ActionSpec("bullet_list", QT_TRANSLATE_NOOP("AppActions", "Bulleted Lis&t"),
               QT_TRANSLATE_NOOP("AppActions", "Start each selected line with a bullet (-), or remove the bullets"),
               fallback="Ctrl+Shift+8"),
    ActionSpec("numbered_list", QT_TRANSLATE_NOOP("AppActions", "&Numbered List"),
               QT_TRANSLATE_NOOP("AppActions", "Number the selected lines (1. 2. 3.), or remove the numbers"),
               fallback="Ctrl+Shift+7"),
    # View
    ActionSpec("toggle_preview", QT_TRANSLATE_NOOP("AppActions", "Show &Preview"),
               QT_TRANSLATE_NOOP("AppActions", "Show or hide the preview of the page as the site will show it"),
               fallback="Ctrl+Shift+P", checkable=True,
               icon_text=QT_TRANSLATE_NOOP("AppActions", "Preview")),
    ActionSpec("preview_below", QT_TRANSLATE_NOOP("AppActions", "Preview &Below Text"),
               QT_TRANSLATE_NOOP("AppActions", "Place the preview under the text instead of beside it"),
               checkable=True),
    ActionSpec("preview_auto", QT_TRANSLATE_NOOP("AppActions", "Place Preview to &Fit the Window"),
               QT_TRANSLATE_NOOP("AppActions", "Put the preview beside the text on wide windows and below it "
                                               "where the text would wrap too short"),
               checkable=True),
    ActionSpec("swap_columns", QT_TRANSLATE_NOOP("AppActions", "&Swap Language Columns"),
               QT_TRANSLATE_NOOP("AppActions", "Show French on the left and English on the right, or the reverse"),
               icon_text=QT_TRANSLATE_NOOP("AppActions", "Swap")),
    ActionSpec("sync_scroll", QT_TRANSLATE_NOOP("AppActions", "S&ynchronize Scrolling"),
               QT_TRANSLATE_NOOP("AppActions", "Scroll the English and French texts, and each text and its preview, together"),
               checkable=True),
    ActionSpec("line_numbers", QT_TRANSLATE_NOOP("AppActions", "&Line Numbers"),
               QT_TRANSLATE_NOOP("AppActions", "Show line numbers beside the text"),
               checkable=True),
    ActionSpec("source_changes", QT_TRANSLATE_NOOP("AppActions", "What &Changed in the Source…"),
               QT_TRANSLATE_NOOP("AppActions", "Show, word by word, how the source text changed since the translation was last saved")),
    ActionSpec("compare_committed", QT_TRANSLATE_NOOP("AppActions", "Compare with Last Co&mmit…"),
               QT_TRANSLATE_NOOP("AppActions", "Show, line by line, what the posting's texts change from the version git last committed")),
    ActionSpec("reload_site", QT_TRANSLATE_NOOP("AppActions", "&Reload Site"),
               QT_TRANSLATE_NOOP("AppActions", "Read the site's postings again, with what other programs added, deleted or renamed"),
               fallback="F5"),
    ActionSpec("preview_site", QT_TRANSLATE_NOOP("AppActions", "Preview on Si&te"),
               QT_TRANSLATE_NOOP("AppActions", "Show the saved posting on the real site in your browser (runs Hugo)"),
               fallback="Ctrl+Shift+B",
               icon_text=QT_TRANSLATE_NOOP("AppActions", "On Site")),
    # Tools
    ActionSpec("glossary", QT_TRANSLATE_NOOP("AppActions", "&Glossary…"),
               QT_TRANSLATE_NOOP("AppActions", "Edit the site's English–French term pairs that the checks compare")),
    ActionSpec("make_templates", QT_TRANSLATE_NOOP("AppActions", "Make Site &Templates from This Posting…"),
               QT_TRANSLATE_NOOP("AppActions", "Make the site's templates for new postings from the open posting and "
                                               "its translation")),
    ActionSpec("suggestion_1", QT_TRANSLATE_NOOP("AppActions", "Insert Suggestion &1"),
               QT_TRANSLATE_NOOP("AppActions", "Put the first translation-memory suggestion in place of the block under the cursor"),
               fallback="Alt+1"),
    ActionSpec("suggestion_2", QT_TRANSLATE_NOOP("AppActions", "Insert Suggestion &2"),
               QT_TRANSLATE_NOOP("AppActions", "Put the second translation-memory suggestion in place of the block under the cursor"),
               fallback="Alt+2"),
    ActionSpec("suggestion_3", QT_TRANSLATE_NOOP("AppActions", "Insert Suggestion &3"),
               QT_TRANSLATE_NOOP("AppActions", "Put the third translation-memory suggestion in place of the block under the cursor"),
               fallback="Alt+3"),
    # Interface language (View ▸ Language)
    ActionSpec("language_system", QT_TRANSLATE_NOOP("AppActions", "Same as &System"),
               QT_TRANSLATE_NOOP("AppActions", "Use the language of the operating system for menus and messages"),
               checkable=True, group="language"),
    ActionSpec("language_en", "&English",
               QT_TRANSLATE_NOOP("AppActions", "Show menus and messages in English"),
               checkable=True, group="language", translatable=False),
    ActionSpec("language_fr", "&Français",
               QT_TRANSLATE_NOOP("AppActions", "Show menus and messages in French"),
               checkable=True, group="language", translatable=False),
    # Help
    ActionSpec("open_log", QT_TRANSLATE_NOOP("AppActions", "Open &Log Folder"),
               QT_TRANSLATE_NOOP("AppActions", "Show the folder of the log, where errors are written, to attach it to a report")),
    ActionSpec("about", QT_TRANSLATE_NOOP("AppActions", "&About Posting Editor"),
               QT_TRANSLATE_NOOP("AppActions", "Version and licence of this application"),
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

    def __init__(self, parent: QObject | None = None, *, translated: bool = True) -> None:
        """``translated=False`` leaves the texts to the caller's ``retranslate()`` (the main window
        says all its texts at the end of its construction: once, not twice)."""
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
        if translated:
            self.retranslate()

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def __contains__(self, action_id: object) -> bool:
        return action_id in self._actions

    def __iter__(self):
        return iter(self._actions.values())

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
            if spec.icon_text:
                action.setIconText(_translate(spec.icon_text))
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
