"""What Combine Both would put in the editor for one file: merged, or why not (no window needed)."""

from __future__ import annotations

from editor.model.frontmatter.posting import Posting
from editor.ui.outside_edits import merge_with_disk

BOM = "\ufeff".encode()
BASE = b"---\r\ntitle: 'Archivist'\r\nleverId: 1111\r\nc: 3\r\n---\r\n\r\nYou keep the records.\r\n\r\n- careful\r\n"


def _edited(tmp_path, base: bytes, mine: bytes, theirs: bytes):
    path = tmp_path / "archivist.md"
    path.write_bytes(base)
    posting = Posting.load(path)
    posting.set_text(mine.removeprefix(BOM).decode("utf-8"))
    path.write_bytes(theirs)
    return posting


def test_the_combined_posting_is_the_file_on_disk_with_the_merged_bytes_as_edits(tmp_path):
    base = BOM + BASE
    mine = base.replace(b"- careful", b"- careful and kind")
    theirs = base.replace(b"leverId: 1111", b"leverId: 2222")
    merge = merge_with_disk(_edited(tmp_path, base, mine, theirs), base, "en")
    assert merge.combined is not None and merge.theirs_changes == 1
    assert merge.combined.to_bytes() == BOM + BASE.replace(b"leverId: 1111", b"leverId: 2222") \
        .replace(b"- careful", b"- careful and kind")
    assert merge.combined.modified and not merge.combined.disk_changed()  # a plain save writes it over theirs


def test_front_matter_that_both_sides_can_read_but_the_combination_cannot_is_not_combined(tmp_path):
    base = BASE.replace(b"title: 'Archivist'", b"title: &name Archivist")
    mine = base.replace(b"c: 3", b"c: *name")  # uses the anchor
    theirs = base.replace(b"title: &name Archivist", b"title: Archivist")  # removes it
    assert Posting(mine).valid and Posting(theirs).valid
    merge = merge_with_disk(_edited(tmp_path, base, mine, theirs), base, "en")
    assert merge.combined is None and merge.unreadable and not merge.conflicts


def test_without_a_base_or_a_file_nothing_is_combined(tmp_path):
    posting = _edited(tmp_path, BASE, BASE.replace(b"- careful", b"- kind"), BASE.replace(b"1111", b"2222"))
    assert merge_with_disk(posting, None, "en").combined is None
    (tmp_path / "archivist.md").unlink()
    assert merge_with_disk(posting, BASE, "en").combined is None


def test_a_file_that_is_not_utf8_on_disk_is_not_combined(tmp_path):
    theirs = BASE.replace(b"You keep", b"Vous gard\xe9z")
    merge = merge_with_disk(_edited(tmp_path, BASE, BASE.replace(b"- careful", b"- kind"), theirs), BASE, "en")
    assert merge.combined is None and not merge.conflicts and not merge.unreadable


def test_a_file_too_large_to_read_whole_is_not_combined(tmp_path):
    from editor.model.frontmatter.document import MAX_FILE_BYTES

    theirs = BASE + b"x" * MAX_FILE_BYTES
    merge = merge_with_disk(_edited(tmp_path, BASE, BASE.replace(b"- careful", b"- kind"), theirs), BASE, "en")
    assert merge.combined is None
