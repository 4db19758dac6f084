from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument

from editor.model.render.preview import preview_html
from editor.ui.preview_view import PreviewView

SAMPLE = (Path(__file__).parent / "data" / "sample_posting_en.md").read_text(encoding="utf-8")


def long_page(paragraphs: int = 120, extra: str = "") -> str:
    body = "\n\n".join(f"Paragraph {n} of the posting, with enough words to wrap." for n in
                       range(paragraphs)) + extra
    return preview_html(title="Long posting", body_markdown=body, lang="en", archived=False,
                        lever_id="0b7e6a8e-1d2c-4f0a-9a55-3c1e2b7f9d10")


@pytest.fixture
def view(qtbot):
    widget = PreviewView()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_set_html_keeps_the_scroll_position(view, qtbot):
    view.set_html(long_page())
    bar = view.verticalScrollBar()
    assert bar.maximum() > 1000
    bar.setValue(900)
    view.set_html(long_page(extra="\n\nOne more paragraph typed at the end."))
    assert bar.value() == 900
    qtbot.wait(50)  # after Qt's own deferred scroll-bar update too
    assert bar.value() == 900
    assert "One more paragraph" in view.toPlainText()


def test_reader_at_the_end_stays_at_the_end(view, qtbot):
    view.set_html(long_page(60))
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())
    view.set_html(long_page(70))
    qtbot.wait(50)
    assert bar.value() == bar.maximum()


def test_same_html_is_not_reloaded(view):
    html = long_page(5)
    view.set_html(html)
    document = view.document()
    revision = document.revision()
    view.set_html(html)
    assert document.revision() == revision
    assert view.html_source() == html


def test_remote_images_are_not_loaded(view, qtbot):
    blocked = []
    view.resource_blocked.connect(lambda url: blocked.append(url.toString()))
    html = preview_html(title="t", lang="en", archived=False, lever_id=None,
                        body_markdown="![team](https://example.org/team.png)\n\n"
                                      "![ftp](ftp://example.org/a.png)")
    view.set_html(html)
    view.grab()  # lays out and paints, which requests the images
    assert "https://example.org/team.png" in blocked
    assert "ftp://example.org/a.png" in blocked
    remote = view.loadResource(QTextDocument.ResourceType.ImageResource.value,
                               QUrl("https://example.org/team.png"))
    # A placeholder image, never the remote bytes.
    assert isinstance(remote, QImage) and remote.width() == 240
    assert view.loadResource(QTextDocument.ResourceType.StyleSheetResource.value,
                             QUrl("http://example.org/x.css")) is None


def test_site_relative_images_come_from_local_roots_only(view, tmp_path):
    static = tmp_path / "static"
    (static / "images").mkdir(parents=True)
    picture = QImage(8, 8, QImage.Format.Format_RGB32)
    picture.fill(0xFF0000)
    picture.save(str(static / "images" / "dot.png"))
    (tmp_path / "secret.png").write_bytes((static / "images" / "dot.png").read_bytes())
    image = QTextDocument.ResourceType.ImageResource.value
    # No roots yet: placeholder, not the file.
    assert view.loadResource(image, QUrl("/images/dot.png")).width() == 240
    view.set_local_roots([static])
    loaded = view.loadResource(image, QUrl("/images/dot.png"))
    assert loaded is not None and not (isinstance(loaded, QImage) and loaded.width() == 240)
    escaped = view.loadResource(image, QUrl("../secret.png"))
    assert isinstance(escaped, QImage) and escaped.width() == 240


class _UrlCatcher(QObject):
    def __init__(self):
        super().__init__()
        self.urls = []

    @Slot(QUrl)
    def open(self, url):
        self.urls.append(url.toString())


@pytest.fixture
def url_catcher():
    catcher = _UrlCatcher()
    for scheme in ("https", "http", "mailto"):
        QDesktopServices.setUrlHandler(scheme, catcher, "open")
    yield catcher
    for scheme in ("https", "http", "mailto"):
        QDesktopServices.unsetUrlHandler(scheme)


def test_links_open_in_the_system_browser_not_in_the_view(view, url_catcher):
    view.set_html(preview_html(title="t", body_markdown=SAMPLE, lang="en", archived=False,
                               lever_id="abc"))
    source_before = view.source()
    view.anchorClicked.emit(QUrl("https://jobs.lever.co/abc"))
    view.anchorClicked.emit(QUrl("mailto:careers@example.org"))
    view.anchorClicked.emit(QUrl("file:///etc/passwd"))
    view.anchorClicked.emit(QUrl("javascript:alert(1)"))
    assert url_catcher.urls == ["https://jobs.lever.co/abc", "mailto:careers@example.org"]
    assert view.source() == source_before
    assert "Apply now" in view.toPlainText()


def test_does_not_navigate_by_itself(view):
    assert not view.openLinks()
    assert not view.openExternalLinks()


def test_screenshot_of_sample_posting(view, tmp_path):
    view.resize(720, 1000)
    view.set_html(preview_html(title="Senior Developer", body_markdown=SAMPLE, lang="en",
                               archived=False, lever_id="0b7e6a8e-1d2c-4f0a-9a55-3c1e2b7f9d10"))
    image = view.grab().toImage()
    assert not image.isNull()
    # The "Apply now" button's dark background is painted somewhere near the top.
    dark = QImage(image)
    found = any(dark.pixelColor(x, y).name() == "#26374a"
                for y in range(0, 200, 2) for x in range(0, 300, 4))
    assert found


def test_a_looping_link_or_a_huge_file_in_static_shows_the_placeholder(tmp_path, qapp):
    import os

    from PySide6.QtCore import QUrl

    from editor.ui import preview_view

    static = tmp_path / "static"
    static.mkdir()
    os.symlink("loop.png", static / "loop.png")
    big = static / "big.png"
    with open(big, "wb") as handle:
        handle.truncate(preview_view.IMAGE_LIMIT + 10)  # sparse: no disk used
    placeholder = object()
    for name in ("loop.png", "big.png"):
        got = preview_view._load_resource(preview_view._IMAGE, QUrl(f"/{name}"), (static.resolve(),), lambda: placeholder)
        assert got is placeholder, name
