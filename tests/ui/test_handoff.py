"""Export and Preview on Site from the window: actions, the Hugo server's life, problems opened at their line."""

import shutil
import urllib.request
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from editor.app import create_main_window
from editor.model.hugo.server import HugoServerError
from editor.ui import site_preview
from editor.ui.settings import Settings
from editor.ui.site_preview import SitePreview
from tests.ui.window_fixtures import close_window, PM_EN, PM_FR, pyside_refcount_guard, recovery_dir, settings_file, site_copy  # noqa: F401


class FakeServer:
    """Stands for HugoServer: records what the window asks of it."""

    instances: list["FakeServer"] = []
    problem_text: str | None = None
    fail_with: str | None = None

    def __init__(self, root):
        self.site_root = Path(root)
        self.running = False
        self.stopped = False
        self.base_urls = {}
        FakeServer.instances.append(self)

    def problem(self, lang="en"):
        return FakeServer.problem_text

    def launch(self):
        pass

    def start(self):
        if FakeServer.fail_with:
            raise HugoServerError(FakeServer.fail_with)
        self.running = True
        self.base_urls = {"en": "http://127.0.0.1:5555/"}
        return "http://127.0.0.1:5555/"

    def url_for(self, path):
        return f"http://127.0.0.1:5555/{Path(path).stem}/"

    def stop(self):
        self.running = False
        self.stopped = True


@pytest.fixture
def fake_hugo(monkeypatch):
    FakeServer.instances, FakeServer.problem_text, FakeServer.fail_with = [], None, None
    monkeypatch.setattr(SitePreview, "server_factory", FakeServer)
    opened = []
    monkeypatch.setattr(site_preview.QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    return opened


@pytest.fixture
def window(qtbot, site_copy, settings_file, recovery_dir, monkeypatch):  # noqa: F811
    win = create_main_window(site_copy / PM_EN, settings=Settings(settings_file), recovery_dir=recovery_dir)
    win.resize(1280, 800)
    yield win
    close_window(win)


def test_preview_on_site_starts_hugo_in_the_background_and_opens_the_page(window, fake_hugo, qtbot):
    action = window.app_actions["preview_site"]
    assert action.isEnabled()
    assert action in window.view_menu.actions()
    assert action in window.menus.toolbar.actions()
    action.trigger()
    qtbot.waitUntil(lambda: bool(fake_hugo), timeout=5000)
    server = FakeServer.instances[0]
    assert server.site_root == window.site.site.root
    column = window.pair_editor.column_order()[0]
    expected = Path(window.manager.posting(column).path).stem
    assert fake_hugo == [f"http://127.0.0.1:5555/{expected}/"]
    # Asking again uses the running server.
    window.pair_editor.columns["en"].title.setFocus()
    action.trigger()
    assert len(FakeServer.instances) == 1
    # Another site stops it; closing the window too.
    window.open_site(window.site.site.root)
    assert server.stopped
    action.trigger()
    qtbot.waitUntil(lambda: len(fake_hugo) == 3, timeout=5000)
    second = FakeServer.instances[-1]
    window.close()
    assert second.stopped


def test_missing_hugo_says_how_to_install_it(window, fake_hugo, monkeypatch):
    FakeServer.problem_text = "Previewing on the site needs Hugo, which is not installed.\n  sudo apt-get install hugo"
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: shown.append(text))
    window.app_actions["preview_site"].trigger()
    assert shown and "apt-get install hugo" in shown[0]
    assert not fake_hugo


def test_a_server_that_fails_to_start_is_reported(window, fake_hugo, monkeypatch, qtbot):
    FakeServer.fail_with = "hugo server stopped. Hugo said:\nError: template not found"
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: shown.append(text))
    window.app_actions["preview_site"].trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "template not found" in shown[0]
    assert not fake_hugo and not window.handoff.site_preview.is_starting()


def test_export_action_opens_the_dialog_and_its_problems_open_the_posting(window, qtbot, site_copy):  # noqa: F811
    action = window.app_actions["export"]
    assert action in window.file_menu.actions()
    action.trigger()
    dialog = window.handoff.export_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.selected_keys() == ["product-manager"]  # the open pair by default
    # A problem the export lists, in a French file of the open site: the window goes there.
    assert window.handoff.go_to_location(str(site_copy / PM_FR), 4, 1)
    assert window.manager.key == "product-manager"
    window.handoff.shutdown()
    assert not dialog.isVisible()


@pytest.mark.skipif(shutil.which("hugo") is None, reason="hugo is not installed")
def test_real_hugo_serves_the_posting_page(qtbot, site_copy):  # noqa: F811
    opened = []
    preview = SitePreview(open_url=opened.append)
    failures = []
    preview.failed.connect(failures.append)
    preview.preview(site_copy, site_copy / PM_EN)
    assert preview.is_starting()
    qtbot.waitUntil(lambda: bool(opened) or bool(failures), timeout=60000)
    try:
        assert not failures, failures
        url = opened[0]
        assert url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(url, timeout=10) as response:
            page = response.read().decode("utf-8")
        assert "Product Manager" in page
        process = preview.server._process
    finally:
        preview.shutdown()
    assert process.poll() is not None  # the server is gone with the window


def test_review_copy_saves_a_pdf_of_the_selected_pair(window, tmp_path):
    import pypdf

    assert window.app_actions["review"].isEnabled() and window.app_actions["print"].isEnabled()
    saved = window.handoff.save_review_copy(str(tmp_path / "copy.pdf"))
    assert saved == tmp_path / "copy.pdf"
    text = "".join("".join((page.extract_text() or "").split()) for page in pypdf.PdfReader(str(saved)).pages)
    for lang in ("en", "fr"):
        title = window.manager.posting(lang).get("title")
        assert "".join(title.split()) in text
    assert "Reviewcopy—Copiederévision" in text


def test_review_copy_as_html_by_its_extension(window, tmp_path):
    saved = window.handoff.save_review_copy(str(tmp_path / "copy.html"))
    page = saved.read_text(encoding="utf-8")
    assert page.startswith("<html>") and window.manager.posting("fr").get("title") in page


def test_review_copy_with_unsaved_edits_asks_first_and_keeps_them_when_cancelled(window, tmp_path, monkeypatch):
    window.manager.set_field("en", "title", "Edited but not saved")
    monkeypatch.setattr(window, "confirm_unsaved", lambda: False)  # the user pressed Cancel
    assert window.handoff.save_review_copy(str(tmp_path / "copy.pdf")) is None
    assert not (tmp_path / "copy.pdf").exists()
    assert window.manager.posting("en").get("title") == "Edited but not saved"


def test_file_review_copy_from_the_menu_asks_where_and_saves(window, tmp_path, monkeypatch):
    """File ▸ Review Copy… (Ctrl+Shift+R) passed the action's "checked" flag (False) as the file name:
    no file dialog, and a TypeError instead of the review copy."""
    from PySide6.QtWidgets import QFileDialog

    asked = []

    def choose(*args, **kwargs):
        asked.append(args)
        return str(tmp_path / "from-menu.html"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    window.app_actions["review"].trigger()
    assert len(asked) == 1
    assert (tmp_path / "from-menu.html").read_text(encoding="utf-8").startswith("<html>")
