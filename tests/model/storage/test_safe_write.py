"""Several files replaced as one change, across kills, and the per-file lock around check-and-replace."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from editor.model.storage.files import FileChangedError, atomic_write, digest
from editor.model.storage.safe_write import Change, locked, tidy, write_files

REPO = Path(__file__).resolve().parents[3]


def _leftovers(folder: Path) -> list[str]:
    return sorted(name for name in os.listdir(folder) if name.endswith((".tmp", ".journal", "-journal")))


@pytest.fixture
def pair(tmp_path):
    en, fr = tmp_path / "en.md", tmp_path / "fr.md"
    en.write_bytes(b"en old\n")
    fr.write_bytes(b"fr old\n")
    return en, fr


def _die_during_write(en: Path, fr: Path, *, after_renames: int | None = None, in_temp: int | None = None) -> None:
    """Run write_files in another process that is killed (os._exit) at a chosen step."""
    script = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(REPO)!r})
        from editor.model.storage import safe_write
        from editor.model.storage.safe_write import Change, digest, write_files
        real_replace, real_fdopen, counts = os.replace, os.fdopen, {{"replace": 0, "temp": 0}}
        def replace(src, dst):
            if not str(src).endswith(".journal.tmp") and ".posting-editor-journal" not in str(src):
                if counts["replace"] == {after_renames!r}:
                    os._exit(9)
                counts["replace"] += 1
            return real_replace(src, dst)
        def fdopen(fd, *args, **kwargs):
            if counts["temp"] == {in_temp!r}:
                os._exit(9)
            counts["temp"] += 1
            return real_fdopen(fd, *args, **kwargs)
        safe_write.os.replace = replace
        safe_write.os.fdopen = fdopen
        en, fr = {str(en)!r}, {str(fr)!r}
        write_files([Change(en, b"en new\\n", digest(b"en old\\n")), Change(fr, b"fr new\\n", digest(b"fr old\\n"))])
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert result.returncode == 9, result.stderr.decode()


def test_a_kill_between_the_two_renames_is_finished_by_the_next_tidy(pair):
    en, fr = pair
    _die_during_write(en, fr, after_renames=1)
    assert (en.read_bytes(), fr.read_bytes()) == (b"en new\n", b"fr old\n")  # half done, as a crash leaves it
    assert any(name.endswith(".journal") for name in os.listdir(en.parent / ".posting-editor-journal"))
    tidy(en.parent)
    assert (en.read_bytes(), fr.read_bytes()) == (b"en new\n", b"fr new\n")
    assert _leftovers(en.parent) == []


def test_the_next_write_finishes_it_too(pair):
    en, fr = pair
    _die_during_write(en, fr, after_renames=1)
    atomic_write(en, b"en newer\n", expected_digest=digest(b"en new\n"))
    assert (en.read_bytes(), fr.read_bytes()) == (b"en newer\n", b"fr new\n")
    assert _leftovers(en.parent) == []


def test_a_file_changed_by_someone_after_the_crash_keeps_their_version(pair):
    en, fr = pair
    _die_during_write(en, fr, after_renames=1)
    fr.write_bytes(b"fr by a colleague\n")
    tidy(en.parent)
    assert (en.read_bytes(), fr.read_bytes()) == (b"en new\n", b"fr by a colleague\n")
    assert _leftovers(en.parent) == []


def test_a_kill_before_the_renames_changes_nothing_and_its_temp_files_are_removed(pair):
    en, fr = pair
    _die_during_write(en, fr, in_temp=1)  # the first temp file is written, the second not
    assert (en.read_bytes(), fr.read_bytes()) == (b"en old\n", b"fr old\n")
    assert _leftovers(en.parent) != []
    tidy(en.parent)
    assert _leftovers(en.parent) == []


def test_temp_files_of_a_live_writer_are_left_alone(tmp_path):
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        live = tmp_path / f".en.md.{sleeper.pid}-abcd1234.tmp"
        live.write_bytes(b"being written\n")
        tidy(tmp_path)
        assert live.exists()
    finally:
        sleeper.kill()
        sleeper.wait(timeout=30)
    tidy(tmp_path)
    assert not live.exists()


def test_a_failing_second_rename_puts_the_first_file_back(pair, monkeypatch):
    en, fr = pair
    from editor.model.storage import safe_write

    real = os.replace
    calls = []

    def failing(src, dst):
        if str(dst) == str(fr):
            raise OSError(28, "No space left on device", str(fr))
        calls.append(dst)
        return real(src, dst)

    monkeypatch.setattr(safe_write.os, "replace", failing)
    with pytest.raises(OSError):
        write_files([Change(en, b"en new\n", digest(b"en old\n")), Change(fr, b"fr new\n", digest(b"fr old\n"))])
    monkeypatch.setattr(safe_write.os, "replace", real)
    assert (en.read_bytes(), fr.read_bytes()) == (b"en old\n", b"fr old\n")
    assert _leftovers(en.parent) == []


def test_one_stale_file_refuses_both(pair):
    en, fr = pair
    with pytest.raises(FileChangedError):
        write_files([Change(en, b"en new\n", digest(b"en old\n")), Change(fr, b"fr new\n", digest(b"not what is there\n"))])
    assert (en.read_bytes(), fr.read_bytes()) == (b"en old\n", b"fr old\n")


def test_a_writer_waits_for_the_lock_then_sees_the_other_writers_change(pair):
    """The digest check happens under the lock: a writer that loaded the old text cannot pass it."""
    en, _ = pair
    outcome = []
    with locked([en]):
        def second():
            try:
                atomic_write(en, b"second\n", expected_digest=digest(b"en old\n"))
                outcome.append("written")
            except FileChangedError:
                outcome.append("refused")

        thread = threading.Thread(target=second)
        thread.start()
        thread.join(0.3)
        assert outcome == []  # waiting for the lock
        # The first writer replaces the file while holding the lock (its inode changes).
        tmp = en.with_name("first.tmp")
        tmp.write_bytes(b"first\n")
        os.replace(tmp, en)
    thread.join(30)
    assert outcome == ["refused"] and en.read_bytes() == b"first\n"


def test_a_new_file_is_never_put_over_one_that_appeared(tmp_path):
    target = tmp_path / "new.md"
    target.write_bytes(b"someone else's\n")
    with pytest.raises(FileChangedError):
        atomic_write(target, b"mine\n", expected_digest="")
    assert target.read_bytes() == b"someone else's\n"


def test_when_the_first_file_cannot_be_put_back_the_next_tidy_finishes_the_pair(pair, monkeypatch):
    en, fr = pair
    from editor.model.storage import pair_journal, safe_write

    real_replace, real_copy = os.replace, safe_write.temp_copy
    state = {"fail": True}

    def replace(src, dst):
        if state["fail"] and str(dst) == str(fr):
            raise OSError(28, "No space left on device", str(fr))
        return real_replace(src, dst)

    def copy(path, data, mode):
        if state["fail"] and data == b"en old\n":  # putting the first file back fails too
            raise OSError(28, "No space left on device", str(path))
        return real_copy(path, data, mode)

    monkeypatch.setattr(safe_write.os, "replace", replace)
    monkeypatch.setattr(safe_write, "temp_copy", copy)
    with pytest.raises(OSError):
        write_files([Change(en, b"en new\n", digest(b"en old\n")), Change(fr, b"fr new\n", digest(b"fr old\n"))])
    state["fail"] = False
    assert en.read_bytes() == b"en new\n" and fr.read_bytes() == b"fr old\n"
    monkeypatch.setattr(pair_journal, "writer_alive", lambda pid, path: False)  # as if this process had died
    tidy(en.parent)
    assert (en.read_bytes(), fr.read_bytes()) == (b"en new\n", b"fr new\n")
    assert _leftovers(en.parent) == []


def _hostile_site(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A site whose postings folder carries a committed journal naming files outside the site."""
    from tests.cli_support import copy_sample_site

    site = copy_sample_site(tmp_path / "site")
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "important.txt").write_text("keep me", encoding="utf-8")
    (victim / "known.md").write_text("keep me too", encoding="utf-8")
    folder = site / "content" / "en" / "careers" / "positions"
    (folder / "payload.md").write_text("ssh-rsa attacker", encoding="utf-8")
    journals = folder / ".posting-editor-journal"
    journals.mkdir()
    up = os.path.relpath(victim, folder)
    entries = [
        {"target": "x.md", "temp": f"{up}/important.txt", "before": "a", "after": "b"},
        {"target": f"{up}/planted.md", "temp": "payload.md", "before": "", "after": digest(b"ssh-rsa attacker")},
        {"target": f"{up}/known.md", "before": digest(b"keep me too"), "after": ""},
    ]
    import json

    journal = journals / "999999-abc.journal"
    journal.write_text(json.dumps({"version": 1, "entries": entries}), encoding="utf-8")
    old = os.path.getmtime(journal) - 10 * 24 * 3600  # long dead writer
    os.utime(journal, (old, old))
    return site, folder, victim


def test_a_committed_journal_cannot_touch_files_outside_the_site(tmp_path):
    from editor.model.site.index import SiteIndex
    from editor.model.hugo.config import Site

    site, folder, victim = _hostile_site(tmp_path)
    SiteIndex.build(Site.open(site))  # list, check and the window read the site this way
    assert (victim / "important.txt").read_text(encoding="utf-8") == "keep me"
    assert (victim / "known.md").read_text(encoding="utf-8") == "keep me too"
    assert not (victim / "planted.md").exists()
    assert (folder / "payload.md").exists()
    assert not (folder / ".posting-editor-journal" / "999999-abc.journal").exists()


@pytest.mark.parametrize("kind", ["fifo", "zero"])
def test_a_journal_that_is_a_pipe_or_endless_is_skipped(tmp_path, kind):
    from editor.model.storage.safe_write import finish_interrupted

    journals = tmp_path / ".posting-editor-journal"
    journals.mkdir()
    journal = journals / "999999-abc.journal"
    if kind == "fifo":
        os.mkfifo(journal)
    else:
        journal.symlink_to("/dev/zero")
    finished = threading.Event()
    worker = threading.Thread(target=lambda: (finish_interrupted(tmp_path), finished.set()), daemon=True)
    worker.start()
    worker.join(10)
    assert finished.is_set()


@pytest.mark.parametrize("failing_step", ["temp", "journal"])
def test_a_full_disk_names_the_posting_not_none(pair, monkeypatch, failing_step):
    """On a full disk the write of the temporary copy (or of the pair's journal) fails with no file
    name in the error: the command said "Cannot write None: No space left on device"."""
    import errno

    from editor.model.storage import safe_write

    en, fr = pair
    real, calls = os.fsync, []

    def full(fd):
        calls.append(fd)
        # Two temporary copies come first, then the journal.
        if failing_step == "temp" or len(calls) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(fd)

    monkeypatch.setattr(safe_write.os, "fsync", full)
    with pytest.raises(OSError) as raised:
        write_files([Change(en, b"en new\n", digest(b"en old\n")), Change(fr, b"fr new\n", digest(b"fr old\n"))])
    monkeypatch.setattr(safe_write.os, "fsync", real)
    assert raised.value.errno == errno.ENOSPC
    assert raised.value.filename == str(en)
    assert (en.read_bytes(), fr.read_bytes()) == (b"en old\n", b"fr old\n")
    assert _leftovers(en.parent) == []
