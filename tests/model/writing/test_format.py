"""Formatting commands as text edits: each one wraps or unwraps, and twice gives the text back."""

from hypothesis import given
from hypothesis import strategies as st

from editor.model.writing.format import make_link, toggle_heading, toggle_inline, toggle_list


def run(command, text, start, end, *args):
    edit = command(text, start, end, *args)
    new = edit.apply(text)
    return new, new[edit.selection[0]:edit.selection[1]]


def test_bold_wraps_the_selection_and_keeps_it_selected():
    assert run(toggle_inline, "Plan the work", 5, 8, "**") == ("Plan **the** work", "the")


def test_bold_on_bold_removes_it_whether_the_markers_are_selected_or_not():
    assert run(toggle_inline, "Plan **the** work", 7, 10, "**")[0] == "Plan the work"
    assert run(toggle_inline, "Plan **the** work", 5, 12, "**")[0] == "Plan the work"


def test_spaces_at_the_ends_of_a_selection_stay_outside_the_markers():
    assert run(toggle_inline, "Plan the work", 4, 9, "_")[0] == "Plan _the_ work"


def test_without_a_selection_the_word_at_the_cursor_is_taken_or_an_empty_pair_inserted():
    assert run(toggle_inline, "l’équipe gagne", 3, 3, "**")[0] == "**l’équipe** gagne"
    new, _ = run(toggle_inline, "Fin. ", 5, 5, "**")
    edit = toggle_inline("Fin. ", 5, 5, "**")
    assert new == "Fin. ****" and edit.selection == (7, 7)


@given(st.text(alphabet="abcé xyz", min_size=1, max_size=30), st.data())
def test_inline_twice_gives_the_text_back(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    if not text[start:end].strip():
        return  # an empty selection picks a word or inserts a pair: covered above
    edit = toggle_inline(text, start, end, "**")
    once = edit.apply(text)
    assert toggle_inline(once, *edit.selection, "**").apply(once) == text


def test_link_selects_the_address_to_type_over():
    edit = make_link("See our site", 8, 12)
    new = edit.apply("See our site")
    assert new == "See our [site](https://)" and new[edit.selection[0]:edit.selection[1]] == "https://"


def test_a_selected_address_becomes_the_target():
    edit = make_link("https://example.org", 0, 19)
    assert edit.apply("https://example.org") == "[](https://example.org)" and edit.selection == (1, 1)


def test_heading_toggles_and_replaces_another_level_or_a_list_marker():
    assert run(toggle_heading, "Intro\nAbout us\nMore", 8, 8, 2)[0] == "Intro\n## About us\nMore"
    assert run(toggle_heading, "## About us", 3, 3, 2)[0] == "About us"
    assert run(toggle_heading, "### About us", 3, 3, 2)[0] == "## About us"
    assert run(toggle_heading, "- About us", 3, 3, 3)[0] == "### About us"


def test_lists_mark_every_selected_line_and_number_them():
    text = "Plan\nBuild\n\nShip"
    assert run(toggle_list, text, 0, len(text), False)[0] == "- Plan\n- Build\n\n- Ship"
    assert run(toggle_list, text, 0, len(text), True)[0] == "1. Plan\n2. Build\n\n3. Ship"
    assert run(toggle_list, "- Plan\n- Build", 0, 14, False)[0] == "Plan\nBuild"
    assert run(toggle_list, "- Plan\n- Build", 0, 3, True)[0] == "1. Plan\n- Build"


def test_a_selection_ending_at_the_start_of_a_line_leaves_that_line_alone():
    assert run(toggle_list, "Plan\nBuild\n", 0, 5, False)[0] == "- Plan\nBuild\n"
