"""A write refused by the system, as a person reads it: the file and the reason, never Python's
"[Errno 13] …: '/path'". Root writes through any permission bit, so the read-only state is the
answer ``os.access`` gives (the one safe_write asks before replacing a file)."""

from __future__ import annotations

import os

import pytest

from tests.cli_support import copy_sample_site, run, sample_file


@pytest.fixture
def read_only_files(monkeypatch):
    real = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: False if mode & os.W_OK else real(path, mode, **kw))


def _bytes(folder):
    return {path: path.read_bytes() for path in folder.rglob("*.md")}


def test_archive_of_a_read_only_pair_names_the_file_and_the_reason(tmp_path, read_only_files):
    site = copy_sample_site(tmp_path / "site")
    before = _bytes(site)
    result = run("archive", site, "data-analyst")
    assert result.returncode == 2
    assert "[Errno" not in result.stderr, result.stderr
    assert "Cannot write " in result.stderr and "data-analyst" in result.stderr
    assert ": Permission denied (the file is read-only). Nothing was changed" in result.stderr
    assert _bytes(site) == before


def test_export_into_a_read_only_site_names_the_file_and_the_reason(tmp_path, read_only_files):
    drafts, site = copy_sample_site(tmp_path / "drafts"), copy_sample_site(tmp_path / "site")
    target = sample_file(site, "en", "data-analyst")
    target.write_text(target.read_text(encoding="utf-8").replace("Data Analyst", "Data Analyst (old)", 1),
                      encoding="utf-8")
    before = _bytes(site)
    result = run("export", drafts, "--to", site, "--key", "data-analyst")
    assert result.returncode != 0
    assert "[Errno" not in result.stderr, result.stderr
    assert "The export could not be written: Cannot write " in result.stderr
    assert "Permission denied (the file is read-only). Every file was left as it was." in result.stderr
    assert _bytes(site) == before


def test_the_reason_is_said_in_french_with_lang_fr(tmp_path, read_only_files):
    """The system's reason stayed English in a French message ("… : Permission denied (the file is read-only).")."""
    site = copy_sample_site(tmp_path / "site")
    before = _bytes(site)
    result = run("archive", site, "data-analyst", "--lang", "fr")
    assert result.returncode == 2
    assert "permission refusée (le fichier est en lecture seule)" in result.stderr, result.stderr
    assert "Permission denied" not in result.stderr
    posting = sample_file(site, "en", "data-analyst")
    result = run("set", posting, "title=Analyste", "--lang", "fr")
    assert result.returncode == 2 and "permission refusée (le fichier est en lecture seule)" in result.stderr, result.stderr
    assert _bytes(site) == before


@pytest.fixture
def read_only_disk(read_only_files, monkeypatch):
    """A site on a read-only mount (a CD, a snapshot, a share mounted read-only): every write is refused
    whoever asks, and the system says so; as for the files, root's answer is the one ``os.access`` gives."""
    real = os.statvfs

    class Mount:
        def __init__(self, path):
            self._real = real(path)

        def __getattr__(self, name):
            return getattr(self._real, name)

        @property
        def f_flag(self):
            return self._real.f_flag | os.ST_RDONLY

    monkeypatch.setattr(os, "statvfs", Mount)


def test_a_read_only_disk_is_said_as_such_not_as_a_read_only_file(tmp_path, read_only_disk):
    """On a read-only mount, archive said "Permission denied (the file is read-only) … run the command
    again": the file was not read-only, and running again changes nothing."""
    site = copy_sample_site(tmp_path / "site")
    before = _bytes(site)
    result = run("archive", site, "data-analyst")
    assert result.returncode == 2
    assert ": Read-only file system. Nothing was changed." in result.stderr, result.stderr
    assert "the file is read-only" not in result.stderr
    assert "run the command again" not in result.stderr
    result = run("archive", site, "data-analyst", "--lang", "fr")
    assert "le disque est en lecture seule. Rien n’a été modifié." in result.stderr, result.stderr
    assert "relancez" not in result.stderr
    assert _bytes(site) == before


def test_a_refusal_that_running_again_cannot_change_does_not_ask_to_run_again(tmp_path, read_only_files):
    site = copy_sample_site(tmp_path / "site")
    result = run("archive", site, "data-analyst")
    assert result.returncode == 2 and "Nothing was changed" in result.stderr, result.stderr
    assert "run the command again" not in result.stderr


def test_set_refused_does_not_first_say_the_file_is_changed(tmp_path, read_only_files):
    """On a pair in conflict `set` noted « only FILE is changed », then said it could not write FILE:
    the note is for a change made, so it comes after the write, and not at all when the write fails."""
    site = copy_sample_site(tmp_path / "site")
    posting = sample_file(site, "en", "data-analyst")
    (posting.parent / "data-analyst-copy.md").write_bytes(posting.read_bytes())  # a key used twice
    before = _bytes(site)
    result = run("set", posting, "title=Analyst")
    assert result.returncode == 2
    assert "Cannot write " in result.stderr, result.stderr
    assert "is changed" not in result.stderr, result.stderr
    assert _bytes(site) == before
