"""The text table of ``posting-editor list`` stays readable: file names relative to the folder that
holds all of a language's files (its header says which), and, on a terminal too narrow for the
table, each pair's files on lines of their own under it and its to-do wrapped to the terminal's
width. Piped, the table is never wrapped; ``--format json`` keeps the paths from the site's root."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys

from editor.cli.list_table import ListRow, list_table
from tests.cli_support import (  # noqa: F401 (fixtures are used by name)
    _index_cache_folder,
    private_index_cache,
    run,
    sample_file,
    site,
)

FOLDER_EN = os.path.join("content", "en", "careers", "positions")
FOLDER_FR = os.path.join("content", "fr", "careers", "positions")
LONG_EN = "senior-application-security-developer-and-platform-reliability-lead--db500188-4fab-4e1d-95de-0b3a3610fa57.md"
LONG_FR = ("développeur-développeuse-principal-e-de-la-sécurité-des-applications-et-de-la-fiabilité-des-plateformes"
           "--db500188-4fab-4e1d-95de-0b3a3610fa57.md")
HEADERS = ("translationKey", "archived", "en", "fr", "status", "to do")


def _columns(line: str) -> list[str]:
    return re.split(r" {2,}", line.strip())


def _too_wide(lines: list[str], width: int) -> list[str]:
    """The lines wider than ``width``, but for a file name longer than it on its own line."""
    return [line for line in lines if len(line) > width and line.split()[-1] not in (LONG_EN, LONG_FR)]


def _rows() -> list[ListRow]:
    return [
        ListRow("security-lead", "no", [os.path.join(FOLDER_EN, LONG_EN)], [os.path.join(FOLDER_FR, LONG_FR)],
                "needs-translation", ["French: 3 blocks still in English", "French: behind the English changes"]),
        ListRow("data-analyst", "yes", [os.path.join(FOLDER_EN, "data-analyst--1.md"),
                                        os.path.join(FOLDER_EN, "data-analyst-copy.md")], [], "conflict",
                ["French missing"]),
    ]


def test_names_are_relative_to_the_folder_of_all_a_languages_files_and_the_header_says_which():
    header, first, second, third = list_table(_rows(), HEADERS, width=None).splitlines()
    assert _columns(header) == ["translationKey", "archived", f"en ({FOLDER_EN}{os.sep})",
                                f"fr ({FOLDER_FR}{os.sep})", "status", "to do"]
    assert first.split()[:4] == ["security-lead", "no", LONG_EN, LONG_FR]
    assert second.split()[:4] == ["data-analyst", "yes", "data-analyst--1.md", "-"]
    assert third.split() == ["data-analyst-copy.md"]
    assert FOLDER_EN not in first + second + third


def test_names_in_several_folders_stay_relative_to_the_site():
    rows = _rows()
    rows[1].en[1] = os.path.join("content", "en", "archive", "data-analyst-copy.md")
    table = list_table(rows, HEADERS, width=None)
    header = table.splitlines()[0]
    assert _columns(header)[2:4] == [f"en ({os.path.join('content', 'en')}{os.sep})", f"fr ({FOLDER_FR}{os.sep})"]
    assert os.path.join("careers", "positions", LONG_EN) in table
    assert os.path.join("archive", "data-analyst-copy.md") in table


def test_a_table_that_fits_the_terminal_is_the_same_table():
    assert list_table(_rows(), HEADERS, width=1000) == list_table(_rows(), HEADERS, width=None)


def test_on_a_narrow_terminal_the_files_go_under_their_pair_and_the_to_do_wraps():
    for width in (100, 160):
        lines = list_table(_rows(), HEADERS, width=width).splitlines()
        # Only a file name longer than the terminal may be wider than it.
        assert _too_wide(lines, width) == []
        assert lines[0].split() == ["translationKey", "archived", "status", "to", "do"]
        assert lines[1].split() == ["en", FOLDER_EN + os.sep] and lines[2].split() == ["fr", FOLDER_FR + os.sep]
        at = next(i for i, line in enumerate(lines) if line.startswith("security-lead "))
        assert lines[at].split()[:3] == ["security-lead", "no", "needs-translation"]
        to_do_column = lines[0].index("to do")
        wrapped = [lines[at][to_do_column:]]
        for line in lines[at + 1:]:
            if line[:to_do_column].strip():
                break
            wrapped.append(line[to_do_column:])
        assert " ".join(wrapped) == "French: 3 blocks still in English; French: behind the English changes"
        assert (len(wrapped) > 1) == (width == 100)
        files = [line.split() for line in lines[at + len(wrapped):] if line.startswith("  ")][:2]
        assert files == [["en", LONG_EN], ["fr", LONG_FR]]
        at = next(i for i, line in enumerate(lines) if line.startswith("data-analyst "))
        assert [line.split() for line in lines[at + 1:]] == [["en", "data-analyst--1.md"],
                                                             ["en", "data-analyst-copy.md"], ["fr", "-"]]


def _long_names(site):
    for lang, name in (("en", LONG_EN), ("fr", LONG_FR)):
        source = sample_file(site, lang, "data-analyst" if lang == "en" else "analyste")
        source.rename(source.with_name(name))


def test_the_command_on_a_terminal_fits_it_and_piped_it_does_not_wrap(site, tmp_path):
    _long_names(site)
    command = [sys.executable, "-m", "editor.cli", "list", str(site)]
    environment = {**os.environ, "COLUMNS": "120", "POSTING_EDITOR_CACHE_DIR": str(tmp_path / "cache")}
    leader, follower = pty.openpty()
    try:
        process = subprocess.Popen(command, stdout=follower, stderr=subprocess.DEVNULL, env=environment)
        os.close(follower)
        output = b""
        while True:  # read as it writes: a full terminal buffer would hold the command up
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal's other end is closed: all of it is read
                break
            if not chunk:
                break
            output += chunk
    finally:
        os.close(leader)
    assert process.wait(timeout=120) == 0
    on_terminal = output.decode("utf-8").replace("\r\n", "\n").splitlines()
    assert _too_wide(on_terminal, 120) == []
    assert any(line.split() == ["en", LONG_EN] for line in on_terminal)
    piped = subprocess.run(command, capture_output=True, env=environment, timeout=120, text=True)
    assert piped.returncode == 0, piped.stderr
    row = next(line for line in piped.stdout.splitlines() if line.startswith("data-analyst "))
    assert LONG_EN in row and LONG_FR in row and len(row) > 120


def test_json_keeps_the_paths_from_the_sites_root(site, tmp_path):
    _long_names(site)
    result = run("list", str(site), "--format", "json", cwd=tmp_path)
    row = next(r for r in json.loads(result.stdout) if r["translationKey"] == "data-analyst")
    assert row["en"] == [os.path.join(FOLDER_EN, LONG_EN)] and row["fr"] == [os.path.join(FOLDER_FR, LONG_FR)]


def test_no_pair_on_a_very_narrow_terminal_is_the_header_alone():
    for width in (None, 10):
        assert list_table([], HEADERS, width=width).splitlines()[0].split()[:2] == ["translationKey", "archived"]
    lines = list_table(_rows()[1:], HEADERS, width=10).splitlines()  # narrower than any line: stacked, nothing lost
    assert [line.split() for line in lines[-3:]] == [["en", "data-analyst--1.md"], ["en", "data-analyst-copy.md"],
                                                     ["fr", "-"]]
