"""The window on a file whose lines do not all end alike: an edit, in the body or in raw mode,
changes the lines edited and keeps every other byte."""

from __future__ import annotations

import difflib

from PySide6.QtGui import QTextCursor

from tests.ui.window_fixtures import (pyside_refcount_guard, PM_EN, recovery_dir, settings_file,  # noqa: F401
                                      site_copy, manager, open_pm)
from tests.ui.workflow_support import make_window  # noqa: F401


def changed(before: bytes, after: bytes) -> list[bytes]:
    lines = difflib.diff_bytes(difflib.unified_diff, before.splitlines(True), after.splitlines(True), n=0)
    return [line for line in lines if line[:1] in b"+-" and not line.startswith((b"+++", b"---"))]


def test_a_body_edit_keeps_a_crlf_body_under_lf_front_matter(manager, site_copy):  # noqa: F811
    path = site_copy / PM_EN
    head, closing, body = path.read_bytes().partition(b"\n---\n")
    raw = head + closing + body.replace(b"\n", b"\r\n")
    path.write_bytes(raw)
    open_pm(manager, site_copy)
    text = manager.posting("en").body.replace("\r\n", "\n")
    manager.set_body("en", text.replace("## About us", "## About the agency"))
    assert manager.save()
    assert changed(raw, path.read_bytes()) == [b"-## About us\r\n", b"+## About the agency\r\n"]


def test_a_raw_edit_of_a_broken_file_keeps_its_other_lines_endings(manager, site_copy):  # noqa: F811
    path = site_copy / PM_EN
    raw = path.read_bytes().replace(b"title: '", b"title: ['", 1).replace(b"## About us\n", b"## About us\r\n")
    path.write_bytes(raw)
    open_pm(manager, site_copy)
    posting = manager.posting("en")
    assert not posting.valid
    manager.set_raw_text("en", posting.text().replace("\r\n", "\n").replace("We are looking", "We look", 1))
    assert manager.save()
    lost = changed(raw, path.read_bytes())
    assert len(lost) == 2 and lost[0].startswith(b"-  We are looking") and lost[1].startswith(b"+  We look"), lost


# Qt's editors show U+2029 (PARAGRAPH SEPARATOR, pasted from word processors) as a paragraph break,
# and give it back as a line break: typing anywhere wrote a new line break in its place.
def test_a_paragraph_separator_in_the_body_survives_an_edit_elsewhere(make_window, site_copy, qtbot):  # noqa: F811
    path = site_copy / PM_EN
    raw = path.read_bytes().replace(b"## About us\n", "## About\u2029us\n".encode(), 1)
    path.write_bytes(raw)
    window = make_window(path)
    body = window.pair_editor.columns["en"].body
    cursor = body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    body.setTextCursor(cursor)
    qtbot.keyClicks(body, "Thanks.")
    assert window.manager.is_modified("en")
    assert window.save()
    assert path.read_bytes() == raw + b"Thanks."


def test_a_paragraph_separator_in_a_broken_file_survives_a_raw_edit(make_window, site_copy, qtbot):  # noqa: F811
    path = site_copy / PM_EN
    raw = path.read_bytes().replace(b"title: '", b"title: ['", 1).replace(b"## About us\n", "## About\u2029us\n".encode(), 1)
    path.write_bytes(raw)
    window = make_window(path)
    column = window.pair_editor.columns["en"]
    assert column.raw_mode
    cursor = column.raw.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    column.raw.setTextCursor(cursor)
    qtbot.keyClicks(column.raw, "Thanks.")
    assert window.save()
    assert path.read_bytes() == raw + b"Thanks."
