"""Spell checking: which words are checked, with which dictionary, and where findings point."""

from __future__ import annotations

import pytest

from editor.model.language.site_dictionary import (SiteDictionary, SiteDictionaryError, WordRefusedError, add_word,
                                                  dictionary_path)
from editor.model.language.spelling import check_spelling, is_misspelt, misspellings, suggestions
from editor.model.language.words import checkable_words
from editor.model.frontmatter.posting import Posting


def posting(body: str, *, title: str = "Plain title", description: str = "A short description.") -> Posting:
    text = f"---\ntitle: {title}\ndescription: {description}\n---\n{body}"
    return Posting(text.encode("utf-8"))


def missed(text: str, lang: str = "en", **options) -> list[str]:
    return [m.word for m in misspellings(text, lang, **options)]


def test_a_misspelt_english_word_is_found_with_its_position_and_suggestions():
    item = posting("## Role\n\nYou will recieve letters.\n")
    [finding] = check_spelling(item, "job.md", "en")
    assert (finding.line, finding.column, finding.code, finding.severity.value) == (7, 10, "spelling", "warning")
    assert "“recieve”" in finding.message and "perhaps: receive" in finding.message
    assert item.text().splitlines()[finding.line - 1][finding.column - 1:].startswith("recieve")


def test_canadian_spelling_is_expected_in_english():
    assert missed("The colour of the centre, our behaviour.") == []
    assert missed("The color of the center.") == ["color", "center"]
    assert suggestions("center", "en")[0] == "centre"


def test_each_language_is_checked_with_its_own_dictionary():
    french = "Nous cherchons une personne pour l’équipe."
    assert missed(french, "fr") == []
    assert set(missed(french, "en")) >= {"cherchons", "personne", "l’équipe"}
    assert missed("We are looking for a developer.", "fr") != []


def test_french_elisions_inclusive_forms_and_hyphenated_words_are_accepted():
    text = ("Dites-nous pourquoi vous voulez être directeur·rice, qu’il s’agisse d’un·e "
            "utilisateur·rice·s ou de tou·te·s les conseiller·ère·s, c’est-à-dire aujourd'hui.")
    assert missed(text, "fr") == []
    assert missed("Le Coordonateur", "fr") == ["Coordonateur"]
    assert suggestions("Coordonateur", "fr")[0] == "Coordonnateur"


def test_the_bundled_base_words_are_accepted_after_a_french_elision():
    # « infocapsule » was accepted and « l’infocapsule » called misspelt: Hunspell elides its own
    # words, the base words (resources/dictionaries/base-words.txt) were looked up whole only.
    text = "L’infocapsule, d’infocapsules, l'interfonctionnel, s’autogérer et la cocréation."
    assert missed(text, "fr") == []
    assert missed("l’infocapsulle", "fr") == ["l’infocapsulle"]
    assert missed("l’infocapsule", "en") == ["l’infocapsule"]  # a French base word, in English text


def test_machine_text_names_codes_and_numbers_are_not_checked():
    text = ("See `wrng code` and\n\n```\nfenced wrngg\n```\n\n[the link](https://exmple.ca/pathh \"titel\") "
            "or <https://wrld.ca> at jane.doee@exmple.ca, <span class=\"klass\">fine</span> <!-- commnt --> "
            "AS-02 IT-03 EC-05 CV’s UX GitHub iPhone 1er 2e 50 000 $ snake_cse file.txtt {{< shrtcode >}} "
            "[label][refrence]\n\n[refrence]: https://exmple.ca\n")
    assert missed(text) == []


def test_link_text_and_headings_are_checked():
    assert missed("## Abuot us\n\nRead [the gide](https://example.ca).\n") == ["Abuot", "gide"]


def test_title_and_description_are_checked_where_they_are_written():
    item = posting("Body.\n", title="'Senior develper'", description=">-\n  A role for a\n  carefull person.")
    found = check_spelling(item, "job.md", "en")
    lines = item.text().splitlines()
    assert [f.message.split("”")[0] for f in found] == ["In the title: “develper", "In the description: “carefull"]
    for finding, word in zip(found, ("develper", "carefull")):
        assert lines[finding.line - 1][finding.column - 1:].startswith(word)


def test_the_site_dictionary_accepts_words_in_one_or_both_languages(tmp_path):
    path = dictionary_path(tmp_path)
    path.parent.mkdir()
    path.write_text("# team tools\nFigma\nfr:backlog\n\nen:Kubernetes\n", encoding="utf-8")
    words = SiteDictionary.load(tmp_path)
    assert missed("Figma and FIGMA; Kubernetes.", "en", site=words) == []
    assert missed("Figma, backlog, Kubernetes", "fr", site=words) == ["Kubernetes"]
    assert missed("Figmas", "en", site=words) == ["Figmas"]  # the exact word, not its forms


def test_ignored_words_are_accepted():
    assert missed("Our Trello board.", ignored=frozenset({"trello"})) == []
    assert missed("Our Trello board.") == ["Trello"]


def test_adding_a_word_creates_the_file_and_never_adds_it_twice(tmp_path):
    add_word(tmp_path, "Figma")
    add_word(tmp_path, "figma")
    add_word(tmp_path, "backlog", "fr")
    assert dictionary_path(tmp_path).read_text(encoding="utf-8") == "Figma\nfr:backlog\n"
    assert SiteDictionary.load(tmp_path).accepts("backlog", "fr")


def test_adding_a_word_keeps_the_file_line_endings_and_its_last_line(tmp_path):
    path = dictionary_path(tmp_path)
    path.parent.mkdir()
    path.write_bytes(b"Figma\r\nTrello")
    add_word(tmp_path, "Slack")
    assert path.read_bytes() == b"Figma\r\nTrello\r\nSlack\r\n"


def test_a_dictionary_that_cannot_be_read_is_reported_not_raised(tmp_path):
    dictionary_path(tmp_path).mkdir(parents=True)  # a folder where the file should be
    words = SiteDictionary.load(tmp_path)
    assert words.problem and "dictionary.txt" in words.problem.text("en") and "ses mots" in words.problem.text("fr")
    with pytest.raises(SiteDictionaryError):
        add_word(tmp_path, "Figma")


@pytest.mark.parametrize("word", ["", "two\nlines", "# comment"])
def test_words_that_cannot_be_stored_are_refused(tmp_path, word):
    with pytest.raises(ValueError) as refused:
        add_word(tmp_path, word)
    assert not dictionary_path(tmp_path).exists()
    assert "cannot be added to the dictionary" in refused.value.text("en")
    assert "ne peut pas être ajouté au dictionnaire" in refused.value.text("fr")


def test_a_language_the_dictionary_does_not_hold_is_refused_in_both_languages(tmp_path):
    with pytest.raises(WordRefusedError) as refused:
        add_word(tmp_path, "Figma", "de")
    assert not dictionary_path(tmp_path).exists()
    assert refused.value.text("en") == "The dictionary has no language 'de' (en or fr)."
    assert refused.value.text("fr").startswith("Le dictionnaire n’a pas de langue")


def test_word_offsets_point_into_the_text():
    text = "Hello *wrld* and l’équipe."
    assert [(text[w.start:w.end], w.word) for w in checkable_words(text)] == [
        ("Hello", "Hello"), ("wrld", "wrld"), ("and", "and"), ("l’équipe", "l’équipe")]


def test_hyphenated_words_are_accepted_when_each_part_is():
    assert not is_misspelt("team-wide", "en")
    assert is_misspelt("team-wyde", "en")


def test_missing_dictionaries_are_a_finding_not_a_crash(tmp_path, monkeypatch):
    from editor.model.language import dictionaries

    monkeypatch.setenv("POSTING_EDITOR_RESOURCES", str(tmp_path))  # no dictionaries there
    monkeypatch.setattr(dictionaries, "_load", dictionaries._load.__wrapped__)
    [finding] = check_spelling(posting("Some text.\n"), "job.md", "en")
    assert finding.code == "spelling-unavailable" and finding.variant == "no-dictionary"
    assert finding.message == f"The English spelling dictionary is missing from {tmp_path / 'dictionaries'}. " \
                              "Spelling was not checked."
    assert "le dictionnaire anglais manque dans" in finding.message_in("fr")


def test_names_are_capitalised_words_inside_sentences_and_words_with_inner_capitals():
    from editor.model.language.words import names_in

    text = ("## Tools And Habits\n\nWe plan in Zorbly, chat on *Quibbit* and file notes in «\u00a0Wexa\u00a0». "
            "Plonker opens this sentence.\n- Snorf opens this item.\n\nOur FRABS team writes in DocuMint.\n")
    assert names_in(text) == {"zorbly", "quibbit", "wexa", "documint"}
    assert names_in("Nous utilisons Zorbly et Quibbit.", markdown=False) == {"zorbly", "quibbit"}


def test_names_of_a_body_of_many_headings_are_those_outside_them():
    from editor.model.language.words import names_in

    # Each word was compared with every heading: a minute for a posting of 50,000 headings; 5,000 here keep the test short.
    text = "".join(f"## Step Number {i}\n\nWe use Zorbly {i} and ## Quibbit\n\n" for i in range(5_000)) + "## Last"
    assert names_in(text) == {"zorbly", "quibbit"}


def test_a_name_the_other_language_writes_inside_a_sentence_is_not_misspelt():
    from editor.model.language.spelling import counterpart_names

    english = posting("We plan our work in Zorbly and chat on Quibbit.\n\nZoobar is our motto.\n")
    names = counterpart_names([english])
    french = "Nous planifions dans Zorbly, discutons sur Quibbit et notre devise est Zoobar. Un zorbly, une erreur."
    # Capitalised as the English writes them inside a sentence: names; a sentence's first word
    # proves nothing, and a lower-case word is still checked.
    assert missed(french, "fr", names=names) == ["Zoobar", "zorbly"]
    assert missed(french, "fr") == ["Zorbly", "Quibbit", "Zoobar", "zorbly"]
    item = posting("Nous planifions dans Zorbly avec Quibit.\n", title="Analyste", description="Un poste.")
    assert [f.params["word"] for f in check_spelling(item, "a.md", "fr", names=names)] == ["Quibit"]


def test_a_name_the_other_language_writes_is_not_misspelt_after_a_french_elision():
    from editor.model.language.spelling import counterpart_names

    names = counterpart_names([posting("We plan our work in Ozmblo and file it in Elbixa.\n")])
    assert missed("Vous connaissez l’usage d’Ozmblo et l'Elbixa.", "fr", names=names) == []
    assert missed("Vous connaissez l’usage d’Ozmblo.", "fr") == ["d’Ozmblo"]  # not a name the English writes


def test_a_name_written_with_other_capitals_in_the_other_language_is_not_misspelt():
    from editor.model.language.spelling import counterpart_names

    names = counterpart_names([posting("Use GMail daily.\n")])
    assert missed("Utilisez Gmail chaque jour.", "fr", names=names) == []


def test_a_file_written_in_the_other_language_is_one_finding_not_one_per_word():
    from editor.model.translation.untranslated import check_file_language

    english = ("We are looking for a person who likes to work with people and data. You will help the team "
               "answer questions from the public, and you will explain what the numbers mean.\n\n"
               "- Work with the team to find the data that answers each question.\n"
               "- Write short reports that the managers can read in five minutes.\n")
    item = Posting(f"---\ntitle: Analyste\ndescription: Un poste.\n---\n{english}".encode(), None, "fr")
    assert [f.code for f in check_file_language(item, "a.md", "fr")] == ["untranslated-file"]
    assert check_spelling(item, "a.md", "fr") == []
    # A few English words in a French text are still each a finding.
    mixed = posting("Nous cherchons une personne qui aime the data et les gens.\n")
    assert [f.code for f in check_spelling(mixed, "a.md", "fr")] != []


def test_blocks_still_marked_to_translate_are_not_spell_checked_until_the_marker_goes():
    body = ("## [À TRADUIRE] About the team\n\n[À TRADUIRE] We are looking for people\nwho care.\n\n"
            "- [À TRADUIRE] Work with product teams\n- Travailler avec des equipes\n\n"
            "1. [À TRADUIRE] Deliver quality\n2. Livrer des produits de qualitee\n\n"
            "Un paragraphe traduit avec une fote.\n")
    assert missed(body, "fr") == ["equipes", "qualitee", "fote"]
    assert missed(body.replace("[À TRADUIRE] ", ""), "fr") != ["equipes", "qualitee", "fote"]
    item = posting("Corps.\n", title="'[À TRADUIRE] Team Lead'", description="'[TO TRANSLATE] Nous cherchons'")
    assert check_spelling(item, "poste.md", "fr") == []
