"""A file whose lines do not all end alike (a CRLF body under LF front matter, one pasted CRLF line):
an edit rewrites the lines it changes, never the line endings of the others."""

from __future__ import annotations

import difflib
import re

import pytest
from hypothesis import given, settings, strategies as st

from editor.model.frontmatter.posting import Posting


def changed(before: bytes, after: bytes) -> list[bytes]:
    lines = difflib.diff_bytes(difflib.unified_diff, before.splitlines(True), after.splitlines(True), n=0)
    return [line for line in lines if line[:1] in b"+-" and not line.startswith((b"+++", b"---"))]


@pytest.mark.parametrize("raw", [
    b"---\ntitle: A\n---\nline1\r\nline2\r\nline3\r\n",  # the body saved by another editor on Windows
    b"---\ntitle: A\n---\nline1\nline2\r\nline3\n",  # one pasted line
    b"---\r\ntitle: A\r\n---\r\nline1\nline2\nline3",  # and no final line break
    b"{\n\"title\": \"A\"\n}\r\nline1\rline2\r\nline3\n",
])
def test_a_body_edit_changes_only_the_edited_line(raw):
    for ending in ("\r\n", "\n"):  # as the file has it, or as an editor holds it
        posting = Posting(raw)
        body = "\n".join(posting.body.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
        posting.set_body(body.replace("line2", "LINE2").replace("\n", ending))
        assert changed(raw, posting.to_bytes()) in ([b"-line2\r\n", b"+LINE2\r\n"], [b"-line2\n", b"+LINE2\n"]), \
            posting.to_bytes()


def test_added_lines_take_the_files_line_ending_and_removed_ones_go():
    raw = b"---\ntitle: A\n---\nline1\r\nline2\r\nline3\r\n"
    posting = Posting(raw)
    posting.set_body("line1\nline1b\nline3\n")
    assert posting.to_bytes() == b"---\ntitle: A\n---\nline1\r\nline1b\r\nline3\r\n"
    posting.set_body("line1\nline3\nline4\n")
    assert posting.to_bytes() == b"---\ntitle: A\n---\nline1\r\nline3\r\nline4\r\n"


def test_a_uniform_file_is_written_with_its_own_line_ending():
    posting = Posting(b"---\r\ntitle: A\r\n---\r\nline1\r\n")
    posting.set_body("line1\nline2\n")
    assert posting.to_bytes() == b"---\r\ntitle: A\r\n---\r\nline1\r\nline2\r\n"


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="ab\r\n\u2029\u2028", max_size=30), newline=st.sampled_from(["\n", "\r\n", "\r"]),
       shown=st.booleans())
def test_other_line_breaks_are_found_as_the_pattern_finds_them(text, newline, shown):
    """Whether a text has a break other than its newline is counted, not searched for in a copy of the
    text (10 ms a keystroke at 1.7 MB): the same answer as the pattern's, as a file and as an editor shows it."""
    from editor.model.frontmatter.document import _LINE_END, _other_breaks

    breaks = re.compile(r"\r\n|\n|\r|\u2029") if shown else _LINE_END  # (the editors' line_endings.SHOWN_BREAKS)
    assert _other_breaks(text, newline, breaks) == (breaks.search(text.replace(newline, "")) is not None)
