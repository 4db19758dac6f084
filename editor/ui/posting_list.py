"""The list of the site's postings, one row per linked pair, with search and filters (the rows
themselves: ``posting_list_model``)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QIcon, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QLineEdit,
                               QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem,
                               QVBoxLayout, QWidget)

from editor.model.site.index import PairEntry
from editor.model.site.passed_over import PassedOver, passed_over_lines
from editor.ui.background import BackgroundRunner
from editor.ui.filter_combo import FilterComboBox
from editor.ui.posting_list_model import (DETAIL_ROLE, FILTERS, KEY_ROLE, PostingFilterModel, PostingListModel,
                                          read_search_texts)


def _fit_detail(detail: str, metrics, width: int) -> str:
    """The key, then the statuses: when the line is too long the key gives way (its middle elided),
    since the statuses say what is left to do and the key is in the tooltip and the fields."""
    if metrics.horizontalAdvance(detail) <= width:
        return detail
    key, sep, words = detail.partition(" · ")
    room = width - metrics.horizontalAdvance(sep + words)
    if sep and room >= metrics.horizontalAdvance("ab…yz"):
        return metrics.elidedText(key, Qt.TextElideMode.ElideMiddle, room) + sep + words
    if sep:  # no room for a key worth reading: the statuses alone, the first ones whole
        return metrics.elidedText(words, Qt.TextElideMode.ElideRight, width)
    return metrics.elidedText(detail, Qt.TextElideMode.ElideRight, width)


_ASKED_FOCUS = (Qt.FocusReason.MouseFocusReason, Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                Qt.FocusReason.ShortcutFocusReason)


class PostingDelegate(QStyledItemDelegate):
    """Two lines per row: the title, then the key and the statuses in words (never colour alone)."""

    MARGIN = 6

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt override)
        metrics = option.fontMetrics
        icon = option.decorationSize.height()
        height = max(icon, metrics.height() * 2 + metrics.leading()) + 2 * self.MARGIN
        # No width of its own: a row takes the list's width and elides to it. A fixed 200 px was wider
        # than the list at 150% scale on a laptop, which cut the titles and added a sideways scroll bar.
        return QSize(1, height)

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
        self.filter = FilterComboBox(self)
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
        # In the list's place when the site has no posting: which files were passed over, and why.
        self.empty_note = QLabel(self)
        self.empty_note.setObjectName("postingEmptyNote")
        self.empty_note.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty_note.hide()
        self._passed_over: list[PassedOver] = []

        top = QHBoxLayout()
        top.addWidget(self._filter_label)
        top.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 4)
        layout.addWidget(self._search_label)
        layout.addWidget(self.search)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_note, 1)
        layout.addWidget(self.count)
        self.setTabOrder(self.search, self.filter)
        self.setTabOrder(self.filter, self.view)

        # Searching the bodies of hundreds of postings on every keystroke would make typing lag.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.textChanged.connect(self._read_search_texts)
        self.search.installEventFilter(self)
        # The first search reads every posting's body (seconds on 5,000 postings): started off the UI
        # thread as soon as the search box is used, so that the typing usually finds it done.
        self._texts_runner = BackgroundRunner(self)
        self._search_waiting = False  # a search typed while they are read: applied once they are in
        self.search.returnPressed.connect(self._focus_list)
        self.filter.currentIndexChanged.connect(self._apply_filter)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        # What each filter counts changes with the pairs, not with the rows a filter shows: a filter
        # that hides 601 ranges of rows (the 5,000-posting site's archived ones) would count them all
        # 601 times over.
        self.model.modelReset.connect(self._update_filter_counts)
        self.model.rowsInserted.connect(self._update_filter_counts)
        self.model.rowsRemoved.connect(self._update_filter_counts)
        self.model.dataChanged.connect(self._update_filter_counts)
        self._current = ""
        self._notify = True
        self._counts_held = False  # see _filters_counted_once
        self.retranslate()

    # ----------------------------------------------------------------- content
    def set_entries(self, entries: list[PairEntry], passed_over: list[PassedOver] | None = None) -> None:
        """Show ``entries``, keeping the current pair selected when it is still there; ``passed_over``:
        the files that are not postings, said in the list's place when there is no entry."""
        self._passed_over = list(passed_over or [])
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

    def update_entries(self, entries: list[PairEntry], passed_over: list[PassedOver] | None = None) -> None:
        """Show the same site's pairs read again: only the rows that changed change, the selection and
        the scroll stay (the current pair stays selected when it is still there)."""
        self._passed_over = list(passed_over or [])
        keep = self._current
        self._notify = False
        with self._filters_counted_once():  # not once for each row removed or changed
            try:
                self.model.update_entries(entries)
                if self.model.row_of(keep) < 0:  # as after a reset: no row is the current one
                    self.view.selectionModel().clear()
                    self._current = ""
                    self.proxy.set_pinned("")  # nor kept shown: the view made a neighbour current as the row went
                elif keep and self.view.currentIndex().data(KEY_ROLE) != keep:
                    self._current = ""
                    self._select(keep)
            finally:
                self._notify = True
        self._update_count()

    def set_interface_language(self, language: str) -> None:
        self.model.set_language(language)
        self.proxy.invalidate()
        self.proxy.sort(0)
        self._update_count()  # the note of an empty list too

    def set_unsaved(self, key: str, unsaved: bool) -> None:
        self.model.set_unsaved(key, unsaved)  # the proxy re-filters on dataChanged by itself

    def set_progress(self, progress: dict) -> None:
        """Each pair's status word and what is left to do ("Needs translation" and "Draft")."""
        # Not once for each run of rows changed: a storm of outside writes changes rows here and there.
        with self._filters_counted_once():
            self.model.set_progress(progress)

    @contextmanager
    def _filters_counted_once(self) -> Iterator[None]:
        """The filters counted once the block's changes are all in: each count goes over every pair,
        and the model signals a change for each run of rows."""
        self._counts_held = True
        try:
            yield
        finally:
            self._counts_held = False
        self._update_filter_counts()

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
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        # Put there by the user (not by the window's opening, which need not lead to a search).
        if watched is self.search and event.type() == QEvent.Type.FocusIn and event.reason() in _ASKED_FOCUS:
            self._read_search_texts()
        # Down from the search box reaches the results, as in most search-as-you-type lists.
        if watched is self.search and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down \
                and not event.modifiers():
            self._focus_list()
            return True
        return super().eventFilter(watched, event)

    def _read_search_texts(self, *_args) -> None:
        if self._texts_runner.busy("texts"):
            return
        missing = self.model.missing_texts()
        if missing:
            stop = self._texts_runner.stopping.is_set
            self._texts_runner.run("texts", lambda: read_search_texts(missing, stop), self._texts_read,
                                   lambda _error: self._texts_read({}))

    def shutdown(self) -> None:
        self._texts_runner.shutdown()

    def _apply_search(self, *, now: bool = False) -> None:
        self._search_timer.stop()
        # While the texts are being read, the search waits for them rather than read them all here.
        self._search_waiting = not now and bool(self.search.text().strip()) and self._texts_runner.busy("texts")
        if self._search_waiting:
            return
        self.proxy.set_search(self.search.text())
        self._update_count()

    def _texts_read(self, texts: dict) -> None:
        self.model.add_texts(texts)
        if self._search_waiting:
            self._apply_search()

    def _apply_filter(self, position: int) -> None:
        self.proxy.set_filter(FILTERS[max(0, position)])
        self._update_count()

    def _focus_list(self) -> None:
        self._apply_search(now=True)
        if self.proxy.rowCount():
            self.view.setFocus()
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.proxy.index(0, 0))

    def _update_count(self, *_args) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("%n posting(s)", "", total) if shown == total else \
            self.tr("%n of %1 posting(s)", "", shown).replace("%1", str(total))  # « 1 offre sur 110 »
        self.count.setText(text)
        lines = passed_over_lines(self._passed_over, self.model.language) if not total else []
        if total and not shown:
            lines = [self._nothing_shown()]
        self.empty_note.setText("\n\n".join(lines))
        self.empty_note.setVisible(bool(lines))
        self.view.setVisible(not lines)

    def _nothing_shown(self) -> str:
        """Why a site's list shows no row: an empty list read as a site without postings, or a
        window still loading."""
        search = self.search.text().strip()
        everything = max(0, self.filter.currentIndex()) == 0
        label = self._filter_labels()[max(0, self.filter.currentIndex())]
        if search and everything:
            return self.tr("No posting matches “%1”.").replace("%1", search)
        if search:
            return self.tr("No posting among “%2” matches “%1”.").replace("%2", label).replace("%1", search)
        return self.tr("No posting to show under “%1”. Choose “%2” to see every posting.").replace(
            "%1", label).replace("%2", self._filter_labels()[0])

    def _filter_labels(self) -> list[str]:
        return [self.tr("All postings"), self.tr("Open postings"), self.tr("Archived postings"),
                self.tr("Needing attention"), self.tr("Needs translation")]

    def _update_filter_counts(self, *_args) -> None:
        if self._counts_held:
            return
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
        self._filter_label.setText(self.tr("Sho&w:"))
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
        self._update_filter_counts()  # the labels were just put back without their counts
        self._update_count()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
