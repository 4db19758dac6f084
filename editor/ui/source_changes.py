"""What changed in the source since the translation: a notice on the pair and a word-level view.

Insertions are underlined and deletions struck through, each on a tint — never colour alone —
and a list beside the text says each change in words (for screen readers and for going from
one change to the next).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget)

from editor.ui.screen_fit import fit_to_screen
from editor.ui.status_icons import status_icon

def language_name(lang: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("SourceChanges", "English") if lang == "en" else \
        QCoreApplication.translate("SourceChanges", "French")


class OutdatedBar(QFrame):
    """“The English text changed after the French translation was saved. [What Changed…]”"""

    showChangesRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outdatedBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.icon = QLabel(self)
        self.icon.setPixmap(status_icon("outdated").pixmap(16, 16))
        self.text = QLabel(self)
        self.text.setObjectName("outdatedText")
        self.text.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("outdated.showChanges")
        self.button.clicked.connect(self.showChangesRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self._status = None
        self.hide()
        self.retranslate()

    def set_status(self, status) -> None:
        """Show the notice for an outdated ``PairStatus``; hide it otherwise."""
        self._status = status if status is not None and status.outdated else None
        self.retranslate()
        self.setVisible(self._status is not None)

    def retranslate(self) -> None:
        self.button.setText(self.tr("What Changed…"))
        self.button.setAccessibleDescription(self.tr("Show how the source text changed since the translation was saved"))
        status = self._status
        if status is None:
            self.text.setText("")
            return
        self.text.setText(self.tr("Outdated translation: the %1 text changed after the translation into %2 was last saved.")
                          .replace("%1", language_name(status.source)).replace("%2", language_name(status.target)))
        self.text.setToolTip(status.detail)
        self.text.setAccessibleName(self.text.text())

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _shorten(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def changes_html(ops: list, dark: bool) -> str:
    """The source now, with what was added underlined and what was removed struck through."""
    added = "#1f5e2c" if dark else "#d5f0d9"
    removed = "#6e2222" if dark else "#f8d7d7"
    parts, number = [], 0
    for op in ops:
        if op.kind == "equal":
            parts.append(html.escape(op.new))
            continue
        parts.append(f'<a name="change-{number}"></a>')
        number += 1
        if op.old:
            parts.append(f'<span style="text-decoration: line-through; background-color: {removed}">'
                         f"{html.escape(op.old)}</span>")
        if op.new:
            parts.append(f'<span style="text-decoration: underline; background-color: {added}">'
                         f"{html.escape(op.new)}</span>")
    body = "".join(parts).replace("\n", "<br>")
    return f'<div style="white-space: pre-wrap; font-family: monospace">{body}</div>'


class SourceChangesDialog(QDialog):
    """The source as it is now with the changes since the translation marked, and a list of them."""

    def __init__(self, status, ops: list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceChangesDialog")
        self._status = status
        self._ops = [op for op in ops]
        self.changes = [op for op in ops if op.kind != "equal"]
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("sourceChanges.list")
        self.text = QTextBrowser(self)
        self.text.setObjectName("sourceChanges.text")
        self.text.setOpenLinks(False)
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        self.text.setHtml(changes_html(self._ops, dark))
        self._list_label = QLabel(self)
        self._list_label.setBuddy(self.list)
        self._text_label = QLabel(self)
        self._text_label.setBuddy(self.text)
        for number in range(len(self.changes)):
            QListWidgetItem(self.list).setData(Qt.ItemDataRole.UserRole, number)
        self.list.currentRowChanged.connect(self.show_change)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._list_label)
        left_layout.addWidget(self.list, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._text_label)
        right_layout.addWidget(self.text, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([320, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.legend)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.setTabOrder(self.list, self.text)
        self.retranslate()
        fit_to_screen(self, 920, 600)
        if self.changes:
            self.list.setCurrentRow(0)

    def _describe(self, op) -> str:
        if op.kind == "insert":
            return self.tr("Added: “%1”").replace("%1", _shorten(op.new))
        if op.kind == "delete":
            return self.tr("Removed: “%1”").replace("%1", _shorten(op.old))
        return self.tr("Replaced “%1” with “%2”").replace("%1", _shorten(op.old, 40)).replace("%2", _shorten(op.new, 40))

    def show_change(self, row: int) -> None:
        if 0 <= row < len(self.changes):
            self.text.scrollToAnchor(f"change-{row}")

    def retranslate(self) -> None:
        source = language_name(self._status.source) if self._status is not None else ""
        self.setWindowTitle(self.tr("What Changed in the %1 Text").replace("%1", source))
        if not self.changes:
            self.summary.setText(self.tr("No change to show: the editor does not know the text as it was when the "
                                         "translation was saved."))
        else:
            self.summary.setText(self.tr("The %1 text changed in %n place(s) since the translation was last saved. "
                                         "Update the translation in those places only.", "", len(self.changes))
                                 .replace("%1", source))
        self.legend.setText(self.tr("Underlined on a green tint: added to the source. Struck through on a red tint: "
                                    "removed from it."))
        self._list_label.setText(self.tr("&Changes:"))
        self.list.setAccessibleName(self.tr("Changes in the source"))
        self._text_label.setText(self.tr("The source &now, with the changes marked:"))
        self.text.setAccessibleName(self.tr("Source text with the changes marked"))
        for number, op in enumerate(self.changes):
            item = self.list.item(number)
            item.setText(self._describe(op))
            item.setToolTip(item.text())

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # Not modal: the window's language can change while it is open.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
