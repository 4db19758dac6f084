import pytest

from editor.model.checks.fields import check_fields
from editor.model.frontmatter.posting import Posting

GOOD = {
    "layout": "job-posting",
    "type": "section",
    "title": "'Policy Analyst'",
    "description": "Shape services.",
    "archived": "false",
    "translationKey": "policy-analyst",
    "leverId": "0f8fad5b-d9cb-469f-a165-70867728950e",
}


def make(**changes):
    fields = {**GOOD, **changes}
    lines = [f"{k}: {v}" for k, v in fields.items() if v is not None]
    return Posting(("---\n" + "\n".join(lines) + "\n---\nBody\n").encode())


def codes(posting):
    return [(f.code, f.line) for f in check_fields(posting, "p.md")]


def test_clean_posting_has_no_findings():
    assert codes(make()) == []


@pytest.mark.parametrize(
    "changes, expected",
    [
        ({"title": None}, [("missing-field", 1)]),
        ({"layout": "post"}, [("wrong-layout", 2)]),
        ({"title": "''"}, [("empty-title", 4)]),
        ({"title": "'null'"}, [("empty-title", 4)]),
        ({"title": "'Analyst '"}, [("title-spaces", 4)]),
        ({"description": ">-\n  null"}, [("empty-description", 5)]),
        ({"archived": "'false'"}, [("archived-not-boolean", 6)]),
        ({"leverId": "1234"}, [("lever-id-not-uuid", 8)]),
        ({"title": "Job &#8211; test"}, [("html-entity", 4)]),
        ({"translationKey": "''"}, [("empty-translation-key", 7)]),
    ],
)
def test_each_rule_fires_on_its_line(changes, expected):
    assert codes(make(**changes)) == expected


def test_empty_lever_id_means_not_yet_in_tracking():
    assert codes(make(leverId="''")) == []


def test_entity_in_file_name(tmp_path):
    path = tmp_path / "job-&#8211;-test.md"
    path.write_bytes(make().to_bytes())
    assert [f.code for f in check_fields(Posting.load(path), "x")] == ["html-entity-in-file-name"]


def test_an_empty_archived_is_said_empty_not_python_none():
    """`archived:` with no value read « doit valoir true ou false, pas None »: Python's word for YAML's null."""
    from editor.model.findings.catalogue import render

    finding = next(f for f in check_fields(make(archived=""), "p.md") if f.code == "archived-not-boolean")
    said = {lang: render(finding.code, finding.variant, finding.params, lang) for lang in ("en", "fr")}
    assert "None" not in said["en"] and "None" not in said["fr"], said
    assert "empty" in said["en"] and "vide" in said["fr"], said


def test_a_text_value_is_quoted_the_french_way_in_french():
    """« Le leverId 'test-lever-id' n’est pas… »: Python's quotes in a French sentence; French quotes
    a text « ainsi ». A value that is not text (a number) is shown as the file writes it."""
    from editor.model.findings.catalogue import render

    def said(**changes):
        finding = next(f for f in check_fields(make(**changes), "p.md") if f.code in ("lever-id-not-uuid",
                                                                                      "archived-not-boolean"))
        return {lang: render(finding.code, finding.variant, finding.params, lang) for lang in ("en", "fr")}

    text = said(leverId="test-lever-id")
    assert text["en"].startswith("leverId 'test-lever-id' is not"), text
    assert text["fr"].startswith("Le leverId «\u00a0test-lever-id\u00a0» n’est pas"), text
    assert said(archived="'oui'")["fr"].endswith("pas «\u00a0oui\u00a0».")
    number = said(leverId="12345")
    assert number["en"].startswith("leverId 12345 is not") and number["fr"].startswith("Le leverId 12345 n’est")


def test_a_shared_value_that_differs_is_quoted_the_french_way_in_french():
    from editor.model.checks.pairs import _file_value

    assert _file_value("a.md", "3a2f", "fr") == "a.md\u00a0: «\u00a03a2f\u00a0»"
    assert _file_value("a.md", "3a2f", "en") == "a.md: '3a2f'"
    assert _file_value("a.md", 12, "fr") == "a.md\u00a0: 12"


@pytest.mark.parametrize("field, value, char", [
    ("title", '"Developer \\u202eevil"', "U+202E"),  # shown as "Developer live"
    ("description", '"Build things.\\u200f"', "U+200F"),
    ("translationKey", '"policy-analyst\\u200e"', "U+200E"),
    ("title", '"Analyst\\x07"', "U+0007"),
])
def test_a_character_nobody_sees_in_a_field_is_said_as_set_and_new_refuse_it(field, value, char):
    finding = next(f for f in check_fields(make(**{field: value}), "p.md") if f.code == "hidden-character")
    assert (finding.variant, finding.params["char"]) == (field, char)


def test_right_to_left_text_and_a_description_block_s_line_ends_are_no_hidden_characters():
    assert codes(make(title="'مطور برمجيات (Developer)'", description="|\n  Shape services.\n  Build things.")) == []


def test_values_that_are_not_text_are_said_as_the_file_writes_them_not_as_python_does():
    """A TOML or YAML date in `archived` read « pas datetime.datetime(2024, 1, 1, 0, 0, tzinfo=…) »,
    and `title: 5` was "The title is empty"."""
    from editor.model.checks.pairs import _file_value
    from editor.model.findings.catalogue import render

    def said(code, **changes):
        finding = next(f for f in check_fields(make(**changes), "p.md") if f.code == code)
        return {lang: render(finding.code, finding.variant, finding.params, lang) for lang in ("en", "fr")}

    date = said("archived-not-boolean", archived="2024-01-01")
    assert date["en"] == "'archived' must be true or false, not 2024-01-01.", date
    assert "datetime" not in date["fr"] and date["fr"].endswith("pas 2024-01-01."), date
    number = said("empty-title", title="5")
    assert number["en"].startswith("The title is not a text but 5:") and "empty" not in number["en"], number
    assert number["fr"].startswith("Le titre n’est pas un texte mais 5\u00a0:"), number
    assert codes(make(title="''")) == [("empty-title", 4)]  # an empty text is still said empty
    import datetime

    moment = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    assert _file_value("a.md", moment, "en") == "a.md: 2024-01-01T00:00:00+00:00"
    assert _file_value("a.md", True, "fr") == "a.md\u00a0: true"
