"""The window's dialogs. Each returns the user's choice; none of them reads or writes files."""

from __future__ import annotations

import enum
import html
from dataclasses import dataclass

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit,
                               QPushButton, QVBoxLayout, QWidget)

from editor import __version__
from editor.model.naming import key_from_title


class UnsavedChoice(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class ExternalChoice(enum.Enum):
    KEEP_MINE = "keep-mine"
    TAKE_THEIRS = "take-theirs"
    SHOW_DIFFERENCE = "show-difference"


class RecoveryChoice(enum.Enum):
    RESTORE = "restore"
    DISCARD = "discard"
    LATER = "later"


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Dialogs", text)


def ask_unsaved(parent: QWidget | None, title: str) -> UnsavedChoice:
    """Save / Don't Save / Cancel for the pair titled ``title``."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Unsaved changes"))
    box.setText(_tr("Save the changes to “%1”?").replace("%1", title))
    box.setInformativeText(_tr("Both the English and the French files are saved together. "
                               "If you don't save, your changes are lost."))
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    return {QMessageBox.StandardButton.Save: UnsavedChoice.SAVE,
            QMessageBox.StandardButton.Discard: UnsavedChoice.DISCARD}.get(
        QMessageBox.StandardButton(answer), UnsavedChoice.CANCEL)


def ask_external_change(parent: QWidget | None, files: list[str]) -> ExternalChoice:
    """Another program changed files that hold unsaved edits here."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("File changed on disk"))
    box.setText(_tr("Another program changed %1 while you were editing it.").replace("%1", ", ".join(files)))
    box.setInformativeText(_tr("Keep your version (it replaces theirs when you save), or take theirs "
                               "(your unsaved changes to that file are lost)?"))
    keep = box.addButton(_tr("&Keep Mine"), QMessageBox.ButtonRole.AcceptRole)
    theirs = box.addButton(_tr("&Take Theirs"), QMessageBox.ButtonRole.DestructiveRole)
    difference = box.addButton(_tr("Show &Difference…"), QMessageBox.ButtonRole.HelpRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is theirs:
        return ExternalChoice.TAKE_THEIRS
    if clicked is difference:
        return ExternalChoice.SHOW_DIFFERENCE
    return ExternalChoice.KEEP_MINE


def show_difference(parent: QWidget | None, diff: str) -> None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(_tr("Differences between the file on disk and your version"))
    text = QPlainTextEdit(dialog)
    text.setObjectName("differenceText")
    text.setReadOnly(True)
    text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    text.setPlainText(diff or _tr("No differences."))
    text.setAccessibleName(_tr("Differences"))
    explanation = QLabel(_tr("Lines starting with - are only on disk; lines starting with + are only in "
                             "your version."), dialog)
    explanation.setWordWrap(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(explanation)
    layout.addWidget(text, 1)
    layout.addWidget(buttons)
    dialog.resize(760, 520)
    dialog.exec()


def ask_recovery(parent: QWidget | None, entries) -> tuple[RecoveryChoice, object | None]:
    """Offer the unsaved edits a crash left behind; returns the choice and the chosen entry."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(_tr("Recover unsaved changes"))
    intro = QLabel(_tr("The editor closed unexpectedly last time. These postings had changes "
                       "that were not saved:"), dialog)
    intro.setWordWrap(True)
    listing = QListWidget(dialog)
    listing.setObjectName("recoveryList")
    listing.setAccessibleName(_tr("Postings with unsaved changes"))
    intro.setBuddy(listing)
    for entry in entries:
        when = QDateTime.fromSecsSinceEpoch(int(entry.saved_at)).toString(Qt.DateFormat.TextDate)
        label = _tr("%1 (%2) — %3, in %4").replace("%1", entry.title("en")).replace("%2", entry.key) \
            .replace("%3", when).replace("%4", str(entry.site_root))
        item = QListWidgetItem(label, listing)
        item.setData(Qt.ItemDataRole.UserRole, entry)
    listing.setCurrentRow(0)
    buttons = QDialogButtonBox(dialog)
    restore = buttons.addButton(_tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
    discard = buttons.addButton(_tr("&Discard"), QDialogButtonBox.ButtonRole.DestructiveRole)
    later = buttons.addButton(_tr("Decide &Later"), QDialogButtonBox.ButtonRole.RejectRole)
    restore.setDefault(True)
    chosen = {"choice": RecoveryChoice.LATER}
    restore.clicked.connect(lambda: (chosen.update(choice=RecoveryChoice.RESTORE), dialog.accept()))
    discard.clicked.connect(lambda: (chosen.update(choice=RecoveryChoice.DISCARD), dialog.accept()))
    later.clicked.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(intro)
    layout.addWidget(listing, 1)
    layout.addWidget(QLabel(_tr("Restoring opens the posting with those changes, unsaved; the files "
                                "on disk change only when you save."), dialog))
    layout.addWidget(buttons)
    dialog.resize(620, 320)
    dialog.exec()
    item = listing.currentItem()
    return chosen["choice"], item.data(Qt.ItemDataRole.UserRole) if item is not None else None


@dataclass
class NewPostingValues:
    titles: dict[str, str]
    descriptions: dict[str, str]
    key: str
    lever_id: str


class NewPostingDialog(QDialog):
    """The questions ``posting-editor new`` asks: both titles, optional key, leverId, descriptions.

    ``create`` is called with the values when the user confirms; it returns an error
    message to show (the dialog stays open) or None on success.
    """

    def __init__(self, parent: QWidget | None, create) -> None:
        super().__init__(parent)
        self.setObjectName("newPostingDialog")
        self.setWindowTitle(_tr("New Posting"))
        self._create = create
        self.title_en = QLineEdit(self)
        self.title_en.setObjectName("new.title.en")
        self.title_fr = QLineEdit(self)
        self.title_fr.setObjectName("new.title.fr")
        self.description_en = QLineEdit(self)
        self.description_fr = QLineEdit(self)
        self.key = QLineEdit(self)
        self.key.setObjectName("new.key")
        self.lever_id = QLineEdit(self)
        self.lever_id.setObjectName("new.leverId")
        self.error = QLabel(self)
        self.error.setObjectName("new.error")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        for label, field, name in (
                (_tr("English &title:"), self.title_en, _tr("English title")),
                (_tr("&French title:"), self.title_fr, _tr("French title")),
                (_tr("English &description:"), self.description_en, _tr("English description")),
                (_tr("French d&escription:"), self.description_fr, _tr("French description")),
                (_tr("Translation &key:"), self.key, _tr("Translation key")),
                (_tr("&Lever ID:"), self.lever_id, _tr("Lever ID"))):
            form.addRow(label, field)
            field.setAccessibleName(name)
        self.key.setAccessibleDescription(_tr("Leave empty to make one from the English title"))
        self.lever_id.setPlaceholderText(_tr("optional"))
        self.title_en.textChanged.connect(self._suggest_key)
        intro = QLabel(_tr("Creates an English and a French file from the posting templates, "
                           "linked by the translation key."), self)
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = QPushButton(_tr("&Create"), self)
        self.create_button.setDefault(True)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _suggest_key(self, title: str) -> None:
        self.key.setPlaceholderText(key_from_title(title) if title.strip() else "")

    def values(self) -> NewPostingValues:
        return NewPostingValues(
            titles={"en": self.title_en.text().strip(), "fr": self.title_fr.text().strip()},
            descriptions={"en": self.description_en.text().strip(), "fr": self.description_fr.text().strip()},
            key=self.key.text().strip(), lever_id=self.lever_id.text().strip())

    def _confirm(self) -> None:
        message = self._create(self.values())
        if message:
            self.error.setText(message)
            self.error.setAccessibleName(message)
            self.error.show()
            return
        self.accept()


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(
        parent, _tr("About Posting Editor"),
        "<h3>" + html.escape(_tr("Posting Editor")) + f" {html.escape(__version__)}</h3>"
        + "<p>" + html.escape(_tr("Edit the English and French versions of job postings side by side, "
                                  "with a live preview and checks, for Hugo sites.")) + "</p>"
        + "<p>" + html.escape(_tr("Licence: MIT")) + "</p>")


def ask_line(parent: QWidget | None, current: int, maximum: int) -> int | None:
    from PySide6.QtWidgets import QInputDialog

    value, ok = QInputDialog.getInt(parent, _tr("Go to Line"), _tr("&Line number:"), current, 1, max(1, maximum))
    return value if ok else None
