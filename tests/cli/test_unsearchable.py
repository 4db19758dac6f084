"""Commands on a site where a folder may not be searched (mode 000, another user's): a message
naming it and a refusal, never an "internal error"; the postings elsewhere are still read."""

from __future__ import annotations

import pytest

from editor.cli import main
from tests.model.frontmatter.reading_support import copy_site, folder, make_unsearchable, sample_file


@pytest.fixture
def site(tmp_path):
    return copy_site(tmp_path / "site")


def run(capsys, *args) -> tuple[int, str, str]:
    status = main(["--lang", "en", *(str(arg) for arg in args)])
    out, err = capsys.readouterr()
    assert "internal error" not in err and "Traceback" not in err, err
    return status, out, err


def test_a_site_folder_that_may_not_be_searched_is_refused_by_name(site, monkeypatch, capsys):
    posting = sample_file(site, "en", "data-analyst")
    make_unsearchable(monkeypatch, site)
    for command in (["list", site], ["check", site], ["new", site, "--title-en", "Clerk"], ["archive", site, "data-analyst"]):
        status, _, err = run(capsys, *command)
        assert status == 2 and f"{site} cannot be read: Permission denied." in err, (command, err)
    status, _, err = run(capsys, "check", posting)
    assert status == 2 and "cannot read the file (Permission denied)" in err
    status, _, err = run(capsys, "get", posting, "title")
    assert status == 2 and "cannot read the file (Permission denied)" in err


def test_a_configuration_folder_that_may_not_be_searched_is_named(site, monkeypatch, capsys):
    make_unsearchable(monkeypatch, site / "config" / "_default")
    status, _, err = run(capsys, "list", site)
    assert status == 2 and f"{site / 'config' / '_default'} cannot be read: Permission denied." in err
    status, _, err = run(capsys, "--lang", "fr", "check", site)
    assert status == 2 and "ne peut pas être lu\u00a0: permission refusée." in err


def test_a_content_folder_that_may_not_be_searched_is_a_finding_for_each_language(site, monkeypatch, capsys):
    make_unsearchable(monkeypatch, site / "content")
    status, out, _ = run(capsys, "check", site, "--no-grammar", "--no-spelling")
    assert status == 1 and out.count("error unreadable:") == 2, out
    assert "content/en:1:1: error unreadable:" in out and "content/fr:1:1: error unreadable:" in out
    status, out, _ = run(capsys, "list", site)
    assert status == 0 and "(unreadable: en/)" in out and "(unreadable: fr/)" in out


def test_a_posting_in_a_folder_that_may_not_be_searched_is_refused(site, monkeypatch, capsys):
    posting = sample_file(site, "en", "data-analyst")
    make_unsearchable(monkeypatch, folder(site, "en"))
    for command in (["get", posting, "title"], ["set", posting, "title=X"], ["render", posting]):
        status, _, err = run(capsys, *command)
        assert status == 2 and "cannot read the file (Permission denied)" in err, (command, err)
