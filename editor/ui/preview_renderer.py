"""Rendering the preview off the keystroke path."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtGui import QTextDocument

from editor.ui.background import BackgroundRunner
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


def _render_job(render: Callable[..., str], kwargs: dict, spec: PageSpec | None,
                ui_thread: QThread) -> tuple[str, QTextDocument | None]:
    html = render(**kwargs)
    document = None
    if spec is not None:
        document = build_document(html, spec)
        # Handed over to the UI thread, which shows and later deletes it.
        document.moveToThread(ui_thread)
    return html, document


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
        self._delay_ms = delay_ms
        self._views: dict[str, PreviewView] = {}
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

    def request(self, key: str, **kwargs) -> None:
        """Render ``render(**kwargs)`` for ``key`` once typing pauses; newest wins."""
        if self._closed:
            return
        view = self._views.get(key)
        spec = view.page_spec() if view is not None else None
        render, thread = self._render, self.thread()
        self._runner.run(key, lambda: _render_job(render, kwargs, spec, thread),
                         lambda result: self._show(key, result), lambda error: self._failed(key, error),
                         delay_ms=self._delay_ms, keep_up=True)

    def flush(self) -> None:
        """Start pending renders now instead of after the debounce delay
        (e.g. when another posting is opened)."""
        self._runner.flush()

    def cancel(self, key: str | None = None) -> None:
        """Forget pending and running requests for ``key`` (all keys when None)."""
        self._runner.cancel(key)

    def is_idle(self) -> bool:
        """True when nothing is waiting or rendering."""
        return self._runner.is_idle()

    @Slot()
    def shutdown(self) -> None:
        """Stop accepting work and wait for the running render to finish."""
        self._closed = True
        self._runner.shutdown()

    def _show(self, key: str, result: tuple[str, QTextDocument | None]) -> None:
        html, document = result
        view = self._views.get(key)
        if view is not None and document is not None:
            view.show_document(html, document)
        self.rendered.emit(key, html)

    def _failed(self, key: str, error: Exception) -> None:
        self.failed.emit(key, "".join(traceback.format_exception(error, limit=5)))
