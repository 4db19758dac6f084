"""What a save keeps of the file it replaces besides its text: its owner, its group, its mode."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from editor.model.storage.files import atomic_write, digest
from editor.model.storage.safe_write import Change, write_files

NOBODY = 65534  # a user and group other than the test's


def _owned_by_someone_else(path: Path) -> None:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("only root can give a file to another user")
    os.chown(path, NOBODY, NOBODY)


def test_a_save_keeps_the_files_owner_and_group(tmp_path):
    """Saved as root (sudo, a container on a bind-mounted site), a colleague's posting became
    root's: its owner could no longer save it, nor could the group it was shared with."""
    path = tmp_path / "posting.md"
    path.write_bytes(b"old\n")
    path.chmod(0o664)
    _owned_by_someone_else(path)
    atomic_write(path, b"new\n", expected_digest=digest(b"old\n"))
    info = os.stat(path)
    assert path.read_bytes() == b"new\n"
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (NOBODY, NOBODY, 0o664)


def test_both_files_of_a_pair_keep_their_owners(tmp_path):
    en, fr = tmp_path / "en.md", tmp_path / "fr.md"
    en.write_bytes(b"en old\n")
    fr.write_bytes(b"fr old\n")
    _owned_by_someone_else(fr)
    mine = os.stat(en)
    write_files([Change(en, b"en new\n", digest(b"en old\n")), Change(fr, b"fr new\n", digest(b"fr old\n"))])
    assert (os.stat(en).st_uid, os.stat(en).st_gid) == (mine.st_uid, mine.st_gid)
    assert (os.stat(fr).st_uid, os.stat(fr).st_gid) == (NOBODY, NOBODY)


def test_a_file_put_back_after_a_failed_pair_keeps_its_owner(tmp_path, monkeypatch):
    from editor.model.storage import safe_write

    en, fr = tmp_path / "en.md", tmp_path / "fr.md"
    en.write_bytes(b"en old\n")
    fr.write_bytes(b"fr old\n")
    _owned_by_someone_else(en)
    real = os.replace

    def failing(src, dst):
        if str(dst) == str(fr):
            raise OSError(28, "No space left on device", str(fr))
        return real(src, dst)

    monkeypatch.setattr(safe_write.os, "replace", failing)
    with pytest.raises(OSError):
        write_files([Change(en, b"en new\n", digest(b"en old\n")), Change(fr, b"fr new\n", digest(b"fr old\n"))])
    assert en.read_bytes() == b"en old\n"
    assert (os.stat(en).st_uid, os.stat(en).st_gid) == (NOBODY, NOBODY)


def test_a_setgid_or_sticky_mode_is_kept(tmp_path):
    path = tmp_path / "posting.md"
    path.write_bytes(b"old\n")
    path.chmod(0o2664)
    _owned_by_someone_else(path)  # changing a file's owner clears these bits: they are set after it
    atomic_write(path, b"new\n")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o2664
