"""The Export window's list of postings: each named by its title in the interface language (and its
key), checked to be exported, with a search and Check All / Uncheck All. A change of interface
language names them again, in the language switched to."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from editor.ui.finding_texts import interface_language
from editor.ui.queue_texts import key_text

_KEY = Qt.ItemDataRole.UserRole
_TITLES = Qt.ItemDataRole.UserRole + 1  # the pair's title in each language

Titles = dict[str, str] | str  # a title per language, or one for both


class ExportPostings(QWidget):
    """``pairs`` are (key, titles); the current pair is checked (every one when there is none).
    ``checkedChanged`` says the postings to export may have changed."""

    checkedChanged = Signal()

    def __init__(self, pairs: Sequence[tuple[str, Titles]], current_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("export.search")
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("export.pairs")
        self.label.setBuddy(self.list)
        for key, titles in pairs:
            item = QListWidgetItem(self.list)
            item.setData(_KEY, key)
            item.setData(_TITLES, titles)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key == current_key or not current_key else Qt.CheckState.Unchecked)
        self.check_all = QPushButton(self)
        self.check_none = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_all)
        buttons.addWidget(self.check_none)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.itemChanged.connect(lambda _item: self.checkedChanged.emit())
        self.search.textChanged.connect(self._filter)
        self.check_all.clicked.connect(lambda: self._check_every(Qt.CheckState.Checked))
        self.check_none.clicked.connect(lambda: self._check_every(Qt.CheckState.Unchecked))
        self.retranslate()

    def selected_keys(self) -> list[str]:
        return [item.data(_KEY) for item in self._items() if item.checkState() == Qt.CheckState.Checked]

    def set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (self.list, self.check_all, self.check_none):
            widget.setEnabled(enabled)

    def _items(self) -> list[QListWidgetItem]:
        return [item for row in range(self.list.count()) if (item := self.list.item(row)) is not None]

    def _filter(self, text: str) -> None:
        """Show the postings whose title or key holds every word typed, folded as the posting list's
        search folds them (case, accents, ligatures and apostrophes)."""
        from editor.model.site.search import fold, search_words

        words = search_words(text)
        for item in self._items():
            item.setHidden(not all(word in fold(item.text()) for word in words))

    def _check_every(self, state: Qt.CheckState) -> None:
        # Only the postings shown: "Check All" after a search means the ones found.
        self.list.blockSignals(True)
        for item in self._items():
            if not item.isHidden():
                item.setCheckState(state)
        self.list.blockSignals(False)
        self.checkedChanged.emit()

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Postings to export:"))
        self.list.setAccessibleName(self.tr("Postings to export"))
        self.list.setAccessibleDescription(self.tr("Check the postings to export; Space checks or unchecks one"))
        self.search.setPlaceholderText(self.tr("Search the postings"))
        self.search.setAccessibleName(self.tr("Search the postings by title or key"))
        self.check_all.setText(self.tr("Check A&ll"))
        self.check_none.setText(self.tr("&Uncheck All"))
        language = interface_language()
        self.list.blockSignals(True)  # a name changed is not a choice changed
        for item in self._items():
            key, titles = item.data(_KEY), item.data(_TITLES)
            title = titles if isinstance(titles, str) else titles.get(language) or next(iter(titles.values()), "")
            shown = key_text(key)  # a file without a key is named in the interface language
            item.setText(f"{title} — {shown}" if title and title != key else shown)
        self.list.blockSignals(False)
        self._filter(self.search.text())  # the words searched for, in the titles as now shown

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
