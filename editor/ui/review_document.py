"""The review copy (editor.model.render.review) laid out by Qt: written to PDF, or sent to a printer.

Qt's own PDF writer, so no external tool is needed. QTextDocument.print_ numbers the pages itself
when the document has no page size of its own, which is why none is set here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument


def review_document(html: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(html)
    return document


def write_pdf(html: str, path: Path, *, title: str = "") -> None:
    """Writes the copy as a Letter-size PDF (the page size Canadian offices print on); raises OSError.
    Laid out in memory and written in one step (storage's atomic write): a run stopped half-way
    never leaves half a PDF over the copy that was there."""
    from editor.model.storage.files import atomic_write

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Posting Editor")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.Letter), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    document = review_document(html)
    document.print_(writer)
    del writer  # the PDF is finished when the writer goes
    data = bytes(buffer.data().data())
    buffer.close()
    if not data:
        raise OSError(f"{path} could not be written")
    atomic_write(path, data)


def write_html(html: str, path: Path) -> None:
    """The copy as a web page, written in one step (raises OSError)."""
    from editor.model.storage.files import atomic_write

    atomic_write(path, html.encode("utf-8"))


def print_copy(html: str, printer) -> None:
    """Prints on a QPrinter the user chose (File ▸ Print…)."""
    review_document(html).print_(printer)
