"""The main window's menus and toolbar, laid out from the actions ``AppActions`` declares."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar

from editor.ui.actions import AppActions
from editor.ui.icon_cache import IconCache
from editor.ui.settings import Settings

LANGUAGE_ACTIONS = {"language_system": "system", "language_en": "en", "language_fr": "fr"}
# Theme icon names first (Linux desktops), the style's own pictures otherwise.
_ICONS = {"open": ("document-open", QStyle.StandardPixmap.SP_DirOpenIcon),
          "new": ("document-new", QStyle.StandardPixmap.SP_FileIcon),
          "save": ("document-save", QStyle.StandardPixmap.SP_DialogSaveButton),
          "revert": ("document-revert", QStyle.StandardPixmap.SP_BrowserReload),
          "toggle_preview": ("view-preview", QStyle.StandardPixmap.SP_FileDialogContentsView),
          "swap_columns": ("object-flip-horizontal", QStyle.StandardPixmap.SP_ArrowRight),
          "export": ("document-send", QStyle.StandardPixmap.SP_ArrowUp),
          "preview_site": ("internet-web-browser", QStyle.StandardPixmap.SP_DriveNetIcon)}

_MADE_ICONS = IconCache()  # (action, style's name) -> icon: made once a process, not a window


def _toolbar_icon(action_id: str, window: QMainWindow) -> QIcon:
    """The theme's icon (it follows a change of theme by itself), or the style's picture."""
    style = window.style()
    theme, fallback = _ICONS[action_id]
    return _MADE_ICONS.get((action_id, style.name()), lambda: QIcon.fromTheme(theme, style.standardIcon(fallback)))


class WindowMenus(QObject):
    """File, Edit, View (with the interface language), Help, the recent sites and the toolbar."""

    def __init__(self, window: QMainWindow, actions: AppActions, settings: Settings,
                 open_site: Callable[[str], object]) -> None:
        super().__init__(window)
        self._settings = settings
        self._open_site = open_site
        a = actions
        bar = window.menuBar()
        self.file = bar.addMenu("")
        self.file.setObjectName("menu.file")
        self.recent = QMenu(window)
        self.recent.setObjectName("menu.recent")
        self.recent.aboutToShow.connect(self.fill_recent)
        self.file.addActions([a["open"], a["open_file"]])
        self.file.addMenu(self.recent)
        self.file.addSeparator()
        self.file.addActions([a["new"], a["new_from_current"], a["save"], a["revert"]])
        self.file.addSeparator()
        self.file.addAction(a["archive"])
        self.file.addSeparator()
        self.file.addAction(a["export"])
        self.file.addActions([a["review"], a["print"]])
        self.file.addSeparator()
        self.file.addActions([a["export_translation"], a["import_translation"]])
        self.file.addSeparator()
        self.file.addActions([a["close"], a["quit"]])
        self.edit = bar.addMenu("")
        self.edit.setObjectName("menu.edit")
        for group in (("undo", "redo"), ("cut", "copy", "paste"),
                      ("find", "find_next", "find_previous", "replace", "go_to_line"),
                      ("next_problem", "previous_problem", "fix_typography")):
            self.edit.addActions([a[i] for i in group])
            self.edit.addSeparator()
        self.format = bar.addMenu("")
        self.format.setObjectName("menu.format")
        self.format.addActions([a["bold"], a["italic"], a["link"]])
        self.format.addSeparator()
        self.format.addActions([a["heading2"], a["heading3"], a["bullet_list"], a["numbered_list"]])
        self.view = bar.addMenu("")
        self.view.setObjectName("menu.view")
        self.view.addActions([a["toggle_preview"], a["preview_auto"], a["preview_below"], a["swap_columns"],
                              a["sync_scroll"], a["line_numbers"]])
        self.view.addSeparator()
        self.view.addActions([a["next_body"], a["previous_body"], a["next_pane"], a["previous_pane"]])
        self.view.addSeparator()
        self.view.addActions([a["source_changes"], a["compare_committed"], a["preview_site"], a["reload_site"]])
        self.view.addSeparator()
        self.language = self.view.addMenu("")
        self.language.setObjectName("menu.language")
        self.language.addActions([a[i] for i in LANGUAGE_ACTIONS])
        self.tools = bar.addMenu("")
        self.tools.setObjectName("menu.tools")
        self.tools.addActions([a["glossary"], a["make_templates"]])
        self.tools.addSeparator()
        self.tools.addActions([a["suggestion_1"], a["suggestion_2"], a["suggestion_3"]])
        self.help = bar.addMenu("")
        self.help.setObjectName("menu.help")
        self.help.addAction(a["open_log"])
        self.help.addSeparator()
        self.help.addAction(a["about"])
        a["toggle_preview"].setChecked(settings.preview_visible())
        a["preview_auto"].setChecked(settings.preview_position() == "auto")
        a["preview_below"].setChecked(settings.preview_position() == "below")
        a["sync_scroll"].setChecked(settings.sync_scroll())
        a["line_numbers"].setChecked(settings.line_numbers())
        for action_id, language in LANGUAGE_ACTIONS.items():
            a[action_id].setChecked(settings.interface_language() == language)

        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action_id in _ICONS:
            if a[action_id].icon().isNull():
                a[action_id].setIcon(_toolbar_icon(action_id, window))
        self.toolbar.addActions([a[i] for i in ("open", "new", "save", "revert")])
        self.toolbar.addSeparator()
        self.toolbar.addActions([a["toggle_preview"], a["swap_columns"], a["preview_site"]])
        self.toolbar.addSeparator()
        self.toolbar.addAction(a["export"])
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def fill_recent(self) -> None:
        self.recent.clear()
        for number, folder in enumerate(self._settings.existing_recent_sites(), start=1):
            # "&&": an & of the folder's name shown as itself, not taken for the entry's letter.
            action = self.recent.addAction(f"&{number % 10} {folder.replace('&', '&&')}")
            action.triggered.connect(lambda _=False, f=folder: self._open_site(f))
        if self.recent.isEmpty():
            self.recent.addAction(self.tr("No recent sites")).setEnabled(False)
            return
        self.recent.addSeparator()
        self.recent.addAction(self.tr("&Clear Recent Sites"), self._settings.clear_recent_sites)

    def retranslate(self) -> None:
        self.file.setTitle(self.tr("&File"))
        self.recent.setTitle(self.tr("Open &Recent"))
        self.edit.setTitle(self.tr("&Edit"))
        self.format.setTitle(self.tr("F&ormat"))
        self.view.setTitle(self.tr("&View"))
        self.language.setTitle(self.tr("&Interface Language"))
        self.tools.setTitle(self.tr("&Tools"))
        self.help.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
