"""TOML (+++) and JSON ({ }) front matter have YAML's guarantees: byte-identical re-save, edits that
change only the edited value, every value readable back by an independent reader, errors placed."""

import datetime
import json
import tomllib

import pytest
import tomlkit
from hypothesis import HealthCheck, given, settings, strategies as st

from editor.model.frontmatter.posting import InvalidPostingError, Posting

from tests.examples import examples
from tests.model.frontmatter.test_posting import HARD_VALUES, changed_lines

TOML = (
    b"+++\n"
    b"layout = \"job-posting\"\n"
    b"type = 'section'  # Hugo's section layout\n"
    b"title = \"Policy Analyst\"\n"
    b"description = \"\"\"\n"
    b"Shape how services are delivered.\"\"\"\n"
    b"archived = false\n"
    b"date = 2024-03-01\n"
    b"translationKey = \"policy-analyst\"\n"
    b"leverId = \"0f8fad5b-d9cb-469f-a165-70867728950e\"\n"
    b"\n"
    b"[params]\n"
    b"team = \"data\"\n"
    b"+++\n"
    b"\n"
    b"## About the role\n"
    b"\n"
    b"Text with +++ and { braces }.\n"
)

JSON = (
    b"{\n"
    b"  \"layout\": \"job-posting\",\n"
    b"  \"type\": \"section\",\n"
    b"  \"title\": \"Policy Analyst\",\n"
    b"  \"description\": \"Shape how services are delivered.\",\n"
    b"  \"archived\": false,\n"
    b"  \"tags\": [\n"
    b"    \"data\",\n"
    b"    \"policy\"\n"
    b"  ],\n"
    b"  \"translationKey\": \"policy-analyst\",\n"
    b"  \"leverId\": \"0f8fad5b-d9cb-469f-a165-70867728950e\"\n"
    b"}\n"
    b"\n"
    b"## About the role\n"
    b"\n"
    b"Text with \"quotes\" and { braces }.\n"
)


def toml_front(raw: bytes) -> dict:
    return tomllib.loads(raw.decode("utf-8-sig").split("+++")[1])


def json_front(raw: bytes) -> dict:
    return json.loads(raw.decode("utf-8-sig")[: Posting(raw).document.front.__len__()])


READERS = {"toml": (TOML, toml_front), "json": (JSON, json_front)}


def test_formats_are_told_from_the_first_characters():
    assert Posting(TOML).format == "toml" and Posting(JSON).format == "json"
    assert Posting(b"---\ntitle: x\n---\n").format == "yaml"


@pytest.mark.parametrize("kind", sorted(READERS))
def test_values_and_positions_are_read(kind):
    raw, _ = READERS[kind]
    posting = Posting(raw)
    assert posting.valid, posting.problem
    assert posting.get("title") == "Policy Analyst" and posting.get("archived") is False
    assert posting.field_line("title") == 4
    assert posting.field_position("archived") == (7, 12) if kind == "toml" else (6, 15)
    assert posting.body.endswith("braces }.\n")
    assert posting.body_first_line == (15 if kind == "toml" else 14)


def test_toml_dates_and_tables_are_plain_values():
    posting = Posting(TOML)
    assert posting.get("date") == datetime.date(2024, 3, 1) and type(posting.get("date")) is datetime.date
    assert posting.get("params") == {"team": "data"} and type(posting.get("params")) is dict
    assert posting.field_line("params") == 12


@pytest.mark.parametrize("kind", sorted(READERS))
@pytest.mark.parametrize("value", HARD_VALUES)
def test_any_title_is_written_validly_and_reads_back(kind, value):
    raw, independent = READERS[kind]
    posting = Posting(raw)
    posting.set("title", value)
    written = posting.to_bytes()
    assert independent(written)["title"] == value
    assert Posting(written).get("title") == value
    assert Posting(written).body == Posting(raw).body
    assert changed_lines(raw, written) == [4] if "\n" not in value else True


@pytest.mark.parametrize("kind", sorted(READERS))
def test_setting_one_field_rewrites_only_its_value(kind):
    raw, _ = READERS[kind]
    posting = Posting(raw)
    posting.set("archived", True)
    posting.set("translationKey", "other-key")
    assert changed_lines(raw, posting.to_bytes()) == [7, 9] if kind == "toml" else [6, 11]


def test_toml_keeps_comments_and_the_old_quoting_style():
    posting = Posting(TOML)
    posting.set("type", "page")
    assert b"type = 'page'  # Hugo's section layout\n" in posting.to_bytes()
    posting.set("type", "l'équipe")  # a literal string cannot hold a quote: a basic one is written
    assert "type = \"l'équipe\"  # Hugo's section layout\n" in posting.to_bytes().decode()
    posting.set("description", "Two\nlines")
    assert b'description = """\nTwo\nlines"""\n' in posting.to_bytes()


@pytest.mark.parametrize("kind", sorted(READERS))
def test_new_field_goes_after_the_last_top_level_one(kind):
    raw, independent = READERS[kind]
    posting = Posting(raw)
    posting.set("expiryDate", "2025-01-31")
    posting.set("aliases", ["/old/", "/older/"])
    written = posting.to_bytes()
    assert independent(written)["aliases"] == ["/old/", "/older/"]
    assert independent(written)["expiryDate"] == "2025-01-31"
    text = written.decode()
    if kind == "toml":
        assert 'leverId = "0f8fad5b-d9cb-469f-a165-70867728950e"\nexpiryDate = "2025-01-31"\n' \
            'aliases = ["/old/", "/older/"]\n\n[params]\n' in text
    else:
        assert '"leverId": "0f8fad5b-d9cb-469f-a165-70867728950e",\n  "expiryDate": "2025-01-31",\n' \
            '  "aliases": [\n    "/old/",\n    "/older/"\n  ]\n}\n' in text


@pytest.mark.parametrize("kind", sorted(READERS))
def test_remove_key_touches_nothing_else(kind):
    raw, independent = READERS[kind]
    for key in ("layout", "leverId", "archived"):
        posting = Posting(raw)
        posting.remove(key)
        written = posting.to_bytes()
        expected = {k: v for k, v in independent(raw).items() if k != key}
        assert independent(written) == expected
        assert len(written.splitlines()) == len(raw.splitlines()) - 1


@pytest.mark.parametrize("kind", sorted(READERS))
def test_body_edit_leaves_front_matter_identical(kind):
    raw, _ = READERS[kind]
    posting = Posting(raw)
    posting.set_body("New body\n")
    assert posting.to_bytes() == raw[: raw.index(b"\n## About")] + b"New body\n"


def test_toml_has_no_null_and_says_so():
    posting = Posting(TOML)
    with pytest.raises(ValueError, match="no empty"):
        posting.set("description", None)
    assert posting.to_bytes() == TOML


def test_json_writes_dates_as_the_text_hugo_reads():
    posting = Posting(JSON)
    posting.set("date", datetime.date(2024, 5, 6))
    assert json_front(posting.to_bytes())["date"] == "2024-05-06"


def test_crlf_files_stay_crlf():
    for raw in (TOML, JSON):
        crlf = raw.replace(b"\n", b"\r\n")
        posting = Posting(crlf)
        posting.set("title", "New")
        posting.set("newField", "x")
        posting.set_body("Body\none more\n")
        assert b"\n" not in posting.to_bytes().replace(b"\r\n", b"")


@pytest.mark.parametrize("raw, line, column", [
    (b"+++\ntitle = 'x'\narchived = tru\n+++\n", 3, 12),
    (b'{\n  "title": "x"\n  "archived": true\n}\n', 3, 3),
    (b'{\n  "title": "x",\n}\n', 3, 1),
])
def test_broken_files_are_invalid_with_a_place_and_keep_their_bytes(raw, line, column, tmp_path):
    posting = Posting(raw)
    assert not posting.valid
    assert (posting.problem.line, posting.problem.column) == (line, column)
    assert posting.to_bytes() == raw
    with pytest.raises(InvalidPostingError):
        posting.set("title", "y")
    [finding] = posting.syntax_findings("x.md")
    assert (finding.line, finding.column, finding.code) == (line, column, posting.problem.code)


def test_json_duplicate_key_is_a_finding_and_refuses_its_edit():
    posting = Posting(b'{\n  "title": "a",\n  "title": "b"\n}\n')
    assert posting.valid and posting.get("title") == "b"
    assert [(w.code, w.line) for w in posting.warnings] == [("duplicate-key", 3)]
    with pytest.raises(ValueError, match="more than once"):
        posting.set("title", "c")


# ---------------------------------------------------------------- properties
text_values = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)


@settings(max_examples=examples(150), deadline=None)
@given(kind=st.sampled_from(sorted(READERS)), title=text_values, description=text_values)
def test_property_any_title_and_description_survive_set_and_load(kind, title, description):
    raw, independent = READERS[kind]
    posting = Posting(raw)
    posting.set("title", title)
    posting.set("description", description)
    reread = Posting(posting.to_bytes())
    assert reread.valid
    assert reread.get("title") == title and reread.get("description") == description
    assert independent(posting.to_bytes())["title"] == title
    assert reread.get("leverId") == "0f8fad5b-d9cb-469f-a165-70867728950e"
    assert reread.body == Posting(raw).body


line_endings = st.sampled_from(["\n", "\r\n"])
scalars = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=20),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
)
keys = st.from_regex(r"[a-z][a-zA-Z]{0,8}", fullmatch=True)


def _front(kind: str, values: dict, newline: str) -> str:
    if kind == "toml":
        return "+++\n" + tomlkit.dumps(values) + "+++\n"
    return json.dumps(values, ensure_ascii=False, indent=2) + "\n"


@settings(max_examples=examples(150), deadline=None)
@given(kind=st.sampled_from(sorted(READERS)), newline=line_endings, bom=st.booleans(),
       values=st.dictionaries(keys, scalars, min_size=1, max_size=6), body=st.text(max_size=200),
       final_newline=st.booleans())
def test_property_unchanged_file_resaves_byte_identical(kind, newline, bom, values, body, final_newline):
    text = (_front(kind, values, newline) + body).replace("\n", newline) if newline != "\n" else _front(kind, values, newline) + body
    if final_newline and not text.endswith(newline):
        text += newline
    raw = ("\ufeff" if bom else "").encode() + text.encode("utf-8")
    posting = Posting(raw)
    assert posting.valid, posting.problem
    assert posting.data == values
    assert posting.to_bytes() == raw
    assert not posting.modified


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kind=st.sampled_from(sorted(READERS)), newline=line_endings,
       values=st.dictionaries(keys, scalars, min_size=1, max_size=6), key=keys, value=scalars)
def test_property_an_edit_changes_that_value_only(kind, newline, values, key, value):
    raw = (_front(kind, values, "\n") + "Body\n").replace("\n", newline).encode("utf-8")
    posting = Posting(raw)
    posting.set(key, value)
    reread = Posting(posting.to_bytes())
    assert reread.valid, reread.problem
    assert reread.data == {**values, key: value}
    assert reread.body == "Body" + newline
    old_lines, new_lines = raw.split(newline.encode()), posting.to_bytes().split(newline.encode())
    kept = [line for line in old_lines if line in new_lines]
    assert len(old_lines) - len(kept) <= 1  # the edited value's line (a new key only adds lines)
    if key in values:
        posting.remove(key)
        assert Posting(posting.to_bytes()).data == {k: v for k, v in values.items() if k != key}


@settings(max_examples=examples(200), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kind=st.sampled_from(["+++\n", "{"]), text=st.text(alphabet="ab =\"'[]{},:#\n\\0123.-", max_size=80))
def test_property_any_text_is_data_or_one_placed_problem(kind, text):
    raw = (kind + text + ("\n+++\n" if kind == "+++\n" else "\n")).encode("utf-8")
    posting = Posting(raw)
    if not posting.valid:
        lines = raw.decode().splitlines() or [""]
        assert 1 <= posting.problem.line <= len(lines) + 1 and posting.problem.column >= 1
        assert posting.problem.message and posting.to_bytes() == raw
