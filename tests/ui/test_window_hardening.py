"""The window under stress: many postings opened in turn, crashes, restores over changed files."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from editor.ui import dialogs
from editor.ui.language_column import editor_text
from editor.ui.preview_view import PreviewDocument
from tests.ui.test_main_window import make_window, no_real_dialogs, widget  # noqa: F401
from tests.ui.window_fixtures import (pyside_refcount_guard, EN, FR, PM_EN, PM_FR, recovery_dir,  # noqa: F401
                                      settings_file, site_copy)


def _settle(qtbot, window) -> None:
    """Wait for the previews to be rendered, then let Qt run the deletions it deferred."""
    qtbot.waitUntil(window.pair_editor.renderer.is_idle, timeout=5000)
    qtbot.wait(20)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def test_opening_many_pairs_keeps_two_preview_pages_alive(make_window, site_copy, qtbot):  # noqa: F811
    """Each posting opened left both its preview pages in memory (QTextEdit.setDocument does not
    delete a page parented to the view): 0.8 MB a posting, 276 → 572 MB after 400 pairs."""
    window = make_window(site_copy)
    window.show()
    keys = window.posting_list.keys()
    assert len(keys) >= 5
    for number in range(len(keys) + 3):
        assert window.select_pair(keys[number % len(keys)])
        _settle(qtbot, window)
        assert len(window.findChildren(PreviewDocument)) <= 2
    # The page shown is still there and readable.
    assert "<h" in widget(window, object, "en.preview").html_source()


def _crash_with_autosaved_edit(make_window, site_copy, qtbot, text: str) -> None:
    first = make_window(site_copy / PM_EN)
    body = widget(first, QPlainTextEdit, "fr.body")
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, text)
    first.manager.autosave_now()
    first.manager._autosave.stop()
    first.manager._pair = None  # the crash: nothing saved, nothing cleaned up


def _colleague_edits(site_copy) -> bytes:
    path = site_copy / PM_FR
    changed = path.read_bytes().replace(b"\n---\n", b"\n---\n\nAjout du collegue.\n", 1)
    path.write_bytes(changed)
    return changed


@pytest.mark.parametrize("choice", [dialogs.ExternalChoice.TAKE_THEIRS, dialogs.ExternalChoice.KEEP_MINE])
def test_restoring_over_a_file_changed_since_the_crash_asks(make_window, site_copy, qtbot, monkeypatch,  # noqa: F811
                                                           choice):
    """Restore then Save silently reverted what a colleague saved after the crash."""
    _crash_with_autosaved_edit(make_window, site_copy, qtbot, "Tape avant la panne")
    theirs = _colleague_edits(site_copy)
    asked, differences = [], []
    answers = [dialogs.ExternalChoice.SHOW_DIFFERENCE, choice]
    monkeypatch.setattr(dialogs, "ask_external_change", lambda _parent, files, **_: (asked.append(files), answers.pop(0))[1])
    monkeypatch.setattr(dialogs, "show_difference", lambda _parent, diff, **_: differences.append(diff))
    monkeypatch.setattr(dialogs, "ask_recovery", lambda _parent, entries: (dialogs.RecoveryChoice.RESTORE, entries[0]))

    second = make_window(site_copy)
    second.crash_recovery.offer()
    assert asked == [[PM_FR.name]] * 2  # asked again after the difference was shown
    assert "-Ajout du collegue." in differences[0] and "Tape avant la panne" in differences[0]
    fr_text = editor_text(widget(second, QPlainTextEdit, "fr.body"))
    if choice is dialogs.ExternalChoice.TAKE_THEIRS:
        assert "Ajout du collegue." in fr_text and "Tape avant la panne" not in fr_text
        assert not second.manager.modified
        assert not second.manager.recoverable()  # nothing left to offer next time
        assert (site_copy / PM_FR).read_bytes() == theirs
    else:
        assert "Tape avant la panne" in fr_text and "Ajout du collegue." not in fr_text
        assert second.save()
        saved = (site_copy / PM_FR).read_text(encoding="utf-8")
        assert "Tape avant la panne" in saved and "Ajout du collegue." not in saved


def test_restoring_over_an_unchanged_file_asks_nothing_more(make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    _crash_with_autosaved_edit(make_window, site_copy, qtbot, "Tape avant la panne")
    monkeypatch.setattr(dialogs, "ask_recovery", lambda _parent, entries: (dialogs.RecoveryChoice.RESTORE, entries[0]))
    second = make_window(site_copy)
    second.crash_recovery.offer()  # ask_external_change still refuses to be called (no_real_dialogs)
    assert second.manager.is_modified("fr")
    assert second.save()
    assert (site_copy / PM_FR).read_text(encoding="utf-8").rstrip().endswith("Tape avant la panne")


def _png(path, color: str) -> bytes:
    from PySide6.QtGui import QColor, QImage

    image = QImage(7, 5, QImage.Format.Format_ARGB32)
    image.fill(QColor(color))
    path.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(path), "PNG")
    return path.read_bytes()


def test_preview_shows_the_sites_images_and_nothing_outside_the_site(make_window, site_copy, tmp_path, qtbot,  # noqa: F811
                                                                     monkeypatch):
    """set_local_roots was never called: no local image ever showed."""
    from editor.ui import preview_view

    outside = tmp_path / "outside"
    _png(outside / "secret.png", "red")
    (site_copy / "static" / "images").mkdir(parents=True)
    _png(site_copy / "static" / "images" / "logo.png", "blue")
    _png((site_copy / PM_EN).parent / "beside.png", "green")
    (site_copy / "static" / "images" / "link.png").symlink_to(outside / "secret.png")
    (site_copy / "static" / "away").symlink_to(outside, target_is_directory=True)
    escape = "../" * (len(PM_EN.parts) + 2) + "outside/secret.png"
    images = ["/images/logo.png", "beside.png", "/images/link.png", "/away/secret.png", escape,
              str(outside / "secret.png"), (outside / "secret.png").as_uri(), "/etc/passwd", "../../../../../../../etc/passwd"]
    posting = site_copy / PM_EN
    text = posting.read_text(encoding="utf-8")
    posting.write_text(text + "\n" + "\n\n".join(f"![i{n}]({src})" for n, src in enumerate(images)) + "\n",
                       encoding="utf-8")
    read = {}
    real_local_file = preview_view._local_file
    monkeypatch.setattr(preview_view, "_local_file",
                        lambda url, roots: read.setdefault(url.toString(), real_local_file(url, roots)))

    window = make_window(posting)
    window.show()
    qtbot.waitUntil(lambda: "i8" in widget(window, object, "en.preview").html_source(), timeout=5000)
    _settle(qtbot, window)
    shown = {url: path for url, path in read.items() if path is not None}
    assert shown == {"/images/logo.png": (site_copy / "static" / "images" / "logo.png").resolve(),
                     "beside.png": (posting.parent / "beside.png").resolve()}
    assert len(read) == len(images)  # every one was looked up; only those two were read


SAVING_WINDOW = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from editor.app import create_main_window, guard_none_refcount
from editor.ui.settings import Settings
from tests.ui.test_window_hardening import saved_body

guard_none_refcount()
app = QApplication([])
window = create_main_window(sys.argv[1], settings=Settings(sys.argv[2]), recovery_dir=sys.argv[3])
body = window.findChild(object, "fr.body")
version = 0

def save_next():
    global version
    version += 1
    body.setPlainText(saved_body(version))
    assert window.save()
    print("saved", version, flush=True)
    QTimer.singleShot(0, save_next)

QTimer.singleShot(0, save_next)
app.exec()
"""


def saved_body(version: int) -> str:
    """What the saving window writes as its ``version``-th body: big enough to take a while."""
    return f"Version {version}\n\n" + "".join(f"Ligne {version}.{line} : du texte pour remplir.\n"
                                              for line in range(1500))


@pytest.mark.skipif(sys.platform.startswith("win"), reason="SIGKILL")
def test_a_window_killed_while_saving_leaves_the_old_or_the_new_file(site_copy, tmp_path, window_server):  # noqa: F811
    """Kill loop: the posting is always whole, either as it was or as last saved, never cut or mixed."""
    from editor.model.frontmatter.posting import Posting

    target = site_copy / PM_FR
    original = target.read_bytes()
    front = original[:original.index(b"\n---\n") + 5]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    rng = random.Random(20261201)
    last_seen = 0
    for round_number in range(4):
        process = window_server.popen(SAVING_WINDOW, [str(target), str(tmp_path / "s.ini"), str(tmp_path / "recovery")],
                                      env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        try:
            assert process.stdout.readline().startswith("saved"), f"round {round_number}: the window did not save"
            time.sleep(rng.uniform(0.0, 0.4))
        finally:
            process.kill()
            out, _ = process.communicate(timeout=30)
        data = target.read_bytes()
        assert data.startswith(front), f"round {round_number}: front matter damaged"
        posting = Posting.load(target)
        assert posting.valid
        body = posting.body.lstrip("\n")
        version = int(body.split("\n", 1)[0].removeprefix("Version "))
        assert body == saved_body(version), f"round {round_number}: body of version {version} is cut or mixed"
        last_seen = max(last_seen, version)
    assert last_seen >= 1
    # Whatever the kills left behind (temporary files) is not taken for a posting.
    from editor.model.site.index import SiteIndex
    from editor.model.hugo.config import Site

    assert SiteIndex.build(Site.open(site_copy)).pair_for_key("product-manager") is not None


def test_restoring_goes_to_the_file_that_was_edited_when_several_share_the_key(make_window, site_copy, qtbot,  # noqa: F811
                                                                              monkeypatch):
    old_copy = site_copy / EN / "product-manager.md"
    old_copy.write_bytes((site_copy / PM_EN).read_bytes().replace(b"Product Manager", b"Old Product Manager"))
    first = make_window(site_copy / PM_EN)
    choice = first.findChild(object, "en.fileChoice")
    choice.activated.emit(choice.findText("product-manager.md"))
    assert first.manager.posting("en").path == old_copy
    qtbot.keyClicks(widget(first, QLineEdit, "en.title"), " (edited)")
    first.manager.autosave_now()
    first.manager._autosave.stop()
    first.manager._pair = None  # the crash

    monkeypatch.setattr(dialogs, "ask_recovery", lambda _parent, entries: (dialogs.RecoveryChoice.RESTORE, entries[0]))
    second = make_window(site_copy)
    second.crash_recovery.offer()
    assert second.manager.posting("en").path == old_copy
    assert widget(second, QLineEdit, "en.title").text() == "Old Product Manager (edited)"
    assert second.save()
    assert b"Old Product Manager (edited)" in old_copy.read_bytes()
    assert b"(edited)" not in (site_copy / PM_EN).read_bytes()


@pytest.mark.parametrize("choice", [dialogs.ExternalChoice.TAKE_THEIRS, dialogs.ExternalChoice.KEEP_MINE])
def test_restoring_edits_to_a_file_deleted_since_the_crash_asks(make_window, site_copy, qtbot, monkeypatch,  # noqa: F811
                                                               choice):
    """The edits were dropped (and their recovery file removed) when the file had gone meanwhile."""
    _crash_with_autosaved_edit(make_window, site_copy, qtbot, "Tape avant la panne")
    (site_copy / PM_FR).unlink()
    asked = []
    monkeypatch.setattr(dialogs, "ask_external_change", lambda _parent, files, **_: (asked.append(files), choice)[1])
    monkeypatch.setattr(dialogs, "ask_recovery", lambda _parent, entries: (dialogs.RecoveryChoice.RESTORE, entries[0]))
    second = make_window(site_copy)
    second.crash_recovery.offer()
    assert asked == [[PM_FR.name]]
    if choice is dialogs.ExternalChoice.TAKE_THEIRS:
        assert second.manager.posting("fr") is None and not second.manager.modified
        assert not (site_copy / PM_FR).exists()
    else:
        assert second.save()
        assert (site_copy / PM_FR).read_text(encoding="utf-8").rstrip().endswith("Tape avant la panne")


def test_restoring_edits_to_a_pair_whose_key_was_changed_since_the_crash_finds_it_by_its_files(
        make_window, site_copy, qtbot, monkeypatch):  # noqa: F811
    """Restore did nothing, without a word, when a colleague had changed the pair's translationKey
    since the crash: the edits stayed in the recovery folder, offered and never restorable."""
    _crash_with_autosaved_edit(make_window, site_copy, qtbot, "Tape avant la panne")
    for path in (site_copy / PM_EN, site_copy / PM_FR):
        path.write_bytes(path.read_bytes().replace(b"translationKey: product-manager\n",
                                                   b"translationKey: product-manager-2024\n"))
    asked = []
    monkeypatch.setattr(dialogs, "ask_external_change",
                        lambda _parent, files, **_: asked.append(files) or dialogs.ExternalChoice.KEEP_MINE)
    monkeypatch.setattr(dialogs, "ask_recovery", lambda _parent, entries: (dialogs.RecoveryChoice.RESTORE, entries[0]))
    second = make_window(site_copy)
    second.crash_recovery.offer()
    assert second.manager.key == "product-manager-2024"
    assert asked == [[PM_FR.name]]  # the file changed since the crash: whose version wins is asked
    assert "Tape avant la panne" in editor_text(widget(second, QPlainTextEdit, "fr.body"))
    assert second.manager.is_modified("fr") and not second.manager.recoverable()[0].key == "product-manager"
