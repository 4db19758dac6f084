import pytest

from editor.model.translation import check_posting_translation
from editor.model.translation.glossary import Glossary, GlossaryError, check_glossary
from editor.model.translation.inclusive import abbreviated_forms, check_inclusive
from editor.model.translation.settings import TranslationSettings

from tests.model.translation.helpers import EN_BODY, FR_BODY, context, make


def test_abbreviated_doublets_are_found():
    text = ("Les candidat(e)s, le conseiller/conseillère, un·e agent·e, les étudiant·e·s, la principalE, "
            "l’administrateur/trice, l’étudiant.e, l’adjoint-e et Agent·e.")
    assert [form for _s, _e, form in abbreviated_forms(text)] == [
        "candidat(e)s", "conseiller/conseillère", "un·e", "agent·e", "étudiant·e·s", "principalE",
        "administrateur/trice", "étudiant.e", "adjoint-e", "Agent·e"]


def test_ordinary_words_are_not_doublets():
    text = ("Et/ou, anglais/français, peut-être, c’est-à-dire, porte-parole, les années 2020, SNC/ASN, "
            "Python/Django, le site canada.ca, `agent·e` dans du code, https://x.ca/candidat(e).")
    assert abbreviated_forms(text) == []


def test_notes_with_the_portal_advice_once_per_posting():
    posting = make("fr", "Nous cherchons un·e analyste.\n\nLe ou la candidat(e) retenu(e) sera formé·e.\n")
    found = check_inclusive(posting, "fr.md")
    assert [f.code for f in found] == ["inclusive-abbreviated-form"] * 4
    assert all(f.severity.value == "info" for f in found)
    assert "les agentes et les agents" in found[0].message
    assert f"see the note on line {found[0].line}" in found[1].message


def test_settings_switch_inclusive_notes_off(tmp_path):
    folder = tmp_path / ".posting-editor"
    folder.mkdir()
    (folder / "config.yaml").write_text("inclusive_writing: false\ntypography: france\ndisabled_checks: [typography-apostrophe]\n")
    settings = TranslationSettings.load(tmp_path)
    assert (settings.inclusive_writing, settings.typography, settings.problem) == (False, "france", None)
    posting = make("fr", "Un·e analyste prêt·e ? Oui l'équipe et l’équipe et l’autre.\n")
    found = check_posting_translation(posting, "fr.md", "fr", settings=settings)
    assert [f.code for f in found] == ["typography-space-before-punctuation"]
    assert "narrow" in found[0].message


def test_bad_settings_fall_back_to_defaults(tmp_path):
    folder = tmp_path / ".posting-editor"
    folder.mkdir()
    (folder / "config.yaml").write_text("typography: belgique\ninclusive_writing: maybe\n")
    settings = TranslationSettings.load(tmp_path)
    assert (settings.typography, settings.inclusive_writing) == ("canada", True)
    english, french = settings.problem.text("en"), settings.problem.text("fr")
    assert "typography must be canada or france, not 'belgique'" in english and "inclusive_writing" in english
    assert "typography doit valoir canada ou france, pas «\u00a0belgique\u00a0»" in french and "true ou false" in french
    assert TranslationSettings.load(tmp_path / "nowhere") == TranslationSettings()


def test_settings_and_dictionary_problems_are_findings_worded_in_each_language(tmp_path):
    from editor.model.checks.pipeline import check_site
    from editor.model.hugo.config import Site
    from editor.model.site.index import SiteIndex

    (tmp_path / "content" / "en").mkdir(parents=True)
    folder = tmp_path / ".posting-editor"
    (folder / "dictionary.txt").mkdir(parents=True)  # a folder where the file should be
    (folder / "config.yaml").write_text("pretranslate_threshold: 7\n")
    (folder / "glossary.yaml").write_text("terms: 3\n")
    found = {f.code: f for f in check_site(SiteIndex.build(Site.open(tmp_path)), grammar=False, cache=False)}
    said = {code: (found[code].as_text("en"), found[code].as_text("fr"))
            for code in ("settings-unreadable", "dictionary-unreadable", "glossary-unreadable")}
    assert "pretranslate_threshold must be a whole number" in said["settings-unreadable"][0]
    assert "pretranslate_threshold doit être un nombre entier de 50 à 100" in said["settings-unreadable"][1]
    assert "its words are not used" in said["dictionary-unreadable"][0]
    assert "ses mots ne sont pas utilisés" in said["dictionary-unreadable"][1]
    assert "must hold a list of terms" in said["glossary-unreadable"][0]
    assert "doit contenir une liste de termes" in said["glossary-unreadable"][1]
    # Plain data still: JSON carries the detail in both languages.
    assert found["settings-unreadable"].as_dict("fr")["params"]["detail_words"].keys() == {"en", "fr"}


def test_starter_glossary_load_edit_save(tmp_path):
    glossary = Glossary.load(tmp_path)
    assert glossary.path == tmp_path / ".posting-editor" / "glossary.yaml" and not glossary.path.exists()
    assert any(e.en == ("Treasury Board",) for e in glossary.entries)
    entry = glossary.add("Digital Services Agency", ["Agence des services numériques", "ASN"], note="our name")
    glossary.remove(glossary.entries[0])
    glossary.save()
    again = Glossary.load(tmp_path)
    assert len(again.entries) == len(glossary.entries)
    assert again.entries[-1].fr == ("Agence des services numériques", "ASN") and again.entries[-1].note == "our name"
    again.update(again.entries[-1], en="Digital Service Agency")
    assert again.entries[-1].found_in("the digital service agency", "en")
    assert entry.found_in("L’AGENCE DES SERVICES NUMERIQUES", "fr")
    with pytest.raises(ValueError):
        glossary.add("", "x")


def test_unreadable_glossary(tmp_path):
    path = tmp_path / ".posting-editor" / "glossary.yaml"
    path.parent.mkdir()
    path.write_text("terms: [unclosed\n")
    with pytest.raises(GlossaryError):
        Glossary.load(tmp_path)


@pytest.mark.parametrize("kind", ["folder", "pipe", "dangling link"])
def test_a_glossary_that_is_not_a_readable_file_is_said_not_replaced_by_the_starter(tmp_path, kind):
    """Something at the glossary's name that cannot be read (a folder, a pipe, a link to a file not
    checked out) was taken for no glossary: the starter's terms were checked instead, without a word."""
    import os

    path = tmp_path / ".posting-editor" / "glossary.yaml"
    path.parent.mkdir()
    if kind == "folder":
        path.mkdir()
    elif kind == "pipe":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no named pipes on this system")
        os.mkfifo(path)
    else:
        path.symlink_to(tmp_path / "terminology" / "glossary.yaml")
    with pytest.raises(GlossaryError, match="cannot be read"):
        Glossary.load(tmp_path)


def test_matching_tolerates_case_accents_plural_and_hyphens():
    glossary = Glossary([])
    entry = glossary.add(["security clearance"], ["cote de sécurité"])
    assert entry.found_in("Both security clearances are needed", "en")
    assert entry.found_in("les COTES DE SECURITE", "fr")
    assert not entry.found_in("securityclearance", "en")
    acronym = glossary.add("GC", "GC")
    assert acronym.found_in("the GC network", "en") and not acronym.found_in("a gc network", "en")
    assert glossary.lookup("A security clearance is required", "en") == [entry]


def test_glossary_term_missing_in_translation():
    glossary = Glossary([])
    glossary.add("Computer Systems group", "Systèmes d’ordinateurs")
    assert check_glossary(context(EN_BODY, FR_BODY), glossary) == []
    fr = FR_BODY.replace("Systèmes d’ordinateurs", "Systèmes informatiques")
    ctx = context(EN_BODY, fr)
    found = check_glossary(ctx, glossary)
    assert [(f.file, f.code) for f in found] == [("fr.md", "glossary-term-missing")]
    assert "CS-03" in ctx.fr.posting.text().split("\n")[found[0].line - 1]
    # The source is the reference: a term only in the translation is not reported.
    assert check_glossary(context(EN_BODY.replace("Computer Systems group", "CS group"), FR_BODY), glossary) == []
