"""French notes a reviser writes (translation/french.py): title case, quotation marks, spaced
abbreviated endings. Our own text."""

from __future__ import annotations

from editor.model.translation import check_posting_translation
from editor.model.translation.french import check_french, english_quotes, spaced_abbreviations, title_case_words

from tests.model.translation.helpers import make


def test_capitals_on_every_word_of_a_french_title():
    assert title_case_words("Conteur Visuel") == "Conteur visuel"
    assert title_case_words("Gestionnaire Principal de la Livraison Agile") == "Gestionnaire principal de la livraison agile"


def test_french_titles_written_the_french_way_or_holding_names_are_left_alone():
    for title in ("Conteur visuel", "Analyste au Secrétariat du Conseil du Trésor", "Développeur ou développeuse – Ottawa",
                  "Chef d’équipe (Plateformes)", "Gestionnaire de produit : Notification GC", "Designer UX"):
        assert title_case_words(title) is None, title


def test_an_english_title_left_in_the_french_file_is_not_a_case_problem():
    assert title_case_words("Senior Product Manager") is None
    assert title_case_words("Test Job Post") is None


def test_title_case_in_the_title_field_and_in_headings():
    posting = make("fr", "Texte.\n\n## Ce Que Vous Ferez\n\n## Ce que vous ferez\n", title="Conteur Visuel")
    found = [(f.code, f.line, f.message) for f in check_french(posting, "fr.md") if f.code == "french-title-case"]
    assert [(code, line) for code, line, _ in found] == [("french-title-case", 4), ("french-title-case", 13)]
    assert "“Conteur visuel”" in found[0][2] and "“Ce que vous ferez”" in found[1][2]


def test_english_quotation_marks_in_french_text():
    text = "Ces unités comprennent l’unité “Partenariats” et l’unité \"Plateformes\" au sein de notre organisation."
    assert [quoted for _, _, quoted in english_quotes(text)] == ["“Partenariats”", '"Plateformes"']


def test_quotation_marks_in_english_text_code_or_html_are_not_french_typography():
    text = ("Nous citons le guide.\n\n"
            "We are looking for someone who will “check all the boxes” and tell us what the team needs.\n\n"
            "Utilisez `\"texte\"` dans le code et <a title=\"lien\">ici</a>.\n")
    assert english_quotes(text) == []


def test_abbreviated_ending_after_a_space():
    text = "Les conseillers (ères) en politiques et un (e) agent (e)s ; une conseillère(ère) reste à part."
    assert [form for _, _, form in spaced_abbreviations(text)] == ["conseillers (ères)", "un (e)", "agent (e)s"]
    assert spaced_abbreviations("Un(e) candidat(e) et un parent (père ou mère).") == []


def test_abbreviated_endings_in_title_description_and_body_point_at_their_lines():
    posting = make("fr", "Les conseillers (ères) travaillent ici.\n", title="Conseiller (ère) en politiques",
                   description="Nous recrutons un (e) conseiller.")
    found = [(f.line, f.severity.value) for f in check_french(posting, "fr.md") if f.code == "abbreviated-form-spaced"]
    assert found == [(4, "warning"), (5, "warning"), (11, "warning")]


def test_french_notes_never_run_on_the_english_file():
    posting = make("en", "We “quote” things.\n\n## What You Will Do\n", title="Visual Storyteller")
    codes = {f.code for f in check_posting_translation(posting, "en.md", "en")}
    assert not codes & {"french-title-case", "french-quotation-marks", "abbreviated-form-spaced"}
    french = make("fr", "Nous “citons” des choses.\n", title="Conteur Visuel")
    assert {"french-title-case", "french-quotation-marks"} <= {f.code for f in check_posting_translation(french, "fr.md", "fr")}


def test_an_abbreviated_ending_is_never_also_a_misspelt_word():
    from editor.model.language.words import checkable_words

    words = [w.word for w in checkable_words("Les directeurs(trices), développeurs(-euses) et conseillers (ères).")]
    assert words == ["Les", "directeurs", "développeurs", "et", "conseillers"]


def test_calques_of_english_are_named_with_the_french_wording():
    from editor.model.translation.french import calques

    text = ("Nous valorisons la diversité, et nous sommes engagés à offrir un milieu sans obstacles. "
            "L’équipe est aussi engagée à publier ses travaux. La conseillère est en charge du budget "
            "et rencontre les partenaires sur une base régulière. Le plan fait du sens.")
    assert [(found, suggestion) for _, _, found, _english, suggestion in calques(text)] == [
        ("nous sommes engagés à", "nous nous engageons à"), ("est aussi engagée à", "s’engage aussi à"),
        ("est en charge du", "est responsable du"), ("sur une base régulière", "régulièrement"),
        ("fait du sens", "a du sens")]


def test_the_french_wording_and_lookalikes_are_not_calques():
    from editor.model.translation.french import calques

    for text in ("Nous nous engageons à offrir un milieu sans obstacles.",
                 "Elle a été engagée à titre de consultante, puis engagée à temps plein.",  # hired: not committed
                 "Il est engagé à Ottawa depuis mai.", "Nous sommes engagés dans la communauté.",
                 "La prise en charge des demandes est rapide; l’équipe est chargée du budget.",
                 "Les données sont traitées sur une base de données sécurisée.",
                 "Ce choix a du sens.", "`we are engaged à` in code"):
        assert calques(text) == [], text


def test_a_calque_is_a_finding_in_the_body_and_the_fields_of_french_postings_only():
    posting = make("fr", "Texte.\n\nNous sommes aussi engagés à instaurer un milieu inclusif.\n",
                   description="Nous sommes engagés à aider les talents.")
    found = [(f.code, f.line, f.message) for f in check_french(posting, "fr.md") if f.code == "anglicism"]
    assert [(code, line) for code, line, _ in found] == [("anglicism", 5), ("anglicism", 13)]
    assert "“Nous sommes aussi engagés à”" in found[1][2] and "“Nous nous engageons aussi à”" in found[1][2]
    assert "committed" in found[1][2]
    french = next(f for f in check_french(posting, "fr.md") if f.code == "anglicism").message_in("fr")
    assert "«\u00a0Nous sommes engagés à\u00a0»" in french and "calque de l’anglais" in french
    assert not [f for f in check_posting_translation(make("en", "We are engaged à nothing.\n"), "en.md", "en")
                if f.code == "anglicism"]
