"""The pair's postings hold exactly what the body editors show, edit after edit: the text is read from
an editor once per change and shared by everyone who needs it, so these pin that the one read is always
the text as it is now (after typing, a paste across lines, undo and redo, a revert and a reload from
disk, in both languages), and that "modified" and what is saved follow it byte for byte."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from editor.ui.language_column import editor_text
from tests.ui.window_fixtures import PM_EN, PM_FR, pyside_refcount_guard, recovery_dir, settings_file, site_copy  # noqa: F401
from tests.ui.workflow_support import make_window  # noqa: F401


def shown(body) -> str:
    return body.document().toRawText().replace("\u2029", "\n")


def held(window, lang: str) -> str:
    return window.manager.posting(lang).body.replace("\r\n", "\n")


def follows(window) -> bool:
    return all(held(window, lang) == shown(column.body) == editor_text(column.body)
               for lang, column in window.pair_editor.columns.items())


def to_end(body) -> None:
    cursor = body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    body.setTextCursor(cursor)


def test_the_postings_follow_typing_pastes_undo_redo_and_revert(make_window, site_copy, qtbot):  # noqa: F811
    saved_en, saved_fr = (site_copy / PM_EN).read_bytes(), (site_copy / PM_FR).read_bytes()
    window = make_window(site_copy / PM_EN)
    english, french = (window.pair_editor.columns[lang].body for lang in ("en", "fr"))
    assert follows(window) and not window.manager.modified
    to_end(english)
    for letter in "Thanks.":
        qtbot.keyClick(english, letter)
        assert follows(window) and window.manager.is_modified("en")
    to_end(french)
    qtbot.keyClicks(french, "Merci.")
    assert follows(window) and window.manager.is_modified("fr")
    cursor = english.textCursor()  # a paste over the end of one line and the start of the next
    cursor.setPosition(5)
    cursor.setPosition(english.document().findBlockByNumber(3).position() + 2, QTextCursor.MoveMode.KeepAnchor)
    english.setTextCursor(cursor)
    english.insertPlainText("pasted\nacross\u2029lines")
    assert follows(window) and "pasted\nacross\nlines" in held(window, "en")
    while english.document().isUndoAvailable():
        english.undo()
        assert follows(window)
    assert not window.manager.is_modified("en") and window.manager.is_modified("fr")
    english.redo()
    assert follows(window) and window.manager.is_modified("en")
    window.manager.revert()
    assert follows(window) and not window.manager.modified
    assert window.manager.posting("en").to_bytes() == saved_en and window.manager.posting("fr").to_bytes() == saved_fr
    to_end(english)
    qtbot.keyClicks(english, "Again.")
    assert follows(window) and window.save()
    assert (site_copy / PM_EN).read_bytes() == saved_en + b"Again." and (site_copy / PM_FR).read_bytes() == saved_fr


def test_a_crlf_file_reloaded_from_disk_and_typed_in_keeps_its_line_endings(make_window, site_copy, qtbot):  # noqa: F811
    path = site_copy / PM_EN
    window = make_window(path)
    english = window.pair_editor.columns["en"].body
    crlf = path.read_bytes().replace(b"\n", b"\r\n") + b"Changed outside.\r\n"
    path.write_bytes(crlf)
    window.manager.reload(["en"])  # as when another program saves the file and nothing was edited here
    assert follows(window) and english.toPlainText().endswith("Changed outside.\n")
    to_end(english)
    qtbot.keyClicks(english, "Typed.")
    qtbot.keyClick(english, "\r")
    assert follows(window) and window.save()
    assert path.read_bytes() == crlf + b"Typed.\r\n"
