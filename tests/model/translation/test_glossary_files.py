"""The glossary as TBX (out and in) and CSV (in): valid structure, merge report, idempotent re-import."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from editor.model.translation.glossary import Glossary
from editor.model.translation.glossary_files import TermFileError, glossary_tbx, merge_terms, read_terms

SCHEMA = Path(__file__).parent / "schemas" / "tbx-core-subset.xsd"


def _glossary() -> Glossary:
    glossary = Glossary()
    glossary.add("Treasury Board", "Conseil du Trésor", "the federal body")
    glossary.add(["term employment", "term position"], ["durée déterminée", "période déterminée"])
    return glossary


def test_export_is_valid_tbx_with_every_form_and_note():
    data = glossary_tbx(_glossary())
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    root = etree.fromstring(data)
    assert schema.validate(root), schema.error_log
    ns = {"t": "urn:iso:std:iso:30042:ed-2"}
    second = root.findall(".//t:conceptEntry", ns)[1]
    assert [t.text for t in second.findall("t:langSec[@{http://www.w3.org/XML/1998/namespace}lang='fr-CA']//t:term", ns)] == [
        "durée déterminée", "période déterminée"]
    assert root.find(".//t:conceptEntry/t:note", ns).text == "the federal body"


def test_tbx_reimports_to_the_same_content(tmp_path):
    path = tmp_path / "g.tbx"
    path.write_bytes(glossary_tbx(_glossary()))
    terms = read_terms(path)
    assert [(t.en, t.fr, t.note) for t in terms] == [
        (("Treasury Board",), ("Conseil du Trésor",), "the federal body"),
        (("term employment", "term position"), ("durée déterminée", "période déterminée"), ""),
    ]
    fresh = Glossary()
    first = merge_terms(fresh, terms)
    assert first.added == ["Treasury Board", "term employment"]
    again = merge_terms(fresh, read_terms(path))
    assert not again.modified and len(again.skipped) == 2
    assert [(e.en, e.fr, e.note) for e in fresh.entries] == [(e.en, e.fr, e.note) for e in _glossary().entries]


def test_a_tbx_v2_file_from_a_terminology_tool(tmp_path):
    path = tmp_path / "old.tbx"
    path.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></martifHeader>
<text><body>
  <termEntry id="t1"><descrip type="definition">A  pay scale</descrip>
    <langSet xml:lang="en-US"><tig><term>salary range</term></tig></langSet>
    <langSet xml:lang="fr-FR"><ntig><termGrp><term>échelle salariale</term></termGrp></ntig></langSet>
    <langSet xml:lang="de"><tig><term>Gehaltsspanne</term></tig></langSet></termEntry>
  <termEntry id="t2"><langSet xml:lang="en"><tig><term>orphan</term></tig></langSet></termEntry>
</body></text></martif>""", encoding="utf-8")
    report = merge_terms(glossary := Glossary(), read_terms(path))
    assert report.added == ["salary range"] and [str(s) for s in report.skipped] == ["orphan (entry t2: no French form)"]
    assert [s.text("fr") for s in report.skipped] == ["orphan (entrée t2\u00a0: pas de forme en français)"]
    assert glossary.entries[0].fr == ("échelle salariale",) and glossary.entries[0].note == "A pay scale"


def test_csv_with_a_header_changes_and_skips(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text("French;English;Note\nConseil du Trésor du Canada;treasury board;\n"
                    "gestionnaire|cadre;manager;\n;lonely;\ngestionnaire;Manager;twice\n", encoding="utf-8-sig")
    glossary = _glossary()
    report = merge_terms(glossary, read_terms(path))
    assert report.changed == ["treasury board"] and report.added == ["manager"]
    assert [str(s) for s in report.skipped] == ["lonely (line 4: no French form)",
                                                "Manager (line 5: already earlier in the file)"]
    assert [s.text("fr") for s in report.skipped] == ["lonely (ligne 4\u00a0: pas de forme en français)",
                                                      "Manager (ligne 5\u00a0: déjà plus haut dans le fichier)"]
    assert glossary.entries[0].fr == ("Conseil du Trésor du Canada",) and glossary.entries[0].note == "the federal body"
    assert glossary.entries[2].fr == ("gestionnaire", "cadre")


@pytest.mark.parametrize("header", ["Term (en),Term (fr),Note", "term_fr,term_en,note", "Terme [FR],Term [EN]",
                                    "EN-CA,FR-CA"])
def test_a_header_that_names_the_languages_by_their_codes_is_read_as_one(tmp_path, header):
    """A terminology tool's 'Term (en),Term (fr)' header was imported as a term of its own."""
    path = tmp_path / "g.csv"
    english_first = header.lower().index("en") < header.lower().index("fr")
    row = "hiring manager,gestionnaire d’embauche" if english_first else "gestionnaire d’embauche,hiring manager"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    report = merge_terms(glossary := Glossary(), read_terms(path))
    assert report.added == ["hiring manager"] and report.skipped == []
    assert glossary.entries[0].fr == ("gestionnaire d’embauche",)


@pytest.mark.parametrize("header", ["en-US,fr-FR", "EN_CA,FR_CA", "Term (en-US),Term (fr-FR)", "fr-BE,en-GB,note"])
def test_a_header_naming_the_languages_with_any_region_is_read_as_one(tmp_path, header):
    """Only en-CA and fr-CA were known: a tool's "en-US,fr-FR" header (or "EN_CA", "Term (en-US)")
    was imported as the term "en-US" → "fr-FR", though the XLIFF and TMX readers take any region."""
    path = tmp_path / "g.csv"
    english_first = header.lower().index("en") < header.lower().index("fr")
    row = "hiring manager,gestionnaire d’embauche" if english_first else "gestionnaire d’embauche,hiring manager"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    report = merge_terms(glossary := Glossary(), read_terms(path))
    assert report.added == ["hiring manager"] and report.skipped == []
    assert glossary.entries[0].fr == ("gestionnaire d’embauche",)


def test_a_first_row_that_merely_contains_a_language_word_is_a_term(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text("French immersion,immersion en français\nmanager,gestionnaire\n", encoding="utf-8")
    report = merge_terms(Glossary(), read_terms(path))
    assert report.added == ["French immersion", "manager"]


def test_unreadable_term_files_are_refused(tmp_path):
    binary = tmp_path / "g.csv"
    binary.write_bytes(b"\xff\xfe\x00\x01garbage")
    with pytest.raises(TermFileError, match="not a UTF-8 text file"):
        read_terms(binary)
    hostile = tmp_path / "g.tbx"
    hostile.write_text('<!DOCTYPE t [<!ENTITY a SYSTEM "file:///etc/passwd">]><tbx>&a;</tbx>')
    with pytest.raises(TermFileError, match="declares a document type"):
        read_terms(hostile)
    (tmp_path / "x.tbx").write_text("<html/>")
    with pytest.raises(TermFileError, match="not a TBX file"):
        read_terms(tmp_path / "x.tbx")
    with pytest.raises(TermFileError, match="no such file"):
        read_terms(tmp_path / "missing.tbx")


def test_a_csv_without_a_header_says_how_its_columns_were_read(tmp_path):
    """A CSV with no header row was read as English, French, note without a word about it."""
    from editor.model.translation.glossary_files import read_term_file

    path = tmp_path / "g.csv"
    path.write_text("hiring manager,gestionnaire d’embauche\nonboarding buddy,parrain d’accueil,a colleague\n",
                    encoding="utf-8")
    read = read_term_file(path)
    assert [term.en for term in read.terms] == [("hiring manager",), ("onboarding buddy",)]  # line 1 is a term
    assert read.assumed is not None
    assert read.assumed.text("en") == (f"{path} has no header row naming its columns: they were read as English, "
                                       "French and note, in that order, from line 1.")
    assert read.assumed.text("fr") == (f"{path} n’a pas de ligne d’en-tête qui nomme ses colonnes\u00a0: elles ont "
                                       "été lues comme anglais, français et note, dans cet ordre, dès la ligne 1.")


def test_a_csv_with_a_header_and_a_tbx_file_assume_nothing(tmp_path):
    from editor.model.translation.glossary_files import read_term_file

    path = tmp_path / "g.csv"
    path.write_text("en,fr\nhiring manager,gestionnaire d’embauche\n", encoding="utf-8")
    assert read_term_file(path).assumed is None
    tbx = tmp_path / "g.tbx"
    tbx.write_bytes(glossary_tbx(_glossary()))
    assert read_term_file(tbx).assumed is None and len(read_term_file(tbx).terms) == 2


@pytest.mark.parametrize("header", ["Source,Target", "Term,Translation,Notes", "English,Note", "Terme;Traduction"])
def test_a_first_row_of_column_names_that_do_not_name_both_languages_is_refused(tmp_path, header):
    """'Source,Target' was imported as the term 'Source' → 'Target'."""
    path = tmp_path / "g.csv"
    separator = ";" if ";" in header else ","
    path.write_text(f"{header}\nhiring manager{separator}gestionnaire d’embauche\n", encoding="utf-8")
    with pytest.raises(TermFileError) as refused:
        read_terms(path)
    assert refused.value.key == "terms-header-unclear"
    assert "en" in str(refused.value) and "fr" in str(refused.value)
    assert "«\u00a0en,fr,note\u00a0»" in refused.value.text("fr")


@pytest.mark.parametrize("first, en, fr", [("English,anglais", "English", "anglais"),
                                          ("Language,langue", "Language", "langue"),
                                          ("Source,source", "Source", "source"),
                                          ("Training in,formation en", "Training in", "formation en"),
                                          ("Term;gestionnaire", "Term", "gestionnaire")])
def test_a_first_row_that_is_a_term_of_column_words_is_read_as_a_term(tmp_path, first, en, fr):
    """A headerless glossary whose first term is a word that also names columns ("English" →
    "anglais") was refused as an unclear header: a header names each column once, and a row that
    is not all column names, or names one twice, is a term, read as one, and said so."""
    from editor.model.translation.glossary_files import read_term_file

    separator = ";" if ";" in first else ","
    path = tmp_path / "g.csv"
    path.write_text(f"{first}\nhiring manager{separator}gestionnaire d’embauche\n", encoding="utf-8")
    read = read_term_file(path)
    assert [(term.en, term.fr) for term in read.terms] == [((en,), (fr,)),
                                                            (("hiring manager",), ("gestionnaire d’embauche",))]
    assert read.assumed is not None
    shown = first.replace(separator, ", ")
    assert read.assumed.text("en") == (f"{path}: its first row ({shown}) was read as a term, not as column names; "
                                       "the columns were read as English, French and note, in that order. If it "
                                       "names columns, name them en and fr (and note), e.g. 'en,fr,note'.")
    assert read.assumed.text("fr") == (f"{path}\u00a0: sa première ligne ({shown}) a été lue comme un terme, pas "
                                       "comme des noms de colonnes; les colonnes ont été lues comme anglais, "
                                       "français et note, dans cet ordre. Si elle nomme des colonnes, nommez-les "
                                       "en et fr (et note), par exemple «\u00a0en,fr,note\u00a0».")


@pytest.mark.parametrize("content", ["", "\n\n", " , \n\n,,\n"])
def test_an_empty_csv_is_said_to_hold_no_terms_not_read_without_a_header(tmp_path, content):
    path = tmp_path / "terms.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TermFileError) as raised:
        read_terms(path)
    assert raised.value.text("en") == f"{path} holds no terms: it is empty or holds only blank lines."
    assert "ne contient aucun terme" in raised.value.text("fr")
