"""Exceptions nobody caught, in the window: written to the log with their traceback and shown
in a dialog, instead of a message on a terminal the user may not have.

``CrashReporter.install()`` replaces ``sys.excepthook`` (exceptions in Qt slots and event
handlers end there) and ``threading.excepthook`` (Python threads); ``uninstall()`` puts the
previous hooks back. A hook may run in any thread: the dialog is shown by the UI thread.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, QtMsgType, QUrl, Signal, qInstallMessageHandler
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger("editor.crash")


def open_log_folder() -> bool:
    """Show the log folder in the system's file manager (created if needed)."""
    from editor.app_log import log_folder

    folder = log_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


_QT_LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}


def _qt_message(kind: QtMsgType, context: object, message: str) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def route_qt_messages() -> None:
    """Qt's own warnings go to the log too (Qt writes them to the process's standard error,
    which the windowed bundle does not have)."""
    qInstallMessageHandler(_qt_message)


class CrashReporter(QObject):
    """Logs uncaught exceptions and tells the user, one dialog at a time."""

    crashed = Signal(str)  # the traceback; queued to the UI thread when a worker thread crashes

    def __init__(self, window: QWidget | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._box: QMessageBox | None = None
        self._previous: tuple | None = None
        self.crashed.connect(self._show)

    def install(self) -> None:
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
            sys.excepthook = self._excepthook
            threading.excepthook = self._thread_excepthook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def _excepthook(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt) and self._previous is not None:
            self._previous[0](kind, error, trace)  # Ctrl+C keeps Python's behaviour
            return
        self.report(kind, error, trace)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return  # how threading itself treats it: a thread that chose to end
        self.report(args.exc_type, args.exc_value, args.exc_traceback,
                    thread=args.thread.name if args.thread is not None else None)

    def report(self, kind: type[BaseException], error: BaseException | None, trace: TracebackType | None, *,
               thread: str | None = None) -> None:
        """Log the exception with its traceback and ask the UI thread to show it."""
        where = f" in thread {thread}" if thread else ""
        log.critical("uncaught exception%s", where, exc_info=(kind, error, trace))  # type: ignore[arg-type]
        text = "".join(traceback.format_exception(kind, error, trace))
        try:
            self.crashed.emit(text)
        except RuntimeError:
            pass  # the window is gone: the log has it

    def _show(self, details: str) -> None:
        if self._box is not None:
            return  # one at a time: a burst of the same error is in the log, not in ten dialogs
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Something went wrong"),
                          self.tr("Posting Editor ran into an error it did not expect."), parent=self._window)
        box.setObjectName("crashReport")
        box.setInformativeText(self.tr("What you were doing may not have finished. Your unsaved work is "
                                       "kept in the recovery files. The details were written to the log."))
        box.setDetailedText(details)
        open_button = box.addButton(self.tr("Open &Log Folder"), QMessageBox.ButtonRole.ActionRole)
        open_button.setObjectName("crashReport.openLog")
        open_button.clicked.connect(open_log_folder)
        box.addButton(QMessageBox.StandardButton.Close).setObjectName("crashReport.close")
        box.finished.connect(self._closed)
        self._box = box
        box.open()  # not exec(): the error may have come from inside another dialog's loop

    def _closed(self) -> None:
        if self._box is not None:
            self._box.deleteLater()
        self._box = None

    def showing(self) -> QMessageBox | None:
        """The dialog on screen, if any."""
        return self._box
