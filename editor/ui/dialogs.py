"""The window's dialogs. Each returns the user's choice; none of them reads or writes files."""

from __future__ import annotations

import enum
import html
from pathlib import Path
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit,
                               QPushButton, QVBoxLayout, QWidget)

from editor import __version__
from editor.model.frontmatter.one_line import on_one_line
from editor.model.hugo.naming import key_from_title
from editor.ui.error_label import ErrorLabel
from editor.ui.finding_texts import interface_language
from editor.ui.markdown_editor import monospace_font
from editor.ui.message_box import add_cancel
from editor.ui.one_line_edit import OneLineEdit
from editor.ui.recovery import RecoveryEntry
from editor.ui.screen_fit import fit_to_screen



class UnsavedChoice(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class ExternalChoice(enum.Enum):
    COMBINE = "combine"
    KEEP_MINE = "keep-mine"
    TAKE_THEIRS = "take-theirs"
    SHOW_DIFFERENCE = "show-difference"
    DISMISSED = "dismissed"  # Escape (or the close button): nothing settled, the next save asks again


class RecoveryChoice(enum.Enum):
    RESTORE = "restore"
    DISCARD = "discard"
    LATER = "later"


def ask_unsaved(parent: QWidget | None, title: str) -> UnsavedChoice:
    """Save / Don't Save / Cancel for the pair titled ``title``."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Dialogs", "Unsaved changes"))
    box.setText(QCoreApplication.translate("Dialogs", "Save the changes to “%1”?").replace("%1", title))
    box.setInformativeText(QCoreApplication.translate("Dialogs", "Both the English and the French files are saved together. "
                               "If you don't save, your changes are lost."))
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    # Qt's own word is "Discard" (« Ne pas tenir compte » in French): the text says "If you don't save".
    box.button(QMessageBox.StandardButton.Discard).setText(QCoreApplication.translate("Dialogs", "Do&n't Save"))
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    return {QMessageBox.StandardButton.Save: UnsavedChoice.SAVE,
            QMessageBox.StandardButton.Discard: UnsavedChoice.DISCARD}.get(
        QMessageBox.StandardButton(answer), UnsavedChoice.CANCEL)


def ask_replace_file(parent: QWidget | None, path: Path) -> bool:
    """Whether to write over ``path``, a file that holds something else (Cancel by default)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Dialogs", "Replace the file?"))
    box.setText(QCoreApplication.translate("Dialogs", "%1 already exists.").replace("%1", str(path)))
    box.setInformativeText(QCoreApplication.translate(
        "Dialogs", "If it is the file the translator sent back, replacing it loses their translation unless it "
                   "was imported (File ▸ Import Translation…)."))
    replace = box.addButton(QCoreApplication.translate("Dialogs", "&Replace"), QMessageBox.ButtonRole.DestructiveRole)
    add_cancel(box)
    box.exec()
    return box.clickedButton() is replace


def ask_external_change(parent: QWidget | None, files: list[str], *, combinable: bool = False,
                        conflicts: list[str] | None = None) -> ExternalChoice:
    """Another program changed files that hold unsaved edits here. ``combinable``: every file merges
    with the edits without a conflict, and Combine Both (the default: nothing is lost) is offered;
    ``conflicts``: what stops it, one line per place changed on both sides."""
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setObjectName("externalChangeDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Dialogs", "File changed on disk"))
    box.setText(translate("Dialogs", "Another program changed %1 while you were editing it.").replace("%1", ", ".join(files)))
    if combinable:
        informative = translate("Dialogs", "Its changes and yours are on different lines: Combine Both keeps them all, as "
                                "unsaved changes to look over before you save. You can also keep your version (it "
                                "replaces theirs when you save) or take theirs (your unsaved changes to that file are lost).")
    elif conflicts:
        informative = translate("Dialogs", "Both versions changed the same lines, so they cannot be combined:") + "\n" \
            + _bulleted(conflicts) + "\n\n" + translate("Dialogs", "Keep your version (it replaces theirs when you save), "
                                                         "or take theirs (your unsaved changes to that file are lost)?")
    else:
        informative = translate("Dialogs", "Keep your version (it replaces theirs when you save), or take theirs "
                                "(your unsaved changes to that file are lost)?")
    box.setInformativeText(informative)
    combine = None
    if combinable:
        combine = box.addButton(translate("Dialogs", "&Combine Both"), QMessageBox.ButtonRole.AcceptRole)
        combine.setObjectName("external.combine")
    keep = box.addButton(translate("Dialogs", "&Keep Mine"), QMessageBox.ButtonRole.AcceptRole)
    keep.setObjectName("external.keep")
    theirs = box.addButton(translate("Dialogs", "&Take Theirs"), QMessageBox.ButtonRole.DestructiveRole)
    theirs.setObjectName("external.theirs")
    difference = box.addButton(translate("Dialogs", "Show &Difference…"), QMessageBox.ButtonRole.HelpRole)
    difference.setObjectName("external.difference")
    box.setDefaultButton(combine or keep)  # Enter: what loses nothing when there is such a choice
    # Escape picked Combine Both, which changes the text here unasked. It leaves everything as it is
    # instead: the text here as typed, the other program's change on disk, and the question for the
    # next save (Keep Mine would let that save write over the change without a word).
    dismiss = add_cancel(box, "external.dismiss", default=False)
    dismiss.hide()
    box.exec()
    clicked = box.clickedButton()
    if clicked is dismiss:
        return ExternalChoice.DISMISSED
    if clicked is theirs:
        return ExternalChoice.TAKE_THEIRS
    if clicked is difference:
        return ExternalChoice.SHOW_DIFFERENCE
    if combine is not None and clicked is combine:
        return ExternalChoice.COMBINE
    return ExternalChoice.KEEP_MINE


def _bulleted(lines: list[str]) -> str:
    return "\n".join(f"• {line}" for line in lines)


def ask_heading_ids(parent: QWidget | None, anchors: list[str], *, can_keep: bool, several: bool = False) -> str | None:
    """What to do with typography fixes that would change the ids Hugo gives headings (links to
    them would break): "keep" (the fix, and ``{#id}`` keeps the id; offered when the site lets
    headings carry attributes), "change", "skip" (leave those headings as written; offered for
    ``several`` fixes when the ids cannot be kept), or None to cancel."""
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Dialogs", "Heading id would change"))
    names = ", ".join(f"#{anchor}" for anchor in anchors)  # as in a link, in either language
    # Two sentences rather than plural forms: Qt's tools read those from ``tr`` calls only.
    if len(anchors) == 1:
        box.setText(translate("Dialogs", "This fix changes the heading's id %1.").replace("%1", names))
        informative = translate("Dialogs", "Links to the heading (…#id) would no longer reach it.")
    else:
        box.setText(translate("Dialogs", "These fixes change the ids of several headings: %1.").replace("%1", names))
        informative = translate("Dialogs", "Links to those headings (…#id) would no longer reach them.")
    if can_keep:
        informative += " " + translate("Dialogs", "Keeping an id adds {#id} at the end of its heading: Hugo gives "
                                       "the heading that id, and the page looks the same.")
    else:
        informative += " " + translate("Dialogs", "This site turns heading attributes off "
                                       "(markup.goldmark.parser.attribute.title), so {#id} cannot keep an id.")
    box.setInformativeText(informative)
    choices: dict[QPushButton, str] = {}
    one = len(anchors) == 1
    if can_keep:
        keep = translate("Dialogs", "&Keep the Id") if one else translate("Dialogs", "&Keep the Ids")
        choices[box.addButton(keep, QMessageBox.ButtonRole.AcceptRole)] = "keep"
    elif several:
        leave = translate("Dialogs", "&Leave the Heading") if one else translate("Dialogs", "&Leave Those Headings")
        choices[box.addButton(leave, QMessageBox.ButtonRole.AcceptRole)] = "skip"
    change = translate("Dialogs", "&Change the Id") if one else translate("Dialogs", "&Change the Ids")
    choices[box.addButton(change, QMessageBox.ButtonRole.DestructiveRole)] = "change"
    add_cancel(box, default=len(choices) == 1)
    if len(choices) > 1:
        box.setDefaultButton(next(iter(choices)))
    box.exec()
    clicked = box.clickedButton()
    return next((choice for button, choice in choices.items() if button is clicked), None)


def show_difference(parent: QWidget | None, diff: str, *, conflicts: list[str] | None = None,
                    title: str | None = None, explanation_text: str | None = None) -> None:
    """``diff`` from the files on disk (or ``title``'s other version) to the edits here; ``conflicts``:
    the places both changed."""
    dialog = QDialog(parent)
    dialog.setObjectName("differenceDialog")
    dialog.setWindowTitle(title or QCoreApplication.translate("Dialogs", "Differences between the file on disk and your version"))
    text = QPlainTextEdit(dialog)
    text.setObjectName("differenceText")
    text.setReadOnly(True)
    text.setFont(monospace_font())
    text.setPlainText(diff or QCoreApplication.translate("Dialogs", "No differences."))
    text.setAccessibleName(QCoreApplication.translate("Dialogs", "Differences"))
    explanation = QLabel(explanation_text or QCoreApplication.translate(
        "Dialogs", "Lines starting with - are only on disk; lines starting with + are only in your version."), dialog)
    explanation.setWordWrap(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("difference.close")
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    if conflicts:
        both = QLabel(QCoreApplication.translate("Dialogs", "Changed on both sides (they cannot be combined):") + "\n"
                      + _bulleted(conflicts), dialog)
        both.setObjectName("differenceConflicts")
        both.setWordWrap(True)
        both.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(both)
    layout.addWidget(explanation)
    layout.addWidget(text, 1)
    layout.addWidget(buttons)
    fit_to_screen(dialog, 760, 520)
    dialog.exec()


def ask_recovery(parent: QWidget | None, entries: list[RecoveryEntry]) -> tuple[RecoveryChoice, RecoveryEntry | None]:
    """Offer the unsaved edits a crash left behind; returns the choice and the chosen entry."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("Dialogs", "Recover unsaved changes"))
    intro = QLabel(QCoreApplication.translate("Dialogs", "The editor closed unexpectedly last time. These postings had changes "
                       "that were not saved:"), dialog)
    intro.setWordWrap(True)
    listing = QListWidget(dialog)
    listing.setObjectName("recoveryList")
    listing.setAccessibleName(QCoreApplication.translate("Dialogs", "Postings with unsaved changes"))
    # A site in a deep folder made the line longer than the dialog: wrapped, read whole without scrolling.
    listing.setWordWrap(True)
    listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    listing.setResizeMode(QListWidget.ResizeMode.Adjust)
    intro.setBuddy(listing)
    # The interface's language for the title and the time too ("Wed Dec 2 16:26:27 2026" was Qt's English).
    lang = interface_language()
    place = QLocale(f"{lang}_CA")
    for entry in entries:
        when = place.toString(QDateTime.fromSecsSinceEpoch(int(entry.saved_at)), QLocale.FormatType.ShortFormat)
        label = QCoreApplication.translate("Dialogs", "%1 (%2) — %3, in %4").replace("%1", entry.title(lang)).replace("%2", entry.key) \
            .replace("%3", when).replace("%4", str(entry.site_root))
        item = QListWidgetItem(label, listing)
        item.setToolTip(label)
        item.setData(Qt.ItemDataRole.UserRole, entry)
    listing.setCurrentRow(0)
    buttons = QDialogButtonBox(dialog)
    restore = buttons.addButton(QCoreApplication.translate("Dialogs", "&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
    discard = buttons.addButton(QCoreApplication.translate("Dialogs", "&Discard"), QDialogButtonBox.ButtonRole.DestructiveRole)
    later = buttons.addButton(QCoreApplication.translate("Dialogs", "Decide &Later"), QDialogButtonBox.ButtonRole.RejectRole)
    restore.setDefault(True)
    chosen = {"choice": RecoveryChoice.LATER}

    def choose(choice: RecoveryChoice) -> None:
        chosen["choice"] = choice
        dialog.accept()

    restore.clicked.connect(lambda: choose(RecoveryChoice.RESTORE))
    discard.clicked.connect(lambda: choose(RecoveryChoice.DISCARD))
    later.clicked.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(intro)
    layout.addWidget(listing, 1)
    layout.addWidget(QLabel(QCoreApplication.translate("Dialogs", "Restoring opens the posting with those changes, unsaved; the files "
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
    bundled: bool = False  # start from the bundled templates, the site's own being unusable


class NewPostingDialog(QDialog):
    """The questions ``posting-editor new`` asks: a title per language wanted (one is enough: the
    other language can be created later from the translator's side), optional key, leverId, descriptions.

    ``create`` is called with the values when the user confirms; it returns an error
    message to show (the dialog stays open) or None on success.
    """

    def __init__(self, parent: QWidget | None, create, *, own_templates: bool = True,
                 template_problem: str | None = None, start_from: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newPostingDialog")
        self.setWindowTitle(QCoreApplication.translate("Dialogs", "New Posting"))
        self._create = create
        self.title_en = OneLineEdit(self)
        self.title_en.setObjectName("new.title.en")
        self.title_fr = OneLineEdit(self)
        self.title_fr.setObjectName("new.title.fr")
        self.description_en = OneLineEdit(self)
        self.description_fr = OneLineEdit(self)
        self.key = QLineEdit(self)
        self.key.setObjectName("new.key")
        self.lever_id = QLineEdit(self)
        self.lever_id.setObjectName("new.leverId")
        self.error = ErrorLabel("new.error", self)
        form = QFormLayout()
        for label, field, name in (
                (QCoreApplication.translate("Dialogs", "English &title:"), self.title_en, QCoreApplication.translate("Dialogs", "English title")),
                (QCoreApplication.translate("Dialogs", "&French title:"), self.title_fr, QCoreApplication.translate("Dialogs", "French title")),
                (QCoreApplication.translate("Dialogs", "English &description:"), self.description_en, QCoreApplication.translate("Dialogs", "English description")),
                (QCoreApplication.translate("Dialogs", "French d&escription:"), self.description_fr, QCoreApplication.translate("Dialogs", "French description")),
                (QCoreApplication.translate("Dialogs", "Translation &key:"), self.key, QCoreApplication.translate("Dialogs", "Translation key")),
                (QCoreApplication.translate("Dialogs", "&Lever ID:"), self.lever_id, QCoreApplication.translate("Dialogs", "Lever ID"))):
            form.addRow(label, field)
            field.setAccessibleName(name)
        self.key.setAccessibleDescription(QCoreApplication.translate(
            "Dialogs", "Leave empty to make one from the English title, or from the French one when there is no English title"))
        self.lever_id.setPlaceholderText(QCoreApplication.translate("Dialogs", "optional"))
        self.title_en.textChanged.connect(self._suggest_key)
        self.title_fr.textChanged.connect(self._suggest_key)
        intro = QLabel(QCoreApplication.translate(
            "Dialogs", "Creates a file from the posting templates for each language given a title, linked by the "
            "translation key. Leave a title empty to write in one language only: the other version can be "
            "created later with its “Create the … Version…” button."), self)
        intro.setWordWrap(True)
        if not own_templates:
            intro.setText(QCoreApplication.translate(
                "Dialogs", "Creates an English and a French file, linked by the translation key, from the bundled "
                "templates: headings and placeholders only, as this site has no templates of its own. To start from "
                "the site's usual text, run “posting-editor templates init SITE --from FILE” once."))
        if start_from is not None:
            self.setWindowTitle(QCoreApplication.translate("Dialogs", "New Posting from This One"))
            intro.setText(QCoreApplication.translate(
                "Dialogs", "Starts from “%1”: its text and fields in each language it has, with the title, key and "
                "Lever ID given here, not archived. A description left empty keeps its description, to edit.")
                .replace("%1", start_from))
        intro.setObjectName("new.intro")
        # A site template that cannot be used is said before anything is typed, with the way round it.
        self.bundled = QCheckBox(QCoreApplication.translate("Dialogs", "Start from the &bundled templates instead"), self)
        self.bundled.setObjectName("new.bundled")
        self.bundled.setVisible(template_problem is not None)
        if template_problem is not None:
            self.error.say(template_problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = QPushButton(QCoreApplication.translate("Dialogs", "&Create"), self)
        self.create_button.setDefault(True)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.bundled)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _suggest_key(self, _text: str = "") -> None:
        title = self.title_en.text().strip() or self.title_fr.text().strip()
        self.key.setPlaceholderText(key_from_title(title) if title else "")

    def values(self) -> NewPostingValues:
        return NewPostingValues(
            titles={"en": self.title_en.text().strip(), "fr": self.title_fr.text().strip()},
            descriptions={"en": self.description_en.text().strip(), "fr": self.description_fr.text().strip()},
            key=self.key.text().strip(), lever_id=self.lever_id.text().strip(), bundled=self.bundled.isChecked())

    def _confirm(self) -> None:
        message = self._create(self.values())
        if message:
            self.error.say(message)
            return
        self.accept()


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(
        parent, QCoreApplication.translate("Dialogs", "About Posting Editor"),
        "<h3>" + html.escape(QCoreApplication.translate("Dialogs", "Posting Editor")) + f" {html.escape(__version__)}</h3>"
        + "<p>" + html.escape(QCoreApplication.translate("Dialogs", "Edit the English and French versions of job postings side by side, "
                                  "with a live preview and checks, for Hugo sites.")) + "</p>"
        + "<p>" + html.escape(QCoreApplication.translate(
            "Dialogs", "Licence: GPL-3.0, as it includes the Grammalecte grammar checker (GPL-3.0); "
            "the Posting Editor's own source code is under the MIT licence.")) + "</p>")


def ask_line(parent: QWidget | None, current: int, maximum: int) -> int | None:
    from PySide6.QtWidgets import QInputDialog

    value, ok = QInputDialog.getInt(parent, QCoreApplication.translate("Dialogs", "Go to Line"), QCoreApplication.translate("Dialogs", "&Line number:"), current, 1, max(1, maximum))
    return value if ok else None


def ask_title(parent: QWidget | None, lang: str) -> str:
    """The title of a new language version; empty when the user cancels."""
    from PySide6.QtWidgets import QInputDialog

    label = (QCoreApplication.translate("Dialogs", "&English title:") if lang == "en"
             else QCoreApplication.translate("Dialogs", "&French title:"))
    dialog = QInputDialog(parent)
    dialog.setObjectName("askTitleDialog")
    dialog.setWindowTitle(QCoreApplication.translate("Dialogs", "New Language Version"))
    dialog.setLabelText(label)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    # Wide enough for a real title, and never narrower than its own window title.
    metrics = dialog.fontMetrics()
    dialog.setMinimumWidth(max(metrics.horizontalAdvance("n") * 60,
                               metrics.horizontalAdvance(dialog.windowTitle()) + 120))
    dialog.resize(dialog.minimumWidth(), dialog.sizeHint().height())
    ok = dialog.exec() == QInputDialog.DialogCode.Accepted
    text = dialog.textValue()
    dialog.deleteLater()
    return on_one_line(text).strip() if ok else ""  # a title pasted with its line break
