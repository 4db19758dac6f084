"""Keep Mine and Take Theirs say in the status bar what became of the edits and of the file on
disk, as Combine Both does: the question is gone once answered, and Take Theirs cannot be undone."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from tests.ui.window_fixtures import (PM_EN, pyside_refcount_guard, recovery_dir,  # noqa: F401
                                      settings_file, site_copy)
from tests.ui.workflow_support import DialogAnswers, make_window  # noqa: F401

pytestmark = pytest.mark.usefixtures("short_pauses")


def _title_edited_here_and_on_disk(window, site_copy, qtbot, button: str) -> DialogAnswers:
    title = window.findChild(QLineEdit, "en.title")
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " (draft)")
    answers = DialogAnswers().expect(button)
    path = site_copy / PM_EN
    path.write_bytes(path.read_bytes().replace(b"title: 'Product Manager'", b"title: 'Product Lead'"))
    qtbot.waitUntil(lambda: answers.done, timeout=5000)
    assert not answers.errors
    return answers


def test_keep_mine_says_the_edits_stay_and_will_replace_the_file(make_window, site_copy, qtbot):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    _title_edited_here_and_on_disk(window, site_copy, qtbot, "external.keep")
    said = window.statusBar().currentMessage()
    assert said == f"Kept your version of {PM_EN.name}: saving writes it over the file on disk."
    assert window.findChild(QLineEdit, "en.title").text() == "Product Manager (draft)"


def test_take_theirs_says_the_edits_were_given_up(make_window, site_copy, qtbot):  # noqa: F811
    window = make_window(site_copy / PM_EN)
    _title_edited_here_and_on_disk(window, site_copy, qtbot, "external.theirs")
    said = window.statusBar().currentMessage()
    assert said == f"Took the version on disk of {PM_EN.name}: your unsaved changes to it were given up."
    assert window.findChild(QLineEdit, "en.title").text() == "Product Lead"


def test_the_difference_names_its_two_sides_in_the_interface_language(qapp, site_copy):  # noqa: F811
    """Its explanation above was French, its header lines said "(on disk)" and "(yours)"."""
    from editor.model.frontmatter.posting import Posting
    from editor.ui import i18n
    from editor.ui.disk_watch import disk_difference

    path = site_copy / PM_EN
    posting = Posting(path.read_bytes(), path, "en")
    posting.set_text(posting.text().replace("Product Manager", "Product Lead", 1))
    i18n.install_translator(qapp, "fr")
    try:
        header = disk_difference(posting, "en").splitlines()[:2]
    finally:
        i18n.remove_translators(qapp)
    assert header == [f"--- {PM_EN.name} (sur le disque)", f"+++ {PM_EN.name} (votre version)"]
    assert disk_difference(posting, "en").splitlines()[0] == f"--- {PM_EN.name} (on disk)"


def test_a_file_changed_on_disk_to_just_what_the_edits_hold_is_settled_without_a_question(
        make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    """The question said "Its changes and yours are on different lines" when they were the same change
    on the same line; whichever answer, nothing of either side was at stake."""
    from editor.ui import dialogs

    asked = []
    monkeypatch.setattr(dialogs, "ask_external_change",
                        lambda _parent, files, **options: asked.append(files) or dialogs.ExternalChoice.KEEP_MINE)
    window = make_window(site_copy / PM_EN)
    title = window.findChild(QLineEdit, "en.title")
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Product Lead")
    path = site_copy / PM_EN
    path.write_bytes(path.read_bytes().replace(b"title: 'Product Manager'", b"title: 'Product Lead'"))
    qtbot.waitUntil(lambda: asked or "already holds your edits" in window.statusBar().currentMessage(), timeout=5000)
    assert asked == []
    assert not window.manager.is_modified("en") and title.text() == "Product Lead"


def test_a_conflict_names_the_field_or_the_body_it_is_in(make_window, site_copy, qtbot):  # noqa: F811
    """"line 4 of your version, line 4 on disk": the window shows fields and a body, not a file's lines."""
    window = make_window(site_copy / PM_EN)
    answers = _title_edited_here_and_on_disk(window, site_copy, qtbot, "external.keep")
    assert f"{PM_EN.name}: line 4 of your version, line 4 on disk (field “title”)" in answers.seen[0]["informative"]


def test_a_conflict_names_the_field_as_the_window_does_in_french(make_window, site_copy, qtbot):  # noqa: F811
    """The French question said « (champ « title ») », the file's key, where the window says « Titre »."""
    window = make_window(site_copy / PM_EN)
    window.set_interface_language("fr")
    try:
        answers = _title_edited_here_and_on_disk(window, site_copy, qtbot, "external.keep")
    finally:
        window.set_interface_language("en")
    assert "(champ\u00a0«\u00a0titre\u00a0»)" in answers.seen[0]["informative"].replace(" ", "\u00a0")


def test_a_conflict_in_the_body_says_so(make_window, site_copy, qtbot):  # noqa: F811
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QPlainTextEdit

    window = make_window(site_copy / PM_EN)
    body = window.findChild(QPlainTextEdit, "en.body")
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    body.moveCursor(QTextCursor.MoveOperation.StartOfLine)
    qtbot.keyClicks(body, "Here: ")
    answers = DialogAnswers().expect("external.keep")
    path = site_copy / PM_EN
    text = path.read_bytes()
    last = text.rstrip(b"\n").rsplit(b"\n", 1)[1]
    path.write_bytes(text.replace(last, b"On disk: " + last))
    qtbot.waitUntil(lambda: answers.done, timeout=5000)
    assert not answers.errors and "on disk (in the body)" in answers.seen[0]["informative"]
