"""View ▸ Preview on Site: the posting's page served by ``hugo server``, in the system browser.

Starting Hugo can take up to a minute on a big site, so it happens in a worker thread while
the status bar counts the seconds. One server runs at a time, for the open site; it stops
when another site is opened and when the window closes.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from editor.model.hugo.server import HugoServer, HugoServerError
from editor.ui.finding_texts import error_text, interface_language
from editor.ui.background import BackgroundRunner


def _start(server: HugoServer, abandoned: set) -> str:
    """Start ``server`` (worker thread); one abandoned meanwhile is stopped as soon as it is up."""
    try:
        return server.start()
    finally:
        if id(server) in abandoned:
            server.stop()


class SitePreview(QObject):
    """Owns the Hugo server of the open site. ``server_factory`` is replaceable (tests)."""

    message = Signal(str)  # progress for the status bar ("" clears it)
    failed = Signal(str)  # why the page cannot be shown (install hints included)
    opened = Signal(str)  # the address handed to the browser

    server_factory = HugoServer

    def __init__(self, parent: QObject | None = None, *, open_url=None) -> None:
        super().__init__(parent)
        self._open_url = open_url or (lambda url: QDesktopServices.openUrl(QUrl(url)))
        self._runner = BackgroundRunner(self)
        self._server: HugoServer | None = None
        self._root: Path | None = None
        self._wanted: Path | None = None  # the posting to open once the server answers
        self._abandoned: set[int] = set()  # servers stopped while their start was under way
        self._started_at = 0.0
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)

    @property
    def server(self) -> HugoServer | None:
        return self._server

    def is_starting(self) -> bool:
        return self._runner.busy("start")

    def preview(self, site_root: Path | str, posting_path: Path | str | None) -> None:
        """Open ``posting_path``'s page (or the site's home page), starting Hugo if needed."""
        root = Path(site_root).resolve()
        self._wanted = Path(posting_path) if posting_path is not None else None
        if self._server is not None and self._root == root:
            if self.is_starting():
                return  # the page opens when the server is ready
            if self._server.running:
                self._open()
                return
        self.stop()
        server = self.server_factory(root)
        problem = server.problem(interface_language())
        if problem is not None:
            self.failed.emit(problem)
            return
        try:
            server.launch()  # here, on the UI thread, which lives as long as the window: see HugoServer.launch
        except HugoServerError as error:
            self.failed.emit(error_text(error))
            return
        self._server, self._root = server, root
        self._started_at = time.monotonic()
        self._ticker.start()
        self._tick()
        self._runner.run("start", lambda: _start(server, self._abandoned), lambda _url: self._ready(server), lambda error: self._start_failed(server, error))

    def _tick(self) -> None:
        seconds = int(time.monotonic() - self._started_at)
        self.message.emit(self.tr("Starting Hugo for %1… %2 s").replace("%1", self._root.name if self._root else "")
                          .replace("%2", str(seconds)))

    def _ready(self, server: HugoServer) -> None:
        if server is not self._server:
            return
        self._ticker.stop()
        self._open()

    def _open(self) -> None:
        server = self._server
        if server is None:
            return  # stopped meanwhile
        try:
            url = server.url_for(self._wanted) if self._wanted is not None else \
                next(iter(server.base_urls.values()))
        except (HugoServerError, StopIteration) as error:
            self.message.emit("")
            self.failed.emit(error_text(error) or self.tr("Hugo gave no address for this page."))
            return
        self.message.emit(self.tr("Showing %1 (Hugo reloads the page when you save)").replace("%1", url))
        self._open_url(url)
        self.opened.emit(url)

    def _start_failed(self, server: HugoServer, error: Exception) -> None:
        if server is not self._server:
            return
        self._ticker.stop()
        self._server, self._root = None, None
        self.message.emit("")
        self.failed.emit(error_text(error))

    def stop(self) -> None:
        """Stop the server (if any); a start under way is abandoned."""
        self._ticker.stop()
        server, self._server, self._root = self._server, None, None
        if server is not None and self._runner.busy("start"):
            self._abandoned.add(id(server))
        self._runner.cancel("start")
        if server is not None:
            try:
                server.stop()
            except Exception:  # noqa: BLE001 - stopping must never keep the window from closing
                pass

    def shutdown(self) -> None:
        self.stop()
        self._runner.shutdown()
