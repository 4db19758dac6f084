"""The export dialog's problems: one row per file saying what is left to finish, its findings under
it with their messages in a column of their own, tooltips that show markup as written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTreeWidgetItem

from editor.model.findings.worded import Phrase
from editor.ui.finding_texts import finding_label, finding_message, interface_language
from editor.ui.status_icons import status_icon

LOCATION = Qt.ItemDataRole.UserRole + 1  # (path, line, column) of a finding
DETAIL = Qt.ItemDataRole.UserRole + 3  # the whole text of a problem, shown when it is chosen


def set_tooltip(item: QTreeWidgetItem, column: int, text: str) -> None:
    """A tooltip showing ``text`` as written: Qt reads a tooltip that looks like markup as rich text,
    which would swallow a message quoting ``<p>`` or ``<br>``."""
    item.setToolTip(column, QtGui.Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) if text else "")


def to_finish_text(codes) -> str:
    """What is left to do in one file, from the counts of its error codes."""
    translate = QCoreApplication.translate
    texts: dict[str, Callable[[int], str]] = {
        "translation-marker": lambda n: translate("ExportFindings", "translate the texts still marked to translate (%1)"),
        "template-placeholder": lambda n: translate("ExportFindings", "replace the template placeholders (%1)"),
        "empty-title": lambda n: translate("ExportFindings", "write the title"),
        "empty-description": lambda n: translate("ExportFindings", "write the description"),
        "untranslated-file": lambda n: translate("ExportFindings", "translate the text (most of it is in the other language)"),
        "missing-counterpart": lambda n: translate("ExportFindings", "write the other language's file"),
        "body-not-translated": lambda n: translate("ExportFindings", "translate the text (it is empty)"),
        "writer-note": lambda n: translate("ExportFindings", "finish what the notes (TODO, TBD, FIXME, XXX) stand for (%1)"),
        "section-not-translated": lambda n: translate("ExportFindings", "translate the sections this language lacks (%1)"),
        "untranslated-text": lambda n: translate("ExportFindings", "translate the texts left in the other language (%1)"),
        "wrong-language": lambda n: translate("ExportFindings", "translate the texts written in the other language (%1)"),
        "title-not-translated": lambda n: translate("ExportFindings", "translate the title"),
    }
    # Counts go in as %1 rather than as plurals: lupdate finds plurals only in self.tr().
    tasks = [texts[code](n).replace("%1", str(n)) for code, n in codes.items() if code in texts]
    others = sum(n for code, n in codes.items() if code not in texts)
    if others:
        tasks.append(translate("ExportFindings", "fix the other errors (%1)").replace("%1", str(others)))
    return translate("ExportFindings", "To finish: %1").replace("%1", "; ".join(tasks))


def add_findings(group: QTreeWidgetItem, findings: list, icon: str, display: Callable[[str], str]) -> None:
    """Under ``group``: a row per file (for errors, what is left to finish there), its findings under it."""
    from editor.model.checks.gate import to_finish

    by_file = to_finish(findings)
    for file in sorted(by_file):
        mine = [finding for finding in findings if finding.file == file]
        count = str(len(mine))
        summary = (to_finish_text(by_file[file]) if icon == "error"
                   else QCoreApplication.translate("ExportFindings", "Warnings: %1").replace("%1", count))
        # The file's name fits the column; its folder (and so its language) is in the tooltip and the detail.
        row = QTreeWidgetItem(group, [Path(file).name, summary])
        set_tooltip(row, 0, display(file))
        row.setIcon(0, status_icon(icon))
        row.setData(0, LOCATION, (mine[0].file, mine[0].line, mine[0].column))
        set_tooltip(row, 1, summary)
        row.setData(0, DETAIL, Phrase("path-reason", {"path": display(file), "reason": summary}).text(interface_language()))
        row.setExpanded(True)
        for finding in mine:
            message = finding_message(finding)
            item = QTreeWidgetItem(row, [QCoreApplication.translate("ExportFindings", "line %1").replace("%1", str(finding.line)),
                                         message])
            item.setIcon(0, status_icon(finding.severity.value))
            item.setData(0, LOCATION, (finding.file, finding.line, finding.column))
            set_tooltip(item, 0, f"{finding_label(finding.code)} ({finding.code})")
            set_tooltip(item, 1, message)
            item.setData(0, DETAIL, f"{display(file)}:{finding.line}: {message}")
