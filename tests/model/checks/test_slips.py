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


def test_two_full_stops_but_not_an_ellipsis_a_path_or_a_range():
    assert found("We answer every e-mail.. Write to us.") == [("double-full-stop", "..")]
    assert found("Wait for it... Then see ../notes and pages 1..5, or `a..b`.") == []


def test_an_item_indented_less_than_the_text_above_is_not_a_sub_list():
    text = "* Write guides, such as:\n * tutorials\n * how-to pages\n* Review drafts.\n"
    assert found(text) == [("markdown-sublist-indent", " *")]
    nested = "* Write guides, such as:\n  * tutorials\n1. First step:\n   - a detail\n"
    assert found(nested) == []
    # Under "1. " the text starts at column 3: two spaces are not enough.
    assert found("1. First step:\n  - a detail\n") == [("markdown-sublist-indent", "  -")]


def test_two_long_sentences_on_consecutive_lines_run_into_one_paragraph():
    first = ("We proudly and actively strive to make our team more reflective of the society we serve, "
             "and we keep asking how to do better.")
    text = f"{first}\nEveryone is welcome to apply, whatever their background.\n"
    assert [code for code, _ in found(text)] == ["paragraph-break-missing"]
    wrapped = "We proudly strive to make our team more reflective.\nEveryone is welcome to apply.\n"
    hard_break = f"{first}  \nEveryone is welcome.\n"
    into_list = f"{first}\n- Everyone is welcome.\n"
    lower = f"{first}\nand everyone is welcome.\n"
    assert found(wrapped) == found(hard_break) == found(into_list) == found(lower) == []


def test_a_star_that_opens_emphasis_it_never_closes():
    text = "Intro.\n\n*Out of caution, all interviews are held by video.\n\nWe like *italics*, **bold** and 5 * 3.\n"
    assert found(text) == [("markdown-emphasis-unclosed", "*")]
    item = posting(text)
    [finding] = [f for f in check_slips(item, "job.md") if f.code == "markdown-emphasis-unclosed"]
    assert (finding.line, finding.column) == (7, 1) and "“*Out of caution,”" in finding.message
    footnote = "The salary* is fixed.\n\n*Before taxes.\n"
    escaped = "A literal \\*star here.\n\n`*code`\n"
    assert found(footnote) == found(escaped) == []


def test_the_one_item_of_a_list_without_the_full_stop_the_others_have():
    text = ("- You plan the work with the team.\n- You run the weekly meetings.\n"
            "- You keep the decisions in one place\n- You report to the director.\n- You speak both languages (EN, FR.)\n")
    assert found(text) == [("list-item-stop-missing", "e")]
    fragments = "- Planning\n- Meetings\n- Decisions made in one place.\n- Reports\n"
    short_list = "- You plan the work.\n- You run the meetings.\n- You keep the decisions\n"
    assert found(fragments) == found(short_list) == []


def test_items_ending_with_a_question_or_an_exclamation_end_a_sentence_too():
    text = ("- Who is it for?\n- You plan the work with the team.\n- You run the weekly meetings!\n"
            "- You keep the decisions in one place\n- You like cake. (Vegan? We have that.)\n")
    assert found(text) == [("list-item-stop-missing", "e")]


def test_the_one_item_without_the_semicolon_the_others_end_with():
    # A list continuing its lead-in: each item ends with a semicolon, the last with a full stop.
    text = ("Vous saurez :\n\n- planifier le travail avec l’équipe;\n- animer les réunions de la semaine;\n"
            "- assurer l’équilibre entre les risques et les produits\n- rendre compte à la direction;\n"
            "- parler les deux langues officielles.\n")
    assert found(text) == [("list-item-stop-missing", "s")]
    message = [f.message for f in check_slips(posting(text), "x.md") if f.code == "list-item-stop-missing"]
    assert message and "semicolon" in message[0]
    joined = ("- You plan the work with the team;\n- You run the weekly meetings;\n- You keep the decisions; and\n"
              "- You report to the director.\n")
    assert found(joined) == []  # "; and" before the last item ends the clause


def test_a_star_in_code_is_not_unclosed_emphasis():
    assert found("Call it with `*args` or `a*b`, then\n\n```\n*not emphasis\n```\n") == []


def test_slips_on_lines_ended_by_a_carriage_return_alone_are_found_as_on_other_lines():
    # Each pattern runs over the whole text: a line after "\r" starts a line as one after "\n" does.
    lines = ["##About the role", "Read [the guide] (https://example.ca/guide).", "We help  people.Every day..",
             "| Name  | Role  |", "|-------|-------|"]
    expected = [("markdown-heading-space", "##"), ("markdown-link-space", "[the guide] (https://example.ca/guide)"),
                ("double-space", "  "), ("missing-space-after-stop", "."), ("double-full-stop", "..")]
    for end in ("\n", "\r\n", "\r"):
        assert found(end.join(lines) + end) == expected, repr(end)


def test_an_unclosed_star_in_a_body_whose_lines_end_in_a_lone_carriage_return_is_found_where_it_is():
    # markdown-it counts a lone \r as a line end: the lines read for its line numbers must too.
    for end in ("\n", "\r\n", "\r"):
        item = posting(end.join(["Intro.", "", "*Out of caution, interviews are by video.", "", "- one", ""]))
        [finding] = [f for f in check_slips(item, "job.md") if f.code == "markdown-emphasis-unclosed"]
        assert (finding.line, finding.column) == (7, 1), repr(end)


def test_a_hyphen_between_two_spaces_standing_for_a_dash():
    assert found("We welcome difference - and we celebrate it.") == [("hyphen-for-dash", " - ")]
    assert found("Des attentes - réalistes et actuelles - en matière de services.") == [
        ("hyphen-for-dash", " - "), ("hyphen-for-dash", " - ")]
    assert found("Team Lead - Notify", markdown=False) == [("hyphen-for-dash", " - ")]


def test_list_markers_rules_numbers_code_and_real_dashes_are_not_a_hyphen_for_a_dash():
    text = ("- an item\n  - a nested item\n\n- - -\n\nOpen 9 - 5 on weekdays; pages 3 - 7.\n\n"
            "Run `git log - p` here. A dash — like this – is fine. A well-known, state-of-the-art tool.\n\n"
            "| a - b | c |\n|---|---|\n")
    assert [code for code, _ in found(text)] == []


def test_a_hyphen_for_a_dash_in_the_title_points_at_the_field():
    item = posting("Text.\n", title="Team Lead - Notify")
    assert [(f.code, f.line, f.params["in_where"]) for f in check_slips(item, "x.md") if f.code == "hyphen-for-dash"] == [
        ("hyphen-for-dash", 2, "title")]


def test_a_parenthesis_opened_and_never_closed():
    text = ("We hire at levels IT-03 (formerly CS-03 and IT-04.\n\n"
            "Profiles (English essential, bilingual BBB, as well as tenures (indeterminate, term) may vary.\n")
    assert found(text) == [("parenthesis-unclosed", "("), ("parenthesis-unclosed", "(")]
    assert [text[start:start + 9] for start, _e, code, _p in slips(text)] == ["(formerly", "(English "]


def test_closed_nested_or_linked_parentheses_smileys_and_enumerations_are_not_unclosed():
    text = ("We use tools (Slack, Trello (boards), etc.) every day. You like to laugh :)\n\n"
            "Read [our guide (PDF)](https://example.ca/a_(b).pdf) and `f(x` in code.\n\n"
            "Choose a) remote or b) office work. The form conseiller(ère) is inclusive.\n\n"
            "- an item (with a note\n  that goes on) here\n")
    assert [code for code, _ in found(text)] == []


def test_a_parenthesis_is_looked_for_in_its_own_paragraph_and_item():
    assert found("One (open.\n\nTwo) closes nothing.\n") == [("parenthesis-unclosed", "(")]
    assert found("- first (open\n- second) item\n") == [("parenthesis-unclosed", "(")]
    assert found("Team (Notify", markdown=False) == [("parenthesis-unclosed", "(")]
