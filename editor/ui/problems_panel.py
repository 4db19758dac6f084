"""Problems of the open pair (editor.ui.problem_checker finds them), listed with where they are."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QMenu, QPushButton,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from editor.model.findings import Severity
from editor.ui.elided_label import ShrinkingLabel
from editor.ui.finding_texts import finding_label, finding_message, interface_language
from editor.ui.problem_checker import SITE, PairProblem
from editor.ui.status_icons import status_icon


def severity_text(severity: Severity) -> str:
    translate = QCoreApplication.translate
    return {Severity.ERROR: translate("ProblemsPanel", "Error"),
            Severity.WARNING: translate("ProblemsPanel", "Warning"),
            Severity.INFO: translate("ProblemsPanel", "Information")}[severity]


MIN_ROWS = 4  # a problem, the ones either side and one more: enough to see where one is in the list
_INDEX = Qt.ItemDataRole.UserRole  # the problem's index in the panel's list; -1 on a group's row
_ALL = ""  # the filters' "everything" choice


class ProblemsPanel(QWidget):
    """A table of problems: severity (icon and word), message, language, line, kind (a short label;
    the code in its tooltip), in the interface language. Filters by severity, language and kind;
    identical problems (the same message in the same file) share one row that expands to their lines.

    Activating a row (click, Enter, F8) emits ``problemActivated(lang, line, column)`` and
    ``problemSaid(message)``; the Fix button or the row's context menu emits
    ``fixRequested(problem)`` for a fixable one.
    """

    problemActivated = Signal(str, int, int)
    # The whole message of the problem gone to: its column shows a few words, and a tooltip needs a mouse.
    problemSaid = Signal(str)
    fixRequested = Signal(object)
    countChanged = Signal(int)  # how many problems the open pair has (shown or filtered out)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsPanel")
        # Errors, warnings and notes, and how many of them are shown, made the window wider than a
        # 1024-pixel screen: the count gives way (its end elided, whole in its tooltip).
        self.summary = ShrinkingLabel(self, keeps=24)  # "Problèmes : 8 avertissements" whole
        self.summary.setObjectName("problemsSummary")
        self.severity_filter = QComboBox(self)
        self.severity_filter.setObjectName("problems.severityFilter")
        self.language_filter = QComboBox(self)
        self.language_filter.setObjectName("problems.languageFilter")
        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("problems.kindFilter")
        # Sized to their words whenever those change (a switch to French makes them longer).
        for box in (self.severity_filter, self.language_filter):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # The kinds' names are long ("Niveau de titre sauté"): the box shows a dozen characters and its
        # list the whole names, so that beside the tabs of a short window the tabs keep their names.
        self.kind_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_filter.setMinimumContentsLength(12)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("problems")
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setColumnCount(5)
        self._keep_rows_visible()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.summary.setBuddy(self.tree)
        self.fix_button = QPushButton(self)
        self.fix_button.setObjectName("problems.fix")
        self.fix_button.setEnabled(False)
        # The count, the filters and Fix: a row of their own, or beside the tabs in a short window.
        self.controls = QWidget(self)
        self.controls.setObjectName("problems.controls")
        header_row = QHBoxLayout(self.controls)
        header_row.setContentsMargins(0, 0, 0, 0)
        header_row.addWidget(self.summary, 1)
        for box in (self.severity_filter, self.language_filter, self.kind_filter):
            header_row.addWidget(box)
            box.currentIndexChanged.connect(lambda _index: self._fill(self._where()))
        header_row.addWidget(self.fix_button)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.controls)
        self._layout.addWidget(self.tree, 1)
        self.tree.itemActivated.connect(self._activate)
        self.tree.itemClicked.connect(self._activate)
        self.tree.currentItemChanged.connect(lambda *_: self._update_fix_button())
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.fix_button.clicked.connect(self._fix_current)
        # The list first (the window's Tab order reaches it after the editors), then its filters.
        for before, after in ((self.tree, self.severity_filter), (self.severity_filter, self.language_filter),
                              (self.language_filter, self.kind_filter), (self.kind_filter, self.fix_button)):
            self.setTabOrder(before, after)
        self._problems: list[PairProblem] = []
        self._failed = False
        self.retranslate()

    def problems(self) -> list[PairProblem]:
        return list(self._problems)

    def show_failure(self) -> None:
        """The checks broke (not "no problems"): say so until the next results arrive."""
        self.set_problems([])
        self._failed = True
        self._update_summary()

    def checks_failed(self) -> bool:
        return self._failed

    def set_problems(self, problems: list[PairProblem]) -> None:
        self._failed = False
        where = self._where()
        self._problems = list(problems)
        self._fill_kinds()
        self._fill(where)

    # ------------------------------------------------------------------ rows
    def _shown(self, problem: PairProblem) -> bool:
        severity, lang, code = (box.currentData() or _ALL for box in
                                (self.severity_filter, self.language_filter, self.kind_filter))
        return ((severity == _ALL or problem.finding.severity.value == severity)
                and (lang == _ALL or problem.lang == lang) and (code == _ALL or problem.finding.code == code))

    def _where(self) -> tuple:
        """Where the user is in the list: the selected problem, its place among the rows, the
        scroll position and the open groups; kept across a re-check (after a Fix, the row that
        took the fixed problem's place is selected)."""
        leaves = self._leaf_items()
        current = self.tree.currentItem()
        selected = bool(self.tree.selectedItems())
        kept = self.current_problem() if selected else None
        place = leaves.index(current) if selected and current in leaves else None
        expanded = {self._group_key(self._problems_of(item)[0]) for item in self._top_items()
                    if item.childCount() and item.isExpanded()}
        return kept, place, self.tree.verticalScrollBar().value(), expanded

    def _fill(self, where: tuple) -> None:
        kept, place, scroll, expanded = where
        self.tree.blockSignals(True)
        self.tree.clear()
        groups: dict[tuple, list[int]] = {}
        for number, problem in enumerate(self._problems):
            if self._shown(problem):
                groups.setdefault(self._group_key(problem), []).append(number)
        self.tree.setRootIsDecorated(any(len(members) > 1 for members in groups.values()))
        for key, members in groups.items():
            if len(members) == 1:
                self.tree.addTopLevelItem(self._item(members[0]))
                continue
            group = self._item(members[0])
            group.setData(0, _INDEX, -1)
            group.setText(3, self.tr("%n places", "", len(members)))
            self.tree.addTopLevelItem(group)
            group.addChildren([self._item(number) for number in members])
            group.setExpanded(key in expanded)
        self.tree.blockSignals(False)
        leaves = self._leaf_items()
        target = next((item for item in leaves if kept is not None and self._problem_at(item) == kept), None)
        if target is None and place is not None and leaves:
            target = leaves[min(place, len(leaves) - 1)]
        if target is not None:
            if (parent := target.parent()) is not None:
                parent.setExpanded(True)
            self.tree.setCurrentItem(target)
        self.tree.verticalScrollBar().setValue(scroll)
        self._update_fix_button()
        self._update_summary()

    def _group_key(self, problem: PairProblem) -> tuple:
        finding = problem.finding
        return (problem.lang, finding.severity, finding.code, finding.message_in(interface_language()))

    def _item(self, number: int) -> QTreeWidgetItem:
        problem = self._problems[number]
        finding = problem.finding
        text = finding_message(finding)
        kind = finding_label(finding.code)
        # A site file's problem (its glossary, say) names the file where a pair's names the language.
        where = {"en": "EN", "fr": "FR"}.get(problem.lang) or self.tr("Site")
        item = QTreeWidgetItem([severity_text(finding.severity), text, where,
                                str(finding.line) if problem.lang != SITE else "", kind])
        item.setIcon(0, status_icon(finding.severity.value))
        item.setData(0, _INDEX, number)
        tip = text
        if problem.fix is not None:
            item.setText(4, self.tr("%1 (can be fixed)").replace("%1", kind))
            tip += "\n" + self.tr("Press Fix, or use the context menu, to apply the change.")
        item.setToolTip(1, tip)
        item.setToolTip(4, self.tr("Code: %1").replace("%1", finding.code))
        if problem.lang == SITE:
            item.setToolTip(2, self.tr("A file of the site: %1").replace("%1", finding.file))
        return item

    def _top_items(self) -> list[QTreeWidgetItem]:
        return [item for row in range(self.tree.topLevelItemCount()) if (item := self.tree.topLevelItem(row)) is not None]

    def _leaf_items(self) -> list[QTreeWidgetItem]:
        """Every problem's row in display order (a group's rows in place of the group)."""
        found: list[QTreeWidgetItem] = []
        for item in self._top_items():
            found += _children(item) if item.childCount() else [item]
        return found

    def _problems_of(self, item: QTreeWidgetItem) -> list[PairProblem]:
        if item.childCount():
            return [self._problems[child.data(0, _INDEX)] for child in _children(item)]
        return [self._problems[item.data(0, _INDEX)]]

    def _problem_at(self, item: QTreeWidgetItem | None) -> PairProblem | None:
        if item is None or item.data(0, _INDEX) is None or item.data(0, _INDEX) < 0:
            return None
        return self._problems[item.data(0, _INDEX)]

    def item_for(self, problem: PairProblem) -> QTreeWidgetItem | None:
        """The row showing ``problem`` (inside its group when it has one), None when filtered out."""
        return next((item for item in self._leaf_items() if self._problem_at(item) == problem), None)

    def current_problem(self) -> PairProblem | None:
        return self._problem_at(self.tree.currentItem())

    def _update_fix_button(self) -> None:
        current = self.current_problem()
        self.fix_button.setEnabled(current is not None and current.fix is not None)

    def _fix_current(self) -> None:
        problem = self.current_problem()
        if problem is not None and problem.fix is not None:
            self.fixRequested.emit(problem)

    def _context_menu(self, position) -> None:
        item = self.tree.itemAt(position)
        if item is None or self._problem_at(item) is None:
            return
        self.tree.setCurrentItem(item)
        problem = self.current_problem()
        menu = QMenu(self)
        menu.addAction(self.tr("&Go to the Problem"), lambda: self._activate(item))
        fix = menu.addAction(self.tr("&Fix"), self._fix_current)
        fix.setEnabled(problem is not None and problem.fix is not None)
        menu.exec(self.tree.viewport().mapToGlobal(position))

    def go_to(self, step: int) -> bool:
        """Select and activate the next (``step=1``) or previous (``-1``) problem, wrapping."""
        leaves = self._leaf_items()
        if not leaves:
            return False
        # Qt makes the first row current as soon as rows exist; only a selected row counts as
        # "where the user is", so the first F8 goes to the first problem.
        selected = self.tree.selectedItems()
        current = selected[0] if selected else None
        if current is not None and current.childCount():
            row = leaves.index(_children(current)[0]) - (1 if step > 0 else 0)
        else:
            row = leaves.index(current) if current in leaves else (-1 if step > 0 else 0)
        item = leaves[(row + step) % len(leaves)]
        if (parent := item.parent()) is not None:
            parent.setExpanded(True)
        self.tree.setCurrentItem(item)
        self._activate(item)
        return True

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        if item.childCount():
            item.setExpanded(True)  # a group: its first place, the others listed under it
        problem = self._problems_of(item)[0]
        if problem.lang != SITE:  # a site file's problem has no place in the pair to go to
            self.problemActivated.emit(problem.lang, problem.finding.line, problem.finding.column)
        self.problemSaid.emit(item.text(1))

    # --------------------------------------------------------------- filters
    def _fill_kinds(self) -> None:
        chosen = self.kind_filter.currentData() or _ALL
        codes = sorted({p.finding.code for p in self._problems}, key=finding_label)
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(self.tr("All kinds"), _ALL)
        for code in codes:
            self.kind_filter.addItem(finding_label(code), code)
            self.kind_filter.setItemData(self.kind_filter.count() - 1, code, Qt.ItemDataRole.ToolTipRole)
        # A kind no longer found is kept as the choice: the list then says none is left of it.
        if chosen != _ALL and chosen not in codes:
            self.kind_filter.addItem(finding_label(chosen), chosen)
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(chosen)))
        self.kind_filter.blockSignals(False)
        view = self.kind_filter.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width())

    def _fill_choices(self, box: QComboBox, choices: list[tuple[str, str]]) -> None:
        chosen = box.currentData() or _ALL
        box.blockSignals(True)
        box.clear()
        for text, value in choices:
            box.addItem(text, value)
        box.setCurrentIndex(max(0, box.findData(chosen)))
        box.blockSignals(False)

    def take_back_controls(self) -> None:
        """The controls lent to the tabs' corner, back above the list, with the count."""
        self._layout.insertWidget(0, self.controls)
        self.summary.show()
        self.controls.show()

    def set_narrow_filters(self, narrow: bool) -> None:
        """Filters eight characters wide (their lists whole, their names in their tooltips), to share a
        row with tabs; else as wide as their words (the kinds' a dozen characters)."""
        policy = QComboBox.SizeAdjustPolicy
        for box in (self.severity_filter, self.language_filter):
            box.setSizeAdjustPolicy(policy.AdjustToMinimumContentsLengthWithIcon if narrow else policy.AdjustToContents)
            box.setMinimumContentsLength(8)
            box.view().setMinimumWidth(box.view().sizeHintForColumn(0) + box.view().verticalScrollBar().sizeHint().width())
        self.kind_filter.setMinimumContentsLength(8 if narrow else 12)
        for box in (self.severity_filter, self.language_filter, self.kind_filter):
            # A combo box's least width stays its words' (a cached hint) whatever its policy.
            box.setMinimumWidth(box.sizeHint().width() if narrow else 0)

    def summary_text(self) -> str:
        """The count as the summary says it, without its mnemonic (a tab's tooltip)."""
        return self.summary.toolTip()

    def _keep_rows_visible(self) -> None:
        """The list never gets less height than ``MIN_ROWS`` rows: at 150 % on a laptop screen the
        window's splitter left it three, hardly more than the first problem and its neighbours."""
        probe = QTreeWidgetItem(["Xg"])
        probe.setIcon(0, status_icon("error"))
        self.tree.addTopLevelItem(probe)
        row = self.tree.sizeHintForRow(0)
        self.tree.takeTopLevelItem(0)
        header = self.tree.header().sizeHint().height()
        self.tree.setMinimumHeight(header + MIN_ROWS * row + 2 * self.tree.frameWidth())

    def _update_summary(self) -> None:
        counts = {s: sum(1 for p in self._problems if p.finding.severity is s) for s in Severity}
        if self._failed:
            self._said(self.tr("&Problems: checks failed — see the log"))
            return
        if not self._problems:
            self._said(self.tr("&Problems: none"))
            return
        # Only the kinds there are: "2 errors, 1 warning", short enough to leave the filters their words.
        parts = [text for severity, text in ((Severity.ERROR, self.tr("%n error(s)", "", counts[Severity.ERROR])),
                                             (Severity.WARNING, self.tr("%n warning(s)", "", counts[Severity.WARNING])),
                                             (Severity.INFO, self.tr("%n note(s)", "", counts[Severity.INFO])))
                 if counts[severity]]
        text = self.tr("&Problems: %1").replace("%1", ", ".join(parts))
        shown = sum(1 for p in self._problems if self._shown(p))
        if shown != len(self._problems):
            text += " " + self.tr("(%n shown)", "", shown)
        self._said(text)

    def _said(self, text: str) -> None:
        self.summary.setText(text)
        self.countChanged.emit(len(self._problems))

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Severity"), self.tr("Problem"), self.tr("Language"),
                                   self.tr("Line"), self.tr("Kind")])
        self.tree.setAccessibleName(self.tr("Problems"))
        self.fix_button.setText(self.tr("Fi&x"))
        self.fix_button.setToolTip(self.tr("Apply the change the selected problem suggests"))
        self.fix_button.setAccessibleDescription(self.fix_button.toolTip())
        self.tree.setAccessibleDescription(
            self.tr("Errors and warnings in the open posting; press Enter on one to go to its line"))
        self._fill_choices(self.severity_filter, [(self.tr("All severities"), _ALL), (self.tr("Errors"), "error"),
                                                  (self.tr("Warnings"), "warning"), (self.tr("Notes"), "info")])
        self._fill_choices(self.language_filter, [(self.tr("Both languages"), _ALL), (self.tr("English"), "en"),
                                                  (self.tr("French"), "fr")])
        for box, name in ((self.severity_filter, self.tr("Show problems of this severity")),
                          (self.language_filter, self.tr("Show problems of this language's file")),
                          (self.kind_filter, self.tr("Show problems of this kind"))):
            box.setAccessibleName(name)
            box.setToolTip(name)
        failed = self._failed
        self.set_problems(self._problems)
        self._failed = failed
        self._update_summary()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._keep_rows_visible()
        super().changeEvent(event)


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [child for n in range(item.childCount()) if (child := item.child(n)) is not None]
