"""A save of the glossary changes only the lines of the entries added, changed or removed: a
terminologist's comments, order, quoting and blank lines stay byte for byte, and the file reads
back as the same glossary a full rewrite would give."""

from __future__ import annotations

import difflib
import json

import pytest
import yaml

from editor.model.translation.glossary import Glossary, _HEADER
from editor.model.translation.settings import STATE_FOLDER

COMMENTED = """\
# Glossary of the Digital Service team — reviewed by the terminology unit.
# Keep the institutions first.

terms:
  # Institutions
  - en: Treasury Board   # TB, never 'the Board'
    fr: 'Conseil du Trésor'
    source: TERMIUM Plus

  - fr: "administrateur général"
    en: [deputy head, deputy minister]

  # Staffing
  - en: term employment
    fr: durée déterminée
    note: not "temporary"
  - not a term yet
  - en: public service
    fr: fonction publique
# end of the terms

reviewed_by: the translation team   # yearly
"""


@pytest.fixture
def site(tmp_path):
    folder = tmp_path / STATE_FOLDER
    folder.mkdir()
    (folder / "glossary.yaml").write_bytes(COMMENTED.encode("utf-8"))
    return tmp_path


def _saved(site) -> str:
    return (site / STATE_FOLDER / "glossary.yaml").read_bytes().decode("utf-8")


def _full_rewrite(glossary: Glossary) -> dict:
    """What today's full rewrite of the same glossary reads back as."""
    return yaml.safe_load(_HEADER + yaml.safe_dump({"terms": glossary._terms(), **glossary._unused.sections},
                                                   allow_unicode=True, sort_keys=False, width=100))


def _same_glossary(site, glossary: Glossary) -> None:
    reloaded = Glossary.load(site)
    expected = _full_rewrite(glossary)
    assert yaml.safe_load(_saved(site)) == expected
    assert [e.as_data() for e in reloaded.entries] == [e.as_data() for e in glossary.entries]
    assert reloaded._terms() == expected["terms"]


def _changed_lines(before: str, after: str) -> tuple[list[str], list[str]]:
    removed, added = [], []
    for line in difflib.ndiff(before.splitlines(keepends=True), after.splitlines(keepends=True)):
        if line.startswith("- "):
            removed.append(line[2:])
        elif line.startswith("+ "):
            added.append(line[2:])
    return removed, added


def test_an_edited_term_changes_only_its_own_lines(site):
    glossary = Glossary.load(site)
    entry = next(e for e in glossary.entries if e.en[0] == "term employment")
    glossary.update(entry, fr="période déterminée")
    glossary.save()
    after = _saved(site)
    removed, added = _changed_lines(COMMENTED, after)
    # The entry's lines are written again in the file's indentation: only the changed one differs.
    assert removed == ["    fr: durée déterminée\n"]
    assert added == ["    fr: période déterminée\n"]
    _same_glossary(site, glossary)


def test_a_changed_term_keeps_its_key_order_and_its_list_of_forms_on_one_line(site):
    glossary = Glossary.load(site)
    entry = next(e for e in glossary.entries if e.en[0] == "deputy head")
    glossary.update(entry, en=["deputy head", "deputy minister", "deputy heads"], note="the DM")
    glossary.save()
    removed, added = _changed_lines(COMMENTED, _saved(site))
    assert removed == ['  - fr: "administrateur général"\n', "    en: [deputy head, deputy minister]\n"]
    assert added == ["  - fr: administrateur général\n", "    en: [deputy head, deputy minister, deputy heads]\n",
                     "    note: the DM\n"]
    _same_glossary(site, glossary)


def test_an_added_term_adds_lines_and_changes_none(site):
    glossary = Glossary.load(site)
    glossary.add(["hiring manager", "hiring managers"], "gestionnaire d'embauche", note="a person")
    glossary.save()
    after = _saved(site)
    removed, added = _changed_lines(COMMENTED, after)
    assert removed == []
    assert added and "hiring manager" in "".join(added)
    # After the last term, before the comment that closes the list.
    assert after.index("hiring manager") > after.index("fonction publique") and \
        after.index("hiring manager") < after.index("# end of the terms")
    _same_glossary(site, glossary)


def test_a_removed_term_removes_only_its_lines(site):
    glossary = Glossary.load(site)
    glossary.remove(next(e for e in glossary.entries if e.en[0] == "deputy head"))
    glossary.save()
    removed, added = _changed_lines(COMMENTED, _saved(site))
    assert removed == ['  - fr: "administrateur général"\n', "    en: [deputy head, deputy minister]\n"]
    assert added == []
    _same_glossary(site, glossary)


def test_edits_added_and_removed_in_one_save_and_a_second_save_from_the_saved_text(site):
    glossary = Glossary.load(site)
    glossary.remove(glossary.entries[0])
    glossary.update(glossary.entries[-1], note="the whole federal public service")
    glossary.add("deputy minister", "sous-ministre")
    glossary.save()
    first = _saved(site)
    assert "# TB, never 'the Board'" not in first
    for kept in ("# Glossary of the Digital Service team", "  # Institutions\n", "  # Staffing\n",
                 "# end of the terms\n", "reviewed_by: the translation team   # yearly\n",
                 '  - fr: "administrateur général"\n', "  - not a term yet\n"):
        assert kept in first
    _same_glossary(site, glossary)
    glossary.add("public servant", "fonctionnaire")
    glossary.save()
    removed, added = _changed_lines(first, _saved(site))
    assert removed == [] and "public servant" in "".join(added)
    _same_glossary(site, glossary)


def test_a_save_with_nothing_changed_writes_the_same_bytes(site):
    glossary = Glossary.load(site)
    glossary.save()
    assert _saved(site) == COMMENTED


def test_windows_line_ends_are_kept(tmp_path):
    folder = tmp_path / STATE_FOLDER
    folder.mkdir()
    text = COMMENTED.replace("\n", "\r\n")
    (folder / "glossary.yaml").write_bytes(text.encode("utf-8"))
    glossary = Glossary.load(tmp_path)
    glossary.add("hiring manager", "gestionnaire d'embauche")
    glossary.save()
    saved = (folder / "glossary.yaml").read_bytes().decode("utf-8")
    assert "\n" not in saved.replace("\r\n", "")
    assert saved.startswith(text[: text.index("  - en: public service")])
    _same_glossary(tmp_path, glossary)


def test_a_glossary_that_cannot_be_edited_in_place_is_written_whole(tmp_path):
    folder = tmp_path / STATE_FOLDER
    folder.mkdir()
    # A flow sequence has no lines of its own per entry: the save writes the whole file, as before.
    (folder / "glossary.yaml").write_text("terms: [{en: Treasury Board, fr: Conseil du Trésor}]\n", encoding="utf-8")
    glossary = Glossary.load(tmp_path)
    glossary.add("public service", "fonction publique")
    glossary.save()
    assert (folder / "glossary.yaml").read_text(encoding="utf-8").startswith(_HEADER)
    _same_glossary(tmp_path, glossary)


def test_removing_every_term_still_reads_back_as_an_empty_glossary(site):
    glossary = Glossary.load(site)
    for entry in list(glossary.entries):
        glossary.remove(entry)
    glossary.save()
    assert Glossary.load(site).entries == []
    assert "# Glossary of the Digital Service team" in _saved(site)
    assert "  - not a term yet\n" in _saved(site)


# --------------------------------------------------------------- the comments of a changed entry
def _glossary_file(tmp_path, text: str):
    folder = tmp_path / STATE_FOLDER
    folder.mkdir(exist_ok=True)
    (folder / "glossary.yaml").write_bytes(text.encode("utf-8"))
    return folder / "glossary.yaml"


def _edit(tmp_path, text: str, english: str, **change) -> str:
    path = _glossary_file(tmp_path, text)
    glossary = Glossary.load(tmp_path)
    glossary.update(next(e for e in glossary.entries if e.en[0] == english), **change)
    glossary.save()
    assert [e.as_data() for e in Glossary.load(tmp_path).entries] == [e.as_data() for e in glossary.entries]
    return path.read_bytes().decode("utf-8")


def test_a_changed_term_keeps_the_comment_of_a_line_it_did_not_change(site):
    glossary = Glossary.load(site)
    glossary.update(next(e for e in glossary.entries if e.en[0] == "Treasury Board"), fr="Conseil du Trésor du Canada")
    glossary.save()
    removed, added = _changed_lines(COMMENTED, _saved(site))
    assert removed == ["    fr: 'Conseil du Trésor'\n"]
    assert added == ["    fr: Conseil du Trésor du Canada\n"]
    _same_glossary(site, glossary)


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_the_comment_of_the_changed_line_itself_stays_on_it(tmp_path, newline):
    text = ("terms:\n"
            "  - en: term employment\n"
            "    fr: durée déterminée    # since the 2019 review\n"
            "  - en: public service\n"
            "    fr: fonction publique\n").replace("\n", newline)
    after = _edit(tmp_path, text, "term employment", fr="période déterminée")
    assert after == text.replace("durée déterminée ", "période déterminée ")


def test_comments_of_a_whole_file_sequence_and_of_a_field_removed_stay(tmp_path):
    # The file may be the sequence itself (no "terms:"); the note removed keeps its words in the file.
    text = ("- en: deputy head   # DM in speech\n"
            "  # TERMIUM record 123\n"
            "  fr: administrateur général\n"
            "  note: the head of a department   # from the Act\n"
            "- en: public service\n"
            "  fr: fonction publique\n")
    after = _edit(tmp_path, text, "deputy head", fr=["administrateur général", "administratrice générale"], note="")
    assert after == ("- en: deputy head   # DM in speech\n"
                     "  # TERMIUM record 123\n"
                     "  fr: [administrateur général, administratrice générale]\n"
                     "  # from the Act\n"
                     "- en: public service\n"
                     "  fr: fonction publique\n")


def test_a_one_line_flow_entry_keeps_its_style_and_its_comment(tmp_path):
    text = ("terms:\n"
            "  - {en: Treasury Board, fr: Conseil du Trésor}   # TB\n"
            "  - {en: public service, fr: fonction publique}\n")
    after = _edit(tmp_path, text, "Treasury Board", en=["Treasury Board", "the Treasury Board"])
    assert after == ("terms:\n"
                     "  - {en: [Treasury Board, the Treasury Board], fr: Conseil du Trésor}   # TB\n"
                     "  - {en: public service, fr: fonction publique}\n")


def test_a_hash_inside_a_value_is_not_taken_for_a_comment(tmp_path):
    text = ("terms:\n"
            "  - en: 'grade #1'   # the first\n"
            "    fr: \"échelon #1\"\n"
            "    note: |\n"
            "      # not a comment: the note's own text\n"
            "      second line\n"
            "    source: TERMIUM   # checked\n")
    after = _edit(tmp_path, text, "grade #1", fr="échelon nº 1")
    assert after.count("#") == text.count("#") - 1  # the one of the French value changed
    assert "  - en: 'grade #1'   # the first\n" in after
    assert "    source: TERMIUM   # checked\n" in after
    assert "      # not a comment: the note's own text\n" in after


def test_a_block_list_of_forms_keeps_its_comments(tmp_path):
    text = ("terms:\n"
            "  - en:\n"
            "      - deputy head   # the usual one\n"
            "      - deputy minister\n"
            "    fr: administrateur général\n")
    after = _edit(tmp_path, text, "deputy head", fr="sous-ministre")
    assert "# the usual one" in after
    assert "sous-ministre" in after


def test_a_flow_sequence_changes_only_the_entry_changed(tmp_path):
    # A glossary written as one flow sequence, its entries one a line with their comments.
    text = ("# Glossary\n"
            "terms: [\n"
            "  {en: Treasury Board, fr: Conseil du Trésor},   # TB\n"
            "  {en: public service,   # the whole federal one\n"
            "   fr: fonction publique},\n"
            "  {en: term employment, fr: durée déterminée}  # not 'temporary'\n"
            "]\n")
    after = _edit(tmp_path, text, "term employment", fr="période déterminée")
    assert after == text.replace("durée déterminée", "période déterminée")


def test_a_json_glossary_stays_json(tmp_path):
    text = ('{"terms": [\n'
            '  {"en": "Treasury Board", "fr": "Conseil du Trésor"},\n'
            '  {"en": "public service", "fr": "fonction publique"}\n'
            ']}\n')
    after = _edit(tmp_path, text, "public service", fr=["fonction publique", "administration publique"])
    assert after == text.replace('"fr": "fonction publique"', '"fr": ["fonction publique", "administration publique"]')
    json.loads(after)
