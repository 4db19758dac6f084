"""English words left in French sentences (language/english_words.py through check_spelling)."""

from __future__ import annotations

from editor.model.checks.setup import CheckSetup

from editor.model.checks.pipeline import check_file
from editor.model.frontmatter.posting import Posting
from editor.model.language.site_dictionary import SiteDictionary
from editor.model.language.spelling import check_spelling
from editor.model.translation.glossary import Glossary, GlossaryEntry


def posting(body: str, *, title: str = "Analyste de données", description: str = "Une courte description.") -> Posting:
    text = f"---\ntitle: {title}\ndescription: {description}\n---\n{body}"
    return Posting(text.encode("utf-8"))


def found(item: Posting, **options) -> list[tuple[str, int, int, str]]:
    return [(f.code, f.line, f.column, f.message.split("”")[0].lstrip("“"))
            for f in check_spelling(item, "fr.md", "fr", site=options.get("site", SiteDictionary()))]


def test_english_words_in_a_french_sentence_are_one_finding_per_run():
    line = "Vous gérez la priorisation des backlogs et faites preuve de growth mindset au quotidien."
    item = posting(line + "\n")
    assert found(item) == [("english-in-french", 5, line.index("backlogs") + 1, "backlogs"),
                           ("english-in-french", 5, line.index("growth") + 1, "growth mindset")]


def test_english_words_are_not_also_spelling_findings_but_french_slips_are():
    item = posting("Le role du backlog est clair, et la mise en oeuvre aussi.\n")
    codes = [(code, word) for code, _, _, word in found(item)]
    assert ("english-in-french", "backlog") in codes
    assert ("spelling", "role") in codes and ("spelling", "oeuvre") in codes  # missing accents, not English
    assert not any(code == "spelling" and word == "backlog" for code, word in codes)


def test_names_italics_and_english_paragraphs_are_left_alone():
    item = posting("Vous utiliserez Trello, Slack et le *backlog* de l’équipe.\n\n"
                   "We are looking for someone who will manage the backlog of the team and help us.\n")
    assert [f for f in found(item) if f[0] == "english-in-french"] == []


def test_the_sites_words_and_its_glossary_terms_are_accepted():
    item = posting("Vous tenez le backlog de produit à jour avec l’équipe.\n")
    assert found(item, site=SiteDictionary().with_words(["backlog"], "fr")) == []
    setup = CheckSetup.for_site(None)
    glossary_setup = CheckSetup(setup.settings, Glossary([GlossaryEntry(("product backlog",), ("backlog de produit",))]),
                                setup.guidance, None)
    from editor.model.checks.setup import with_glossary

    words = with_glossary(SiteDictionary(), glossary_setup.glossary)
    assert found(item, site=words) == []


def test_an_english_title_in_the_french_file_is_not_english_in_french():
    # Left untranslated, the title's words stay spelling findings; the French description's English word is named.
    item = posting("Texte.\n", title="Head of Engineering", description="Nous cherchons un backlog manager.")
    assert [(code, line) for code, line, _, _ in found(item)] == [("spelling", 2), ("spelling", 2), ("english-in-french", 3)]
    assert found(item)[2][3] == "In the description: “backlog"


def test_the_pipeline_reports_english_in_french():
    item = posting("Vous gérez les backlogs de l’équipe.\n")
    codes = {f.code for f in check_file(item, "fr.md", "fr", CheckSetup.for_site(None))}
    assert "english-in-french" in codes and "spelling" not in codes
