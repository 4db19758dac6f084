"""Recovery files hold unsaved drafts: only their owner may read them."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from editor.ui import recovery

pytestmark = pytest.mark.skipif(sys.platform.startswith("win"), reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _entry(tmp_path: Path) -> recovery.RecoveryEntry:
    return recovery.RecoveryEntry(file=None, site_root=tmp_path / "site", key="k", saved_at=1.0, pid=os.getpid(),
                                  texts={"en": "draft"}, paths={"en": tmp_path / "site" / "k.md"},
                                  base_digests={"en": ""}, titles={"en": "T"})


@pytest.fixture
def open_umask():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_new_recovery_files_are_private(tmp_path, open_umask):
    folder = tmp_path / "data" / "recovery"
    written = recovery.write_entry(folder, _entry(tmp_path))
    assert _mode(folder) == 0o700
    assert _mode(written) == 0o600
    recovery.write_entry(folder, _entry(tmp_path))  # rewritten by the next autosave: still private
    assert _mode(written) == 0o600


def test_readable_folders_and_files_of_earlier_versions_are_repaired_at_start(tmp_path, open_umask):
    folder = tmp_path / "recovery"
    written = recovery.write_entry(folder, _entry(tmp_path))
    folder.chmod(0o755)
    written.chmod(0o644)
    assert [e.key for e in recovery.list_entries(folder)] == ["k"]
    assert _mode(folder) == 0o700
    assert _mode(written) == 0o600


def test_next_autosave_repairs_a_readable_folder(tmp_path, open_umask):
    folder = tmp_path / "recovery"
    folder.mkdir(mode=0o755)
    written = recovery.write_entry(folder, _entry(tmp_path))
    assert (_mode(folder), _mode(written)) == (0o700, 0o600)
