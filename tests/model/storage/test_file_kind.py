"""What a path given as a FILE is, told without opening it (a pipe would wait for a writer), and the
characters a typed key or title must not hold."""

from __future__ import annotations

import os
import socket

import pytest

from editor.model.frontmatter.one_line import unseen_character
from editor.model.storage.files import file_kind


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_file_kind_names_each_kind_without_opening_it(tmp_path):
    (tmp_path / "file.md").write_text("x", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.md")  # opened for reading, it would block this test
    (tmp_path / "link.md").symlink_to(tmp_path / "gone.md")
    (tmp_path / "good-link.md").symlink_to(tmp_path / "file.md")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "sock"))
    try:
        kinds = {name: file_kind(tmp_path / name) for name in
                 ("file.md", "pipe.md", "link.md", "good-link.md", "sock", "absent.md")}
    finally:
        server.close()
    assert kinds == {"file.md": "file", "pipe.md": "pipe", "link.md": "link-to-nothing", "good-link.md": "file",
                     "sock": "socket", "absent.md": "missing"}
    assert file_kind(tmp_path) == "folder" and file_kind("/dev/null") == "device"


@pytest.mark.parametrize("field, text, found", [
    ("translationKey", "lead\u202edev", ("U+202E", "hidden-bidi")),
    ("translationKey", "lead\u2066dev", ("U+2066", "hidden-bidi")),
    ("translationKey", "lead\ndev", ("U+000A", "hidden-line-break")),
    ("translationKey", "lead\tdev", ("U+0009", "hidden-control")),
    ("title", "Lead\tdeveloper", None),  # a tab reads as a space in a title
    ("title", "Lead\x1bdeveloper", ("U+001B", "hidden-control")),
    ("description", "Ligne\u2028suivante", ("U+2028", "hidden-line-break")),
    ("translationKey", "développeuse-principale", None),
    ("layout", "job\u202eposting", None),  # not a field a person types as a name
])
def test_unseen_characters(field, text, found):
    result = unseen_character(field, text)
    assert (None if result is None else (result[0], result[1].key)) == found
