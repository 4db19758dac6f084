"""Questions of the writer's workflow: reverting, a file deleted outside the editor, deleting a copy,
saving a file whose characters could not all be read, making the site's templates.

Each function shows one dialog and returns the answer; none reads or writes files. Buttons have
object names so tests (and accessibility tools) find them.
"""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from editor.model.site.conflicts import shown_value
from editor.model.site.index import SHARED_FIELDS
from editor.ui.finding_texts import interface_language
from editor.ui.message_box import add_cancel

translate = QCoreApplication.translate


def field_name(name: str) -> str:
    """A front-matter field as a writer calls it."""
    names = {
        "title": translate("WorkflowDialogs", "title"),
        "description": translate("WorkflowDialogs", "description"),
        "body": translate("WorkflowDialogs", "body"),
        "archived": translate("WorkflowDialogs", "archived"),
        "leverId": translate("WorkflowDialogs", "Lever ID"),
        "translationKey": translate("WorkflowDialogs", "translation key"),
        "layout": translate("WorkflowDialogs", "layout"),
        "type": translate("WorkflowDialogs", "type"),
        "text": translate("WorkflowDialogs", "whole file"),
        "front matter": translate("WorkflowDialogs", "front matter"),
    }
    return names.get(name, name)


def field_value(name: str, present: bool, value: object) -> str:
    """A front-matter value as the window shows it: archived or not as its check box says it, other
    yes-or-no values in words, the rest as the file holds it (YAML's true and false are no words
    of a French interface)."""
    if present and isinstance(value, bool):
        if name == "archived":
            return (translate("WorkflowDialogs", "archived", "the value of the archived field") if value
                    else translate("WorkflowDialogs", "not archived"))
        return translate("WorkflowDialogs", "yes") if value else translate("WorkflowDialogs", "no")
    return shown_value(present, value, interface_language())


def describe_changes(changes: dict[str, list[str]]) -> str:
    """``{"fr": ["title"], "en": ["body"]}`` as "French title, English body"; a shared field edited
    in both files is named once."""
    both = [name for name in changes.get("en", []) if name in SHARED_FIELDS and name in changes.get("fr", [])]
    parts = [translate("WorkflowDialogs", "%1 (both languages)").replace("%1", field_name(name)) for name in both]
    for lang in ("fr", "en"):
        template = (translate("WorkflowDialogs", "French %1") if lang == "fr"
                    else translate("WorkflowDialogs", "English %1"))
        parts += [template.replace("%1", field_name(name)) for name in changes.get(lang, []) if name not in both]
    return ", ".join(parts)


def ask_revert(parent: QWidget | None, title: str, changes: dict[str, list[str]]) -> bool:
    """True when the user confirms throwing away ``changes`` (per language, see ``describe_changes``)."""
    box = QMessageBox(parent)
    box.setObjectName("revertDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("WorkflowDialogs", "Revert to Saved"))
    box.setText(translate("WorkflowDialogs", "Throw away your unsaved changes to “%1”?").replace("%1", title))
    box.setInformativeText(translate("WorkflowDialogs", "Lost: %1.\n\nEdit ▸ Undo brings them back, once, until "
                                                        "you type again.").replace("%1", describe_changes(changes)))
    revert = box.addButton(translate("WorkflowDialogs", "&Revert"), QMessageBox.ButtonRole.DestructiveRole)
    revert.setObjectName("revert.confirm")
    add_cancel(box, "revert.cancel")
    box.exec()
    return box.clickedButton() is revert


class VanishedChoice(enum.Enum):
    RECREATE = "recreate"
    CLOSE = "close"
    KEEP = "keep"  # decide later: the text stays open, unsaved


def ask_vanished(parent: QWidget | None, langs: list[str], names: list[str], *,
                 others_stay: bool = False) -> VanishedChoice:
    """Files of the open pair were deleted (or renamed away) by another program; ``others_stay``: the
    pair's other language is still there, and stays open whatever the answer."""
    box = QMessageBox(parent)
    box.setObjectName("vanishedDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("WorkflowDialogs", "File deleted outside the editor"))
    if langs == ["fr"]:
        text = translate("WorkflowDialogs", "The French file was deleted outside the editor.")
    elif langs == ["en"]:
        text = translate("WorkflowDialogs", "The English file was deleted outside the editor.")
    else:
        text = translate("WorkflowDialogs", "The English and French files were deleted outside the editor.")
    box.setText(text)
    if others_stay:
        informative = translate("WorkflowDialogs", "%1 is no longer on disk. Recreate it from the text still open "
                                                    "here, or close it: its text open here is then lost, and the "
                                                    "other language stays open as it is.")
    else:
        informative = translate("WorkflowDialogs", "%1 is no longer on disk. Recreate it from the text still open "
                                                    "here, or close the posting (the text open here is then lost).")
    box.setInformativeText(informative.replace("%1", ", ".join(names)))
    recreate = box.addButton(translate("WorkflowDialogs", "&Recreate the File"),
                             QMessageBox.ButtonRole.AcceptRole)
    recreate.setObjectName("vanished.recreate")
    close = box.addButton(translate("WorkflowDialogs", "&Close the File") if others_stay
                          else translate("WorkflowDialogs", "&Close the Posting"),
                          QMessageBox.ButtonRole.DestructiveRole)
    close.setObjectName("vanished.close")
    later = box.addButton(translate("WorkflowDialogs", "Decide &Later"), QMessageBox.ButtonRole.RejectRole)
    later.setObjectName("vanished.later")
    box.setDefaultButton(recreate)
    box.setEscapeButton(later)
    box.exec()
    choices: dict[QAbstractButton, VanishedChoice] = {recreate: VanishedChoice.RECREATE, close: VanishedChoice.CLOSE}
    return choices.get(box.clickedButton(), VanishedChoice.KEEP)


def tell_site_gone(parent: QWidget | None, root: Path) -> None:
    """The open site's folder is no longer there: its files were not deleted one by one, and
    recreating them would make a stray copy of its folders where it used to be."""
    QMessageBox.warning(
        parent, translate("WorkflowDialogs", "Site Folder No Longer There"),
        translate("WorkflowDialogs", "The site folder %1 is no longer there: it was renamed, moved or deleted "
                                     "outside the editor. Nothing was written; the text open here stays, unsaved. "
                                     "Copy what you need, then open the site where it is now (File ▸ Open Site "
                                     "Folder…).").replace("%1", str(root)))


def confirm_delete(parent: QWidget | None, name: str, title: str) -> bool:
    """Deleting a posting file cannot be undone from the editor: ask, with Cancel as the default."""
    return _confirm_loss(
        parent, "delete",
        translate("WorkflowDialogs", "Delete the File"),
        translate("WorkflowDialogs", "Delete %1 (“%2”) from the disk?").replace("%1", name).replace("%2", title),
        translate("WorkflowDialogs", "The file is removed for good; the editor cannot bring it "
                                     "back. Archiving it or giving it another key keeps it."),
        translate("WorkflowDialogs", "&Delete"), "delete.confirm")


def confirm_unreadable(parent: QWidget | None, unreadable: dict[Path, int]) -> bool:
    """Saving a file that was not UTF-8 writes its unreadable characters (shown as �) as �: ask first,
    with Cancel as the default."""
    # No plural forms: Qt's tools read them from ``tr`` calls only.
    return _confirm_loss(
        parent, "unreadable",
        translate("WorkflowDialogs", "Characters That Could Not Be Read"),
        "\n".join(translate("WorkflowDialogs", "%1 is not UTF-8 text. Characters that could not be read, "
                                               "shown as �: %2.").replace("%1", path.name).replace("%2", str(count))
                  for path, count in unreadable.items()),
        translate("WorkflowDialogs", "Saving writes them as �: the original characters (é, à, ’…) "
                                     "are lost. Type them again where � shows first, or save "
                                     "the file as UTF-8 in your text editor and open it again."),
        translate("WorkflowDialogs", "&Save Anyway"), "unreadable.save")


def confirm_discard_glossary(parent: QWidget | None) -> bool:
    """Closing the glossary with terms changed and not saved: ask, with Cancel (keep editing) as the default."""
    return _confirm_loss(
        parent, "discardGlossary",
        translate("WorkflowDialogs", "Discard the Glossary Changes"),
        translate("WorkflowDialogs", "The glossary has changes that are not saved."),
        translate("WorkflowDialogs", "Closing now loses the terms added, changed or removed since it "
                                     "was opened. Cancel, then Save, keeps them."),
        translate("WorkflowDialogs", "&Discard Changes"), "discardGlossary.discard")


def confirm_templates(parent: QWidget | None, title: str, origins: list[str], dropped: list[str],
                      existing: list[str]) -> bool:
    """Make the site's templates from the posting ``title``: ``origins`` says where each language's
    comes from, ``dropped`` the page fields left out, ``existing`` the templates that would be
    replaced (then Cancel is the default, and the question says they are kept)."""
    details = "\n".join(f"• {line}" for line in origins)
    if dropped:
        details += "\n\n" + translate("WorkflowDialogs", "Left out, as they belong to one page: %1.").replace(
            "%1", ", ".join(dropped))
    details += "\n\n" + translate("WorkflowDialogs", "Afterwards, edit them: put what each posting changes in "
                                                     "_…_ placeholders, which export refuses to publish.")
    if existing:
        return _confirm_loss(
            parent, "replaceTemplates",
            translate("WorkflowDialogs", "Replace the Site's Templates"),
            translate("WorkflowDialogs", "This site already has templates (%1). Replace them with templates made "
                                         "from “%2”?").replace("%1", ", ".join(existing)).replace("%2", title),
            details + "\n\n" + translate("WorkflowDialogs", "The current templates are kept beside them, as "
                                                           "replaced-….posting.en.md and …posting.fr.md."),
            translate("WorkflowDialogs", "&Replace Templates"), "replaceTemplates.replace")
    box = QMessageBox(parent)
    box.setObjectName("makeTemplatesDialog")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("WorkflowDialogs", "Make the Site's Templates"))
    box.setText(translate("WorkflowDialogs", "Make the site's templates from “%1”? New postings of this site will "
                                             "start from them.").replace("%1", title))
    box.setInformativeText(details)
    make = box.addButton(translate("WorkflowDialogs", "&Make Templates"), QMessageBox.ButtonRole.AcceptRole)
    make.setObjectName("makeTemplates.make")
    add_cancel(box, "makeTemplates.cancel", default=False)  # nothing is replaced: Enter makes them
    box.setDefaultButton(make)
    box.exec()
    return box.clickedButton() is make


def _confirm_loss(parent: QWidget | None, name: str, title: str, text: str, details: str, action: str,
                  action_name: str) -> bool:
    """A question before something the editor cannot take back: a warning whose default (and Escape)
    is Cancel, so that Enter never loses anything. True when ``action`` was chosen."""
    box = QMessageBox(parent)
    box.setObjectName(f"{name}Dialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(details)
    chosen = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    chosen.setObjectName(action_name)
    add_cancel(box, f"{name}.cancel")
    box.exec()
    return box.clickedButton() is chosen
