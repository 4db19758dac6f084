"""Rendering the preview off the keystroke path."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Generator

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QTextDocument

from editor.ui.background import BackgroundRunner
from editor.ui.preview_view import PreviewView, document_steps

DEFAULT_DELAY_MS = 60
# A long text (``background.long_text``: a pasted document) is rendered once typing pauses this long,
# not after each key: its render took 130 ms of a worker's Python a key, which the window's UI thread
# waited for at Python's lock as it typed.
LONG_TEXT_DELAY_MS = 250
# Python hands its interpreter lock to a waiting thread only every "switch
# interval" (5 ms by default). While the worker runs Python (Markdown
# rendering), every Python callback of the UI thread (the highlighter runs on
# each keystroke) may wait that long, several times per key. 1 ms keeps
# typing smoother; the cost is a few more lock hand-overs while both threads
# are busy.
DEFAULT_SWITCH_INTERVAL_MS = 1.0


def _preview_html(*, site_config: dict | None = None, **kwargs) -> str:
    """``preview_html`` with the site's Goldmark options and apply link read from ``site_config``.

    Imported on the first render, in the worker: the Markdown renderer is not needed to paint
    the window, and loading it before kept the first paint waiting."""
    from editor.model.render.preview import apply_url_base, preview_html
    from editor.model.render.preview_limit import PREVIEW_MAX_BLOCKS
    from editor.model.render.markdown import RenderOptions

    if site_config is not None:
        kwargs.setdefault("render_options", RenderOptions.from_hugo_config(site_config) if site_config else RenderOptions())
        kwargs.setdefault("apply_url_base", apply_url_base(site_config))
    kwargs.setdefault("max_blocks", PREVIEW_MAX_BLOCKS)  # a huge body would hold the UI thread's layout
    return preview_html(**kwargs)


class PreviewRenderer(QObject):
    """Turns edits into preview HTML without blocking the UI thread.

    ``request(key, **kwargs)`` records what to render for ``key`` (one key
    per preview pane, e.g. ``"en"`` and ``"fr"``) and restarts a short
    debounce timer, so a burst of keystrokes costs one render. When the timer
    fires, each key's latest request is rendered in a worker thread with
    ``render`` (``preview_html`` by default, called with ``kwargs``) and
    ``rendered(key, html)`` is emitted on the UI thread. Results are emitted
    in request order and never go backwards: a result older than one already
    emitted is dropped, and the latest request is always rendered last, so
    the latest request wins. While typing goes on faster than renders
    finish, each finished render is still shown (the preview keeps up
    instead of freezing until typing stops). ``failed(key, message)``
    reports an exception in the renderer.

    ``bind_view(key, view)`` also shows each page in that ``PreviewView``,
    parsed and laid out in steps on the UI thread (``document_steps``, one step
    per turn of the event loop, a few milliseconds each), so a keystroke never
    waits for a whole page (~25 ms for a 10 KB posting on a 2-core test
    machine); ``rendered`` is then emitted once the page is in the view. A
    newer page for the same key abandons one still being built.

    Renders run one at a time on a private pool; while one is running, newer
    requests wait for it instead of piling up. ``shutdown()`` (also run on
    ``QCoreApplication.aboutToQuit``) drops pending work and waits for the
    running render, so no thread outlives the application.
    """

    rendered = Signal(str, str)
    failed = Signal(str, str)

    def __init__(self, parent: QObject | None = None, *, delay_ms: int = DEFAULT_DELAY_MS,
                 render: Callable[..., str] | None = None,
                 switch_interval_ms: float | None = DEFAULT_SWITCH_INTERVAL_MS) -> None:
        """``switch_interval_ms`` lowers ``sys.setswitchinterval`` to at most that
        many milliseconds for the whole process (``None`` leaves it alone)."""
        super().__init__(parent)
        if switch_interval_ms is not None and sys.getswitchinterval() > switch_interval_ms / 1000:
            sys.setswitchinterval(switch_interval_ms / 1000)
        self._render = render or _preview_html
        self._delay_ms = delay_ms
        self._views: dict[str, PreviewView] = {}
        self._builds: dict[str, _PageBuild] = {}
        self._closed = False
        self._runner = BackgroundRunner(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def delay_ms(self) -> int:
        return self._delay_ms

    def bind_view(self, key: str, view: PreviewView | None) -> None:
        """Show results for ``key`` in ``view``, laid out off the UI thread
        (``None`` unbinds). ``rendered`` is still emitted."""
        if view is None:
            self._views.pop(key, None)
            return
        self._views[key] = view
        view.destroyed.connect(lambda *_: self._views.pop(key, None)
                               if self._views.get(key) is view else None)

    def request(self, key: str, *, long: bool = False, **kwargs) -> None:
        """Render ``render(**kwargs)`` for ``key`` once typing pauses; newest wins. ``long``: a long
        text, rendered after a longer pause (``LONG_TEXT_DELAY_MS``) and not kept up with while typing
        goes on."""
        if self._closed:
            return
        render = self._render
        self._runner.run(key, lambda: render(**kwargs),
                         lambda result: self._show(key, result), lambda error: self._failed(key, error),
                         delay_ms=max(self._delay_ms, LONG_TEXT_DELAY_MS) if long else self._delay_ms, keep_up=not long)

    def flush(self) -> None:
        """Start pending renders now instead of after the debounce delay
        (e.g. when another posting is opened)."""
        self._runner.flush()

    def cancel(self, key: str | None = None) -> None:
        """Forget pending and running requests for ``key`` (all keys when None)."""
        self._runner.cancel(key)
        for build_key in [key] if key is not None else list(self._builds):
            self._drop_build(build_key)

    def is_idle(self) -> bool:
        """True when nothing is waiting, rendering or being laid out."""
        return self._runner.is_idle() and not self._builds

    @Slot()
    def shutdown(self) -> None:
        """Stop accepting work and wait for the running render to finish."""
        self._closed = True
        self._runner.shutdown()
        for key in list(self._builds):
            self._drop_build(key)

    def _show(self, key: str, html: str) -> None:
        view = self._views.get(key)
        self._drop_build(key)
        if view is None:
            self.rendered.emit(key, html)
            return
        build = _PageBuild(html, view, self)
        build.finished.connect(lambda: self._built(key, build))
        self._builds[key] = build
        build.start()

    def _built(self, key: str, build: _PageBuild) -> None:
        if self._builds.get(key) is build:
            del self._builds[key]
        build.deleteLater()
        self.rendered.emit(key, build.html)

    def _drop_build(self, key: str) -> None:
        build = self._builds.pop(key, None)
        if build is not None:
            build.abandon()
            build.deleteLater()

    def _failed(self, key: str, error: Exception) -> None:
        self.failed.emit(key, "".join(traceback.format_exception(error, limit=5)))


class _PageBuild(QObject):
    """One page being parsed and laid out for a view, a step per turn of the event loop."""

    finished = Signal()

    def __init__(self, html: str, view: PreviewView, parent: QObject) -> None:
        super().__init__(parent)
        self.html = html
        self._view = view
        self._steps: Generator[None, None, QTextDocument] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    def start(self) -> None:
        if self._view.html_source() != self.html:  # else the page is already there
            self._steps = document_steps(self.html, self._view.page_spec())
        self._timer.start()

    def abandon(self) -> None:
        self._timer.stop()
        if self._steps is not None:
            self._steps.close()  # the half-built page goes with it
            self._steps = None

    def _step(self) -> None:
        if self._steps is None:
            self.finished.emit()
            return
        try:
            next(self._steps)
        except StopIteration as done:
            self._steps = None
            if shiboken6.isValid(self._view):
                self._view.show_document(self.html, done.value)
            else:
                shiboken6.delete(done.value)
            self.finished.emit()
            return
        self._timer.start()
