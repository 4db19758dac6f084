"""The four kinds of unfinished French that warnings let through before: a section left out, English
text left in, the title left in English, an HTML comment where a section should be. Export stops
each, even with --accept-warnings, and says what is left to finish; a finished pair goes through."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.cli import main
from tests.export_support import posting

EN = ("## The team\n\nOur small team answers questions from the public with open data every week.\n\n"
      "## What you will do\n\n- Find the data that answers each question from the public.\n"
      "- Write short notes that people outside the team can read.\n\n"
      "## Who you are\n\nYou are curious, you write clearly and you like to explain numbers to people.\n")
FR_START = ("## L’équipe\n\nNotre petite équipe répond chaque semaine aux questions du public avec des données "
            "ouvertes.\n\n## Ce que vous ferez\n\n")
FR_TASKS = ("- Trouver les données qui répondent à chaque question du public.\n"
            "- Rédiger de courtes notes que les personnes hors de l’équipe peuvent lire.\n\n")
FR_WHO = "## Qui vous êtes\n\nVous êtes curieux, vous écrivez clairement et vous aimez expliquer les chiffres aux gens.\n"
FR = FR_START + FR_TASKS + FR_WHO
EN_TASKS = EN.split("## What you will do\n\n")[1].split("## Who")[0]

UNFINISHED = {
    "section-left-out": ("Analyste de données", FR_START + FR_TASKS, "section-not-translated",
                         "translate 1 section this language lacks"),
    "english-list": ("Analyste de données", FR_START + EN_TASKS + FR_WHO, "untranslated-text",
                     "translate 2 texts left in the other language"),
    "english-paragraph": ("Analyste de données", FR.replace(FR_WHO.split("\n\n")[1], EN.split("\n\n")[-1]),
                          "untranslated-text", "translate 1 text left in the other language"),
    "english-title": ("Data Analyst", FR, "title-not-translated", "translate the title"),
    "comment-for-a-section": ("Analyste de données", FR_START + FR_TASKS + "## Qui vous êtes\n\n<!-- section à venir -->\n",
                              "section-not-translated", "translate 1 section this language lacks"),
}


def drafts(root: Path, fr_title: str, fr_body: str) -> Path:
    for lang, title, description, body in (
            ("en", "Data Analyst", "Answer the public's questions with data.", EN),
            ("fr", fr_title, "Répondre aux questions du public avec des données.", fr_body)):
        (root / lang).mkdir(parents=True, exist_ok=True)
        (root / lang / "analyst.md").write_text(posting(title, "analyst", None, description=description, body=body),
                                                encoding="utf-8")
    return root


def site(root: Path) -> Path:
    for lang in ("en", "fr"):
        (root / "content" / lang).mkdir(parents=True)
    return root


@pytest.mark.parametrize("case", sorted(UNFINISHED))
def test_export_refuses_unfinished_french_even_with_warnings_accepted(tmp_path, capsys, case):
    title, body, code, task = UNFINISHED[case]
    root, target = drafts(tmp_path / "drafts", title, body), site(tmp_path / "site")
    assert main(["export", str(root), "--to", str(target), "--accept-warnings", "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert f"error {code}" in err
    assert f"fr/analyst.md: {task}" in err
    assert not list((target / "content").rglob("*.md"))


def test_the_finished_pair_is_exported(tmp_path, capsys):
    root, target = drafts(tmp_path / "drafts", "Analyste de données", FR), site(tmp_path / "site")
    assert main(["export", str(root), "--to", str(target), "--accept-warnings", "--lang", "en"]) == 0, capsys.readouterr().err
    assert len(list((target / "content").rglob("*.md"))) == 2


def test_a_heading_written_as_a_sentence_is_a_warning_to_accept_not_work_to_finish(tmp_path, capsys):
    # Published pairs do this: the text is all there, so only the warning (and its acceptance) stands.
    fr = FR.replace("## Ce que vous ferez\n\n", "Ce que vous ferez :\n\n")
    root, target = drafts(tmp_path / "drafts", "Analyste de données", fr), site(tmp_path / "site")
    assert main(["export", str(root), "--to", str(target), "--lang", "en"]) == 1
    assert "warning heading-count-mismatch" in capsys.readouterr().err
    assert main(["export", str(root), "--to", str(target), "--accept-warnings", "--lang", "en"]) == 0


def test_the_to_finish_list_is_said_in_french_too(tmp_path, capsys):
    title, body, _code, _task = UNFINISHED["section-left-out"]
    root, target = drafts(tmp_path / "drafts", title, body), site(tmp_path / "site")
    assert main(["export", str(root), "--to", str(target), "--accept-warnings", "--lang", "fr"]) == 1
    err = capsys.readouterr().err
    assert "fr/analyst.md\xa0: traduire 1 section qui manque dans cette langue" in err  # a no-break space before ":"
