"""A section of the source with no text in the translation (translation/sections.py): left out,
or held by an HTML comment or nothing under its heading; a heading written differently is not."""

from __future__ import annotations

import pytest

from editor.model.translation.sections import check_sections
from editor.model.translation.structure import check_structure

from tests.model.translation.helpers import context

EN = ("## The team\n\nOur small team answers questions from the public with open data every week.\n\n"
      "## What you will do\n\n- Find the data that answers each question from the public.\n"
      "- Write short notes that people outside the team can read.\n\n"
      "## Who you are\n\nYou are curious, you write clearly and you like to explain numbers to people.\n")
FR_TEAM = ("## L’équipe\n\nNotre petite équipe répond chaque semaine aux questions du public avec des données "
           "ouvertes.\n\n")
FR_TASKS = ("## Ce que vous ferez\n\n- Trouver les données qui répondent à chaque question du public.\n"
            "- Rédiger de courtes notes que les personnes hors de l’équipe peuvent lire.\n\n")
FR_WHO = "Vous êtes curieux, vous écrivez clairement et vous aimez expliquer les chiffres aux gens.\n"
FR = FR_TEAM + FR_TASKS + "## Qui vous êtes\n\n" + FR_WHO


def sections(en: str, fr: str) -> list[tuple[str, str, str]]:
    return [(f.file, f.variant, f.params["text"]) for f in check_sections(context(en, fr))]


def test_a_finished_translation_has_every_section():
    assert sections(EN, FR) == []


def test_a_section_left_out_of_the_translation_is_named():
    [finding] = check_sections(context(EN, FR_TEAM + FR_TASKS))
    assert (finding.file, finding.code, finding.variant) == ("fr.md", "section-not-translated", "")
    assert finding.params["text"] == "Who you are" and finding.params["words"] == 14
    assert "“Who you are” (line 20, 14 words) has no French text here" in finding.message


@pytest.mark.parametrize(("stand_in", "variant"), [("<!-- section à venir -->\n", "comment"), ("", "empty")])
def test_a_heading_with_only_a_comment_or_nothing_under_it_is_a_section_to_translate(stand_in, variant):
    fr = FR_TEAM + FR_TASKS + "## Qui vous êtes\n\n" + stand_in
    assert sections(EN, fr) == [("fr.md", variant, "Who you are")]


def test_a_comment_standing_where_the_section_should_be_is_a_section_left_out():
    assert sections(EN, FR_TEAM + FR_TASKS + "<!-- section à venir -->\n") == [("fr.md", "", "Who you are")]


def test_a_heading_written_as_a_sentence_keeps_its_section():
    # Published pairs do this ("Ce que vous ferez :" as a paragraph): the text is all there.
    fr = FR_TEAM + FR_TASKS.replace("## Ce que vous ferez", "Ce que vous ferez :") + "## Qui vous êtes\n\n" + FR_WHO
    assert sections(EN, fr) == []
    assert "heading-count-mismatch" in {f.code for f in check_structure(context(EN, fr))}


def test_two_sections_run_together_keep_their_text():
    fr = FR_TEAM + FR_TASKS + FR_WHO
    assert sections(EN, fr) == []


def test_a_section_only_in_the_translation_is_not_unfinished():
    fr = FR + "\n## Vaccination\n\nLa politique de vaccination du gouvernement s’applique à ce poste.\n"
    assert sections(EN, fr) == []


def test_a_section_of_a_few_words_is_not_stopped_for():
    en = EN + "\n## Apply\n\nApply now.\n"
    assert sections(en, FR) == []


def test_a_section_left_out_of_a_wordier_translation_is_named():
    # French written in both genders runs well over the usual 15 % longer: measured against the whole
    # English, the words the French lacked hid in that surplus and a missing section passed the gate.
    team = ("## L’équipe\n\nNotre petite équipe, formée d’analystes et de spécialistes des données, répond chaque "
            "semaine aux questions que lui posent les citoyennes et les citoyens avec des données ouvertes.\n\n")
    tasks = ("## Ce que vous ferez\n\n- Trouver, avec vos collègues, les données qui répondent à chacune des "
             "questions que les citoyennes et citoyens nous posent.\n"
             "- Rédiger de courtes notes que les lectrices et lecteurs de l’extérieur de l’équipe peuvent lire "
             "et comprendre.\n\n")
    assert sections(EN, team + tasks) == [("fr.md", "", "Who you are")]
    # The same wordy French, whole, has nothing missing.
    assert sections(EN, team + tasks + "## Qui vous êtes\n\n" + FR_WHO) == []
