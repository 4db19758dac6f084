"""The translator's queue in words: each reason a pair needs translation, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor.model.index import PairEntry, Status
from editor.model.queue import PairProgress, Reason


def reason_text(reason) -> str:
    """A ``queue.Reason`` in the interface language ("French: 23 blocks to translate")."""
    translate = QCoreApplication.translate
    name = translate("PostingListModel", "English") if reason.lang == "en" else translate("PostingListModel", "French")
    other = translate("PostingListModel", "French") if reason.lang == "en" else translate("PostingListModel", "English")
    if reason.kind == "missing":
        return (translate("PostingListModel", "English missing") if reason.lang == "en"
                else translate("PostingListModel", "French missing"))
    if reason.kind == "outdated":
        text = translate("PostingListModel", "%1: translation outdated")
    elif reason.kind == "markers":
        text = translate("PostingListModel", "%1: %n block(s) to translate", "", reason.count)
    elif reason.kind == "untranslated":
        text = translate("PostingListModel", "%1: %n block(s) still in %2", "", reason.count)
    else:
        text = translate("PostingListModel", "%1: %n template placeholder(s)", "", reason.count)
    return text.replace("%1", name).replace("%2", other)


def fallback_progress(entry: PairEntry) -> PairProgress:
    """Until the queue is worked out off the UI thread: what the index alone tells."""
    if entry.status in (Status.MISSING_EN, Status.MISSING_FR):
        lang = "en" if entry.status == Status.MISSING_EN else "fr"
        return PairProgress("needs-translation", (Reason("missing", lang),))
    return PairProgress(entry.status)
