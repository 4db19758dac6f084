"""A merge's conflict markers left in a posting are an error (the page would show them), in the body
or in the front matter, and nothing that only looks like one of them is."""

from __future__ import annotations

import pytest

from editor.model.checks import check_posting
from editor.model.frontmatter.posting import Posting

FRONT = ("---\nlayout: job-posting\ntype: section\ntitle: 'Data Analyst'\ndescription: 'Measures.'\n"
         "archived: false\ntranslationKey: data-analyst\n---\n\n")
CONFLICT = "<<<<<<< HEAD\n## Who we are\n=======\n## About our agency\n>>>>>>> other\n"


def markers(text: str, tmp_path) -> list[tuple[int, str]]:
    posting = Posting(text.encode(), tmp_path / "data-analyst.md", "en")
    return [(f.line, f.severity.value) for f in check_posting(posting, "data-analyst.md") if f.code == "merge-conflict-markers"]


def test_a_conflict_left_in_the_body_is_an_error_at_its_first_line(tmp_path):
    text = FRONT + "Intro.\n\n" + CONFLICT + "\nMore.\n"
    assert markers(text, tmp_path) == [(12, "error")]
    assert markers(text.replace("\n", "\r\n"), tmp_path) == [(12, "error")]
    diff3 = CONFLICT.replace("=======", "||||||| base\n## About us\n=======")
    assert markers(FRONT + diff3 + "\n" + CONFLICT, tmp_path) == [(10, "error"), (18, "error")]


def test_a_conflict_in_the_front_matter_is_said_beside_the_reading_error(tmp_path):
    text = FRONT.replace("title: 'Data Analyst'\n", "<<<<<<< HEAD\ntitle: 'Data Analyst'\n=======\ntitle: 'Analyst'\n"
                                                    ">>>>>>> other\n")
    posting = Posting(text.encode(), tmp_path / "data-analyst.md", "en")
    assert not posting.valid
    assert markers(text, tmp_path) == [(4, "error")]


@pytest.mark.parametrize("body", [
    "Title\n=======\n",  # a Setext heading's underline
    "<<<<<<< alone, then nothing else\n",
    "Text <<<<<<< inside a line\n=======\n>>>>>>> x\n",
    "<<<<<<< HEAD\nno middle\n>>>>>>> other\n",
])
def test_what_only_looks_like_a_marker_is_not_one(body, tmp_path):
    assert markers(FRONT + body, tmp_path) == []


def test_a_conflict_inside_a_code_fence_is_one_too(tmp_path):
    # git writes its markers wherever the conflicting lines are, fences included, and git diff --check
    # reads each line as it is: a fence does not make them intended.
    fenced = "Intro.\n\n```\n" + CONFLICT + "```\n"
    assert markers(FRONT + fenced, tmp_path) == [(13, "error")]


def test_many_openings_and_middles_without_a_closing_are_read_in_one_pass(tmp_path):
    # A regular expression spanning the three lines went back over the rest of the file for each pair
    # of them (minutes for 3,000); read line by line they are none, and one closing makes the first one.
    unclosed = "<<<<<<< HEAD\nours\n=======\n" * 3000
    assert markers(FRONT + unclosed, tmp_path) == []
    assert markers(FRONT + unclosed + ">>>>>>> other\n", tmp_path) == [(10, "error")]
    # The unclosed run opens a conflict that the second one's closing line ends.
    assert markers(FRONT + (CONFLICT + unclosed) * 2, tmp_path) == [(10, "error"), (15, "error")]
