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


def test_two_new_files_written_at_once_get_the_umasks_mode_and_leave_it_as_it_was(tmp_path, monkeypatch):
    """Two threads making new files (a save and the memory's cache): reading the umask meant setting
    it to 0 for a moment, process-wide, so the second writer could read 0 and make its file (and,
    restoring "its" umask last, every later one) writable by everybody."""
    from editor.model.storage import safe_write

    real_umask = os.umask
    previous = real_umask(0o022)
    try:
        state = {"inside": False}

        def umask_with_another_writer(mask):
            old = real_umask(mask)
            if not state["inside"]:
                state["inside"] = True  # the other thread runs in the moment the umask is 0
                atomic_write(tmp_path / "other.md", b"other\n", expected_digest="")
            return old

        monkeypatch.setattr(safe_write.os, "umask", umask_with_another_writer)
        atomic_write(tmp_path / "new.md", b"new\n", expected_digest="")
        monkeypatch.setattr(safe_write.os, "umask", real_umask)
        if not state["inside"]:  # the writer never touched the umask: the other one runs after it
            atomic_write(tmp_path / "other.md", b"other\n", expected_digest="")
        for name in ("new.md", "other.md"):
            assert stat.S_IMODE(os.stat(tmp_path / name).st_mode) == 0o644, name
        assert real_umask(0o022) == 0o022
    finally:
        real_umask(previous)


def test_a_read_only_file_is_refused_even_to_root(tmp_path):
    """Root passes every permission check, so a posting its owner made read-only (chmod a-w) was
    replaced all the same when the editor ran as root (sudo, a container)."""
    from editor.model.storage.reasons import READ_ONLY

    path = tmp_path / "posting.md"
    path.write_bytes(b"old\n")
    path.chmod(0o444)
    with pytest.raises(PermissionError) as refused:
        atomic_write(path, b"new\n", expected_digest=digest(b"old\n"))
    assert refused.value.strerror == READ_ONLY and refused.value.filename == str(path)
    assert path.read_bytes() == b"old\n" and stat.S_IMODE(os.stat(path).st_mode) == 0o444
    assert os.listdir(tmp_path) == ["posting.md"]


def test_a_posting_replaced_by_a_folder_is_refused_in_the_readers_language(tmp_path):
    from editor.model.storage.reasons import write_failure

    path = tmp_path / "posting.md"
    path.mkdir()  # a git checkout, or another program, put a folder at the name since it was read
    with pytest.raises(OSError) as refused:
        atomic_write(path, b"new\n", expected_digest=digest(b"old\n"))
    french = write_failure(refused.value, "fr")
    assert str(path) in french and "Not a regular file" not in french and "ordinaire" in french
    assert path.is_dir() and os.listdir(tmp_path) == ["posting.md"]


def _acl(*entries: tuple[int, int, int]) -> bytes:
    """A POSIX access ACL as Linux stores it in system.posix_acl_access: version 2, then
    (tag, permissions, id) entries."""
    import struct

    return struct.pack("<I", 2) + b"".join(struct.pack("<HHI", tag, perm, ident) for tag, perm, ident in entries)


NO_ID = 0xFFFFFFFF


def test_a_save_keeps_the_files_access_list_and_extended_attributes(tmp_path):
    """A site shared through an access list (setfacl -m u:colleague:rw posting.md) lost it at the
    first save: the colleague could no longer write the file. Other extended attributes (a
    label, a tag a file manager keeps) went too."""
    if not hasattr(os, "setxattr"):
        pytest.skip("no extended attributes on this system")
    path = tmp_path / "posting.md"
    path.write_bytes(b"old\n")
    acl = _acl((0x01, 6, NO_ID), (0x02, 6, NOBODY), (0x04, 4, NO_ID), (0x10, 6, NO_ID), (0x20, 4, NO_ID))
    try:
        os.setxattr(path, "user.posting-editor-test", b"kept")
        os.setxattr(path, "system.posix_acl_access", acl)
    except OSError as error:
        pytest.skip(f"this file system keeps no extended attributes or access lists: {error}")
    mode = stat.S_IMODE(os.stat(path).st_mode)
    atomic_write(path, b"new\n", expected_digest=digest(b"old\n"))
    assert path.read_bytes() == b"new\n"
    assert os.getxattr(path, "user.posting-editor-test") == b"kept"
    assert os.getxattr(path, "system.posix_acl_access") == acl
    assert stat.S_IMODE(os.stat(path).st_mode) == mode


def test_a_hard_linked_copy_keeps_what_it_held(tmp_path):
    """A save replaces the name, not the file: a snapshot made with hard links (cp -al, rsnapshot)
    keeps the version it took, as it does with git, which never writes a file in place either.
    Writing in place to keep the link would also lose the all-or-nothing write."""
    path = tmp_path / "posting.md"
    path.write_bytes(b"old\n")
    snapshot = tmp_path / "snapshot.md"
    os.link(path, snapshot)
    atomic_write(path, b"new\n", expected_digest=digest(b"old\n"))
    assert (path.read_bytes(), snapshot.read_bytes()) == (b"new\n", b"old\n")
