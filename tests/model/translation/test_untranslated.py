from editor.model.translation.text import guess_language, is_prose, reading, stopword_counts
from editor.model.translation.untranslated import check_untranslated

from tests.model.translation.helpers import EN_BODY, FR_BODY, codes, context


def test_clean_pair_is_quiet():
    assert check_untranslated(context(EN_BODY, FR_BODY)) == []


def test_names_products_and_addresses_are_not_prose():
    assert not is_prose("Google Docs, Trello, Slack")
    assert not is_prose("Python / Go / Java")
    assert not is_prose("https://example.org/jobs careers@example.org")
    assert is_prose("Work with the team to build the service")


def test_identical_paragraph_is_reported_in_the_translation():
    sentence = "Work with product teams to decide what to measure and why it matters."
    en = EN_BODY + f"\n{sentence}\n\nGoogle Docs, Trello, Slack\n"
    fr = FR_BODY + f"\n{sentence}\n\nGoogle Docs, Trello, Slack\n"
    ctx = context(en, fr)
    found = check_untranslated(ctx)
    assert [(f.file, f.code) for f in found] == [("fr.md", "untranslated-text")]
    assert ctx.fr.posting.text().split("\n")[found[0].line - 1] == sentence


def test_french_text_left_in_the_english_source_is_reported_there():
    sentence = "Nous travaillons avec les équipes pour décider de ce que nous mesurons et pourquoi."
    found = check_untranslated(context(EN_BODY + f"\n{sentence}\n", FR_BODY + f"\n{sentence}\n"))
    assert [(f.file, f.code) for f in found] == [("en.md", "untranslated-text")]


def test_a_whole_posting_left_untranslated_is_one_finding():
    found = check_untranslated(context(EN_BODY, EN_BODY))
    assert codes(found) == ["untranslated-text"]
    assert "has not been translated" in found[0].message


def test_wrong_language_paragraph():
    english = "We are looking for a person who will work with the team and help us build the services that people need."
    found = check_untranslated(context(EN_BODY, FR_BODY + f"\n{english}\n"))
    assert [(f.file, f.code) for f in found] == [("fr.md", "wrong-language")]
    assert guess_language(english) == "en"
    assert guess_language("Nous cherchons une personne qui travaillera avec l’équipe et qui nous aidera à bâtir les services.") == "fr"
    assert guess_language("Google Docs, Trello, Slack, Jira, GitHub, Figma, Miro, Notion") is None



def test_common_words_count_elisions_contractions_and_any_case_but_not_acronyms():
    # "IT", "THE" and "D’UNE" are acronyms (or shouting), not words; "The" and "team" are words. An
    # elision counts for French and so does its word ("l’équipe": 2), a contraction for English
    # and its word ("we're": 2); "rock'n'roll" is neither.
    assert stopword_counts("The team IT THE we're l’équipe D’UNE qu'il rock'n'roll") == {"en": 4, "fr": 4}
    assert reading("The team IT THE we're l’équipe D’UNE") == (7, 4, 2)
    assert reading("") == (0, 0, 0)
    assert stopword_counts("LES ÉQUIPES, Les équipes, les") == {"en": 0, "fr": 2}

def test_skeleton_marker_is_reported():
    fr = FR_BODY.replace("- Créer des tableaux", "- [À TRADUIRE] Build dashboards with SQL and Python\n- Créer des tableaux")
    found = check_untranslated(context(EN_BODY, fr))
    assert codes(found) == ["translation-marker"]


def test_empty_title_or_description_on_one_side():
    found = check_untranslated(context(EN_BODY, FR_BODY, fr_fields={"title": "", "description": "null"}))
    assert sorted((f.file, f.code) for f in found) == [("fr.md", "description-not-translated"), ("fr.md", "title-not-translated")]


def test_an_empty_body_beside_a_written_one_is_reported_with_the_words_it_lacks():
    [found] = check_untranslated(context(EN_BODY, "\n"))
    assert (found.file, found.code, found.params["words"]) == ("fr.md", "body-not-translated", len(EN_BODY.split()))
    assert check_untranslated(context("", "\n")) == []  # both empty: nothing is missing from one side


def test_identical_title_with_words_of_a_language_but_not_a_name():
    found = check_untranslated(context(EN_BODY, FR_BODY, en_fields={"title": "Head of Data for the Agency"},
                                       fr_fields={"title": "Head of Data for the Agency"}))
    assert [(f.file, f.code, f.line) for f in found] == [("fr.md", "untranslated-text", 4)]
    # Without a common word the identical-text check cannot tell it from a name; the title check can.
    same = context(EN_BODY, FR_BODY, en_fields={"title": "Senior Data Scientist"}, fr_fields={"title": "Senior Data Scientist"})
    assert [f.code for f in check_untranslated(same)] == ["title-not-translated"]


def test_a_french_title_left_as_the_english_one_is_a_title_to_translate():
    found = check_untranslated(context(EN_BODY, FR_BODY, fr_fields={"title": "Data Analyst"}))
    assert [(f.file, f.code, f.variant) for f in found] == [("fr.md", "title-not-translated", "same")]
    assert "word for word (“Data Analyst”)" in found[0].message


def test_a_title_of_acronyms_or_already_the_same_in_both_languages_is_left_alone():
    for title in ("UX/UI", "CTO"):
        assert check_untranslated(context(EN_BODY, FR_BODY, en_fields={"title": title}, fr_fields={"title": title})) == []


def test_a_huge_body_is_judged_by_its_text_up_to_the_limit(monkeypatch):
    from editor.model.translation import untranslated
    from tests.model.translation.helpers import make

    english = "This paragraph is written in English and it has the words of that language in it.\n\n"
    french = "Ce paragraphe est écrit en français et il a les mots de cette langue dans le texte.\n\n"
    posting = make("en", english * 10 + french * 30)
    own, other, first = untranslated.language_share(posting, "en")
    assert other > own and first is not None
    # Cut at the last blank line before the limit: the ten English paragraphs only.
    monkeypatch.setattr(untranslated, "SHARE_MAX_CHARS", len(english) * 10 + 20)
    own, other, first = untranslated.language_share(posting, "en")
    assert own > 0 and other == 0 and first is None
