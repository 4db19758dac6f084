"""Shared fixtures for the window tests: a scratch copy of the sample site, scratch settings."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from editor.resources import resource_path

EN = Path("content/en/careers/positions")
FR = Path("content/fr/careers/positions")
PM_EN = EN / "product-manager--3a2f11bd-e6f1-4460-b7fc-e13ff4d49120.md"
PM_FR = FR / "gestionnaire-de-produit--3a2f11bd-e6f1-4460-b7fc-e13ff4d49120.md"
# A posting another program adds to the site (English only, its own key).
NEW_POSTING = """---
layout: job-posting
type: section
title: 'Archivist'
description: 'Keeps the records.'
archived: false
translationKey: archivist
---

## About the role

You will keep the records of a small team.
"""


@pytest.fixture(scope="session", autouse=True)
def pyside_refcount_guard():
    """The window's tests call Qt thousands of times: apply posting-editor's guard against
    PySide6 6.12.0's None/True/False reference leak on Python 3.11 (see editor.app)."""
    from editor.app import guard_none_refcount

    guard_none_refcount()


@pytest.fixture
def site_copy(tmp_path) -> Path:
    """A copy of resources/sample-site the test may change freely."""
    target = tmp_path / "site"
    shutil.copytree(resource_path("sample-site"), target)
    return target


@pytest.fixture
def recovery_dir(tmp_path) -> Path:
    return tmp_path / "recovery"


@pytest.fixture
def settings_file(tmp_path) -> Path:
    return tmp_path / "settings.ini"


@contextmanager
def opened_window(path: Path, settings_file: Path, recovery_dir: Path, size: tuple[int, int] = (1280, 800)) -> Iterator:
    """The main window on ``path`` (a site or a posting) with scratch settings, closed afterwards
    as the user would close it (the open pair first)."""
    from editor.app import create_main_window
    from editor.ui.settings import Settings

    window = create_main_window(path, settings=Settings(settings_file), recovery_dir=recovery_dir)
    window.resize(*size)
    yield window
    close_window(window)


def close_window(window) -> None:
    """Close ``window`` as the user would, its unsaved edits given up first (nothing left to ask about).
    A pair without edits is left open: the window forgets it as it closes without laying out its
    emptied editors first, as closing a pair in a window that stays does."""
    if window.manager.modified:
        window.manager.close_pair()
    window.close()
    window.deleteLater()


def checks_settled(window) -> bool:
    """The open pair's problems are final: the translation status (which side is the source) and
    the site's memory (segment verification) are in, and the checks they asked for are done. Only
    then may a test put problems of its own in the panel: a check answering later replaces them."""
    return (window.translator.watcher.runner.is_idle() and window.memories.verification is not None
            and window.checker.is_idle())


@pytest.fixture
def laptop_window(qtbot, site_copy: Path, settings_file: Path, recovery_dir: Path):  # noqa: F811
    """The main window on the product-manager pair, shown at a laptop's 1366×768."""
    with opened_window(site_copy / PM_EN, settings_file, recovery_dir, (1366, 768)) as window:
        window.show()
        qtbot.waitExposed(window)
        yield window


@contextmanager
def reload_held(site_root: Path, monkeypatch, qtbot) -> Iterator:
    """A SiteController on ``site_root`` whose F5 (``reload``) has read the site and waits: what the
    test does inside the block happens while that reading is on its way; on leaving, the reload
    answers and the controller is idle again, with the real build back."""
    from editor.model.site.index import SiteIndex
    from editor.ui import site_controller

    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", str(site_root.parent / "cache"))
    controller = site_controller.SiteController()
    controller.open(site_root)
    started, go_on = threading.Event(), threading.Event()
    build = SiteIndex.build

    def slow_build(site, **options):
        found = build(site, **options)  # read before what the test does meanwhile
        started.set()
        go_on.wait(10)
        return found

    monkeypatch.setattr(site_controller.SiteIndex, "build", slow_build)
    controller.reload()
    assert started.wait(10)
    try:
        yield controller
    finally:
        go_on.set()
        qtbot.waitUntil(lambda: not controller.reloading())
        monkeypatch.setattr(site_controller.SiteIndex, "build", build)


def type_at_end(editor, text: str) -> None:
    """Type ``text`` at the end of a plain-text editor, as if from the keyboard."""
    from PySide6.QtGui import QTextCursor

    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    editor.insertPlainText(text)


def words_of(underliner) -> list[str]:
    """The words an underliner shows underlined."""
    return [line.word for line in underliner.underlines]


def entry_for(site_root: Path, key: str):
    from editor.model.site.index import SiteIndex
    from editor.model.hugo.config import Site

    site = Site.open(site_root)
    return site, SiteIndex.build(site).pair_for_key(key)


@pytest.fixture
def manager(qapp, recovery_dir: Path):  # noqa: F811
    """A DocumentManager without a window, autosaving 50 ms after an edit."""
    from editor.ui.document_manager import DocumentManager

    manager = DocumentManager(recovery_dir=recovery_dir, autosave_ms=50)
    yield manager
    manager.close_pair()
    manager.deleteLater()


def open_pm(manager, site_root: Path):
    """Open the sample site's product-manager pair in ``manager``; returns the Site."""
    site, entry = entry_for(site_root, "product-manager")
    assert manager.open_pair(site, entry)
    return site


def changed_lines(before: bytes, after: bytes) -> list[tuple[int, bytes, bytes]]:
    """(line number, old, new) of every line that differs; both must have the same line count."""
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    assert len(old) == len(new), "a line was added or removed"
    return [(n + 1, a, b) for n, (a, b) in enumerate(zip(old, new)) if a != b]


class LongReading:
    """A stand-in for long model work given a ``stop`` (editor.model.interrupt): it asks ``stop``
    every 20 ms for ``seconds`` at most and records how it ended in ``seen``."""

    def __init__(self, seconds: float = 20) -> None:
        import threading

        self.started = threading.Event()
        self.seen: list[str] = []
        self._steps = int(seconds / 0.02)

    def __call__(self, stop) -> None:
        import threading

        from editor.model.interrupt import Interrupted, check

        self.started.set()
        for _ in range(self._steps):
            try:
                check(stop)
            except Interrupted:
                self.seen.append("stopped")
                raise
            threading.Event().wait(0.02)
        self.seen.append("ran to the end")




def _other_windows(window) -> list:
    from PySide6.QtWidgets import QApplication

    return [shown for shown in QApplication.topLevelWidgets() if shown.isVisible() and shown is not window]


class SharedWindow:
    """One main window for the tests of a module that only look at it, move the focus or search the
    list (a window built, opened and closed is ~0.1 CPU-s), on its own copy of the sample site with
    its own settings, opened on ``opened``. :meth:`handed_out` lends it to one test: the window must
    be as built when lent (asserted) and is put back after (other windows closed, the search
    cleared, the first pair opened again), then asserted as built again, its site's files too, so
    that no test sees what another did. Once a test has shown it, it stays shown (shown again after
    being hidden, the offscreen window never became the active one)."""

    def __init__(self, root: Path, opened: Path, size: tuple[int, int] = (1280, 800)) -> None:
        self.site = root / "site"
        shutil.copytree(resource_path("sample-site"), self.site)
        self._opened = opened_window(self.site / opened, root / "settings.ini", root / "recovery", size)
        self.window = self._opened.__enter__()
        self._files = self._site_files()
        self._built = self.state()

    def _site_files(self) -> dict[Path, bytes]:
        return {path: path.read_bytes() for path in sorted(self.site.rglob("*")) if path.is_file()}

    def state(self) -> dict:
        """What a test could leave changed that the next one would see."""
        window, manager = self.window, self.window.manager
        return {"pair": manager.key, "modified": manager.modified,
                "files": [getattr(manager.posting(lang), "path", None) for lang in ("en", "fr")],
                "search": window.posting_list.search.text(), "filter": window.posting_list.filter.currentIndex(),
                "listed": window.posting_list.keys(), "settings": window.settings.stored_keys(),
                "language": window.settings.interface_language(), "size": window.size().toTuple(),
                "other windows": [type(shown).__name__ for shown in _other_windows(window)]}

    @contextmanager
    def handed_out(self, qtbot) -> Iterator:
        assert self.state() == self._built, "the shared window was not put back"
        yield self.window
        window = self.window
        for shown in _other_windows(window):
            shown.close()
        window.posting_list.search.clear()
        qtbot.waitUntil(lambda: window.posting_list.keys() == self._built["listed"])
        if window.manager.key != self._built["pair"]:
            assert window.select_pair(self._built["pair"])
        assert self.state() == self._built, "a test left the shared window changed"
        assert self._site_files() == self._files, "a test changed the shared window's site"

    def close(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent

        self._opened.__exit__(None, None, None)
        # Deleted now, not in the next test's event loop (tests/ui/conftest.py says why).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
