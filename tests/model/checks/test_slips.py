"""Keyboard and Markdown slips in either language (checks/slips.py), on our own text."""

from __future__ import annotations

from editor.model.checks import check_posting
from editor.model.checks.slips import check_slips, slips
from editor.model.frontmatter.posting import Posting


def posting(body: str, *, title: str = "Data Analyst", description: str = "A short description.") -> Posting:
    text = f"---\ntitle: {title}\ndescription: {description}\n---\n{body}"
    return Posting(text.encode("utf-8"))


def found(text: str, **options) -> list[tuple[str, str]]:
    return [(code, text[start:end]) for start, end, code, _message in slips(text, **options)]


def test_double_space_between_words_is_found_where_it_is():
    item = posting("Intro.\n\nWe help  people every day.\n")
    [finding] = check_slips(item, "job.md")
    assert (finding.code, finding.line, finding.column, finding.severity.value) == ("double-space", 7, 8, "info")


def test_double_spaces_that_are_markdown_are_not_slips():
    text = ("-  An item whose marker has two spaces\n1.  A numbered one\n\n"
            "A line ending in a hard break  \nnext line.\n\n"
            "| Name  | Role  |\n|-------|-------|\n| Ana   | Lead  |\n\n"
            "    indented  code\n\n`two  spaces in code` and <span title=\"a  b\">x</span>\n")
    assert [code for code, _ in found(text)] == []


def test_a_full_stop_glued_to_the_next_sentence():
    assert found("Work with stakeholders.Contribute to projects.") == [("missing-space-after-stop", ".")]
    assert found("Nous offrons des services.Et nous avons besoin de vous.") == [("missing-space-after-stop", ".")]


def test_full_stops_inside_names_addresses_and_abbreviations_are_not_slips():
    text = ("See https://example.ca/Jobs.Html or write to jobs.Team@example.ca. Use Node.JS and ASP.NET, "
            "p.ex. Ottawa, e.g. Toronto, 3.5 years, index.md, the St.Lawrence, U.S.A. and www.Canada.ca.")
    assert found(text) == []


def test_heading_without_a_space_after_its_hashes():
    item = posting("Intro.\n\n##About the role\n\n# Not a slip: a level 1 heading\n\n#hashtag\n")
    assert [(f.code, f.line, f.column) for f in check_slips(item, "job.md")] == [("markdown-heading-space", 7, 1)]


def test_link_with_a_space_between_text_and_address():
    text = "Write to [our team] (mailto:team@example.ca) or read [the guide](https://example.ca/guide)."
    assert found(text) == [("markdown-link-space", "[our team] (mailto:team@example.ca)")]
    assert found("Options [a] (b) are not links.") == []


def test_list_line_missing_its_marker():
    text = "- Plan the work.\n- Run the meetings.\nTrack the decisions.\n- Report to the director.\n"
    [(code, line)] = found(text)
    assert (code, line) == ("list-marker-missing", "Track the decisions.")


def test_a_wrapped_item_or_a_paragraph_after_a_list_is_not_a_missing_marker():
    wrapped = "- Plan the work with the team and the\nclients who depend on it.\n- Run the meetings.\n"
    after = "- Plan the work.\n- Run the meetings.\n\nWe look forward to hearing from you.\n- Next list\n"
    numbered_then_bullets = "1. First step.\nThen more.\n- A bullet.\n"
    assert found(wrapped) == found(after) == found(numbered_then_bullets) == []


def test_title_and_description_slips_point_at_their_fields():
    item = posting("Body.\n", title="Data  Analyst", description="We hire.Apply now.")
    assert [(f.code, f.line, f.message.split(":")[0]) for f in check_slips(item, "job.md")] == [
        ("double-space", 2, "In the title"), ("missing-space-after-stop", 3, "In the description")]


def test_slips_are_part_of_every_single_file_check():
    assert "double-space" in {f.code for f in check_posting(posting("We  help.\n"), "job.md")}
