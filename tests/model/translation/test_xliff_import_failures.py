"""An XLIFF import that fails leaves the site's index as it was, so that trying again imports it."""

from __future__ import annotations

import copy
import errno

import pytest
from lxml import etree

from editor.model.translation.xliff import XliffError, export_pair
from editor.model.translation.xliff_import import import_xliff
from tests.model.translation.xliff_support import NS, fr_file, pair_site, set_target


def _xliff(tmp_path, root) -> str:
    path = tmp_path / "in.xlf"
    path.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    return str(path)


def _translated(index) -> etree._Element:
    root = etree.fromstring(export_pair(index, "analyst", "fr"))
    set_target(root, "b3", "Rédiger des guides clairs")
    return root


def test_an_import_that_could_not_be_written_imports_when_tried_again(tmp_path, monkeypatch):
    """The window keeps one index: the failed import had already put the translation into the index's
    posting, so trying again found nothing to change, said so, and wrote nothing."""
    from editor.model.frontmatter import posting as posting_module

    index = pair_site(tmp_path)
    path = _xliff(tmp_path, _translated(index))
    before = fr_file(tmp_path).read_bytes()
    real = posting_module.write_files

    def full(changes):
        raise OSError(errno.ENOSPC, "No space left on device", str(changes[0].path))

    monkeypatch.setattr(posting_module, "write_files", full)
    with pytest.raises(OSError):
        import_xliff(index, path)
    monkeypatch.setattr(posting_module, "write_files", real)
    assert fr_file(tmp_path).read_bytes() == before
    [target] = index.pair_for_key("analyst").postings("fr")
    assert not target.modified  # the index still holds the file as it is on disk

    [report] = import_xliff(index, path)  # the disk has room again
    assert report.changed and len(report.updated) == 1
    assert "Rédiger des guides clairs" in fr_file(tmp_path).read_text(encoding="utf-8")


def test_a_refused_file_of_the_xliff_leaves_the_postings_of_the_others_unchanged_in_the_index(tmp_path):
    index = pair_site(tmp_path)
    root = _translated(index)
    refused = copy.deepcopy(root.find("x:file", NS))
    root.append(refused)
    for element in refused.iter(f"{{{NS['x']}}}source"):
        element.text = (element.text or "") + " (the source as it was before)"  # the source changed since
    with pytest.raises(XliffError):
        import_xliff(index, _xliff(tmp_path, root))
    [target] = index.pair_for_key("analyst").postings("fr")
    assert not target.modified and "Rédiger des guides clairs" not in target.body


def test_two_files_of_one_xliff_for_the_same_posting_both_land(tmp_path):
    index = pair_site(tmp_path)
    root = etree.fromstring(export_pair(index, "analyst", "fr"))
    first = root.find("x:file", NS)
    second = copy.deepcopy(first)
    root.append(second)
    set_target(first, "b3", "Rédiger des guides clairs")
    set_target(second, "title", "Analyste des données")
    import_xliff(index, _xliff(tmp_path, root))
    text = fr_file(tmp_path).read_text(encoding="utf-8")
    assert "Rédiger des guides clairs" in text and "Analyste des données" in text



def test_units_a_cat_tool_joined_are_named_not_called_a_changed_source(tmp_path):
    """Two units joined into one (the second removed) was refused as "the source text changed since
    the export", showing the English of the removed unit as new: the translator was told to export
    again for a source no one had changed. The refusal names the units the file lacks; the posting
    is untouched."""
    index = pair_site(tmp_path)
    root = _translated(index)
    second = root.find(".//x:trans-unit[@id='b2']", NS)
    second.getparent().remove(second)
    before = fr_file(tmp_path).read_bytes()
    with pytest.raises(XliffError) as caught:
        import_xliff(index, _xliff(tmp_path, root))
    assert "source text changed" not in str(caught.value)
    assert "lacks the unit b2 (Answer letters from the public)" in str(caught.value)
    assert "il manque l’unité b2 (Answer letters from the public)" in caught.value.text("fr")
    assert fr_file(tmp_path).read_bytes() == before


def test_a_source_grown_at_the_end_is_still_a_changed_source(tmp_path):
    from tests.model.translation.xliff_support import en_file, reindex

    index = pair_site(tmp_path)
    path = _xliff(tmp_path, _translated(index))
    en_file(tmp_path).write_text(en_file(tmp_path).read_text() + "\nA new last paragraph.\n", encoding="utf-8")
    with pytest.raises(XliffError, match="source text changed since the export"):
        import_xliff(reindex(tmp_path), path)


def test_a_unit_the_export_never_writes_is_named_not_called_a_changed_source(tmp_path):
    """A unit of an id no export writes ("b2-2": a CAT tool split a unit, or one was added by hand)
    was refused as "the source text changed since the export"."""
    index = pair_site(tmp_path)
    root = _translated(index)
    added = copy.deepcopy(root.find(".//x:trans-unit[@id='b2']", NS))
    added.set("id", "b2-2")
    root.find(".//x:trans-unit[@id='b2']", NS).addnext(added)
    before = fr_file(tmp_path).read_bytes()
    with pytest.raises(XliffError) as caught:
        import_xliff(index, _xliff(tmp_path, root))
    assert "source text changed" not in str(caught.value)
    assert "holds the unit b2-2 (Answer letters from the public), which no export writes" in str(caught.value)
    assert "contient l’unité b2-2 (Answer letters from the public), qu’aucune exportation n’écrit" in \
        caught.value.text("fr")
    assert fr_file(tmp_path).read_bytes() == before
