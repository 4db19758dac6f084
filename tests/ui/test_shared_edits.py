"""A shared field goes into both files of the pair or into neither: one file refusing the value must
not leave the other changed, to be saved alone and the pair disagree on disk."""

from __future__ import annotations

from tests.ui.window_fixtures import (pyside_refcount_guard, PM_EN, PM_FR, entry_for, recovery_dir,  # noqa: F401
                                      site_copy, manager)


def test_a_shared_field_the_french_file_refuses_changes_neither_file(manager, site_copy, qtbot):  # noqa: F811
    french = site_copy / PM_FR
    # 'archived' twice: YAML keeps the last, and an edit of either line would be a guess, so it is refused.
    french.write_bytes(french.read_bytes().replace(b"archived: false\n", b"archived: false\narchived: false\n", 1))
    before = {path: path.read_bytes() for path in (site_copy / PM_EN, french)}
    site, entry = entry_for(site_copy, "product-manager")
    assert manager.open_pair(site, entry)
    assert manager.posting("fr").valid
    with qtbot.waitSignal(manager.editRejected):
        assert not manager.set_archived(True)
    assert not manager.modified
    assert manager.posting("en").get("archived") is False
    manager.save()
    assert {path: path.read_bytes() for path in before} == before

