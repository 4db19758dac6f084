"""Writers that must not lose work or write where they should not: concurrent ``set``s, kills, symbolic links.

The loops are bounded (WRITES_ITERATIONS sets how many rounds, for a longer soak by hand).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.cli_support import run, sample_file, script, site  # noqa: F401  (site is a fixture)

ROUNDS = int(os.environ.get("WRITES_ITERATIONS", "20"))


def _start(*args) -> subprocess.Popen:
    env = {**os.environ, "LANG": "C.UTF-8"}
    return subprocess.Popen([script(), *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env, start_new_session=True)


def _finish(process: subprocess.Popen) -> tuple[int, str]:
    _, err = process.communicate(timeout=120)
    return process.returncode, err.decode("utf-8")


def _field(path: Path, name: str) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(f"{name}:"):
            return line.split(":", 1)[1].strip().strip("'")
    raise AssertionError(f"{path} has no {name}")


def _leftovers(*folders: Path) -> list[str]:
    return [name for folder in folders for name in os.listdir(folder) if name.endswith((".tmp", ".journal", "-journal"))]


# ---------------------------------------------------------------------- concurrent writers
def test_two_concurrent_sets_on_one_file_both_land(site):
    """Defect 7: title by one process, description by the other; both changes must be in the file."""
    target = sample_file(site, "en", "data-analyst")
    lost, refused = [], []
    for round_ in range(max(ROUNDS, 20)):
        first = _start("set", target, f"title=Title {round_}", "--only-this-file")
        second = _start("set", target, f"description=Description {round_}", "--only-this-file")
        results = [_finish(first), _finish(second)]
        landed = (_field(target, "title") == f"Title {round_}", f"Description {round_}" in target.read_text(encoding="utf-8"))
        if all(code == 0 for code, _ in results) and not all(landed):
            lost.append(round_)  # both said they succeeded
        elif not all(code == 0 for code, _ in results):
            refused.append(round_)  # the second writer re-reads and applies its change: no refusal needed
    assert (lost, refused) == ([], []), f"rounds where an update was lost: {lost}; refused: {refused}"


# ---------------------------------------------------------------------- kill loops
def _wait_for_session(process: subprocess.Popen) -> None:
    """Reap the killed command and wait for what it started (git) to end, as a user re-running it would."""
    process.wait(timeout=60)
    for _ in range(600):
        try:
            os.killpg(process.pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)


def _kill_at_random(args: list, duration: float, rng: random.Random) -> None:
    process = _start(*args)
    time.sleep(rng.uniform(0.0, duration))
    try:
        os.kill(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    _wait_for_session(process)


def test_set_of_a_shared_field_killed_anywhere_never_leaves_the_pair_disagreeing(site):
    en, fr = sample_file(site, "en", "data-analyst"), sample_file(site, "fr", "analyste")
    rng = random.Random(7)
    started = time.monotonic()
    # Timed through the console script: the killed runs below are processes, and must be killable anywhere in their life.
    assert run("set", en, "archived=true", installed=True).returncode == 0
    duration = time.monotonic() - started
    for round_ in range(ROUNDS):
        value = "false" if round_ % 2 == 0 else "true"
        _kill_at_random(["set", en, f"archived={value}"], duration * 1.2, rng)
        # The next command that reads the site finishes (or drops) an interrupted change first.
        listed = run("list", site, "--format", "json")
        assert listed.returncode == 0, listed.stderr
        [row] = [row for row in json.loads(listed.stdout) if row["translationKey"] == "data-analyst"]
        assert row["status"] == "ok", (round_, row)
        assert _field(en, "archived") == _field(fr, "archived"), round_
        assert _leftovers(en.parent, fr.parent) == [], round_


# ---------------------------------------------------------------------- nothing outside the site
@pytest.fixture
def outside(tmp_path):
    folder = tmp_path / "outside"
    folder.mkdir()
    return folder


def test_new_refuses_a_postings_folder_linked_outside_the_site(site, outside):
    """Defect 4: the French postings folder is a link to a folder outside the site."""
    positions = site / "content" / "fr" / "careers" / "positions"
    for path in positions.iterdir():
        path.rename(outside / path.name)
    positions.rmdir()
    positions.symlink_to(outside, target_is_directory=True)
    before = sorted(os.listdir(outside))
    result = run("new", site, "--title-en", "Archivist", "--title-fr", "Archiviste")
    assert result.returncode == 2, result.stderr
    assert "outside the site" in result.stderr and "nothing was written" in result.stderr
    assert sorted(os.listdir(outside)) == before
    assert not list((site / "content" / "en").rglob("archivist*"))


def test_translate_refuses_a_link_at_the_new_files_name(site, outside):
    victim = outside / "victim.md"
    victim.write_text("keep me\n", encoding="utf-8")
    folder = site / "content" / "fr" / "careers" / "positions"
    link = folder / "spécialiste-en-sécurité--56fb226e-1118-462b-9234-98f41a59b345.md"
    link.symlink_to(victim)
    result = run("translate", site, "security-engineer", "--to", "fr", "--title", "Spécialiste en sécurité")
    assert result.returncode == 2
    assert "outside the site" in result.stderr
    assert victim.read_text(encoding="utf-8") == "keep me\n"
    link.unlink()
    dangling = folder / "spécialiste-en-sécurité--56fb226e-1118-462b-9234-98f41a59b345.md"
    dangling.symlink_to(outside / "not-yet.md")
    result = run("translate", site, "security-engineer", "--to", "fr", "--title", "Spécialiste en sécurité")
    assert result.returncode == 2 and not (outside / "not-yet.md").exists()


def test_set_archive_and_fix_refuse_a_posting_that_links_outside(site, outside):
    en = sample_file(site, "en", "data-analyst")
    moved = outside / en.name
    en.rename(moved)
    en.symlink_to(moved)
    before = moved.read_bytes()
    result = run("set", en, "title=Changed")
    assert result.returncode == 2 and "outside the site" in result.stderr, result.stderr
    result = run("archive", site, "data-analyst")
    assert result.returncode == 2 and "outside the site" in result.stderr, result.stderr
    assert "archived: false" in sample_file(site, "fr", "analyste").read_text(encoding="utf-8")  # neither file changed
    fr = sample_file(site, "fr", "analyste")
    fr_moved = outside / fr.name
    fr_moved.write_bytes(fr.read_bytes() + b"\nUne question: laquelle?\n")
    fr.unlink()
    fr.symlink_to(fr_moved)
    before = fr_moved.read_bytes()
    for given in (fr, site):
        run("check", "--fix", given)
        assert fr_moved.read_bytes() == before


def test_links_inside_the_content_folder_still_work(site):
    en = sample_file(site, "en", "data-analyst")
    real = en.parent / "real-file.txt"
    en.rename(real)
    en.symlink_to(real.name)
    assert run("set", en, "title=Linked inside", "--only-this-file").returncode == 0
    assert en.is_symlink() and "Linked inside" in real.read_text(encoding="utf-8")


def test_a_live_writers_temp_file_is_ignored_and_a_dead_ones_removed(site):
    en = sample_file(site, "en", "data-analyst")
    live = en.parent / f".{en.name}.{os.getpid()}-abcd1234.tmp"  # this test's process is alive
    dead = en.parent / f".{en.name}.{2**22 + 12345}-abcd1234.tmp"  # above Linux's default pid_max: no such process
    for stray in (live, dead):
        stray.write_bytes(en.read_bytes().replace(b"data-analyst", b"stray-copy"))
    listed = run("list", site, "--format", "json")
    assert listed.returncode == 0 and "stray" not in listed.stdout
    checked = run("check", site, "--no-translation")
    assert "stray" not in checked.stdout + checked.stderr and ".tmp" not in checked.stdout
    assert live.exists() and not dead.exists()
