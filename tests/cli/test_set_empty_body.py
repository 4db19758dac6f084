"""``set --body-file`` given nothing at all: the command before the pipe failed, or the wrong file
was named. The posting's body is kept, not erased."""

from __future__ import annotations

from tests.cli_support import run, sample_file, site  # noqa: F401  (site is a fixture)


def test_an_empty_standard_input_leaves_the_body_as_it_was(site, tmp_path):
    posting = sample_file(site, "en", "data-analyst")
    before = posting.read_bytes()
    result = run("set", str(posting), "--body-file", "-", "--lang", "en", input=b"", cwd=tmp_path)  # false | posting-editor set …
    assert result.returncode == 2
    assert posting.read_bytes() == before
    assert "empty" in result.stderr


def test_an_empty_file_is_refused_in_french_too(site, tmp_path):
    posting = sample_file(site, "fr", "analyste")
    before = posting.read_bytes()
    empty = tmp_path / "body.md"
    empty.write_bytes(b"")
    result = run("set", str(posting), "--body-file", str(empty), "--lang", "fr", cwd=tmp_path)
    assert result.returncode == 2 and posting.read_bytes() == before
    assert "vide" in result.stderr


def test_a_body_of_one_empty_line_still_empties_it_on_purpose(site, tmp_path):
    posting = sample_file(site, "en", "data-analyst")
    result = run("set", str(posting), "--body-file", "-", input=b"\n", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert posting.read_text(encoding="utf-8").endswith("---\n\n")
