import os
import time

import pytest

from editor.ui import recovery
from editor.ui.document_manager import DocumentManager
from tests.ui.window_fixtures import (pyside_refcount_guard, PM_EN, PM_FR, changed_lines,  # noqa: F401
                                      recovery_dir, site_copy, manager, open_pm)

# The window's pauses are shortened (tests/ui/conftest.py): these tests wait for what follows a change.
pytestmark = pytest.mark.usefixtures("short_pauses")


def test_edits_go_into_the_model_and_save_writes_minimal_diffs(manager, site_copy, qtbot):  # noqa: F811
    open_pm(manager, site_copy)
    en_before, fr_before = (site_copy / PM_EN).read_bytes(), (site_copy / PM_FR).read_bytes()
    with qtbot.waitSignal(manager.modifiedChanged) as blocker:
        manager.set_field("en", "title", "Senior Product Manager")
    assert blocker.args == [True]
    assert manager.is_modified("en") and not manager.is_modified("fr")
    assert manager.save()
    en_after = (site_copy / PM_EN).read_bytes()
    assert changed_lines(en_before, en_after) == [(4, b"title: 'Product Manager'\n",
                                                    b"title: 'Senior Product Manager'\n")]
    assert (site_copy / PM_FR).read_bytes() == fr_before
    assert not manager.modified


def test_body_edit_keeps_crlf_line_endings(manager, site_copy):  # noqa: F811
    path = site_copy / PM_EN
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    open_pm(manager, site_copy)
    body = manager.posting("en").body.replace("\r\n", "\n")
    manager.set_body("en", body)  # the same text as an editor holds it: no change
    assert not manager.modified
    manager.set_body("en", body.replace("## About us", "## About the agency"))
    manager.save()
    data = path.read_bytes()
    assert b"## About the agency\r\n" in data
    assert b"\n" not in data.replace(b"\r\n", b"")


def test_shared_field_is_written_to_both_files(manager, site_copy):  # noqa: F811
    open_pm(manager, site_copy)
    assert manager.set_archived(True)
    manager.save()
    for relative in (PM_EN, PM_FR):
        assert b"archived: true\n" in (site_copy / relative).read_bytes()


def test_rejected_value_reports_and_changes_nothing(manager, site_copy, qtbot):  # noqa: F811
    open_pm(manager, site_copy)
    # A lone surrogate (pasted from a broken source) has no UTF-8 form.
    with qtbot.waitSignal(manager.editRejected) as blocker:
        manager.set_field("en", "title", "Bad\udc80title")
    assert blocker.args[:2] == ["en", "title"]
    assert not manager.modified


def test_revert_reads_the_files_again(manager, site_copy, qtbot):  # noqa: F811
    open_pm(manager, site_copy)
    manager.set_body("fr", "Nouveau texte\n")
    with qtbot.waitSignal(manager.postingsReloaded):
        manager.revert()
    assert not manager.modified
    assert manager.posting("fr").to_bytes() == (site_copy / PM_FR).read_bytes()


def test_outside_change_reloads_silently_when_clean(manager, site_copy, qtbot):  # noqa: F811
    open_pm(manager, site_copy)
    path = site_copy / PM_FR
    path.write_bytes(path.read_bytes().replace(b"## ", b"### ", 1))
    with qtbot.waitSignal(manager.postingsReloaded, timeout=3000) as blocker:
        pass  # the file watcher notices by itself
    assert blocker.args == [["fr"]]
    assert "### " in manager.posting("fr").body
    assert not manager.modified


def test_outside_change_with_local_edits_asks_and_keep_mine_saves_over_it(manager, site_copy, qtbot):  # noqa: F811
    open_pm(manager, site_copy)
    manager.set_field("en", "title", "Mine")
    path = site_copy / PM_EN
    theirs = path.read_bytes().replace(b"## About us", b"## About them")
    with qtbot.waitSignal(manager.externalChange, timeout=3000) as blocker:
        path.write_bytes(theirs)
    assert blocker.args == [["en"]]
    diff = manager.difference("en")
    assert "-## About them\n" in diff and "+## About us\n" in diff
    assert "-title: 'Product Manager'\n" in diff
    manager.keep_mine(["en"])
    assert manager.save()  # no conflict any more: the user chose to overwrite
    data = path.read_bytes()
    assert b"title: Mine" in data or b"title: 'Mine'" in data
    assert b"## About us" in data


def test_take_theirs_drops_local_edits(manager, site_copy, qtbot):  # noqa: F811
    open_pm(manager, site_copy)
    manager.set_field("en", "title", "Mine")
    path = site_copy / PM_EN
    theirs = path.read_bytes().replace(b"## About us", b"## About them")
    path.write_bytes(theirs)
    manager.check_disk()
    manager.take_theirs(["en"])
    assert manager.posting("en").to_bytes() == theirs
    assert not manager.modified


def test_save_refuses_when_a_file_changed_on_disk(manager, site_copy, qtbot):  # noqa: F811
    open_pm(manager, site_copy)
    manager.set_field("en", "title", "Mine")
    path = site_copy / PM_EN
    theirs = path.read_bytes() + b"\nAdded elsewhere.\n"
    path.write_bytes(theirs)
    with qtbot.waitSignal(manager.saveConflict) as blocker:
        assert not manager.save()
    assert blocker.args == [["en"]]
    assert path.read_bytes() == theirs


def test_autosave_then_new_manager_offers_and_restores(qapp, site_copy, recovery_dir, qtbot):  # noqa: F811
    first = DocumentManager(recovery_dir=recovery_dir, autosave_ms=30)
    open_pm(first, site_copy)
    originals = {p: (site_copy / p).read_bytes() for p in (PM_EN, PM_FR)}
    first.set_field("fr", "title", "Gestionnaire principal de produit")
    with qtbot.waitSignal(first.recoveryWritten, timeout=2000):
        pass
    # The "crash": the manager disappears without closing the pair.
    first._autosave.stop()
    first.deleteLater()
    assert {p: (site_copy / p).read_bytes() for p in originals} == originals  # files untouched

    second = DocumentManager(recovery_dir=recovery_dir)
    entries = second.recoverable()
    assert [e.key for e in entries] == ["product-manager"]
    assert entries[0].title("fr") == "Gestionnaire principal de produit"
    open_pm(second, site_copy)
    assert second.apply_recovery(entries[0])
    assert second.modified and second.is_modified("fr") and not second.is_modified("en")
    assert second.posting("fr").get("title") == "Gestionnaire principal de produit"
    second.save()
    assert second.recoverable() == []
    assert b"Gestionnaire principal de produit" in (site_copy / PM_FR).read_bytes()
    second.close_pair()


def test_discard_recovery_deletes_it(manager, site_copy, qtbot):  # noqa: F811
    open_pm(manager, site_copy)
    manager.set_body("en", "Changed\n")
    assert manager.autosave_now() is not None
    entries = recovery.list_entries(manager.recovery_dir)
    manager.discard_recovery(entries[0])
    assert manager.recoverable() == []


def test_recovery_of_another_live_process_is_not_offered(recovery_dir, site_copy):  # noqa: F811
    entry = recovery.RecoveryEntry(file=None, site_root=site_copy, key="k", saved_at=time.time(),
                                   pid=os.getppid(), texts={"en": "x"}, paths={"en": site_copy / "x.md"})
    recovery.write_entry(recovery_dir, entry)
    assert recovery.list_entries(recovery_dir) == []


def test_invalid_posting_turns_valid_through_raw_text(manager, site_copy, qtbot):  # noqa: F811
    path = site_copy / PM_FR
    good = path.read_bytes()
    path.write_bytes(good.replace(b"archived: false", b"archived: [false"))
    open_pm(manager, site_copy)
    posting = manager.posting("fr")
    assert not posting.valid
    with qtbot.waitSignal(manager.validityChanged) as blocker:
        manager.set_raw_text("fr", posting.text().replace("[false", "false"))
    assert blocker.args == ["fr", True]
    assert manager.posting("fr").to_bytes() == good


def test_a_new_session_never_overwrites_an_earlier_crash(manager, site_copy, recovery_dir):  # noqa: F811
    open_pm(manager, site_copy)
    crashed = recovery.RecoveryEntry(file=None, site_root=manager.site.root, key="product-manager",
                                     saved_at=time.time() - 60, pid=999_999_999,
                                     texts={"en": manager.posting("en").text().replace("About us", "Crashed")},
                                     paths={"en": manager.posting("en").path})
    crashed_file = recovery.write_entry(recovery_dir, crashed)
    manager.set_field("en", "title", "Edited in this session")
    manager.autosave_now()
    assert crashed_file.exists()
    assert sorted(e.key for e in manager.recoverable()) == ["product-manager", "product-manager"]
    manager.revert()  # this session's edits are dropped, the crashed ones stay on offer
    assert [e.file for e in manager.recoverable()] == [crashed_file]
    assert manager.apply_recovery(manager.recoverable()[0])
    assert "Crashed" in manager.posting("en").body
    assert not crashed_file.exists()  # taken over by this session's file
    assert len(manager.recoverable()) == 1


def test_the_window_saves_a_pair_under_the_files_locks_and_as_one_change(manager, site_copy, monkeypatch):  # noqa: F811
    """The window goes through the model's locked, transactional save, as ``set`` does: while another
    writer holds the French file, a shared field is written to neither file (never to one only)."""
    from editor.model.storage import file_lock, safe_write

    monkeypatch.setattr(file_lock, "LOCK_TIMEOUT", 0.2)
    open_pm(manager, site_copy)
    before = {relative: (site_copy / relative).read_bytes() for relative in (PM_EN, PM_FR)}
    assert manager.set_archived(True)
    with safe_write.locked([(site_copy / PM_FR).resolve()]):
        assert not manager.save()
    assert {relative: (site_copy / relative).read_bytes() for relative in (PM_EN, PM_FR)} == before
    assert manager.save()
    for relative in (PM_EN, PM_FR):
        assert b"archived: true\n" in (site_copy / relative).read_bytes()
