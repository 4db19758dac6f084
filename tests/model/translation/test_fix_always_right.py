"""A typography fix is always right: spaces written as entities or any Unicode space are spaces
(replaced, never doubled), text in the other language is left alone, a heading keeps its id,
and a folded description keeps its line breaks."""

from __future__ import annotations

from editor.model.frontmatter.posting import Posting
from editor.model.translation.fixes import fix_posting
from editor.model.translation.typography import fix_typography


def test_a_non_breaking_space_written_as_an_entity_is_already_right():
    for text in ("Salaire&nbsp;: élevé", "Salaire&#160;: élevé", "Salaire&#x00A0;: élevé", "« bonjour&nbsp;»"):
        assert fix_typography(text, "fr") == text.replace("« b", "«\u00a0b")


def test_other_spaces_are_replaced_never_doubled():
    assert fix_typography("Il dit «\u2009bonjour\u2009» à tous", "fr") == "Il dit «\u00a0bonjour\u00a0» à tous"
    assert fix_typography("Salaire\u2009: élevé", "fr") == "Salaire\u00a0: élevé"
    assert fix_typography("Salaire &nbsp;: élevé", "fr") == "Salaire\u00a0: élevé"
    assert fix_typography("Attention&nbsp;!", "fr") == "Attention!"  # Canadian usage: no space before !


def test_a_paragraph_in_the_other_language_is_not_fixed():
    text = ("Nous cherchons une personne : elle doit être motivée.\n\n"
            "> We are looking for someone who can work with the team: they will be great at it.\n")
    assert fix_typography(text, "fr") == text.replace("personne :", "personne\u00a0:")
    english = "Bienvenue dans l’équipe : nous sommes ravis que vous soyez avec nous et que vous puissiez venir."
    assert fix_typography("Our team: great.\n\n" + english, "en") == "Our team: great.\n\n" + english


def test_a_fix_that_would_change_a_heading_id_is_left_out_with_a_note():
    raw = "---\ntitle: Analyste\n---\n## Exigences :\n\nTexte : ici.\n\n## Atouts : {#atouts}\n"
    item = Posting(raw.encode(), None, "fr")
    notes: list[str] = []
    assert fix_posting(item, "fr", notes=notes) == 2
    assert item.body == "## Exigences :\n\nTexte\u00a0: ici.\n\n## Atouts\u00a0: {#atouts}\n"
    assert notes == ["line 4: heading not fixed: its id “exigences-” would change, and links to it would break "
                     "(fix it by hand, adding {#exigences-} if the site allows heading attributes)."]


def test_a_folded_description_keeps_its_line_breaks():
    raw = ("---\ntitle: Analyste\ndescription: >-\n  Nous recherchons une personne pour\n"
           "  une équipe : elle aura un\n  bureau. \nlang: fr\n---\nTexte.\n")
    item = Posting(raw.encode(), None, "fr")
    assert fix_posting(item, "fr") == 1
    assert item.text() == raw.replace("équipe :", "équipe\u00a0:")
