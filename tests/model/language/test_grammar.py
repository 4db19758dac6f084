"""French grammar with Grammalecte: what text is checked, where findings point, what they offer."""

from __future__ import annotations

from editor.model.frontmatter.posting import Posting
from editor.model.language.grammar import check_grammar, problems
from editor.model.language.prose import prose
from editor.model.translation.fixes import FixableFinding
from editor.model.translation.typography import typography_edits


def posting(body: str, *, title: str = "Analyste", description: str = "Un poste à Ottawa.") -> Posting:
    text = f"---\ntitle: {title}\ndescription: {description}\n---\n{body}"
    return Posting(text.encode("utf-8"), None, "fr")


def flagged(text: str, **options) -> list[str]:
    return [text[p.start:p.end] for p in problems(text, **options)]


def test_an_agreement_error_is_found_where_it_is_in_the_file_with_its_one_fix():
    item = posting("## Rôle\n\nLes développeur de l’équipe travaillent ensemble.\n")
    [finding] = check_grammar(item, "poste.md", "fr")
    assert (finding.line, finding.column, finding.code, finding.severity.value) == (7, 5, "grammar-agreement", "warning")
    assert "pluriel" in finding.message and "« développeur » → « développeurs »" in finding.message
    assert item.text().splitlines()[finding.line - 1][finding.column - 1:].startswith("développeur")
    assert isinstance(finding, FixableFinding)
    assert (finding.fix.column, finding.fix.end_column, finding.fix.replacement) == (5, 16, "développeurs")


def test_markup_code_addresses_and_link_targets_are_never_reported():
    text = ("Les **développeur** doivent lire `les chat sont noir` et [la page](https://x.ca/les-chat-sont-noir) "
            "ou <https://x.ca/les-enfant>.\n\n```\nles chat sont noir\n```\n")
    assert flagged(text) == ["développeur"]
    [segment, *_] = prose(text)
    assert "**" not in segment.text and "https" not in segment.text and "chat" not in segment.text


def test_emphasis_around_a_word_leaves_the_finding_and_its_fix_on_the_word():
    item = posting("Les *développeur* doivent coder.\n")
    [finding] = check_grammar(item, "poste.md", "fr")
    assert finding.code == "grammar-agreement" and finding.fix.replacement == "développeurs"
    line = item.text().splitlines()[finding.line - 1]
    assert line[finding.fix.column - 1:finding.fix.end_column - 1] == "développeur"


def test_english_paragraphs_headings_and_list_items_are_checked_apart():
    text = ("# Les tâche\n\n- Les développeur codent\n- Analyser les données\n\n"
            "We are looking for a developer who can work with the team and the managers.\n")
    assert flagged(text) == ["tâche", "développeur"]


def test_entities_count_as_the_character_they_stand_for():
    text = "Salaire&nbsp;: Les enfant sont&#160;partis."
    assert flagged(text) == ["enfant"]


def test_typography_is_left_to_the_typography_checks_in_the_canadian_style():
    # Grammalecte would ask for a non-breaking space before ; ! ? and : (its French style);
    # the Canadian style wants none before ; ! ?, and the colon is the typography check's.
    text = "Nous recherchons un analyste ; il doit être motivé ! Salaire : élevé."
    assert flagged(text) == []
    assert {edit.code for edit in typography_edits(text, "fr")} >= {"typography-colon"}


def test_title_and_description_are_checked_with_fixes_on_the_value():
    item = posting("Texte.\n", title="Les analyste", description="Un poste à Ottawa.")
    [finding] = check_grammar(item, "poste.md", "fr")
    assert finding.message.startswith("In the title: ") and finding.line == 2
    assert finding.fix.field == "title" and (finding.fix.column, finding.fix.end_column) == (5, 13)


def test_only_french_files_are_checked():
    assert check_grammar(posting("Les développeur codent.\n"), "job.md", "en") == []


def test_a_noun_after_en_tant_que_is_not_read_as_a_verb():
    # Grammalecte reads "équipe" after "qu’" as the verb "équiper" with an inverted plural subject.
    assert flagged("En tant qu’équipe des partenariats, nous bâtissons des ponts.") == []
    assert flagged("Nous travaillons en tant qu’équipe des partenariats.") == []
    # The same construction without "en tant que" is still a conjugation error, and a verb after
    # "en tant que" is still Grammalecte's confusion.
    assert flagged("Les gens qu’équipe des partenariats sont là.") == ["équipe"]
    assert [p.kind for p in problems("En tant que conseille des ministres, vous décidez.")] == ["confusion"]


def test_a_verb_opening_a_list_item_continues_the_lead_in_and_is_not_an_imperative():
    # "une personne qui : - comprend que…": the item's verb has the lead-in's subject; Grammalecte,
    # reading the item alone, took it for an imperative lacking its "s".
    text = ("Nous cherchons une personne qui :\n\n- comprend que la sécurité n’est pas un simple problème technique;\n"
            "- Prend le temps d’écouter les gens.\n")
    assert flagged(text) == []
    # The same verb opening a paragraph, or inside an item, is still reported.
    assert flagged("Comprend bien ceci.") == ["Comprend"]
    assert flagged("- Vous devez : comprend la tâche.") == ["comprend"]


def test_an_adjective_after_a_noun_introduced_by_en_may_agree_with_the_noun_before():
    # "en nuage", "en tant que code": the adjective that follows may qualify the noun before them.
    assert flagged("Vous travaillez avec des fournisseurs de services en nuage communs.") == []
    assert flagged("Vous améliorez l’infrastructure en tant que code utilisée dans nos outils.") == []
    # Agreeing with neither noun, it is still reported; so is a plain disagreement.
    assert flagged("Vous travaillez avec des services en nuage commune.") == ["commune"]
    assert flagged("Vous suivez des méthodologies agile.") == ["agile"]


def test_the_second_form_of_a_doublet_written_with_a_slash_agrees_with_its_own_noun():
    assert flagged("Concepteur principal/Conceptrice principale", markdown=False) == []
    assert flagged("Recruteur créatif / Recruteuse créative", markdown=False) == []


def test_a_problem_ignored_in_the_window_is_the_finding_the_checks_give():
    from editor.model.language.grammar import ignore_key, ignored_finding

    body = "Les développeur de l’équipe\ntravaillent ensemble. Une personne motivé.\n"
    item = Posting(("---\ntitle: Analyste\n---\n" + body).encode(), None, "fr")
    [first, second] = problems(body)
    keys = {ignore_key(first.code, body[first.start:first.end].upper())}  # case does not matter
    found = check_grammar(item, "a.md", "fr")
    assert [ignored_finding(f, keys) for f in found] == [True, False]
    assert second.code == found[1].code


def test_a_grammar_checker_that_cannot_load_is_a_finding_in_both_languages(monkeypatch):
    import sys

    from editor.model.language import grammar

    monkeypatch.setattr(grammar, "_engine", None)
    monkeypatch.setitem(sys.modules, "grammalecte", None)  # the import fails, as in a broken installation
    item = posting("Une phrase que le correcteur n’a encore jamais lue, numéro 73 519.\n")
    [finding] = check_grammar(item, "poste.md", "fr")
    assert finding.code == "grammar-unavailable"
    assert finding.message.startswith("The French grammar checker could not be loaded (")
    assert finding.message.endswith("). French grammar was not checked.")
    assert finding.message_in("fr").startswith("Le correcteur grammatical français n’a pas pu être chargé (")


def test_the_engine_searches_with_patterns_compiled_once_and_finds_what_re_finds():
    import re

    from editor.model.language import grammar

    engine = grammar.engine()
    searcher = engine.gc_engine.re
    assert isinstance(searcher, grammar._CompiledOnce) and engine.gc_functions.re is searcher
    for pattern, text in [("^[nN]ous$", "Nous"), (":V[123]_.*:Q", ">aimer/:V1_it:Q:A:m:s"), ("x", "abc"), ("(?i)^PAR", "par")]:
        assert bool(searcher.search(pattern, text)) == bool(re.search(pattern, text))
        assert searcher.search(pattern, text) is None or searcher.search(pattern, text).span() == re.search(pattern, text).span()
    assert searcher.search("ab", "xAB", re.IGNORECASE).span() == (1, 3)
    assert searcher.escape("a.b") == re.escape("a.b")  # the rest is re's own
