"""The fields both language files share, shown once: archived, leverId, translationKey (+ layout, type)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QToolButton, QWidget)

from editor.model.frontmatter.one_line import unseen_character
from editor.model.site.pair import PostingPair
from editor.ui.elided_label import ShrinkingLabel


class VisibleKeyValidator(QValidator):
    """Refuses a translationKey holding a character nobody sees (a control or bidirectional mark,
    pasted with it): the key would differ from the one it looks like, and the pair would not link."""

    def validate(self, text: str, position: int) -> tuple[QValidator.State, str, int]:
        state = QValidator.State.Invalid if unseen_character("translationKey", text) else QValidator.State.Acceptable
        return state, text, position


class SharedFields(QWidget):
    """Edits go out as ``fieldEdited(name, value)``; ``load(pair)`` shows a pair's values.

    When the two files disagree on a field the label says so in words; editing the field
    writes the one value to both files, which settles the disagreement.
    """

    fieldEdited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archived = QCheckBox(self)
        self.archived.setObjectName("pair.archived")
        self.lever_id = QLineEdit(self)
        self.lever_id.setObjectName("pair.leverId")
        self._fit_lever_id()
        self.translation_key = QLineEdit(self)
        self.translation_key.setObjectName("pair.translationKey")
        self.translation_key.setValidator(VisibleKeyValidator(self.translation_key))
        # A usual key whole (the Lever ID's room left it four characters at 1024 pixels).
        self.translation_key.setMinimumWidth(self.translation_key.fontMetrics().horizontalAdvance("product-manager")
                                             + 8)
        self.layout_field = QLineEdit(self)
        self.layout_field.setObjectName("pair.layout")
        self.type_field = QLineEdit(self)
        self.type_field.setObjectName("pair.type")
        # The two labels give way first in a narrow window (French at 150 %: the row asked for 783 of
        # the 732 pixels a 1366-pixel screen leaves it), their whole words in their tooltips.
        self._lever_label = ShrinkingLabel(self, keeps=10)
        self._lever_label.setBuddy(self.lever_id)
        self._key_label = ShrinkingLabel(self, keeps=10)
        self._key_label.setBuddy(self.translation_key)
        self._layout_label = QLabel(self)
        self._layout_label.setBuddy(self.layout_field)
        self._type_label = QLabel(self)
        self._type_label.setBuddy(self.type_field)
        self.disagreement = QLabel(self)
        self.disagreement.setObjectName("pair.disagreement")
        self.disagreement.setWordWrap(True)
        self.disagreement.hide()

        self.advanced_toggle = QToolButton(self)
        self.advanced_toggle.setObjectName("pair.advanced")
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setAutoRaise(True)
        self.advanced = QWidget(self)
        advanced_form = QFormLayout(self.advanced)
        advanced_form.setContentsMargins(0, 0, 0, 0)
        advanced_form.addRow(self._layout_label, self.layout_field)
        advanced_form.addRow(self._type_label, self.type_field)
        self.advanced.hide()
        self.advanced_toggle.toggled.connect(self._show_advanced)

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.archived, 0, 0)
        grid.addWidget(self._lever_label, 0, 1)
        grid.addWidget(self.lever_id, 0, 2)
        grid.addWidget(self._key_label, 0, 3)
        grid.addWidget(self.translation_key, 0, 4)
        grid.addWidget(self.advanced_toggle, 0, 5)
        grid.setColumnStretch(2, 3)
        grid.setColumnStretch(4, 2)
        outer = QGridLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(grid, 0, 0)
        outer.addWidget(self.disagreement, 1, 0)
        row = QHBoxLayout()
        row.addWidget(self.advanced)
        row.addStretch(1)
        outer.addLayout(row, 2, 0)

        self.archived.toggled.connect(lambda checked: self.fieldEdited.emit("archived", checked))
        for name, field in (("leverId", self.lever_id), ("translationKey", self.translation_key),
                            ("layout", self.layout_field), ("type", self.type_field)):
            field.textEdited.connect(lambda text, name=name: self.fieldEdited.emit(name, text))
        self.setTabOrder(self.archived, self.lever_id)
        self.setTabOrder(self.lever_id, self.translation_key)
        self.setTabOrder(self.translation_key, self.advanced_toggle)
        self.setTabOrder(self.advanced_toggle, self.layout_field)
        self.setTabOrder(self.layout_field, self.type_field)
        self._disagreements: list[str] = []
        self._shown_elsewhere = False
        self.retranslate()

    def load(self, pair: PostingPair | None) -> None:
        """Show ``pair``'s shared values without emitting edits."""
        values = {name: pair.shared(name) if pair is not None else None
                  for name in ("archived", "leverId", "translationKey", "layout", "type")}
        readable = pair is not None and all(p.valid for p in pair.present())
        widgets = (self.archived, self.lever_id, self.translation_key, self.layout_field, self.type_field)
        for widget in widgets:
            widget.blockSignals(True)
        self.archived.setChecked(bool(values["archived"]))
        for field, name in ((self.lever_id, "leverId"), (self.translation_key, "translationKey"),
                            (self.layout_field, "layout"), (self.type_field, "type")):
            value = values[name]
            text = "" if value is None else str(value)
            if field.text() != text:
                field.setText(text)
                field.setCursorPosition(0)  # show the start of a long id, not its end
        for widget in widgets:
            widget.blockSignals(False)
            # Shared fields are written to both files, so both must be readable first.
            widget.setEnabled(readable)
        self._disagreements = pair.disagreements() if pair is not None else []
        self._show_disagreements()

    def _show_disagreements(self) -> None:
        if self._disagreements:
            self.disagreement.setText(
                self.tr("⚠ The English and French files differ on: %1. Editing a field here writes "
                        "the value shown to both files.").replace("%1", ", ".join(self._disagreements)))
        self.disagreement.setVisible(bool(self._disagreements) and not self._shown_elsewhere)

    def set_disagreement_shown_elsewhere(self, elsewhere: bool) -> None:
        """Leave the disagreement to another widget (the conflict panel, which also settles it)."""
        self._shown_elsewhere = elsewhere
        self._show_disagreements()

    def _show_advanced(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        self.advanced_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _fit_lever_id(self) -> None:
        # Room for a whole UUID, so the id is never shown cut.
        sample = "0f8fad5b-d9cb-469f-a165-70867728950e"
        margins = self.lever_id.textMargins()
        self.lever_id.setMinimumWidth(self.lever_id.fontMetrics().horizontalAdvance(sample)
                                      + margins.left() + margins.right() + 16)

    def retranslate(self) -> None:
        # The explanation in the tooltip: beside the box it made the window wider than a 1024-pixel screen.
        self.archived.setText(self.tr("Archived"))
        self.archived.setToolTip(self.tr("No longer accepting applications; written to both the English and the "
                                         "French file"))
        self.archived.setAccessibleDescription(
            self.tr("No longer accepting applications; written to both the English and the French file"))
        self._lever_label.setText(self.tr("Lever ID:"))
        self.lever_id.setAccessibleName(self.tr("Lever ID"))
        self.lever_id.setAccessibleDescription(
            self.tr("The posting's identifier in the applicant-tracking system, shared by both languages"))
        self.lever_id.setPlaceholderText(self.tr("e.g. 0f8fad5b-d9cb-469f-a165-70867728950e"))
        self._key_label.setText(self.tr("Translation &key:"))
        self.translation_key.setAccessibleName(self.tr("Translation key"))
        self.translation_key.setAccessibleDescription(
            self.tr("Links the English and French files of this posting; the same in both"))
        self.advanced_toggle.setText(self.tr("Adva&nced"))
        self.advanced_toggle.setAccessibleName(self.tr("Show advanced fields"))
        self._layout_label.setText(self.tr("Layo&ut:"))  # "T&ype:" beside it has Y
        self.layout_field.setAccessibleName(self.tr("Layout"))
        self._type_label.setText(self.tr("T&ype:"))
        self.type_field.setAccessibleName(self.tr("Type"))
        self._show_advanced(self.advanced_toggle.isChecked())
        self._show_disagreements()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_lever_id()
        super().changeEvent(event)
