"""A crash's recovery file against process ids used again: after a reboot, or in a container where
the editor is the same small pid at every start, the pid alone does not tell one session from
another. A later session must neither overwrite a crash's edits nor take them for a live one's."""

from __future__ import annotations

import errno
import os
import time

import pytest

from editor.ui import recovery
from tests.ui.window_fixtures import (pyside_refcount_guard, PM_EN, recovery_dir, site_copy,  # noqa: F401
                                      manager, open_pm)


def crashed_entry(manager, pid: int, session: str = "0123456789ab") -> recovery.RecoveryEntry:
    posting = manager.posting("en")
    return recovery.RecoveryEntry(file=None, site_root=manager.site.root, key="product-manager",
                                  saved_at=time.time() - 60, pid=pid, session=session,
                                  texts={"en": posting.text().replace("About us", "Crashed")},
                                  paths={"en": posting.path})


def test_a_session_with_the_crashed_ones_pid_does_not_overwrite_its_edits(manager, site_copy, recovery_dir):  # noqa: F811
    open_pm(manager, site_copy)
    crashed_file = recovery.write_entry(recovery_dir, crashed_entry(manager, os.getpid()))
    manager.set_field("en", "title", "Edited in this session")
    own = manager.autosave_now()
    assert own is not None and own != crashed_file
    assert "Crashed" in recovery.read_entry(crashed_file).texts["en"]
    manager.revert()  # this session's edits gone: the crash's are still on offer
    assert [e.file for e in manager.recoverable()] == [crashed_file]


def test_a_crash_whose_pid_another_program_now_has_is_offered(manager, site_copy, recovery_dir):  # noqa: F811
    open_pm(manager, site_copy)
    crashed_file = recovery.write_entry(recovery_dir, crashed_entry(manager, os.getppid()))  # alive, not an editor
    assert [e.file for e in manager.recoverable()] == [crashed_file]


@pytest.mark.skipif(os.name == "nt", reason="sessions are told apart by their locks on POSIX systems")
def test_the_autosave_of_another_live_session_is_not_offered(manager, site_copy, recovery_dir):  # noqa: F811
    open_pm(manager, site_copy)
    live = crashed_entry(manager, os.getppid(), session="fedcba987654")
    recovery.write_entry(recovery_dir, live)
    held = recovery.hold_session(recovery_dir, os.getppid(), "fedcba987654")  # as that session does while it runs
    try:
        assert manager.recoverable() == []
    finally:
        os.close(held)
    assert [e.file for e in manager.recoverable()] == [live.file]


def test_restoring_keeps_the_crashed_file_when_this_sessions_autosave_cannot_be_written(manager, site_copy,  # noqa: F811
                                                                                        recovery_dir, monkeypatch):
    open_pm(manager, site_copy)
    crashed_file = recovery.write_entry(recovery_dir, crashed_entry(manager, 999_999_999))

    def full_disk(folder, entry):
        raise OSError(errno.ENOSPC, "No space left on device", str(folder))

    monkeypatch.setattr(recovery, "write_entry", full_disk)
    assert manager.apply_recovery(manager.recoverable()[0])
    assert "Crashed" in manager.posting("en").body
    # The edits now live only in this window: a crash now must still find them on disk.
    assert crashed_file.exists()
    monkeypatch.undo()
    manager.save()
    assert b"Crashed" in (site_copy / PM_EN).read_bytes()
    assert manager.recoverable() == []  # saved: nothing left to offer


def test_a_recovery_file_half_written_by_a_killed_run_is_cleared_at_the_next_start(recovery_dir, tmp_path):  # noqa: F811
    entry = recovery.RecoveryEntry(file=None, site_root=tmp_path, key="k", saved_at=time.time(), pid=os.getpid(),
                                   texts={"en": "draft"}, paths={"en": tmp_path / "k.md"})
    written = recovery.write_entry(recovery_dir, entry)
    half = recovery_dir / f".{written.name}.{2**22 + 12345}-abcd1234.tmp"  # no such process: the run was killed
    half.write_text('{"version": 1, "files": {"en": {"text": "draf', encoding="utf-8")
    assert [e.file for e in recovery.list_entries(recovery_dir)] == [written]
    assert not half.exists()  # a draft cut short, which no one would ever find: the last whole one counts


@pytest.mark.skipif(os.name == "nt", reason="sessions are told apart by their locks on POSIX systems")
def test_lock_files_of_ended_sessions_are_removed_and_those_of_running_ones_kept(recovery_dir):  # noqa: F811
    recovery_dir.mkdir(mode=0o700)
    ended = recovery_dir / "session-12345-0123456789ab.lock"
    ended.touch()
    running = recovery.hold_session(recovery_dir, os.getppid(), "fedcba987654")
    try:
        assert recovery.list_entries(recovery_dir) == []
        assert not ended.exists()
        assert (recovery_dir / f"session-{os.getppid()}-fedcba987654.lock").exists()
    finally:
        os.close(running)


def crashed_with_lock(manager, recovery_dir, session: str = "0123456789ab", key: str = "product-manager"):
    """A crash's recovery file and the lock file its session left (unlocked: the process is gone)."""
    entry = crashed_entry(manager, 999_999_999, session)
    entry.key = key
    written = recovery.write_entry(recovery_dir, entry)
    lock = recovery_dir / f"session-999999999-{session}.lock"
    lock.touch()
    return written, lock


@pytest.mark.skipif(os.name == "nt", reason="sessions are told apart by their locks on POSIX systems")
def test_restoring_removes_the_crashed_sessions_lock_with_its_file(manager, site_copy, recovery_dir):  # noqa: F811
    """After Restore the crashed session's lock file stayed in the recovery folder."""
    open_pm(manager, site_copy)
    crashed_file, lock = crashed_with_lock(manager, recovery_dir)
    assert manager.apply_recovery(manager.recoverable()[0])
    assert not crashed_file.exists() and not lock.exists()
    own_lock = recovery_dir / f"session-{os.getpid()}-{recovery.session_id()}.lock"
    assert own_lock.exists()  # this session's, which holds the restored edits now
    assert [path.name for path in recovery_dir.glob("pair-*.json")] == [
        recovery.recovery_file_name(manager.site.root, "product-manager", os.getpid(), recovery.session_id())]


@pytest.mark.skipif(os.name == "nt", reason="sessions are told apart by their locks on POSIX systems")
def test_discarding_removes_the_crashed_sessions_lock_with_its_file(manager, site_copy, recovery_dir):  # noqa: F811
    open_pm(manager, site_copy)
    crashed_file, lock = crashed_with_lock(manager, recovery_dir)
    manager.discard_recovery(manager.recoverable()[0])
    assert not crashed_file.exists() and not lock.exists()


@pytest.mark.skipif(os.name == "nt", reason="sessions are told apart by their locks on POSIX systems")
def test_the_lock_stays_while_the_crashed_session_has_other_files_to_offer(manager, site_copy, recovery_dir):  # noqa: F811
    open_pm(manager, site_copy)
    first, lock = crashed_with_lock(manager, recovery_dir)
    other, _ = crashed_with_lock(manager, recovery_dir, key="another-pair")
    entry = next(e for e in manager.recoverable() if e.file == first)
    manager.discard_recovery(entry)
    assert not first.exists() and other.exists() and lock.exists()
    manager.discard_recovery(next(e for e in manager.recoverable() if e.file == other))
    assert not lock.exists()


@pytest.mark.skipif(os.name == "nt", reason="sessions are told apart by their locks on POSIX systems")
def test_a_running_sessions_lock_is_never_removed(manager, site_copy, recovery_dir):  # noqa: F811
    open_pm(manager, site_copy)
    live = crashed_entry(manager, os.getppid(), session="fedcba987654")
    recovery.write_entry(recovery_dir, live)
    held = recovery.hold_session(recovery_dir, os.getppid(), "fedcba987654")
    try:
        manager.discard_recovery(live)  # its file, handed in by mistake: the session itself runs on
        assert (recovery_dir / f"session-{os.getppid()}-fedcba987654.lock").exists()
    finally:
        os.close(held)
