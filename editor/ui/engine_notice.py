"""“The preview follows Goldmark”: a bar shown once per site whose build pins a Hugo before 0.60.

Such a site is published by Blackfriday, while the preview renders as Goldmark does
(``editor.model.render.markdown``); the bar names the pinned version, the file that pins it and
the differences a writer would notice.  Closing it is remembered per site folder in the
settings, so it does not come back.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget

from editor.model.hugo.pin import HugoPin, blackfriday_pin
from editor.model.render.markdown import RenderOptions
from editor.ui.settings import Settings


class EngineNotice(QFrame):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("engineNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.settings = settings
        self.icon = QLabel(self)
        self.icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(16, 16))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(self)
        self.text.setObjectName("engineNoticeText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.dismiss = QPushButton(self)
        self.dismiss.setObjectName("engineNotice.dismiss")
        self.dismiss.clicked.connect(self._dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self._root: Path | None = None
        self._pin: HugoPin | None = None
        self._raw_html_hidden = True
        self.hide()
        self.retranslate()

    def show_for(self, root: Path | None, config: dict | None = None) -> None:
        """Show the notice for the site at ``root`` (with its Hugo ``config``) if it needs one."""
        pin = blackfriday_pin(root) if root is not None else None
        if pin is not None and root is not None and self.settings.engine_notice_dismissed(root):
            pin = None
        self._root, self._pin = root, pin
        self._raw_html_hidden = not (RenderOptions.from_hugo_config(config).unsafe if config else False)
        self.retranslate()
        self.setVisible(pin is not None)

    def _dismiss(self) -> None:
        if self._root is not None:
            self.settings.dismiss_engine_notice(self._root)
        self._pin = None
        self.hide()

    def retranslate(self) -> None:
        self.dismiss.setText(self.tr("Dismiss"))
        self.dismiss.setAccessibleDescription(self.tr("Do not show this notice again for this site"))
        pin = self._pin
        if pin is None:
            self.text.setText("")
            return
        lead = self.tr("This site is built with Hugo %1 (set in %2), which renders Markdown with Blackfriday. "
                       "The preview follows Goldmark, the renderer of Hugo 0.60 and later, so the published "
                       "page can differ:").replace("%1", pin.version).replace("%2", pin.source)
        points = []
        if self._raw_html_hidden:
            points.append(self.tr("raw HTML (such as <br> or <div>) is published by Blackfriday, but hidden in "
                                  "the preview, as Goldmark hides it unless markup.goldmark.renderer.unsafe is on;"))
        points.append(self.tr("a list needs a blank line before it in Blackfriday; Goldmark also starts one right "
                              "after a line of text;"))
        points.append(self.tr("heading ids can differ, which changes links to #anchors."))
        self.text.setText(f"{html.escape(lead)}<ul style='margin:0'>"
                          + "".join(f"<li>{html.escape(point)}</li>" for point in points) + "</ul>")
        self.text.setAccessibleName(" ".join([lead, *points]))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
