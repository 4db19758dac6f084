"""What the window shows of a finding, in the interface language: its full message and its short
label from the model's catalogue (``editor.model.findings``), the one ``check --lang`` prints; and
of a refusal of the model (a worded error), its message in the interface language."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication

from editor.model.findings import LANGUAGES, label
from editor.model.findings.worded import Phrase, Worded, text_of
from editor.model.storage.reasons import system_reason
from editor.ui.i18n import DEFAULT, LANGUAGE_PROPERTY


def interface_language() -> str:
    """The language ``i18n.install_translator`` chose (English before any was installed)."""
    app = QCoreApplication.instance()
    language = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return language if language in LANGUAGES else DEFAULT


def finding_message(finding) -> str:
    """The finding's whole message, naming its values, in the interface language."""
    return finding.message_in(interface_language())


def finding_label(code: str) -> str:
    """A few words naming the kind of problem (« Espace avant deux-points »), shown instead of the code."""
    return label(code, interface_language())


def error_text(error: BaseException) -> str:
    """What the model's ``error`` says, in the interface language when it is worded (any other as it says itself)."""
    return text_of(error, interface_language())


def failure_text(error: BaseException, path=None) -> str:
    """Why a file could not be read or written, in the interface language ("FILE : plus d’espace libre
    sur le disque"; the system's reasons are English); a refusal of the model's own as it says it."""
    lang = interface_language()
    if isinstance(error, Worded) and error.key is not None:
        return error.text(lang)
    if not isinstance(error, OSError):
        return str(error)
    where = error.filename if error.filename is not None else path
    if where is None:
        return Phrase("reason-only", {"reason": system_reason(error)}).text(lang)
    return Phrase("path-reason", {"path": os.fsdecode(where), "reason": system_reason(error)}).text(lang)


def system_reason_text(error: OSError) -> str:
    """The reason alone, in the interface language, for a sentence that names the file itself."""
    return Phrase("reason-only", {"reason": system_reason(error)}).text(interface_language())
