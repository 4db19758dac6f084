"""A site whose postings mix YAML, TOML and JSON front matter: every command works on each format as
on YAML, finds the same problems, and writes each file back in its own format (run in-process)."""

from __future__ import annotations

import json
import os
import shutil
import tomllib
from pathlib import Path

import pytest

from editor.cli import main
from editor.model.frontmatter.posting import Posting
from tests.export_support import LEVER_OLD, hugo_build, make_drafts, make_site, needs_hugo, site_file
from tests.model.frontmatter.formats_support import convert
from tests.model.frontmatter.reading_support import copy_site, folder, sample_file

# Pair -> (English format, French format) in the mixed copy of the sample site.
MIXED = {"data-analyst": ("toml", "json"), "lead-developer": ("toml", "toml"), "product-manager": ("json", "json"),
         "security-engineer": ("toml", None)}
PREFIX = {"data-analyst": ("data-analyst", "analyste"), "lead-developer": ("lead-developer", "développe"),
          "product-manager": ("product-manager", "gestionnaire"), "security-engineer": ("security-engineer", None)}


def run(capsys, *args) -> tuple[int, str, str]:
    status = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    assert "internal error" not in err and "Traceback" not in err, err
    return status, out, err


def mixed_site(root):
    site = copy_site(root)
    for key, kinds in MIXED.items():
        for lang, kind, prefix in zip(("en", "fr"), kinds, PREFIX[key]):
            if kind is not None:
                convert(sample_file(site, lang, prefix), kind)
    return site


@pytest.fixture
def sites(tmp_path):
    return copy_site(tmp_path / "yaml"), mixed_site(tmp_path / "mixed")


def _without_places(out: str, site) -> list[tuple[str, str, str]]:
    """(file, severity, code) of each finding: lines move when front matter changes format, nothing else may."""
    rows = []
    for line in out.splitlines():
        if line.count(":") >= 3 and " error " in line or " warning " in line or " info " in line:
            file, _, _, rest = line.split(":", 3)
            severity, code = rest.split()[:2]
            # Paths are printed relative to the current folder: made absolute before the site is taken off.
            rows.append((os.path.abspath(file).replace(str(Path(site).resolve()), ""), severity, code.rstrip(":")))
    return sorted(rows)


def test_list_and_check_see_the_same_site_in_any_format(sites, capsys):
    yaml_site, mixed = sites
    assert sample_file(mixed, "en", "data-analyst").read_bytes().startswith(b"+++\n")
    assert sample_file(mixed, "fr", "analyste").read_bytes().startswith(b"{\n")
    listed = [json.loads(run(capsys, "list", site, "--format", "json")[1]) for site in sites]
    for rows in listed:
        for row in rows:
            row.pop("en", None), row.pop("fr", None)
    assert listed[0] == listed[1]
    (status_yaml, out_yaml, _), (status_mixed, out_mixed, _) = (run(capsys, "check", site) for site in sites)
    assert status_yaml == status_mixed
    assert _without_places(out_yaml, yaml_site) == _without_places(out_mixed, mixed)
    assert "toml-syntax" not in out_mixed and "json-syntax" not in out_mixed


def test_a_broken_toml_or_json_posting_is_a_placed_finding(sites, capsys):
    _, mixed = sites
    toml_file = sample_file(mixed, "en", "lead-developer")
    toml_file.write_text(toml_file.read_text(encoding="utf-8").replace('archived = false', 'archived = fals'),
                         encoding="utf-8")
    json_file = sample_file(mixed, "fr", "gestionnaire")
    json_file.write_text(json_file.read_text(encoding="utf-8").replace('"archived": false,', '"archived": false'),
                         encoding="utf-8")
    status, out, _ = run(capsys, "check", mixed)
    assert status == 1
    assert f"{toml_file.name}:6:12: error toml-syntax: The front matter is not valid TOML: this value cannot be read " \
        "(text needs quotes; true and false are written in lower case)." in out
    assert f"{json_file.name}:7:3: error json-syntax: The front matter is not valid JSON: a ',' or '}}' was expected." in out
    listed = {row["translationKey"]: row["status"] for row in json.loads(run(capsys, "list", mixed, "--format", "json")[1])}
    assert listed["lead-developer"] == "invalid" and listed["product-manager"] == "invalid"
    assert listed["data-analyst"] == "ok"


def test_get_set_and_archive_keep_each_file_in_its_format(sites, capsys):
    _, mixed = sites
    english, french = sample_file(mixed, "en", "data-analyst"), sample_file(mixed, "fr", "analyste")
    assert run(capsys, "get", english, "title")[1] == "Data Analyst\n"
    assert run(capsys, "get", french, "translationKey")[1] == "data-analyst\n"
    before = english.read_bytes(), french.read_bytes()
    assert run(capsys, "set", english, 'title=Senior "Data" Analyst', "--only-this-file")[0] == 0
    assert run(capsys, "archive", mixed, "data-analyst")[0] == 0
    after = english.read_bytes(), french.read_bytes()
    english_data = tomllib.loads(after[0].decode().split("+++")[1])
    assert english_data["title"] == 'Senior "Data" Analyst' and english_data["archived"] is True
    assert json.loads(after[1].decode()[: after[1].decode().index("\n}\n") + 2])["archived"] is True
    changed = [sum(a != b for a, b in zip(old.splitlines(), new.splitlines())) for old, new in zip(before, after)]
    assert changed == [2, 1]  # the title and archived lines; archived alone in French
    assert Posting(after[0]).body == Posting(before[0]).body


def test_translate_and_review_work_from_a_toml_posting(sites, capsys, tmp_path):
    _, mixed = sites
    status, _, err = run(capsys, "translate", mixed, "security-engineer", "--to", "fr")
    assert status == 0, err
    [made] = [path for path in folder(mixed, "fr").glob("*56fb226e*")]
    made_bytes = made.read_bytes()
    assert made_bytes.startswith(b"+++\n")  # the skeleton follows the source's format
    skeleton = Posting(made_bytes)
    assert skeleton.valid and skeleton.get("translationKey") == "security-engineer" and skeleton.get("title") == ""
    status, _, err = run(capsys, "review", mixed, "data-analyst", "--html", tmp_path / "copy.html")
    assert status == 0, err
    copy = (tmp_path / "copy.html").read_text(encoding="utf-8")
    assert "Data Analyst" in copy and "Analyste de données" in copy


def test_new_writes_yaml_unless_the_sites_templates_or_archetype_are_toml(tmp_path, capsys):
    site = copy_site(tmp_path / "site")
    shutil.rmtree(site / ".posting-editor" / "templates")
    assert run(capsys, "new", site, "--title-en", "Clerk")[0] == 0
    assert next(folder(site, "en").glob("clerk*")).read_bytes().startswith(b"---\n")
    (site / "archetypes").mkdir()
    (site / "archetypes" / "default.md").write_text('+++\ntitle = "{{ .Name }}"\ndate = {{ .Date }}\n+++\n',
                                                    encoding="utf-8")
    assert run(capsys, "new", site, "--title-en", "Night Clerk", "--title-fr", "Commis de nuit")[0] == 0
    for lang, prefix in (("en", "night-clerk"), ("fr", "commis-de-nuit")):
        made = next(folder(site, lang).glob(f"{prefix}*")).read_bytes()
        assert made.startswith(b"+++\n")
        data = tomllib.loads(made.decode().split("+++")[1])
        assert data["translationKey"] == "night-clerk" and data["archived"] is False and data["layout"] == "job-posting"
    # A site's own templates are used as written: here a TOML one, whatever the archetype says.
    (site / "archetypes" / "default.md").write_text("---\ntitle: x\n---\n", encoding="utf-8")
    templates = site / ".posting-editor" / "templates"
    templates.mkdir(parents=True)
    for lang in ("en", "fr"):
        templates.joinpath(f"posting.{lang}.md").write_text(
            '+++\nlayout = "job-posting"  # the section layout\ntitle = "$title"\ndescription = "$description"\n'
            'archived = false\ntranslationKey = "$translation_key"\n+++\n\n## About the role\n', encoding="utf-8")
    assert run(capsys, "new", site, "--title-en", "Day Clerk", "--title-fr", "Commis de jour")[0] == 0
    made = next(folder(site, "en").glob("day-clerk*")).read_text(encoding="utf-8")
    assert made.startswith('+++\nlayout = "job-posting"  # the section layout\ntitle = "Day Clerk"\n')


@needs_hugo
def test_export_into_a_site_of_toml_and_json_postings_keeps_their_formats_and_hugo_builds_it(tmp_path, capsys):
    site = make_site(tmp_path / "site")
    english = convert(site_file("en", site, f"data-analyst--{LEVER_OLD}.md"), "toml")
    french = convert(site_file("fr", site, f"analyste-de-données--{LEVER_OLD}.md"), "json")
    from tests.export_support import git

    git(site, "commit", "--quiet", "-am", "TOML and JSON front matter")
    drafts = make_drafts(tmp_path / "drafts")
    convert(drafts / "en" / "ux-researcher.md", "json")
    convert(drafts / "fr" / "chercheuse-ux.md", "toml")
    status, out, err = run(capsys, "export", drafts, "--to", site)
    assert status == 0, err + out
    assert english.read_bytes().startswith(b"+++\n") and french.read_bytes().startswith(b"{\n")
    assert "answer questions with data" in Posting.load(english).body
    assert tomllib.loads(english.read_text(encoding="utf-8").split("+++")[1])["date"].isoformat() == "2024-01-15"
    public = hugo_build(site, tmp_path / "public")
    pages = [path.read_text(encoding="utf-8") for path in public.rglob("index.html")]
    assert any("<h1>UX Researcher</h1>" in page for page in pages)
    assert any("<h1>Chercheuse ou chercheur UX</h1>" in page for page in pages)
    assert any("<h1>Data Analyst</h1>" in page and "answer questions with data" in page for page in pages)
