"""``posting-editor check`` reports French grammar (Grammalecte); ``--no-grammar`` turns it off."""

from __future__ import annotations

from tests.cli_support import parse_findings, run, sample_file, site  # noqa: F401 (fixture)


def test_check_reports_french_grammar_where_it_is_and_no_grammar_turns_it_off(site, tmp_path):
    path = sample_file(site, "fr", "analyste")
    path.write_bytes(path.read_bytes() + "\nLes développeur de l’équipe travaillent ensemble.\n".encode())
    result = run("check", "--format", "json", str(path), cwd=tmp_path)
    import json

    rows = [r for r in json.loads(result.stdout) if r["code"].startswith("grammar-")]
    assert [r["code"] for r in rows] == ["grammar-agreement"] and rows[0]["severity"] == "warning"
    assert "« développeur » → « développeurs »" in rows[0]["message"]
    assert rows[0]["fix"]["replacement"] == "développeurs"
    line = path.read_text(encoding="utf-8").splitlines()[rows[0]["line"] - 1]
    assert line[rows[0]["column"] - 1:].startswith("développeur")
    assert result.returncode == 1
    without = parse_findings(run("check", "--no-grammar", str(path), cwd=tmp_path).stdout)
    assert not any(r["code"].startswith("grammar-") for r in without)


def test_the_english_file_is_not_checked_for_french_grammar(site, tmp_path):
    path = sample_file(site, "en", "data-analyst")
    path.write_bytes(path.read_bytes() + "\nLes développeur travaillent.\n".encode())
    rows = parse_findings(run("check", str(path), cwd=tmp_path).stdout)
    assert not any(r["code"].startswith("grammar-") for r in rows)


def test_fix_leaves_a_heading_whose_id_would_change_and_says_so(site, tmp_path):
    # A site that turns heading attributes off: {#id} cannot keep the id (test_main: the default keeps it).
    config = site / "config" / "_default" / "config.yaml"
    config.write_text(config.read_text(encoding="utf-8")
                      + "\nmarkup:\n  goldmark:\n    parser:\n      attribute:\n        title: false\n", encoding="utf-8")
    path = sample_file(site, "fr", "analyste")
    path.write_bytes(path.read_bytes() + "\n## Atouts :\n\nSalaire : élevé.\n".encode())
    result = run("check", "--fix", "--no-grammar", "--no-spelling", str(path), cwd=tmp_path)
    text = path.read_text(encoding="utf-8")
    assert "## Atouts :\n" in text and "Salaire\u00a0: élevé." in text
    assert "note:" in result.stderr and "heading not fixed: its id “atouts-” would change" in result.stderr
    second = run("check", "--fix", "--no-grammar", "--no-spelling", str(path), cwd=tmp_path)
    assert "Fixed 0 typography problems." in second.stderr
