import os
import stat

import pytest
import yaml
from hypothesis import given, settings, strategies as st

from editor.model.storage.files import FileChangedError
from editor.model.frontmatter.posting import InvalidPostingError, Posting
from tests.examples import examples

SAMPLE = (
    b"---\n"
    b"layout: job-posting\n"
    b"type: section\n"
    b"title: 'Policy Analyst'\n"
    b"description: >-\n"
    b"  Shape how services are delivered.\n"
    b"archived: false\n"
    b"translationKey: policy-analyst\n"
    b"leverId: 0f8fad5b-d9cb-469f-a165-70867728950e\n"
    b"---\n"
    b"\n"
    b"## About the role\n"
    b"\n"
    b"Text.\n"
)

HARD_VALUES = [
    "l'équipe", 'say "hi"', "Conseiller : équipe", "Conseiller\u00a0: équipe", "a #hash", "« données »",
    "*star", "&anchor", "!tag", "null", "yes", "No", "123", "1.5", "0x1F", "2024-01-01", "~", "- item",
    "[list]", "{map}", "%percent", "@at", "`tick`", "line one\nline two", "  padded  ", "", "tab\tinside",
    "trailing colon:", "?question", "|pipe", ">gt", "a: b: c", "\u2028separator", "emoji 😀", "=",
]


def changed_lines(before: bytes, after: bytes) -> list[int]:
    old, new = before.split(b"\n"), after.split(b"\n")
    assert len(old) == len(new)
    return [number for number, (a, b) in enumerate(zip(old, new), 1) if a != b]


@pytest.mark.parametrize("value", HARD_VALUES)
def test_any_title_is_written_as_valid_yaml_and_reads_back(value):
    posting = Posting(SAMPLE)
    posting.set("title", value)
    raw = posting.to_bytes()
    front = raw.decode().split("---\n")[1]
    assert yaml.safe_load(front)["title"] == value
    assert Posting(raw).get("title") == value
    assert Posting(raw).body == posting.body


@pytest.mark.parametrize("value", ["Plain words", "l'équipe", "Conseiller : équipe"])
def test_setting_one_field_rewrites_only_its_line(value):
    posting = Posting(SAMPLE)
    posting.set("title", value)
    assert changed_lines(SAMPLE, posting.to_bytes()) == [4]


def test_changing_a_folded_description_keeps_its_style():
    posting = Posting(SAMPLE)
    posting.set("description", "A different sentence.")
    assert b"description: >-\n  A different sentence.\n" in posting.to_bytes()
    assert changed_lines(SAMPLE, posting.to_bytes()) == [6]


def test_boolean_and_new_key():
    posting = Posting(SAMPLE)
    posting.set("archived", True)
    posting.set("aliases", ["/old/path/"])
    reread = Posting(posting.to_bytes())
    assert reread.get("archived") is True
    assert reread.get("aliases") == ["/old/path/"]
    assert reread.to_bytes().endswith(b"aliases:\n  - /old/path/\n---\n\n## About the role\n\nText.\n")


def test_trailing_comment_survives_an_edit():
    raw = b"---\ntitle: Old # keep this note\nlayout: job-posting\n---\nBody\n"
    posting = Posting(raw)
    posting.set("title", "New")
    assert posting.to_bytes() == b"---\ntitle: New # keep this note\nlayout: job-posting\n---\nBody\n"


def test_remove_key_touches_nothing_else():
    posting = Posting(SAMPLE)
    posting.remove("leverId")
    assert posting.to_bytes() == SAMPLE.replace(b"leverId: 0f8fad5b-d9cb-469f-a165-70867728950e\n", b"")


def test_body_edit_leaves_front_matter_identical():
    posting = Posting(SAMPLE)
    posting.set_body("\nNew body\n")
    assert posting.to_bytes() == SAMPLE.split(b"---\n\n")[0] + b"---\n\nNew body\n"


def test_invalid_posting_refuses_edits_and_keeps_bytes(tmp_path):
    raw = b"---\ntitle: 'l'equipe'\nlayout: job-posting\n---\nBody\n"
    path = tmp_path / "broken.md"
    path.write_bytes(raw)
    posting = Posting.load(path)
    assert not posting.valid
    assert posting.problem.line == 2  # a line of the file, not of the YAML block
    with pytest.raises(InvalidPostingError):
        posting.set("title", "x")
    posting.save()
    assert path.read_bytes() == raw


def test_raw_repair_makes_a_posting_valid_again():
    posting = Posting(b"---\ntitle: 'l'equipe'\n---\nBody\n")
    posting.set_text("---\ntitle: \"l'equipe\"\n---\nBody\n")
    assert posting.valid and posting.get("title") == "l'equipe"


def test_save_is_refused_when_file_changed_on_disk(tmp_path):
    path = tmp_path / "p.md"
    path.write_bytes(SAMPLE)
    posting = Posting.load(path)
    posting.set("title", "Mine")
    path.write_bytes(SAMPLE.replace(b"Policy", b"Theirs"))
    assert posting.disk_changed()
    with pytest.raises(FileChangedError):
        posting.save()
    assert b"Theirs" in path.read_bytes()
    posting.save(force=True)
    assert Posting.load(path).get("title") == "Mine"


def test_save_keeps_permissions_and_leaves_no_temp_file(tmp_path):
    path = tmp_path / "p.md"
    path.write_bytes(SAMPLE)
    os.chmod(path, 0o640)
    posting = Posting.load(path)
    posting.set("title", "Changed")
    posting.save()
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.md"]


def test_failed_write_leaves_the_original(tmp_path, monkeypatch):
    path = tmp_path / "p.md"
    path.write_bytes(SAMPLE)
    posting = Posting.load(path)
    posting.set("title", "Changed")

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        posting.save()
    assert path.read_bytes() == SAMPLE
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.md"]


def test_new_posting_never_replaces_an_existing_file(tmp_path):
    path = tmp_path / "p.md"
    path.write_bytes(b"someone else's")
    posting = Posting(SAMPLE, path, on_disk=False)
    with pytest.raises(FileChangedError):
        posting.save()
    assert path.read_bytes() == b"someone else's"


# ---------------------------------------------------------------- properties
text_values = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)


@settings(max_examples=examples(300), deadline=None)
@given(title=text_values, description=text_values)
def test_property_any_title_and_description_survive_set_and_load(title, description):
    posting = Posting(SAMPLE)
    posting.set("title", title)
    posting.set("description", description)
    reread = Posting(posting.to_bytes())
    assert reread.valid
    assert reread.get("title") == title
    assert reread.get("description") == description
    assert reread.get("leverId") == "0f8fad5b-d9cb-469f-a165-70867728950e"
    assert reread.body == Posting(SAMPLE).body


line_endings = st.sampled_from(["\n", "\r\n"])
scalars = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=20),
    st.booleans(),
    st.integers(),
)


@settings(max_examples=examples(200), deadline=None)
@given(
    newline=line_endings,
    bom=st.booleans(),
    values=st.dictionaries(st.from_regex(r"[a-z][a-zA-Z]{0,8}", fullmatch=True), scalars, min_size=1, max_size=6),
    body=st.text(max_size=200),
    final_newline=st.booleans(),
)
def test_property_unchanged_file_resaves_byte_identical(newline, bom, values, body, final_newline):
    front = yaml.safe_dump(values, allow_unicode=True, sort_keys=False).replace("\n", newline)
    text = f"---{newline}{front}---{newline}{body}"
    if final_newline and not text.endswith(newline):
        text += newline
    raw = ("\ufeff" if bom else "").encode() + text.encode("utf-8")
    posting = Posting(raw)
    assert posting.valid, posting.problem
    assert posting.to_bytes() == raw
    assert not posting.modified


def test_modified_follows_every_kind_of_change_and_save(tmp_path):
    """``modified`` is kept between changes (it is asked several times a keystroke): each edit, a
    save, a whole-text replacement and a posting not on disk yet still give the right answer."""
    path = tmp_path / "p.md"
    path.write_bytes(SAMPLE)
    posting = Posting.load(path)
    assert not posting.modified and not posting.modified
    body = posting.body
    posting.set_body(body + "More.\n")
    assert posting.modified and posting.modified
    posting.set_body(body)  # typed back to what is saved
    assert not posting.modified
    posting.set("title", "Other")
    assert posting.modified
    posting.set("title", "Policy Analyst")
    assert posting.modified == (posting.to_bytes() != SAMPLE)
    posting.set_text(SAMPLE.decode())
    assert not posting.modified
    posting.set_text("not a posting at all")
    assert posting.modified
    posting.set_text(SAMPLE.decode() + "x")
    assert posting.modified
    posting.save()
    assert not posting.modified and path.read_bytes() == SAMPLE + b"x"
    posting.set_body(posting.body + "y")
    assert posting.modified
    assert Posting(SAMPLE, tmp_path / "new.md", on_disk=False).modified  # no file yet: any text is a change
    assert not Posting(b"", tmp_path / "empty.md").modified
