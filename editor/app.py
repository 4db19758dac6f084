"""Starting the window: ``posting-editor [PATH]`` ends up in ``run``.

Nothing Qt-related happens at import time; ``run`` creates the application, the
settings and the translator in that order (QSettings needs the application's names).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import cast

# Set by benchmarks/bench_window.py: print timings at the first paint, then quit.
BENCH_ENV = "POSTING_EDITOR_BENCH_FIRST_PAINT"
# Let tests and automation keep away from the user's own preferences and autosaves.
SETTINGS_ENV = "POSTING_EDITOR_SETTINGS_FILE"
RECOVERY_ENV = "POSTING_EDITOR_RECOVERY_DIR"

_STARTED = time.perf_counter()


def guard_none_refcount() -> bool:
    """Work around PySide6 6.12.0 on Python 3.11, whose void methods return None without a new
    reference (Py_RETURN_NONE compiled against 3.12 headers, where None is immortal): every call
    lowers None's count, and Python aborts ("deallocating None") after a few thousand calls,
    i.e. minutes into a session; True and False are returned the same way in places. When the
    leak is measured, the counts of these singletons are raised far out of reach, which is what
    Python 3.12 does for every program. Returns True when the workaround was needed. The real
    fix is a PySide6 without the bug (6.11.3 has none).
    """
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    from PySide6.QtCore import QElapsedTimer

    timer = QElapsedTimer()
    before = sys.getrefcount(None)
    for _ in range(64):
        timer.invalidate()
    if sys.getrefcount(None) >= before:
        return False
    import ctypes

    for singleton in (None, True, False, NotImplemented):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    return True


def sample_site() -> Path:
    """The bundled sample site, or a copy of it in the user's data folder when the bundled one cannot be
    written (an installed package or a read-only bundle: the sample is there to be edited)."""
    from editor.resources import resource_path

    bundled = resource_path("sample-site")
    if os.access(bundled / "content", os.W_OK):
        return bundled
    import shutil

    from platformdirs import user_data_path

    copy = user_data_path("posting-editor", appauthor=False) / "sample-site"
    if not copy.is_dir():
        # The modes are not copied: a read-only bundle's (0444 files in 0555 folders) would make
        # the copy refuse every save and every new posting.
        shutil.copytree(bundled, copy, copy_function=shutil.copyfile)
        for folder, _dirs, _files in os.walk(copy):
            os.chmod(folder, os.stat(folder).st_mode | 0o700)  # copytree copies a folder's mode whatever it is told
    return copy


def create_main_window(path: str | os.PathLike | None = None, *, settings=None, recovery_dir=None,
                       hold_background_until_painted: bool = False):
    """Build the main window (a QApplication must exist) without entering the event loop.

    ``path`` is what the command line takes: a site folder, or a posting file (its site is
    opened and its pair selected). Without one, the bundled sample site opens.
    ``hold_background_until_painted`` (the app's own start-up) starts the previews, checks,
    translation status and alignment only once the window has painted (see StartupGate).
    """
    from editor.ui.main_window import MainWindow
    from editor.ui.settings import Settings

    if settings is None:
        settings = Settings(os.environ[SETTINGS_ENV]) if os.environ.get(SETTINGS_ENV) else Settings()
    if recovery_dir is None and os.environ.get(RECOVERY_ENV):
        recovery_dir = os.environ[RECOVERY_ENV]
    window = MainWindow(settings, recovery_dir=recovery_dir)
    if hold_background_until_painted:
        from editor.ui.startup_gate import StartupGate

        gate = StartupGate(window)
        gate.hold(window.checker, "request")
        gate.hold(window.translator.watcher, "refresh")
        gate.hold(window.pair_editor.aligned, "request")
        gate.hold(window.pair_editor.renderer, "request", per_first_argument=True)
    from editor.ui import i18n

    window.posting_list.set_interface_language(i18n.resolve_language(settings.interface_language()))
    window.open_path(Path(path) if path is not None else sample_site())
    if path is None:
        window.show_welcome()
    return window


def run(path: str | None, language: str | None = None) -> int:
    """The ``posting-editor [--lang en|fr] [PATH]`` window; returns the exit status. ``language``: the
    interface's for this run instead of the saved preference, which it leaves as it is."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from editor import __version__
    from editor.ui import i18n
    from editor.ui.settings import APPLICATION, ORGANIZATION, Settings

    from editor.app_log import setup_logging

    setup_logging()
    guard_none_refcount()
    # The tests' application, when there is one, is a QApplication too.
    app = cast(QApplication, QApplication.instance()) or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("posting-editor")
    from PySide6.QtGui import QIcon

    from editor.resources import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))
    settings = Settings(os.environ[SETTINGS_ENV]) if os.environ.get(SETTINGS_ENV) else Settings()
    if language is not None:
        settings.use_interface_language_for_now(language)
    i18n.install_translator(app, settings.interface_language())
    app.setApplicationDisplayName(app.translate("MainWindow", "Posting Editor"))
    window = create_main_window(path, settings=settings, hold_background_until_painted=True)
    from editor.ui.crash_reporter import CrashReporter, route_qt_messages

    route_qt_messages()
    CrashReporter(window).install()
    if os.environ.get(BENCH_ENV):
        _install_first_paint_probe(app, window)
    from editor.ui.screen_fit import fit_to_screen

    # Its usual size (or the one saved) where the screen has room for it; Qt keeps a saved one on the screen.
    fit_to_screen(window, window.width(), window.height())
    window.show()
    from editor.ui.quit_signals import SignalQuitter

    SignalQuitter(window)  # Ctrl+C in the terminal, SIGTERM and SIGHUP close the window as Quit does
    if not os.environ.get(BENCH_ENV):
        # After the first paint, so the window is there behind the question.
        QTimer.singleShot(0, window.crash_recovery.offer)
    return app.exec()


# Qt platforms that show nothing on a screen: a dialog there would wait for a click nobody can make.
_HEADLESS_PLATFORMS = ("offscreen", "minimal")


def no_display(environ=None, system: str | None = None) -> bool:
    """True when Qt would find no display to open a window on, told before Qt is asked: its
    platform plugin then ends the whole process (abort, exit status 134, a page of plugin names)
    beyond any handler. Only the cases that are sure on Linux and the BSDs: every platform Qt would
    try is X11 without ``DISPLAY`` or Wayland without its socket (an SSH session, a service, a
    container). Windows and macOS always have their own; other plugins (eglfs, vnc…) are trusted."""
    environ = os.environ if environ is None else environ
    system = sys.platform if system is None else system
    if system.startswith(("win", "darwin")):
        return False
    named = [part.split(":")[0].strip().lower() for part in environ.get("QT_QPA_PLATFORM", "").split(";")]
    tried = [name for name in named if name] or ["xcb"]
    if environ.get("XDG_SESSION_TYPE") == "wayland" and not any(name for name in named):
        tried.insert(0, "wayland")  # Qt 6's choice in a Wayland session
    runtime = environ.get("XDG_RUNTIME_DIR")
    for name in tried:
        if name == "xcb":
            if environ.get("DISPLAY"):
                return False
        elif name.startswith("wayland"):
            # Its socket: WAYLAND_DISPLAY, else "wayland-0" in the runtime folder.
            if environ.get("WAYLAND_DISPLAY") or (runtime and os.path.exists(os.path.join(runtime, "wayland-0"))):
                return False
        else:
            return False  # offscreen, minimal, eglfs, linuxfb, vnc…: no display server needed
    return True


def startup_error_needs_dialog(stream=None, environ=None) -> bool:
    """True when a start-up error written to ``stream`` (standard error) would reach nobody: no stream
    at all, or one that is not a terminal (a desktop launcher, a file manager, the windowed bundle,
    whose standard error goes to a null device), and there is a screen to show a dialog on."""
    environ = os.environ if environ is None else environ
    platform = environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if platform in _HEADLESS_PLATFORMS or no_display(environ):
        return False
    stream = sys.stderr if stream is None else stream
    try:
        return not stream.isatty()
    except (AttributeError, ValueError, OSError):  # no stream, or a closed one
        return True


def show_startup_error(message: str, language: str | None = None) -> None:
    """The start-up error in a dialog, for people who started the app from a desktop; in
    ``language`` (``--lang``) when given, else the saved interface language."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        guard_none_refcount()
        app = QApplication(sys.argv[:1])
        from editor.ui import i18n
        from editor.ui.settings import APPLICATION, ORGANIZATION, Settings

        app.setOrganizationName(ORGANIZATION)
        app.setApplicationName(APPLICATION)
        try:
            i18n.install_translator(app, language or Settings().interface_language())
        except Exception:  # noqa: BLE001 - unreadable preferences: the message in English then
            pass
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Critical, translate("Startup", "Posting Editor cannot start"),
                      translate("Startup", "Posting Editor cannot start."))
    box.setObjectName("startupError")
    box.setInformativeText(message)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.button(QMessageBox.StandardButton.Close).setObjectName("startupError.close")
    box.exec()


def report_startup_error(message: str, language: str | None = None) -> None:
    """Standard error always; a dialog too when nobody would read standard error."""
    from editor.cli.common import message_language, program_line

    print(program_line(message, language or message_language()), file=sys.stderr)
    if not startup_error_needs_dialog():
        return
    try:
        show_startup_error(message, language)
    except Exception:  # noqa: BLE001 - no Qt, no display: standard error was all there was
        pass


def _install_first_paint_probe(app, window) -> None:
    """Print seconds since import and peak memory once the window has painted, then quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Probe(QObject):
        done = False

        def eventFilter(self, watched, event):  # noqa: N802 (Qt override)
            if event.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                # Quit once this paint has finished, so the figure covers a whole frame.
                QTimer.singleShot(0, lambda: _report_and_quit(app))
            return False

    probe = Probe(window)
    window.installEventFilter(probe)


def _report_and_quit(app) -> None:
    print(f"first-paint {time.perf_counter() - _STARTED:.4f} rss-kb {_rss_kb()}", flush=True)
    app.quit()


def _rss_kb() -> int:
    """Resident memory now, in KB (Linux /proc; peak RSS elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak
