"""The window's default site: the bundled sample, copied to the user's data folder when it cannot be written."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from editor import app
from editor.resources import ENV_VAR, resources_dir


def test_a_writable_sample_site_opens_where_it_is():
    assert app.sample_site() == resources_dir() / "sample-site"


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs a user whom permissions stop")
def test_a_read_only_sample_site_is_copied_to_the_users_data_folder(tmp_path, monkeypatch):
    installed = tmp_path / "installed"
    shutil.copytree(resources_dir() / "sample-site", installed / "sample-site")
    for folder, _dirs, _files in os.walk(installed):
        os.chmod(folder, 0o555)
    monkeypatch.setenv(ENV_VAR, str(installed))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    try:
        opened = app.sample_site()
        assert opened == tmp_path / "data" / "posting-editor" / "sample-site"
        assert (opened / "config" / "_default" / "config.yaml").is_file()
        assert app.sample_site() == opened  # the copy is made once
    finally:
        for folder, _dirs, _files in os.walk(installed):
            os.chmod(folder, 0o755)


def test_a_sample_site_the_user_cannot_write_is_copied_even_as_root(tmp_path, monkeypatch):
    installed = tmp_path / "installed"
    shutil.copytree(resources_dir() / "sample-site", installed / "sample-site")
    monkeypatch.setenv(ENV_VAR, str(installed))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: False if Path(path).is_relative_to(installed) else real_access(path, mode))
    opened = app.sample_site()
    assert opened == tmp_path / "data" / "posting-editor" / "sample-site"
    assert sorted(p.name for p in (opened / "content").iterdir()) == ["en", "fr"]


def test_the_copy_of_a_read_only_sample_site_can_be_edited(tmp_path, monkeypatch):
    """A read-only bundle (a package's files 0444 in 0555 folders) was copied with its modes: the
    copy, there to be edited, refused every save and every new posting."""
    from editor.model.storage.files import atomic_write, digest

    installed = tmp_path / "installed"
    shutil.copytree(resources_dir() / "sample-site", installed / "sample-site")
    for folder, _dirs, files in os.walk(installed, topdown=False):
        for name in files:
            os.chmod(os.path.join(folder, name), 0o444)
        os.chmod(folder, 0o555)
    monkeypatch.setenv(ENV_VAR, str(installed))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    real_access = os.access  # root may write the bundle: it is taken as any user would take it
    monkeypatch.setattr(os, "access", lambda path, mode: False if Path(path).is_relative_to(installed) else real_access(path, mode))
    try:
        opened = app.sample_site()
        assert opened == tmp_path / "data" / "posting-editor" / "sample-site"
        posting = next((opened / "content" / "en").rglob("*--*.md"))
        atomic_write(posting, b"edited\n", expected_digest=digest(posting.read_bytes()))
        assert posting.read_bytes() == b"edited\n"
        for folder, _dirs, files in os.walk(opened):
            assert os.stat(folder).st_mode & 0o700 == 0o700, folder
            for name in files:
                assert os.stat(os.path.join(folder, name)).st_mode & 0o600 == 0o600, name
    finally:
        for folder, _dirs, files in os.walk(installed):
            os.chmod(folder, 0o755)
            for name in files:
                os.chmod(os.path.join(folder, name), 0o644)
