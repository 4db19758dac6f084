"""``posting-editor check`` through the command: findings of files and sites as text and JSON, the
broken YAML it explains, and ``--fix``. Every run goes through ``cli_support.run``, which fails on
any traceback or "internal error" in stderr (bad files for every command are in test_main.py).
"""

from __future__ import annotations

import json

from tests.cli_support import (  # noqa: F401 (fixtures are used by name)
    _index_cache_folder,
    private_index_cache,
    parse_findings,
    posting,
    run,
    sample_file,
    site,
    write,
)


# ----------------------------------------------------------------------------- check
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


# ------------------------------------------------------------- translation checks
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
