"""Rendering the preview off the keystroke path."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable

from PySide6.QtCore import (QCoreApplication, QObject, QRunnable, QThread, QThreadPool, QTimer,
                            Signal, Slot)

from editor.ui.preview_view import PageSpec, PreviewView, build_document

DEFAULT_DELAY_MS = 60
# Python hands its interpreter lock to a waiting thread only every "switch
# interval" (5 ms by default). While the worker runs Python (Markdown
# rendering), every Python callback of the UI thread (the highlighter runs on
# each keystroke) may wait that long, several times per key. 1 ms keeps
# typing smoother; the cost is a few more lock hand-overs while both threads
# are busy. (Qt's own HTML parsing and layout keep the lock for their whole
# call under PySide; build_document splits the layout for that reason.)
DEFAULT_SWITCH_INTERVAL_MS = 1.0


class _Bridge(QObject):
    """Lives in the UI thread; workers emit on it, so delivery is queued there."""

    done = Signal(str, int, str, str, object)  # key, generation, html, error, document


class _RenderJob(QRunnable):
    def __init__(self, render: Callable[..., str], key: str, generation: int, kwargs: dict,
                 spec: PageSpec | None, ui_thread: QThread, bridge: _Bridge) -> None:
        super().__init__()
        self._render = render
        self._key = key
        self._generation = generation
        self._kwargs = kwargs
        self._spec = spec
        self._ui_thread = ui_thread
        self._bridge = bridge

    def run(self) -> None:
        document = None
        try:
            html, error = self._render(**self._kwargs), ""
            if self._spec is not None:
                document = build_document(html, self._spec)
                # Handed over to the UI thread, which shows and later deletes it.
                document.moveToThread(self._ui_thread)
        except Exception:  # noqa: BLE001 — any failure must reach the UI, not kill the thread
            html, error, document = "", traceback.format_exc(limit=5), None
        self._bridge.done.emit(self._key, self._generation, html, error, document)


def _preview_html(*, site_config: dict | None = None, **kwargs) -> str:
    """``preview_html`` with the site's Goldmark options and apply link read from ``site_config``.

    Imported on the first render, in the worker: the Markdown renderer is not needed to paint
    the window, and loading it before kept the first paint waiting."""
    from editor.model.render.preview import apply_url_base, preview_html
    from editor.model.render.markdown import RenderOptions

    if site_config is not None:
        kwargs.setdefault("render_options", RenderOptions.from_hugo_config(site_config) if site_config else RenderOptions())
        kwargs.setdefault("apply_url_base", apply_url_base(site_config))
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

    ``bind_view(key, view)`` makes the worker also parse and lay out the page
    for that ``PreviewView`` and show it there, so the UI thread only swaps
    documents (~3 ms) instead of parsing and laying out the page itself
    (~20 ms for a 10 KB posting on a 2-core test machine).

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
        self._pending: dict[str, tuple[int, dict]] = {}
        self._generation: dict[str, int] = {}
        self._shown: dict[str, int] = {}  # newest generation emitted (or cancelled) per key
        self._in_flight: set[str] = set()
        self._views: dict[str, PreviewView] = {}
        self._closed = False
        self._pool = QThreadPool(self)
        # One worker: renders are short, and Python threads share one
        # interpreter lock anyway, so more workers would only contend.
        self._pool.setMaxThreadCount(1)
        self._bridge = _Bridge(self)
        self._bridge.done.connect(self._on_done)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._dispatch)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def delay_ms(self) -> int:
        return self._timer.interval()

    def set_delay_ms(self, delay_ms: int) -> None:
        """Debounce delay: how long typing must pause before a render starts."""
        self._timer.setInterval(max(0, int(delay_ms)))

    def bind_view(self, key: str, view: PreviewView | None) -> None:
        """Show results for ``key`` in ``view``, laid out off the UI thread
        (``None`` unbinds). ``rendered`` is still emitted."""
        if view is None:
            self._views.pop(key, None)
            return
        self._views[key] = view
        view.destroyed.connect(lambda *_: self._views.pop(key, None)
                               if self._views.get(key) is view else None)

    def request(self, key: str, **kwargs) -> None:
        """Render ``render(**kwargs)`` for ``key`` once typing pauses; newest wins."""
        if self._closed:
            return
        generation = self._generation.get(key, 0) + 1
        self._generation[key] = generation
        self._pending[key] = (generation, kwargs)
        self._timer.start()

    def flush(self) -> None:
        """Start pending renders now instead of after the debounce delay
        (e.g. when another posting is opened)."""
        self._timer.stop()
        self._dispatch()

    def cancel(self, key: str | None = None) -> None:
        """Forget pending and running requests for ``key`` (all keys when None)."""
        keys = list(self._generation) if key is None else [key]
        for each in keys:
            self._pending.pop(each, None)
            # A running render of this key will find itself older than this mark.
            self._shown[each] = self._generation.get(each, 0)

    def is_idle(self) -> bool:
        """True when nothing is waiting or rendering."""
        return not self._pending and not self._in_flight and not self._timer.isActive()

    @Slot()
    def shutdown(self) -> None:
        """Stop accepting work and wait for the running render to finish."""
        self._closed = True
        self._timer.stop()
        self._pending.clear()
        self._pool.clear()
        self._pool.waitForDone()

    def _dispatch(self) -> None:
        for key in list(self._pending):
            if key in self._in_flight:
                continue  # started from _on_done when the running one ends
            generation, kwargs = self._pending.pop(key)
            view = self._views.get(key)
            spec = view.page_spec() if view is not None else None
            self._in_flight.add(key)
            self._pool.start(_RenderJob(self._render, key, generation, kwargs, spec,
                                        self.thread(), self._bridge))

    @Slot(str, int, str, str, object)
    def _on_done(self, key: str, generation: int, html: str, error: str, document) -> None:
        self._in_flight.discard(key)
        if not self._closed and generation > self._shown.get(key, 0):
            self._shown[key] = generation
            if error:
                self.failed.emit(key, error)
            else:
                view = self._views.get(key)
                if view is not None and document is not None:
                    view.show_document(html, document)
                self.rendered.emit(key, html)
        if key in self._pending and not self._timer.isActive() and not self._closed:
            self._dispatch()
