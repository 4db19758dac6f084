"""The ``posting-editor`` command through its installed script: help, check, render, get, list, bad input.

Edits (set, new, archive) are in test_cli_edit.py. Every run goes through ``cli_support.run``,
which fails on any traceback or "internal error" in stderr.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import time

import pytest

import editor
from tests.cli_support import (  # noqa: F401 (fixtures are used by name)
    _index_cache_folder,
    private_index_cache,
    POSTING,
    copy_sample_site,
    parse_findings,
    posting,
    run,
    sample_file,
    site,
    script,
)

COMMANDS = ("check", "render", "get", "set", "list", "new", "archive")



def write(path, text: str):
    path.write_text(text, encoding="utf-8")
    return path


# ------------------------------------------------------------------ version and help
def test_console_script_is_installed_next_to_the_interpreter():
    assert script().endswith("posting-editor")


def test_version():
    result = run("--version", installed=True)  # a smoke test of the console script itself
    assert result.returncode == 0
    assert result.stdout.strip() == f"posting-editor {editor.__version__}"


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_of_every_command(command):
    result = run(*([command] if command else []), "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"usage: posting-editor{' ' + command if command else ''}")
    assert "--help" in result.stdout
    if not command:
        for name in COMMANDS:
            assert name in result.stdout


def test_unknown_command_is_a_usage_error(tmp_path):
    result = run("frobnicate", "somewhere", cwd=tmp_path)
    assert result.returncode == 2
    assert "unknown command 'frobnicate'" in result.stderr
    assert result.stdout == ""


def test_a_lone_word_that_is_no_path_is_reported(tmp_path):
    # Without a command the argument is the PATH to open; a missing one must not start the window.
    result = run("frobnicate", cwd=tmp_path)
    assert result.returncode == 2
    assert "frobnicate: no such file or folder" in result.stderr


@pytest.mark.parametrize("args", [["check"], ["get", "x.md"], ["set"], ["list"], ["check", "--format", "xml", "x"], ["list", "--bogus", "x"]])
def test_missing_or_wrong_arguments_are_usage_errors(args, tmp_path):
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert "usage:" in result.stderr and result.stdout == ""


# ----------------------------------------------------------------------------- check
def test_window_folder_that_is_not_a_site_is_refused_before_qt_starts(tmp_path):
    # A lone posting file opens the window on its folder (tests/ui/test_startup.py); a folder must be a site.
    (tmp_path / "loose.md").write_text("---\ntitle: x\n---\n", encoding="utf-8")
    result = run(str(tmp_path), cwd=tmp_path, timeout=30)
    assert result.returncode == 2
    assert "site" in result.stderr and str(tmp_path) in result.stderr


def test_check_clean_file(posting, tmp_path):
    result = run("check", posting.name, cwd=tmp_path)
    assert result.returncode == 0, result.stdout
    assert result.stdout == ""
    assert "No problems found" in result.stderr


PROBLEMS = """\
---
layout: job-posting
title: 'Analyst '
archived: maybe
translationKey: problems
leverId: not-a-uuid
---

# A second page title

[click here](https://example.invalid/apply)
"""


def expected_problems():
    # (line, code) of what PROBLEMS holds; columns are checked against the text below.
    return {(1, "missing-field"), (3, "title-spaces"), (4, "archived-not-boolean"), (6, "lever-id-not-uuid"),
            (9, "body-h1"), (11, "vague-link-text")}


def test_check_file_text_lines(tmp_path):
    write(tmp_path / "problems.md", PROBLEMS)
    result = run("check", "problems.md", cwd=tmp_path)
    assert result.returncode == 1
    rows = parse_findings(result.stdout)
    assert {r["file"] for r in rows} == {"problems.md"}
    assert expected_problems() <= {(r["line"], r["code"]) for r in rows}
    by_code = {r["code"]: r for r in rows}
    assert by_code["archived-not-boolean"]["column"] == PROBLEMS.splitlines()[3].index("maybe") + 1
    assert by_code["archived-not-boolean"]["severity"] == "error"
    assert by_code["vague-link-text"]["severity"] == "warning"
    assert by_code["vague-link-text"]["column"] == 1
    assert "description" in by_code["missing-field"]["message"]
    assert "error" in result.stderr  # the summary


def test_check_file_json_matches_text(tmp_path):
    write(tmp_path / "problems.md", PROBLEMS)
    text = parse_findings(run("check", "problems.md", cwd=tmp_path).stdout)
    result = run("check", "problems.md", "--format", "json", cwd=tmp_path)
    assert result.returncode == 1
    rows = json.loads(result.stdout)
    assert isinstance(rows, list) and rows
    for row in rows:
        # The message's parameters too; "variant" when the code has several wordings, "fix" for typography.
        assert {"file", "line", "column", "severity", "code", "message", "params"} <= set(row) \
            <= {"file", "line", "column", "severity", "code", "message", "params", "variant", "fix"}
        assert isinstance(row["line"], int) and isinstance(row["column"], int)
        assert row["severity"] in ("error", "warning", "info")
    shown = ("file", "line", "column", "severity", "code", "message")  # what the text lines hold
    assert [{key: row[key] for key in shown} for row in rows] == text


def test_check_broken_yaml_points_at_the_line_in_the_file(tmp_path):
    # Unquoted ': ' inside a French title: the classic mistake. Line 3 of the FILE, not of the YAML.
    write(tmp_path / "broken.md", "---\nlayout: job-posting\ntitle: Conseiller : équipe\narchived: false\n---\nText\n")
    result = run("check", "broken.md", "--format", "json", cwd=tmp_path)
    assert result.returncode == 1
    [row] = json.loads(result.stdout)
    assert (row["line"], row["severity"], row["code"]) == (3, "error", "yaml-syntax")


def test_check_broken_yaml_explains_the_unquoted_colon(tmp_path):
    write(tmp_path / "broken.md", "---\nlayout: job-posting\ntitle: Conseiller : équipe\narchived: false\n---\nText\n")
    [row] = json.loads(run("check", "broken.md", "--format", "json", cwd=tmp_path).stdout)
    assert "quotes" in row["message"]


def test_check_broken_yaml_explains_a_tab(tmp_path):
    write(tmp_path / "tab.md", "---\nlayout: job-posting\ntitle: x\n\tarchived: false\n---\nText\n")
    [row] = json.loads(run("check", "tab.md", "--format", "json", cwd=tmp_path).stdout)
    assert row["line"] == 4 and "spaces" in row["message"]


def test_check_site_text(site, tmp_path):
    result = run("check", "site", cwd=tmp_path)
    assert result.returncode == 1
    rows = parse_findings(result.stdout)
    en_conflict = sample_file(site, "en", "accessibility-specialist")
    fr_conflict = sample_file(site, "fr", "spécialiste")
    lonely = sample_file(site, "en", "security-engineer")
    found = {(r["file"], r["code"]) for r in rows}
    for path in (en_conflict, fr_conflict):
        assert (str(path.relative_to(tmp_path)), "shared-field-mismatch") in found
    assert (str(lonely.relative_to(tmp_path)), "missing-counterpart") in found
    for row in rows:
        # Every finding names a real file, and a shared-field mismatch points at its 'archived:' line.
        lines = (tmp_path / row["file"]).read_text(encoding="utf-8").splitlines()
        if row["code"] == "shared-field-mismatch":
            assert lines[row["line"] - 1][row["column"] - 1 :] in ("true", "false")
            assert lines[row["line"] - 1].startswith("archived:")
    assert not any(r["severity"] == "error" and r["code"] not in ("shared-field-mismatch", "missing-counterpart") for r in rows)


def test_check_site_json(site, tmp_path):
    result = run("check", str(site), "--format", "json", cwd=tmp_path)
    assert result.returncode == 1
    rows = json.loads(result.stdout)
    assert {r["code"] for r in rows} >= {"shared-field-mismatch", "missing-counterpart"}
    base = {"file", "line", "column", "severity", "code", "message", "params"}
    assert all(base <= set(r) <= base | {"variant", "fix"} for r in rows)


def test_check_one_file_of_a_site_includes_its_pair_findings(site, tmp_path):
    path = sample_file(site, "en", "accessibility-specialist")
    result = run("check", str(path), cwd=tmp_path)
    assert result.returncode == 1
    rows = parse_findings(result.stdout)
    assert {r["code"] for r in rows} == {"shared-field-mismatch"}
    assert {r["file"] for r in rows} == {str(path)}


def test_check_clean_site_exits_0(site, tmp_path):
    sample_file(site, "en", "security-engineer").unlink()
    fr = sample_file(site, "fr", "spécialiste")
    fr.write_bytes(fr.read_bytes().replace(b"archived: true", b"archived: false"))
    result = run("check", str(site), cwd=tmp_path)
    assert result.returncode == 0, result.stdout
    assert result.stdout == "" and "No problems found" in result.stderr


def test_check_folder_that_is_not_a_site(tmp_path):
    (tmp_path / "photos").mkdir()
    result = run("check", "photos", cwd=tmp_path)
    assert result.returncode == 2
    assert "photos" in result.stderr and "site" in result.stderr


# ---------------------------------------------------------------------------- render
def test_render_one_file_to_stdout(posting, tmp_path):
    result = run("render", posting.name, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert re.search(r"<h2[^>]*>About the role</h2>", result.stdout)
    assert "<li>Patience</li>" in result.stdout
    assert "---" not in result.stdout and "translationKey" not in result.stdout


def test_render_several_files_with_out(site, tmp_path):
    files = [sample_file(site, "en", "data-analyst"), sample_file(site, "fr", "analyste")]
    result = run("render", *files, "--out", "html", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    written = sorted(p.name for p in (tmp_path / "html").iterdir())
    assert written == sorted(f.stem + ".html" for f in files)
    french = (tmp_path / "html" / (files[1].stem + ".html")).read_text(encoding="utf-8")
    assert "<h2" in french and "données" in french


def test_render_several_files_without_out_is_a_usage_error(posting, tmp_path):
    other = write(tmp_path / "other.md", POSTING)
    result = run("render", posting.name, other.name, cwd=tmp_path)
    assert result.returncode == 2
    assert "--out" in result.stderr and result.stdout == ""


def test_render_invalid_file_reports_it(tmp_path):
    write(tmp_path / "broken.md", "---\ntitle: Conseiller : équipe\n---\nText\n")
    result = run("render", "broken.md", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("broken.md:2:") and result.stdout == ""


# ------------------------------------------------------------------------------- get
def test_get_title_archived_and_body(posting, tmp_path):
    assert run("get", posting.name, "title", cwd=tmp_path).stdout == "Plain title\n"
    assert run("get", posting.name, "archived", cwd=tmp_path).stdout == "false\n"
    assert run("get", posting.name, "description", cwd=tmp_path).stdout == "A short description of the role for search engines.\n"
    result = run("get", posting.name, "body", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout == POSTING.split("---\n", 2)[2]


def test_get_missing_key(posting, tmp_path):
    result = run("get", posting.name, "salary", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == "" and "salary" in result.stderr


def test_get_keeps_accents_and_newlines(tmp_path):
    write(tmp_path / "fr.md", '---\nlayout: job-posting\ntitle: "Conseiller\u00a0: équipe\\nsur deux lignes"\n---\n')
    result = run("get", "fr.md", "title", cwd=tmp_path)
    assert result.stdout == "Conseiller\u00a0: équipe\nsur deux lignes\n"


# ------------------------------------------------------------------------------ list
def list_json(site, cwd):
    result = run("list", str(site), "--format", "json", cwd=cwd)
    assert result.returncode == 0, result.stderr
    return {row["translationKey"]: row for row in json.loads(result.stdout)}


def test_list_json_rows_and_statuses(site, tmp_path):
    rows = list_json(site, tmp_path)
    assert set(rows) == {"accessibility-specialist", "content-designer", "data-analyst", "lead-developer",
                         "product-manager", "security-engineer"}
    for row in rows.values():
        assert {"translationKey", "archived", "en", "fr", "status"} <= set(row)
        for lang in ("en", "fr"):
            assert all((site / path).is_file() for path in row[lang])
    assert rows["data-analyst"]["status"] == "ok" and rows["data-analyst"]["archived"] is False
    assert rows["content-designer"]["status"] == "ok" and rows["content-designer"]["archived"] is True
    assert rows["security-engineer"]["status"] == "needs-translation" and rows["security-engineer"]["fr"] == []
    assert rows["security-engineer"]["reasons"] == [{"reason": "missing", "language": "fr"}]
    assert rows["security-engineer"]["needsTranslation"] is True
    assert rows["data-analyst"]["reasons"] == [] and rows["data-analyst"]["needsTranslation"] is False
    assert rows["accessibility-specialist"]["status"] == "conflict"
    assert rows["accessibility-specialist"]["archived"] is None  # the files disagree: no single answer
    assert rows["data-analyst"]["fr"] == [str(sample_file(site, "fr", "analyste").relative_to(site))]


def test_list_text_rows(site, tmp_path):
    result = run("list", "site", cwd=tmp_path)
    assert result.returncode == 0
    header, *lines = result.stdout.splitlines()
    assert header.split() == ["translationKey", "archived", "en", "fr", "status", "to", "do"]
    rows = {line.split()[0]: line.split() for line in lines}
    assert len(rows) == 6
    assert rows["data-analyst"][1] == "no" and rows["data-analyst"][-1] == "ok"
    assert rows["content-designer"][1] == "yes"
    assert rows["security-engineer"][-4:] == ["-", "needs-translation", "French", "missing"]
    assert rows["accessibility-specialist"][-1] == "conflict"
    assert rows["data-analyst"][2] == str(sample_file(site, "en", "data-analyst").relative_to(site))
    assert "6 postings" in result.stderr


def test_list_totals_read_as_sentences(site):
    """The total said "6 postings in .." in the site folder, and "1 postings" for one."""
    result = run("list", ".", cwd=site)
    assert result.stderr.strip() == "6 postings in the current folder."
    for path in site.rglob("*.md"):
        if "data-analyst" not in path.name and "analyste" not in path.name:
            path.unlink()
    assert run("list", ".", cwd=site).stderr.strip() == "1 posting in the current folder."
    assert run("list", ".", "--needs-translation", cwd=site).stderr.strip() == \
        "0 of 1 posting need translation in the current folder."


def test_list_leaves_the_cycle_collector_as_it_found_it(site, capsys):
    """list turns Python's cycle collector off while it reads the site (its objects all live until
    printed); a program or test that calls it in-process gets the collector back as it was."""
    import gc

    from editor.cli.main import main

    assert gc.isenabled()
    assert main(["list", str(site)]) == 0
    assert gc.isenabled()
    gc.disable()
    try:
        assert main(["list", str(site), "--format", "json"]) == 0
        assert not gc.isenabled()
    finally:
        gc.enable()
    capsys.readouterr()


def test_list_reports_invalid_and_two_files_for_one_key(site, tmp_path):
    folder = sample_file(site, "en", "data-analyst").parent
    write(folder / "broken--9d4c3a55-6a3e-4f0e-9d49-0a4c1e7e2b10.md",
          "---\nlayout: job-posting\ntitle: Conseiller : équipe\ntranslationKey: broken-one\n---\n")
    copy = folder / "lead-developer-copy.md"
    copy.write_bytes(sample_file(site, "en", "lead-developer").read_bytes())
    rows = list_json(site, tmp_path)
    assert rows["broken-one"]["status"] == "invalid"
    assert rows["lead-developer"]["status"] == "conflict"
    assert len(rows["lead-developer"]["en"]) == 2


def test_list_sees_changes_made_after_the_index_cache_was_filled(site, tmp_path):
    # Files older than a few seconds are cached; an edit changes size or mtime and must show.
    an_hour_ago = time.time() - 3600
    for path in site.rglob("*.md"):
        os.utime(path, (an_hour_ago, an_hour_ago))
    assert list_json(site, tmp_path) == list_json(site, tmp_path)
    fr = sample_file(site, "fr", "spécialiste")
    fr.write_bytes(fr.read_bytes().replace(b"archived: true", b"archived: false"))
    os.utime(fr, (an_hour_ago, an_hour_ago))
    sample_file(site, "en", "security-engineer").unlink()
    rows = list_json(site, tmp_path)
    assert rows["accessibility-specialist"]["status"] == "ok"
    assert "security-engineer" not in rows


def test_list_json_gives_an_archived_date_as_text(site, tmp_path):
    # "archived: 2024-01-01" reads as a date, which JSON has no type for: it crashed the command.
    path = sample_file(site, "en", "data-analyst")
    path.write_bytes(path.read_bytes().replace(b"archived: false", b"archived: 2024-01-01"))
    sample = sample_file(site, "fr", "analyste")
    sample.write_bytes(sample.read_bytes().replace(b"archived: false", b"archived: 2024-01-01"))
    row = list_json(site, tmp_path)["data-analyst"]
    assert row["archived"] == "2024-01-01" and row["status"] == "ok"
    text = run("list", str(site), cwd=tmp_path).stdout
    assert [line.split()[1] for line in text.splitlines() if line.startswith("data-analyst ")] == ["2024-01-01"]


@pytest.mark.parametrize("target", ["missing", "photos", "posting.md"])
def test_list_needs_a_site(target, tmp_path, posting):
    (tmp_path / "photos").mkdir()
    result = run("list", target, cwd=tmp_path)
    assert result.returncode == 2
    assert target in result.stderr and result.stdout == ""


# ------------------------------------------------------------------------- bad input
BILLION_LAUGHS = "---\nlayout: job-posting\n" + "a0: &a0 [" + ", ".join(['"lol"'] * 9) + "]\n" + "".join(
    f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]\n" for i in range(1, 10)
) + "---\nbody\n"

BAD_FILES = {
    # name: (bytes, the stable code 'check' reports)
    "not-utf8": (b"---\ntitle: caf\xe9\n---\nbody\n", "not-utf8"),
    "empty": (b"", "empty-file"),
    "no-front-matter": (b"Just a body, no --- line.\n", "no-front-matter"),
    "billion-laughs": (BILLION_LAUGHS.encode(), "yaml-too-complex"),
    "python-tag": (b'---\nlayout: job-posting\ntitle: !!python/object/apply:os.system ["touch PWNED"]\n---\nbody\n', "unknown-tag"),
    "custom-tag": (b"---\ntitle: !secret value\n---\nbody\n", "unknown-tag"),
    "not-a-mapping": (b"---\n- a\n- b\n---\nbody\n", "front-matter-not-mapping"),
    "unclosed": (b"---\ntitle: x\nbody\n", "unclosed-front-matter"),
    "duplicate-key": (b"---\ntitle: a\ntitle: b\n---\nbody\n", "duplicate-key"),
    "too-large": (b"---\ntitle: big\n---\n" + b"x" * (3 * 1024 * 1024), "file-too-large"),
}


@pytest.mark.parametrize("name", BAD_FILES)
def test_check_reports_bad_files(name, tmp_path):
    raw, code = BAD_FILES[name]
    (tmp_path / f"{name}.md").write_bytes(raw)
    result = run("check", f"{name}.md", "--format", "json", cwd=tmp_path, timeout=20)
    assert result.returncode == 1
    rows = json.loads(result.stdout)
    assert code in {r["code"] for r in rows}
    assert all(r["file"] == f"{name}.md" and r["line"] >= 1 and r["column"] >= 1 for r in rows)
    assert not (tmp_path / "PWNED").exists()


COMMANDS_ON_A_FILE = [
    ["get", "{f}", "title"],
    ["get", "{f}", "body"],
    ["set", "{f}", "title=x"],
    ["set", "{f}", "--body-file", "-"],
    pytest.param(["render", "{f}"]),
]


# A duplicate key leaves the file readable (Hugo takes the last value); it is tested with 'set' in test_cli_edit.py.
UNREADABLE = [name for name in BAD_FILES if name != "duplicate-key"]


@pytest.mark.parametrize("command", COMMANDS_ON_A_FILE, ids=lambda c: " ".join(c[:1] + c[2:]))
@pytest.mark.parametrize("name", UNREADABLE)
def test_commands_on_bad_files_exit_1_and_leave_them_alone(name, command, tmp_path):
    raw, _ = BAD_FILES[name]
    path = tmp_path / f"{name}.md"
    path.write_bytes(raw)
    result = run(*[part.format(f=path.name) for part in command], cwd=tmp_path, input="new body\n", timeout=20)
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith(f"posting-editor: {path.name}:") or result.stderr.startswith(f"{path.name}:")
    assert result.stdout == ""
    assert path.read_bytes() == raw
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # no temp file, nothing executed


@pytest.mark.parametrize("command", COMMANDS_ON_A_FILE + [["check", "{f}"]], ids=lambda c: " ".join(c[:1] + c[2:]))
@pytest.mark.parametrize("kind", ["missing", "directory"])
def test_commands_on_a_missing_file_or_a_directory_exit_2(kind, command, tmp_path):
    if kind == "directory":
        (tmp_path / "folder.md").mkdir()
    name = "folder.md" if kind == "directory" else "missing.md"
    result = run(*[part.format(f=name) for part in command], cwd=tmp_path, input="", timeout=20)
    assert result.returncode == 2, result.stderr
    assert name in result.stderr and result.stdout == ""


@pytest.mark.parametrize("command", [["list", "{s}"], ["check", "{s}"], ["archive", "{s}", "data-analyst"],
                                     ["new", "{s}", "--title-en", "A", "--title-fr", "B"]])
def test_site_commands_on_a_folder_that_is_not_a_site(command, tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.md").write_text("- buy milk\n", encoding="utf-8")
    result = run(*[part.format(s="notes") for part in command], cwd=tmp_path)
    assert result.returncode == 2
    assert "notes" in result.stderr and result.stdout == ""
    assert sorted(p.name for p in (tmp_path / "notes").iterdir()) == ["todo.md"]


def test_broken_hugo_config_is_a_message(site, tmp_path):
    (site / "config" / "_default" / "config.yaml").write_text("languages: [unclosed\n", encoding="utf-8")
    result = run("list", "site", cwd=tmp_path)
    assert result.returncode == 2
    assert "config.yaml" in result.stderr


def test_output_closed_early_is_not_an_error(site, tmp_path):
    # `posting-editor list SITE | head -1` must not print a broken-pipe traceback.
    process = subprocess.Popen([script(), "list", str(site), "--format", "json"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, cwd=tmp_path)
    process.stdout.read(10)
    process.stdout.close()
    stderr = process.stderr.read().decode()
    process.wait(timeout=30)
    assert "Traceback" not in stderr


# ------------------------------------------------------------- translation checks and status
def test_check_file_reports_translation_findings_and_fix_changes_only_spacing(site, tmp_path):
    french = sample_file(site, "fr", "gestionnaire")
    text = french.read_text(encoding="utf-8")
    french.write_text(text.replace("\u00a0:", " :", 1), encoding="utf-8")
    result = run("check", str(french), "--format", "json", cwd=tmp_path)
    codes = {row["code"] for row in json.loads(result.stdout)}
    assert "typography-colon" in codes
    fixed = run("check", "--fix", str(french), cwd=tmp_path)
    assert "Fixed 1 typography problem." in fixed.stderr
    assert french.read_text(encoding="utf-8") == text


def test_check_fix_keeps_a_heading_id_with_an_attribute(site, tmp_path):
    french = sample_file(site, "fr", "gestionnaire")
    french.write_text(french.read_text(encoding="utf-8") + "\n## Atouts :\n", encoding="utf-8")
    fixed = run("check", "--fix", str(french), cwd=tmp_path)
    assert "## Atouts\u00a0: {#atouts-}\n" in french.read_text(encoding="utf-8")
    assert "heading fixed; its id “atouts-” kept with {#atouts-}." in fixed.stderr
    again = run("check", "--fix", str(french), cwd=tmp_path)
    assert "Fixed 0 typography problems." in again.stderr and "heading" not in again.stderr


def test_list_marks_a_pair_outdated_when_its_source_changed_after_the_translation(site, tmp_path):
    def git(*args, date="2026-01-05T10:00:00+00:00"):
        # The English change committed an hour after both languages (the test slept 1.1 s for a later git date).
        subprocess.run(["git", "-c", "user.name=T", "-c", "user.email=t@example.org", *args],
                       cwd=site, check=True, capture_output=True, timeout=60,
                       env={**os.environ, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date})

    git("init", "-q")
    git("add", "-A")
    git("commit", "-qm", "both languages")
    english = sample_file(site, "en", "product-manager")
    assert run("set", str(english), "title=Product Manager, Grants", cwd=tmp_path).returncode == 0
    git("commit", "-qam", "English changed", date="2026-01-05T11:00:00+00:00")
    rows = {row["translationKey"]: row for row in json.loads(run("list", str(site), "--format", "json", cwd=tmp_path).stdout)}
    assert rows["product-manager"]["status"] == "needs-translation"
    assert rows["product-manager"]["reasons"] == [{"reason": "outdated", "language": "fr"}]
    assert rows["lead-developer"]["status"] == "ok"


def test_list_needs_translation_gives_the_queue_with_reasons_and_counts(site, tmp_path):
    from editor.model.translation.skeleton import skeleton_body

    french = sample_file(site, "fr", "analyste")
    english = sample_file(site, "en", "data-analyst")
    body = english.read_text(encoding="utf-8").split("---\n", 2)[2]
    marked = skeleton_body(body, "fr", {})
    count = marked.count("[À TRADUIRE]")
    assert count >= 3
    assert run("set", str(french), "--body-file", "-", input=marked, cwd=tmp_path).returncode == 0
    result = run("list", str(site), "--needs-translation", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = {line.split()[0]: line for line in result.stdout.splitlines()[1:]}
    assert set(lines) == {"data-analyst", "security-engineer"}
    assert lines["data-analyst"].rstrip().endswith(f"needs-translation  French: {count} blocks to translate")
    assert "2 of 6 postings need translation" in result.stderr
    rows = json.loads(run("list", str(site), "--needs-translation", "--format", "json", cwd=tmp_path).stdout)
    assert {row["translationKey"]: row["reasons"] for row in rows} == {
        "data-analyst": [{"reason": "markers", "language": "fr", "count": count}],
        "security-engineer": [{"reason": "missing", "language": "fr"}],
    }


def test_list_calls_a_posting_with_template_placeholders_a_draft(site, tmp_path):
    english = sample_file(site, "en", "data-analyst")
    text = english.read_text(encoding="utf-8")
    write(english, text + "\n- _Describe a main responsibility…_\n")
    row = list_json(site, tmp_path)["data-analyst"]
    assert row["status"] == "draft" and row["needsTranslation"] is True
    assert row["reasons"] == [{"reason": "placeholders", "language": "en", "count": 1}]


def test_a_path_that_is_not_there_is_said_in_the_locales_language(tmp_path):
    """`posting-editor PATH` in a French locale said "frobnicate: no such file or folder." in English."""
    result = run("frobnicate", cwd=tmp_path, prefix=["env", "LC_ALL=fr_CA.UTF-8"])
    assert result.returncode == 2
    assert result.stderr.startswith("posting-editor: frobnicate\u00a0: fichier ou dossier introuvable."), result.stderr


def test_lang_before_the_command_words_its_messages(tmp_path):
    """`posting-editor --lang fr get …`, the option where global options usually go, was refused with
    "argument COMMAND: invalid choice: 'fr'"."""
    result = run("--lang", "fr", "get", "absent.md", "title", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == "posting-editor: absent.md\u00a0: fichier introuvable.\n", result.stderr
    result = run("--lang", "fr", "get", "absent.md", "title", "--lang", "en", cwd=tmp_path)
    assert result.stderr == "posting-editor: absent.md: no such file.\n", result.stderr  # the command's own wins
