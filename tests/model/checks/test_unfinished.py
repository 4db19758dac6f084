"""Unfinished text: markers, template placeholders and guidance, found with their place in the file."""

from editor.model.checks.unfinished import (
    check_unfinished,
    find_unfinished,
    guidance_from_templates,
    guidance_from_text,
)
from editor.model.site.create import templates_dir
from editor.model.frontmatter.posting import Posting

TEMPLATE = """\
## About the role

_Say in two sentences what the team does and why it matters._

- _Name a responsibility…_
- Keep this line as it is.
"""


def test_guidance_is_the_templates_emphasised_sentences():
    guidance = guidance_from_text(TEMPLATE)
    assert "say in two sentences what the team does and why it matters." in guidance
    assert "name a responsibility…" in guidance
    assert not any("keep this line" in item for item in guidance)


def test_short_italic_words_are_not_guidance_nor_placeholders():
    assert guidance_from_text("We work _with_ you.") == frozenset()
    assert find_unfinished("We work _with_ you, in snake_case_names and 2*3*4.") == []


def test_placeholders_guidance_and_markers_are_found_with_offsets():
    guidance = guidance_from_text(TEMPLATE)
    body = ("Intro.\n\n_Say in two  sentences what the team does and why it matters._\n\n"
            "- _Describe something else…_\n- [À TRADUIRE] The source text.\n")
    kinds = [(item.kind, body[item.offset:item.offset + 3]) for item in find_unfinished(body, guidance)]
    assert kinds == [("guidance", "_Sa"), ("placeholder", "_De"), ("marker", "[À ")]


def test_guidance_without_its_underscores_is_still_guidance():
    guidance = guidance_from_text(TEMPLATE)
    found = find_unfinished("- Name a responsibility…\n", guidance)
    assert [(item.kind, item.text) for item in found] == [("guidance", "Name a responsibility…")]



def test_guidance_is_found_whatever_spaces_separate_its_words():
    guidance = guidance_from_text(TEMPLATE)
    body = ("_Say in two\u00a0sentences what\tthe team does and why it matters._\n\n"
            "1.  Name\u202fa \u2009responsibility…\n\n## SAY IN TWO SENTENCES WHAT THE TEAM DOES AND WHY IT MATTERS.\n")
    found = find_unfinished(body, guidance)
    assert [(item.kind, item.text[:8]) for item in found] == [("guidance", "_Say in "), ("guidance", "Name\u202fa \u2009"),
                                                              ("guidance", "SAY IN T")]

def test_bundled_templates_give_guidance_in_both_languages():
    guidance = guidance_from_templates([templates_dir()])
    assert any(item.startswith("describe") for item in guidance)
    assert any(item.startswith("décrivez") for item in guidance)


def test_findings_point_at_the_file_line_and_column(tmp_path):
    text = ("---\ntitle: 'Lead [TO TRANSLATE]'\ndescription: x\n---\n\nFine.\n\n"
            "- _Describe a main responsibility…_\n")
    posting = Posting(text.encode(), tmp_path / "a.md", "en", on_disk=False)
    found = check_unfinished(posting, "a.md")
    assert [(f.line, f.column, f.code) for f in found] == [
        (2, 8, "translation-marker"), (8, 3, "template-placeholder")]


def test_a_marker_in_any_front_matter_field_is_found(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: Analyst\ndescription: Fine.\nlocation: '[À TRADUIRE] Ottawa'\n"
                    "tags:\n  - data\n  - '[TO TRANSLATE] research'\n---\n\nBody.\n", encoding="utf-8")
    found = check_unfinished(Posting.load(path), "a.md")
    assert [(f.line, f.code) for f in found] == [(4, "translation-marker"), (6, "translation-marker")]


def test_a_note_left_for_later_is_unfinished_but_words_and_roman_numerals_are_not():
    text = ("---\ntitle: Analyste TBD\ndescription: Un poste\n---\n\n## Salaire\n\nDe $XX,XXX à 85 000 $.\n\n"
            "TODO: traduire cette section\n\n<!-- FIXME -->\n\nAu XXe siècle, les todos et la Xbox.\n")
    posting = Posting(text.encode("utf-8"), None, "fr", on_disk=False)
    found = [f for f in check_unfinished(posting, "fr.md") if f.code == "writer-note"]
    assert [(f.line, f.params["text"]) for f in found] == [
        (2, "TBD"), (8, "XXX à 85 000 $."), (10, "TODO: traduire cette section"), (12, "FIXME -->")]
