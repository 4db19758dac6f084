"""Quitting on SIGINT (Ctrl+C in the terminal), SIGTERM and SIGHUP as File ▸ Quit does.

A Python signal handler only runs once the interpreter gets control back, which it does not
while Qt waits for events; so the signal's number is written to a socket
(``signal.set_wakeup_fd``) that a ``QSocketNotifier`` watches, and the window is closed from
the event loop: unsaved changes are asked about and the Hugo server is stopped, as on Quit.
During an export the window closes once the export is done, as it does when its close button is
clicked, so the site is not left with files written and not yet committed.
A second signal while the window is still closing (a question open, or answered Cancel in a
terminal nobody watches) quits at once: the unsaved changes are written to the recovery
folder first, so the next start offers them.
"""

from __future__ import annotations

import os
import signal
import socket
import sys

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer

SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


class SignalQuitter(QObject):
    """Installed by ``editor.app.run`` for the window's life; ``uninstall`` restores the defaults."""

    def __init__(self, window, signals: tuple = SIGNALS) -> None:
        super().__init__(window)
        self.window = window
        self._closing = False
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        # The handler itself does nothing: the number reaches the socket from C, at once.
        self._previous = {number: signal.signal(number, lambda *_: None) for number in signals}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._wake)
        window.handoff.closedAfterExport.connect(self._closed_after_export)

    def uninstall(self) -> None:
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._previous = {}
        self._reader.close()
        self._writer.close()

    def _wake(self, *_args) -> None:
        try:
            received = self._reader.recv(64)
        except (BlockingIOError, InterruptedError):
            return
        for number in received:
            if number in self._previous:
                self.received(number)

    def received(self, number: int) -> None:
        if self._closing:
            self._quit_now(number)
            return
        self._closing = True
        name = signal.Signals(number).name
        _tell("signal-closing", signal=name)
        # From the event loop, not from inside the notifier's delivery.
        QTimer.singleShot(0, self._close)

    def _close(self) -> None:
        if self.window.close():
            QCoreApplication.quit()  # even if a dialog of the window is still open
        elif self.window.handoff.close_pending():
            _tell("signal-waits-for-export")
        else:
            self._closing = False  # the user chose to keep working

    def _closed_after_export(self, closed: bool) -> None:
        if not self._closing:
            return  # closed from the window itself: the application quits with its last window
        if closed:
            QCoreApplication.quit()
        else:
            # Unsaved work asked about and the user chose to keep working, or the export failed.
            self._closing = False

    def _quit_now(self, number: int) -> None:
        self.window.manager.autosave_now()
        try:
            self.window.handoff.shutdown()  # stops the Hugo server
        finally:
            sys.stderr.flush()
            os._exit(128 + number)  # closeEvent would remove the recovery file just written


def _tell(key: str, **params: str) -> None:
    """A line for the terminal the window was started from, in the window's language."""
    from editor.model.findings.catalogue import say
    from editor.ui.finding_texts import interface_language

    lang = interface_language()
    print(say("program-line", lang, text=say(key, lang, **params)), file=sys.stderr, flush=True)
