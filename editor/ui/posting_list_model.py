"""The posting list's rows: one per linked pair of the site, with its statuses, detail line and
search text (``PostingListModel``), searched, filtered and sorted (``PostingFilterModel``)."""

from __future__ import annotations

from PySide6.QtCore import (QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex,
                            QSortFilterProxyModel, Qt, QTimer)
from PySide6.QtGui import QIcon

from editor.model.site.index import PairEntry, Status
from editor.model.site.queue import PairProgress
from editor.model.site.search import (FileSearchText, PairSearchText, file_search_text, pair_search_text, search_rank,
                                      search_words)
from editor.ui.queue_texts import fallback_progress, key_text, merge_conflict_text, reason_text
from editor.ui.status_icons import status_icon

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2  # list of status ids
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3  # second line: key and statuses in words
SORT_ROLE = Qt.ItemDataRole.UserRole + 4
RANK_ROLE = Qt.ItemDataRole.UserRole + 5  # where the row goes among a search's results; None: not found

FILTERS = ("all", "open", "archived", "attention", "translation")
ATTENTION = {"merge-conflict", "conflict", "invalid", "unreadable", "unsaved", "mixed-archived", "draft", "needs-translation"}
# Statuses a pair's files give whatever the queue says (a progress worked out with another is stale).
_BROKEN = (Status.MERGE_CONFLICT, Status.INVALID, Status.CONFLICT)
# The translator's queue (editor.model.site.queue): a file to write, markers or the other language's
# text left, a source changed since the translation, template placeholders.
NEEDS_TRANSLATION = {"needs-translation", "draft"}


def status_text(status: str) -> str:
    """The words for a status id, in the interface language."""
    translate = QCoreApplication.translate
    texts = {
        "needs-translation": translate("PostingListModel", "Needs translation"),
        "draft": translate("PostingListModel", "Draft"),
        "conflict": translate("PostingListModel", "Conflict"),
        "merge-conflict": translate("PostingListModel", "Merge conflict markers"),
        "invalid": translate("PostingListModel", "Invalid file"),
        "unreadable": translate("PostingListModel", "A file cannot be read"),
        "archived": translate("PostingListModel", "Archived"),
        "mixed-archived": translate("PostingListModel", "Archived in one language only"),
        "unsaved": translate("PostingListModel", "Unsaved"),
    }
    return texts.get(status, status)


class PostingListModel(QAbstractListModel):
    """Rows are the index's pairs; text in the interface language, statuses as ids and words."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[PairEntry] = []
        # Each pair's search text, built the first time a search needs it: building it reads every
        # file's body, which the list alone never needs (on 5,000 postings that held up the first paint).
        self._search: list[PairSearchText | None] = []
        # Each file's part of it, by path, with the digest of the content it was made from: after a save
        # or a reload only the files whose content changed are read again.
        self._file_texts: dict[str, tuple[str, FileSearchText]] = {}
        # The words searched for, and each pair's rank for them (by key), worked out when first asked.
        self._searched: list[str] = []
        self._ranks: dict[str, int | None] = {}
        self._unsaved: set[str] = set()
        self._progress: dict[str, PairProgress] = {}
        # Each status icon made once: a row's icon is asked for at every paint, and making it looks
        # for its file on disk and reads the SVG (the watcher's profile on 5,000 postings showed it).
        self._icons: dict[str, QIcon] = {}
        # What each row shows, worked out once per change of the entries, progress or unsaved set:
        # a pair's status walks all its files, and painting, sorting, filtering and the filter counts
        # each ask for every row (on 5,000 postings the window froze seconds when progress arrived).
        self._shown: dict[str, tuple[PairProgress, list[str]]] = {}
        self._language = "en"

    def set_entries(self, entries: list[PairEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._search = [None] * len(self._entries)
        self._shown.clear()
        self._ranks.clear()
        self._file_texts.clear()
        self.endResetModel()

    def set_search(self, words: list[str]) -> None:
        """The (folded) words searched for: the rows' ranks follow (see ``search.search_rank``)."""
        self._searched = list(words)
        self._ranks.clear()

    def missing_texts(self) -> list[tuple[str, str | None]]:
        """(path, language) of the files whose search text is not known yet (see ``read_search_texts``)."""
        return [(str(posting.path), posting.language) for entry in self._entries for posting in entry.all_postings()
                if posting.path is not None and not posting.unreadable and str(posting.path) not in self._file_texts]

    def add_texts(self, texts: dict[str, tuple[str, FileSearchText]]) -> None:
        """Search texts read off the UI thread; a file's text is used only while its digest is the pair's."""
        for path, known in texts.items():
            self._file_texts.setdefault(path, known)

    # Past this many rows added or removed, one reset costs the views less than row by row.
    MOST_ROWS_MOVED = 200

    def update_entries(self, entries: list[PairEntry]) -> None:
        """The same site's pairs read again: without a reset, so the views keep their selection and
        scroll. A pair whose files are the same as before (by path and content) keeps its row untouched;
        a changed one has its row changed; the others are removed or added."""
        wanted = {entry.key: entry for entry in entries}
        gone = [row for row, entry in enumerate(self._entries) if entry.key not in wanted]
        present = {entry.key for entry in self._entries}
        added = [entry for entry in entries if entry.key not in present]
        if len(gone) + len(added) > self.MOST_ROWS_MOVED:
            texts = self._file_texts
            self.set_entries(entries)
            self._file_texts = texts  # the files, unlike the rows, are still those
            return
        for row in reversed(gone):
            self.beginRemoveRows(QModelIndex(), row, row)
            key = self._entries[row].key
            del self._entries[row], self._search[row]
            self._shown.pop(key, None)
            self._ranks.pop(key, None)
            self.endRemoveRows()
        changed: list[int] = []
        for row, entry in enumerate(self._entries):
            new = wanted[entry.key]
            if new is entry:
                continue
            self._entries[row] = new
            if _files_of(new) != _files_of(entry):
                self._search[row] = None
                self._ranks.pop(entry.key, None)
                self._shown.pop(entry.key, None)
                changed.append(row)
        # One signal a run of rows: a checkout changing 250 pairs made the proxy sort and filter, and
        # the list count every filter, 250 times over.
        for first, last in _runs(changed):
            self.dataChanged.emit(self.index(first), self.index(last))
        if added:
            start = len(self._entries)
            self.beginInsertRows(QModelIndex(), start, start + len(added) - 1)
            self._entries += added
            self._search += [None] * len(added)
            self.endInsertRows()

    @property
    def language(self) -> str:
        return self._language

    def set_language(self, language: str) -> None:
        self._language = language
        self._changed_all()

    def set_progress(self, progress: dict[str, PairProgress]) -> None:
        """Each pair's status word and what is left to do (worked out off the UI thread)."""
        if progress == self._progress:
            return
        before, self._shown = self._shown, {}
        self._progress = dict(progress)
        # Only the rows that now show something else change: the first progress of a window usually
        # says what the rows showed already (worked out from the index), and a change of every row
        # made the views sort, filter, count and paint them all again.
        changed = [row for row, entry in enumerate(self._entries)
                   if (shown := before.get(entry.key)) is None or self._row(entry) != shown]
        for first, last in _runs(changed):
            self.dataChanged.emit(self.index(first), self.index(last))

    def progress(self, entry: PairEntry) -> PairProgress:
        return self._row(entry)[0]

    def statuses(self, entry: PairEntry) -> list[str]:
        return list(self._row(entry)[1])

    def _row(self, entry: PairEntry) -> tuple[PairProgress, list[str]]:
        shown = self._shown.get(entry.key)
        if shown is None:
            progress = self._progress_shown(entry)
            shown = self._shown[entry.key] = (progress, self._statuses(entry, progress))
        return shown

    def _progress_shown(self, entry: PairEntry) -> PairProgress:
        found = self._progress.get(entry.key)
        # A progress worked out before the pair's files changed (a save, a new file) is not shown.
        if found is None or (entry.status in _BROKEN) != (found.word in _BROKEN) \
                or any(r.kind == "missing" and entry.postings(r.lang) for r in found.reasons):
            return fallback_progress(entry)
        return found

    def set_unsaved(self, key: str, unsaved: bool) -> None:
        if (key in self._unsaved) == unsaved:
            return
        (self._unsaved.add if unsaved else self._unsaved.discard)(key)
        self._shown.pop(key, None)
        for row, entry in enumerate(self._entries):
            if entry.key == key:
                index = self.index(row)
                self.dataChanged.emit(index, index)

    def retranslate(self) -> None:
        self._changed_all()

    def _changed_all(self) -> None:
        if self._entries:
            self.dataChanged.emit(self.index(0), self.index(len(self._entries) - 1))

    def filter_counts(self) -> dict[str, int]:
        """How many pairs each filter shows (before any search words)."""
        rows = [self.statuses(entry) for entry in self._entries]
        return {name: sum(1 for statuses in rows if filter_accepts(name, statuses)) for name in FILTERS}

    def row_of(self, key: str) -> int:
        for row, entry in enumerate(self._entries):
            if entry.key == key:
                return row
        return -1

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 (Qt override; an invalid index never changes)
        return 0 if parent.isValid() else len(self._entries)

    def _statuses(self, entry: PairEntry, progress: PairProgress) -> list[str]:
        found = []
        word = progress.word
        if word != "ok":
            found.append(word)
        if progress.needs_translation and word not in NEEDS_TRANSLATION:
            # A pair in conflict (or unreadable) with a language missing is still in the translator's
            # queue, as `posting-editor list --needs-translation` lists it.
            found.append("needs-translation")
        if entry.archived is True:
            found.append("archived")
        elif entry.archived is None and entry.status not in (*_BROKEN, Status.UNREADABLE):
            found.append("mixed-archived")
        if entry.key in self._unsaved:
            found.append("unsaved")
        return found

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return key_text(entry.title(self._language))
        if role == KEY_ROLE:
            return entry.key
        if role == STATUS_ROLE:
            return self.statuses(entry)
        if role == DETAIL_ROLE:
            return " · ".join([key_text(entry.key), *self._words(entry, short=True)])
        if role == Qt.ItemDataRole.DecorationRole:
            name = self._icon(entry)
            icon = self._icons.get(name)
            if icon is None:
                icon = self._icons[name] = status_icon(name)
            return icon
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            words = self._words(entry)
            title, key = key_text(entry.title(self._language)), key_text(entry.key)
            return ", ".join([title, key, *words]) if role == Qt.ItemDataRole.AccessibleTextRole \
                else "\n".join([title, self.tr("Key: %1").replace("%1", key), *words])
        if role == RANK_ROLE:
            return self._rank(index.row(), entry)
        if role == SORT_ROLE:
            title = entry.title(self._language).casefold()
            # While searching, the rank goes first: a string, so that Qt still sorts without Python.
            return f"{self._rank(index.row(), entry) or 0:05d}{title}" if self._searched else title
        return None

    def _rank(self, row: int, entry: PairEntry) -> int | None:
        if not self._searched:
            return 0
        if entry.key not in self._ranks:
            text = self._search[row]
            if text is None:
                text = self._search[row] = self._search_text(entry)
            self._ranks[entry.key] = search_rank(self._searched, text)
        return self._ranks[entry.key]

    def _search_text(self, entry: PairEntry) -> PairSearchText:
        parts = []
        for posting in entry.all_postings():
            path, digest = str(posting.path), posting.summary().digest
            known = self._file_texts.get(path)
            if known is None or known[0] != digest or not digest:
                known = self._file_texts[path] = (digest, file_search_text(posting))
            parts.append(known[1])
        return pair_search_text(entry.key, parts)

    def _words(self, entry: PairEntry, *, short: bool = False) -> list[str]:
        """The statuses in words, the queue's reasons (with their counts) after theirs. ``short``:
        for the narrow second line, where the icon already says "Needs translation"."""
        progress = self.progress(entry)
        words = []
        statuses = self.statuses(entry)
        holder = "needs-translation" if "needs-translation" in statuses else progress.word  # where the reasons go
        for status in statuses:
            reasons = ", ".join(reason_text(reason) for reason in progress.reasons) if status == holder else ""
            if status == Status.MERGE_CONFLICT:  # which file, and where: the list is where it is noticed
                reasons = ", ".join(filter(None, [*map(merge_conflict_text, entry.merge_conflicts()), reasons]))
            if short and status == "needs-translation" and reasons:
                words.append(reasons)
            else:
                words.append(status_text(status) + (" — " + reasons if reasons else ""))
        return words

    def _icon(self, entry: PairEntry) -> str:
        statuses = self.statuses(entry)
        if not statuses:
            return "ok"
        progress = self.progress(entry)
        if statuses[0] == "needs-translation" and progress.reasons:
            # A file to write and a source that moved on have their own pictures.
            first = progress.reasons[0].kind
            return {"missing": "missing-fr", "outdated": "outdated"}.get(first, "needs-translation")
        return statuses[0]


def filter_accepts(name: str, statuses) -> bool:
    """Whether a row with ``statuses`` is shown under the filter ``name`` (one of FILTERS)."""
    statuses = set(statuses)
    if name == "open":
        return not statuses & {"archived", "mixed-archived"}
    if name == "archived":
        return "archived" in statuses
    if name == "attention":
        return bool(statuses & ATTENTION)
    if name == "translation":
        return bool(statuses & NEEDS_TRANSLATION)
    return True


def _files_of(entry: PairEntry) -> tuple:
    """What a pair's row is made from: its files (by path and content) and the unreadable files that
    may be its missing half."""
    return (tuple((posting.language, str(posting.path), posting.summary().digest) for posting in entry.all_postings()),
            tuple((lang, tuple(str(p.path) for p in found)) for lang, found in sorted(entry.unreadable_elsewhere.items())))


def read_search_texts(files: list[tuple[str, str | None]], stop=None) -> dict[str, tuple[str, FileSearchText]]:
    """Each file's search text with the digest of the content it was made from, read from the files
    (not through the index's postings: this runs off the UI thread, which may be reading those)."""
    from pathlib import Path

    from editor.model.frontmatter.posting import Posting
    from editor.model.interrupt import check
    from editor.model.storage.files import read_bytes

    found = {}
    for path, lang in files:
        check(stop)
        try:
            raw = read_bytes(Path(path))
        except OSError:
            continue  # read on the UI thread when a search needs it, and said there
        posting = Posting(raw, Path(path), lang)
        found[path] = (posting.summary().digest, file_search_text(posting))
    return found


class PostingFilterModel(QSortFilterProxyModel):
    """Search words (all must match; the best matches first, see ``search.search_rank``) and the
    open/archived/attention filter."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._filter = "all"
        self._pinned = ""
        self.setSortRole(SORT_ROLE)

    def set_pinned(self, key: str, *, later: bool = False) -> None:
        """Keep ``key``'s row shown whatever the filter: the pair being edited never vanishes from
        under the user (saving it may well take it out of "Needs translation"). ``later``: filter
        again once control returns to the event loop (from a selection signal, where changing the
        rows would pull the view's current row from under it)."""
        if key == self._pinned:
            return
        if later:
            self._pinned = key
            QTimer.singleShot(0, self, self._refilter)
        else:
            self._change_filter(lambda: setattr(self, "_pinned", key))

    def set_search(self, text: str) -> None:
        self._set("_words", search_words(text))
        source = self.sourceModel()
        assert isinstance(source, PostingListModel)
        source.set_search(self._words)
        # Filtered and sorted again as a whole: the rows found by both searches change places too.
        self.invalidate()

    def set_filter(self, name: str) -> None:
        self._change_filter(lambda: self._set("_filter", name))

    def _set(self, name: str, value) -> None:
        setattr(self, name, value)
        self._pinned = ""  # asking for other rows shows exactly those: the current row is not kept

    def _refilter(self) -> None:
        self._change_filter(lambda: None)

    def _change_filter(self, change) -> None:
        # Qt 6.9 replaced invalidateFilter() by a begin/end pair around the change.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange()
        else:
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802 (Qt override)
        index = self.sourceModel().index(row, 0, parent)
        if self._pinned and index.data(KEY_ROLE) == self._pinned:
            return True
        if not filter_accepts(self._filter, index.data(STATUS_ROLE) or []):
            return False
        if not self._words:
            return True
        return index.data(RANK_ROLE) is not None


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """``rows`` (ascending) as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
