"""XLIFF 1.2 export and import of a pair: schema-valid, byte-exact round trips, minimal edits."""

from __future__ import annotations

import copy

import pytest
from lxml import etree

from editor.model.translation.inline_codes import Code, join, split_markup
from editor.model.translation.xliff import XliffError, export_pair
from editor.model.translation.xliff_import import describe, import_xliff, plan_import
from tests.model.translation.xliff_support import (
    EN, FR, NS, assert_valid, en_file, fr_file, pair_site, reindex, set_target, unit,
)


def _write(tmp_path, root) -> str:
    path = tmp_path / "out.xlf"
    path.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    return str(path)


def test_markup_is_cut_into_codes_that_join_back_exactly():
    text = 'A **b** [c](https://x.org/a_(b) "t") `d*e` <br/> &nbsp; \\* {{< ref "x" >}} snake_case _f_'
    parts = split_markup(text)
    assert join(parts) == text
    codes = [p.text for p in parts if isinstance(p, Code)]
    assert codes == ["**", "**", "[", '](https://x.org/a_(b) "t")', "`d*e`", "<br/>", "&nbsp;", "\\*",
                     '{{< ref "x" >}}', "_", "_"]
    assert " snake_case " in parts


def test_export_is_valid_xliff_with_codes_states_and_notes(tmp_path):
    index = pair_site(tmp_path)
    root = assert_valid(export_pair(index, "analyst", "fr"))
    file = root.find("x:file", NS)
    assert (file.get("source-language"), file.get("target-language")) == ("en-CA", "fr-CA")
    assert file.get("original") == "content/en/careers/positions/analyst-en.md"
    notes = [n.text for n in file.findall("x:header/x:note", NS)]
    assert "translationKey: analyst" in notes and "target: content/fr/careers/positions/analyst-fr.md" in notes
    ids = [u.get("id") for u in root.iter(f"{{{NS['x']}}}trans-unit")]
    assert ids[:2] == ["title", "description"] and len(ids) == 2 + 5
    first = unit(root, "b0")
    assert [ph.text for ph in first.find("x:source", NS)] == ["**", "**", "[", '](https://example.org/forms "Forms")', "`work`"]
    target = first.find("x:target", NS)
    assert target.get("state") == "translated" and target.text == "Notre "
    assert [ph.get("id") for ph in target] == [ph.get("id") for ph in first.find("x:source", NS)]
    marked = unit(root, "b3").find("x:target", NS)
    assert marked.get("state") == "needs-translation" and "".join(marked.itertext()) == "Write *clear* guides\nfor new staff<br>and managers"
    assert first.get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"
    context = {c.get("context-type"): c.text for c in first.iter(f"{{{NS['x']}}}context")}
    assert context["sourcefile"].endswith("analyst-en.md") and context["linenumber"] == "11"


def test_importing_an_unchanged_export_changes_no_byte(tmp_path):
    index = pair_site(tmp_path)
    before = fr_file(tmp_path).read_bytes()
    (tmp_path / "a.xlf").write_bytes(export_pair(index, "analyst", "fr"))
    reports = import_xliff(reindex(tmp_path), tmp_path / "a.xlf")
    assert fr_file(tmp_path).read_bytes() == before
    assert not reports[0].changed and list(map(describe, reports[0].kept)) == ["the item at line 16"]


def test_editing_one_target_changes_only_that_block(tmp_path):
    index = pair_site(tmp_path)
    root = etree.fromstring(export_pair(index, "analyst", "fr"))
    set_target(root, "b3", "Rédiger des guides clairs\npour le personnel")
    report = import_xliff(reindex(tmp_path), _write(tmp_path, root))[0]
    assert list(map(describe, report.updated)) == ["the item at line 16"]
    text = fr_file(tmp_path).read_text()
    expected = FR.replace("[À TRADUIRE] Write *clear* guides\n  for new staff<br>and managers",
                          "Rédiger des guides clairs\n  pour le personnel")
    assert text.endswith(expected)


def test_inline_markup_survives_when_the_codes_move(tmp_path):
    index = pair_site(tmp_path)
    root = etree.fromstring(export_pair(index, "analyst", "fr"))
    target = unit(root, "b0").find("x:target", NS)
    codes = {ph.get("id"): ph for ph in target}
    for child in list(target):
        target.remove(child)
    # The translator moved the bold after the link and the tool kept only empty <x/> for two codes.
    target.text = "Des "
    target.append(copy.deepcopy(codes["3"]))
    codes["3"].tail = None
    link = target[-1]
    link.tail = "formulaires"
    end = etree.SubElement(target, f"{{{NS['x']}}}x", id="4")
    end.tail = " faits par notre "
    etree.SubElement(target, f"{{{NS['x']}}}x", id="1").tail = "équipe"
    etree.SubElement(target, f"{{{NS['x']}}}ph", id="2").text = "**"
    target[-1].tail = "."
    import_xliff(reindex(tmp_path), _write(tmp_path, root))
    first = fr_file(tmp_path).read_text().split("---\n\n", 1)[1].split("\n")[0]
    assert first == 'Des [formulaires](https://example.org/forms "Forms") faits par notre **équipe**.'


def test_a_cat_tool_file_imports(tmp_path):
    """Units in another order, targets with state="translated" wrapped in <mrk> segments, the
    source in <seg-source>, whitespace not preserved and codes as <x/> only."""
    index = pair_site(tmp_path)
    xliff = f"""<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="{NS['x']}">
  <file original="content/en/careers/positions/analyst-en.md" source-language="en-CA" target-language="fr-CA"
        datatype="x-markdown">
    <header><note>translationKey: analyst</note></header>
    <body>
      <trans-unit id="b2">
        <source>Answer letters from the public</source>
        <target state="translated">
          Répondre aux   lettres
          du public
        </target>
      </trans-unit>
      <trans-unit id="title"><source>Data Analyst</source>
        <target state="translated"><mrk mtype="seg" mid="1">Analyste des données</mrk></target></trans-unit>
      <trans-unit id="b3">
        <source>Write <ph id="1">*</ph>clear<ph id="2">*</ph> guides
  for new staff<ph id="3">&lt;br&gt;</ph>and managers</source>
        <seg-source><mrk mtype="seg" mid="1">Write <ph id="1">*</ph>clear<ph id="2">*</ph> guides for new staff<ph id="3">&lt;br&gt;</ph>and managers</mrk></seg-source>
        <target state="translated"><mrk mtype="seg" mid="1">Rédiger des guides <x id="1"/>clairs<x id="2"/> pour le personnel<x id="3"/>et les gestionnaires</mrk></target>
      </trans-unit>
      <trans-unit id="description"><source>A description.</source><target state="needs-translation">x</target></trans-unit>
      <trans-unit id="b0"><source>Our <ph id="1">**</ph>small team<ph id="2">**</ph> builds <ph id="3">[</ph>forms<ph id="4">](https://example.org/forms "Forms")</ph> that <ph id="5">`work`</ph> for people.</source></trans-unit>
      <trans-unit id="b1"><source>What you will do</source></trans-unit>
      <trans-unit id="b4"><source>x</source></trans-unit>
    </body>
  </file>
</xliff>"""
    # b4 holds the English text for real; read it from our own export.
    ours = etree.fromstring(export_pair(index, "analyst", "fr"))
    root = etree.fromstring(xliff.encode())
    for unit_id in ("b4",):
        mine = unit(root, unit_id)
        mine.replace(mine.find("x:source", NS), copy.deepcopy(unit(ours, unit_id).find("x:source", NS)))
    assert_valid(etree.tostring(root))
    report = import_xliff(reindex(tmp_path), _write(tmp_path, root))[0]
    assert sorted(map(describe, report.updated)) == ["the item at line 16", "the title"]
    text = fr_file(tmp_path).read_text()
    assert "title: 'Analyste des données'" in text
    assert "- Rédiger des guides *clairs* pour le personnel<br>et les gestionnaires\n" in text
    assert "- Répondre aux lettres du public\n" in text and "A description." in text  # unchanged, state kept


def test_untranslated_units_keep_their_marker(tmp_path):
    index = pair_site(tmp_path)
    root = etree.fromstring(export_pair(index, "analyst", "fr"))
    set_target(root, "b3", "Rédiger des guides", state="needs-translation")
    set_target(root, "b2", "Répondre aux lettres du public !")
    import_xliff(reindex(tmp_path), _write(tmp_path, root))
    text = fr_file(tmp_path).read_text()
    assert "- [À TRADUIRE] Write *clear* guides" in text and "public !" in text


def test_a_new_translation_creates_the_file_named_by_its_title(tmp_path):
    index = pair_site(tmp_path, fr=None)
    root = assert_valid(export_pair(index, "analyst", "fr"))
    assert all(u.find("x:target", NS) is None or u.find("x:target", NS).get("state") == "needs-translation"
               for u in root.iter(f"{{{NS['x']}}}trans-unit"))
    path = _write(tmp_path, root)
    assert not import_xliff(reindex(tmp_path), path)[0].changed  # nothing translated: no file
    assert not list((tmp_path / "content").rglob("*fr*.md"))
    set_target(root, "title", "Analyste de données")
    set_target(root, "b1", "Ce que vous ferez")
    report = import_xliff(reindex(tmp_path), _write(tmp_path, root))[0]
    assert report.created and report.file.endswith("analyste-de-données--0f8fad5b-d9cb-469f-a165-70867728950e.md")
    text = (tmp_path / report.file).read_text()
    assert "## Ce que vous ferez" in text and "[À TRADUIRE] Answer letters" in text


def test_a_changed_source_is_refused_with_the_difference(tmp_path):
    index = pair_site(tmp_path)
    path = tmp_path / "a.xlf"
    path.write_bytes(export_pair(index, "analyst", "fr"))
    en_file(tmp_path).write_text(en_file(tmp_path).read_text().replace("Answer letters", "Answer calls"))
    before = fr_file(tmp_path).read_bytes()
    with pytest.raises(XliffError) as caught:
        plan_import(reindex(tmp_path), path)
    message = str(caught.value)
    assert "source text changed since the export" in message
    assert "-b2: Answer letters from the public" in message and "+b2: Answer calls from the public" in message
    assert fr_file(tmp_path).read_bytes() == before


def test_a_block_changed_on_both_sides_is_refused(tmp_path):
    index = pair_site(tmp_path)
    root = etree.fromstring(export_pair(index, "analyst", "fr"))
    set_target(root, "b2", "Répondre au courrier du public")
    fr_file(tmp_path).write_text(fr_file(tmp_path).read_text().replace("aux lettres", "aux courriels"))
    with pytest.raises(XliffError, match="changed since the export where the translation would go: the item at line 15"):
        plan_import(reindex(tmp_path), _write(tmp_path, root))


HOSTILE = {
    "xxe": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
           b'<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">&e;</xliff>',
    "laughs": b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">'
              b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;">]><xliff>&c;</xliff>',
    "not xml": b"<xliff><file></xliff>",
    "not xliff": b"<html/>",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_or_broken_files_are_refused_clearly(tmp_path, name):
    from editor.model.translation.xml_input import XmlInputError

    index = pair_site(tmp_path)
    path = tmp_path / "bad.xlf"
    path.write_bytes(HOSTILE[name])
    with pytest.raises((XmlInputError, XliffError), match="document type|not well-formed|not an XLIFF"):
        plan_import(index, path)


def test_a_huge_file_is_refused_before_it_is_parsed(tmp_path, monkeypatch):
    from editor.model.translation import xml_input

    monkeypatch.setattr(xml_input, "MAX_XML_BYTES", 1000)
    index = pair_site(tmp_path)
    path = tmp_path / "big.xlf"
    path.write_bytes(b"<xliff>" + b" " * 5000 + b"</xliff>")
    with pytest.raises(xml_input.XmlInputError, match="larger than"):
        plan_import(index, path)


def test_a_key_with_several_files_needs_the_file(tmp_path):
    from tests.model.translation.helpers import posting_text

    index = pair_site(tmp_path)
    old = en_file(tmp_path).with_name("analyst-old-en.md")
    old.write_text(posting_text("Old Analyst", "An older version of the posting.\n"), encoding="utf-8")
    index = reindex(tmp_path)
    with pytest.raises(XliffError, match="several English files"):
        export_pair(index, "analyst", "fr")
    root = assert_valid(export_pair(index, "content/en/careers/positions/analyst-en.md", "fr"))
    notes = [n.text for n in root.findall("x:file/x:header/x:note", NS)]
    assert "translationKey: analyst" in notes and "target: content/fr/careers/positions/analyst-fr.md" in notes
    set_target(root, "b1", "Vos tâches")
    report = import_xliff(index, _write(tmp_path, root))[0]
    assert report.file == "content/fr/careers/positions/analyst-fr.md" and "## Vos tâches\n" in fr_file(tmp_path).read_text()


def test_a_title_or_description_a_cat_tool_broke_over_lines_is_imported_on_one_line(tmp_path):
    """A line break typed in a CAT tool's segment (Shift+Enter) reached the file: the title was
    written as "Analyste\\nprincipal", which `set` refuses (Hugo puts the title in <title> and the
    meta tags, where a break shows badly) and no check reported. The lines are joined, as the
    window joins pasted ones."""
    index = pair_site(tmp_path)
    root = etree.fromstring(export_pair(index, "analyst", "fr"))
    set_target(root, "title", "Analyste\nprincipal")
    set_target(root, "description", "Une description\r\n  sur deux lignes.")
    report = import_xliff(reindex(tmp_path), _write(tmp_path, root))[0]
    assert report.changed
    [french] = reindex(tmp_path).pair_for_key("analyst").postings("fr")
    assert french.get("title") == "Analyste principal"
    assert french.get("description") == "Une description sur deux lignes."
    # Imported again, the same file changes nothing more.
    before = fr_file(tmp_path).read_bytes()
    assert not import_xliff(reindex(tmp_path), _write(tmp_path, root))[0].changed
    assert fr_file(tmp_path).read_bytes() == before


def test_a_heading_or_paragraph_a_cat_tool_broke_over_lines_keeps_the_blocks(tmp_path):
    """A line break in a heading's target (Shift+Enter in a CAT tool) made "## Vos tâches\\nau quotidien"
    a heading and a paragraph, and a blank line in a paragraph's target made two paragraphs: the
    French had a block more than the English, and every block after it was out of line. The
    heading's lines are joined, as the title's are, and a paragraph keeps its lines but not the
    blank ones; imported again, the file changes nothing more."""
    index = pair_site(tmp_path)
    root = etree.fromstring(export_pair(index, "analyst", "fr"))
    set_target(root, "b1", "Vos tâches\nau quotidien")
    set_target(root, "b0", "Notre petite équipe\n\n  \nconçoit des formulaires.")
    report = import_xliff(reindex(tmp_path), _write(tmp_path, root))[0]
    assert list(map(describe, report.updated)) == ["the paragraph at line 11", "the heading at line 13"]
    text = fr_file(tmp_path).read_text()
    assert "\n## Vos tâches au quotidien\n\n- Répondre" in text
    assert "\nNotre petite équipe\nconçoit des formulaires.\n\n## Vos tâches" in text
    before = fr_file(tmp_path).read_bytes()
    assert not import_xliff(reindex(tmp_path), _write(tmp_path, root))[0].changed
    assert fr_file(tmp_path).read_bytes() == before


@pytest.mark.parametrize("unit_id, text, place", [
    ("b0", "Notre équipe conçoit\n# des formulaires", "the paragraph at line 11"),
    ("b0", "Notre équipe\n- conçoit des formulaires", "the paragraph at line 11"),
    ("b2", "Répondre\n- aux lettres", "the item at line 15"),
])
def test_a_target_that_would_begin_another_block_is_refused_naming_it(tmp_path, unit_id, text, place):
    """A target line beginning as Markdown begins a heading or a list item (a CAT tool's line break
    before "- " or "# ") was written as it was: the paragraph became a paragraph and a heading, the
    item two items, and the French fell out of line with the English. Nothing is written."""
    index = pair_site(tmp_path)
    root = etree.fromstring(export_pair(index, "analyst", "fr"))
    set_target(root, "b1", "Vos tâches")
    set_target(root, unit_id, text)
    before = fr_file(tmp_path).read_bytes()
    with pytest.raises(XliffError) as caught:
        import_xliff(reindex(tmp_path), _write(tmp_path, root))
    assert f"{place} (unit {unit_id}): its translation would not stay one block" in str(caught.value)
    assert text.replace("\n", " ↵ ") in str(caught.value)
    assert "ne resterait pas un seul bloc" in caught.value.text("fr")
    assert fr_file(tmp_path).read_bytes() == before


@pytest.mark.parametrize("recorded", [True, False])
def test_an_imported_translation_is_remembered_as_saved_outside_git(tmp_path, recorded):
    """Outside git the window records each save of a translation; an XLIFF import did not, so the
    French it wrote read as changed since the translation was saved, and the pair was listed as
    "English: behind the French changes": the source, untouched, was called outdated."""
    from editor.model.site.pair import PostingPair
    from editor.model.translation.status import record_translation_saved, translation_status

    index = pair_site(tmp_path)
    if recorded:  # translated in the window before
        record_translation_saved(index.site, PostingPair.from_entry(index.pair_for_key("analyst")), translated="fr")
    root = etree.fromstring(export_pair(index, "analyst", "fr"))
    set_target(root, "b1", "Vos tâches")
    assert import_xliff(reindex(tmp_path), _write(tmp_path, root))[0].changed
    status = translation_status(reindex(tmp_path))["analyst"]
    assert (status.source, status.target, status.outdated, status.method) == ("en", "fr", False, "state")
    en_file(tmp_path).write_text(en_file(tmp_path).read_text().replace("Answer letters", "Answer calls"))
    status = translation_status(reindex(tmp_path))["analyst"]
    assert (status.source, status.outdated) == ("en", True)  # and a later change of the English is seen


def test_a_translation_whose_file_was_deleted_since_the_export_is_written_again(tmp_path):
    """The French file deleted (or moved away) after the export: the import compared each unit with
    the new file's marked skeleton and refused, saying the file "changed since the export where the
    translation would go" in 7 places, of a file that was not there. The translation is written
    into the new file; units left to translate keep the skeleton's marker."""
    from editor.model.frontmatter.posting import Posting

    index = pair_site(tmp_path)
    path = tmp_path / "a.xlf"
    path.write_bytes(export_pair(index, "analyst", "fr"))
    fr_file(tmp_path).unlink()
    report = import_xliff(reindex(tmp_path), path)[0]
    assert report.created and report.file.startswith("content/fr/careers/positions/analyste-de-données--")
    assert list(map(describe, report.kept)) == ["the item at line 16"]
    body = Posting.load(tmp_path / report.file).body
    assert body.strip() == FR.strip()
