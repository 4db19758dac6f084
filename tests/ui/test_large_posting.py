"""A posting file larger than a posting may be: only its first 2 MB are read, so it is never written."""

from __future__ import annotations

from tests.ui.window_fixtures import (pyside_refcount_guard, PM_EN, entry_for, recovery_dir,  # noqa: F401
                                      site_copy, manager)


def test_a_posting_too_large_to_open_is_never_written_and_says_why(manager, site_copy, qtbot):  # noqa: F811
    """Only its first 2 MB were read: an edit saved would cut the rest off. It was refused, by luck, as
    "changed by another program since it was opened", which it was not."""
    path = site_copy / PM_EN
    raw = path.read_bytes() + b"x" * (3 * 1024 * 1024) + b"\n"
    path.write_bytes(raw)
    site, entry = entry_for(site_copy, "product-manager")
    assert manager.open_pair(site, entry)
    posting = manager.posting("en")
    assert not posting.valid
    manager.set_raw_text("en", posting.text().replace("\r\n", "\n") + "more\n")
    with qtbot.waitSignal(manager.saveFailed) as failed:
        assert not manager.save()
    assert "larger than" in failed.args[0] and "another program" not in failed.args[0]
    assert path.read_bytes() == raw
