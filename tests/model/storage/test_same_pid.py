"""A writer killed mid-change, and the next run of the program having the same process id: in a
container the program is the same small pid at every start (pid 1 under ``docker run``). The
leftovers of the killed run must be taken for a dead writer's, not for this process's own."""

from __future__ import annotations

import json
import os
import re

from editor.model.storage.files import atomic_write, digest
from editor.model.storage.safe_write import JOURNALS, Change, tidy, write_files
from tests.model.storage.test_safe_write import _die_during_write, _leftovers, pair  # noqa: F401


def _as_if_written_by_this_pid(folder) -> None:
    """Give the killed writer's leftovers this process's pid, as when the next run gets its pid."""
    def ours(name: str) -> str:
        return re.sub(r"(^|\.)(\d+)-([a-z0-9_]+\.(tmp|journal))$", rf"\g<1>{os.getpid()}-\3", name)

    for place in (folder, folder / JOURNALS):
        for name in os.listdir(place) if place.is_dir() else []:
            if name.endswith(".journal"):  # it names the temp files
                journal = json.loads((place / name).read_text(encoding="utf-8"))
                for entry in journal["entries"]:
                    entry["temp"] = entry["temp"] and ours(entry["temp"])
                (place / name).write_text(json.dumps(journal), encoding="utf-8")
            os.rename(place / name, place / ours(name))


def test_a_kill_between_the_renames_is_finished_by_a_run_with_the_same_pid(pair):  # noqa: F811
    en, fr = pair
    _die_during_write(en, fr, after_renames=1)
    _as_if_written_by_this_pid(en.parent)
    tidy(en.parent)
    assert (en.read_bytes(), fr.read_bytes()) == (b"en new\n", b"fr new\n")
    assert _leftovers(en.parent) == []


def test_temp_files_of_a_killed_run_with_the_same_pid_are_removed(pair):  # noqa: F811
    en, fr = pair
    _die_during_write(en, fr, in_temp=1)
    _as_if_written_by_this_pid(en.parent)
    assert _leftovers(en.parent) != []
    tidy(en.parent)
    assert _leftovers(en.parent) == []
    assert (en.read_bytes(), fr.read_bytes()) == (b"en old\n", b"fr old\n")


def test_the_next_write_by_a_run_with_the_same_pid_finishes_it(pair):  # noqa: F811
    en, fr = pair
    _die_during_write(en, fr, after_renames=1)
    _as_if_written_by_this_pid(en.parent)
    atomic_write(en, b"en newer\n", expected_digest=digest(b"en new\n"))
    assert (en.read_bytes(), fr.read_bytes()) == (b"en newer\n", b"fr new\n")
    assert _leftovers(en.parent) == []


def test_a_tidy_in_another_thread_never_takes_a_temp_file_being_made_for_a_dead_writers(pair, monkeypatch):  # noqa: F811
    """The window's save and an index made in a worker thread (the export dialog's) share a pid: the
    moment a temp file exists, it must already be known as this process's write under way."""
    import tempfile

    from editor.model.storage import safe_write

    en, fr = pair
    real_open, real_mkstemp, tidied = os.open, tempfile.mkstemp, []

    def tidy_once(path):
        if str(path).endswith(".tmp") and not tidied:
            tidied.append(path)
            tidy(en.parent)  # as the other thread would, at this very moment

    def opening(path, *args, **kwargs):
        fd = real_open(path, *args, **kwargs)
        tidy_once(path)
        return fd

    def making(*args, **kwargs):
        made = real_mkstemp(*args, **kwargs)
        tidy_once(made[1])
        return made

    monkeypatch.setattr(safe_write.os, "open", opening)
    monkeypatch.setattr(tempfile, "mkstemp", making)
    write_files([Change(en, b"en new\n", digest(b"en old\n")), Change(fr, b"fr new\n", digest(b"fr old\n"))])
    assert tidied
    assert (en.read_bytes(), fr.read_bytes()) == (b"en new\n", b"fr new\n")
