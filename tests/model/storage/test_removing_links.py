"""Removing a posting that is a symbolic link (an export renaming it, an extra copy deleted) removes
that name: the file it leads to may be another posting, or the same one under its other names."""

from __future__ import annotations

import pytest

from editor.model.storage.files import FileChangedError, digest
from editor.model.storage.safe_write import Change, write_files


def test_removing_a_link_removes_the_link_not_the_file_it_leads_to(tmp_path):
    real = tmp_path / "real.md"
    real.write_bytes(b"the posting\n")
    link = tmp_path / "link.md"
    link.symlink_to(real.name)
    write_files([Change(link, None, digest(b"the posting\n"))])
    assert not link.is_symlink() and not link.exists()
    assert real.read_bytes() == b"the posting\n"


def test_removing_a_link_still_refuses_when_the_file_changed(tmp_path):
    real = tmp_path / "real.md"
    real.write_bytes(b"changed by a colleague\n")
    link = tmp_path / "link.md"
    link.symlink_to(real.name)
    with pytest.raises(FileChangedError):
        write_files([Change(link, None, digest(b"the posting\n"))])
    assert link.is_symlink() and real.exists()


def test_a_renamed_link_is_written_anew_and_its_old_name_removed_as_one_change(tmp_path):
    real = tmp_path / "real.md"
    real.write_bytes(b"old\n")
    link = tmp_path / "old-name.md"
    link.symlink_to(real.name)
    new = tmp_path / "new-name.md"
    write_files([Change(new, b"new\n", ""), Change(link, None, digest(b"old\n"))])
    assert new.read_bytes() == b"new\n" and not new.is_symlink()
    assert not link.is_symlink() and real.read_bytes() == b"old\n"
