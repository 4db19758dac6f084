"""``posting-editor new`` and ``archive`` through the installed script: the pair they create or
change checks clean (and builds with Hugo when it is installed); a refusal creates or changes nothing.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.cli_support import (  # noqa: F401 (fixtures are used by name)
    _index_cache_folder,
    private_index_cache,
    HUGO,
    changed_lines,
    front_matter,
    parse_findings,
    posting,
    run,
    sample_file,
    site,
)


LEVER_ID = "5d3c1a2b-8e7f-4a6b-9c0d-1e2f3a4b5c6d"


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# ------------------------------------------------------------------------------- new
def test_new_creates_a_linked_pair_that_checks_clean(site, tmp_path):
    before = tree(site)
    result = run("new", "site", "--title-en", "Service Designer: Benefits", "--title-fr", "Designer de services : prestations",
                 "--lever-id", LEVER_ID, "--description-en", "Design a benefits service.",
                 "--description-fr", "Concevoir un service de prestations.", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    created = [tmp_path / line for line in result.stdout.splitlines()]
    en, fr = created
    assert en == site / "content/en/careers/positions" / f"service-designer-benefits--{LEVER_ID}.md"
    assert fr == site / "content/fr/careers/positions" / f"designer-de-services-prestations--{LEVER_ID}.md"
    assert set(tree(site)) - set(before) == {str(p.relative_to(site)) for p in created}
    en_data, fr_data = front_matter(en), front_matter(fr)
    assert en_data["translationKey"] == fr_data["translationKey"] == "service-designer-benefits"
    assert en_data["leverId"] == fr_data["leverId"] == LEVER_ID
    assert (en_data["layout"], en_data["archived"], en_data["title"]) == ("job-posting", False, "Service Designer: Benefits")
    assert fr_data["title"] == "Designer de services : prestations"
    assert "##" in en.read_text(encoding="utf-8").split("---", 2)[2]  # the template's sections
    check = run("check", *created, cwd=tmp_path)
    # Clean but for the template's placeholders, which the writer replaces (export refuses them).
    assert {(r["severity"], r["code"]) for r in parse_findings(check.stdout)
            if r["severity"] != "info"} == {("error", "template-placeholder")}
    rows = {row["translationKey"]: row for row in __import__("json").loads(
        run("list", "site", "--format", "json", cwd=tmp_path).stdout)}
    # Fresh from the templates: a draft until the writer replaces their placeholders.
    assert rows["service-designer-benefits"]["status"] == "draft"


def test_new_without_description_says_it_is_unfinished(site, tmp_path):
    # The templates leave the description and the body to the writer: both are unfinished work, errors
    # (exit 1) that the writer sees before publishing, as export would refuse them.
    result = run("new", "site", "--title-en", "Tester", "--title-fr", "Testeuse", "--lever-id", LEVER_ID, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    check = run("check", *result.stdout.splitlines(), cwd=tmp_path)
    rows = parse_findings(check.stdout)
    assert {(r["severity"], r["code"]) for r in rows} == {("error", "empty-description"), ("error", "template-placeholder")}
    assert check.returncode == 1


@pytest.mark.skipif(HUGO is None, reason="hugo is not installed")
def test_new_pair_builds_with_hugo(site, tmp_path):
    assert run("new", "site", "--title-en", "Archivist", "--title-fr", "Archiviste", "--lever-id", LEVER_ID,
               cwd=tmp_path).returncode == 0
    result = subprocess.run([HUGO, "--source", str(site), "--destination", str(tmp_path / "public"), "--quiet",
                             "--noBuildLock", "--cacheDir", str(tmp_path / "cache")], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    en_page = tmp_path / "public/en/careers/positions" / f"archivist--{LEVER_ID}" / "index.html"
    fr_page = tmp_path / "public/fr/careers/positions" / f"archiviste--{LEVER_ID}" / "index.html"
    assert "Archivist" in en_page.read_text(encoding="utf-8")
    assert "Archiviste" in fr_page.read_text(encoding="utf-8")
    assert f'/fr/careers/positions/archiviste--{LEVER_ID}/' in en_page.read_text(encoding="utf-8")  # linked


@pytest.mark.parametrize("extra", [["--key", "data-analyst"], ["--lever-id", "not-a-uuid"]])
def test_new_refused_creates_nothing(extra, site, tmp_path):
    before = tree(site)
    result = run("new", "site", "--title-en", "Other", "--title-fr", "Autre", *extra, cwd=tmp_path)
    assert result.returncode == 2
    assert extra[1] in result.stderr and result.stdout == ""
    assert tree(site) == before


@pytest.mark.parametrize("option", ["--title-en", "--title-fr", "--description-en", "--description-fr"])
def test_new_refuses_a_line_break_in_a_title_or_description(option, site, tmp_path):
    """As `set` does: a line break there renders badly in Hugo's <title> and meta tags."""
    before = tree(site)
    given = {"--title-en": "Other", "--title-fr": "Autre", option: "Two\nlines"}
    result = run("new", "site", *[part for pair in given.items() for part in pair], cwd=tmp_path)
    assert result.returncode == 2 and f"{option} must be on one line" in result.stderr and result.stdout == ""
    assert tree(site) == before
    empty = tmp_path / "drafts"  # not even made a drafts folder
    assert run("new", "drafts", option, "Two\nlines", cwd=tmp_path).returncode == 2 and not empty.exists()


def test_new_with_a_title_whose_file_exists_creates_nothing(site, tmp_path):
    before = tree(site)
    lever = sample_file(site, "en", "data-analyst").stem.split("--")[1]
    result = run("new", "site", "--title-en", "Data Analyst", "--title-fr", "Analyste", "--key", "fresh-key",
                 "--lever-id", lever, cwd=tmp_path)
    assert result.returncode == 2 and "exists" in result.stderr
    assert tree(site) == before


def test_new_turns_a_slash_into_a_hyphen(site, tmp_path):
    result = run("new", "site", "--title-en", "Researcher/Designer", "--title-fr", "Chercheuse/Designer",
                 "--lever-id", LEVER_ID, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.splitlines()[0]).name == f"researcher-designer--{LEVER_ID}.md"


def test_new_needs_a_title(site, tmp_path):
    before = tree(site)
    result = run("new", "site", "--title-en", " ", cwd=tmp_path)
    assert result.returncode == 2 and "A title is needed" in result.stderr
    assert tree(site) == before


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_new_with_one_title_creates_only_that_language(lang, site, tmp_path):
    title = {"en": "Archivist", "fr": "Archiviste"}[lang]
    result = run("new", "site", f"--title-{lang}", title, f"--description-{lang}", "Keep the records.", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    [created] = [Path(line) for line in result.stdout.splitlines()]
    assert (tmp_path / created).is_file() and f"/{lang}/" in created.as_posix()
    other = "French" if lang == "en" else "English"
    assert f"its {other} version is for the translator to create" in result.stderr
    rows = {row["translationKey"]: row for row in json.loads(run("list", "site", "--format", "json", cwd=tmp_path).stdout)}
    key = {"en": "archivist", "fr": "archiviste"}[lang]  # from the only title there is
    assert rows[key]["reasons"][0] == {"reason": "missing", "language": "fr" if lang == "en" else "en"}


def test_new_refuses_a_description_for_a_language_without_a_title(site, tmp_path):
    before = tree(site)
    result = run("new", "site", "--title-en", "Archivist", "--description-fr", "Garder les dossiers.", cwd=tmp_path)
    assert result.returncode == 2 and "A French description needs a French title" in result.stderr
    assert tree(site) == before


@pytest.mark.parametrize("state", ["missing", "empty"])
def test_new_makes_a_missing_or_empty_folder_a_drafts_folder(state, tmp_path):
    drafts = tmp_path / "drafts"
    if state == "empty":
        drafts.mkdir()
    result = run("new", "drafts", "--title-en", "Archivist", "--title-fr", "Archiviste", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"drafts was {state}: it is now a drafts folder, with en/" in result.stderr
    assert sorted(result.stdout.split()) == ["drafts/en/archivist.md", "drafts/fr/archiviste.md"]
    rows = json.loads(run("list", "drafts", "--format", "json", cwd=tmp_path).stdout)
    assert [(row["translationKey"], row["status"]) for row in rows] == [("archivist", "draft")]


def test_new_leaves_no_drafts_folder_behind_when_refused(tmp_path):
    result = run("new", "drafts", "--title-en", "Archivist", "--lever-id", "not-a-uuid", cwd=tmp_path)
    assert result.returncode == 2 and "is not a leverId" in result.stderr
    assert not (tmp_path / "drafts").exists()


def test_new_still_refuses_a_folder_that_holds_other_things(tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.txt").write_text("x", encoding="utf-8")
    result = run("new", "notes", "--title-en", "Archivist", cwd=tmp_path)
    assert result.returncode == 2 and "drafts folder" in result.stderr
    assert sorted(p.name for p in (tmp_path / "notes").iterdir()) == ["todo.txt"]


# --------------------------------------------------------------------------- archive
def test_archive_and_undo_on_both_files(site, tmp_path):
    en, fr = sample_file(site, "en", "data-analyst"), sample_file(site, "fr", "analyste")
    originals = {en: en.read_bytes(), fr: fr.read_bytes()}
    result = run("archive", "site", "data-analyst", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    for path, before in originals.items():
        assert [before.splitlines()[i] for i in changed_lines(before, path.read_bytes())] == [b"archived: false"]
        assert front_matter(path)["archived"] is True
        assert path.name in result.stdout
    result = run("archive", "site", "data-analyst", "--undo", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    for path, before in originals.items():
        assert path.read_bytes() == before


def test_archive_twice_says_already(site, tmp_path):
    assert run("archive", "site", "content-designer", cwd=tmp_path).stdout.count("(already)") == 2


def test_archive_settles_a_pair_whose_files_disagree(site, tmp_path):
    assert run("archive", "site", "accessibility-specialist", cwd=tmp_path).returncode == 0
    rows = run("list", "site", "--format", "json", cwd=tmp_path).stdout
    assert '"status": "conflict"' not in rows


def test_archive_unknown_key(site, tmp_path):
    before = tree(site)
    result = run("archive", "site", "no-such-key", cwd=tmp_path)
    assert result.returncode == 2 and "no-such-key" in result.stderr
    assert tree(site) == before


def test_archive_refuses_a_pair_with_an_unreadable_file(site, tmp_path):
    fr = sample_file(site, "fr", "analyste")
    fr.write_bytes(fr.read_bytes().replace(b"title: 'Analyste de donn\xc3\xa9es'", "title: Analyste : données".encode()))
    before = tree(site)
    result = run("archive", "site", "data-analyst", cwd=tmp_path)
    assert result.returncode == 1
    assert fr.name in result.stderr and "Nothing was changed" in result.stderr
    assert tree(site) == before
