"""The list of the site's postings, one row per linked pair, with search and filters."""

from __future__ import annotations

from PySide6.QtCore import (QAbstractListModel, QCoreApplication, QEvent, QItemSelectionModel, QModelIndex,
                            QPersistentModelIndex, QRect, QSize, QSortFilterProxyModel, Qt, QTimer, Signal)
from PySide6.QtGui import QFont, QIcon, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit,
                               QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem,
                               QVBoxLayout, QWidget)

from editor.model.site.index import PairEntry, Status
from editor.model.site.queue import PairProgress
from editor.ui.queue_texts import fallback_progress, key_text, reason_text
from editor.ui.status_icons import status_icon

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2  # list of status ids
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3  # second line: key and statuses in words
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 4
SORT_ROLE = Qt.ItemDataRole.UserRole + 5

FILTERS = ("all", "open", "archived", "attention", "translation")
ATTENTION = {"conflict", "invalid", "unreadable", "unsaved", "mixed-archived", "draft", "needs-translation"}
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
        self._search: list[str | None] = []
        self._unsaved: set[str] = set()
        self._progress: dict[str, PairProgress] = {}
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
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self._language = language
        self._changed_all()

    def set_progress(self, progress: dict[str, PairProgress]) -> None:
        """Each pair's status word and what is left to do (worked out off the UI thread)."""
        if progress == self._progress:
            return
        self._progress = dict(progress)
        self._shown.clear()
        self._changed_all()

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
        if found is None or (entry.status in (Status.INVALID, Status.CONFLICT)) != (found.word in (Status.INVALID, Status.CONFLICT)) \
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
        elif entry.archived is None and entry.status not in (Status.INVALID, Status.CONFLICT, Status.UNREADABLE):
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
            return status_icon(self._icon(entry))
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            words = self._words(entry)
            title, key = key_text(entry.title(self._language)), key_text(entry.key)
            return ", ".join([title, key, *words]) if role == Qt.ItemDataRole.AccessibleTextRole \
                else "\n".join([title, self.tr("Key: %1").replace("%1", key), *words])
        if role == SEARCH_ROLE:
            text = self._search[index.row()]
            if text is None:
                text = self._search[index.row()] = _search_text(entry)
            return text
        if role == SORT_ROLE:
            return entry.title(self._language).casefold()
        return None


    def _words(self, entry: PairEntry, *, short: bool = False) -> list[str]:
        """The statuses in words, the queue's reasons (with their counts) after theirs. ``short``:
        for the narrow second line, where the icon already says "Needs translation"."""
        progress = self.progress(entry)
        words = []
        statuses = self.statuses(entry)
        holder = "needs-translation" if "needs-translation" in statuses else progress.word  # where the reasons go
        for status in statuses:
            reasons = ", ".join(reason_text(reason) for reason in progress.reasons) if status == holder else ""
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


def _search_text(entry: PairEntry) -> str:
    parts = [entry.key]
    for posting in entry.all_postings():
        if posting.valid:
            parts += [str(posting.get("title") or ""), str(posting.get("leverId") or ""), posting.body]
        else:
            parts.append(posting.text())
    return "\n".join(parts).casefold()


class PostingFilterModel(QSortFilterProxyModel):
    """Search words (all must match) and the open/archived/attention filter."""

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
        self._change_filter(lambda: self._set("_words", text.casefold().split()))

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
        haystack = index.data(SEARCH_ROLE) or ""
        return all(word in haystack for word in self._words)


def _fit_detail(detail: str, metrics, width: int) -> str:
    """The key, then the statuses: when the line is too long the key gives way (its middle elided),
    since the statuses say what is left to do and the key is in the tooltip and the fields."""
    if metrics.horizontalAdvance(detail) <= width:
        return detail
    key, sep, words = detail.partition(" · ")
    room = width - metrics.horizontalAdvance(sep + words)
    if sep and room >= metrics.horizontalAdvance("ab…yz"):
        return metrics.elidedText(key, Qt.TextElideMode.ElideMiddle, room) + sep + words
    return metrics.elidedText(detail, Qt.TextElideMode.ElideRight, width)


class PostingDelegate(QStyledItemDelegate):
    """Two lines per row: the title, then the key and the statuses in words (never colour alone)."""

    MARGIN = 6

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt override)
        metrics = option.fontMetrics
        icon = option.decorationSize.height()
        height = max(icon, metrics.height() * 2 + metrics.leading()) + 2 * self.MARGIN
        return QSize(200, height)

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else None
        # Copies: the option's fields are shared with the wrapper, so clearing them below
        # would clear these too.
        title, detail, icon = str(opt.text), index.data(DETAIL_ROLE) or "", QIcon(opt.icon)
        size = QSize(opt.decorationSize)
        if size.width() <= 0:
            size = QSize(16, 16)
        opt.text = ""
        opt.icon = QIcon()
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = opt.rect.adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        if not icon.isNull():
            icon_rect = QRect(rect.left(), rect.top() + 1, size.width(), size.height())
            icon.paint(painter, icon_rect)
        text_left = rect.left() + size.width() + self.MARGIN
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(opt.palette.color(group, role))
        metrics = painter.fontMetrics()
        line = QRect(text_left, rect.top(), rect.right() - text_left, metrics.height())
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(title, Qt.TextElideMode.ElideRight, line.width()))
        painter.setFont(opt.font)
        if not selected:
            painter.setPen(opt.palette.color(group, QPalette.ColorRole.PlaceholderText))
        metrics = painter.fontMetrics()
        second = QRect(text_left, line.bottom() + 1 + metrics.leading(), line.width(), metrics.height())
        painter.drawText(second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         _fit_detail(detail, metrics, second.width()))
        painter.restore()


class PostingList(QWidget):
    """Search box, filter and the list. ``currentKeyChanged(new, previous)`` when the user picks a row;
    the window may put the previous one back with ``select_key(previous, notify=False)``."""

    currentKeyChanged = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PostingListModel(self)
        self.proxy = PostingFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setDynamicSortFilter(True)
        self.proxy.sort(0)

        self.search = QLineEdit(self)
        self.search.setObjectName("postingSearch")
        self.search.setClearButtonEnabled(True)
        self._search_label = QLabel(self)
        self._search_label.setBuddy(self.search)
        self.filter = QComboBox(self)
        self.filter.setObjectName("postingFilter")
        self._filter_label = QLabel(self)
        self._filter_label.setBuddy(self.filter)
        self.view = QListView(self)
        self.view.setObjectName("postingList")
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(PostingDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformItemSizes(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.count = QLabel(self)
        self.count.setObjectName("postingCount")

        top = QHBoxLayout()
        top.addWidget(self._filter_label)
        top.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 4)
        layout.addWidget(self._search_label)
        layout.addWidget(self.search)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        self.setTabOrder(self.search, self.filter)
        self.setTabOrder(self.filter, self.view)

        # Searching the bodies of hundreds of postings on every keystroke would make typing lag.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._focus_list)
        self.filter.currentIndexChanged.connect(self._apply_filter)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.model.dataChanged.connect(self._update_filter_counts)
        self._current = ""
        self._notify = True
        self.retranslate()

    # ----------------------------------------------------------------- content
    def set_entries(self, entries: list[PairEntry]) -> None:
        """Show ``entries``, keeping the current pair selected when it is still there."""
        keep = self._current
        self._notify = False
        try:
            self.model.set_entries(entries)
            self._current = ""
            if keep:
                self._select(keep)
        finally:
            self._notify = True
        self._update_count()

    def set_interface_language(self, language: str) -> None:
        self.model.set_language(language)
        self.proxy.invalidate()
        self.proxy.sort(0)

    def set_unsaved(self, key: str, unsaved: bool) -> None:
        self.model.set_unsaved(key, unsaved)  # the proxy re-filters on dataChanged by itself

    def set_progress(self, progress: dict) -> None:
        """Each pair's status word and what is left to do ("Needs translation" and "Draft")."""
        self.model.set_progress(progress)

    def current_key(self) -> str:
        return self._current

    def keys(self) -> list[str]:
        """Keys of the rows shown, top to bottom."""
        return [self.proxy.index(row, 0).data(KEY_ROLE) for row in range(self.proxy.rowCount())]

    def select_key(self, key: str, *, notify: bool = True) -> bool:
        """Make ``key`` the current row; the search and filter stay as they are, the row is shown
        while it is the current one even when they would hide it."""
        if self.model.row_of(key) < 0:
            return False
        self.proxy.set_pinned(key)
        self._update_count()
        self._notify = notify
        try:
            self._select(key)
        finally:
            self._notify = True
        return True

    def _select(self, key: str) -> None:
        index = self._proxy_index(key)
        if index.isValid():
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            # Looked up again: whoever listened to the change may have rebuilt the list.
            index = self._proxy_index(key)
            if index.isValid():
                self.view.scrollTo(index)

    def _proxy_index(self, key: str) -> QModelIndex:
        row = self.model.row_of(key)
        return self.proxy.mapFromSource(self.model.index(row)) if row >= 0 else QModelIndex()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = current.data(KEY_ROLE) if current.isValid() else ""
        if key == self._current or not key:
            return
        previous, self._current = self._current, key
        self.proxy.set_pinned(key, later=True)
        if self._notify:
            self.currentKeyChanged.emit(key, previous)

    # ------------------------------------------------------------ search, filter
    def _apply_search(self) -> None:
        self._search_timer.stop()
        self.proxy.set_search(self.search.text())
        self._update_count()

    def _apply_filter(self, position: int) -> None:
        self.proxy.set_filter(FILTERS[max(0, position)])
        self._update_count()

    def _focus_list(self) -> None:
        self._apply_search()
        if self.proxy.rowCount():
            self.view.setFocus()
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.proxy.index(0, 0))

    def _update_count(self, *_args) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("%n posting(s)", "", total) if shown == total else \
            self.tr("%1 of %2 postings").replace("%1", str(shown)).replace("%2", str(total))
        self.count.setText(text)
        self._update_filter_counts()

    def _filter_labels(self) -> list[str]:
        return [self.tr("All postings"), self.tr("Open postings"), self.tr("Archived postings"),
                self.tr("Needing attention"), self.tr("Needs translation")]

    def _update_filter_counts(self, *_args) -> None:
        counts = self.model.filter_counts()
        for position, (name, label) in enumerate(zip(FILTERS, self._filter_labels())):
            self.filter.setItemText(position, self.tr("%1 (%2)").replace("%1", label).replace("%2", str(counts[name])))

    # --------------------------------------------------------------- language
    def retranslate(self) -> None:
        self._search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Title, key, Lever ID or text"))
        self.search.setAccessibleName(self.tr("Search postings"))
        self.search.setAccessibleDescription(
            self.tr("Shows only the postings whose title, key, Lever ID or text contain every word typed"))
        self._filter_label.setText(self.tr("S&how:"))
        labels = self._filter_labels()
        current = max(0, self.filter.currentIndex())
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItems(labels)
        self.filter.setCurrentIndex(current)
        self.filter.blockSignals(False)
        self.filter.setAccessibleName(self.tr("Which postings to show"))
        self.view.setAccessibleName(self.tr("Postings"))
        self.view.setAccessibleDescription(
            self.tr("One row per posting: its title, its translation key and what needs attention"))
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
