"""The publish gate: unfinished work never reaches the site, whatever the options.

Each unfinished pair is refused (exit 1, nothing written, no commit) with and without
--accept-warnings, --dry-run reports the same errors, and the same pair exports once finished.
Most cases run in-process (``editor.cli.main``); a few go through the installed command.
"""

from __future__ import annotations

import pytest

from editor.cli import main
from tests.cli_support import run
from tests.export_support import LEVER_NEW, git, make_drafts, make_site, posting, site_file, tree

ENGLISH_BODY = """\
## About the role

You will help a small team answer questions from the public with data, and you will explain what the
numbers mean to the people who have to make decisions with them.

## What you will do

- Work with the team to find the data that answers each question.
- Write short reports that the whole organization can read and understand.
"""

FRENCH_BODY = """\
## Le poste

Vous aiderez une petite équipe à répondre aux questions du public avec des données, et vous expliquerez
ce que les chiffres veulent dire aux personnes qui doivent prendre des décisions avec eux.

## Ce que vous ferez

- Travailler avec l’équipe pour trouver les données qui répondent à chaque question.
- Écrire de courts rapports que toute l’organisation peut lire et comprendre.
"""

EN_FILE, FR_FILE = ("en", "ux-researcher.md"), ("fr", "chercheuse-ux.md")


def english(**changes) -> str:
    values = dict(description="A short description of the role.", body=ENGLISH_BODY) | changes
    return posting("UX Researcher", "ux-researcher", LEVER_NEW, **values)


def french(title: str = "Chercheuse ou chercheur UX", **changes) -> str:
    values = dict(description="Une courte description du poste.", body=FRENCH_BODY) | changes
    return posting(title, "ux-researcher", LEVER_NEW, **values)


UNFINISHED = {
    "marker in the body": (None, french(body=FRENCH_BODY.replace("Vous aiderez", "[À TRADUIRE] You will help")),
                           "translation-marker", FR_FILE),
    "marker in the front matter": (None, french(description="[À TRADUIRE] A short description of the role."),
                                   "translation-marker", FR_FILE),
    "template placeholder": (english(body=ENGLISH_BODY + "- _Describe another responsibility…_\n"), None,
                             "template-placeholder", EN_FILE),
    "template guidance without its underscores": (
        english(body=ENGLISH_BODY + "- Describe another responsibility…\n"), None, "template-placeholder", EN_FILE),
    "untranslated French body": (None, french(body=ENGLISH_BODY), "untranslated-file", FR_FILE),
    "English file in French": (english(body=FRENCH_BODY), None, "untranslated-file", EN_FILE),
    "null description": (english(description="null"), None, "empty-description", EN_FILE),
    "null title": (None, french(title="null"), "empty-title", FR_FILE),
    "missing language": (None, "", "missing-counterpart", EN_FILE),
}


@pytest.fixture
def site(tmp_path):
    return make_site(tmp_path / "site")


@pytest.fixture
def drafts(tmp_path):
    root = make_drafts(tmp_path / "drafts")
    write(root, EN_FILE, english())
    write(root, FR_FILE, french())
    return root


def write(drafts, where, text: str | None) -> None:
    path = drafts / where[0] / where[1]
    if text == "":
        path.unlink()
    elif text is not None:
        path.write_text(text, encoding="utf-8")


def export(capsys, drafts, site, *options) -> tuple[int, str]:
    capsys.readouterr()
    status = main(["export", str(drafts), "--to", str(site), "--key", "ux-researcher", *options])
    return status, capsys.readouterr().err


@pytest.mark.parametrize("case", list(UNFINISHED))
def test_unfinished_pairs_are_refused_whatever_the_options_then_export_once_finished(case, site, drafts, capsys):
    en, fr, code, (lang, name) = UNFINISHED[case]
    write(drafts, EN_FILE, en)
    write(drafts, FR_FILE, fr)
    before, head = tree(site), git(site, "rev-parse", "HEAD")
    for options in ((), ("--accept-warnings",), ("--accept-warnings", "--commit", "--branch", "export/ux"),
                    ("--dry-run", "--accept-warnings")):
        status, err = export(capsys, drafts, site, *options)
        assert status == 1, (options, err)
        assert f"error {code}" in err, err
        assert "To finish before exporting:" in err and f"{lang}/{name}: " in err.split("To finish before exporting:")[1]
        assert "nothing was exported" in err
        assert tree(site) == before and git(site, "rev-parse", "HEAD") == head
        assert git(site, "branch", "--list", "export/ux") == ""
    write(drafts, EN_FILE, english())
    write(drafts, FR_FILE, french())
    status, err = export(capsys, drafts, site, "--commit")
    assert status == 0, err
    assert site_file("en", site, f"ux-researcher--{LEVER_NEW}.md").is_file()
    assert git(site, "rev-parse", "HEAD") != head


def test_the_installed_command_refuses_a_marked_translation_and_says_what_to_finish(site, drafts):
    write(drafts, FR_FILE, french(body="[À TRADUIRE] " + ENGLISH_BODY.replace("\n- ", "\n- [À TRADUIRE] ")))
    before = tree(site)
    result = run("export", drafts, "--to", site, "--key", "ux-researcher", "--accept-warnings", "--commit")
    assert result.returncode == 1
    assert "error translation-marker" in result.stderr
    assert "chercheuse-ux.md: translate 3 texts still marked [TO TRANSLATE]/[À TRADUIRE]" in result.stderr
    assert "--accept-warnings does not override errors" in result.stderr
    assert tree(site) == before and git(site, "log", "--oneline").count("\n") == 1


def test_the_installed_command_exports_the_finished_pair(site, drafts):
    result = run("export", drafts, "--to", site, "--key", "ux-researcher", "--commit")
    assert result.returncode == 0, result.stderr
    assert git(site, "log", "-1", "--format=%s").strip() == "Export the job posting ux-researcher"


def test_the_sites_own_template_guidance_is_caught_too(site, drafts, capsys):
    templates = site / ".posting-editor" / "templates"
    templates.mkdir(parents=True)
    (templates / "posting.en.md").write_text(posting("$title", "$translation_key", None, body=(
        "## About us\n\n_Say what the branch does for the people it serves_\n")), encoding="utf-8")
    write(drafts, EN_FILE, english(body=ENGLISH_BODY + "\nSay what the branch does for the people it serves\n"))
    status, err = export(capsys, drafts, site, "--accept-warnings")
    assert status == 1 and "error template-placeholder" in err, err
