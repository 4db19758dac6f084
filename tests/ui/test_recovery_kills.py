"""The window's recovery files killed at every write stage: an autosave being written, a crash's edits
being restored. After each kill the next start offers the pair's edits, the older or the newer, never
a half-written file and never nothing; the postings themselves are never touched.

Each round runs the document manager in a child process that dies (``os._exit``) right before its
n-th write stage, from the first until one round runs to the end. The children are forked from the
warm window server (tests/window_server.py), which the window's kill tests start anyway: started
afresh, each child spent 0.2 CPU-s importing Qt and the editor before its first write stage."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from editor.ui import recovery
from tests.ui.window_fixtures import PM_EN, PM_FR, site_copy  # noqa: F401

REPO = Path(__file__).resolve().parents[2]
DIED = 9

CHILD = textwrap.dedent("""
    import json, os, sys
    from PySide6.QtCore import QCoreApplication
    app = QCoreApplication([])
    from editor.model.hugo.config import Site
    from editor.model.site.index import SiteIndex
    from editor.ui.document_manager import DocumentManager

    site_root, recovery_dir, mode, die_before = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    manager = DocumentManager(recovery_dir=recovery_dir, autosave_ms=3_600_000)
    site = Site.open(site_root)
    assert manager.open_pair(site, SiteIndex.build(site).pair_for_key("product-manager"))
    if mode == "autosave":
        manager.set_field("en", "title", "Older draft")
        assert manager.autosave_now() is not None

    count = [0]
    def stage(name):
        if count[0] == die_before:
            os._exit({died})
        count[0] += 1
    def wrap(attribute, name_of):
        real = getattr(os, attribute)
        def wrapper(*args, **kwargs):
            if name_of(*args, **kwargs):
                stage(attribute)
            return real(*args, **kwargs)
        setattr(os, attribute, wrapper)
    for attribute in ("replace", "unlink", "rmdir", "fsync", "chmod", "link", "rename"):
        wrap(attribute, lambda *a, **k: True)
    wrap("fdopen", lambda fd, mode="r", *a, **k: "w" in mode or "a" in mode)

    if mode == "autosave":
        manager.set_field("en", "title", "Newer draft")
        assert manager.autosave_now() is not None
    else:
        [entry] = manager.recoverable()
        assert manager.apply_recovery(entry)
    print(json.dumps({{"stages": count[0]}}))
""")


def run_child(server, site: Path, folder: Path, mode: str, die_before: int) -> tuple[int, str]:
    """The child's exit code and what it wrote on its error stream."""
    script = CHILD.format(died=DIED)
    env = {**os.environ, "POSTING_EDITOR_CACHE_DIR": "off", "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    child = server.popen(script, [str(site), str(folder), mode, str(die_before)], env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _out, errors = child.communicate(timeout=120)
    return child.returncode, errors


def each_stage(server, site: Path, folder: Path, mode: str, prepare, check) -> int:
    """Kill before stage 0, 1, 2… until a round finishes; ``check`` after every round. The stages seen."""
    postings = {path: path.read_bytes() for path in (site / PM_EN, site / PM_FR)}
    for die_before in range(100):
        prepare()
        code, errors = run_child(server, site, folder, mode, die_before)
        assert code in (0, DIED), errors
        check(die_before, finished=code == 0)
        assert {path: path.read_bytes() for path in postings} == postings  # recovery never writes a posting
        if code == 0:
            return die_before
    raise AssertionError("never finished")


@pytest.mark.skipif(os.name == "nt", reason="os._exit in a child process, POSIX file semantics")
def test_an_autosave_killed_at_any_stage_leaves_the_older_or_the_newer_draft(site_copy, tmp_path,  # noqa: F811
                                                                              window_server):
    folder = tmp_path / "recovery"

    def prepare():
        for path in folder.glob("*") if folder.is_dir() else []:
            path.unlink()

    def check(stage, finished):
        titles = [entry.titles.get("en") for entry in recovery.list_entries(folder)]
        expected = [["Newer draft"]] if finished else [["Older draft"], ["Newer draft"]]
        assert titles in expected, (stage, titles)
        assert all(name.endswith((".json", ".lock")) for name in os.listdir(folder)), (stage, os.listdir(folder))

    assert each_stage(window_server, site_copy, folder, "autosave", prepare, check) >= 4  # temp file, sync, mode, rename


@pytest.mark.skipif(os.name == "nt", reason="os._exit in a child process, POSIX file semantics")
def test_restoring_a_crash_killed_at_any_stage_still_offers_its_edits(site_copy, tmp_path, window_server):  # noqa: F811
    folder = tmp_path / "recovery"
    english = (site_copy / PM_EN).read_text(encoding="utf-8")

    def prepare():
        for path in folder.glob("*") if folder.is_dir() else []:
            path.unlink()
        crashed = recovery.RecoveryEntry(file=None, site_root=site_copy.resolve(), key="product-manager",
                                         saved_at=time.time() - 60, pid=2**22 + 12345, session="0123456789ab",
                                         texts={"en": english.replace("About us", "Crashed")},
                                         paths={"en": (site_copy / PM_EN).resolve()}, titles={"en": "Crashed"})
        recovery.write_entry(folder, crashed)

    def check(stage, finished):
        entries = recovery.list_entries(folder)
        assert entries, (stage, "the edits are in no recovery file")
        assert all("Crashed" in entry.texts["en"] for entry in entries), stage
        if finished:
            assert len(entries) == 1 and entries[0].pid != 2**22 + 12345  # taken over by the restoring run
        assert all(json.loads(path.read_text(encoding="utf-8")) for path in folder.glob("*.json"))

    assert each_stage(window_server, site_copy, folder, "restore", prepare, check) >= 5  # this run's file written, the crash's removed
