"""Commands that write a file named by ``-o`` (or ``--html``/``--pdf``) never replace a file that is
not of the kind they write: a mistyped or tab-completed name must not turn a posting, the glossary
or the site's configuration into XML."""

from __future__ import annotations

import pytest

from tests.cli_support import run, sample_file, site  # noqa: F401  (site is a fixture)


def _commands(site, target):
    return {
        "xliff export": ["xliff", "export", str(site), "data-analyst", "--to", "fr", "-o", str(target)],
        "glossary export": ["glossary", "export", str(site), "-o", str(target)],
        "tm export": ["tm", "export", str(site), "--no-history", "-o", str(target)],
        "review --html": ["review", str(site), "data-analyst", "--html", str(target)],
    }


@pytest.mark.parametrize("command", ["xliff export", "glossary export", "tm export", "review --html"])
def test_an_output_naming_a_posting_is_refused_and_the_posting_kept(site, tmp_path, command):
    posting = sample_file(site, "fr", "analyste")
    before = posting.read_bytes()
    result = run(*_commands(site, posting)[command], "--lang", "en", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert posting.read_bytes() == before
    assert posting.name in result.stderr and "not" in result.stderr


@pytest.mark.parametrize("command, name", [("xliff export", "out.xlf"), ("glossary export", "terms.tbx"),
                                           ("tm export", "memory.tmx"), ("review --html", "review.html")])
def test_an_earlier_output_of_the_same_kind_is_replaced(site, tmp_path, command, name):
    earlier = tmp_path / name
    earlier.write_text("an earlier export\n", encoding="utf-8")
    result = run(*_commands(site, earlier)[command], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert earlier.read_text(encoding="utf-8") != "an earlier export\n"


def test_the_refusal_is_said_in_french(site, tmp_path):
    posting = sample_file(site, "fr", "analyste")
    result = run(*_commands(site, posting)["xliff export"], "--lang", "fr", cwd=tmp_path)
    assert result.returncode == 2 and posting.name in result.stderr
    assert "remplacerait" in result.stderr
