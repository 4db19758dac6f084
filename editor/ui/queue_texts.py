"""The translator's queue in words: each reason a pair needs translation, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QObject

from editor.model.frontmatter.posting import Posting
from editor.model.site.index import PairEntry, Status, pseudo_key_parts
from editor.model.site.queue import PairProgress, Reason


class QueueTexts(QObject):
    """Only here for ``self.tr``: Qt's tools read plural forms (``%n``) from ``tr`` calls alone."""

    def key(self, key: str) -> str:
        """A pair's key as the list shows it, the index's keys for files without a usable
        translationKey said in the interface language."""
        parts = pseudo_key_parts(key)
        if parts is None:
            return key
        kind, name = parts
        text = self.tr("(no translation key: %1)") if kind == "no-key" else self.tr("(unreadable: %1)")
        return text.replace("%1", name)

    def reason(self, reason: Reason) -> str:
        """One reason, as in "French: 23 blocks to translate"."""
        if reason.kind == "missing":
            return self.tr("English missing") if reason.lang == "en" else self.tr("French missing")
        name = self.tr("English") if reason.lang == "en" else self.tr("French")
        other = self.tr("French") if reason.lang == "en" else self.tr("English")
        count = reason.count
        if reason.kind == "language":
            # Whole sentences: the other language's name, put in a phrase, changes its case in French.
            text = self.tr("French: mostly in English (%1%)") if reason.lang == "fr" else self.tr("English: mostly in French (%1%)")
            return text.replace("%1", str(reason.count))
        if reason.kind == "title":
            # Whole sentences, as for the language: the other language's name changes its case in French.
            return self.tr("French: title still the English one") if reason.lang == "fr" else self.tr("English: title still the French one")
        if reason.kind == "outdated":
            text = self.tr("%1: translation outdated")
        elif reason.kind == "empty":
            text = self.tr("%1: text empty")
        elif reason.kind == "notes":
            text = self.tr("%1: %n note(s) left (TODO)", "", count)
        elif reason.kind == "markers":
            text = self.tr("%1: %n block(s) to translate", "", count)
        elif reason.kind == "untranslated":
            text = self.tr("%1: %n block(s) still in %2", "", count)
        else:
            text = self.tr("%1: %n template placeholder(s)", "", count)
        return text.replace("%1", name).replace("%2", other)

    def merge_conflict(self, posting: Posting) -> str:
        """Where a merge left its conflict markers in one file of a pair, as in "English: line 12"."""
        text = self.tr("English: line %1") if posting.file_language == "en" else self.tr("French: line %1")
        return text.replace("%1", str(posting.conflicts[0]))


def reason_text(reason: Reason) -> str:
    return QueueTexts().reason(reason)


def merge_conflict_text(posting: Posting) -> str:
    return QueueTexts().merge_conflict(posting)


def key_text(key: str) -> str:
    return QueueTexts().key(key)


def fallback_progress(entry: PairEntry) -> PairProgress:
    """Until the queue is worked out off the UI thread: what the index alone tells."""
    status = entry.status  # worked out from the files each time it is asked
    if status in (Status.MISSING_EN, Status.MISSING_FR):
        lang = "en" if status == Status.MISSING_EN else "fr"
        return PairProgress("needs-translation", (Reason("missing", lang),))
    return PairProgress(status)
