"""A posting inside a site whose Hugo configuration cannot be read: the commands that need its site
say why and change nothing, rather than taking it for a posting of no site (check said "No problems
found", set changed one file of a pair)."""

from __future__ import annotations

import pytest

from tests.cli_support import (  # noqa: F401 (fixtures are used by name)
    _index_cache_folder,
    private_index_cache,
    run,
    sample_file,
    site,
)


@pytest.fixture
def broken(site):
    config = site / "config" / "_default" / "config.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "params:\n  owner: [unclosed\n", encoding="utf-8")
    return site


@pytest.mark.parametrize("command", [["check", "--no-grammar"], ["check", "--fix", "--no-grammar"], ["render"],
                                     ["set", "archived=true"], ["set", "title=Analyst"]])
def test_a_command_on_a_posting_of_a_site_that_cannot_be_read_says_why(broken, tmp_path, command):
    english = sample_file(broken, "en", "data-analyst")
    french = sample_file(broken, "fr", "analyste")
    before = english.read_bytes(), french.read_bytes()
    for lang, words in (("en", f"is in the site {broken}, which cannot be opened. The Hugo configuration"),
                        ("fr", f"fait partie du site {broken}, qui ne peut pas être ouvert. La configuration Hugo")):
        result = run(command[0], str(english), *command[1:], "--lang", lang, cwd=tmp_path)
        assert result.returncode == 2 and result.stdout == ""
        assert words in result.stderr and "config.yaml" in result.stderr
    assert (english.read_bytes(), french.read_bytes()) == before


def test_only_this_file_needs_no_site(broken, tmp_path):
    english = sample_file(broken, "en", "data-analyst")
    assert run("set", str(english), "title=Analyst", "--only-this-file", cwd=tmp_path).returncode == 0
    assert "title: 'Analyst'" in english.read_text(encoding="utf-8")


def test_a_site_whose_languages_share_a_content_folder_is_refused_and_nothing_written(site, tmp_path):
    """French's contentDir left as English's: `list` called every pair "French: … blocks to translate"
    and `new` wrote the French posting into the English folder."""
    config = site / "config" / "_default" / "config.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("contentDir: content/fr", "contentDir: content/en"),
                      encoding="utf-8")
    before = sorted(path.name for path in (site / "content" / "en").rglob("*.md"))
    for command in (["list", "site"], ["new", "site", "--title-en", "Clerk", "--title-fr", "Commis"]):
        result = run(*command, "--lang", "fr", cwd=tmp_path)
        assert result.returncode == 2 and result.stdout == ""
        assert ("site\u00a0: les dossiers de contenu anglais et français se chevauchent (content/en et content/en)"
                in result.stderr), result.stderr
    assert sorted(path.name for path in (site / "content" / "en").rglob("*.md")) == before
