"""Starting the window: a lone posting opens on its folder; start-up errors reach people without a terminal."""

from __future__ import annotations

import io
import os
import shutil

import pytest
from PySide6.QtWidgets import QLineEdit

from editor import app as app_module
from editor import cli
from tests.cli_support import SAMPLE_SITE
from tests.ui.window_fixtures import pyside_refcount_guard, recovery_dir, settings_file  # noqa: F401
from tests.ui.workflow_support import DialogAnswers, make_window  # noqa: F401

ENGLISH = """---
layout: job-posting
title: 'Records Clerk'
description: 'Keeps the records in order.'
archived: false
translationKey: records-clerk
---

## About the role

You will keep the records of the team in order and help the people who ask for them. The work is
mostly with the public and with the other members of the team, and there is a lot of it to do.
"""

FRENCH = """---
layout: job-posting
title: 'Commis aux dossiers'
description: 'Tient les dossiers en ordre.'
archived: false
translationKey: records-clerk
---

## Le poste

Vous tiendrez les dossiers de l'équipe en ordre et vous aiderez les personnes qui les demandent. Le
travail se fait surtout avec le public et avec les autres membres de l'équipe, et il y en a beaucoup.
"""


class Stream(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


def test_a_dialog_only_when_nobody_reads_standard_error():
    screen = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}
    assert not app_module.startup_error_needs_dialog(Stream(tty=True), screen)  # a terminal
    assert app_module.startup_error_needs_dialog(Stream(tty=False), screen)  # a desktop launcher
    assert app_module.startup_error_needs_dialog(object(), screen)  # no usable stream (windowed bundle)
    closed = io.StringIO()
    closed.close()
    assert app_module.startup_error_needs_dialog(closed, screen)
    assert app_module.startup_error_needs_dialog(Stream(tty=False), {"DISPLAY": ":0"})  # the platform's default: a screen
    # No display at all (an SSH session): Qt would abort the process trying to show the dialog.
    assert not app_module.startup_error_needs_dialog(Stream(tty=False), {})
    # No screen: a dialog nobody can see would only keep the process waiting.
    assert not app_module.startup_error_needs_dialog(Stream(tty=False), {"QT_QPA_PLATFORM": "offscreen"})
    assert not app_module.startup_error_needs_dialog(Stream(tty=False), {"QT_QPA_PLATFORM": "minimal:x=1"})


@pytest.mark.parametrize("arguments, words", [
    (["/no/such/place"], "/no/such/place: no such file or folder"),
    ([], None),
])
def test_start_up_errors_show_a_dialog_without_a_terminal(qapp, monkeypatch, capsys, tmp_path, arguments, words):
    monkeypatch.setattr(app_module, "startup_error_needs_dialog", lambda *_a, **_k: True)
    if not arguments:  # a bug while building the window: the internal error, in the dialog too
        def broken(_path, language=None):
            raise RuntimeError("the window could not be built")

        monkeypatch.setattr(app_module, "run", broken)
        words = "internal error: RuntimeError: the window could not be built"
    answers = DialogAnswers().expect("startupError.close")
    status = cli.main(arguments)
    assert answers.done and not answers.errors
    assert status == 2
    assert answers.seen[0]["name"] == "startupError"
    assert answers.seen[0]["text"] == "Posting Editor cannot start."
    assert words in answers.seen[0]["informative"]
    assert words in capsys.readouterr().err  # standard error still has it


def test_a_lone_posting_opens_the_window_on_its_folder(make_window, tmp_path, qtbot, monkeypatch):
    folder = tmp_path / "Downloads"
    folder.mkdir()
    english = folder / "records-clerk.md"
    english.write_text(ENGLISH, encoding="utf-8")

    started = []
    monkeypatch.setattr(app_module, "run", lambda path, language=None: started.append(path) or 0)
    assert cli.main([str(english)]) == 0  # accepted by the command line, then handed to the window
    assert started == [str(english)]

    window = make_window(english)
    assert window.site.site.root == folder.resolve()
    assert window.manager.key == "records-clerk"
    assert window.findChild(QLineEdit, "en.title").text() == "Records Clerk"
    assert window.pair_editor.columns["fr"].is_missing
    assert "Downloads" in window.windowTitle()
    qtbot.keyClicks(window.findChild(QLineEdit, "en.title"), " II")
    assert window.save()
    assert b"title: 'Records Clerk II'" in english.read_bytes()

    # Its translation beside it, named either way, makes it a pair.
    (folder / "commis.md").write_text(FRENCH, encoding="utf-8")
    window.outside.reload_site()
    qtbot.waitUntil(lambda: not window.site.reloading())  # read off the UI thread
    entry = window.site.entry("records-clerk")
    assert entry.status == "ok" and entry.first("fr").path.name == "commis.md"
    assert not window.settings.recent_sites()  # a download folder is not a site to offer again


# Started as `posting-editor ARGS`, in a program of its own (forked from the warm window server): what
# the window speaks once painted, and the language its preferences keep.
LANGUAGE_PROGRAM = r"""
import sys
from PySide6.QtWidgets import QApplication
from editor import app
from editor.cli.main import main

def report(qapp):
    [window] = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"]
    print(qapp.property("interfaceLanguage"), window.app_actions["save"].text(), flush=True)
    qapp.quit()

app._report_and_quit = report
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("saved, arguments, shown", [
    ("en", ["--lang", "fr"], "fr &Enregistrer"),
    ("fr", ["--lang=en"], "en &Save"),
    ("en", ["--lang", "fr", "{site}"], "fr &Enregistrer"),
    ("fr", [], "fr &Enregistrer"),
])
def test_lang_opens_the_window_in_that_language_for_this_run(tmp_path, window_server, saved, arguments, shown):
    """`posting-editor --lang fr` opened the window in the saved interface language."""
    import os
    import subprocess

    from editor.resources import resource_path
    from editor.ui.settings import Settings

    if not (resource_path("translations") / "posting_editor_fr.qm").is_file():
        pytest.skip("the translations are not built (make translations)")
    site = tmp_path / "site"
    shutil.copytree(resource_path("sample-site"), site)
    settings = Settings(tmp_path / "settings.ini")
    settings.set_interface_language(saved)
    settings.sync()
    environ = {**os.environ, "POSTING_EDITOR_BENCH_FIRST_PAINT": "1", "POSTING_EDITOR_LOG_DIR": str(tmp_path),
               "POSTING_EDITOR_SETTINGS_FILE": str(tmp_path / "settings.ini"),
               "POSTING_EDITOR_RECOVERY_DIR": str(tmp_path / "recovery")}
    program = window_server.popen(LANGUAGE_PROGRAM, [a.format(site=site) for a in arguments or [str(site)]],
                                  env=environ, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = program.communicate(timeout=120)
    assert program.returncode == 0, err
    assert out.strip() == shown, err
    assert Settings(tmp_path / "settings.ini").interface_language() == saved  # for this run only


@pytest.mark.parametrize("arguments, language", [
    (["--lang", "fr"], "fr"), (["--lang=en", "{path}"], "en"), (["{path}"], None), ([], None)])
def test_lang_before_a_path_is_handed_to_the_window(monkeypatch, tmp_path, arguments, language):
    """`posting-editor --lang fr SITE` was refused: "argument COMMAND: invalid choice"."""
    started = []
    monkeypatch.setattr(app_module, "run", lambda path, language=None: started.append((path, language)) or 0)
    (tmp_path / "records-clerk.md").write_text(ENGLISH, encoding="utf-8")
    path = str(tmp_path / "records-clerk.md")
    assert cli.main([a.format(path=path) for a in arguments]) == 0
    assert started == [(path if "{path}" in arguments else None, language)]


def test_lang_words_a_start_up_error(capsys):
    assert cli.main(["--lang", "fr", "/no/such/place"]) == 2
    assert "/no/such/place\u00a0: fichier ou dossier introuvable." in capsys.readouterr().err
    with pytest.raises(SystemExit) as refused:  # argparse's usage error, as for any command
        cli.main(["--lang", "de"])
    assert refused.value.code == 2 and "invalid choice: 'de'" in capsys.readouterr().err


# The window's first start (no saved size), as `posting-editor SITE` opens it: its size and the screen's.
SIZE_PROGRAM = r"""
import sys
from PySide6.QtWidgets import QApplication
from editor import app
from editor.cli.main import main

def report(qapp):
    [window] = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"]
    room = window.screen().availableGeometry()
    least = window.minimumSizeHint()
    print(window.width(), window.height(), room.width(), room.height(), least.width(), least.height(), flush=True)
    qapp.quit()

app._report_and_quit = report
sys.exit(main(sys.argv[1:]))
"""


def test_the_first_start_fits_the_window_to_the_screen(tmp_path, window_server):
    """With no saved size the window opened at 1280×800 whatever the screen: on a 1366×768 laptop at
    125% (1093×614) its status bar and problems were below the screen's edge, on a 1024-pixel one its
    right side past it."""
    import os
    import subprocess

    from editor.resources import resource_path

    site = tmp_path / "site"
    shutil.copytree(resource_path("sample-site"), site)
    environ = {**os.environ, "POSTING_EDITOR_BENCH_FIRST_PAINT": "1", "POSTING_EDITOR_LOG_DIR": str(tmp_path),
               "POSTING_EDITOR_SETTINGS_FILE": str(tmp_path / "settings.ini"),
               "POSTING_EDITOR_RECOVERY_DIR": str(tmp_path / "recovery")}
    program = window_server.popen(SIZE_PROGRAM, [str(site)], env=environ, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE)
    out, err = program.communicate(timeout=120)
    assert program.returncode == 0, err
    width, height, room_width, room_height, least_width, least_height = map(int, out.split())
    assert room_width < 1280, "the test's screen (offscreen: 800×800) is narrower than the window's usual size"
    assert width <= max(room_width, least_width) and height <= max(room_height, least_height), out


@pytest.mark.parametrize("environ, system, none", [
    ({}, "linux", True),  # an SSH session without X forwarding, a service
    ({"DISPLAY": ":0"}, "linux", False),
    ({"WAYLAND_DISPLAY": "wayland-1"}, "linux", True),  # Qt tries X11 unless told or in a Wayland session
    ({"WAYLAND_DISPLAY": "wayland-1", "XDG_SESSION_TYPE": "wayland"}, "linux", False),
    ({"QT_QPA_PLATFORM": "wayland", "WAYLAND_DISPLAY": "wayland-1"}, "linux", False),
    ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":1"}, "linux", False),
    ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({"QT_QPA_PLATFORM": "vnc:size=800x600"}, "linux", False),
    ({}, "win32", False),
    ({}, "darwin", False),
])
def test_no_display_is_told_before_qt_aborts(environ, system, none):
    assert app_module.no_display(environ, system) is none


def test_the_window_without_a_display_is_one_line_and_exit_status_2(tmp_path):
    # Qt's platform plugin, finding no display, aborted the process (status 134) with a page of
    # plugin names, and a wrong PATH printed its message and then aborted trying to show a dialog.
    import subprocess
    import sys


    environ = {name: value for name, value in os.environ.items()
               if name not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE")}
    environ["XDG_RUNTIME_DIR"] = str(tmp_path)
    for arguments, first in (([str(tmp_path / "nowhere")], "no such file or folder"),
                             (["--lang", "fr", str(SAMPLE_SITE)], "pas d’écran")):
        result = subprocess.run([sys.executable, "-m", "editor.cli", *arguments], capture_output=True, text=True,
                                env=environ, timeout=120, stdin=subprocess.DEVNULL)
        assert result.returncode == 2, result.stderr
        assert first in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
