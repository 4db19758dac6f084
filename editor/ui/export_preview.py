"""The export dialog's "What will happen": the plan's errors, warnings and git refusals, then its
files grouped as new, changed and already up to date, each with the model's notes on it in the
interface language and its diff kept on the row (``DIFF``) for the dialog to show when chosen."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from editor.ui.export_findings import DETAIL, add_findings, set_tooltip
from editor.ui.status_icons import status_icon

if TYPE_CHECKING:
    from editor.model.site.export_plan import ExportPlan

DIFF = Qt.ItemDataRole.UserRole + 2  # the diff text of a file


class ExportPreview(QTreeWidget):
    """Two columns, where and what: a group a kind of problem or file, a row each."""

    def __init__(self, display: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._display = display  # a finding's file as the user knows it (relative to one of the folders)
        self.setObjectName("export.preview")
        self.setColumnCount(2)
        # Messages are sentences: wrapped in their column rather than cut to one line.
        self.setWordWrap(True)
        self.header().setStretchLastSection(True)
        self.header().sectionResized.connect(lambda *_args: self.doItemsLayout())
        self.setColumnWidth(0, 250)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def show_plan(self, plan: ExportPlan, repository_problems: list[str]) -> None:
        """Everything the plan will do or refuses, in place of what was shown."""
        self.clear()
        self._add_findings(self.tr("Errors — these block the export (%1)"), plan.errors, "error")
        self._add_findings(self.tr("Warnings — accept them to export (%1)"), plan.warnings, "warning")
        if repository_problems:
            group = self._group(self.tr("Git refuses (%1)").replace("%1", str(len(repository_problems))), "error")
            for problem in repository_problems:
                row = QTreeWidgetItem(group, [problem])
                set_tooltip(row, 0, problem)
                row.setData(0, DETAIL, problem)
        self._add_files(plan)

    def _note_text(self, kind: str, values: dict[str, str]) -> str:
        """An export plan's note on a file in the interface language (the model gives its parts)."""
        if kind == "kept-fields":
            return self.tr("kept fields only the site has: %1").replace("%1", values["fields"])
        if kind == "file-name-kept":
            return self.tr("file name kept (the title's name would be %1; check Rename to change it)").replace(
                "%1", values["name"])
        if kind == "address-changed":
            return self.tr("address %1 → %2; the old one is added to aliases").replace("%1", values["old"]).replace(
                "%2", values["new"])
        if kind == "written-earlier":
            return self.tr("written by an earlier export that did not commit it; it is committed now")
        return kind

    def _group(self, text: str, icon: str | None) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self, [text])
        if icon:
            group.setIcon(0, status_icon(icon))
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setFirstColumnSpanned(True)  # a heading, not a row of the two columns
        group.setExpanded(True)
        return group

    def _add_findings(self, title: str, findings: list, icon: str) -> None:
        if findings:
            add_findings(self._group(title.replace("%1", str(len(findings))), icon), findings, icon, self._display)

    def _add_files(self, plan) -> None:
        from editor.model.site.export_plan import NEW, RENAME, UNCHANGED

        kinds = ((self.tr("New files (%1)"), [i for i in plan.items if i.action == NEW]),
                 (self.tr("Changed files (%1)"), [i for i in plan.items if i.action not in (NEW, UNCHANGED)]),
                 (self.tr("Already up to date (%1)"), [i for i in plan.items if i.action == UNCHANGED]))
        for title, items in kinds:
            if not items:
                continue
            group = self._group(title.replace("%1", str(len(items))), None)
            group.setExpanded(items[0].action != UNCHANGED)
            for item in items:
                where = plan.relative(item.target)
                if item.action == RENAME:
                    where = self.tr("%1 (renamed from %2)").replace("%1", where).replace("%2", plan.relative(item.old_path))
                shown = [self._note_text(kind, values) for kind, values in item.note_parts]
                notes = "; ".join(shown)
                row = QTreeWidgetItem(group, [f"{item.lang.upper()}  {where}", item.title])
                row.setData(0, DIFF, item.diff(plan.site_root) if item.changed else "")
                set_tooltip(row, 0, "\n".join([item.title, *shown]).strip())
                set_tooltip(row, 1, "\n".join([item.title, *shown]).strip())
                if notes:
                    row.setText(1, f"{item.title} — {notes}" if item.title else notes)
