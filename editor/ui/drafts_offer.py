"""An empty folder opened in the window: offered as a drafts folder (en/, fr/), as
``posting-editor new`` makes one, instead of only saying it is not a site."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from editor.ui.message_box import add_cancel

translate = QCoreApplication.translate


def is_empty_folder(folder: str | Path) -> bool:
    """Whether ``folder`` is a folder with nothing in it (not even hidden files)."""
    path = Path(folder).expanduser()
    try:
        return path.is_dir() and not any(path.iterdir())
    except OSError:
        return False  # unreadable: the usual message says what is wrong with it


def ask_make_drafts(parent: QWidget | None, folder: Path) -> bool:
    """Ask before writing anything into the user's folder; Cancel is the default (and Escape), so
    that Enter leaves the folder as it was."""
    box = QMessageBox(parent)
    box.setObjectName("draftsFolderDialog")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("DraftsOffer", "Empty Folder"))
    box.setText(translate("DraftsOffer", "“%1” is empty: it is neither a site nor a drafts folder yet. "
                                         "Make it a drafts folder?").replace("%1", str(folder)))
    box.setInformativeText(translate(
        "DraftsOffer", "Two sub-folders are added to it: en/ for the English postings and fr/ for the French "
                       "ones. New postings can then be written there and exported to the site later. "
                       "Nothing else is written."))
    make = box.addButton(translate("DraftsOffer", "&Make It a Drafts Folder"), QMessageBox.ButtonRole.AcceptRole)
    make.setObjectName("drafts.make")
    add_cancel(box, "drafts.cancel")
    box.exec()
    return box.clickedButton() is make


def offer_drafts_folder(parent: QWidget | None, folder: str | Path) -> bool:
    """Offer the empty ``folder`` as a drafts folder and make it one when the user agrees; True when
    it was made (a failure is said here)."""
    from editor.model.site.create import CreateError, make_drafts_folder
    from editor.ui.finding_texts import failure_text

    path = Path(folder).expanduser()
    if not ask_make_drafts(parent, path):
        return False
    try:
        make_drafts_folder(path)
    except (CreateError, OSError) as error:  # CreateError: something was put there meanwhile, not ours to reshape
        QMessageBox.warning(parent, translate("DraftsOffer", "Cannot open the site"), failure_text(error, path))
        return False
    return True
