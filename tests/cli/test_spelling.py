"""``posting-editor check`` reports spelling in each file's language; ``--no-spelling`` turns it off."""

from __future__ import annotations

from tests.cli_support import parse_findings, run, sample_file, site  # noqa: F401 (fixture)


def _misspell(path, old: bytes, new: bytes) -> None:
    data = path.read_bytes()
    assert old in data
    path.write_bytes(data.replace(old, new, 1))


def test_check_reports_misspelt_words_with_suggestions(site, tmp_path):
    path = sample_file(site, "en", "data-analyst")
    data = path.read_bytes()
    path.write_bytes(data + b"\nYou will recieve a reply.\n")
    result = run("check", str(path), cwd=tmp_path)
    rows = [r for r in parse_findings(result.stdout) if r["code"] == "spelling"]
    assert len(rows) == 1 and rows[0]["severity"] == "warning"
    assert "“recieve”" in rows[0]["message"] and "perhaps: receive" in rows[0]["message"]
    line = path.read_text(encoding="utf-8").splitlines()[rows[0]["line"] - 1]
    assert line[rows[0]["column"] - 1:].startswith("recieve")
    assert result.returncode == 1


def test_a_french_word_in_the_english_file_is_reported_and_the_site_dictionary_is_used(site, tmp_path):
    path = sample_file(site, "en", "data-analyst")
    path.write_bytes(path.read_bytes() + b"\nPostulez avant vendredi with Zorblax.\n")
    rows = parse_findings(run("check", str(site), cwd=tmp_path).stdout)
    flagged = {r["message"].split("”")[0].lstrip("“") for r in rows if r["code"] == "spelling"}
    assert flagged == {"Postulez", "avant", "vendredi", "Zorblax"}
    words = site / ".posting-editor" / "dictionary.txt"
    words.write_text(words.read_text(encoding="utf-8") + "Zorblax\nen:vendredi\nen:avant\n", encoding="utf-8")
    rows = parse_findings(run("check", str(site), cwd=tmp_path).stdout)
    assert {r["message"] for r in rows if r["code"] == "spelling"} == {
        "“Postulez” is not in the English (Canada) dictionary."}


def test_no_spelling_turns_the_findings_off(site, tmp_path):
    path = sample_file(site, "fr", "analyste")
    _misspell(path, b"## ", b"## Coordonateur ")
    with_spelling = parse_findings(run("check", str(site), cwd=tmp_path).stdout)
    assert any(r["code"] == "spelling" and "Coordonnateur" in r["message"] for r in with_spelling)
    without = parse_findings(run("check", "--no-spelling", str(site), cwd=tmp_path).stdout)
    assert not any(r["code"] == "spelling" for r in without)
    assert {(r["file"], r["code"]) for r in without} == {(r["file"], r["code"]) for r in with_spelling
                                                         if r["code"] != "spelling"}


def test_an_unreadable_site_dictionary_is_a_warning_not_a_crash(site, tmp_path):
    words = site / ".posting-editor" / "dictionary.txt"
    words.unlink()
    words.mkdir()
    result = run("check", str(site), cwd=tmp_path)
    rows = parse_findings(result.stdout)
    assert any(r["code"] == "dictionary-unreadable" for r in rows)
