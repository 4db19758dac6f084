from editor.model.translation.links import check_links, neutral_url
from editor.model.translation.structure import check_structure

from tests.model.translation.helpers import EN_BODY, FR_BODY, context


def test_language_markers_make_the_same_address():
    same = [
        ("https://www.tbs-sct.gc.ca/agreements-eng.aspx?id=1", "https://tbs-sct.gc.ca/agreements-fra.aspx?id=1"),
        ("https://www.canada.ca/en/services/", "https://www.canada.ca/fr/services"),
        ("https://example.gc.ca/page?lang=en", "https://example.gc.ca/page?lang=fr"),
        ("https://example.gc.ca/eng/page", "https://example.gc.ca/fra/page"),
        ("https://en.wikipedia.org/wiki/X", "https://fr.wikipedia.org/wiki/X"),
    ]
    for english, french in same:
        assert neutral_url(english) == neutral_url(french)
    assert neutral_url("https://example.org/framework") != neutral_url("https://example.org/enframework")


def test_clean_pair_is_quiet():
    assert check_links(context(EN_BODY, FR_BODY)) == []


def test_translated_address_in_the_matching_block_is_not_missing():
    en = "Read [our values](https://digital.canada.ca/our-values/) first.\n"
    fr = "Lisez d’abord [nos valeurs](https://numerique.canada.ca/nos-valeurs/).\n"
    assert check_links(context(en, fr)) == []


def test_missing_email_and_link_are_reported_where_they_are_missing():
    fr = (FR_BODY.replace("careers@agency.example", "l’adresse de l’équipe")
          .replace("[nos valeurs](https://www.canada.ca/fr/agence/valeurs.html)", "nos valeurs"))
    ctx = context(EN_BODY, fr)
    found = check_links(ctx)
    assert sorted((f.file, f.code) for f in found) == [("fr.md", "email-missing"), ("fr.md", "link-missing")]
    line = ctx.fr.posting.text().split("\n")[found[0].line - 1]
    assert "Envoyez votre curriculum" in line


def test_bare_address_missing_in_english():
    en = "Apply on our site.\n"
    fr = "Postulez sur notre site www.agence.example/emplois.\n"
    found = check_links(context(en, fr))
    assert [(f.file, f.code) for f in found] == [("en.md", "link-missing")]


def test_link_to_the_other_language_page():
    fr = FR_BODY.replace("agreements-fra.aspx", "agreements-eng.aspx")
    found = check_links(context(EN_BODY, fr))
    assert [(f.file, f.code) for f in found] == [("fr.md", "link-other-language")]


def test_structure_clean_pair_is_quiet():
    assert check_structure(context(EN_BODY, FR_BODY)) == []


def test_heading_count_differs():
    fr = FR_BODY.replace("## Salaire\n\n", "")
    found = check_structure(context(EN_BODY, fr))
    assert [(f.file, f.code) for f in found] == [("fr.md", "heading-count-mismatch")]
    assert "“Salary”" in found[0].message


def test_extra_heading_in_translation_points_at_it():
    fr = FR_BODY.replace("## Comment postuler", "## Avantages\n\nDes avantages sociaux complets pour vous et votre famille.\n\n## Comment postuler")
    ctx = context(EN_BODY, fr)
    found = [f for f in check_structure(ctx) if f.code == "heading-count-mismatch"]
    assert len(found) == 1
    assert ctx.fr.posting.text().split("\n")[found[0].line - 1] == "## Avantages"


def test_list_item_count_differs():
    fr = FR_BODY.replace("- Créer des tableaux de bord avec SQL et Python\n", "")
    found = check_structure(context(EN_BODY, fr))
    assert [(f.file, f.code) for f in found] == [("fr.md", "list-item-count-mismatch")]
    assert "2 items" in found[0].message and "has 3" in found[0].message


def test_paragraph_without_counterpart():
    en = EN_BODY.replace("## About the role", "We work in the open and publish our code for anyone to reuse.\n\n## About the role")
    found = check_structure(context(en, FR_BODY))
    assert [(f.file, f.code) for f in found] == [("fr.md", "paragraph-unmatched")]


def test_much_shorter_translation():
    found = check_structure(context(EN_BODY, "Texte à venir.\n"))
    assert [(f.file, f.code) for f in found if f.code != "section-not-translated"] == [("fr.md", "length-mismatch")]
    # Each section the stand-in sentence takes the place of is unfinished work, for the gate.
    assert {f.file for f in found if f.code == "section-not-translated"} == {"fr.md"}


LEAD_IN_EN = ("## What we do\n\nWe build digital services with departments, and we measure them by how well they work "
              "for the people who use them every day, from the first visit to the last form, in both official "
              "languages, on any device, for people of every ability, and with the privacy and security the "
              "public expects from its government.\n\n"
              "Some of the services we improved:\n\n"
              "- Renewing a fishing licence online\n- Booking a passport appointment\n- Tracking a tax refund\n\n"
              "## Who you are\n\nYou like hard problems and you explain your choices to the people around you.\n")
LEAD_IN_FR = ("## Ce que nous faisons\n\nNous créons des services numériques avec les ministères, et nous les jugeons "
              "à leur efficacité pour les personnes qui s’en servent chaque jour, de la première visite au dernier "
              "formulaire, dans les deux langues officielles, sur tout appareil, pour les personnes de toutes "
              "capacités, avec la protection des renseignements et la sécurité que le public attend de son "
              "gouvernement. Voici quelques services que nous avons améliorés :\n\n"
              "- Renouveler un permis de pêche en ligne\n- Prendre rendez-vous pour un passeport\n"
              "- Suivre un remboursement d’impôt\n\n"
              "## Qui vous êtes\n\nVous aimez les problèmes difficiles et vous expliquez vos choix aux gens autour de vous.\n")


def test_a_list_lead_in_joined_to_the_paragraph_before_is_not_unmatched():
    assert [f.code for f in check_structure(context(LEAD_IN_EN, LEAD_IN_FR))] == []
    # Either way round: the French split, the English joined.
    joined_en = LEAD_IN_EN.replace("every day.\n\nSome", "every day. Some")
    split_fr = LEAD_IN_FR.replace("chaque jour. Voici", "chaque jour.\n\nVoici")
    assert [f.code for f in check_structure(context(joined_en, split_fr))] == []


def test_a_paragraph_before_a_list_that_the_translation_lacks_is_still_unmatched():
    # The French paragraph before the list does not lead into it (no colon): the lead-in is missing.
    french = LEAD_IN_FR.replace(" Voici quelques services que nous avons améliorés :", "")
    found = check_structure(context(LEAD_IN_EN, french))
    assert [(f.file, f.code) for f in found] == [("fr.md", "paragraph-unmatched")]
