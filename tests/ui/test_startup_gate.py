"""The app's own start-up holds background work until the first paint, then runs all of it."""

from editor.app import create_main_window
from editor.ui.settings import Settings

from tests.ui.window_fixtures import close_window, EN, pyside_refcount_guard, recovery_dir, settings_file, site_copy  # noqa: F401


def test_previews_and_checks_wait_for_the_first_paint_then_run(qtbot, site_copy, settings_file, recovery_dir):  # noqa: F811
    # The conflict pair: its checks report problems, so the test can see that they ran.
    window = create_main_window(site_copy / EN / "accessibility-specialist--cc1e6c24-d9e9-44eb-962e-31a8f19b0447.md", settings=Settings(settings_file), recovery_dir=recovery_dir,
                                hold_background_until_painted=True)
    try:
        preview = window.findChild(object, "en.preview")
        tree = window.findChild(object, "problems")
        qtbot.wait(300)
        # Held: nothing rendered or checked before the window has painted.
        assert "About us" not in preview.html_source()
        assert tree.topLevelItemCount() == 0
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: "About us" in preview.html_source(), timeout=3000)
        qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0, timeout=5000)
        # After the first paint the gate is open: new requests go straight through.
        body = window.findChild(object, "en.body")
        body.appendPlainText("Zanzibar quokka")
        qtbot.waitUntil(lambda: "Zanzibar quokka" in preview.html_source(), timeout=3000)
    finally:
        close_window(window)
