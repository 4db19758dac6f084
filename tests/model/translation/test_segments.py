"""The segmentation shared by the memory, suggest, TMX and XLIFF."""

from editor.model.translation.segments import pair_segments, sentence_pairs, split_sentences
from tests.model.translation.helpers import make

EN_BODY = "## About the role\n\nWe build tools. You will help 3 teams.\n\n- Write code\n- Review work\n\nApply today.\n"
FR_BODY = "## À propos du rôle\n\nNous créons des outils. Vous aiderez 3 équipes.\n\n- Écrire du code\n- Réviser le travail\n\nPostulez aujourd'hui.\n"


def test_fields_and_blocks_with_their_translation_and_lines():
    en, fr = make("en", EN_BODY), make("fr", FR_BODY, description="Une description.")
    found = pair_segments(en, fr, "en")
    assert [s.id for s in found] == ["title", "description", "b0", "b1", "b2", "b3", "b4"]
    assert found[0].source == "Data Analyst" and found[0].target == "Analyste de données"
    assert found[3].source == "We build tools. You will help 3 teams."
    assert found[3].target == "Nous créons des outils. Vous aiderez 3 équipes."
    assert found[4].kind == "item" and found[4].target == "Écrire du code"
    assert found[2].source_line == en.body_first_line + 1 and found[2].target_line == fr.body_first_line + 1


def test_sentences_only_where_both_sides_split_the_same_way():
    en, fr = make("en", EN_BODY), make("fr", FR_BODY)
    found = {s.id: s for s in pair_segments(en, fr, "en", sentences=True)}
    assert found["b1.s0"].source == "We build tools." and found["b1.s0"].target == "Nous créons des outils."
    assert found["b1.s1"].target == "Vous aiderez 3 équipes."
    assert "b1" not in found and "b4" in found


def test_french_source_and_no_target():
    fr = make("fr", FR_BODY)
    found = pair_segments(fr, None, "fr", sentences=True)
    assert all(s.target is None for s in found)
    assert "b1" in [s.id for s in found]  # never split without a target to split alike


def test_sentence_splitting_keeps_abbreviations_links_and_quotes():
    assert split_sentences("Tools, e.g. Python. See [the site. Now](https://x.ca). Apply.") == [
        "Tools, e.g. Python.", "See [the site. Now](https://x.ca).", "Apply."]
    assert split_sentences("« Bien. » Postulez.") == ["« Bien. »", "Postulez."]
    assert sentence_pairs("One. Two 2.", "Un. Deux 3.") is None  # numbers disagree
    assert sentence_pairs("One. Two.", "Un et deux.") is None
