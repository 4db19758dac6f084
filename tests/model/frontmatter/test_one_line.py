"""Titles and descriptions on one line: what counts as a line break, and pasted lines joined."""

from __future__ import annotations

import pytest

from editor.model.frontmatter.one_line import has_line_break, on_one_line


@pytest.mark.parametrize("text", ["a\nb", "a\r\nb", "a\rb", "a\u2028b", "a\u2029b", "a\x85b", "a\x0bb", "end\n"])
def test_every_kind_of_line_break_is_one(text):
    assert has_line_break(text)
    assert not has_line_break(on_one_line(text))


@pytest.mark.parametrize("text", ["Plain", "a\tb", "Conseiller\u00a0: équipe", "« Bonjour »", ""])
def test_text_on_one_line_is_left_as_it_is(text):
    assert not has_line_break(text) and on_one_line(text) == text


@pytest.mark.parametrize(("pasted", "joined"), [
    ("Senior Developer\nPython", "Senior Developer Python"),
    ("Senior Developer  \r\n\r\n  Python", "Senior Developer Python"),
    ("\nAnalyste\n", "Analyste"),
    ("Développeur·euse\u2028(CA)", "Développeur·euse (CA)"),
])
def test_pasted_lines_are_joined_with_one_space(pasted, joined):
    assert on_one_line(pasted) == joined
