"""What the window's message boxes share: a Cancel button that Escape presses."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton


def add_cancel(box: QMessageBox, name: str = "", *, default: bool = True) -> QPushButton:
    """Add Cancel to ``box``, pressed by Escape (and the close button), and by Enter unless
    ``default`` is False: a question whose other answers write or throw something away is left,
    by the keys pressed without reading it, as it was."""
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    if name:
        cancel.setObjectName(name)
    if default:
        box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return cancel
