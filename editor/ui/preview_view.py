"""The read-only view of the rendered posting."""

from __future__ import annotations

import html as html_module
import os
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QRect, Qt, QUrl, Signal
from PySide6.QtGui import (QColor, QDesktopServices, QFont, QImage, QPainter, QPen,
                           QTextDocument)
from PySide6.QtWidgets import QTextBrowser, QWidget

from editor.model.storage.files import read_bytes, resolved

# Links the system may open for the user; anything else in a posting (file:,
# javascript:, custom schemes) is ignored rather than handed to the OS.
EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})
_IMAGE = QTextDocument.ResourceType.ImageResource.value
IMAGE_LIMIT = 20 * 1024 * 1024  # bytes; a larger "image" in a posting's folder shows as the placeholder


@dataclass(frozen=True)
class PageSpec:
    """What is needed to lay out a page exactly as a given ``PreviewView`` would.

    Taken with ``PreviewView.page_spec()`` when a page starts being built, so a page
    built in steps is laid out for one width throughout.
    """

    width: float
    font: QFont
    roots: tuple[Path, ...]
    placeholder_text: str


def _is_local(url: QUrl) -> bool:
    if url.isRelative() and not url.host():
        return True
    return url.scheme() == "file" and not url.host()


def _local_file(url: QUrl, roots: tuple[Path, ...]) -> Path | None:
    """The file ``url`` names inside one of ``roots``, if it exists there."""
    if not _is_local(url):
        return None
    if url.scheme() == "file":
        path = resolved(url.toLocalFile())  # a link loop must not raise out of Qt's resource loading
        inside = any(path.is_relative_to(root) for root in roots)
        return path if inside and path.is_file() else None
    relative = url.path().lstrip("/")
    for root in roots:
        candidate = resolved(root / relative)
        # resolve() folds "..", so this also stops paths that climb out.
        if candidate.is_relative_to(root) and candidate.is_file():
            return candidate
    return None


def _placeholder_image(text: str) -> QImage:
    image = QImage(240, 64, QImage.Format.Format_ARGB32)
    image.fill(QColor("#f1f2f3"))
    painter = QPainter(image)
    painter.setPen(QPen(QColor("#8a8f94"), 1, Qt.PenStyle.DashLine))
    painter.drawRect(QRect(0, 0, image.width() - 1, image.height() - 1))
    painter.setPen(QColor("#4a4f54"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return image


def _load_resource(resource_type: int, url: QUrl, roots: tuple[Path, ...],
                   placeholder: Callable[[], QImage]):
    """The one loading policy of the preview: local files under ``roots`` only."""
    local = _local_file(url, roots)
    if local is not None:
        try:
            data = read_bytes(local, IMAGE_LIMIT)  # regular files only, never more than a page needs
            if len(data) <= IMAGE_LIMIT:
                return QByteArray(data)
        except OSError:
            pass
    if resource_type == _IMAGE:
        return placeholder()
    return None


class PreviewDocument(QTextDocument):
    """A preview page whose resources follow the view's rules, whichever view shows it."""

    def __init__(self, roots: tuple[Path, ...], placeholder_text: str, parent=None) -> None:
        super().__init__(parent)
        self._roots = roots
        self._placeholder_text = placeholder_text
        self._placeholder: QImage | None = None
        self.blocked: list[QUrl] = []

    def loadResource(self, resource_type: int, url: QUrl | str) -> object:  # noqa: N802 (Qt override)
        url = QUrl(url)
        if not _is_local(url):
            self.blocked.append(QUrl(url))
        return _load_resource(resource_type, url, self._roots, self._placeholder_image)

    def _placeholder_image(self) -> QImage:
        if self._placeholder is None:
            self._placeholder = _placeholder_image(self._placeholder_text)
        return self._placeholder


LAYOUT_STEP_CHARS = 1500
# Space around the page. Qt ignores CSS top margins on a page's first block,
# so the outer spacing is the document's margin rather than the stylesheet's.
PAGE_MARGIN = 16


def document_steps(html: str, spec: PageSpec) -> Generator[None, None, PreviewDocument]:
    """Parse ``html`` and lay it out for ``spec`` in steps; the generator returns the document.

    Showing a 10 KB posting costs ~10 ms of HTML parsing and ~15 ms of layout on a 2-core test
    machine. ``PreviewRenderer`` runs one step per turn of the UI thread's event loop, so a
    keystroke waits for at most one step (the parse, or the layout of about
    ``LAYOUT_STEP_CHARS`` characters) instead of the whole page.

    The page is built on the UI thread, not in a worker: PySide keeps the interpreter lock
    during Qt calls, and a worker holding it while a QObject call waited for one of Qt's
    shared locks deadlocked against the UI thread waiting for the interpreter lock while it
    held that Qt lock (seen in the test suite, py-spy on both threads). Only the Markdown
    rendering, pure Python, runs in the worker.
    """
    document = PreviewDocument(spec.roots, spec.placeholder_text)
    document.setUndoRedoEnabled(False)
    document.setDocumentMargin(PAGE_MARGIN)
    document.setDefaultFont(spec.font)
    document.setHtml(html)
    if spec.width > 0:
        yield
        document.setTextWidth(spec.width)  # lays out only the first lines
        layout = document.documentLayout()
        block, chars = document.begin(), 0
        while block.isValid():
            chars += block.length()
            if chars >= LAYOUT_STEP_CHARS:
                layout.blockBoundingRect(block)  # lays out up to this block
                yield
                chars = 0
            block = block.next()
        layout.documentSize()  # the rest, so the view does not lay out again
    return document


def build_document(html: str, spec: PageSpec) -> PreviewDocument:
    """``document_steps`` in one go."""
    steps = document_steps(html, spec)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


class PreviewView(QTextBrowser):
    """Shows preview HTML without touching the network.

    * ``set_html`` (synchronous) or ``show_document`` (with a document built
      by ``build_document`` in a worker, see ``PreviewRenderer.bind_view``)
      replace the page but keep the reader where they were.
    * Resources are never fetched from the network: only files under the
      folders given to ``set_local_roots`` (the site's ``static/`` folder) are
      read, and images that are not shown get a placeholder. Qt's rich text
      runs no scripts.
    * Clicking a link opens it in the system browser, never inside the view;
      ``#fragment`` links scroll the preview.
    """

    link_opened = Signal(QUrl)
    """A link was handed to the system (``QDesktopServices.openUrl``)."""
    resource_blocked = Signal(QUrl)
    """The page asked for a resource that is not local; it was not loaded."""
    clicked_at = Signal(float)
    """A plain click (not on a link, not ending a selection) at this height of the page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open_link)
        self._html = ""
        self._roots: tuple[Path, ...] = ()
        self._placeholder: QImage | None = None
        # True while a new page takes the old one's place: scroll moves then are not the reader's.
        self.replacing = False

    def set_local_roots(self, roots: Sequence[str | os.PathLike]) -> None:
        """Folders where relative and site-relative image paths are looked up.

        Applies to pages shown after the call.
        """
        self._roots = tuple(Path(root).resolve() for root in roots)

    def page_spec(self) -> PageSpec:
        """How this view lays out pages right now (call on the UI thread)."""
        width = self.document().pageSize().width()
        if width <= 0:
            width = self.viewport().width()
        return PageSpec(width=float(width), font=QFont(self.font()), roots=self._roots,
                        placeholder_text=self._placeholder_text())

    def set_html(self, html: str) -> None:
        """Show ``html``, keeping the vertical scroll position.

        The position is kept in pixels, so small edits (the usual case while
        typing) leave the text under the reader's eyes; a reader at the very
        end of the page stays at the end as the page grows.
        """
        if html == self._html:
            return
        self.show_document(html, build_document(html, self.page_spec()))

    def show_document(self, html: str, document: QTextDocument) -> None:
        """Show ``document`` (built from ``html`` by ``build_document``), keeping
        the scroll position. The view takes ownership of the document."""
        if html == self._html:
            shiboken6.delete(document)  # see below: not with deleteLater
            return
        bar = self.verticalScrollBar()
        value, maximum = bar.value(), bar.maximum()
        at_end = maximum > 0 and value >= maximum
        self._html = html
        document.setParent(self)
        for url in getattr(document, "blocked", ()):
            self.resource_blocked.emit(url)
        previous = self.document()
        # setDocument deletes only a page its internal text control owns (the first, empty one),
        # never one parented to the view: without this every page shown stayed in memory.
        stale = previous if previous is not document and previous.parent() is self else None
        self.replacing = True
        try:
            self.setDocument(document)
            bar.setValue(bar.maximum() if at_end else min(value, bar.maximum()))
        finally:
            self.replacing = False
        if stale is not None:
            # Now, from Python, not with deleteLater: Qt would then destroy it from its event loop
            # without the interpreter lock and, holding its connection lock, wait for that lock,
            # which a preview worker may hold while its layout waits for the connection lock.
            shiboken6.delete(stale)

    def show_failure(self, reason: str) -> None:
        """Say in the page that the preview could not be made (the last line of ``reason``, the
        error, is shown; the log has the whole traceback)."""
        lines = [line for line in reason.strip().splitlines() if line.strip()]
        detail = html_module.escape(lines[-1]) if lines else ""
        title = html_module.escape(self.tr("The preview could not be made."))
        where = html_module.escape(self.tr("The error was written to the log (Help ▸ Open Log Folder)."))
        self.set_html(f"<h3>{title}</h3><p>{where}</p><p><code>{detail}</code></p>")

    def html_source(self) -> str:
        """The last HTML shown (``toHtml()`` is Qt's rewrite of it)."""
        return self._html

    def loadResource(self, resource_type: int, url: QUrl | str) -> object:  # noqa: N802 (Qt override)
        # Used for pages given to setHtml() directly rather than set_html().
        url = QUrl(url)
        if not _is_local(url):
            self.resource_blocked.emit(QUrl(url))
        return _load_resource(resource_type, url, self._roots, self._image_placeholder)

    def _placeholder_text(self) -> str:
        return self.tr("Image not shown in the preview")

    def _image_placeholder(self) -> QImage:
        if self._placeholder is None:
            self._placeholder = _placeholder_image(self._placeholder_text())
        return self._placeholder

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._placeholder = None
        super().changeEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().mouseReleaseEvent(event)
        if (event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection()
                and not self.anchorAt(event.position().toPoint())):
            self.clicked_at.emit(event.position().y() + self.verticalScrollBar().value())

    def _open_link(self, url: QUrl) -> None:
        if url.isRelative() and url.hasFragment() and not url.path():
            self.scrollToAnchor(url.fragment())
            return
        if url.scheme().lower() in EXTERNAL_SCHEMES:
            QDesktopServices.openUrl(url)
            self.link_opened.emit(QUrl(url))
