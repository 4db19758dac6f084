"""The short welcome shown above the bundled sample site on a first run, until the user closes it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class WelcomePanel(QFrame):
    dismissed = Signal()

    def __init__(self, open_action, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#welcomePanel { background-color: #eef4fb; border: 1px solid #9bb8d8; }")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(open_action.trigger)
        self.close_button = QToolButton(self)
        self.close_button.setAutoRaise(True)
        self.close_button.setText("✕")
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.close_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText(self.tr(
            "<b>Welcome.</b> This is a sample site to try things out. On the left, its postings; on the right, the "
            "one you chose, French and English side by side, each with its text and a preview of the page. "
            "Problems the checks find are listed below. To start on your own postings, open your site's folder."))
        self.open_button.setText(self.tr("Open Your Site's Folder…"))
        self.close_button.setToolTip(self.tr("Close this welcome for good"))
        self.close_button.setAccessibleName(self.tr("Close this welcome for good"))

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
