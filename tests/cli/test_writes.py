"""Writers that must not lose work or write where they should not: concurrent ``set``s, kills, symbolic links.

The loops are bounded: WRITES_ITERATIONS sets how many rounds (20 races and 4 random kills by default, 20 of each
under HYPOTHESIS_PROFILE=thorough, CI's nightly run; more for a longer soak by hand).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli_support import run, sample_file, site  # noqa: F401  (site is a fixture)
from tests.command_server import CommandServer
from tests.examples import thorough

ROUNDS = int(os.environ.get("WRITES_ITERATIONS", "20" if thorough() else "4"))


def _field(path: Path, name: str) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(f"{name}:"):
            return line.split(":", 1)[1].strip().strip("'")
    raise AssertionError(f"{path} has no {name}")


def _leftovers(*folders: Path) -> list[str]:
    return [name for folder in folders for name in os.listdir(folder) if name.endswith((".tmp", ".journal", "-journal"))]


# ---------------------------------------------------------------------- concurrent writers
def test_two_concurrent_sets_on_one_file_both_land(site, tmp_path):
    """Defect 7: title by one process, description by the other; both changes must be in the file.
    Both are forked from one warm process, so they start within milliseconds of each other."""
    target = sample_file(site, "en", "data-analyst")
    lost, refused = [], []
    with CommandServer(["list", site]) as server:
        for round_ in range(max(ROUNDS, 20)):
            first = server.start("set", target, f"title=Title {round_}", "--only-this-file", stderr=tmp_path / "first")
            second = server.start("set", target, f"description=Description {round_}", "--only-this-file",
                                  stderr=tmp_path / "second")
            codes = [server.wait(first), server.wait(second)]
            landed = (_field(target, "title") == f"Title {round_}", f"Description {round_}" in target.read_text(encoding="utf-8"))
            if all(code == 0 for code in codes) and not all(landed):
                lost.append(round_)  # both said they succeeded
            elif not all(code == 0 for code in codes):
                refused.append((round_, [(tmp_path / name).read_text(encoding="utf-8") for name in ("first", "second")]))
    assert (lost, refused) == ([], []), f"rounds where an update was lost: {lost}; refused: {refused}"


# ---------------------------------------------------------------------- kill loops
def test_set_of_a_shared_field_killed_anywhere_never_leaves_the_pair_disagreeing(site, tmp_path):
    """Killed right before each of its write stages, then at random moments: the next command that reads
    the site finishes (or drops) the interrupted change, and the pair agrees."""
    en, fr = sample_file(site, "en", "data-analyst"), sample_file(site, "fr", "analyste")
    rng = random.Random(7)

    def pair_agrees(round_, how: str) -> None:
        listed = run("list", site, "--format", "json")
        assert listed.returncode == 0, listed.stderr
        [row] = [row for row in json.loads(listed.stdout) if row["translationKey"] == "data-analyst"]
        assert row["status"] == "ok", (round_, how, row)
        assert _field(en, "archived") == _field(fr, "archived"), (round_, how)
        assert _leftovers(en.parent, fr.parent) == [], (round_, how)

    with CommandServer(["set", en, "archived=true"]) as server:  # the warm-up sets it once, to the end
        assert server.warm_exit_code == 0
        started = time.monotonic()
        stages = server.stages("set", en, "archived=false", record=tmp_path / "stages")
        duration = time.monotonic() - started
        assert {"fdopen", "replace"} <= set(stages), stages
        round_ = 0
        for number, stage in enumerate(stages):
            round_ += 1
            value = "false" if _field(en, "archived") == "true" else "true"  # a change, so every stage is reached
            assert server.wait(server.start("set", en, f"archived={value}", die_before=number)) == 9, (number, stage)
            pair_agrees(round_, f"died before {stage} (stage {number})")
        for _ in range(ROUNDS):
            round_ += 1
            value = "false" if _field(en, "archived") == "true" else "true"
            child = server.start("set", en, f"archived={value}")
            time.sleep(rng.uniform(0.0, duration * 1.2))
            server.kill(child)
            server.wait(child)
            pair_agrees(round_, "killed at random")


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


def test_fix_says_why_a_linked_posting_is_not_fixed_and_fixes_the_others(site, outside):
    """A posting linked out of its language's folder was "not fixed" because its language could not be
    told (out of the site), or read in the other language's rules (into content/en), and then ended
    the whole run at its save."""
    fr = sample_file(site, "fr", "analyste")
    moved = outside / fr.name
    moved.write_bytes(fr.read_bytes() + b"\nUne question: laquelle?\n")
    fr.unlink()
    fr.symlink_to(moved)
    other = sample_file(site, "fr", "gestionnaire")
    other.write_bytes(other.read_bytes() + b"\nUne question: laquelle?\n")
    across = sample_file(site, "fr", "conceptrice")
    across.unlink()
    across.symlink_to(sample_file(site, "en", "content-designer"))
    before = moved.read_bytes(), sample_file(site, "en", "content-designer").read_bytes()
    result = run("check", "--fix", site, "--lang", "en", "--no-grammar")
    assert result.returncode == 1, result.stderr
    assert "English or French" not in result.stderr
    assert f"{fr.name} leads to {moved}, outside the site's French content folder" in result.stderr
    assert f"{across.name} leads to" in result.stderr and "(not fixed)" in result.stderr
    assert (moved.read_bytes(), sample_file(site, "en", "content-designer").read_bytes()) == before
    assert "Une question\u00a0: laquelle?" in other.read_text(encoding="utf-8")  # the others are fixed


def test_links_inside_the_content_folder_still_work(site):
    en = sample_file(site, "en", "data-analyst")
    real = en.parent / "real-file.txt"
    en.rename(real)
    en.symlink_to(real.name)
    assert run("set", en, "title=Linked inside", "--only-this-file").returncode == 0
    assert en.is_symlink() and "Linked inside" in real.read_text(encoding="utf-8")


def test_a_live_writers_temp_file_is_ignored_and_a_dead_ones_removed(site):
    en = sample_file(site, "en", "data-analyst")
    # Another live process: the commands run in this one, whose own pid on a temp file not of a write
    # under way means a killed run that had the same pid.
    writer = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        live = en.parent / f".{en.name}.{writer.pid}-abcd1234.tmp"
        dead = en.parent / f".{en.name}.{2**22 + 12345}-abcd1234.tmp"  # above Linux's default pid_max: no such process
        for stray in (live, dead):
            stray.write_bytes(en.read_bytes().replace(b"data-analyst", b"stray-copy"))
        listed = run("list", site, "--format", "json")
        assert listed.returncode == 0 and "stray" not in listed.stdout
        checked = run("check", site, "--no-translation")
        assert "stray" not in checked.stdout + checked.stderr and ".tmp" not in checked.stdout
        assert live.exists() and not dead.exists()
    finally:
        writer.kill()
        writer.wait(timeout=30)


def test_a_content_folder_configured_outside_the_site_is_said_as_such(site, tmp_path):
    """The French contentDir set to a folder beside the site: nothing is written there, but the
    refusal blamed "a symbolic link", which the user then looked for in vain."""
    outside = tmp_path / "shared-content" / "fr"
    outside.mkdir(parents=True)
    config = site / "config" / "_default" / "config.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("contentDir: content/fr", f"contentDir: {outside}"),
                      encoding="utf-8")
    result = run("new", site, "--title-en", "Clerk", "--title-fr", "Commis", "--lang", "en")
    assert result.returncode == 2 and "symbolic link" not in result.stderr, result.stderr
    assert f"The site's French content folder {outside} is outside the site {site} (its contentDir in the Hugo " \
           "configuration); nothing was written there." in result.stderr, result.stderr
    assert list(outside.iterdir()) == []
    result = run("new", site, "--title-en", "Clerk", "--title-fr", "Commis", "--lang", "fr")
    assert "(son contentDir dans la configuration Hugo)" in result.stderr, result.stderr
