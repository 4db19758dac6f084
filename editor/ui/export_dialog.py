"""File ▸ Export to Site…: hand finished pairs to the website's folder, with a preview first.

The dialog shows (``export_preview``) what ``editor.model.site.export`` would do — errors (which block), warnings (to
accept), git refusals, new files, and each changed file's diff — before anything is written.
Planning and writing run off the UI thread. Clicking a problem asks the window to open that
posting at its line (``locationActivated``); the dialog stays open beside the window.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter, QStyle,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from editor.ui.finding_texts import error_text, failure_text, interface_language
from editor.ui.background import BackgroundRunner
from editor.ui.diff_view import DiffView
from editor.ui.export_findings import DETAIL, LOCATION
from editor.ui.export_preview import DIFF, ExportPreview
from editor.ui.export_postings import ExportPostings, Titles
from editor.ui.screen_fit import fit_to_screen
from editor.ui.settings import Settings

if TYPE_CHECKING:
    from editor.model.site.export_plan import ExportPlan, ExportResult

PLAN_DELAY_MS = 400
_LOCATION = LOCATION


@dataclass
class PlanOutcome:
    """What planning found: the plan (None when it could not be made) and git's refusals."""

    plan: ExportPlan | None
    repository_problems: list[str] = field(default_factory=list)
    error: str = ""


def make_plan(source_root: Path, target: Path, keys: list[str], *, rename: bool, commit: bool,
              branch: str, lang: str = "en") -> PlanOutcome:
    """Read both sites afresh and plan the export (runs in a worker thread; writes nothing); refusals in ``lang``."""
    from editor.model.site.export import plan_export
    from editor.model.site.export_plan import ExportError
    from editor.model.site.export_write import repository_problems
    from editor.model.site.index import SiteIndex
    from editor.model.hugo.config import Site, SiteError

    from editor.model.findings.worded import text_of

    try:
        source_index = SiteIndex.build(Site.open(source_root))
        site_index = SiteIndex.build(Site.open(target))
        plan = plan_export(source_index, site_index, keys, rename=rename)
        if commit:
            from editor.model.site.export_git import include_uncommitted

            include_uncommitted(plan)
    except (ExportError, SiteError) as error:
        return PlanOutcome(None, error=text_of(error, lang))
    except OSError as error:
        return PlanOutcome(None, error=failure_text(error))
    problems = repository_problems(plan, commit=commit, branch=branch or None, lang=lang)
    return PlanOutcome(plan, problems)


class ExportDialog(QDialog):
    """Choose the site, the pairs and the options; read the preview; export."""

    locationActivated = Signal(str, int, int)  # file, line, column of a problem the user chose
    exported = Signal(object)  # the ExportResult
    # After ``exported`` (True) or the failure shown (False): the site's files are no longer being written.
    exportEnded = Signal(bool)

    def __init__(self, source_root: Path, pairs: Sequence[tuple[str, Titles]], current_key: str, settings: Settings,
                 parent: QWidget | None = None, *, plan_delay_ms: int = PLAN_DELAY_MS) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self._plan_delay_ms = plan_delay_ms  # tests plan after a short pause; people type in the folder field
        self.setModal(False)
        self._source_root = Path(source_root)
        self._settings = settings
        self._outcome: PlanOutcome | None = None
        self._exported = False
        self.runner = BackgroundRunner(self)

        self.target = QComboBox(self)
        self.target.setObjectName("export.target")
        self.target.setEditable(True)
        self.target.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.target.addItems([t for t in settings.export_targets() if Path(t).resolve() != self._source_root.resolve()])
        self.target.setCurrentIndex(0 if self.target.count() else -1)
        self.browse = QPushButton(self)
        self.browse.setObjectName("export.browse")
        self.postings = ExportPostings(pairs, current_key, self)
        self.pairs, self.search = self.postings.list, self.postings.search
        self.check_all, self.check_none = self.postings.check_all, self.postings.check_none
        self.branch = QLineEdit(self)
        self.branch.setObjectName("export.branch")
        self.commit = QCheckBox(self)
        self.commit.setObjectName("export.commit")
        self.rename = QCheckBox(self)
        self.rename.setObjectName("export.rename")
        # What renaming keeps, wrapped under the box: in the box's own line it made the dialog wider
        # than a laptop screen at 150 % (946 pixels in French for 911).
        self.rename_note = QLabel(self)
        self.rename_note.setObjectName("export.renameNote")
        self.rename_note.setWordWrap(True)
        self.rename_note.setContentsMargins(self.rename.style().pixelMetric(
            QStyle.PixelMetric.PM_IndicatorWidth) + 6, 0, 0, 0)
        self.accept_warnings = QCheckBox(self)
        self.accept_warnings.setObjectName("export.acceptWarnings")

        self.status = QLabel(self)
        self.status.setObjectName("export.status")
        self.status.setWordWrap(True)
        self.preview = ExportPreview(self._display, self)
        self.diff = DiffView(self)
        self.diff.setObjectName("export.diff")
        self.detail = QLabel(self)
        self.detail.setObjectName("export.detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.hide()
        self.result_label = QLabel(self)
        self.result_label.setObjectName("export.result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("export.export")
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        self._target_label = QLabel(self)
        self._target_label.setBuddy(self.target)
        self._branch_label = QLabel(self)
        self._branch_label.setBuddy(self.branch)
        self._preview_label = QLabel(self)
        self._preview_label.setBuddy(self.preview)
        self._diff_label = QLabel(self)
        self._diff_label.setBuddy(self.diff)
        self._diff_label.setWordWrap(True)  # (a long line widened the dialog past a small screen)
        self._layout()
        self._connect()
        self.retranslate()
        fit_to_screen(self, 1160, 700)
        self.request_plan(now=True)

    def _layout(self) -> None:
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.browse)
        self.options = QGroupBox(self)
        form = QFormLayout(self.options)
        form.addRow(self._branch_label, self.branch)
        form.addRow(self.commit)
        form.addRow(self.rename)
        form.addRow(self.rename_note)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._target_label)
        left_layout.addLayout(target_row)
        left_layout.addWidget(self.postings, 1)
        left_layout.addWidget(self.options)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._preview_label)
        right_layout.addWidget(self.status)
        preview_split = QSplitter(Qt.Orientation.Vertical, right)
        preview_split.addWidget(self.preview)
        diff_box = QWidget(preview_split)
        diff_layout = QVBoxLayout(diff_box)
        diff_layout.setContentsMargins(0, 0, 0, 0)
        diff_layout.addWidget(self.detail)
        diff_layout.addWidget(self._diff_label)
        diff_layout.addWidget(self.diff, 1)
        preview_split.addWidget(diff_box)
        preview_split.setSizes([330, 230])
        right_layout.addWidget(preview_split, 1)
        right_layout.addWidget(self.accept_warnings)
        right_layout.addWidget(self.result_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setSizes([290, 750])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.buttons)
        for before, after in ((self.target, self.browse), (self.browse, self.search), (self.search, self.pairs),
                              (self.pairs, self.check_all),
                              (self.check_all, self.check_none), (self.check_none, self.branch),
                              (self.branch, self.commit), (self.commit, self.rename), (self.rename, self.preview),
                              (self.preview, self.diff), (self.diff, self.accept_warnings),
                              (self.accept_warnings, self.export_button)):
            self.setTabOrder(before, after)

    def _connect(self) -> None:
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self._plan_delay_ms)
        self._timer.timeout.connect(self._plan_now)
        self.target.currentTextChanged.connect(lambda _text: self.request_plan())
        self.branch.textChanged.connect(lambda _text: self.request_plan())
        self.commit.toggled.connect(lambda _on: self.request_plan())
        self.rename.toggled.connect(lambda _on: self.request_plan())
        self.postings.checkedChanged.connect(self.request_plan)
        self.accept_warnings.toggled.connect(lambda _on: self._update_export_button())
        self.browse.clicked.connect(self._browse)
        self.preview.currentItemChanged.connect(self._show_item)
        self.preview.itemActivated.connect(self._activate)
        self.preview.itemClicked.connect(self._activate)
        self.export_button.clicked.connect(self.export)
        # Enter acts on the field it is typed in, never on a button: after a folder typed in, it
        # pressed Browse… (the first button after the field) and a folder chooser came up.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        if (line_edit := self.target.lineEdit()) is not None:
            line_edit.returnPressed.connect(lambda: self.request_plan(now=True))

    # ------------------------------------------------------------------ choices
    def target_folder(self) -> Path | None:
        text = self.target.currentText().strip()
        return Path(text).expanduser() if text else None

    def set_target(self, folder: str | Path) -> None:
        self.target.setEditText(str(folder))

    def selected_keys(self) -> list[str]:
        return self.postings.selected_keys()

    def _browse(self) -> None:
        start = str(self.target_folder() or self._source_root.parent)
        folder = QFileDialog.getExistingDirectory(self, self.tr("Site to Export Into"), start)
        if folder:
            self.set_target(folder)

    # ----------------------------------------------------------------- planning
    def request_plan(self, now: bool = False) -> None:
        """Plan again after the choices settle (or right away)."""
        self._exported = False
        self.result_label.hide()
        self._outcome = None
        self._update_export_button()
        if now:
            self._plan_now()
        else:
            self._timer.start()

    def _plan_now(self) -> None:
        self._timer.stop()
        target, keys = self.target_folder(), self.selected_keys()
        if target is None or not keys:
            self.runner.cancel("plan")
            self._set_busy(False)
            self.preview.clear()
            self.diff.set_diff("")
            self.status.setText(self.tr("Choose the site folder to export into.") if target is None
                                else self.tr("Choose at least one posting to export."))
            return
        self._set_busy(True)
        self.status.setText(self.tr("Checking the postings and comparing them with the site…"))
        rename, commit, branch = self.rename.isChecked(), self.commit.isChecked(), self.branch.text().strip()
        source, lang = self._source_root, interface_language()
        self.runner.run("plan", lambda: make_plan(source, target, keys, rename=rename, commit=commit, branch=branch,
                                                  lang=lang),
                        self._show_plan,
                        lambda error: self._show_plan(PlanOutcome(None, error=error_text(error))))

    def _set_busy(self, busy: bool) -> None:
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
        self._update_export_button()

    def is_busy(self) -> bool:
        return self.runner.busy() or self._timer.isActive()

    def outcome(self) -> PlanOutcome | None:
        return self._outcome

    def _show_plan(self, outcome: PlanOutcome) -> None:
        self._outcome = outcome
        self._set_busy(False)
        self.preview.clear()
        self.diff.set_diff("")
        plan = outcome.plan
        if plan is None:
            self.status.setText(outcome.error)
            return
        self.preview.show_plan(plan, outcome.repository_problems)
        self.accept_warnings.setEnabled(bool(plan.warnings))
        self.status.setText(self._summary(plan, outcome.repository_problems))
        first = self.preview.topLevelItem(0)
        if first is not None and first.childCount() and (child := first.child(0)) is not None:
            self.preview.setCurrentItem(child)
        self._update_export_button()

    def _summary(self, plan: ExportPlan, repository_problems: list[str]) -> str:
        changes = len(plan.changes())
        if plan.errors:
            return self.tr("%n error(s) must be fixed before exporting; nothing will be written.", "", len(plan.errors))
        if repository_problems:
            return self.tr("Git cannot commit these files as asked; see below. Nothing will be written.")
        if not changes:
            return self.tr("Nothing to export: the site already holds these postings as they are.")
        text = self.tr("%n file(s) will be written into the site.", "", changes)
        if plan.warnings:
            text += " " + self.tr("Read the warnings, and accept them to export.")
        return text

    def _display(self, file: str) -> str:
        path = Path(file)
        for root in (self._source_root, self.target_folder()):
            if root is not None:
                try:
                    return path.relative_to(root).as_posix()
                except ValueError:
                    continue
        return file

    def _show_item(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        diff = item.data(0, DIFF) if item is not None else None
        if diff is not None:
            self.diff.set_diff(diff or self.tr("No change."))
        detail = item.data(0, DETAIL) if item is not None else None
        # The whole message of the chosen problem, wrapped: the column shows what fits on one line.
        self.detail.setText(detail or "")
        self.detail.setVisible(bool(detail))

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        location = item.data(0, _LOCATION)
        if location:
            self.locationActivated.emit(str(location[0]), int(location[1]), int(location[2]))

    # ---------------------------------------------------------------- exporting
    def can_export(self) -> bool:
        outcome = self._outcome
        if outcome is None or outcome.plan is None or self._exported or self.is_busy():
            return False
        plan = outcome.plan
        return (not plan.errors and bool(plan.changes()) and not outcome.repository_problems
                and (not plan.warnings or self.accept_warnings.isChecked()))

    def _update_export_button(self) -> None:
        self.export_button.setEnabled(self.can_export())

    def is_exporting(self) -> bool:
        return self.runner.busy("export")

    def export(self) -> None:
        if not self.can_export():
            return
        from editor.model.site.export_write import apply_export

        plan = self._plan()
        commit, branch = self.commit.isChecked(), self.branch.text().strip() or None
        self._settings.add_export_target(str(plan.site_root))
        self._set_busy(True)
        self._set_inputs_enabled(False)
        self.status.setText(self.tr("Exporting…"))
        self.runner.run("export", lambda: apply_export(plan, commit=commit, branch=branch),
                        self._exported_ok, self._export_failed)
        self._update_export_button()

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (self.target, self.browse, self.options, self.accept_warnings):
            widget.setEnabled(enabled)
        self.postings.set_inputs_enabled(enabled)

    def _plan(self) -> ExportPlan:
        """The plan on show; only asked for once there is one (``can_export``)."""
        assert self._outcome is not None and self._outcome.plan is not None
        return self._outcome.plan

    def _exported_ok(self, result: ExportResult) -> None:
        self._exported = True
        self._set_inputs_enabled(True)
        self._set_busy(False)
        plan = self._plan()
        root = plan.site_root
        lines = [self.tr("Wrote %n file(s) into %1:", "", len(result.written)).replace("%1", str(root))]
        lines += [f"  {plan.relative(path)}" for path in result.written]
        if result.removed:
            lines.append(self.tr("Removed (renamed): %1").replace(
                "%1", ", ".join(plan.relative(p) for p in result.removed)))
        if result.branch:
            lines.append((self.tr("Created the branch “%1” and switched to it.") if result.branch_created
                          else self.tr("On the branch “%1”.")).replace("%1", result.branch))
        if result.commit:
            lines.append(self.tr("Committed as %1 (not pushed).").replace("%1", result.commit[:12]))
        self.result_label.setText("\n".join(lines))
        self.result_label.setAccessibleName(self.result_label.text())
        self.result_label.show()
        self.status.setText(self.tr("Export done."))
        self._update_export_button()
        self.exported.emit(result)
        self.exportEnded.emit(True)

    def _export_failed(self, error: Exception) -> None:
        self._set_inputs_enabled(True)
        self._set_busy(False)
        self.result_label.setText(self.tr("Nothing was exported: %1").replace("%1", error_text(error)))
        self.result_label.setAccessibleName(self.result_label.text())
        self.result_label.show()
        self.status.setText(self.tr("The export failed."))
        self._update_export_button()
        self.exportEnded.emit(False)

    # ------------------------------------------------------------------- window
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export to Site"))
        self._target_label.setText(self.tr("&Site folder to export into:"))
        self.target.setAccessibleName(self.tr("Site folder to export into"))
        if (line_edit := self.target.lineEdit()) is not None:  # the combo box is editable: it has one
            line_edit.setPlaceholderText(self.tr("The Hugo site's folder (its git repository)"))
        self.browse.setText(self.tr("&Browse…"))
        self.options.setTitle(self.tr("Options"))
        self._branch_label.setText(self.tr("Git bra&nch:"))
        self.branch.setPlaceholderText(self.tr("the current branch"))
        self.branch.setAccessibleName(self.tr("Git branch"))
        self.branch.setAccessibleDescription(self.tr("Switch to this branch first, creating it from the current one if needed"))
        self.commit.setText(self.tr("&Commit the exported files with git (never pushed)"))
        self.rename.setText(self.tr("&Rename files to match their titles"))
        self.rename_note.setText(self.tr("Their old addresses are kept as aliases."))
        self.rename.setAccessibleDescription(self.rename_note.text())
        self.accept_warnings.setText(self.tr("&Accept the warnings and export anyway"))
        self._preview_label.setText(self.tr("What will &happen:"))
        self.preview.setHeaderLabels([self.tr("Where"), self.tr("What")])
        self.preview.setAccessibleName(self.tr("What the export will do"))
        self.preview.setAccessibleDescription(self.tr("Errors, warnings and files; press Enter on a problem to open "
                                                      "the posting at its line"))
        self._diff_label.setText(self.tr("&Difference (lines with + are added, lines with - removed):"))
        self.diff.setAccessibleName(self.tr("Difference of the selected file"))
        self.export_button.setText(self.tr("&Export"))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._say_again()
        super().changeEvent(event)

    def _say_again(self) -> None:
        # The plan's notes are worded as made: plan again, unless an export runs or has said how it went.
        if self.is_exporting():
            self.status.setText(self.tr("Exporting…"))
        elif not self.result_label.isHidden():
            self.status.setText(self.tr("Export done.") if self._exported else self.tr("The export failed."))
        else:
            self.request_plan(now=True)

    def reject(self) -> None:
        if self.is_exporting():
            return  # a half-made commit must not lose its window
        super().reject()

    def done(self, result: int) -> None:
        self._timer.stop()
        self.runner.cancel("plan")
        super().done(result)
